package org.etrkit.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * Lower packages never import higher ones: the package graph of the compiled classes, as the JDK's
 * {@code jdeps -verbose:package} reports it, has no cycle.
 */
class PackageDependenciesTest {

    private static final Pattern EDGE = Pattern.compile("^\\s+(org\\.etrkit\\.\\S+)\\s+->\\s+(org\\.etrkit\\.\\S+)\\s");

    private static Map<String, Set<String>> graph;

    @BeforeAll
    static void runJdeps() throws URISyntaxException {
        Path classes = Path.of(Datasets.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        graph = imports(classes);
    }

    /** Package to the packages it uses, from {@code jdeps -verbose:package -e 'org\.etrkit\..*' classes}. */
    static Map<String, Set<String>> imports(Path classes) {
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
    void jdepsSeesThePackages() {
        assertTrue(graph.containsKey("org.etrkit.datasets.cli"), graph.toString());
        assertTrue(graph.get("org.etrkit.datasets.cli").contains("org.etrkit.datasets"), graph.toString());
    }

    @Test
    void packageGraphHasNoCycle() {
        List<String> cycle = cycle(graph);
        assertTrue(cycle.isEmpty(), "package cycle: " + String.join(" -> ", cycle) + "; graph: " + graph);
    }

    @Test
    void cycleFinderFindsACycle() {
        Map<String, Set<String>> g = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertEquals(4, cycle(g).size(), cycle(g).toString());
        assertTrue(cycle(Map.of("a", Set.of("b"), "b", Set.of("c"))).isEmpty());
    }

    @Test
    void packageReadsAndWritesTablesNotDatasets() {
        Set<String> pack = graph.getOrDefault("org.etrkit.datasets.pack", Set.of());
        assertFalse(pack.contains("org.etrkit.datasets"), "pack must not use Datasets: " + pack);
    }

    /** A cycle as a path {@code a, b, ..., a}, or empty: depth-first search with an on-stack set. */
    static List<String> cycle(Map<String, Set<String>> g) {
        Set<String> done = new TreeSet<>();
        for (String start : new TreeSet<>(g.keySet())) {
            List<String> path = new ArrayList<>();
            List<String> found = visit(g, start, path, done);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static List<String> visit(Map<String, Set<String>> g, String node, List<String> path, Set<String> done) {
        int at = path.indexOf(node);
        if (at >= 0) {
            List<String> c = new ArrayList<>(path.subList(at, path.size()));
            c.add(node);
            return c;
        }
        if (done.contains(node)) {
            return List.of();
        }
        path.add(node);
        for (String next : g.getOrDefault(node, Set.of())) {
            List<String> found = visit(g, next, path, done);
            if (!found.isEmpty()) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        done.add(node);
        return List.of();
    }
}
