package org.etrkit.kernel.render;

import java.util.ArrayList;
import java.util.List;

import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Which rows and columns of a table are shown under the display options: all of them, or the head
 * and tail with a gap marker ({@code -1}) where the middle is elided. Shared by the HTML and text forms.
 */
record TableView(Table table, int[] rows, int[] columns, int[] provenance) {

    static TableView of(Table t, DisplayOptions o) {
        int n = t.rowCount();
        int[] rows;
        if (n <= o.maxRows()) {
            rows = range(0, n);
        } else {
            int head = (o.minRows() + 1) / 2;
            int tail = o.minRows() / 2;
            rows = concat(range(0, head), new int[] {-1}, range(n - tail, n));
        }
        int m = t.columnCount();
        int[] columns;
        if (m <= o.maxColumns()) {
            columns = range(0, m);
        } else {
            int left = (o.maxColumns() + 1) / 2;
            int right = o.maxColumns() / 2;
            columns = concat(range(0, left), new int[] {-1}, range(m - right, m));
        }
        int[] provenance = null;
        if (o.showProvenance() && t.containsColumn("source") && t.containsColumn("line")) {
            provenance = new int[] {t.columnIndex("source"), t.columnIndex("line")};
        }
        return new TableView(t, rows, columns, provenance);
    }

    /** "second-east-turkestan-republic.txt line 85" for a row of a table with source and line, else null. */
    String provenance(int row) {
        if (provenance == null) {
            return null;
        }
        Column<?> source = table.column(provenance[0]);
        Column<?> line = table.column(provenance[1]);
        if (source.isMissing(row)) {
            return null;
        }
        return source.getString(row) + (line.isMissing(row) ? "" : " line " + line.getString(row));
    }

    /** The column types in lower case: string, integer, long, double, boolean, local_date... */
    List<String> typeNames() {
        List<String> out = new ArrayList<>();
        for (int c : columns) {
            out.add(c < 0 ? "" : table.column(c).type().name().toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    /** The shape line: "18 rows × 6 columns". */
    String shape() {
        int r = table.rowCount();
        int c = table.columnCount();
        return String.format(java.util.Locale.ENGLISH, "%,d %s × %,d %s", r, r == 1 ? "row" : "rows", c,
                c == 1 ? "column" : "columns");
    }

    static String cell(Column<?> c, int row) {
        return c.isMissing(row) ? "" : c.getString(row);
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static int[] range(int from, int to) {
        int[] r = new int[Math.max(0, to - from)];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }

    private static int[] concat(int[]... parts) {
        int len = 0;
        for (int[] p : parts) {
            len += p.length;
        }
        int[] out = new int[len];
        int k = 0;
        for (int[] p : parts) {
            System.arraycopy(p, 0, out, k, p.length);
            k += p.length;
        }
        return out;
    }
}
