package org.etrkit.datasets.internal;

/** What a task run on another thread failed with, thrown again on the thread that waits for it. */
public final class TaskFailures {

    private TaskFailures() {
    }

    /**
     * Throws {@code cause} as it is when it is unchecked (a {@link RuntimeException} or an {@link Error}), so that
     * the waiting thread fails as the task did; returns for a checked cause (or null), which the caller wraps.
     */
    public static void throwIfUnchecked(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
    }
}
