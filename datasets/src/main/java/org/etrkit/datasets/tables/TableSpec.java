package org.etrkit.datasets.tables;

import java.util.List;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

/**
 * What a published table holds: its name (also the CSV file's stem and the data package resource
 * name), a title, a one-line description and its fields in order.
 */
public record TableSpec(String name, String title, String description, List<Field> fields) {

    public TableSpec {
        if (!name.matches("[a-z0-9][a-z0-9._/-]*")) {
            throw new IllegalArgumentException("table name must be lower case: " + name);
        }
        fields = List.copyOf(fields);
    }

    /** An empty Tablesaw table with this spec's columns. */
    public Table newTable() {
        Table t = Table.create(name);
        for (Field f : fields) {
            t.addColumns(f.newColumn());
        }
        return t;
    }

    /** The Tablesaw column types in order, for reading the CSV back. */
    public ColumnType[] columnTypes() {
        return fields.stream().map(f -> f.type().columnType()).toArray(ColumnType[]::new);
    }
}
