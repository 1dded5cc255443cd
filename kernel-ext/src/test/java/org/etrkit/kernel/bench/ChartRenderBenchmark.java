package org.etrkit.kernel.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import java.nio.charset.StandardCharsets;

import org.etrkit.kernel.render.ChartImages;
import org.etrkit.plot.Plot;
import org.etrkit.plot.VegaLite;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Chart rendering, as the kernel does it, all 800 × 500 (or the plot API's 800 × 450):
 * <ul>
 * <li>{@code barChartPng}: a 12-bar category chart to PNG;</li>
 * <li>{@code xyChartPng}: a 10,000-point XY chart in XChart's default style (lines and markers) to PNG;</li>
 * <li>{@code plotLinePng}: {@code Plot.line} of a 10,000-row table to PNG (the kit's theme);</li>
 * <li>{@code plotScatterVegaLite}: the Vega-Lite view of {@code Plot.scatter} of a 10,000-row table,
 * as JSON text.</li>
 * </ul>
 * It prints the Vega-Lite payload size for the 10,000 points ("Vega-Lite payload: N bytes") once per
 * fork. Run only this one with {@code bash scripts/bench/run_all.sh chart}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Djava.awt.headless=true"})
public class ChartRenderBenchmark {

    private CategoryChart bars;
    private XYChart points;
    private XYChart plotLine;
    private XYChart plotScatter;

    @Setup(Level.Trial)
    public void setUp() {
        bars = new CategoryChartBuilder().width(800).height(500).title("12 bars").xAxisTitle("month")
                .yAxisTitle("count").build();
        List<String> months = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            months.add("M" + i);
            counts.add(i * 7 % 50);
        }
        bars.addSeries("counts", months, counts);
        points = new XYChartBuilder().width(800).height(500).title("10,000 points").xAxisTitle("x")
                .yAxisTitle("y").build();
        double[] x = new double[10_000];
        double[] y = new double[10_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
            y[i] = Math.sin(i / 100.0);
        }
        points.addSeries("sin", x, y);
        Table table = Table.create("sin", DoubleColumn.create("x", x), DoubleColumn.create("y", y));
        plotLine = Plot.line(table, "x", "y");
        plotScatter = Plot.scatter(table, "x", "y");
        System.out.println("Vega-Lite payload: " + VegaLite.json(plotScatter).getBytes(StandardCharsets.UTF_8).length
                + " bytes for " + VegaLite.points(plotScatter) + " points");
    }

    @Benchmark
    public byte[] barChartPng() {
        return ChartImages.png(bars, 1.0);
    }

    @Benchmark
    public byte[] xyChartPng() {
        return ChartImages.png(points, 1.0);
    }

    @Benchmark
    public byte[] plotLinePng() {
        return ChartImages.png(plotLine, 1.0);
    }

    @Benchmark
    public String plotScatterVegaLite() {
        return VegaLite.json(plotScatter);
    }
}
