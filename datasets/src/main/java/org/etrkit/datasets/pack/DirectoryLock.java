package org.etrkit.datasets.pack;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.etrkit.datasets.internal.TaskFailures;

/**
 * The locks of one output folder, held on its lock file {@code .out.etr-lock}: builds of the folder
 * take turns ({@link #build}), and the swap that puts a new package in place ({@link Build#swap})
 * never runs while a reader reads the folder ({@link #read}). A reader waits only for a swap's
 * renames, never for a whole build.
 *
 * <p>Three one-byte regions of the lock file are locked with operating-system record locks, which
 * hold between processes and which the system releases when a process ends, even by kill -9:
 * <ul>
 * <li>{@code BUILD}, exclusive for a whole build: builds take turns.</li>
 * <li>{@code SWAP}, exclusive for a swap, shared by readers while they read.</li>
 * <li>{@code TURN}, a turnstile: a swap holds it exclusive while it waits for the reads under way,
 *     and a read passes it before it takes {@code SWAP}, so that reads following each other closely
 *     cannot keep a swap waiting for ever (record locks give a waiting writer no turn).</li>
 * </ul>
 *
 * <p>Record locks belong to the process: Java allows one lock per region per process (a second
 * throws {@code OverlappingFileLockException}), and closing any channel of the file drops all of the
 * process's locks on it. So the threads of this process agree in Java first (a fair lock for builds,
 * a fair read/write lock for reads and swaps), the process keeps one channel per lock file while any
 * thread uses it, and its readers share one record lock on {@code SWAP}, counted. A blocking wait
 * for a record lock runs on a thread of this class's own, so that an interrupt of the waiting thread
 * (which makes Java close the channel) cannot drop locks; waits ignore interrupts and keep the
 * thread's interrupt status. Linux reports a false deadlock when a thread waits for a record lock
 * while another thread of its process holds one the other side waits for; such a wait is tried
 * again shortly after.
 *
 * <p>The lock file is created empty by the first build and left in place: deleting it safely would
 * need to tell, after getting a lock, whether the path still names the locked file, and Java can only
 * learn that by opening the file again. Nothing else in this process may open the lock file. A reader
 * never creates it: a folder without one (a package copied elsewhere, a read-only copy) is read
 * without locking.
 */
final class DirectoryLock {

    private static final long BUILD = 0;
    private static final long TURN = 1;
    private static final long SWAP = 2;

    /** The lock files in use in this process, by real path; guarded by itself. */
    private static final Map<Path, Entry> ENTRIES = new HashMap<>();

