package org.etrkit.kernel;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.etrkit.datasets.error.DatasetException;
import org.etrkit.datasets.Datasets;
import org.etrkit.datasets.extract.DateMention;
import org.etrkit.datasets.extract.Dates;
import org.etrkit.datasets.stats.Describe;
import org.etrkit.datasets.stats.Figures;
import org.etrkit.datasets.stats.Provenance;
import org.etrkit.kernel.error.EtrException;
import org.etrkit.kernel.help.Help;
import org.etrkit.kernel.magics.Export;
import org.etrkit.kernel.render.DisplayOptions;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The tables of the ETR notebook kit, ready in any notebook of the {@code etr-java} kernel with no
 * import:
 *
 * <pre>{@code
 * Etr.roster()                                    // the Interim Government Council
 * Etr.table("troops").where(...)                  // any table by name; Etr.names() lists them
 * Etr.describe(Etr.demographics())                // count, mean, quartiles... like pandas' describe()
 * troops.addColumns(Etr.figures(troops))          // "more than 1,500 advisers": each figure as the article gives it
 * Etr.quotes(troops.first(3))                     // the sentences the rows are read from, with article and line
 * Etr.export(myTable, "exports/mine.csv", false)  // CSV, like %export
 * Etr.display().maxRows(60).precision(2)          // how tables are shown
 * Etr.use("../datasets/data")                     // read another data package, such as your own build
 * Etr.help("roster")                              // the Javadoc of a method (also %help roster)
 * }</pre>
 *
 * <p>Every call returns a fresh copy, so a notebook that changes a table cannot change the next call's.
 * The tables come from a data package: the folder named by the environment variable {@code ETR_DATA}
 * (the kernelspec sets it to the project's {@code datasets/data}, so a rebuilt package is read by the
 * next kernel), or, without it, the copy shipped in the jar; {@link #use(String)} switches in a running
 * notebook. A mistake (an unknown table, a bad path) throws an {@link EtrException} with a one-line
 * message.
 */
public final class Etr {

    /** The environment variable naming the data package folder to read instead of the shipped copy. */
    public static final String DATA_ENV = "ETR_DATA";

    private static final DisplayOptions DISPLAY = new DisplayOptions();

    /** The data package in use and where it comes from; null until first used. */
    private static volatile Source current;

    private record Source(Datasets datasets, String origin, Set<String> articles) {
        static Source of(Datasets d, String origin) {
            Set<String> articles = new LinkedHashSet<>();
            // the rows name the article file; the package may give its path ("seeds/x.txt")
            d.sources().forEach(s -> articles.add(s.path().substring(s.path().lastIndexOf('/') + 1)));
            return new Source(d, origin, Set.copyOf(articles));
        }
    }

    private Etr() {
    }

    /**
     * The datasets behind this facade: those of {@link #use(String)}, else the package in the folder named
     * by {@code $ETR_DATA}, else the one shipped in the jar. A {@code $ETR_DATA} that names no readable package is an
     * {@link EtrException} saying to fix it or unset it.
     */
    public static Datasets datasets() {
        return source().datasets();
    }

    /**
     * Where the tables come from: a folder, or "the package shipped in the kernel jar". A bad {@code $ETR_DATA} is an
     * {@link EtrException}, as for {@link #datasets()}.
     */
    public static String origin() {
        return source().origin();
    }

    /** The data package's article files (the {@code source} values of its rows), for provenance tooltips. */
    static Set<String> articles() {
        return source().articles();
    }

    private static Source source() {
        Source s = current;
        if (s == null) {
            synchronized (Etr.class) {
                s = current;
                if (s == null) {
                    s = initial();
                    current = s;
                }
            }
        }
        return s;
    }

    private static Source initial() {
        String dir = System.getenv(DATA_ENV);
        if (dir == null || dir.isBlank()) {
            return Source.of(Datasets.packaged(), "the package shipped in the kernel jar");
        }
        try {
            return load(dir, DATA_ENV + "=" + dir);
        } catch (EtrException e) {
            throw new EtrException(e.getMessage(), "fix " + DATA_ENV + " in the kernelspec, or unset it to use "
                    + "the package shipped in the kernel jar");
        }
    }

    /**
     * Reads the data package in folder {@code dir} (a {@code datapackage.json} and its CSV files, as
     * {@code etr-datasets build --out DIR} writes them) and makes it the source of every later
     * {@code Etr} call and magic in this kernel; a path that starts with {@code ~/} is in the home folder, as
     * for {@link #export}; the path of its {@code datapackage.json} reads its folder. Returns a line saying what is now
     * used. A file other than a {@code datapackage.json}, a null or invalid path, a folder without
     * {@code datapackage.json}, or a package that does not read (a file missing, or changed since its build) is an
     * {@link EtrException} of one line saying which, and the source stays as it was.
     */
    public static String use(String dir) {
        Source s = load(dir, null);
        current = s;
        int articles = s.datasets().sources().size();
        return "Etr reads " + s.origin() + ": " + s.datasets().names().size() + " tables from "
                + articles + (articles == 1 ? " article" : " articles");
    }

    /** {@link #use(String)} with a {@link Path}, and the same {@link EtrException}s (a null path is one). */
    public static String use(Path dir) {
        return use(dir == null ? null : dir.toString());
    }

    private static Source load(String dir, String what) {
        if (dir == null) {
            throw new EtrException("Etr.use: the folder is null; pass the folder that etr-datasets build --out wrote, "
                    + "such as Etr.use(\"../datasets/data\")");
        }
        Path path;
        try {
            path = Path.of(Export.withHome(dir)).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new EtrException((what == null ? "Etr.use" : what) + ": '" + dir + "' is not a valid path: "
                    + e.getReason());
        }
        if (path.getParent() != null && path.getFileName().toString().equals("datapackage.json") && !Files.isDirectory(path)) {
            // the descriptor itself, as Frictionless's tools take a package: its folder is the package (this said
            // ".../datapackage.json holds no datapackage.json")
            path = path.getParent();
        } else if (Files.isRegularFile(path)) {
            throw new EtrException((what == null ? "Etr.use" : what) + ": " + path + " is a file, not a folder; give the"
                    + " folder that etr-datasets build --out wrote, the one holding its datapackage.json");
        }
        // not File.isFile: it follows a link and says no to a pipe or a device, which are there and refused
        // below in one line saying what they are (the package reader never opens them)
        if (!Files.exists(path.resolve("datapackage.json"), LinkOption.NOFOLLOW_LINKS)) {
            throw new EtrException((what == null ? "Etr.use" : what) + ": " + path + " holds no datapackage.json; "
                    + "give the folder that etr-datasets build --out wrote");
        }
        try {
            return Source.of(Datasets.load(path), path.toString());
        } catch (DatasetException e) {
            throw new EtrException((what == null ? "Etr.use" : what) + ": " + e.getMessage());
        }
    }

    /**
     * The table names: roster, demographics, aid, troops, mentions, timeline, infobox, tables/... A bad
     * {@code $ETR_DATA} is an {@link EtrException}, as for {@link #datasets()}.
     */
    public static List<String> names() {
        return datasets().names();
    }

    /**
     * A copy of the table {@code name}; an unknown name is an {@link EtrException} listing the names there are.
     * Asked for a column it does not have, the table throws one line naming the nearest and the columns there are.
     * An article's own table ({@code tables/<article>-<n>}) has int or double columns where the article writes
     * only plain numbers ({@code 1,250}, {@code 12.5}), so {@code Plot} charts it as it is.
     */
    public static Table table(String name) {
        try {
            return EtrTable.of(datasets().table(name));
        } catch (DatasetException e) {
            throw new EtrException(e.getMessage());
        }
    }

    /**
     * The Interim Government Council: name, ethnicity, position, body, source, line. A copy, as {@link #table(String)} gives it, and the same
     * {@link EtrException} where the package in use has no such table.
     */
    public static Table roster() {
        return table("roster");
    }

    /**
     * Population counts and shares by region and group (derived rows marked). A copy, as {@link #table(String)} gives it, and the same
     * {@link EtrException} where the package in use has no such table.
     */
    public static Table demographics() {
        return table("demographics");
    }

    /**
     * Soviet aid figures: donor, recipient, years, item, quantity, qualifier, unit, source, line, quote. A copy, as {@link #table(String)} gives it, and the same
     * {@link EtrException} where the package in use has no such table.
     */
    public static Table aid() {
        return table("aid");
    }

    /**
     * Troop figures: force, side, date (ISO text at the text's precision), date_from and date_to (its first and
     * last day), count_low, count_high, qualifier, unit, measure (strength, enlisted, sent, surrendered, ...),
     * source, line, quote, and how the date, side and figure were read. A copy, as {@link #table(String)} gives it, and the
     * same {@link EtrException} where the package in use has no such table.
     */
    public static Table troops() {
        return table("troops");
    }

    /**
     * Every quantity in every article, with its line and column. A copy, as {@link #table(String)} gives it, and the same
     * {@link EtrException} where the package in use has no such table.
     */
    public static Table mentions() {
        return table("mentions");
    }

    /**
     * Every dated sentence, with its date (ISO text, and date_from and date_to: its first and last day). A copy, as {@link #table(String)} gives it, and the same
     * {@link EtrException} where the package in use has no such table.
     */
    public static Table timeline() {
        return table("timeline");
    }

    /**
     * Every infobox entry. A copy, as {@link #table(String)} gives it, and the same
     * {@link EtrException} where the package in use has no such table.
     */
    public static Table infobox() {
        return table("infobox");
    }

    /** The one-line description of table {@code name}; an unknown name is an {@link EtrException} listing the names there are. */
    public static String describe(String name) {
        try {
            return datasets().spec(name).description();
        } catch (DatasetException e) {
            throw new EtrException(e.getMessage());
        }
    }

    /**
     * Summary statistics of every column of {@code table}, like pandas' {@code describe()}: count,
     * missing, mean, std, min, 25%, 50%, 75% and max of numeric columns; count, missing, unique, top and
     * freq of the others. Missing values are left out of each statistic. A null table is an {@link EtrException}.
     */
    public static Table describe(Table table) {
        if (table == null) {
            throw new EtrException("Etr.describe: the table is null; pass a table, such as Etr.describe(Etr.roster())");
        }
        return Describe.of(table);
    }

    /**
     * Each row's figure as the article gives it, hedge and unit included ("more than 1,500 advisers",
     * "11,000 to 12,000 troops"), from {@code count_low}/{@code count_high}, {@code quantity} or
     * {@code value}: a text column named {@code figure}, to add with {@code table.addColumns(...)}. A null table,
     * or a table without those columns, is an {@link EtrException} naming them.
     */
    public static StringColumn figures(Table table) {
        if (table == null) {
            throw new EtrException("Etr.figures: the table is null; pass a table, such as Etr.figures(Etr.troops())");
        }
        try {
            return Figures.column(table);
        } catch (DatasetException e) {
            throw new EtrException("Etr.figures: " + e.getMessage());
        }
    }

    /**
     * The sentences a table's rows are read from, each once, in quotation marks, with the article and
     * line to check it against on the next line; rows without a quote (derived rows) are left out. A null table, or a
     * table without {@code quote}, {@code source} and {@code line} columns, is an {@link EtrException} naming them.
     */
    public static String quotes(Table table) {
        if (table == null) {
            throw new EtrException("Etr.quotes: the table is null; pass a table, such as Etr.quotes(Etr.aid())");
        }
        try {
            return Provenance.quotes(table);
        } catch (DatasetException e) {
            throw new EtrException("Etr.quotes: " + e.getMessage());
        }
    }

    /** An era mark of a year before the Common Era: BC, B.C., BCE, B.C.E. (any case). */
    private static final Pattern BEFORE_COMMON_ERA =
            Pattern.compile("(?i)(?<![\\p{L}\\d])B\\.?\\s?C\\.?(?:\\s?E\\.?)?(?![\\p{L}\\d])");
    /**
     * The day a text names, read as the kit reads the articles' dates: {@code "12 November 1944"} and
     * {@code "August 21, 1937"} give 1944-11-12 and 1937-08-21. A text that names no single day with its
     * year ({@code "November 1944"}, {@code "15 November"}), or null, is an {@link EtrException} saying what it names, and so is a day
     * before the Common Era ({@code "12 November 44 BC"}): the articles' dates, and so the kit's, are all AD. A day its
     * month does not have ({@code "31 February 1945"}, which the date reader finds as February 1945 with the day 31) is
     * an {@link EtrException} saying how many days the month has.
     */
    public static LocalDate day(String text) {
        List<DateMention> found = text == null ? List.of() : Dates.find(text);
        String hint = "; pass one day with its year, such as \"12 November 1944\"";
        if (text != null && BEFORE_COMMON_ERA.matcher(text).find()) {
            throw new EtrException("Etr.day: '" + text + "' names a day before the Common Era; the kit's dates are all AD,"
                    + " as the articles' are: pass one AD day, such as \"12 November 1944\"");
        }
        if (found.size() != 1) {
            throw new EtrException("Etr.day: '" + text + "' names " + (found.isEmpty() ? "no date"
                    : found.size() + " dates (" + String.join(", ", found.stream().map(DateMention::iso).toList()) + ")") + hint);
        }
        String iso = found.get(0).iso();
        if (!found.get(0).hasYear()) {
            throw new EtrException("Etr.day: '" + text + "' names a day without its year" + hint);
        }
        if (found.get(0).impossibleDay() != DateMention.NO_IMPOSSIBLE_DAY) {
            // the date reader gives a day past its month's end ("31 February 1945") as the month, with the day
            YearMonth month = YearMonth.parse(iso);
            throw new EtrException("Etr.day: '" + text + "' names no day: " + month.getMonth().getDisplayName(
                    TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear() + " has " + month.lengthOfMonth()
                    + " days, not a day " + found.get(0).impossibleDay() + hint);
        }
        if (iso.length() != "1944-11-12".length() || iso.contains("/")) {
            throw new EtrException("Etr.day: '" + text + "' names " + iso + ", not one day" + hint);
        }
        return LocalDate.parse(iso);
    }

    /**
     * This class's methods, each with the first sentence of its Javadoc, and the other topics of {@link #help(String)}. On a
     * JRE, or a jar without its sources, it is an {@link EtrException} saying so (help reads the shipped sources with the
     * JDK's parser).
     */
    public static String help() {
        return Help.of("");
    }

    /**
     * The Javadoc of a method of {@code Etr} ({@code "roster"}), of a class of the kit ({@code "DisplayOptions"})
     * or of its method ({@code "DisplayOptions.maxRows"}), as text; {@code %help TOPIC} prints the same.
     * (Shift-Tab shows signatures only: JJava's inspect cannot find Javadoc on the class path.) An unknown topic is an
     * {@link EtrException} listing the topics there are; a JRE, as for {@link #help()}, is one too.
     */
    public static String help(String topic) {
        return Help.of(topic);
    }

    /** Display options for tables and charts, shared by the whole notebook. */
    public static DisplayOptions display() {
        return DISPLAY;
    }

    /**
     * Writes any table as CSV in the data package's dialect; refuses to replace an existing file unless
     * {@code overwrite}. A path that starts with {@code ~/} is in the home folder. Returns what was written (its
     * {@code toString()} names the path and row count). A null table, a path that is not valid, names a folder or
     * another format, an existing file without {@code overwrite}, or a file that cannot be written is an
     * {@link EtrException} of one line saying which; nothing is written then.
     */
    public static Export.Result export(Table table, String path, boolean overwrite) {
        if (table == null) {
            throw new EtrException("Etr.export: the table is null; pass a table, such as Etr.roster()");
        }
        Export.refuseFolderPath(path, table, Export.Caller.API);
        Path target;
        try {
            target = Path.of(Export.withHome(path));
        } catch (InvalidPathException | NullPointerException e) {
            throw new EtrException("Etr.export: '" + path + "' is not a valid path");
        }
        return Export.csv(table, target, overwrite, Export.Caller.API);
    }
}
