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

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The extension's packages, lowest first: {@code error}; {@code render}, {@code help}; {@code magics};
 * the root ({@code Etr}, the extension); and the plot API ({@code org.etrkit.plot} over its
 * {@code internal}), which knows neither JJava nor the kernel. Lower packages never use higher ones and
 * no package is on a cycle, as the JDK's {@code jdeps -verbose:package -filter:none} reports the
 * compiled classes.
 */
class PackageDependenciesTest {

    private static final Pattern EDGE = Pattern.compile("^\\s+(org\\.etrkit\\.\\S*)\\s+->\\s+(\\S+)\\s");
    private static final String K = "org.etrkit.kernel";

    /** Each package of the extension to every package it uses (the JDK's, libraries' and the kit's). */
    private static Map<String, Set<String>> uses;
    /** The same, kept to the kit's own packages. */
    private static Map<String, Set<String>> graph;

    @BeforeAll
    static void runJdeps() throws URISyntaxException {
        Path classes = Path.of(Etr.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:package", "-filter:none",
                classes.toString());
        assertEquals(0, status, err.toString());
        uses = new TreeMap<>();
        graph = new TreeMap<>();
        for (String line : out.toString().split("\\R")) {
            Matcher m = EDGE.matcher(line);
            if (m.find() && !m.group(1).equals(m.group(2))) {
                uses.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
                if (m.group(2).startsWith("org.etrkit.")) {
                    graph.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
                }
            }
        }
    }

    @Test
    void lowerPackagesNeverUseHigherOnes() {
        Map<String, Set<String>> g = graph;
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
    void packageGraphHasNoCycle() {
        Set<String> left = new TreeSet<>(graph.keySet());
        left.removeIf(p -> p.startsWith("org.etrkit.datasets"));
        boolean removed = true;
        while (removed) {
            removed = left.removeIf(p -> graph.getOrDefault(p, Set.of()).stream().noneMatch(left::contains));
        }
        assertEquals(Set.of(), left, "packages on a cycle (or using one): " + graph);
    }

    /** Printers in the core, glue in the kernel: the plot packages use no JJava type and no kernel package. */
    @Test
    void thePlotPackagesUseNeitherJJavaNorTheKernel() {
        Set<String> used = new TreeSet<>();
        uses.forEach((p, u) -> {
            if (p.startsWith("org.etrkit.plot")) {
                used.addAll(u);
            }
        });
        assertTrue(used.contains("org.knowm.xchart") && used.contains("tech.tablesaw.api"), used.toString());
        for (String p : used) {
            assertTrue(!p.startsWith("org.dflib") && !p.startsWith(K), "org.etrkit.plot uses " + p);
        }
        assertTrue(uses.getOrDefault(K + ".magics", Set.of()).stream().anyMatch(p -> p.startsWith("org.dflib")),
                "jdeps sees the JJava types the kernel uses: " + uses.get(K + ".magics"));
    }
}
