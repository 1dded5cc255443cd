package org.etrkit.datasets.pack;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;
import tech.tablesaw.io.csv.CsvWriteOptions;

/**
 * The one CSV dialect of the project, for the data package and for anything else that writes a table
 * as CSV (the kernel's {@code %export}): UTF-8, RFC 4180 (comma, double quotes, CRLF line ends), one
 * header row, an empty field for a missing value, cells written as they are (no trimming), numbers as
 * their columns print them, which is plain by default ({@code 250000000}, never {@code 2.5E8}).
 *
 * <pre>{@code
 * byte[] csv = CsvDialect.bytes(table);
 * CsvDialect.write(table, out);
 * Table back = CsvDialect.read(in, "roster", types);
 * }</pre>
 *
 * <p>The reader takes what the writer writes: cells of any length and as many columns as the types
 * name.
 */
public final class CsvDialect {

    /** The line end of every row, header included. */
    public static final String LINE_END = "\r\n";

    private CsvDialect() {
    }

    /** Tablesaw's write options for this dialect, writing to {@code out} (which Tablesaw closes). */
    static CsvWriteOptions writeOptions(OutputStream out) {
        return writeOptions(out, true);
    }

    private static CsvWriteOptions writeOptions(OutputStream out, boolean header) {
        return CsvWriteOptions.builder(out)
                .header(header)
                .usePrintFormatters(true)
                .lineEnd(LINE_END)
                .ignoreLeadingWhitespaces(false)
                .ignoreTrailingWhitespaces(false)
                .build();
    }

    /** Writes {@code table} to {@code out} and closes it; a write that fails is the unchecked exception Tablesaw throws. */
    public static void write(Table table, OutputStream out) {
        table.write().usingOptions(writeOptions(out));
    }

    /** The CSV bytes of the rows of {@code table}, without the header: a chunk of a longer table. Throws nothing. */
    public static byte[] rowBytes(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table.write().usingOptions(writeOptions(out, false));
        return out.toByteArray();
    }

    /** The CSV bytes of {@code table}. Throws nothing. */
    public static byte[] bytes(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(table, out);
        return out.toByteArray();
    }

    /**
     * Tablesaw's read options for this dialect: a header row, the columns typed as {@code types} (in
     * order), an empty field read as missing, cells of any length.
     */
    static CsvReadOptions readOptions(InputStream in, String tableName, ColumnType[] types) {
        return CsvReadOptions.builder(in)
                .tableName(tableName)
                .header(true)
                .columnTypes(types)
                .maxNumberOfColumns(Math.max(types.length, 1))
                .maxCharsPerColumn(-1)
                .missingValueIndicator("")
                .build();
    }

    /**
     * Reads a table written in this dialect whose columns have {@code types}; a read that fails, or a cell that is
     * not of its column's type, is the exception Tablesaw throws (an unchecked one).
     */
    public static Table read(InputStream in, String tableName, ColumnType[] types) {
        return Table.read().usingOptions(readOptions(in, tableName, types));
    }
}
