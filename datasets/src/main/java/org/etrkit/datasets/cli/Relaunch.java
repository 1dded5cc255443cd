package org.etrkit.datasets.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs {@code build} in a child JVM with the options the build is tuned for, when the user started
 * {@code java -jar etr-datasets.jar} without any JVM option.
 *
 * <p>Why: a build keeps little live data (a few batches of articles: 15–35 MB after each collection on a
 * 1 GB corpus), but with the JVM's default options G1 takes a quarter of the machine's memory as its
 * limit and grows the heap while the worker threads allocate, so the peak resident memory follows the
 * machine, not the build (1,088 MiB on a 1 GB corpus). A heap limit cannot be set from inside a running
 * JVM (G1's manageable {@code MaxHeapFreeRatio} only acts at a full collection, and
 * {@code SoftMaxHeapSize} is ignored by G1 in Java 17), and a low {@code -Xmx} would refuse the large
 * articles the builder accepts (it wants four bytes of heap per byte of an article, up to 1 GiB). So the
 * build runs under {@link #OPTIONS}: the serial collector with a fixed young generation, whose old
 * generation grows only with what stays live, and the JVM's default maximum heap for a large article. A
 * corpus under {@link #C1_ONLY_BELOW_BYTES} is built with the JIT's first compiler only
 * ({@link #C1_ONLY}): a build that short does not live long enough to earn back what the second compiler
 * costs ({@link #options(long)}).
 *
 * <p>The child inherits standard input, output and error (the progress line still sees a terminal), its
 * exit status is the command's, and it ends with its parent: a parent stopped by a signal stops the child
 * first, and a child whose parent is gone stops itself. A user who gives any JVM option (on the command
 * line or in {@code JAVA_TOOL_OPTIONS}, {@code JDK_JAVA_OPTIONS}, {@code _JAVA_OPTIONS}) chooses the
 * JVM's settings: the build then runs in the JVM they started, as it does when a child cannot be started.
 */
final class Relaunch {

    /** The JVM options of the child: the serial collector, a young generation of 128 MiB, a small start heap. */
    static final List<String> OPTIONS = List.of("-XX:+UseSerialGC", "-Xmn128m", "-Xms160m");

    /** The JVM option that keeps the JIT to its first compiler, C1 (no C2). */
    static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    /**
     * A corpus (the {@code *.txt} articles a build reads) smaller than this many bytes is built with C1
     * only ({@link #C1_ONLY}), a larger one with both compilers. C2 spends many seconds of CPU compiling the
     * readers (10.6 s of compilation, 8.1 s of it C2's, in a 20 MB build) and pays that back only over a
     * long build with its faster code. Measured side by side (the build command with {@link #OPTIONS}, with
     * and without {@link #C1_ONLY}, alternated, whole-process user CPU, median; 2 cores of an AMD EPYC,
     * shared, 2026-11-26; the packages byte-identical): 10 MB, 7.1 s with C1 only against 13.2 s with both
     * (ratio 0.50, wall 4.1 s against 7.0 s); 60 MB, 26.8 s against 37.6 s (0.72, wall 0.74); 100 MB, 42.8 s
     * against 52.3 s (0.82; again at a lower load, 48.3 s against 51.2 s, 0.94, wall 0.98); 200 MB, 79.3 s
     * against 79.2 s (1.00); 500 MB, 202.9 s against 169.1 s (1.20). The saving falls with the size and is
     * gone near 200 MB; at 100 MB C1 still saves some CPU but no wall time, so the threshold is there: below
     * it C1 only saves both (docs/benchmarks.md §7 has the wall times and loads).
     */
    static final long C1_ONLY_BELOW_BYTES = 100_000_000L;

    /** The system property that marks the child, set to the parent's process id. */
    static final String CHILD_PROPERTY = "etr.datasets.parent";

    private static final List<String> OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

    private Relaunch() {
    }

    /**
     * True when {@code args} is a build (or a shard, a build's per-article work) and this JVM was started without JVM options: the build then runs in
     * a child JVM with {@link #OPTIONS}.
     */
    static boolean wanted(String[] args) {
        if (args.length == 0 || !(args[0].equals("build") || args[0].equals("shard"))
                || System.getProperty(CHILD_PROPERTY) != null) {
            return false;
        }
        Map<String, String> env = System.getenv();
        for (String v : OPTION_VARIABLES) {
            if (env.get(v) != null && !env.get(v).isBlank()) {
                return false;
            }
        }
        return ManagementFactory.getRuntimeMXBean().getInputArguments().isEmpty();
    }

    /**
     * The child's JVM options for a build of {@code corpusBytes} bytes of articles: {@link #OPTIONS}, and
     * {@link #C1_ONLY} under {@link #C1_ONLY_BELOW_BYTES}.
     */
    static List<String> options(long corpusBytes) {
        if (corpusBytes >= C1_ONLY_BELOW_BYTES) {
            return OPTIONS;
        }
        List<String> options = new ArrayList<>(OPTIONS);
        options.add(C1_ONLY);
        return List.copyOf(options);
    }

    /**
     * The bytes of articles the command {@code args} reads: the sizes of the {@code *.txt} regular files in
     * its {@code --seeds} folder (the files a build reads, found without opening them), for a shard with
     * {@code --part K/N} divided by N. Zero when there is no such folder or it cannot be listed: the command
     * then fails at once, in whichever JVM.
     */
    static long corpusBytes(String[] args) {
        String seeds = value(args, "--seeds");
        if (seeds == null) {
            return 0;
        }
        long bytes = 0;
        try (Stream<Path> s = Files.list(Path.of(seeds))) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (org.etrkit.datasets.DatasetBuilder.isArticleName(p.getFileName().toString())) {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    if (a.isRegularFile()) {
                        bytes += a.size();
                    }
                }
            }
        } catch (IOException | RuntimeException e) { // an unreadable folder or a bad path: the build reports it
            return 0;
        }
        String part = value(args, "--part");
        int slash = part == null ? -1 : part.indexOf('/');
        if (slash > 0) {
            try {
                bytes /= Math.max(1, Integer.parseInt(part.substring(slash + 1)));
            } catch (NumberFormatException e) {
                // a bad --part: the command refuses it
            }
        }
        return bytes;
    }

    /** The value after option {@code name} in {@code args}, or null. */
    private static String value(String[] args, String name) {
        for (int i = 1; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return null;
    }

    /**
     * {@code java OPTIONS -D<child>=<pid> -cp <class path> Main args...}, with this JVM's {@code java}
     * and the options for the corpus's size ({@link #options(long)}).
     */
    static List<String> command(String[] args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(options(corpusBytes(args)));
        cmd.add("-D" + CHILD_PROPERTY + "=" + ProcessHandle.current().pid());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /**
     * Runs the build in a child JVM and returns its exit status, or -1 when no child could be started (the
     * caller then builds in this JVM).
     */
    static int run(String[] args) {
        Process child;
        try {
            child = new ProcessBuilder(command(args)).inheritIO().start();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return -1;
        }
        Thread stopChild = new Thread(() -> {
            if (child.isAlive()) { // this JVM is stopping before the child ended (a signal): stop it, and wait
                child.destroy();
                try {
                    child.waitFor();
                } catch (InterruptedException e) {
                    child.destroyForcibly();
                }
            }
        }, "etr-stop-child");
        Runtime.getRuntime().addShutdownHook(stopChild);
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // nothing interrupts the main thread; keep waiting for the child
            }
        }
    }

    /**
     * In the child: exits with status 1 when the parent that started it is gone (killed without the
     * chance to stop the child), so that no build goes on that nobody waits for.
     */
    static void exitWithParent() {
        String parent = System.getProperty(CHILD_PROPERTY);
        if (parent == null) {
            return;
        }
        try {
            ProcessHandle.of(Long.parseLong(parent)).ifPresentOrElse(
                    p -> p.onExit().thenRun(() -> Runtime.getRuntime().halt(1)),
                    () -> Runtime.getRuntime().halt(1));
        } catch (NumberFormatException e) {
            // not started by Relaunch: nothing to watch
        }
    }
}
