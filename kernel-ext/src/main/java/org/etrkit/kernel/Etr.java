package org.etrkit.kernel;

import java.nio.file.Path;
import java.util.List;

import org.etrkit.datasets.Datasets;
import org.etrkit.kernel.magics.Export;
import org.etrkit.kernel.render.DisplayOptions;

import tech.tablesaw.api.Table;

/**
 * The tables of the ETR notebook kit, ready in any notebook of the {@code etr-java} kernel with no
 * import:
 *
 * <pre>{@code
 * Etr.roster()                                    // the Interim Government Council
 * Etr.table("troops").where(...)                  // any table by name; Etr.names() lists them
 * Etr.export(myTable, "exports/mine.csv", false)  // CSV, like %export
 * Etr.display().maxRows(60)                       // how tables are shown
 * }</pre>
 *
 * <p>Every call returns a fresh copy, so a notebook that changes a table cannot change the next call's.
 * The tables come from the data package built from the project's {@code seeds/} and shipped in the jar.
 */
public final class Etr {

    private static final DisplayOptions DISPLAY = new DisplayOptions();

    private Etr() {
    }

    /** The datasets behind this facade (the packaged copy). */
    public static Datasets datasets() {
        return Datasets.packaged();
    }

    /** The table names: roster, demographics, aid, troops, mentions, timeline, infobox, tables/... */
    public static List<String> names() {
        return datasets().names();
    }

    /** The table {@code name}; an unknown name throws, listing the names there are. */
    public static Table table(String name) {
        return datasets().table(name);
    }

    /** The Interim Government Council: name, ethnicity, position, body, source, line. */
    public static Table roster() {
        return table("roster");
    }

    /** Population counts and shares by region and group (derived rows marked). */
    public static Table demographics() {
        return table("demographics");
    }

    /** Soviet aid figures: donor, recipient, years, item, quantity, qualifier, unit, source, line, quote. */
    public static Table aid() {
        return table("aid");
    }

    /** Troop counts: force, side, date, count_low, count_high, qualifier, unit, context, source, line, quote. */
    public static Table troops() {
        return table("troops");
    }

    /** Every quantity in every article, with its line and column. */
    public static Table mentions() {
        return table("mentions");
    }

    /** Every dated sentence, with its date. */
    public static Table timeline() {
        return table("timeline");
    }

    /** Every infobox entry. */
    public static Table infobox() {
        return table("infobox");
    }

    /** The one-line description of table {@code name}. */
    public static String describe(String name) {
        return datasets().spec(name).description();
    }

    /** Display options for tables and charts, shared by the whole notebook. */
    public static DisplayOptions display() {
        return DISPLAY;
    }

    /**
     * Writes any table as CSV in the data package's dialect; refuses to replace an existing file unless
     * {@code overwrite}. Returns what was written (its {@code toString()} names the path and row count).
     */
    public static Export.Result export(Table table, String path, boolean overwrite) {
        return Export.csv(table, Path.of(path), overwrite);
    }
}
