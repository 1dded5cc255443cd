package org.etrkit.kernel.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.etrkit.kernel.render.DisplayOptions;
import org.etrkit.kernel.render.TableHtml;
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
 * Table rendering: HTML of 1,000 / 100,000 / 1,000,000-row tables with the default display options.
 * The HTML size of each table is printed at set-up. Run with {@code make bench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Djava.awt.headless=true"})
public class TableRenderBenchmark {

    @Param({"1000", "100000", "1000000"})
    public int rows;

    private Table table;
    private final DisplayOptions options = new DisplayOptions();

    /**
     * The benchmark's table, the same shape as the pandas side of the comparison (pandas_render.py): an
     * int {@code id} = i, a double {@code value} = i × 0.5 and a text {@code label} = "row i". Also used by
     * scripts/bench/TableHtmlSample.java, so that the HTML compared byte for byte with pandas' is this table's.
     */
    public static Table table(int rows) {
        IntColumn id = IntColumn.indexColumn("id", rows, 0);
        DoubleColumn value = DoubleColumn.create("value", rows);
        StringColumn label = StringColumn.create("label", rows);
        for (int i = 0; i < rows; i++) {
            value.set(i, i * 0.5);
            label.set(i, "row " + i);
        }
        return Table.create("t", id, value, label);
    }

    @Setup(Level.Trial)
    public void setUp() {
        table = table(rows);
        System.out.printf("rows=%d html=%d bytes%n", rows,
                TableHtml.render(table, options).getBytes(StandardCharsets.UTF_8).length);
    }

    @Benchmark
    public String tableHtml() {
        return TableHtml.render(table, options);
    }
}
