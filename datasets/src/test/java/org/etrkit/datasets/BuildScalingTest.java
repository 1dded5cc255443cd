package org.etrkit.datasets;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.management.OperatingSystemMXBean;

/**
 * The build takes time in proportion to the corpus: 2,000 articles cost about ten times what 200 do
 * (a step quadratic in articles or rows, such as a scan of the corpus per row, pushes the ratio up).
 * Measured as the process's CPU time, which other programs on a shared machine disturb less than
 * wall time, after two warm-up builds, taking the better of two runs of the small corpus. The bound,
 * 15×, is generous for a shared machine; a quadratic step that adds half again to the build's time at
 * 2,000 articles goes over it. The figures of record come from {@code make bench-scale}, from 10 MB to
 * 1 GB.
 */
class BuildScalingTest {

    private static final int SMALL = 200;
    private static final int LARGE = 2_000;
    private static final double BOUND = 15.0;

    @Test
    void tenTimesTheArticlesTakeAboutTenTimesTheTime(@TempDir Path tmp) {
        Path small = tmp.resolve("small");
        Path large = tmp.resolve("large");
        long smallBytes = TestCorpus.write(small, SMALL);
        long largeBytes = TestCorpus.write(large, LARGE);
        Path out = tmp.resolve("out");
        for (int i = 0; i < 2; i++) {
            Datasets.builder().write(small, out);
        }
        long a = cpuNanos(() -> Datasets.builder().write(small, out));
        long b = cpuNanos(() -> Datasets.builder().write(large, out));
        a = Math.min(a, cpuNanos(() -> Datasets.builder().write(small, out)));
        double perByte = (double) b / largeBytes / ((double) a / smallBytes);
        String what = String.format("%d articles: %.2f s CPU, %d articles: %.2f s CPU, ratio %.1f (%.2f per byte)",
                SMALL, a / 1e9, LARGE, b / 1e9, (double) b / a, perByte);
        System.out.println("BuildScalingTest: " + what);
        assertTrue((double) b / a < BOUND, what);
    }

    private static long cpuNanos(Runnable r) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long before = os.getProcessCpuTime();
        r.run();
        return os.getProcessCpuTime() - before;
    }
}
