package org.etrkit.datasets.pack;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * For tests outside this package: learn, without timing anything, that a read of a package folder
 * waits for a swap (the {@link DirectoryLock#readWaitHook}: a read queued behind another read of
 * this process that already waits is not counted). One listener at a time; close it after.
 */
public final class ReadWaits implements AutoCloseable {

    private final CountDownLatch waits;
    private final CompletableFuture<Void> first = new CompletableFuture<>();
    private final CompletableFuture<Void> all = new CompletableFuture<>();

    private ReadWaits(int count) {
        this.waits = new CountDownLatch(count);
    }

    private void waited() {
        first.complete(null);
        waits.countDown();
        if (waits.getCount() == 0) {
            all.complete(null);
        }
    }

    /** Counts the next {@code count} reads that wait for a swap, in any thread of this process. */
    public static ReadWaits listen(int count) {
        ReadWaits w = new ReadWaits(count);
        if (DirectoryLock.readWaitHook != null) {
            throw new IllegalStateException("another test listens to read waits");
        }
        DirectoryLock.readWaitHook = w::waited;
        return w;
    }

    /** The latch that reaches zero once {@code count} reads waited. */
    public CountDownLatch latch() {
        return waits;
    }

    /** Completes when {@code count} reads waited. */
    public CompletableFuture<Void> all() {
        return all;
    }

    /** Completes when the first read waits. */
    public CompletableFuture<Void> first() {
        return first;
    }

    @Override
    public void close() {
        DirectoryLock.readWaitHook = null;
    }
}
