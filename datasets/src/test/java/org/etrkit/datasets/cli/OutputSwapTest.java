package org.etrkit.datasets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.etrkit.datasets.Datasets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replacing the output folder: a build killed at any point leaves the old or the new package under
 * the folder's name (or a complete one beside it that the next run, and {@code Datasets.load}, put
 * back), concurrent builds take turns, and the next run leaves nothing else beside the folder.
 *
 * <p>The builds run in child JVMs with the test hook {@code -Detr.datasets.swapPauseMillis=N}, which
 * pauses N ms at each step of the swap so that the kills land in every window. Rounds:
 * {@code -Detr.killRounds} (20 by default).
 */
class OutputSwapTest {

    private static final String PAUSE = "-Detr.datasets.swapPauseMillis=";

    @TempDir
    static Path shared;
    private static Path seedsA;
    private static Path seedsB;
    private static Map<String, String> packageA;
    private static Map<String, String> packageB;

    @BeforeAll
    static void referencePackages() throws IOException {
        seedsA = seeds(shared.resolve("seeds-a"), "1944", "2,000");
        seedsB = seeds(shared.resolve("seeds-b"), "1945", "3,500");
        assertEquals(0, run(seedsA, shared.resolve("ref-a")));
        assertEquals(0, run(seedsB, shared.resolve("ref-b")));
        packageA = files(shared.resolve("ref-a"));
        packageB = files(shared.resolve("ref-b"));
        assertTrue(packageA.containsKey("tables/war-1.csv"), packageA.keySet().toString());
        assertTrue(!packageA.equals(packageB));
    }

