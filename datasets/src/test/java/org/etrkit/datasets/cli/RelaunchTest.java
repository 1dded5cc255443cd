package org.etrkit.datasets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -cp ... Main build ...} started without JVM options, as a user runs the jar: the build runs in
 * a child JVM with {@link Relaunch#OPTIONS}, writes the same bytes as a build in the JVM the user started,
 * passes on its output and exit status, and ends with its parent.
 */
class RelaunchTest {

    @TempDir
    Path dir;

    /** {@code java [jvmOptions] -cp <test class path> Main args...}, with nothing else in between. */
    private static List<String> command(List<String> jvmOptions, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private Process start(List<String> cmd, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        for (String v : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
            pb.environment().remove(v); // a user's shell without them
        }
        return pb.start();
    }

    private int run(List<String> cmd, Path log) throws Exception {
        Process p = start(cmd, log);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("the build did not end in 120 s: " + Files.readString(log));
        }
        return p.exitValue();
    }

    private static Path seeds(Path to, int copies) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("etr.root", "..")).resolve("seeds"))) {
            for (Path seed : s.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(seed);
                String name = seed.getFileName().toString().replace(".txt", "");
                for (int i = 1; i <= copies; i++) {
                    // each copy its own title, so each article table its own name
                    String copy = copies == 1 ? text : text.replaceFirst("(?m)^= (.+) =$", "= $1 (" + i + ") =");
                    Files.writeString(to.resolve(name + "-" + i + ".txt"), copy);
                }
            }
        }
        return to;
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Test
    void buildsInAChildWithTheSameBytesAndOutputAsInTheJvmStarted() throws Exception {
        Path seeds = seeds(dir.resolve("seeds"), 1);
        Path forkedLog = dir.resolve("forked.log");
        Path ownLog = dir.resolve("own.log");
        assertEquals(0, run(command(List.of(), "build", "--seeds", seeds.toString(), "--out", "forked"), forkedLog),
                () -> read(forkedLog));
        // any JVM option: the build runs in the JVM started
        assertEquals(0, run(command(List.of("-Xss1m"), "build", "--seeds", seeds.toString(), "--out", "own"), ownLog),
                () -> read(ownLog));
        assertEquals(files(dir.resolve("own")), files(dir.resolve("forked")));
        assertEquals(read(ownLog).replace(dir.resolve("own").toString(), "OUT"),
                read(forkedLog).replace(dir.resolve("forked").toString(), "OUT"));
    }

    @Test
    void passesOnTheExitStatusAndTheOneLineError() throws Exception {
        Path log = dir.resolve("log");
        assertEquals(1, run(command(List.of(), "build", "--seeds", "missing", "--out", "out"), log));
        assertEquals("error: missing: seeds directory does not exist or is not a directory\n", read(log));
        assertEquals(2, run(command(List.of(), "build", "--seeds", "x", "--out", "y", "--nope"), log));
        assertTrue(read(log).startsWith("unknown option '--nope'\nusage:"), read(log));
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void theChildHasTheTunedOptionsAndEndsWithItsParent() throws Exception {
        Path seeds = seeds(dir.resolve("seeds"), 150); // a build of some seconds
        Path log = dir.resolve("log");
        Process parent = start(command(List.of(), "build", "--seeds", seeds.toString(), "--out", "out", "--threads",
                "1"), log);
        // the child JVM, known by its marker property (the JVM may start a short-lived helper, jspawnhelper, first)
        String marker = "-D" + Relaunch.CHILD_PROPERTY + "=" + parent.pid();
        ProcessHandle child = null;
        List<String> childArgs = List.of();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (child == null && parent.isAlive() && System.nanoTime() < deadline) {
            for (ProcessHandle c : parent.children().toList()) {
                List<String> a = List.of(c.info().arguments().orElse(new String[0]));
                if (a.contains(marker)) {
                    child = c;
                    childArgs = a;
                }
            }
            if (child == null) {
                Thread.sleep(20);
            }
        }
        if (child == null) {
            parent.destroyForcibly();
            fail("no child JVM while the parent ran: " + read(log));
        }
        assertTrue(childArgs.containsAll(Relaunch.OPTIONS), childArgs.toString());
        // some 7 MB of articles: a build too short for C2 to pay off
        assertTrue(childArgs.contains(Relaunch.C1_ONLY), childArgs.toString());
        assertTrue(parent.isAlive(), () -> "the build ended before the test could stop it: " + read(log));
        parent.destroy(); // SIGTERM, as `timeout` or a service manager sends
        assertTrue(parent.waitFor(30, TimeUnit.SECONDS));
        assertTrue(child.onExit().get(30, TimeUnit.SECONDS) != null && !child.isAlive(), "the child outlived its parent");
        assertFalse(Files.exists(dir.resolve("out").resolve("datapackage.json")), "a stopped build wrote no package");
    }

    @Test
    void choosesC1OnlyForACorpusUnderTheThresholdAndBothCompilersFromIt() {
        for (long small : List.of(0L, 10_000_000L, Relaunch.C1_ONLY_BELOW_BYTES - 1)) {
            List<String> options = Relaunch.options(small);
            assertTrue(options.containsAll(Relaunch.OPTIONS), small + ": " + options);
            assertTrue(options.contains(Relaunch.C1_ONLY), small + ": " + options);
        }
        for (long large : List.of(Relaunch.C1_ONLY_BELOW_BYTES, 1_000_000_000L, Long.MAX_VALUE)) {
            assertEquals(Relaunch.OPTIONS, Relaunch.options(large), Long.toString(large));
        }
    }

    @Test
    void measuresTheCorpusByTheArticleFilesABuildReads() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.write(seeds.resolve("a.txt"), new byte[100]);
        Files.write(seeds.resolve("b.txt"), new byte[250]);
        Files.write(seeds.resolve("notes.md"), new byte[1000]); // not an article
        Files.write(Files.createDirectories(seeds.resolve("sub.txt")).resolve("c.txt"), new byte[1000]); // a folder
        String s = seeds.toString();
        assertEquals(350, Relaunch.corpusBytes(new String[] {"build", "--seeds", s, "--out", "o"}));
        assertEquals(350, Relaunch.corpusBytes(new String[] {"build", "--out", "o", "--quiet", "--seeds", s}));
        assertEquals(70, Relaunch.corpusBytes(new String[] {"shard", "--seeds", s, "--out", "o", "--part", "2/5"}));
        assertEquals(0, Relaunch.corpusBytes(new String[] {"build", "--seeds", dir.resolve("none").toString(), "--out",
                "o"}));
        assertEquals(0, Relaunch.corpusBytes(new String[] {"build", "--out", "o"}));
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
