package org.etrkit.datasets.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.etrkit.datasets.error.DatasetException;
import org.etrkit.datasets.pack.AtomicDirectory.Siblings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The states a killed build can leave beside an output folder, made by hand, and what the next build
 * does with each: the swap's steps are those of {@link AtomicDirectory}'s Javadoc.
 */
class AtomicDirectoryTest {

    private static final Map<String, byte[]> OLD = Map.of("data.csv", bytes("old\r\n"), "tables/t-1.csv", bytes("o"));
    private static final Map<String, byte[]> NEW = Map.of("data.csv", bytes("new\r\n"), "tables/t-1.csv", bytes("n"));

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The package files under {@code dir}, without the builder's own marker files. */
    private static Map<String, String> content(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(p).toString();
                if (!rel.equals(AtomicDirectory.MARKER)) {
                    m.put(rel, Files.readString(p));
                }
            }
        }
        return m;
    }

    private static Map<String, String> strings(Map<String, byte[]> files) {
        Map<String, String> m = new TreeMap<>();
        files.forEach((k, v) -> m.put(k, new String(v, StandardCharsets.UTF_8)));
        return m;
    }

    /** The folder the output lives in, apart from the scratch folders the test uses. */
    private static Path work(Path tmp) throws IOException {
        return Files.createDirectories(tmp.resolve("w"));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A complete package of {@code files} at {@code where}, as step 3 of the swap leaves it. */
    private static void complete(Path tmp, Path where, Map<String, byte[]> files) throws IOException {
        Path scratch = tmp.resolve("scratch");
        AtomicDirectory.replace(scratch, files);
        Files.move(scratch, where);
    }

    private static void recover(Path out) throws IOException {
        AtomicDirectory.recover(out, out.toAbsolutePath(), Siblings.of(out.toAbsolutePath()), null);
    }

    @Test
    void killedBetweenTheTwoRenamesTheNewPackageIsPutInPlace(@TempDir Path tmp) throws IOException {
        Path out = work(tmp).resolve("out");
        complete(tmp, work(tmp).resolve(".out.etr-old"), OLD);
        complete(tmp, work(tmp).resolve(".out.etr-new"), NEW);
        assertEquals(work(tmp).resolve(".out.etr-new"), AtomicDirectory.readable(out),
                "a reader of out reads the complete new package meanwhile");
        recover(out);
        assertEquals(strings(NEW), content(out));
        assertEquals(List.of("out"), names(work(tmp)));
    }

    @Test
    void killedWhileWritingTheNewPackageTheOldOneStays(@TempDir Path tmp) throws IOException {
        Path out = work(tmp).resolve("out");
        AtomicDirectory.replace(out, OLD);
        Path fresh = Files.createDirectories(work(tmp).resolve(".out.etr-new/tables"));
        Files.writeString(work(tmp).resolve(".out.etr-new").resolve(AtomicDirectory.PARTIAL), "");
        Files.writeString(fresh.resolve("t-1.csv"), "half");
        recover(out);
        assertEquals(strings(OLD), content(out));
        assertEquals(List.of(".out.etr-lock", "out"), names(work(tmp)));
    }

    /** Killed after making the folder and before its first file: an empty folder is removed. */
    @Test
    void anEmptyNewFolderIsRemoved(@TempDir Path tmp) throws IOException {
        Path out = work(tmp).resolve("out");
        AtomicDirectory.replace(out, OLD);
        Files.createDirectory(work(tmp).resolve(".out.etr-new"));
        AtomicDirectory.replace(out, NEW);
        assertEquals(strings(NEW), content(out));
        assertEquals(List.of(".out.etr-lock", "out"), names(work(tmp)));
    }

    @Test
    void killedBeforeTheSwapACompleteNewPackageIsDroppedForTheNextOne(@TempDir Path tmp) throws IOException {
        Path out = work(tmp).resolve("out");
        AtomicDirectory.replace(out, OLD);
        complete(tmp, work(tmp).resolve(".out.etr-new"), NEW);
        recover(out);
        assertEquals(strings(OLD), content(out), "out was never missing, so it stays");
        assertEquals(List.of(".out.etr-lock", "out"), names(work(tmp)));
    }

    @Test
    void killedAfterTheSwapTheOldPackageIsDeleted(@TempDir Path tmp) throws IOException {
        Path out = work(tmp).resolve("out");
        AtomicDirectory.replace(out, NEW);
        complete(tmp, work(tmp).resolve(".out.etr-old"), OLD);
        recover(out);
        assertEquals(strings(NEW), content(out));
        assertEquals(List.of(".out.etr-lock", "out"), names(work(tmp)));
    }

    /** A half-deleted old folder holds {@code PARTIAL} again, so it is never taken for a whole package. */
    @Test
    void killedWhileDeletingTheOldPackageItIsNeverPutBack(@TempDir Path tmp) throws IOException {
        Path out = work(tmp).resolve("out");
        Path old = work(tmp).resolve(".out.etr-old");
        complete(tmp, old, OLD);
        Files.writeString(old.resolve(AtomicDirectory.PARTIAL), "");
        Files.delete(old.resolve("data.csv"));
        recover(out);
        assertTrue(Files.notExists(out), "nothing complete to put back");
        assertEquals(List.of(), names(work(tmp)));
    }

    @Test
    void onlyTheOldPackageWholeItIsPutBack(@TempDir Path tmp) throws IOException {
        Path out = work(tmp).resolve("out");
        complete(tmp, work(tmp).resolve(".out.etr-old"), OLD);
        Files.createDirectories(work(tmp).resolve(".out.etr-new"));
        Files.writeString(work(tmp).resolve(".out.etr-new").resolve(AtomicDirectory.PARTIAL), "");
        recover(out);
        assertEquals(strings(OLD), content(out));
        assertEquals(List.of("out"), names(work(tmp)));
    }

    @Test
    void aCompleteFolderIsRecognizedAndDeletedWhole(@TempDir Path tmp) throws IOException {
        Path d = tmp.resolve("d");
        complete(tmp, d, OLD);
        assertEquals(AtomicDirectory.State.COMPLETE, AtomicDirectory.state(d, d));
        AtomicDirectory.delete(d);
        assertTrue(Files.notExists(d));
    }

    @Test
    void aFolderOfTheUsersUnderTheBuildersNameIsNamedAndKept(@TempDir Path tmp) throws IOException {
        Path out = work(tmp).resolve("out");
        AtomicDirectory.replace(out, OLD);
        Path theirs = Files.createDirectories(work(tmp).resolve(".out.etr-new"));
        Files.writeString(theirs.resolve("notes.md"), "mine");
        DatasetException e = assertThrows(DatasetException.class, () -> AtomicDirectory.replace(out, NEW));
        assertTrue(e.getMessage().contains(theirs + " is in the way and was not written by this builder"),
                e.getMessage());
        assertEquals("mine", Files.readString(theirs.resolve("notes.md")));
        assertEquals(strings(OLD), content(out));
    }

    @Test
    void theBuildersOwnNamesAreRefusedAsOutput(@TempDir Path tmp) {
        for (String name : List.of(".out.etr-new", ".out.etr-old", ".out.etr-lock")) {
            DatasetException e = assertThrows(DatasetException.class,
                    () -> AtomicDirectory.replace(tmp.resolve(name), NEW));
            assertTrue(e.getMessage().contains("the builder's own temporary names"), e.getMessage());
        }
    }

    @Test
    void aSecondBuildWaitsForTheFirst(@TempDir Path tmp) throws Exception {
        Path out = work(tmp).resolve("out");
        CountDownLatch done = new CountDownLatch(1);
        Thread second;
        try (DirectoryLock.Build held = DirectoryLock.build(Siblings.of(out.toAbsolutePath()).lock())) {
            second = new Thread(() -> {
                AtomicDirectory.replace(out, NEW);
                done.countDown();
            });
            second.start();
            // the build's own wait is seen in DirectoryLockTest; here only that it waits is checked, not when
            awaitParked(second, "the second build waits while the lock is held");
            assertEquals(1, done.getCount());
            assertTrue(Files.notExists(out));
        }
        assertTrue(done.await(120, TimeUnit.SECONDS), "and goes ahead once it is released");
        second.join();
        assertEquals(strings(NEW), content(out));
    }

    /** Waits until {@code t} is parked (waiting for a lock); fails if it ends first. */
    private static void awaitParked(Thread t, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (t.getState() != Thread.State.WAITING && t.getState() != Thread.State.TIMED_WAITING) {
            assertTrue(t.isAlive(), what + ": the thread ended instead of waiting");
            assertTrue(System.nanoTime() < end, what + ": the thread did not wait within 120 s");
            Thread.sleep(1);
        }
    }

    @Test
    void siblingsOfTheLongestNameAreValidNames(@TempDir Path tmp) {
        Path target = tmp.resolve("é".repeat(127));
        Siblings s = Siblings.of(target);
        for (Path p : List.of(s.lock(), s.fresh(), s.old())) {
            assertTrue(p.getFileName().toString().getBytes(StandardCharsets.UTF_8).length <= 255, p.toString());
            assertEquals(tmp, p.getParent());
        }
        assertEquals(tmp.resolve(".out.etr-new"), Siblings.of(tmp.resolve("out")).fresh());
        assertTrue(!Siblings.of(tmp.resolve("a".repeat(100))).fresh().equals(Siblings.of(tmp.resolve("a".repeat(99)
                + "b")).fresh()), "shortened names keep a hash of the whole name");
    }
}