    private static final ExecutorService WAITS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "etr-lock-wait");
        t.setDaemon(true);
        return t;
    });

    private DirectoryLock() {
    }

    /**
     * Test hook: run (on the reading thread) when a read has to wait for a swap, so that a test knows,
     * without timing anything, that a read is waiting. A read that queues in this process behind
     * another one already waiting for the record lock is not reported. Null in use.
     */
    static volatile Runnable readWaitHook;

    /**
     * Waits until no other build of the folder runs, in this process or another, and returns the
     * build's lock; creates the lock file if needed.
     */
    static Build build(Path lockFile) throws IOException {
        return build(lockFile, null);
    }

    /** {@link #build(Path)}; {@code onWait}, if not null, is run first when the build has to wait. */
    static Build build(Path lockFile, Runnable onWait) throws IOException {
        Runnable once = once(onWait);
        Entry e = Entry.join(lockFile, true);
        try {
            lock(e.builds, once);
            try {
                return new Build(e, e.acquire(BUILD, false, once));
            } catch (IOException | RuntimeException | Error x) {
                e.builds.unlock();
                throw x;
            }
        } catch (IOException | RuntimeException | Error x) {
            e.leave();
            throw x;
        }
    }

    /**
     * Waits until no swap of the folder runs, in this process or another, and returns a read lock
     * that keeps every swap out until it is closed. With no lock file (or one this process may not
     * open or lock) the returned lock holds nothing, see {@link Read#locked()}.
     */
    static Read read(Path lockFile) {
        if (lockFile == null || !Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS)) {
            return new Read(lockFile, null, false);
        }
        Entry e;
        try {
            e = Entry.join(lockFile, false);
        } catch (NoSuchFileException x) {
            return new Read(lockFile, null, false);
        } catch (IOException x) {
            return new Read(lockFile, null, true);
        }
        Runnable once = once(() -> {
            Runnable hook = readWaitHook;
            if (hook != null) {
                hook.run();
            }
        });
        try {
            lock(e.swaps.readLock(), once);
            try {
                e.readerEnter(once);
                return new Read(lockFile, e, true);
            } catch (IOException | RuntimeException | Error x) {
                e.swaps.readLock().unlock();
                throw x;
            }
        } catch (IOException x) {
            // a file system without record locks: read as if there were no lock file
            e.leave();
            return new Read(lockFile, null, true);
        } catch (RuntimeException | Error x) {
            e.leave();
            throw x;
        }
    }

    /**
     * For tests: whether thread {@code t} is queued in this process for the read/write lock that reads
     * and swaps of {@code lockFile} share (a swap waiting for reads, or a read waiting for a swap).
     */
    static boolean queuedInProcess(Path lockFile, Thread t) throws IOException {
        Path abs = lockFile.toAbsolutePath().normalize();
        Path key = abs.getParent().toRealPath().resolve(abs.getFileName());
        synchronized (ENTRIES) {
            Entry e = ENTRIES.get(key);
            return e != null && e.swaps.hasQueuedThread(t);
        }
    }

    /** A build's hold on the folder: no other build runs until it is closed. */
    static final class Build implements AutoCloseable {

        private final Entry entry;
        private final FileLock lock;
        private boolean closed;

        private Build(Entry entry, FileLock lock) {
            this.entry = entry;
            this.lock = lock;
        }

        /**
         * Waits until no reader reads the folder and keeps new readers out until the returned lock is
         * closed. {@code onWait}, if not null, is run first when the swap has to wait.
         */
        Swap swap(Runnable onWait) throws IOException {
            Runnable once = once(onWait);
            ReentrantReadWriteLock.WriteLock jvm = entry.swaps.writeLock();
            lock(jvm, once);
            try {
                FileLock turn = entry.acquire(TURN, false, once);
                try {
                    return new Swap(jvm, turn, entry.acquire(SWAP, false, once));
                } catch (IOException | RuntimeException | Error x) {
                    turn.release();
                    throw x;
                }
            } catch (IOException | RuntimeException | Error x) {
                jvm.unlock();
                throw x;
            }
        }

        /** Whether the lock is still held (it is until closed). */
        boolean isValid() {
            return !closed && lock.isValid();
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                lock.release();
            } finally {
                entry.builds.unlock();
                entry.leave();
            }
        }
    }

    /** A swap's hold on the folder: no reader reads it until it is closed. */
    static final class Swap implements AutoCloseable {

        private final ReentrantReadWriteLock.WriteLock jvm;
        private final FileLock turn;
        private final FileLock swap;
        private boolean closed;

        private Swap(ReentrantReadWriteLock.WriteLock jvm, FileLock turn, FileLock swap) {
            this.jvm = jvm;
            this.turn = turn;
            this.swap = swap;
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                swap.release();
            } finally {
                try {
                    turn.release();
                } finally {
                    jvm.unlock();
                }
            }
        }
    }

    /** A reader's hold on the folder: no swap runs until it is closed. */
    static final class Read implements AutoCloseable {

        private final Path lockFile;
        private final Entry entry;
        private final boolean lockFileExisted;
        private boolean closed;

        private Read(Path lockFile, Entry entry, boolean lockFileExisted) {
            this.lockFile = lockFile;
            this.entry = entry;
            this.lockFileExisted = lockFileExisted;
        }

        /** Whether swaps are kept out; false when there was no lock file to lock. */
        boolean locked() {
            return entry != null;
        }

        /**
         * Whether a build may have replaced the folder while it was read: there was no lock file when
         * this lock was taken, and there is one now, so a first build began meanwhile.
         */
        boolean buildBegan() {
            return entry == null && !lockFileExisted && lockFile != null
                    && Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS);
        }

        @Override
        public void close() {
            if (closed || entry == null) {
                return;
            }
            closed = true;
            try {
                entry.readerExit();
            } finally {
                entry.swaps.readLock().unlock();
                entry.leave();
            }
        }
    }

    /** One lock file in use in this process: its channel, and the locks its threads agree with. */
    private static final class Entry {

        private final Path key;
        private final FileChannel channel;
        private final boolean writable;
        /** The threads using the entry; guarded by {@link #ENTRIES}. */
        private int users;
        private final ReentrantLock builds = new ReentrantLock(true);
        private final ReentrantReadWriteLock swaps = new ReentrantReadWriteLock(true);
        /** Guards the readers' count and their shared lock on SWAP. */
        private final Object readers = new Object();
        private int readerCount;
        private FileLock readLock;

        private Entry(Path key, FileChannel channel, boolean writable) {
            this.key = key;
            this.channel = channel;
            this.writable = writable;
        }

        /** The entry of {@code lockFile}, opened (and for a build created) if this process does not use it yet. */
        static Entry join(Path lockFile, boolean build) throws IOException {
            Path abs = lockFile.toAbsolutePath().normalize();
            Path key = abs.getParent().toRealPath().resolve(abs.getFileName());
            synchronized (ENTRIES) {
                Entry e = ENTRIES.get(key);
                if (e == null) {
                    e = open(key, build);
                    ENTRIES.put(key, e);
                } else if (build && !e.writable) {
                    throw new AccessDeniedException(key.toString(), null, "the lock file is not writable");
                }
                e.users++;
                return e;
            }
        }

        private static Entry open(Path key, boolean build) throws IOException {
            if (build) {
                return new Entry(key, FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE), true);
            }
            try {
                return new Entry(key, FileChannel.open(key, StandardOpenOption.READ, StandardOpenOption.WRITE), true);
            } catch (AccessDeniedException e) {
                return new Entry(key, FileChannel.open(key, StandardOpenOption.READ), false);
            }
        }

        /** Leaves the entry; the last user closes the channel (no lock is held by then). */
        void leave() {
            synchronized (ENTRIES) {
                if (--users == 0) {
                    ENTRIES.remove(key);
                    try {
                        channel.close();
                    } catch (IOException e) {
                        // nothing is locked on it any more
                    }
                }
            }
        }

        /**
         * The first reader of this process passes the turnstile and takes {@code SWAP} shared; the
         * others count themselves in, unless a swap of another process waits at the turnstile: then
         * they wait until this process's reads under way are over, and pass it after the swap.
         */
        void readerEnter(Runnable onWait) throws IOException {
            boolean interrupted = false;
            try {
                synchronized (readers) {
                    while (readerCount > 0) {
                        FileLock probe = channel.tryLock(TURN, 1, true);
                        if (probe != null) {
                            probe.release();
                            readerCount++;
                            return;
                        }
                        onWait.run();
                        try {
                            readers.wait();
                        } catch (InterruptedException e) {
                            interrupted = true;
                        }
                    }
                    FileLock turn = acquire(TURN, true, onWait);
                    try {
                        readLock = acquire(SWAP, true, onWait);
                    } finally {
                        turn.release();
                    }
                    readerCount = 1;
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        void readerExit() {
            synchronized (readers) {
                if (--readerCount == 0) {
                    try {
                        readLock.release();
                    } catch (IOException e) {
                        // the channel is closed with the last user, which releases it
                    } finally {
                        readLock = null;
                        readers.notifyAll();
                    }
                }
            }
        }

        /**
         * A record lock on one byte at {@code position}: taken at once if free, else (after running
         * {@code onWait}) waited for on a thread of this class, without regard to interrupts.
         */
        FileLock acquire(long position, boolean shared, Runnable onWait) throws IOException {
            FileLock now = channel.tryLock(position, 1, shared);
            if (now != null) {
                return now;
            }
            if (onWait != null) {
                onWait.run();
            }
            return await(WAITS.submit(() -> waitFor(position, shared)));
        }

        private FileLock waitFor(long position, boolean shared) throws IOException {
            while (true) {
                try {
                    return channel.lock(position, 1, shared);
                } catch (IOException e) {
                    if (!falseDeadlock(e)) {
                        throw e;
                    }
                }
                // another thread of this process holds what the other side waits for; it lets go soon
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for " + key, e);
                }
            }
        }
    }

    /** {@code onWait} (if not null) to run once at most, however many waits follow. */
    private static Runnable once(Runnable onWait) {
        return new Runnable() {
            private boolean ran;

            @Override
            public void run() {
                if (!ran && onWait != null) {
                    ran = true;
                    onWait.run();
                }
            }
        };
    }

    /**
     * Takes {@code lock} at once if it is free and no thread waits for it (a fair lock stays fair),
     * else runs {@code onWait} and waits for it, without regard to interrupts (the thread keeps its
     * interrupt status).
     */
    private static void lock(Lock lock, Runnable onWait) {
        boolean interrupted = Thread.interrupted();
        try {
            boolean now;
            try {
                now = lock.tryLock(0, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
                now = false;
            }
            if (!now) {
                onWait.run();
                lock.lock();
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Linux's EDEADLK, which it reports for a process as a whole, not for the waiting thread. */
    private static boolean falseDeadlock(IOException e) {
        return e.getMessage() != null && e.getMessage().contains("Resource deadlock avoided");
    }

    private static <T> T await(Future<T> f) throws IOException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof IOException io) {
                        throw io;
                    }
                    TaskFailures.throwIfUnchecked(c);
                    throw new IOException(c);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

}
