package org.etrkit.kernel.render;

import tech.tablesaw.api.Table;

/** A Tablesaw table as fixed-width text, elided like the HTML form, with the shape line under it. */
public final class TableText {

    private TableText() {
    }

    /** The text of {@code table} under {@code options}; cells are cut at half the HTML width. */
    public static String render(Table table, DisplayOptions options) {
        TableView v = TableView.of(table, options);
        int maxWidth = Math.max(4, options.maxColumnWidth() / 2);
        int cols = v.columns().length;
        String[][] cells = new String[v.rows().length + 1][cols + 1];
        cells[0][0] = "";
        for (int k = 0; k < cols; k++) {
            int c = v.columns()[k];
            cells[0][k + 1] = c < 0 ? "…" : TableView.cut(table.column(c).name(), maxWidth);
        }
        for (int i = 0; i < v.rows().length; i++) {
            int r = v.rows()[i];
            cells[i + 1][0] = r < 0 ? "…" : Integer.toString(r);
            for (int k = 0; k < cols; k++) {
                int c = v.columns()[k];
                cells[i + 1][k + 1] = r < 0 || c < 0 ? "…" : TableView.cut(TableView.cell(table.column(c), r), maxWidth);
            }
        }
        int[] w = new int[cols + 1];
        for (String[] row : cells) {
            for (int k = 0; k <= cols; k++) {
                w[k] = Math.max(w[k], row[k].length());
            }
        }
        StringBuilder out = new StringBuilder();
        if (table.name() != null && !table.name().isEmpty()) {
            out.append(table.name()).append('\n');
        }
        for (String[] row : cells) {
            for (int k = 0; k <= cols; k++) {
                out.append(k == 0 ? "" : "  ").append(row[k]).append(" ".repeat(w[k] - row[k].length()));
            }
            int end = out.length();
            while (end > 0 && out.charAt(end - 1) == ' ') {
                end--;
            }
            out.setLength(end);
            out.append('\n');
        }
        out.append('[').append(v.shape()).append(']');
        return out.toString();
    }
}
