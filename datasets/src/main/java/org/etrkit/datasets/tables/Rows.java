package org.etrkit.datasets.tables;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Appends rows to a Tablesaw table column by column; {@code null} appends a missing value. */
final class Rows {

    private Rows() {
    }

    static void add(Table table, Object... values) {
        if (values.length != table.columnCount()) {
            throw new IllegalArgumentException(table.name() + ": " + values.length + " values for "
                    + table.columnCount() + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            Column<?> c = table.column(i);
            Object v = values[i];
            if (v == null) {
                c.appendMissing();
            } else if (c instanceof StringColumn s) {
                s.append(v.toString());
            } else if (c instanceof IntColumn ic) {
                ic.append(((Number) v).intValue());
            } else if (c instanceof LongColumn lc) {
                lc.append(((Number) v).longValue());
            } else if (c instanceof DoubleColumn dc) {
                dc.append(((Number) v).doubleValue());
            } else if (c instanceof BooleanColumn bc) {
                bc.append((Boolean) v);
            } else {
                throw new IllegalArgumentException("unsupported column " + c.name());
            }
        }
    }
}
