package org.etrkit.datasets;

/**
 * What a build reports as it goes, for a progress display. {@link #articleDone} is called from the
 * worker threads, concurrently; the other methods from the thread that runs the build.
 */
public interface BuildProgress {

    /** Does nothing. */
    BuildProgress NONE = new BuildProgress() {
    };

    /** The build found {@code articles} articles of {@code bytes} bytes in all. */
    default void started(int articles, long bytes) {
    }

    /** One article of {@code bytes} bytes was read and analysed. */
    default void articleDone(long bytes) {
    }

    /** Every article is done; the build is writing the package. */
    default void writing() {
    }

    /** The build ended, whether it succeeded or failed. */
    default void finished() {
    }
}
