package org.etrkit.plot.internal;

import java.time.LocalDate;

import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Column lookups and values for the plot builders, with errors that name what exists. */
public final class Cols {

    private Cols() {
    }

    /** The column {@code name} of {@code table}, or null when there is none. */
    public static Column<?> find(Table table, String name) {
        return name == null || !table.containsColumn(name) ? null : table.column(name);
    }

    /** Why {@code name} cannot be used: no such column, listing the columns there are. */
    public static String noColumn(Table table, String name) {
        return "no column '" + name + "' in table '" + table.name() + "'; columns: " + String.join(", ", table.columnNames());
    }

    /** Whether the column holds dates or ISO date text (a time axis), which is drawn in decimal years. */
    public static boolean isTime(Column<?> c) {
        return c instanceof DateColumn || c instanceof StringColumn && c.name().toLowerCase().contains("date");
    }

    /** Whether the column's name says it holds years ({@code year}, {@code year_start}). */
    public static boolean isYears(Column<?> c) {
        return c.name().toLowerCase().contains("year");
    }

    /**
     * The period a time value covers: a date is one day, ISO text ({@code 1945-08}, {@code 1946/1947}) its
     * period; null when the cell is missing. Text that is no ISO date is an {@link IllegalArgumentException} naming the
     * column and row.
     */
    public static Period period(Column<?> c, int row) {
        if (c.isMissing(row)) {
            return null;
        }
        if (c instanceof DateColumn d) {
            return Period.of(d.get(row));
        }
        String s = c.getString(row);
        try {
            return s.isBlank() ? null : Period.parse(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("column '" + c.name() + "', row " + row + ": " + e.getMessage(), e);
        }
    }

    /** The end of a period given by a second column of last days or ISO text, or {@code from} alone; bad text as for {@link #period(Column, int)}. */
    public static Period period(Column<?> from, Column<?> to, int row) {
        Period p = period(from, row);
        if (p == null || to == null) {
            return p;
        }
        Period q = period(to, row);
        if (q == null) {
            return p;
        }
        LocalDate last = q.last().isBefore(p.first()) ? p.last() : q.last();
        return new Period(p.first(), last);
    }

    /**
     * A numeric cell as a double; NaN when missing, or infinite (a ratio divided by zero): a value no
     * chart can draw is left out as a missing one is.
     */
    public static double value(NumericColumn<?> c, int row) {
        if (c.isMissing(row)) {
            return Double.NaN;
        }
        double v = c.getDouble(row);
        return Double.isInfinite(v) ? Double.NaN : v;
    }

    /** A cell as text: "" when missing. */
    public static String text(Column<?> c, int row) {
        return c.isMissing(row) ? "" : c.getString(row);
    }

    /** What a chart writes for a missing category, group or lane (XChart cannot draw an empty label). */
    public static final String MISSING = "(missing)";

    /** A cell as a label on a chart: its text, or {@link #MISSING} when missing or empty. */
    public static String label(Column<?> c, int row) {
        String t = text(c, row);
        return t.isEmpty() ? MISSING : t;
    }

    /**
     * A category as a legend writes it: the cell's text with underscores read as spaces, so that a code
     * such as {@code more_than} reads "more than"; {@link #MISSING} when missing.
     */
    public static String category(Column<?> c, int row) {
        return label(c, row).replace('_', ' ');
    }

    /** Whether the table has all these columns. */
    public static boolean has(Table table, String... names) {
        for (String n : names) {
            if (!table.containsColumn(n)) {
                return false;
            }
        }
        return true;
    }
}
