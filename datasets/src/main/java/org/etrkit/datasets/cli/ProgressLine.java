package org.etrkit.datasets.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.etrkit.datasets.BuildProgress;

/**
 * The build's progress on one terminal line, redrawn in place on stderr: articles done, megabytes
 * read, MB/s and the time left, for example
 * {@code 1,204/60,000 articles  20/1,000 MB  54.8 MB/s  ETA 0:18}.
 *
 * <p>Nothing is drawn for the first second, so a short build prints nothing, and the line is erased
 * when the build ends. The worker threads only count; a daemon thread draws the line a few times a
 * second. The command line uses it only when stderr is a terminal and {@code --quiet} is not given.
 */
final class ProgressLine implements BuildProgress {

    /** How often the line is redrawn. */
    static final long PERIOD_MILLIS = 250;

    /**
     * How long a build runs before the line appears: one second, or the test hook
     * {@code -Detr.datasets.progressDelayMillis=N}.
     */
    private static final long DELAY_MILLIS = Long.getLong("etr.datasets.progressDelayMillis", 1000);

    private final PrintStream err;
    private final LongSupplier clock;
    private final long delayNanos;
    private final boolean ticking;
    private final AtomicInteger articlesDone = new AtomicInteger();
    private final AtomicLong bytesDone = new AtomicLong();
    private volatile int articles;
    private volatile long bytes;
    private volatile boolean writing;
    private volatile long startNanos;
    private boolean drawn;
    private boolean closed;
    private Thread ticker;

    /**
     * A line on {@code err}, timed by {@code nanoClock}, that appears after {@code delayNanos}; with
     * {@code ticking} a daemon thread redraws it, otherwise whoever calls {@link #tick} does.
     */
    ProgressLine(PrintStream err, LongSupplier nanoClock, long delayNanos, boolean ticking) {
        this.err = err;
        this.clock = nanoClock;
        this.delayNanos = delayNanos;
        this.ticking = ticking;
    }

    /** A progress line on {@code err} that redraws itself from a daemon thread once the build has started. */
    static ProgressLine on(PrintStream err) {
        return new ProgressLine(err, System::nanoTime, DELAY_MILLIS * 1_000_000, true);
    }

    @Override
    public void started(int articles, long bytes) {
        this.articles = articles;
        this.bytes = bytes;
        this.startNanos = clock.getAsLong();
        if (!ticking) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    tick();
                    Thread.sleep(PERIOD_MILLIS);
                }
            } catch (InterruptedException done) {
                // finished
            }
        }, "etr-progress");
        t.setDaemon(true);
        ticker = t;
        t.start();
    }

    @Override
    public void articleDone(long articleBytes) {
        articlesDone.incrementAndGet();
        bytesDone.addAndGet(articleBytes);
    }

    @Override
    public void writing() {
        writing = true;
    }

    @Override
    public void finished() {
        Thread t = ticker;
        if (t != null) {
            t.interrupt();
            try {
                t.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            closed = true;
            if (drawn) {
                err.print("\r\033[K");
                err.flush();
                drawn = false;
            }
        }
    }

    /** Draws the line if the build has run long enough. */
    synchronized void tick() {
        long elapsed = clock.getAsLong() - startNanos;
        if (closed || elapsed < delayNanos) {
            return;
        }
        err.print("\r" + line(elapsed) + "\033[K");
        err.flush();
        drawn = true;
    }

    /** The text of the line after {@code elapsedNanos}. */
    String line(long elapsedNanos) {
        long done = bytesDone.get();
        double seconds = elapsedNanos / 1e9;
        double mbs = done / 1e6 / seconds;
        String head = String.format(Locale.ROOT, "%,d/%,d articles  %,d/%,d MB  %.1f MB/s", articlesDone.get(),
                articles, Math.round(done / 1e6), Math.round(bytes / 1e6), mbs);
        if (writing) {
            return head + "  writing the package";
        }
        if (articlesDone.get() == articles) {
            return head + "  building the tables";
        }
        if (done == 0) {
            return head;
        }
        long left = Math.round((bytes - done) / (done / seconds));
        return head + "  ETA " + duration(left);
    }

    static String duration(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }
}
