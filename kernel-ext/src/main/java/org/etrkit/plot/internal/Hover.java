package org.etrkit.plot.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.etrkit.datasets.stats.Figures;

import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What hovering a mark shows: the figure as the article gives it ("more than 60,000 troops"), the
 * article, its line and the sentence, when the table has {@code source} and {@code line} (and
 * {@code quote}); plus any columns asked for.
 */
public final class Hover {

    /** Hover field names (also the tooltip titles). */
    public static final String FIGURE = "Figure", ARTICLE = "Article", LINE = "Line", QUOTE = "Quote";

    private Hover() {
    }

    /**
     * A figure as the article gives it: the table's {@code text} column when it has one, else the
     * number (a range {@code low to high}) after the hedge of a {@code qualifier} column and before
     * the {@code unit}, as {@link Figures#text} writes it: "more than 1,500 rebels", "25,000 to 30,000 troops".
     */
    public static String figure(Table t, int row, double low, double high) {
        if (t.containsColumn("text") && !Cols.text(t.column("text"), row).isBlank()) {
            return Cols.text(t.column("text"), row);
        }
        return Figures.text(low, high, t.containsColumn("qualifier") ? Cols.text(t.column("qualifier"), row) : "",
                t.containsColumn("unit") ? Cols.text(t.column("unit"), row) : "");
    }

    /**
     * The hover fields of a row's article, line and quote that the table has, in that order: {@link #ARTICLE} and
     * {@link #LINE} when it has {@code source} and {@code line}, then {@link #QUOTE} when it has {@code quote} too;
     * none without {@code source} and {@code line}.
     */
    public static List<String> provenanceFields(Table t) {
        if (!Cols.has(t, "source", "line")) {
            return List.of();
        }
        return t.containsColumn("quote") ? List.of(ARTICLE, LINE, QUOTE) : List.of(ARTICLE, LINE);
    }

    /** The article, line and quote of a row (those the table has, {@link #provenanceFields}), in that order. */
    public static Map<String, Object> provenance(Table t, int row) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String field : provenanceFields(t)) {
            m.put(field, Cols.text(t.column(PROVENANCE_COLUMNS.get(field)), row));
        }
        return m;
    }

    /** The column of each provenance hover field. */
    private static final Map<String, String> PROVENANCE_COLUMNS = Map.of(ARTICLE, "source", LINE, "line", QUOTE, "quote");

    /** Extra columns by name, as text. */
    public static Map<String, Object> columns(Table t, int row, List<String> names) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String n : names) {
            Column<?> c = t.column(n);
            m.put(VegaFields.key(n), Cols.text(c, row));
        }
        return m;
    }

    /** Vega-Lite tooltip entries for these hover field names. */
    public static List<Object> tooltip(List<String> fields) {
        return tooltip(fields, null, null);
    }

    /** Vega-Lite tooltip entries for these hover field names, the entry of {@code field} titled {@code title}. */
    public static List<Object> tooltip(List<String> fields, String field, String title) {
        return fields.stream().<Object>map(f -> Json.obj("field", VegaFields.key(f), "type", "nominal",
                "title", f.equals(field) ? title : f)).toList();
    }

    /**
     * Whether a figure of this row's table is written with its unit ({@link #figure}: a {@code text} or {@code unit}
     * column); a number without one is titled in the hover by what the axis says it counts.
     */
    public static boolean hasUnit(Table t) {
        return t.containsColumn("text") || t.containsColumn("unit");
    }
}
