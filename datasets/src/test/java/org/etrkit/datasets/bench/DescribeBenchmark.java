package org.etrkit.datasets.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.etrkit.datasets.pack.CsvDialect;
import org.etrkit.datasets.stats.Describe;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * {@code Describe.of} on a 1,000,000-row table, against pandas' {@code describe(include="all")} on the
 * same frame ({@code scripts/bench/pandas_describe.py}, in the same {@code make bench} part). The table:
 * an int {@code id} = i, a double {@code value} = i × 0.5 missing (NaN) on every tenth row, and a text
 * {@code label} that is "common" on every third row and "row i" on the others (666,667 distinct values).
 *
 * <p>{@code main(OUT)} writes the statistics as CSV, for the pandas script to compare value by value.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class DescribeBenchmark {

    @Param({"1000000"})
    public int rows;

    private Table table;

    /** The benchmark's table; pandas_describe.py builds the same frame. */
    public static Table table(int rows) {
        DoubleColumn value = DoubleColumn.create("value", rows);
        StringColumn label = StringColumn.create("label", rows);
        for (int i = 0; i < rows; i++) {
            value.set(i, i % 10 == 0 ? Double.NaN : i * 0.5);
            label.set(i, i % 3 == 0 ? "common" : "row " + i);
        }
        return Table.create("t", IntColumn.indexColumn("id", rows, 0), value, label);
    }

    @Setup(Level.Trial)
    public void setUp() {
        table = table(rows);
    }

    @Benchmark
    public Table describe() {
        return Describe.of(table);
    }

    /** Writes the statistics of the 1,000,000-row table to the CSV file {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Table d = Describe.of(table(1_000_000));
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, CsvDialect.bytes(d));
        System.out.println("  ours: statistics of the 1,000,000-row table in " + out);
    }
}
