package org.etrkit.datasets.pack;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An exclusive lock on a lock file, between processes (an operating-system file lock, which the
 * system releases when the process ends, even by kill -9) and between the threads of this process.
 *
 * <p>The lock file is created empty and left in place: deleting it safely would need to tell, after
 * getting the lock, whether the path still names the locked file, and Java can only learn that by
 * opening the file again, which on POSIX systems drops the process's lock on it. Nothing else in
 * this process may open the lock file for the same reason.
 */
final class DirectoryLock implements AutoCloseable {

    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock threads;
    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(ReentrantLock threads, FileChannel channel, FileLock lock) {
        this.threads = threads;
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits for the lock on {@code lockFile}, creating the file if needed. */
    static DirectoryLock acquire(Path lockFile) throws IOException {
        Path path = lockFile.toAbsolutePath().normalize();
        ReentrantLock threads = IN_PROCESS.computeIfAbsent(path, p -> new ReentrantLock());
        threads.lock();
        FileChannel channel = null;
        try {
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new DirectoryLock(threads, channel, channel.lock());
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            threads.unlock();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            try {
                channel.close();
            } finally {
                threads.unlock();
            }
        }
    }
}
