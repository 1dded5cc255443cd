package org.etrkit.datasets.tables;

import java.time.LocalDate;

import tech.tablesaw.api.Table;

/**
 * Typed appends to a table's columns by name, for the builders' {@code append} methods; {@code null}
 * appends a missing value. A builder appends one value to every column of its spec per row, and
 * {@link #checkRectangular} verifies that it did.
 */
final class Cells {

    private Cells() {
    }

    static void string(Table t, String column, String v) {
        t.stringColumn(column).append(v == null ? "" : v);
    }

    static void integer(Table t, String column, Integer v) {
        if (v == null) {
            t.intColumn(column).appendMissing();
        } else {
            t.intColumn(column).append(v);
        }
    }

    static void whole(Table t, String column, Long v) {
        if (v == null) {
            t.longColumn(column).appendMissing();
        } else {
            t.longColumn(column).append(v);
        }
    }

    static void number(Table t, String column, Double v) {
        if (v == null) {
            t.doubleColumn(column).appendMissing();
        } else {
            t.doubleColumn(column).append(v);
        }
    }

    static void bool(Table t, String column, boolean v) {
        t.booleanColumn(column).append(v);
    }

    static void date(Table t, String column, LocalDate v) {
        if (v == null) {
            t.dateColumn(column).appendMissing();
        } else {
            t.dateColumn(column).append(v);
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
