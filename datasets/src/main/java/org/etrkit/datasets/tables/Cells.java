package org.etrkit.datasets.tables;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Typed appends to a table's columns by name, for the builders' {@code append} methods; {@code null}
 * appends a missing value. A builder appends one value to every column of its spec per row, and
 * {@link #checkRectangular} verifies that it did.
 */
final class Cells {

    private Cells() {
    }

    /**
     * The column positions of the table this thread appended to last: a builder appends row after row
     * to one table, and Tablesaw finds a column by name by comparing it with every column's name.
     */
    private static final class Positions {
        Table table;
        final Map<String, Integer> byName = new HashMap<>();
    }

    private static final ThreadLocal<Positions> LAST = ThreadLocal.withInitial(Positions::new);

    /** {@code t.column(name)}, by its position when this thread has looked it up in {@code t} before. */
    private static Column<?> column(Table t, String name) {
        Positions p = LAST.get();
        if (p.table != t) {
            p.table = t;
            p.byName.clear();
        }
        Integer i = p.byName.get(name);
        if (i != null && i < t.columnCount()) {
            Column<?> c = t.column(i);
            if (c.name().equals(name)) {
                return c;
            }
        }
        Column<?> c = t.column(name); // throws naming the column when there is none
        p.byName.put(name, t.columnIndex(c));
        return c;
    }

    static void string(Table t, String column, String v) {
        ((StringColumn) column(t, column)).append(v == null ? "" : v);
    }

    static void integer(Table t, String column, Integer v) {
        if (v == null) {
            ((IntColumn) column(t, column)).appendMissing();
        } else {
            ((IntColumn) column(t, column)).append(v);
        }
    }

    static void whole(Table t, String column, Long v) {
        if (v == null) {
            ((LongColumn) column(t, column)).appendMissing();
        } else {
            ((LongColumn) column(t, column)).append(v);
        }
    }

    static void number(Table t, String column, Double v) {
        if (v == null) {
            ((DoubleColumn) column(t, column)).appendMissing();
        } else {
            ((DoubleColumn) column(t, column)).append(v);
        }
    }

    static void bool(Table t, String column, boolean v) {
        ((BooleanColumn) column(t, column)).append(v);
    }

    static void date(Table t, String column, LocalDate v) {
        if (v == null) {
            ((DateColumn) column(t, column)).appendMissing();
        } else {
            ((DateColumn) column(t, column)).append(v);
        }
    }

    /** Throws when a builder left a column shorter or longer than the others. */
    static Table checkRectangular(Table t) {
        int rows = t.column(0).size();
        for (int i = 1; i < t.columnCount(); i++) {
            if (t.column(i).size() != rows) {
                throw new IllegalStateException(t.name() + ": column " + t.column(i).name() + " has "
                        + t.column(i).size() + " values, " + t.column(0).name() + " has " + rows);
            }
        }
        return t;
    }
}
