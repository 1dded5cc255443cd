package org.etrkit.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;

import org.junit.jupiter.api.Test;

/**
 * Printers in the core, glue in the kernel: the plot API ({@code org.etrkit.plot} and its internals) uses
 * no JJava type and nothing of the kernel packages, as the JDK's {@code jdeps -verbose:package} sees the
 * compiled classes.
 */
class PlotDependenciesTest {

    private static final Pattern EDGE = Pattern.compile("^\\s+(org\\.etrkit\\.plot\\S*)\\s+->\\s+(\\S+)\\s");

    @Test
    void thePlotPackagesUseNeitherJJavaNorTheKernel() throws Exception {
        Path classes = Path.of(Plot.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter(), err = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:package", "-filter:none",
                classes.toString());
        assertEquals(0, status, err.toString());
        Set<String> used = new TreeSet<>();
        for (String line : out.toString().split("\\R")) {
            Matcher m = EDGE.matcher(line);
            if (m.find()) {
                used.add(m.group(2));
            }
        }
        assertTrue(used.contains("org.knowm.xchart"), used.toString());
        assertTrue(used.contains("tech.tablesaw.api"), used.toString());
        for (String p : used) {
            assertTrue(!p.startsWith("org.dflib") && !p.startsWith("org.etrkit.kernel"), "org.etrkit.plot uses " + p);
        }
    }
}
