package org.etrkit.kernel.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A Tablesaw table as fixed-width text, elided like the HTML form, with the shape line under it:
 * missing values read {@code null} or {@code NaN}, doubles are rounded to the display precision, numbers
 * are right-aligned, a line break or tab in a name or cell is written as its escape ({@code \\n}), and the
 * output stops at the same size limit as the HTML.
 */
final class TableText {

    private TableText() {
    }

    /** The text of {@code table} under {@code options}; cells are cut at half the HTML width. */
    public static String render(Table table, DisplayOptions options) {
        TableView v = TableView.of(table, options, Set.of());
        int maxWidth = Math.max(4, options.maxColumnWidth() / 2);
        int precision = options.precision();
        int[] columns = v.columns();
        int cols = columns.length;
        boolean[] right = new boolean[cols + 1];
        right[0] = true;
        String[] header = new String[cols + 1];
        header[0] = "";
        for (int k = 0; k < cols; k++) {
            int c = columns[k];
            header[k + 1] = c < 0 ? "…" : Cells.cut(Cells.oneLine(table.column(c).name()), Math.min(maxWidth, TableView.NAME_LIMIT));
            right[k + 1] = c >= 0 && Cells.numeric(table.column(c));
        }
        long budget = options.maxTableBytes() - length(header) - 400;
        // every row is padded to the widest cell of each column, which is at most maxWidth: count that
        long rowCost = (long) (cols + 1) * (maxWidth + 2) + 1;
        Rows<String[]> rows = Rows.fit(v, budget, r -> row(v, r, maxWidth, precision), r -> rowCost);

        List<String[]> lines = new ArrayList<>();
        lines.add(header);
        lines.addAll(rows.head());
        String cutLine = null;
        if (rows.hidden() > 0) {
            if (rows.cut()) {
                cutLine = "… " + TableHtml.cutMessage(rows.hidden(), options);
            } else {
                String[] gap = new String[cols + 1];
                java.util.Arrays.fill(gap, "…");
                lines.add(gap);
            }
        }
        int tailAt = lines.size();
        lines.addAll(rows.tail());
        int[] w = new int[cols + 1];
        for (String[] line : lines) {
            for (int k = 0; k <= cols; k++) {
                w[k] = Math.max(w[k], Cells.width(line[k]));
            }
        }
        StringBuilder out = new StringBuilder();
        if (table.name() != null && !table.name().isEmpty()) {
            out.append(Cells.cut(Cells.oneLine(table.name()), TableView.NAME_LIMIT)).append('\n');
        }
        for (int i = 0; i < lines.size(); i++) {
            if (i == tailAt && cutLine != null) {
                out.append(cutLine).append('\n');
            }
            String[] line = lines.get(i);
            for (int k = 0; k <= cols; k++) {
                String pad = " ".repeat(w[k] - Cells.width(line[k]));
                out.append(k == 0 ? "" : "  ");
                out.append(right[k] ? pad + line[k] : line[k] + pad);
            }
            int end = out.length();
            while (end > 0 && out.charAt(end - 1) == ' ') {
                end--;
            }
            out.setLength(end);
            out.append('\n');
        }
        if (cutLine != null && tailAt == lines.size()) {
            out.append(cutLine).append('\n');
        }
        out.append('[').append(v.shape()).append(']');
        return out.toString();
    }

    private static String[] row(TableView v, int r, int maxWidth, int precision) {
        int[] columns = v.columns();
        String[] cells = new String[columns.length + 1];
        cells[0] = Integer.toString(r);
        for (int k = 0; k < columns.length; k++) {
            int c = columns[k];
            if (c < 0) {
                cells[k + 1] = "…";
                continue;
            }
            Column<?> col = v.table().column(c);
            String text = Cells.text(col, r, precision);
            cells[k + 1] = text == null ? Cells.missing(col) : Cells.cut(Cells.oneLine(text), maxWidth);
        }
        return cells;
    }

    /** The characters of a line's cells and the spaces between them. */
    private static long length(String[] cells) {
        long n = 0;
        for (String c : cells) {
            n += c.length() + 2;
        }
        return n;
    }
}
