package org.etrkit.datasets.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.etrkit.datasets.error.DatasetException;
import org.etrkit.datasets.Datasets;
import org.etrkit.datasets.tables.Rules;

/**
 * The command line: {@code java -jar etr-datasets.jar build --seeds DIR --out DIR [--rules FILE]}.
 *
 * <p>Exit status: 0 on success, 1 when the input cannot be built (the message names file and line),
 * 2 on a usage error.
 */
public final class Main {

    private static final String USAGE = """
            usage: java -jar etr-datasets.jar build --seeds DIR --out DIR [--rules FILE]

              build    parse every *.txt article in --seeds and write the tables (CSV) and
                       datapackage.json to --out, replacing it whole
              --rules  classification rules (JSON) instead of the built-in ones
            """;

    private Main() {
    }

    public static void main(String[] args) {
        warmUpInBackground();
        System.exit(run(args, System.out, System.err));
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

    /** Runs the command and returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
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
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (!(a.equals("--seeds") || a.equals("--out") || a.equals("--rules"))) {
                err.print("unknown option '" + a + "'\n" + USAGE);
                return 2;
            }
            if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                err.print("option " + a + " needs a value\n" + USAGE);
                return 2;
            }
            Path value = Path.of(args[++i]);
            switch (a) {
                case "--seeds" -> seeds = value;
                case "--out" -> outDir = value;
                default -> rulesFile = value;
            }
        }
        if (seeds == null || outDir == null) {
            err.print("build needs --seeds DIR and --out DIR\n" + USAGE);
            return 2;
        }
        try {
            checkApart(seeds, outDir);
            Rules rules = rulesFile == null ? Rules.defaults() : Rules.load(rulesFile);
            Datasets d = Datasets.build(seeds, rules);
            d.writePackage(outDir);
            out.printf("wrote %d tables from %d articles to %s%n", d.names().size(), d.sources().size(),
                    outDir.toAbsolutePath().normalize());
            for (String name : d.names()) {
                out.printf("  %-40s %6d rows%n", name + ".csv", d.rowCount(name));
            }
            return 0;
        } catch (DatasetException e) {
            err.println("error: " + e.getMessage());
            return 1;
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
