package org.etrkit.datasets.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.etrkit.datasets.error.DatasetException;
import org.etrkit.datasets.DatasetBuilder;
import org.etrkit.datasets.Datasets;
import org.etrkit.datasets.tables.Rules;

/**
 * The command line: {@code java -jar etr-datasets.jar build --seeds DIR --out DIR [--rules FILE]
 * [--threads N] [--quiet]}.
 *
 * <p>Exit status: 0 on success, 1 when the input cannot be built (the message names file and line),
 * 2 on a usage error.
 *
 * <p>Started without JVM options, {@code java -jar etr-datasets.jar build ...} runs the build in a child
 * JVM with the options it is tuned for, so that its memory follows what it keeps, not the machine's
 * size ({@link Relaunch}).
 */
public final class Main {

    private static final String USAGE = """
            usage: java -jar etr-datasets.jar build --seeds DIR --out DIR [--rules FILE] [--threads N] [--quiet]

              build      parse every *.txt article in --seeds and write the tables (CSV) and
                         datapackage.json to --out, replacing it whole
              --rules    classification rules (JSON) instead of the built-in ones
              --threads  how many threads analyse articles, 1 to 256 (default: one per processor);
                         the output is the same whatever the number
              --quiet    no progress line (it is shown only when stderr is a terminal)
            """;

    private Main() {
    }

    public static void main(String[] args) {
        if (Relaunch.wanted(args)) { // no JVM option given: the build runs in a JVM tuned for it (see Relaunch)
            int status = Relaunch.run(args);
            if (status >= 0) {
                System.exit(status);
            }
        }
        Relaunch.exitWithParent();
        warmUpInBackground();
        System.exit(run(args, System.out, System.err, stderrIsTerminal()));
    }

    /**
     * Whether stderr is a terminal, where a progress line belongs. On Linux, file descriptor 2 is a
     * terminal when it links to {@code /dev/pts/*} or {@code /dev/tty*}; elsewhere Java only tells whether
     * the process has a console (stdin and stdout both terminals), which is used instead.
     */
    static boolean stderrIsTerminal() {
        Path fd2 = Path.of("/proc/self/fd/2");
        try {
            String target = Files.readSymbolicLink(fd2).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /**
     * Loads Tablesaw on the second core while the first reads the rules and parses the articles:
     * Tablesaw scans the class path for its readers and writers when its {@code Table} class loads,
     * which is a third of the command's start-up.
     */
    private static void warmUpInBackground() {
        Thread t = new Thread(() -> {
            try {
                Class.forName("tech.tablesaw.api.Table");
            } catch (ClassNotFoundException | LinkageError ignored) {
                // the main thread will report it when it gets there
            }
        }, "tablesaw-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** Runs the command and returns the exit status; no progress line. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, false);
    }

    /** Runs the command and returns the exit status; {@code terminal}: whether {@code err} is a terminal. */
    static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.print(USAGE);
            return 0;
        }
        if (args.length == 0 || !args[0].equals("build")) {
            err.print((args.length == 0 ? "missing command" : "unknown command '" + args[0] + "'") + "\n" + USAGE);
            return 2;
        }
        Path seeds = null;
        Path outDir = null;
        Path rulesFile = null;
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), DatasetBuilder.MAX_THREADS);
        boolean quiet = false;
        Set<String> given = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--quiet")) {
                quiet = true;
                continue;
            }
            if (!(a.equals("--seeds") || a.equals("--out") || a.equals("--rules") || a.equals("--threads"))) {
                err.print("unknown option '" + a + "'\n" + USAGE);
                return 2;
            }
            if (!given.add(a)) {
                err.print("option " + a + " is given twice\n" + USAGE);
                return 2;
            }
            if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                err.print("option " + a + " needs a value\n" + USAGE);
                return 2;
            }
            String value = args[++i];
            if (a.equals("--threads")) {
                Integer n = positive(value);
                if (n == null || n > DatasetBuilder.MAX_THREADS) {
                    err.print("--threads needs a whole number from 1 to " + DatasetBuilder.MAX_THREADS + ", not '"
                            + value + "'\n" + USAGE);
                    return 2;
                }
                threads = n;
                continue;
            }
            if (value.isBlank()) {
                // an unset shell variable (--out "$OUT") would otherwise name the current folder
                err.print(a + " needs a " + (a.equals("--rules") ? "file" : "folder") + " name, not an empty value\n"
                        + USAGE);
                return 2;
            }
            switch (a) {
                case "--seeds" -> seeds = Path.of(value);
                case "--out" -> outDir = Path.of(value);
                default -> rulesFile = Path.of(value);
            }
        }
        if (seeds == null || outDir == null) {
            err.print("build needs --seeds DIR and --out DIR\n" + USAGE);
            return 2;
        }
        try {
            checkApart(seeds, outDir);
            Rules rules = rulesFile == null ? Rules.defaults() : Rules.load(rulesFile);
            DatasetBuilder builder = Datasets.builder().rules(rules).threads(threads);
            if (terminal && !quiet) {
                builder.progress(ProgressLine.on(err));
            }
            DatasetBuilder.Summary s = builder.write(seeds, outDir);
            out.printf("wrote %,d tables from %,d articles to %s%n", s.curatedRows().size() + s.articleTables(),
                    s.articles(), outDir.toAbsolutePath().normalize());
            s.curatedRows().forEach((name, rows) -> out.printf("  %-40s %,9d rows%n", name + ".csv", rows));
            out.printf("  %-40s %,9d rows in %,d tables%n", "tables/<article>-<n>.csv", s.articleTableRows(),
                    s.articleTables());
            return 0;
        } catch (DatasetException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (OutOfMemoryError e) {
            // what the build held is garbage once its frames are gone; the previous output is untouched
            err.println("error: not enough Java heap for this build (" + Runtime.getRuntime().maxMemory() / 1_000_000
                    + " MB heap): run Java with more memory (-Xmx)");
            return 1;
        }
    }

    private static Integer positive(String s) {
        try {
            int n = Integer.parseInt(s);
            return n >= 1 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Refuses an output directory that is, contains or lies inside the seeds directory, since the build
     * replaces the output whole. Paths are compared after resolving symbolic links.
     */
    static void checkApart(Path seeds, Path outDir) {
        if (!Files.isDirectory(seeds)) {
            return; // reported by the build, with its own message
        }
        Path realSeeds;
        Path realOut;
        try {
            realSeeds = seeds.toRealPath();
            realOut = realPath(outDir.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new DatasetException(outDir.toString(), 0, "cannot resolve the output directory: " + e.getMessage(), e);
        }
        String where = realOut.equals(realSeeds) ? "is"
                : realOut.startsWith(realSeeds) ? "lies inside"
                : realSeeds.startsWith(realOut) ? "contains" : null;
        if (where != null) {
            throw new DatasetException(outDir.toString(), 0, "the output directory " + where + " the seeds directory "
                    + seeds + ", whose articles a build must not replace; name another folder");
        }
    }

    /** The real path of {@code p}, resolving links in the part of it that exists. */
    private static Path realPath(Path p) throws IOException {
        Path existing = p;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? p : existing.toRealPath().resolve(existing.relativize(p));
    }
}
