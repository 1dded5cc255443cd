package org.etrkit.datasets.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * Fluent checks on a Tablesaw table, in the manner of DFLib's {@code DataFrameAsserts}:
 * {@code TableAsserts.of(troops).rowWith("count_low", 7000L).has("side", "ROC")}.
 */
final class TableAsserts {

    private final Table table;

    private TableAsserts(Table table) {
        this.table = table;
    }

    static TableAsserts of(Table table) {
        return new TableAsserts(table);
    }

    /** Asserts the number of rows. */
    TableAsserts hasRows(int n) {
        assertEquals(n, table.rowCount(), () -> "rows of\n" + table.printAll());
        return this;
    }

    /** The one row whose columns have the given values ({@code column, value, column, value, ...}). */
    RowAsserts rowWith(Object... columnsAndValues) {
        List<Integer> rows = matching(columnsAndValues);
        if (rows.size() != 1) {
            throw new AssertionError(rows.size() + " rows with " + List.of(columnsAndValues) + " in\n" + table.printAll());
        }
        return new RowAsserts(table, table.row(rows.get(0)));
    }

    /** Asserts that no row has the given values. */
    TableAsserts hasNoRowWith(Object... columnsAndValues) {
        List<Integer> rows = matching(columnsAndValues);
        if (!rows.isEmpty()) {
            throw new AssertionError("unexpected row with " + List.of(columnsAndValues) + " in\n" + table.printAll());
        }
        return this;
    }

    /** The numbers of the rows with the given values (Tablesaw's row iterator reuses one cursor, so keep numbers). */
    private List<Integer> matching(Object... cv) {
        List<Integer> out = new ArrayList<>();
        for (Row r : table) {
            boolean all = true;
            for (int i = 0; i < cv.length; i += 2) {
                all &= Objects.equals(value(r, (String) cv[i]), cv[i + 1]);
            }
            if (all) {
                out.add(r.getRowNumber());
            }
        }
        return out;
    }

    static Object value(Row r, String column) {
        if (r.isMissing(column)) {
            return r.getColumnType(column) == tech.tablesaw.api.ColumnType.STRING ? "" : null;
        }
        return r.getObject(column);
    }

    /** Checks on one row. */
    static final class RowAsserts {
        private final Table table;
        private final Row row;

        RowAsserts(Table table, Row row) {
            this.table = table;
            this.row = row;
        }

        RowAsserts has(String column, Object expected) {
            assertEquals(expected, value(row, column), () -> column + " of row " + row.getRowNumber() + " in\n"
                    + table.printAll());
            return this;
        }
    }
}
