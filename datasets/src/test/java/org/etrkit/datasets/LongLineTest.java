package org.etrkit.datasets;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.management.ThreadMXBean;

/**
 * An article of one long line, a paragraph that is one sentence of figures (a 50 MB article saved with no line break
 * and no full stop: "1,000 troops and 2,000 men, 1,000 troops and ..."), is read in time and memory in proportion to
 * its length. A check made for every figure copied the text from the sentence's start to the figure
 * ({@code BackReferences.partOfEarlier}: 75 GB copied for a 1 MB line, and the garbage collector ran 30,000 times), so
 * the build grew with the square of the line. Measured as the bytes the build allocates, which a shared machine does
 * not disturb as it does time: four times the line may allocate about four times the bytes (3.9× measured), and the
 * bound, 6×, is far under what the copy, growing with the square, gives (about 11× at these lengths).
 */
class LongLineTest {

    private static final String FIGURES = "1,000 troops and 2,000 men, ";
    private static final double BOUND = 6.0;

    @Test
    void aLineFourTimesAsLongAllocatesAboutFourTimesTheBytes(@TempDir Path tmp) throws IOException {
        Path small = article(tmp.resolve("small"), 100 * 1024);
        Path large = article(tmp.resolve("large"), 400 * 1024);
        Datasets.build(small); // warm-up
        long a = allocated(() -> Datasets.build(small));
        long b = allocated(() -> Datasets.build(large));
        String what = String.format("100 KB line: %.2f GB allocated, 400 KB line: %.2f GB, ratio %.1f", a / 1e9, b / 1e9,
                (double) b / a);
        System.out.println("LongLineTest: " + what);
        assertTrue((double) b / a < BOUND, what);
    }

    private static Path article(Path dir, int bytes) throws IOException {
        Files.createDirectories(dir);
        String line = FIGURES.repeat(bytes / FIGURES.length() + 1).substring(0, bytes);
        return Files.writeString(dir.resolve("long.txt"), "= Long =\n\n" + line + "\n").getParent();
    }

    /**
     * The bytes every thread allocates while {@code r} runs: each thread's count read every 20 ms as well as at the
     * end, so a worker that ends meanwhile counts with what it had allocated when last read.
     */
    private static long allocated(Runnable r) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        Map<Long, Long> before = new HashMap<>();
        Map<Long, Long> last = new HashMap<>();
        read(threads, before);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                synchronized (last) {
                    read(threads, last);
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        try {
            r.run();
        } finally {
            sampler.interrupt();
        }
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        read(threads, last);
        long total = 0;
        for (Map.Entry<Long, Long> e : last.entrySet()) {
            total += e.getValue() - before.getOrDefault(e.getKey(), 0L);
        }
        return total;
    }

    private static void read(ThreadMXBean threads, Map<Long, Long> into) {
        long[] ids = threads.getAllThreadIds();
        long[] bytes = threads.getThreadAllocatedBytes(ids);
        for (int i = 0; i < ids.length; i++) {
            if (bytes[i] >= 0) {
                into.merge(ids[i], bytes[i], Math::max);
            }
        }
    }
}
