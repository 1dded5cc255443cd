package org.etrkit.kernel.render;

import java.util.Locale;
import java.util.Set;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Which rows and columns of a table are candidates to be shown under the display options, shared by
 * the HTML and text forms: the head rows {@code [0, headEnd)} and the tail rows {@code [tailStart, n)},
 * with the middle elided when {@code headEnd < tailStart}; the columns, with {@code -1} where the middle
 * ones are elided. The output-size limit may show fewer rows still (see {@link Rows}).
 *
 * <p>A table is shown with its provenance only when it really comes from the data package: it has a
 * text column {@code source} and an integer column {@code line}, and a row's tooltip is given only when
 * its {@code source} is one of the package's articles ({@code sources}). A summary of such a table,
 * whose {@code source} column holds counts, gets none.
 */
record TableView(Table table, int headEnd, int tailStart, int[] columns, StringColumn source, Column<?> line,
        Set<String> sources) {

    /** Column and table names are cut to this many characters at most, whatever {@code maxColumnWidth} says. */
    static final int NAME_LIMIT = 500;

    /**
     * Columns shown at most, whatever {@code maxColumns} says, so that the header (names cut to
     * {@link #NAME_LIMIT}) stays well within the output limit: 500 with the default limit.
     */
    static int columnLimit(DisplayOptions o) {
        return Math.max(2, o.maxTableBytes() / 2000);
    }

    static TableView of(Table t, DisplayOptions o, Set<String> sources) {
        int n = t.rowCount();
        int headEnd;
        int tailStart;
        if (n <= o.maxRows()) {
            // everything; split in two halves so that an output-size cut still shows both ends
            headEnd = (n + 1) / 2;
            tailStart = headEnd;
        } else {
            headEnd = (o.minRows() + 1) / 2;
            tailStart = n - o.minRows() / 2;
        }
        int m = t.columnCount();
        int maxColumns = Math.min(o.maxColumns(), columnLimit(o));
        int[] columns;
        if (m <= maxColumns) {
            columns = range(0, m);
        } else {
            int left = (maxColumns + 1) / 2;
            int right = maxColumns / 2;
            columns = new int[left + 1 + right];
            for (int i = 0; i < left; i++) {
                columns[i] = i;
            }
            columns[left] = -1;
            for (int i = 0; i < right; i++) {
                columns[left + 1 + i] = m - right + i;
            }
        }
        StringColumn source = null;
        Column<?> line = null;
        if (o.showProvenance() && sources != null && !sources.isEmpty()
                && t.containsColumn("source") && t.containsColumn("line")
                && t.column("source") instanceof StringColumn s && isInteger(t.column("line"))) {
            source = s;
            line = t.column("line");
        }
        return new TableView(t, headEnd, tailStart, columns, source, line, sources);
    }

    private static boolean isInteger(Column<?> c) {
        return c instanceof IntColumn || c instanceof LongColumn || c instanceof ShortColumn;
    }

    /** The rows of the table. */
    int rowCount() {
        return table.rowCount();
    }

    /** "second-east-turkestan-republic.txt:85" for a row of the data package, else null. */
    String provenance(int row) {
        if (source == null || source.isMissing(row)) {
            return null;
        }
        String s = source.get(row);
        if (!sources.contains(s)) {
            return null;
        }
        return line.isMissing(row) ? s : s + ":" + line.getString(row);
    }

    /** The column types in lower case: string, integer, long, double, boolean, local_date... */
    String typeName(int column) {
        return table.column(column).type().name().toLowerCase(Locale.ROOT);
    }

    /** The shape line: "18 rows × 6 columns". */
    String shape() {
        int r = table.rowCount();
        int c = table.columnCount();
        return String.format(Locale.ENGLISH, "%,d %s × %,d %s", r, r == 1 ? "row" : "rows", c,
                c == 1 ? "column" : "columns");
    }

    private static int[] range(int from, int to) {
        int[] r = new int[Math.max(0, to - from)];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }
}
