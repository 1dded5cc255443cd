package org.etrkit.kernel.render;

import java.util.Locale;
import java.util.Set;

import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A Tablesaw table as an HTML fragment for JupyterLab: column names with their types in the header,
 * every value escaped, missing values as a muted {@code null} or {@code NaN}, doubles rounded to the
 * display precision, long tables shown head and tail, a "N rows × M columns" caption, and each row of
 * the data package with its source and line ({@code file:line}) as its tooltip.
 *
 * <p>The markup needs no {@code <style>} block, which JupyterLab removes from the outputs of a notebook
 * it does not trust (any notebook opened before it is run): every style is inline and uses only
 * properties and values its sanitizer keeps ({@code text-align}, {@code white-space}, {@code opacity},
 * {@code caption-side}). Text reads left-aligned and numbers right-aligned; numbers and dates do not
 * wrap. No colour is set: the table takes JupyterLab's own table style, which follows the light or dark
 * theme, and muted parts are drawn with {@code opacity} (the sanitizer drops {@code var(--jp-...)}
 * values from inline styles).
 */
public final class TableHtml {

    private static final String MUTED = "opacity:0.55";

    private TableHtml() {
    }

    /** The HTML of {@code table} under {@code options}, without provenance tooltips. */
    public static String render(Table table, DisplayOptions options) {
        return render(table, options, Set.of());
    }

    /**
     * The HTML of {@code table} under {@code options}; rows whose {@code source} is one of {@code sources}
     * (the data package's article files) carry {@code source:line} as their tooltip.
     */
    public static String render(Table table, DisplayOptions options, Set<String> sources) {
        TableView v = TableView.of(table, options, sources);
        int width = options.maxColumnWidth();
        int precision = options.precision();
        int[] columns = v.columns();
        String[] cellOpen = new String[columns.length];
        StringBuilder head = new StringBuilder(256 + 64 * columns.length);
        head.append("<thead><tr><th></th>");
        for (int k = 0; k < columns.length; k++) {
            int c = columns[k];
            if (c < 0) {
                head.append("<th>…</th>");
                continue;
            }
            Column<?> col = table.column(c);
            String align = Cells.numeric(col) ? "text-align:right" : "text-align:left";
            cellOpen[k] = "<td style=\"" + align + (Cells.unbreakable(col) ? ";white-space:nowrap" : "");
            head.append("<th style=\"").append(align).append("\">")
                    .append(Html.escape(Cells.cut(col.name(), Math.min(width, TableView.NAME_LIMIT))))
                    .append("<br><small style=\"").append(MUTED).append("\">").append(v.typeName(c))
                    .append("</small></th>");
        }
        head.append("</tr></thead><tbody>");

        String name = table.name() == null || table.name().isEmpty() ? "" : Cells.cut(table.name(), Math.min(width, TableView.NAME_LIMIT));
        long budget = options.maxTableBytes() - Rows.utf8Length(head) - Rows.utf8Length(name) - 1000;
        Rows<String> rows = Rows.fit(v, budget, r -> row(v, r, cellOpen, width, precision), Rows::utf8Length);

        StringBuilder out = new StringBuilder(head.length() + 64 * (rows.head().size() + rows.tail().size() + 4));
        out.append("<div class=\"etr-t\"><table>");
        out.append("<caption style=\"caption-side:bottom;text-align:left;").append(MUTED).append("\">");
        if (!name.isEmpty()) {
            out.append("<b>").append(Html.escape(name)).append("</b> · ");
        }
        out.append(Html.escape(v.shape()));
        if (rows.head().stream().anyMatch(TableHtml::cited) || rows.tail().stream().anyMatch(TableHtml::cited)) {
            out.append(" · hover a row for its source and line");
        }
        out.append("</caption>");
        out.append(head);
        rows.head().forEach(out::append);
        if (rows.hidden() > 0) {
            out.append("<tr class=\"gap\" style=\"").append(MUTED).append("\"><th>…</th>");
            if (rows.cut()) {
                out.append("<td colspan=\"").append(columns.length).append("\" style=\"text-align:left\">")
                        .append(Html.escape(cutMessage(rows.hidden(), options))).append("</td>");
            } else {
                out.append("<td>…</td>".repeat(columns.length));
            }
            out.append("</tr>");
        }
        rows.tail().forEach(out::append);
        out.append("</tbody></table></div>");
        return out.toString();
    }

    private static boolean cited(String row) {
        return row.startsWith("<tr title=");
    }

    /** "9,999,990 rows not shown: ..." for rows left out by the output limit. */
    static String cutMessage(int hidden, DisplayOptions options) {
        return String.format(Locale.ENGLISH, "%,d %s not shown: the output of a table stops at %,d bytes "
                + "(Etr.display().maxTableBytes(n) changes it; maxRows(n) shows fewer rows)",
                hidden, hidden == 1 ? "row" : "rows", options.maxTableBytes());
    }

    private static String row(TableView v, int r, String[] cellOpen, int width, int precision) {
        int[] columns = v.columns();
        StringBuilder out = new StringBuilder(32 + 48 * columns.length);
        String prov = v.provenance(r);
        out.append(prov == null ? "<tr>" : "<tr title=\"" + Html.escape(prov) + "\">");
        out.append("<th>").append(r).append("</th>");
        for (int k = 0; k < columns.length; k++) {
            int c = columns[k];
            if (c < 0) {
                out.append("<td>…</td>");
                continue;
            }
            Column<?> col = v.table().column(c);
            String text = Cells.text(col, r, precision);
            out.append(cellOpen[k]);
            if (text == null) {
                out.append(';').append(MUTED).append("\">").append(Cells.missing(col)).append("</td>");
                continue;
            }
            String shown = Cells.cut(text, width);
            out.append('"');
            if (shown.length() < text.length()) {
                out.append(" title=\"").append(Html.escape(Cells.cut(text, 1000))).append('"');
            }
            out.append('>').append(Html.escape(shown)).append("</td>");
        }
        return out.append("</tr>").toString();
    }
}
