package org.etrkit.datasets.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.etrkit.datasets.error.DatasetException;
import org.etrkit.datasets.DatasetBuilder;
import org.etrkit.datasets.Datasets;
import org.etrkit.datasets.Shard;
import org.etrkit.datasets.ShardFile;
import org.etrkit.datasets.tables.Rules;

/**
 * The command line: {@code java -jar etr-datasets.jar build --seeds DIR --out DIR [--rules FILE]
 * [--threads N] [--quiet]}, and its per-article work apart from the rest: {@code shard --seeds DIR --out FILE
 * [--part K/N]} for a part of the articles, then {@code merge --out DIR SHARD...} for the package.
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
                   java -jar etr-datasets.jar shard --seeds DIR --out FILE [--part K/N] [--rules FILE] [--threads N] [--quiet]
                   java -jar etr-datasets.jar merge --out DIR SHARD...

              build      parse every *.txt article in --seeds and write the tables (CSV) and
                         datapackage.json to --out, replacing it whole
              shard      do a build's per-article work for part K of N of the articles (runs of
                         consecutive articles in file name order; default 1/1) and write it to one
                         shard file, for merge
              merge      write the package of the SHARD files, given in article order, to --out,
                         replacing it whole: the bytes build writes for the same articles
              --rules    classification rules (JSON) instead of the built-in ones
              --threads  how many threads analyse articles, 1 to 256 (default: one per processor);
                         the output is the same whatever the number
              --quiet    no progress line (it is shown only when stderr is a terminal)
            """;

    private Main() {
    }

    /**
     * Runs the command (see above) and exits with its status: 0 done, 1 a build that failed (the error on stderr, the
     * output folder as it was), 2 a mistake in the arguments (the usage on stderr). Throws nothing: every failure is a
     * status and a line.
     */
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

    /**
     * Runs the command and returns the exit status, as {@link #main} exits with it; no progress line. A failed build
     * (a {@link DatasetException}, or the heap running out) is a line on {@code err} and status 1, not an exception.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, false);
    }

    /** Runs the command and returns the exit status; {@code terminal}: whether {@code err} is a terminal. */
    static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        // --help (or -h) anywhere, as in `build --help`: the usage, and nothing run
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            out.print(USAGE);
            return 0;
        }
        if (args.length == 0 || !OPTIONS.containsKey(args[0])) {
            err.print((args.length == 0 ? "missing command" : "unknown command '" + args[0] + "'"
                    + meant(args[0], OPTIONS.keySet())) + "\n" + USAGE);
            return 2;
        }
        String command = args[0];
        Set<String> allowed = OPTIONS.get(command);
        Map<String, String> opts = new HashMap<>();
        List<String> shards = new ArrayList<>();
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), DatasetBuilder.MAX_THREADS);
        int[] part = {1, 1};
        boolean quiet = false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--quiet") && allowed.contains(a)) {
                quiet = true;
                continue;
            }
            if (command.equals("merge") && !a.startsWith("--")) {
                shards.add(a);
                continue;
            }
            if (!allowed.contains(a)) {
                err.print("unknown option '" + a + "'" + (command.equals("build") ? "" : " for " + command)
                        + meant(a, allowed) + "\n" + USAGE);
                return 2;
            }
            if (opts.containsKey(a)) {
                err.print("option " + a + " is given twice\n" + USAGE);
                return 2;
            }
            if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                err.print("option " + a + " needs a value\n" + USAGE);
                return 2;
            }
            String value = args[++i];
            opts.put(a, value);
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
            if (a.equals("--part")) {
                int slash = value.indexOf('/');
                Integer k = slash < 0 ? null : positive(value.substring(0, slash));
                Integer n = slash < 0 ? null : positive(value.substring(slash + 1));
                if (k == null || n == null || k > n) {
                    err.print("--part needs K/N, whole numbers with 1 <= K <= N, not '" + value + "'\n" + USAGE);
                    return 2;
                }
                part = new int[] {k, n};
                continue;
            }
            if (value.isBlank()) {
                // an unset shell variable (--out "$OUT") would otherwise name the current folder
                err.print(a + " needs a " + (a.equals("--rules") || command.equals("shard") && a.equals("--out")
                        ? "file" : "folder") + " name, not an empty value\n" + USAGE);
                return 2;
            }
        }
        String missing = switch (command) {
            case "merge" -> !opts.containsKey("--out") ? "merge needs --out DIR"
                    : shards.isEmpty() ? "merge needs at least one SHARD file" : null;
            case "shard" -> opts.containsKey("--seeds") && opts.containsKey("--out") ? null
                    : "shard needs --seeds DIR and --out FILE";
            default -> opts.containsKey("--seeds") && opts.containsKey("--out") ? null
                    : "build needs --seeds DIR and --out DIR";
        };
        if (missing != null) {
            err.print(missing + "\n" + USAGE);
            return 2;
        }
        Path outPath = Path.of(opts.get("--out"));
        try {
            if (command.equals("merge")) {
                List<Path> files = shards.stream().map(Path::of).toList();
                for (Path f : files) {
                    checkNotInside(f, outPath);
                }
                try (ShardFile.Reader r = ShardFile.read(files)) {
                    printSummary(out, Shard.merge(r, outPath), outPath);
                }
                return 0;
            }
            Path seeds = Path.of(opts.get("--seeds"));
            Path rulesFile = opts.containsKey("--rules") ? Path.of(opts.get("--rules")) : null;
            if (command.equals("build")) {
                checkApart(seeds, outPath);
            }
            Rules rules = rulesFile == null ? Rules.defaults() : Rules.load(rulesFile);
            DatasetBuilder builder = Datasets.builder().rules(rules).threads(threads);
            if (terminal && !quiet) {
                builder.progress(ProgressLine.on(err));
            }
            if (command.equals("shard")) {
                int n = builder.writeShard(seeds, part[0], part[1], outPath, rulesName(rulesFile));
                out.printf("wrote part %d/%d (%s) to %s%n", part[0], part[1], counted(n, "article"),
                        outPath.toAbsolutePath().normalize());
                return 0;
            }
            printSummary(out, builder.write(seeds, outPath), outPath);
            return 0;
        } catch (DatasetException e) {
            err.println("error: " + printable(e.getMessage()));
            return 1;
        } catch (OutOfMemoryError e) {
            // what the build held is garbage once its frames are gone; the previous output is untouched
            err.println("error: not enough Java heap for this build (" + Runtime.getRuntime().maxMemory() / 1_000_000
                    + " MB heap): run Java with more memory (-Xmx)");
            return 1;
        }
    }

    /**
     * "; did you mean 'build'?" for a word one slip from a known one (a letter swapped, left out, added or changed,
     * or capitals), in order of {@code known}; "" for none.
     */
    static String meant(String given, Collection<String> known) {
        for (String k : known.stream().sorted().toList()) {
            if (!k.equals(given) && (k.equalsIgnoreCase(given) || oneSlip(given.toLowerCase(Locale.ROOT), k))) {
                return "; did you mean '" + k + "'?";
            }
        }
        return "";
    }

    /** Whether {@code a} is {@code b} with two neighbouring letters swapped, or one letter left out, added or changed. */
    private static boolean oneSlip(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.length() < 3) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return i == a.length() || a.substring(i + 1).equals(b.substring(i + 1)) // one letter changed
                    || i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                            && a.substring(i + 2).equals(b.substring(i + 2)); // two swapped
        }
        return a.length() < b.length() ? a.substring(i).equals(b.substring(i + 1)) : a.substring(i + 1).equals(b.substring(i));
    }

    /**
     * {@code text} as one line that cannot drive a terminal: control characters an article or a file name
     * brings into a message (a line break, an escape sequence) written as escapes ({@code \n}, {@code \u001B}),
     * and so are characters that show as nothing ({@code \uFEFF}, {@code \u200B}).
     */
    static String printable(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (Character.isISOControl(c) && c != '\t' || invisible(c)) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A character that shows as nothing or breaks the line: a byte order mark or zero-width space before a title
     * (a format character) made a quoted line look like a good one; a line or paragraph separator.
     */
    private static boolean invisible(char c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** The options each command takes. */
    private static final Map<String, Set<String>> OPTIONS = Map.of(
            "build", Set.of("--seeds", "--out", "--rules", "--threads", "--quiet"),
            "shard", Set.of("--seeds", "--out", "--rules", "--threads", "--quiet", "--part"),
            "merge", Set.of("--out"));

    private static void printSummary(PrintStream out, DatasetBuilder.Summary s, Path outDir) {
        out.printf("wrote %s from %s to %s%n", counted(s.curatedRows().size() + s.articleTables(), "table"),
                counted(s.articles(), "article"), outDir.toAbsolutePath().normalize());
        s.curatedRows().forEach((name, rows) -> out.printf("  %-40s %,9d rows%n", name + ".csv", rows));
        out.printf("  %-40s %,9d rows in %s%n", "tables/<article>-<n>.csv", s.articleTableRows(),
                counted(s.articleTables(), "table"));
    }

    /** "1 article", "1,200 articles". */
    private static String counted(long n, String noun) {
        return String.format("%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    /**
     * The name of the rules in a shard file: the SHA-256 of the rule file's bytes (the built-in one when
     * {@code rulesFile} is null), so that a merge refuses shards made with different rules.
     */
    static String rulesName(Path rulesFile) {
        try (InputStream in = rulesFile == null ? Rules.class.getResourceAsStream("rules.json")
                : Files.newInputStream(rulesFile)) {
            if (in == null) {
                throw new DatasetException("rules.json", 0, "the built-in rules are missing from the classpath");
            }
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] hash = d.digest(in.readAllBytes());
            return (rulesFile == null ? "built-in rules, sha256:" : rulesFile.getFileName() + ", sha256:")
                    + HexFormat.of().formatHex(hash);
        } catch (IOException e) {
            throw new DatasetException(String.valueOf(rulesFile), 0, "cannot read rules: " + DatasetException.reason(e), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Refuses a shard file inside the output directory, which merge replaces whole. */
    static void checkNotInside(Path shard, Path outDir) {
        try {
            Path realOut = realPath(outDir.toAbsolutePath().normalize());
            Path realShard = realPath(shard.toAbsolutePath().normalize());
            if (realShard.startsWith(realOut)) {
                throw new DatasetException(shard.toString(), 0, "the shard file lies inside the output directory "
                        + outDir + ", which merge replaces whole; move it out or name another folder");
            }
        } catch (IOException e) {
            throw new DatasetException(outDir.toString(), 0, "cannot resolve the output directory: " + e.getMessage(), e);
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
