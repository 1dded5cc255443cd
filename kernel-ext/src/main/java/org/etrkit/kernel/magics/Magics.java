package org.etrkit.kernel.magics;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.etrkit.datasets.error.DatasetException;
import org.etrkit.datasets.Datasets;
import org.etrkit.datasets.tables.TableSpec;
import org.etrkit.kernel.error.EtrException;
import org.etrkit.kernel.help.Help;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The line magics, independent of the kernel so they can be tested directly:
 * {@code %datasets} lists the tables; {@code %export NAME PATH [--overwrite]} writes one as CSV.
 * Arguments are parsed by JJava's {@code MagicsArgs} ({@link Args}); bad ones throw an
 * {@link EtrException} whose one-line message says what was wrong and what to do.
 *
 * <p>JJava splits a magic line into arguments before the magic sees it: double quotes group words
 * ({@code "my file.csv"}), a backslash escapes the next character ({@code \\} for a backslash, {@code \"}
 * for a quote) and is dropped before any other, and single quotes are ordinary characters. So a path in
 * single quotes or typographic ones ({@code “r.csv”}, as a word processor or a phone types them), or one left
 * with a double quote in it, is refused with a hint rather than written under a name nobody meant.
 */
public final class Magics {

    /** The usage line of {@code %export}. */
    static final String EXPORT_USAGE = "usage: %export NAME PATH [--overwrite]";

    private Magics() {
    }

    /** {@code %datasets}: one row per table with its rows, columns and description; any argument is an {@link EtrException}. */
    public static Table datasets(Datasets data, List<String> args) {
        Args a = Args.parse("datasets", args);
        if (!a.positional().isEmpty() || !a.unknownOptions().isEmpty()) {
            throw new EtrException("%datasets takes no arguments, got " + args + "; run %datasets alone");
        }
        StringColumn name = StringColumn.create("name");
        IntColumn rows = IntColumn.create("rows");
        IntColumn columns = IntColumn.create("columns");
        StringColumn description = StringColumn.create("description");
        for (String n : data.names()) {
            TableSpec spec = data.spec(n);
            name.append(n);
            rows.append(data.rowCount(n));
            columns.append(spec.fields().size());
            description.append(spec.description());
        }
        return Table.create("datasets", name, rows, columns, description);
    }

    /**
     * {@code %help [TOPIC]}: the Javadoc of {@code Etr}, of one of its methods, or of another class of the kit. More than
     * one topic, or one {@link Help#of} does not know, is an {@link EtrException}.
     */
    public static String help(List<String> args) {
        Args a = Args.parse("help", args, "TOPIC");
        if (a.positional().size() > 1 || !a.unknownOptions().isEmpty()) {
            throw new EtrException("%help takes one topic at most, got " + args + "; usage: %help [TOPIC], "
                    + "such as %help roster or %help DisplayOptions.maxRows");
        }
        return Help.of(a.positional().isEmpty() ? "" : a.positional().get(0));
    }

    /**
     * {@code %export NAME PATH [--overwrite]}, resolving PATH against {@code workingDir}. A missing or extra argument, an
     * unknown option or table, a quoted or invalid PATH, or a file {@link Export#csv} refuses is an {@link EtrException}
     * of one line.
     */
    public static Export.Result export(Datasets data, List<String> args, Path workingDir) {
        Args a = Args.parse("export", args, "NAME", "PATH");
        List<String> unknown = a.unknownOptions("overwrite");
        if (!unknown.isEmpty()) {
            throw new EtrException("%export: unknown option '" + unknown.get(0) + "'; " + EXPORT_USAGE);
        }
        List<String> positional = a.positional();
        positional.forEach(Magics::checkQuotes);
        if (positional.size() < 2) {
            throw new EtrException("%export: missing " + (positional.isEmpty() ? "NAME and PATH" : "PATH")
                    + "; " + EXPORT_USAGE + " (tables: " + String.join(", ", data.names()) + ")");
        }
        if (positional.size() > 2) {
            throw new EtrException("%export: unexpected argument '" + positional.get(2) + "'; " + EXPORT_USAGE
                    + " (quote a path with spaces in double quotes)");
        }
        String name = positional.get(0);
        String file = positional.get(1);
        Table table;
        try {
            table = data.table(name);
        } catch (DatasetException unknownTable) {
            // a name Java could give a variable: likely a table of the notebook's own, which only Etr.export writes
            boolean variable = !name.isEmpty() && Character.isJavaIdentifierStart(name.codePointAt(0))
                    && name.codePoints().allMatch(Character::isJavaIdentifierPart);
            throw new EtrException("%export: " + unknownTable.getMessage() + (variable ? "; a table of your own is written "
                    + "with Etr.export(" + name + ", \"" + file + "\", false)" : ""));
        }
        Export.refuseFolderPath(file, table, Export.Caller.MAGIC);
        file = Export.withHome(file);
        Path target;
        try {
            target = Path.of(file);
        } catch (InvalidPathException e) {
            throw new EtrException("%export: '" + file + "' is not a valid path: " + e.getReason());
        }
        if (!target.isAbsolute()) {
            target = workingDir.resolve(target);
        }
        return Export.csv(table, target, a.flag("overwrite"), Export.Caller.MAGIC);
    }

    /** Typographic quotation marks a word processor, a phone or a web page puts for straight ones: “ ” „ ‟ ‘ ’ ‚ ‛ « » ‹ ›. */
    private static final String TYPOGRAPHIC_QUOTES = "\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u00ab\u00bb\u2039\u203a";

    /** Refuses an argument whose quotes JJava's line splitting kept as part of it. */
    private static void checkQuotes(String arg) {
        if (!arg.isEmpty() && (TYPOGRAPHIC_QUOTES.indexOf(arg.charAt(0)) >= 0
                || TYPOGRAPHIC_QUOTES.indexOf(arg.charAt(arg.length() - 1)) >= 0)) {
            throw new EtrException("%export: " + arg + " is in typographic quotes, which do not quote in a magic line and "
                    + "would be part of the name; use straight double quotes: %export roster \"my file.csv\"");
        }
        if (arg.startsWith("'") || arg.endsWith("'")) {
            throw new EtrException("%export: single quotes do not quote in a magic line, so they would be part of "
                    + "the name " + arg + "; use double quotes: %export roster \"my file.csv\"");
        }
        if (arg.contains("\"")) {
            throw new EtrException("%export: " + arg + " contains a double quote; in a magic line a backslash escapes "
                    + "the next character: write \\\\ for a backslash, and put the path in double quotes");
        }
    }

    /**
     * The misspellings of the magics {@code names} that the extension registers, each mapped to the name meant: the
     * name capitalized or in capitals ({@code %Export}, {@code %EXPORT}, as a phone or a caps lock types it); none
     * that is one of {@code names} or {@code taken} (the kernel's other magics). JJava looks a magic up by its exact
     * name and answers an unknown one with a four-line trace, with no hook for it; a registered name is also offered
     * by Tab completion, so letters left out or swapped ({@code %exprot}) are not registered: {@code %ex} + Tab would
     * list a dozen of them.
     */
    public static java.util.Map<String, String> misspellings(List<String> names, java.util.Set<String> taken) {
        java.util.Map<String, String> near = new java.util.LinkedHashMap<>();
        for (String n : names) {
            for (String v : List.of(Character.toUpperCase(n.charAt(0)) + n.substring(1), n.toUpperCase(java.util.Locale.ROOT))) {
                if (!names.contains(v) && !taken.contains(v)) {
                    near.putIfAbsent(v, n);
                }
            }
        }
        return near;
    }

    /** What {@code %typed} answers when it is a misspelling of the kit's magic {@code %meant}: one line. */
    public static String misspelt(String typed, String meant) {
        return "%" + typed + " is no magic; did you mean %" + meant + "? The kit's magics: %datasets, %export NAME PATH"
                + " [--overwrite], %help [TOPIC]";
    }
}
