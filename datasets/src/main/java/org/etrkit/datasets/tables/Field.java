package org.etrkit.datasets.tables;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * One column of a published table: its name, type and a one-line description (which goes into the
 * data package's Table Schema).
 */
public record Field(String name, Type type, String description) {

    /** Column types, with their Frictionless name and Tablesaw column type. */
    public enum Type {
        /** Text. */
        STRING("string", ColumnType.STRING),
        /** A small whole number: a line, a column, a year. */
        INTEGER("integer", ColumnType.INTEGER),
        /** A whole number that may be large: a population, a troop count. */
        LONG("integer", ColumnType.LONG),
        /** A decimal number: a share, an amount. */
        NUMBER("number", ColumnType.DOUBLE),
        /** true or false. */
        BOOLEAN("boolean", ColumnType.BOOLEAN),
        /** A day, written as an ISO 8601 date (1945-08-08). */
        DATE("date", ColumnType.LOCAL_DATE);

        private final String frictionless;
        private final ColumnType columnType;

        Type(String frictionless, ColumnType columnType) {
            this.frictionless = frictionless;
            this.columnType = columnType;
        }

        /** The Table Schema type name. */
        public String frictionless() {
            return frictionless;
        }

        /** The Tablesaw column type. */
        public ColumnType columnType() {
            return columnType;
        }
    }

    public Field {
        if (name == null || name.isBlank() || type == null || description == null) {
            throw new IllegalArgumentException("a field needs a name, a type and a description");
        }
    }

    /** A text field. */
    public static Field string(String name, String description) {
        return new Field(name, Type.STRING, description);
    }

    /** An empty Tablesaw column for this field; numbers print without grouping or exponent. */
    public Column<?> newColumn() {
        return switch (type) {
            case STRING -> StringColumn.create(name);
            case INTEGER -> IntColumn.create(name);
            case LONG -> LongColumn.create(name);
            case NUMBER -> {
                DoubleColumn c = DoubleColumn.create(name);
                c.setPrintFormatter(plainDecimals());
                yield c;
            }
            case BOOLEAN -> BooleanColumn.create(name);
            case DATE -> DateColumn.create(name);
        };
    }

    /** A formatter that writes 250000000 and 52.1, never 2.5E8 or 52.10. */
    public static NumberColumnFormatter plainDecimals() {
        DecimalFormat f = new DecimalFormat("0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setGroupingUsed(false);
        return new NumberColumnFormatter(f, "");
    }
}
