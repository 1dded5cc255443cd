package org.etrkit.kernel.magics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.etrkit.datasets.error.DatasetException;
import org.etrkit.datasets.Datasets;
import org.etrkit.datasets.tables.TableSpec;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The line magics, independent of the kernel so they can be tested directly:
 * {@code %datasets} lists the tables; {@code %export NAME PATH [--overwrite]} writes one as CSV.
 * Bad arguments throw a {@link DatasetException} whose one-line message says what was wrong and
 * what to do.
 */
public final class Magics {

    /** The usage line of {@code %export}. */
    public static final String EXPORT_USAGE = "usage: %export NAME PATH [--overwrite]";

    private Magics() {
    }

    /** {@code %datasets}: one row per table with its rows, columns and description. */
    public static Table datasets(Datasets data, List<String> args) {
        if (!args.isEmpty()) {
            throw DatasetException.brief("%datasets takes no arguments, got " + args + "; run %datasets alone");
        }
        StringColumn name = StringColumn.create("name");
        IntColumn rows = IntColumn.create("rows");
        IntColumn columns = IntColumn.create("columns");
        StringColumn description = StringColumn.create("description");
        for (String n : data.names()) {
            TableSpec spec = data.spec(n);
            name.append(n);
            rows.append(data.rowCount(n));
            columns.append(spec.fields().size());
            description.append(spec.description());
        }
        return Table.create("datasets", name, rows, columns, description);
    }

    /** {@code %export NAME PATH [--overwrite]}, resolving PATH against {@code workingDir}. */
    public static Export.Result export(Datasets data, List<String> args, Path workingDir) {
        List<String> positional = new ArrayList<>();
        boolean overwrite = false;
        for (String a : args) {
            if (a.equals("--overwrite")) {
                overwrite = true;
            } else if (a.startsWith("-")) {
                throw DatasetException.brief("%export: unknown option '" + a + "'; " + EXPORT_USAGE);
            } else {
                positional.add(a);
            }
        }
        if (positional.size() < 2) {
            throw DatasetException.brief("%export: missing " + (positional.isEmpty() ? "NAME and PATH" : "PATH")
                    + "; " + EXPORT_USAGE + " (tables: " + String.join(", ", data.names()) + ")");
        }
        if (positional.size() > 2) {
            throw DatasetException.brief("%export: unexpected argument '" + positional.get(2) + "'; " + EXPORT_USAGE
                    + " (quote a path with spaces)");
        }
        Table table;
        try {
            table = data.table(positional.get(0));
        } catch (DatasetException unknown) {
            throw DatasetException.brief("%export: " + unknown.getMessage());
        }
        Path target;
        try {
            target = Path.of(positional.get(1));
        } catch (java.nio.file.InvalidPathException e) {
            throw DatasetException.brief("%export: '" + positional.get(1) + "' is not a valid path: " + e.getReason());
        }
        if (!target.isAbsolute()) {
            target = workingDir.resolve(target);
        }
        return Export.csv(table, target, overwrite);
    }
}
