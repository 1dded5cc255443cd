package org.etrkit.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;

import org.junit.jupiter.api.Test;

/**
 * The extension's packages, lowest first: {@code error}; {@code render}, {@code help}; {@code magics};
 * the root ({@code Etr}, the extension). Lower packages never use higher ones, as the JDK's
 * {@code jdeps -verbose:package} reports the compiled classes, and no package of the extension is on a cycle.
 */
class PackageDependenciesTest {

    private static final Pattern EDGE = Pattern.compile("^\\s+(org\\.etrkit\\.\\S*)\\s+->\\s+(org\\.etrkit\\.\\S*)\\s");
    private static final String K = "org.etrkit.kernel";

    /** Package to the packages it uses, from {@code jdeps -verbose:package -e 'org\.etrkit\..*' classes}. */
    private static Map<String, Set<String>> graph() throws URISyntaxException {
        Path classes = Path.of(Etr.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:package", "-e",
                "org\\.etrkit\\..*", classes.toString());
        assertEquals(0, status, err.toString());
        Map<String, Set<String>> g = new TreeMap<>();
        for (String line : out.toString().split("\\R")) {
            Matcher m = EDGE.matcher(line);
            if (m.find() && !m.group(1).equals(m.group(2))) {
                g.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
            }
        }
        return g;
    }

    @Test
    void lowerPackagesNeverUseHigherOnes() throws URISyntaxException {
        Map<String, Set<String>> g = graph();
        assertTrue(g.containsKey(K) && g.get(K).contains(K + ".render"), "jdeps sees the packages: " + g);
        assertEquals(Set.of(), g.getOrDefault(K + ".error", Set.of()), "error uses no other package: " + g);
        for (String lower : Set.of(K + ".render", K + ".help", K + ".magics")) {
            Set<String> uses = g.getOrDefault(lower, Set.of());
            assertTrue(!uses.contains(K), lower + " uses the root package: " + g);
            if (!lower.endsWith(".magics")) {
                assertTrue(!uses.contains(K + ".magics"), lower + " uses magics: " + g);
            }
        }
        assertTrue(!g.getOrDefault(K + ".help", Set.of()).contains(K + ".render"), g.toString());
    }

    /**
     * The extension's own packages ({@code org.etrkit.kernel*} and {@code org.etrkit.plot*}) have no cycle:
     * taking away, again and again, a package that uses none of the packages left ends with none left.
     */
    @Test
    void packageGraphHasNoCycle() throws URISyntaxException {
        Map<String, Set<String>> g = graph();
        Set<String> left = new TreeSet<>(g.keySet());
        left.removeIf(p -> p.startsWith("org.etrkit.datasets"));
        boolean removed = true;
        while (removed) {
            removed = left.removeIf(p -> g.getOrDefault(p, Set.of()).stream().noneMatch(left::contains));
        }
        assertEquals(Set.of(), left, "packages on a cycle (or using one): " + g);
    }
}
