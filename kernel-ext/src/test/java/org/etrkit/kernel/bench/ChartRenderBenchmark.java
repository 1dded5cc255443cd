package org.etrkit.kernel.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.etrkit.kernel.render.ChartImages;
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

/**
 * Chart rendering to PNG, as the kernel does it: a 12-bar category chart and a 10,000-point XY chart
 * (XChart's default style: lines and markers), both 800 × 500. Run with {@code make bench}.
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
    }

    @Benchmark
    public byte[] barChartPng() {
        return ChartImages.png(bars, 1.0);
    }

    @Benchmark
    public byte[] xyChartPng() {
        return ChartImages.png(points, 1.0);
    }
}