    private static Path seeds(Path dir, String year, String count) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("war.txt"), "= War =\n\nInfobox\n- Year: " + year + "\n\n== Forces ==\nIn "
                + year + " some " + count + " troops marched.\n\n| Unit | Men |\n| First | " + count + " |\n");
        return dir;
    }

    private static int run(Path seeds, Path out) {
        return Main.run(new String[] {"build", "--seeds", seeds.toString(), "--out", out.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    /** Every file under {@code dir} with its content; empty if {@code dir} does not exist. */
    private static Map<String, String> files(Path dir) {
        Map<String, String> m = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return m;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(dir.relativize(p).toString(), Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String which(Map<String, String> pkg) {
        return pkg.equals(packageA) ? "A" : pkg.equals(packageB) ? "B" : null;
    }

    /** What {@code Datasets.load} sees, as A or B, from the year in the infobox. */
    private static String loaded(Path out) {
        String year = Datasets.load(out).infobox().stringColumn("value").get(0);
        return year.equals("1944") ? "A" : year.equals("1945") ? "B" : year;
    }

    @Test
    void killedAtAnyPointTheFolderHoldsTheOldOrTheNewPackage(@TempDir Path tmp) throws Exception {
        int rounds = Integer.getInteger("etr.killRounds", 20);
        Random random = new Random(Long.getLong("etr.killSeed", System.nanoTime()));
        Path work = Files.createDirectories(tmp.resolve("work"));
        Path out = work.resolve("out");
        assertEquals(0, run(seedsA, out));
        String current = "A";
        long full = fullBuildMillis(tmp.resolve("timing"), 150);
        Map<String, Integer> seen = new TreeMap<>();
        for (int round = 0; round < rounds; round++) {
            String next = current.equals("A") ? "B" : "A";
            long delay = (long) (full * (0.3 + 0.8 * random.nextDouble()));
            List<String> cmd = ChildBuild.command(List.of(PAUSE + 150), "build", "--seeds",
                    (next.equals("A") ? seedsA : seedsB).toString(), "--out", out.toString());
            Path logFile = tmp.resolve("child.log");
            Process p = ChildBuild.start(cmd, tmp, logFile);
            boolean exited = p.waitFor(delay, TimeUnit.MILLISECONDS);
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            String log = Files.readString(logFile);
            String step = exited ? "finished" : lastStep(log);
            String where = "round " + round + " (" + current + " -> " + next + ", killed after " + delay + " ms, "
                    + step + "): ";
            String state = which(files(out));
            if (state == null) {
                // the one window with no folder: between moving the old one aside and the new one in
                assertTrue(files(out).isEmpty(), where + "a mixed or partial package: " + files(out).keySet()
                        + " beside " + names(work));
                state = "none";
            }
            String read = loaded(out);
            assertTrue(read.equals(current) || read.equals(next), where + "Datasets.load read " + read);
            seen.merge(step + " -> " + state + " (load " + (read.equals(current) ? "old" : "new") + ")", 1,
                    Integer::sum);
            // the next run puts the folder back if needed, builds, and leaves nothing else behind
            assertEquals(0, run(next.equals("A") ? seedsA : seedsB, out), where + "the next run failed");
            assertEquals(next, which(files(out)), where);
            assertEquals(List.of(".out.etr-lock", "out"), names(work), where + "left behind");
            current = next;
        }
        System.out.println("OutputSwapTest kill rounds: " + seen);
    }

    /** Wall time of a whole build replacing a package, in a child JVM with the pause hook, to spread the kills over. */
    private static long fullBuildMillis(Path dir, int pause) throws Exception {
        assertEquals(0, run(seedsB, dir.resolve("out")));
        long t0 = System.nanoTime();
        Process p = ChildBuild.start(ChildBuild.command(List.of(PAUSE + pause), "build", "--seeds", seedsA.toString(),
                "--out", dir.resolve("out").toString()), shared);
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), log);
        assertTrue(log.contains("swap step: old package deleted"), "the pause hook is active: " + log);
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static String lastStep(String log) {
        String step = "before the swap";
        for (String line : log.split("\\R")) {
            int at = line.indexOf("swap step: ");
            if (at >= 0) {
                step = line.substring(at + "swap step: ".length());
            }
        }
        return step;
    }

    @Test
    void concurrentBuildsInSeparateProcessesTakeTurns(@TempDir Path tmp) throws Exception {
        Path work = Files.createDirectories(tmp.resolve("work"));
        Path out = work.resolve("out");
        assertEquals(0, run(seedsA, out));
        for (int round = 0; round < 3; round++) {
            List<Process> builds = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                builds.add(ChildBuild.start(ChildBuild.command(List.of(PAUSE + 60), "build", "--seeds",
                        (i % 2 == 0 ? seedsA : seedsB).toString(), "--out", out.toString()), tmp));
            }
            for (Process p : builds) {
                String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(p.waitFor(120, TimeUnit.SECONDS));
                assertEquals(0, p.exitValue(), "round " + round + ": " + log);
            }
            assertTrue(which(files(out)) != null, "a whole package: " + files(out).keySet());
            assertEquals(List.of(".out.etr-lock", "out"), names(work), "round " + round + ": left behind");
        }
    }

    @Test
    void concurrentBuildsInOneProcessTakeTurns(@TempDir Path tmp) throws Exception {
        Path work = Files.createDirectories(tmp.resolve("work"));
        Path out = work.resolve("out");
        int threads = 4;
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> ts = new ArrayList<>();
        int[] status = new int[threads * 10];
        for (int t = 0; t < threads; t++) {
            int id = t;
            ts.add(new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < 10; i++) {
                    status[id * 10 + i] = run(id % 2 == 0 ? seedsA : seedsB, out);
                }
            }));
        }
        ts.forEach(Thread::start);
        go.countDown();
        for (Thread t : ts) {
            t.join(120_000);
        }
        assertEquals("[0]", Arrays.toString(Arrays.stream(status).distinct().toArray()));
        assertTrue(which(files(out)) != null);
        assertEquals(List.of(".out.etr-lock", "out"), names(work));
    }

    /** How long a test waits for something that should happen at once, before it fails saying so. */
    private static final long GUARD_SECONDS = 300;

    /**
     * Readers that load the package while builds in this process replace it always get a whole package,
     * A or B. Two readers load over and over until the writer's builds are done; before each build the
     * writer waits for a new load, so loads and builds interleave however slow the machine is.
     */
    @Test
    void loadWhileBuildsReplaceTheFolderReadsAWholePackage(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        assertEquals(0, run(seedsA, out));
        int builds = 40;
        AtomicInteger done = new AtomicInteger();
        Loads loads = new Loads(out, 2);
        Thread writer = new Thread(() -> {
            try {
                for (int i = 0; i < builds && loads.failure() == null; i++) {
                    loads.awaitMore(i + 1);
                    assertEquals(0, run(i % 2 == 0 ? seedsB : seedsA, out), "build " + i);
                    done.incrementAndGet();
                }
            } catch (Throwable e) {
                loads.failWith(e);
            }
        });
        writer.start();
        writer.join(TimeUnit.SECONDS.toMillis(GUARD_SECONDS));
        loads.stop();
        assertTrue(!writer.isAlive(), "the builds did not end within " + GUARD_SECONDS + " s: " + done + " done");
        loads.check(builds);
        assertEquals(builds, done.get());
        System.out.println("OutputSwapTest reads during " + builds + " builds: " + loads.counts());
    }

    /**
     * The same with the builds in other processes, their swaps slowed down by the test hook so that
     * loads meet every step; the loads also keep going without pause, and the builds must still end
     * (a swap waiting for readers gets its turn).
     */
    @Test
    void loadWhileBuildsInAnotherProcessReplaceTheFolderReadsAWholePackage(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        assertEquals(0, run(seedsA, out));
        int builds = 4;
        Loads loads = new Loads(out, 2);
        try {
            for (int i = 0; i < builds; i++) {
                loads.awaitMore(i + 1);
                List<String> cmd = ChildBuild.command(List.of(PAUSE + 20), "build", "--seeds",
                        (i % 2 == 0 ? seedsB : seedsA).toString(), "--out", out.toString());
                Process p = ChildBuild.start(cmd, tmp);
                String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(p.waitFor(GUARD_SECONDS, TimeUnit.SECONDS), "build " + i + " did not end: " + log);
                assertEquals(0, p.exitValue(), "build " + i + ": " + log);
            }
        } finally {
            loads.stop();
        }
        loads.check(builds);
        System.out.println("OutputSwapTest reads during " + builds + " builds in other processes: " + loads.counts());
    }

    /**
     * A load while another process is in the middle of its swap (the old package moved aside, the new
     * one not yet in) waits for the swap and reads the new package, rather than the old one beside.
     */
    @Test
    void aLoadDuringASwapInAnotherProcessWaitsForItAndReadsTheNewPackage(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        assertEquals(0, run(seedsA, out));
        Process p = ChildBuild.start(ChildBuild.command(List.of(PAUSE + 300), "build", "--seeds", seedsB.toString(),
                "--out", out.toString()), tmp);
        BufferedReader log = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        List<String> said = new ArrayList<>();
        for (String line; (line = log.readLine()) != null && !line.contains("swap step: old package moved aside"); ) {
            said.add(line);
        }
        assertTrue(Files.notExists(out), "the child is between its two renames: " + said);
        assertEquals("B", loaded(out));
        assertTrue(Files.exists(out), "the load waited for the swap to end");
        log.transferTo(Writer.nullWriter());
        assertTrue(p.waitFor(GUARD_SECONDS, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), said.toString());
    }

    /** Threads loading a package over and over until stopped, counting what they read. */
    private static final class Loads {

        private final Map<String, Integer> counts = new ConcurrentHashMap<>();
        private final AtomicInteger total = new AtomicInteger();
        private final AtomicBoolean stop = new AtomicBoolean();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final List<Thread> threads = new ArrayList<>();

        Loads(Path out, int readers) {
            for (int i = 0; i < readers; i++) {
                Thread t = new Thread(() -> {
                    while (!stop.get()) {
                        try {
                            counts.merge(loaded(out), 1, Integer::sum);
                            total.incrementAndGet();
                        } catch (Throwable e) {
                            failWith(e);
                        }
                    }
                });
                t.setDaemon(true);
                threads.add(t);
                t.start();
            }
        }

        void failWith(Throwable e) {
            failure.compareAndSet(null, e);
            stop.set(true);
        }

        Throwable failure() {
            return failure.get();
        }

        /** Waits until {@code n} loads are done in all, or one failed. */
        void awaitMore(int n) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(GUARD_SECONDS);
            while (total.get() < n && failure.get() == null) {
                assertTrue(System.nanoTime() < end, "no load ended within " + GUARD_SECONDS + " s: " + counts);
                Thread.sleep(1);
            }
        }

        void stop() throws InterruptedException {
            stop.set(true);
            for (Thread t : threads) {
                t.join(TimeUnit.SECONDS.toMillis(GUARD_SECONDS));
                assertTrue(!t.isAlive(), "a load did not end within " + GUARD_SECONDS + " s");
            }
        }

        /** Every load read A or B, none failed, and there was one before each of {@code builds} builds. */
        void check(int builds) {
            if (failure.get() != null) {
                fail("after reads " + counts + ": " + failure.get(), failure.get());
            }
            assertTrue(counts.keySet().stream().allMatch(k -> k.equals("A") || k.equals("B")), counts.toString());
            assertTrue(total.get() >= builds, counts.toString());
        }

        Map<String, Integer> counts() {
            return new TreeMap<>(counts);
        }
    }
}
