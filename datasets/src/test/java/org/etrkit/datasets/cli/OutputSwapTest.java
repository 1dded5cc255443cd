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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.etrkit.datasets.Datasets;
import org.etrkit.datasets.error.DatasetException;
import org.etrkit.datasets.pack.PackageReader;
import org.etrkit.datasets.pack.ReadWaits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replacing the output folder: a build killed at any point leaves the old or the new package under
 * the folder's name (or a complete one beside it that the next run, and {@code Datasets.load}, put
 * back), concurrent builds take turns, the next run leaves nothing else beside the folder, and a
 * reader (a whole load, or a table of a large package read later) never sees a swap half done.
 *
 * <p>No test depends on how long anything takes. Builds in child JVMs are driven step by step with
 * the test hook {@code -Detr.datasets.swapHandshake=true} ({@link SteppedBuild}); a read's waiting
 * for a swap is learnt from {@link ReadWaits}. The one test that kills builds at random moments
 * ({@code -Detr.killRounds}, 10 by default) accepts any outcome a kill can leave; time only decides
 * where its kills land. Time limits only stop a test that hangs.
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

    /** The steps of a build replacing a package, in order, as the test hook names them. */
    private static final List<String> STEPS = List.of("locked", "new folder made", "new package written",
            "old package moved aside", "new package moved in", "deleting .out.etr-old", "old package deleted");

    /** The steps during which the build holds the swap lock, so that no read can run. */
    private static final List<String> IN_SWAP = List.of("old package moved aside", "new package moved in");

    private static Path seedsOf(String pkg) {
        return pkg.equals("A") ? seedsA : seedsB;
    }

    private static String other(String pkg) {
        return pkg.equals("A") ? "B" : "A";
    }

    /** How long a test waits for something that should happen at once, before it fails saying so. */
    private static final long GUARD_SECONDS = SteppedBuild.GUARD_SECONDS;

    @Test
    void killedAtEachStepTheFolderHoldsTheOldOrTheNewPackageAndTheNextRunCleansUp(@TempDir Path tmp)
            throws Exception {
        Path work = Files.createDirectories(tmp.resolve("work"));
        Path out = work.resolve("out");
        assertEquals(0, run(seedsA, out));
        String current = "A";
        for (String step : STEPS) {
            String next = other(current);
            String where = "killed at '" + step + "' (" + current + " -> " + next + "): ";
            try (SteppedBuild b = SteppedBuild.start(seedsOf(next), out, tmp)) {
                b.awaitStep(step);
                b.kill();
            }
            boolean movedIn = STEPS.indexOf(step) >= STEPS.indexOf("new package moved in");
            if (step.equals("old package moved aside")) {
                // the one moment with no folder: both packages are whole beside it
                assertTrue(Files.notExists(out), where + names(work));
                assertEquals(next, which(files(work.resolve(".out.etr-new"))), where + "the new package beside");
                assertEquals(current, which(files(work.resolve(".out.etr-old"))), where + "the old package beside");
                assertEquals(next, loaded(out), where + "Datasets.load reads the new package beside");
            } else {
                assertEquals(movedIn ? next : current, which(files(out)), where + "under the folder's name");
                assertEquals(movedIn ? next : current, loaded(out), where + "Datasets.load");
            }
            assertEquals(0, run(seedsOf(next), out), where + "the next run failed");
            assertEquals(next, which(files(out)), where);
            assertEquals(List.of(".out.etr-lock", "out"), names(work), where + "left behind");
            current = next;
        }
        // killed twice: between the renames, then while the next build's recovery puts the package back or
        // deletes the old one
        for (String recoveryStep : List.of("package put back", "deleting .out.etr-old")) {
            String next = other(current);
            String where = "killed between the renames, then at '" + recoveryStep + "' of the recovery: ";
            try (SteppedBuild b = SteppedBuild.start(seedsOf(next), out, tmp)) {
                b.awaitStep("old package moved aside");
                b.kill();
            }
            try (SteppedBuild b = SteppedBuild.start(seedsOf(current), out, tmp)) {
                b.awaitStep(recoveryStep);
                b.kill();
            }
            assertEquals(next, which(files(out)), where + "the recovery put the new package in place");
            if (recoveryStep.startsWith("deleting")) {
                assertTrue(Files.exists(work.resolve(".out.etr-old/.etr-datasets-partial")), where
                        + "the half-deleted old package is marked partial: " + files(work.resolve(".out.etr-old")).keySet());
            } else {
                assertEquals(current, which(files(work.resolve(".out.etr-old"))), where + "the old package beside");
            }
            assertEquals(next, loaded(out), where);
            assertEquals(0, run(seedsOf(current), out), where + "the next run failed");
            assertEquals(current, which(files(out)), where);
            assertEquals(List.of(".out.etr-lock", "out"), names(work), where + "left behind");
        }
    }

    @Test
    void aFirstBuildKilledAtEachStepLeavesNoPackageOrTheNewOne(@TempDir Path tmp) throws Exception {
        for (String step : List.of("locked", "new folder made", "new package written", "new package moved in")) {
            Path work = Files.createDirectories(tmp.resolve(step.replace(' ', '-')));
            Path out = work.resolve("out");
            try (SteppedBuild b = SteppedBuild.start(seedsA, out, tmp)) {
                b.awaitStep(step);
                b.kill();
            }
            String where = "killed at '" + step + "': ";
            if (step.equals("new package moved in")) {
                assertEquals("A", which(files(out)), where);
            } else {
                assertTrue(Files.notExists(out), where + names(work));
            }
            if (step.startsWith("new package")) {
                assertEquals("A", loaded(out), where + "the whole new package is read");
            } else {
                Throwable e = org.junit.jupiter.api.Assertions.assertThrows(DatasetException.class, () -> loaded(out));
                assertEquals(out + ": not a data package: no datapackage.json", e.getMessage(), where);
            }
            assertEquals(0, run(seedsB, out), where + "the next run failed");
            assertEquals("B", which(files(out)), where);
            assertEquals(List.of(".out.etr-lock", "out"), names(work), where + "left behind");
        }
    }

    @Test
    void killedAtRandomMomentsTheFolderHoldsTheOldOrTheNewPackage(@TempDir Path tmp) throws Exception {
        int rounds = Integer.getInteger("etr.killRounds", 10);
        long seed = Long.getLong("etr.killSeed", System.nanoTime());
        Random random = new Random(seed);
        Path work = Files.createDirectories(tmp.resolve("work"));
        Path out = work.resolve("out");
        assertEquals(0, run(seedsA, out));
        String current = "A";
        long full = fullBuildMillis(tmp.resolve("timing"), 150);
        Map<String, Integer> seen = new TreeMap<>();
        for (int round = 0; round < rounds; round++) {
            String next = other(current);
            long delay = (long) (full * (0.3 + 0.8 * random.nextDouble()));
            List<String> cmd = ChildBuild.command(List.of(PAUSE + 150), "build", "--seeds",
                    seedsOf(next).toString(), "--out", out.toString());
            Path logFile = tmp.resolve("child.log");
            Process p = ChildBuild.start(cmd, tmp, logFile);
            // time only picks the moment of the kill; every outcome below is checked for what it is
            boolean exited = p.waitFor(delay, TimeUnit.MILLISECONDS);
            p.destroyForcibly();
            assertTrue(p.waitFor(GUARD_SECONDS, TimeUnit.SECONDS));
            String log = Files.readString(logFile);
            String step = exited ? "finished" : lastStep(log);
            String where = "round " + round + " of seed " + seed + " (" + current + " -> " + next + ", killed after "
                    + delay + " ms, " + step + "): ";
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
            assertEquals(0, run(seedsOf(next), out), where + "the next run failed");
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
        assertTrue(p.waitFor(GUARD_SECONDS, TimeUnit.SECONDS));
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

    /**
     * A build started while another process's build holds the folder says it waits for the build lock,
     * and begins only when the first has put its package in place.
     */
    @Test
    void aBuildInAnotherProcessWaitsForTheBuildUnderWay(@TempDir Path tmp) throws Exception {
        Path work = Files.createDirectories(tmp.resolve("work"));
        Path out = work.resolve("out");
        assertEquals(0, run(seedsA, out));
        try (SteppedBuild first = SteppedBuild.start(seedsB, out, tmp)) {
            first.awaitStep("new package written");
            try (SteppedBuild second = SteppedBuild.start(seedsA, out, tmp)) {
                second.awaitLine("swap step: waiting for the build lock");
                assertEquals("A", which(files(out)), "the first build is held before its swap");
                assertEquals(0, first.finish(), first.said().toString());
                assertEquals("B", which(files(out)));
                second.awaitStep("locked");
                assertEquals(List.of("swap step: waiting for the build lock", "swap step: locked"), second.said(),
                        "the second build locked the folder only after waiting");
                assertEquals("B", which(files(out)), "the first build's package stays until the second swaps");
                assertEquals(0, second.finish(), second.said().toString());
            }
        }
        assertEquals("A", which(files(out)));
        assertEquals(List.of(".out.etr-lock", "out"), names(work), "left behind");
    }

    @Test
    void concurrentBuildsInSeparateProcessesTakeTurns(@TempDir Path tmp) throws Exception {
        Path work = Files.createDirectories(tmp.resolve("work"));
        Path out = work.resolve("out");
        assertEquals(0, run(seedsA, out));
        for (int round = 0; round < 2; round++) {
            List<Process> builds = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                builds.add(ChildBuild.start(ChildBuild.command(List.of(), "build", "--seeds",
                        (i % 2 == 0 ? seedsA : seedsB).toString(), "--out", out.toString()), tmp));
            }
            for (Process p : builds) {
                String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(p.waitFor(GUARD_SECONDS, TimeUnit.SECONDS));
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
            t.join(TimeUnit.SECONDS.toMillis(GUARD_SECONDS));
            assertTrue(!t.isAlive(), "a build thread did not end");
        }
        assertEquals("[0]", Arrays.toString(Arrays.stream(status).distinct().toArray()));
        assertTrue(which(files(out)) != null);
        assertEquals(List.of(".out.etr-lock", "out"), names(work));
    }

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
     * The same with builds in another process, driven step by step: at every step outside the swap,
     * loads go on and end (a build never keeps a read waiting); while the swap holds the folder, a load
     * waits and no load that began then ends before the swap is let go; after it, loads read the new
     * package.
     */
    @Test
    void loadsGoOnAtEveryStepOfABuildInAnotherProcessAndWaitOnlyForItsSwap(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        assertEquals(0, run(seedsA, out));
        Loads loads = new Loads(out, 2);
        try {
            String current = "A";
            for (int i = 0; i < 2; i++) {
                String next = other(current);
                try (SteppedBuild b = SteppedBuild.start(seedsOf(next), out, tmp)) {
                    String previous = "";
                    for (String step : STEPS) {
                        if (IN_SWAP.contains(previous) && !IN_SWAP.contains(step)) {
                            loads.swapEnds(); // before the child is let go from the swap
                        }
                        ReadWaits waits = step.equals(IN_SWAP.get(0)) ? ReadWaits.listen(1) : null;
                        try {
                            b.awaitStep(step);
                            if (waits != null) {
                                loads.swapHeld();
                                CompletableFuture.anyOf(waits.first(), loads.endedDuringSwap())
                                        .get(GUARD_SECONDS, TimeUnit.SECONDS);
                                assertTrue(!loads.endedDuringSwap().isDone(), result(loads.endedDuringSwap()));
                            }
                        } finally {
                            if (waits != null) {
                                waits.close();
                            }
                        }
                        if (!IN_SWAP.contains(step)) {
                            loads.awaitMore(loads.total() + 2);
                            if (STEPS.indexOf(step) > STEPS.indexOf(IN_SWAP.get(1))) {
                                assertEquals(next, loaded(out), "after the swap, at '" + step + "'");
                            } else {
                                assertEquals(current, loaded(out), "before the swap, at '" + step + "'");
                            }
                        }
                        previous = step;
                    }
                    assertEquals(0, b.finish(), b.said().toString());
                }
                current = next;
            }
        } finally {
            loads.stop();
        }
        loads.check(1);
        System.out.println("OutputSwapTest reads during 2 stepped builds in another process: " + loads.counts());
    }

    /**
     * A load while another process is in the middle of its swap (the old package moved aside, the new
     * one not yet in) waits for the swap and reads the new package, rather than the one beside.
     */
    @Test
    void aLoadDuringASwapInAnotherProcessWaitsForItAndReadsTheNewPackage(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        assertEquals(0, run(seedsA, out));
        try (SteppedBuild b = SteppedBuild.start(seedsB, out, tmp); ReadWaits waits = ReadWaits.listen(1)) {
            b.awaitStep("old package moved aside");
            assertTrue(Files.notExists(out), "the child is between its two renames: " + b.said());
            CompletableFuture<String> load = CompletableFuture.supplyAsync(() -> loaded(out), daemon());
            CompletableFuture.anyOf(waits.first(), load).get(GUARD_SECONDS, TimeUnit.SECONDS);
            assertTrue(!load.isDone(), "the load did not wait for the swap: " + (load.isDone() ? result(load) : ""));
            assertEquals(0, b.finish(), b.said().toString());
            assertEquals("B", load.get(GUARD_SECONDS, TimeUnit.SECONDS));
        }
    }

    /**
     * A large package's table read later, while another process swaps the folder, waits for the swap;
     * then a table the new build wrote differently is refused with one line, never mixed in, and one it
     * wrote byte for byte the same is read as it was.
     */
    @Test
    void aTableReadLaterDuringASwapWaitsForItAndIsRefusedUnlessItIsTheSameFile(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        assertEquals(0, run(seedsA, out));
        String same = packageA.keySet().stream().filter(f -> f.endsWith(".csv") && packageA.get(f).equals(packageB.get(f)))
                .findFirst().orElseThrow().replace(".csv", "");
        assertTrue(!packageA.get("timeline.csv").equals(packageB.get("timeline.csv")));
        PackageReader reader = PackageReader.open(out);
        try (SteppedBuild b = SteppedBuild.start(seedsB, out, tmp); ReadWaits waits = ReadWaits.listen(1)) {
            b.awaitStep("old package moved aside");
            CompletableFuture<Object> later = CompletableFuture.supplyAsync(() -> {
                try {
                    return reader.read("timeline");
                } catch (DatasetException e) {
                    return e;
                }
            }, daemon());
            CompletableFuture.anyOf(waits.first(), later).get(GUARD_SECONDS, TimeUnit.SECONDS);
            assertTrue(!later.isDone(), "the read did not wait for the swap: " + (later.isDone() ? result(later) : ""));
            assertEquals(0, b.finish(), b.said().toString());
            Object read = later.get(GUARD_SECONDS, TimeUnit.SECONDS);
            assertTrue(read instanceof DatasetException, "refused, not read from the new package: " + read);
            assertEquals(out + ": a build replaced the data package after it was loaded, so its tables cannot be read"
                    + " from it any more; load the folder again", ((DatasetException) read).getMessage());
        }
        DatasetException counted = org.junit.jupiter.api.Assertions.assertThrows(DatasetException.class,
                () -> reader.rowCount("timeline"));
        assertTrue(counted.getMessage().contains("a build replaced the data package"), counted.getMessage());
        assertEquals(PackageReader.open(shared.resolve("ref-a")).read(same).printAll(), reader.read(same).printAll(),
                same + ".csv is the same file in both packages");
    }

    private static java.util.concurrent.Executor daemon() {
        return r -> {
            Thread t = new Thread(r, "test-read");
            t.setDaemon(true);
            t.start();
        };
    }

    private static String result(CompletableFuture<?> f) {
        try {
            return String.valueOf(f.getNow(null));
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    /** Threads loading a package over and over until stopped, counting what they read. */
    private static final class Loads {

        private final Map<String, Integer> counts = new ConcurrentHashMap<>();
        private final AtomicBoolean stop = new AtomicBoolean();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final List<Thread> threads = new ArrayList<>();
        /** Loads ended; guarded by this. */
        private int total;
        /** Odd while a test holds a build in its swap (see {@link #swapHeld}). */
        private final AtomicInteger phase = new AtomicInteger();
        private final CompletableFuture<String> endedDuringSwap = new CompletableFuture<>();

        Loads(Path out, int readers) {
            for (int i = 0; i < readers; i++) {
                Thread t = new Thread(() -> {
                    while (!stop.get()) {
                        try {
                            int began = phase.get();
                            String read = loaded(out);
                            if (began % 2 == 1 && phase.get() == began) {
                                endedDuringSwap.complete("a load began and ended (reading " + read
                                        + ") while the swap held the folder");
                            }
                            counts.merge(read, 1, Integer::sum);
                            synchronized (this) {
                                total++;
                                notifyAll();
                            }
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

        /** Called once the build holds its swap: a load that begins from now on must not end before {@link #swapEnds}. */
        void swapHeld() {
            phase.incrementAndGet();
        }

        /** Called before the build is let go from its swap. */
        void swapEnds() {
            phase.incrementAndGet();
        }

        /** Completes if a load began and ended while the swap held the folder. */
        CompletableFuture<String> endedDuringSwap() {
            return endedDuringSwap;
        }

        void failWith(Throwable e) {
            failure.compareAndSet(null, e);
            stop.set(true);
            synchronized (this) {
                notifyAll();
            }
        }

        Throwable failure() {
            return failure.get();
        }

        synchronized int total() {
            return total;
        }

        /** Waits until {@code n} loads are done in all, or one failed. */
        synchronized void awaitMore(int n) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(GUARD_SECONDS);
            while (total < n && failure.get() == null) {
                long left = end - System.nanoTime();
                assertTrue(left > 0, "no load ended within " + GUARD_SECONDS + " s: " + counts);
                TimeUnit.NANOSECONDS.timedWait(this, left);
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
            assertTrue(!endedDuringSwap.isDone(), result(endedDuringSwap));
            assertTrue(counts.keySet().stream().allMatch(k -> k.equals("A") || k.equals("B")), counts.toString());
            assertTrue(total() >= builds, counts.toString());
        }

        Map<String, Integer> counts() {
            return new TreeMap<>(counts);
        }
    }
}
