package org.etrkit.kernel.render;

import java.util.List;

import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A Tablesaw table as an HTML fragment for JupyterLab: column names with their types in the header,
 * every value escaped, long tables shown head and tail, a "N rows × M columns" footer, and each row's
 * source and line as its tooltip when the table has them. Colours come from JupyterLab's theme
 * variables (with fallbacks elsewhere), so the table reads well in light and dark themes.
 */
public final class TableHtml {

    /**
     * The little the table adds to JupyterLab's own table style (which already follows the theme):
     * text left and numbers right, muted type labels, gap rows and caption. Kept short: it is sent
     * with every table.
     */
    private static final String STYLE = "<style>"
            // as specific as JupyterLab's own right-aligning rule, and later, so text reads left-aligned
            + ".etr-t.etr-t td,.etr-t.etr-t th{text-align:left}.etr-t.etr-t td.n{text-align:right}"
            + ".etr-t small,.etr-t caption,.etr-t .gap{color:var(--jp-ui-font-color2,gray)}"
            + ".etr-t caption{caption-side:bottom;text-align:left}"
            + "</style>";

    private TableHtml() {
    }

    /** The HTML of {@code table} under {@code options}. */
    public static String render(Table table, DisplayOptions options) {
        TableView v = TableView.of(table, options);
        int width = options.maxColumnWidth();
        StringBuilder out = new StringBuilder(2048 + 64 * v.rows().length * v.columns().length);
        out.append("<div class=\"etr-t\">").append(STYLE).append("<table>");
        String name = table.name();
        out.append("<caption>");
        if (name != null && !name.isEmpty()) {
            out.append("<b>").append(Html.escape(name)).append("</b> · ");
        }
        out.append(Html.escape(v.shape()));
        if (v.provenance() != null) {
            out.append(" · hover a row for its source and line");
        }
        out.append("</caption><thead><tr><th></th>");
        List<String> types = v.typeNames();
        for (int k = 0; k < v.columns().length; k++) {
            int c = v.columns()[k];
            if (c < 0) {
                out.append("<th>…</th>");
                continue;
            }
            out.append("<th>").append(Html.escape(table.column(c).name()))
                    .append("<br><small>").append(types.get(k)).append("</small></th>");
        }
        out.append("</tr></thead><tbody>");
        boolean[] numeric = new boolean[v.columns().length];
        for (int k = 0; k < numeric.length; k++) {
            int c = v.columns()[k];
            numeric[k] = c >= 0 && table.column(c) instanceof tech.tablesaw.api.NumericColumn<?>;
        }
        for (int r : v.rows()) {
            if (r < 0) {
                out.append("<tr class=\"gap\"><th>…</th>");
                for (int k = 0; k < v.columns().length; k++) {
                    out.append("<td>…</td>");
                }
                out.append("</tr>");
                continue;
            }
            String prov = v.provenance(r);
            out.append(prov == null ? "<tr>" : "<tr title=\"" + Html.escape(prov) + "\">");
            out.append("<th>").append(r).append("</th>");
            for (int k = 0; k < v.columns().length; k++) {
                int c = v.columns()[k];
                if (c < 0) {
                    out.append("<td>…</td>");
                    continue;
                }
                Column<?> col = table.column(c);
                String text = TableView.cell(col, r);
                String shown = TableView.cut(text, width);
                out.append(numeric[k] ? "<td class=\"n\"" : "<td");
                if (shown.length() < text.length()) {
                    out.append(" title=\"").append(Html.escape(TableView.cut(text, 1000))).append('"');
                }
                out.append('>').append(Html.escape(shown)).append("</td>");
            }
            out.append("</tr>");
        }
        out.append("</tbody></table></div>");
        return out.toString();
    }
}
