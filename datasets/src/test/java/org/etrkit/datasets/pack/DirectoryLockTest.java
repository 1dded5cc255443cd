package org.etrkit.datasets.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the folder locks guarantee, within this process and against another one
 * ({@link LockHolder}): builds take turns, a swap waits for the reads under way and keeps new ones
 * out, a read never waits for a build, and readers cannot keep a swap waiting for ever. No test
 * assumes how long anything takes: a read's waiting is learnt from {@link ReadWaits}, a build's or a
 * swap's from its {@code onWait}, another process's from what it says; the time limits only stop a
 * test that hangs.
 */
class DirectoryLockTest {

    private static final long GUARD_SECONDS = 120;

    /** Waits until a read listened to by {@code waits} waits for a swap; fails if {@code t} ends first. */
    static void awaitWaiting(ReadWaits waits, Thread t, String what) throws Exception {
        awaitLatch(waits.latch(), t, what);
    }

    /** Waits until {@code latch} is open; fails if {@code t} ends first. */
    static void awaitLatch(CountDownLatch latch, Thread t, String what) throws Exception {
        CompletableFuture<Void> ended = CompletableFuture.runAsync(() -> {
            try {
                t.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        CompletableFuture<Void> open = CompletableFuture.runAsync(() -> {
            try {
                latch.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        CompletableFuture.anyOf(ended, open).get(GUARD_SECONDS, TimeUnit.SECONDS);
        assertTrue(latch.getCount() == 0, what + ": the thread ended instead of waiting");
    }

    private static boolean queued(Path lock, Thread t) {
        try {
            return DirectoryLock.queuedInProcess(lock, t);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(GUARD_SECONDS);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, what + ": not within " + GUARD_SECONDS + " s");
            Thread.sleep(1);
        }
    }

    private static void join(Thread t, String what) throws InterruptedException {
        t.join(TimeUnit.SECONDS.toMillis(GUARD_SECONDS));
        assertFalse(t.isAlive(), what + ": still waiting after " + GUARD_SECONDS + " s");
    }

    /** A thread that takes a read lock, says so, and holds it until {@code release} counts down. */
    private static Thread reader(Path lock, AtomicBoolean held, CountDownLatch release,
                                 AtomicReference<Throwable> failure) {
        Thread t = new Thread(() -> {
            try (DirectoryLock.Read r = DirectoryLock.read(lock)) {
                assertTrue(r.locked());
                held.set(true);
                release.await();
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        t.setDaemon(true);
        return t;
    }

    /**
     * A thread that takes a build lock ({@code onWait}, if not null, run when it has to wait) and says
     * {@code built} once it holds it.
     */
    private static Thread builder(Path lock, Runnable onWait, AtomicBoolean built,
                                  AtomicReference<Throwable> failure) {
        return new Thread(() -> {
            try (DirectoryLock.Build b = DirectoryLock.build(lock, onWait)) {
                built.set(true);
            } catch (Throwable e) {
                failure.set(e);
            }
        });
    }

    @Test
    void aReadDoesNotWaitForABuild(@TempDir Path tmp) throws IOException {
        Path lock = tmp.resolve(".out.etr-lock");
        try (DirectoryLock.Build build = DirectoryLock.build(lock);
             DirectoryLock.Read read = DirectoryLock.read(lock)) {
            assertTrue(read.locked(), "a build holds only the build lock; readers go on");
        }
    }

    @Test
    void aSwapWaitsForTheReadsUnderWayAndKeepsNewOnesOut(@TempDir Path tmp) throws Exception {
        Path lock = tmp.resolve(".out.etr-lock");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch waiting = new CountDownLatch(1);
        AtomicBoolean swapped = new AtomicBoolean();
        AtomicBoolean secondRead = new AtomicBoolean();
        CountDownLatch releaseSwap = new CountDownLatch(1);
        CountDownLatch swapping = new CountDownLatch(1);
        Thread swapper;
        try (DirectoryLock.Read first = DirectoryLock.read(lock)) {
            assertFalse(first.locked(), "no lock file yet: nothing to lock");
        }
        try (DirectoryLock.Build build = DirectoryLock.build(lock)) {
            // the lock file exists now
        }
        Thread second;
        try (DirectoryLock.Read read = DirectoryLock.read(lock)) {
            assertTrue(read.locked());
            swapper = new Thread(() -> {
                try (DirectoryLock.Build build = DirectoryLock.build(lock);
                     DirectoryLock.Swap swap = build.swap(waiting::countDown)) {
                    swapped.set(true);
                    swapping.countDown();
                    releaseSwap.await();
                } catch (Throwable e) {
                    failure.set(e);
                }
            });
            swapper.start();
            awaitLatch(waiting, swapper, "the swap waits for the read under way");
            // said just before it queues for the lock: a read is kept out once it is queued
            awaitTrue(() -> queued(lock, swapper) || !swapper.isAlive(), "the swap queues for the lock");
            assertFalse(swapped.get());
            try (ReadWaits waits = ReadWaits.listen(1)) {
                second = reader(lock, secondRead, new CountDownLatch(0), failure);
                second.start();
                awaitWaiting(waits, second, "a read that comes after a waiting swap waits behind it");
            }
            assertFalse(secondRead.get());
        }
        awaitLatch(swapping, swapper, "the swap goes ahead once the read is over");
        assertFalse(secondRead.get(), "no read while the swap runs");
        releaseSwap.countDown();
        join(swapper, "swap");
        join(second, "second read");
        assertTrue(secondRead.get());
        assertEquals(null, failure.get());
    }

    @Test
    void aReadWaitsForASwapInAnotherProcess(@TempDir Path tmp) throws Exception {
        Path lock = tmp.resolve(".out.etr-lock");
        try (LockHolder.Child child = LockHolder.start(tmp.resolve("out"))) {
            child.send("build");
            child.await("held build");
            child.send("swap");
            child.await("held swap");
            AtomicBoolean held = new AtomicBoolean();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread reader = reader(lock, held, new CountDownLatch(0), failure);
            try (ReadWaits waits = ReadWaits.listen(1)) {
                reader.start();
                awaitWaiting(waits, reader, "a read while another process swaps");
            }
            assertFalse(held.get());
            child.send("release");
            child.await("released swap");
            join(reader, "read");
            assertTrue(held.get());
            assertEquals(null, failure.get());
        }
    }

    @Test
    void aSwapHereWaitsForAReadInAnotherProcess(@TempDir Path tmp) throws Exception {
        Path lock = tmp.resolve(".out.etr-lock");
        Files.createFile(lock);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch waiting = new CountDownLatch(1);
        CountDownLatch swapping = new CountDownLatch(1);
        try (LockHolder.Child child = LockHolder.start(tmp.resolve("out"))) {
            child.send("read");
            child.await("held read");
            Thread swapper = new Thread(() -> {
                try (DirectoryLock.Build build = DirectoryLock.build(lock);
                     DirectoryLock.Swap swap = build.swap(waiting::countDown)) {
                    swapping.countDown();
                } catch (Throwable e) {
                    failure.set(e);
                }
            });
            swapper.start();
            awaitLatch(waiting, swapper, "a swap while another process reads");
            assertEquals(1, swapping.getCount());
            child.send("release");
            child.await("released read");
            awaitLatch(swapping, swapper, "the swap goes ahead once the other process's read is over");
            join(swapper, "swap");
            assertEquals(null, failure.get());
        }
    }

    @Test
    void aSwapInAnotherProcessWaitsForEveryReadHereAndNewReadsWaitForIt(@TempDir Path tmp) throws Exception {
        Path lock = tmp.resolve(".out.etr-lock");
        Files.createFile(lock);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean firstHeld = new AtomicBoolean();
        AtomicBoolean secondHeld = new AtomicBoolean();
        AtomicBoolean laterHeld = new AtomicBoolean();
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CountDownLatch releaseSecond = new CountDownLatch(1);
        Thread first = reader(lock, firstHeld, releaseFirst, failure);
        Thread second = reader(lock, secondHeld, releaseSecond, failure);
        first.start();
        second.start();
        awaitTrue(() -> firstHeld.get() && secondHeld.get() || failure.get() != null, "two reads at once");
        try (LockHolder.Child child = LockHolder.start(tmp.resolve("out"))) {
            child.send("build");
            child.await("held build");
            child.send("swap");
            child.await("waiting swap");
            // the swap holds the turnstile: a new read of this process waits although two are under way
            Thread later = reader(lock, laterHeld, new CountDownLatch(0), failure);
            try (ReadWaits waits = ReadWaits.listen(1)) {
                later.start();
                awaitWaiting(waits, later, "a read after another process's swap began to wait");
            }
            releaseFirst.countDown();
            join(first, "first read");
            assertFalse(laterHeld.get());
            releaseSecond.countDown();
            join(second, "second read");
            child.await("held swap");
            assertFalse(laterHeld.get(), "no read of this process while the other one swaps");
            child.send("release");
            child.await("released swap");
            join(later, "later read");
            assertTrue(laterHeld.get());
            assertEquals(null, failure.get());
        }
    }

    /**
     * A thread waiting for another process's build while another thread of its process reads: Linux
     * counts record locks per process, so it takes the wait for a deadlock (the other process's swap
     * waits for this one's read, and this one seems to wait for the other's build) and refuses it
     * with EDEADLK. The refused wait is tried again until the read is over.
     */
    @Test
    void aFalseDeadlockBetweenABuildHereAndASwapThereIsWaitedOut(@TempDir Path tmp) throws Exception {
        Path lock = tmp.resolve(".out.etr-lock");
        Files.createFile(lock);
        Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/locks")), "needs Linux's /proc/locks");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try (LockHolder.Child child = LockHolder.start(tmp.resolve("out"))) {
            child.send("build");
            child.await("held build");
            AtomicBoolean built = new AtomicBoolean();
            Thread builder;
            try (DirectoryLock.Read read = DirectoryLock.read(lock)) {
                assertTrue(read.locked());
                child.send("swap");
                child.await("waiting swap");
                awaitTrue(() -> blockedIn(lock, child.pid()), "the other process waits for the swap lock");
                builder = builder(lock, null, built, failure);
                builder.start();
                // the build's wait is refused at once, and tried again after a pause
                awaitTrue(() -> failure.get() != null || pausedBeforeWaitingAgain(), "the build's wait was refused");
                assertEquals(null, failure.get(), "the build here failed");
            }
            child.await("held swap");
            assertFalse(built.get());
            child.send("release");
            child.await("released swap");
            child.send("release");
            child.await("released build");
            join(builder, "build");
            assertTrue(built.get());
            assertEquals(null, failure.get(), "the build here failed");
        }
    }

    /** Whether a wait for a record lock was refused and pauses before it is tried again. */
    private static boolean pausedBeforeWaitingAgain() {
        return Thread.getAllStackTraces().entrySet().stream().anyMatch(e -> e.getKey().getState()
                == Thread.State.TIMED_WAITING && Stream.of(e.getValue()).anyMatch(f -> f.getMethodName().equals("waitFor")
                && f.getClassName().startsWith(DirectoryLock.class.getName())));
    }

    /** Whether process {@code pid} waits for a record lock on {@code file}, as /proc/locks says. */
    private static boolean blockedIn(Path file, long pid) {
        try {
            String inode = ":" + Files.getAttribute(file, "unix:ino") + " ";
            return Files.readAllLines(Path.of("/proc/locks")).stream()
                    .anyMatch(l -> l.contains("-> POSIX") && l.contains(" " + pid + " ") && l.contains(inode));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * An interrupted thread's wait on a file lock would make Java close the channel, and with it drop
     * every lock of the process on the file; the wait runs elsewhere and the thread keeps its interrupt.
     */
    @Test
    void anInterruptedReaderWaitsAndDropsNoLock(@TempDir Path tmp) throws Exception {
        Path lock = tmp.resolve(".out.etr-lock");
        Files.createFile(lock);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean held = new AtomicBoolean();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        try (LockHolder.Child child = LockHolder.start(tmp.resolve("out"))) {
            child.send("build");
            child.await("held build");
            child.send("swap");
            child.await("held swap");
            Thread reader = new Thread(() -> {
                Thread.currentThread().interrupt();
                try (DirectoryLock.Read r = DirectoryLock.read(lock)) {
                    held.set(r.locked());
                    stillInterrupted.set(Thread.currentThread().isInterrupted());
                } catch (Throwable e) {
                    failure.set(e);
                }
            });
            try (ReadWaits waits = ReadWaits.listen(1)) {
                reader.start();
                awaitWaiting(waits, reader, "an interrupted read while another process swaps");
            }
            child.send("release");
            child.await("released swap");
            join(reader, "read");
            assertEquals(null, failure.get());
            assertTrue(held.get(), "the read was locked");
            assertTrue(stillInterrupted.get(), "and kept its interrupt status");
            // the channel is still good: the other process's build lock still keeps a build here out
            AtomicBoolean built = new AtomicBoolean();
            CountDownLatch buildWaits = new CountDownLatch(1);
            Thread builder = builder(lock, buildWaits::countDown, built, failure);
            builder.start();
            awaitLatch(buildWaits, builder, "a build while another process builds");
            assertFalse(built.get());
            child.send("release");
            child.await("released build");
            join(builder, "build");
            assertTrue(built.get());
            assertEquals(null, failure.get());
        }
    }

    /**
     * A real replacement in another process (its steps said with the test hook) writes its new package
     * while a read here holds the folder, and swaps only once the read is over.
     */
    @Test
    void aBuildInAnotherProcessSwapsOnlyAfterTheReadHereEnds(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        AtomicDirectory.replace(out, Map.of("data.csv", "old".getBytes(StandardCharsets.UTF_8)));
        try (LockHolder.Child child = LockHolder.start(out, "-Detr.datasets.swapPauseMillis=1")) {
            try (DirectoryLock.Read read = DirectoryLock.read(AtomicDirectory.lockFile(out))) {
                assertTrue(read.locked());
                child.send("replace");
                child.awaitBefore("swap step: new package written", null);
                child.awaitBefore("swap step: waiting for readers", "swap step: old package moved aside");
                assertEquals("old", Files.readString(out.resolve("data.csv")));
            }
            child.await("held replace");
            assertEquals("new", Files.readString(out.resolve("data.csv")));
        }
    }

    @Test
    void withoutALockFileAReadLocksNothingCreatesNothingAndSeesAFirstBuildBegin(@TempDir Path tmp)
            throws IOException {
        Path lock = tmp.resolve(".out.etr-lock");
        try (DirectoryLock.Read read = DirectoryLock.read(lock)) {
            assertFalse(read.locked());
            assertFalse(read.buildBegan());
            assertEquals(List.of(), names(tmp), "a reader creates no lock file");
            try (DirectoryLock.Build build = DirectoryLock.build(lock)) {
                assertTrue(read.buildBegan(), "a build that began during an unlocked read is seen");
            }
        }
        try (DirectoryLock.Read read = DirectoryLock.read(lock)) {
            assertTrue(read.locked());
            assertFalse(read.buildBegan());
        }
        try (DirectoryLock.Read read = DirectoryLock.read(null)) {
            assertFalse(read.locked());
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
