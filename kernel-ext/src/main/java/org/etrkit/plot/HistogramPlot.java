package org.etrkit.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.etrkit.plot.internal.AxisFormat;
import org.etrkit.plot.internal.CategoryNames;
import org.etrkit.plot.internal.Cols;
import org.etrkit.plot.internal.Hover;
import org.etrkit.plot.internal.Json;
import org.etrkit.plot.internal.Vega;
import org.etrkit.plot.internal.VegaFields;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.internal.chartpart.Chart;

import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * How many rows fall in each of equal-width bins of a number column; named after Tablesaw's
 * {@code Histogram} (which would clash with XChart's {@code Histogram} class). Bins are of a round width
 * from a multiple of it ({@code 0–250k}, {@code 250k–500k}) and labelled with their bounds; a value on a
 * bound goes to the bin above it, the maximum to the last bin. Missing values are left out. By default there are ⌈log₂ n⌉ + 1 bins (Sturges).
 *
 * <p>Hovering a bar shows its bin and how many rows it counts. A bar counts many rows, so it has no row's columns to
 * show: {@link #hover} is a {@link PlotException} here, unlike on the plots with a mark per row (hover those, such as a
 * {@link ScatterPlot} of the same rows).
 *
 * <pre>{@code
 * HistogramPlot.create("Troop figures", troops, "count_high");
 * HistogramPlot.builder(troops, "count_high").bins(5).build();
 * }</pre>
 */
public final class HistogramPlot extends PlotBuilder<HistogramPlot, CategoryChart> {

    private final String numberCol;
    private int bins;

    private HistogramPlot(Table table, String numberCol) {
        super(table);
        numbers(numberCol);
        this.numberCol = numberCol;
    }

    /** A builder for the values of {@code numberCol}; a null table, or a column it does not have or not of numbers, is a {@link PlotException}. */
    public static HistogramPlot builder(Table table, String numberCol) {
        return new HistogramPlot(table, numberCol);
    }

    /** The histogram of {@code numberCol}, titled {@code title}; mistakes as for {@link #builder}. */
    public static CategoryChart create(String title, Table table, String numberCol) {
        return builder(table, numberCol).title(title).build();
    }

    /** The number of bins (1 to 1,000; another count is a {@link PlotException}). */
    public HistogramPlot bins(int count) {
        if (count < 1 || count > 1000) {
            throw mistake("bins must be between 1 and 1,000, got " + count);
        }
        this.bins = count;
        return this;
    }

    /**
     * Always a {@link PlotException}: a bin counts many rows and its hover shows its range and count, not one row's
     * columns; plot the rows with a mark each ({@link ScatterPlot}, {@link VerticalBarPlot}) to hover their columns.
     */
    @Override
    public HistogramPlot hover(String... columns) {
        throw mistake("hover(...) has no row to show: a bin counts many rows, and its hover shows its range and count;"
                + " hover the rows in a plot with a mark each, such as ScatterPlot.builder(table, x, y).hover(...)");
    }

    @Override
    public CategoryChart build() {
        NumericColumn<?> c = table.numberColumn(numberCol);
        double[] v = java.util.stream.IntStream.range(0, c.size()).mapToDouble(i -> Cols.value(c, i))
                .filter(x -> !Double.isNaN(x)).toArray();
        int n = bins > 0 ? bins : Math.max(1, (int) Math.ceil(Math.log(Math.max(1, v.length)) / Math.log(2)) + 1);
        double min = v.length == 0 ? 0 : Arrays.stream(v).min().getAsDouble();
        double max = v.length == 0 ? 1 : Arrays.stream(v).max().getAsDouble();
        if (max == min) {
            max = min + 1;
        }
        double[] round = roundEdges(min, max, n);
        if (round != null) {   // bins a reader can say: 0–250k, 250k–500k, not 500–250.42k
            min = round[0];
            max = round[1];
        }
        // halves, so that a spread over Double.MAX_VALUE (values near ±1e308) stays finite
        double halfWidth = (max / 2 - min / 2) / n;
        long[] counts = new long[n];
        for (double x : v) {
            counts[Math.min(n - 1, (int) ((x / 2 - min / 2) / halfWidth))]++;
        }
        AxisFormat f = Cols.isYears(c) || AxisFormat.looksLikeYears(v, true) ? AxisFormat.YEAR   // 1900–1920, not 1,900–1,920
                : AxisFormat.forMagnitude(Math.max(Math.abs(min), Math.abs(max)));
        List<String> labels = new ArrayList<>();
        List<Long> ys = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String label = f.label(edge(min, max, i, n)) + "–" + f.label(edge(min, max, i + 1, n));
            labels.add(label);
            // an empty bin has no bar on a log axis, where XChart refuses a 0 (the hover of its row still says 0)
            Long y = logY && counts[i] == 0 ? null : counts[i];
            ys.add(y);
            rows.add(Json.obj("x", label, "y", y, VegaFields.key(numberCol), label, "rows", counts[i]));
        }
        CategoryChart chart = categoryChart("Distribution of " + numberCol, numberCol, "rows");
        chart.getStyler().setAvailableSpaceFill(0.96).setYAxisLogarithmic(logY).setLegendVisible(false);
        long top = Arrays.stream(counts).max().orElse(0);
        if (logY) {   // as VerticalBarPlot: XChart starts bars at 0, which a log axis cannot show; from 0.5 a bin of 1 shows
            chart.getStyler().setYAxisMin(0.5).setYAxisMax(Math.max(top, 1) * 2.0);
        }
        chart.addSeries("rows", labels, ys);
        theme.apply(chart);
        if (!logY) {   // a count of rows is whole: no 0.5 rows between the ticks of a small count
            AxisFormat rowsFormat = AxisFormat.forMagnitude(top);
            chart.setCustomYAxisTickLabelsFormatter(y -> y == Math.rint(y) ? rowsFormat.label(y) : "");
        }
        if (CategoryNames.upright(labels, width)) {
            chart.getStyler().setXAxisLabelRotation(90);
        }
        return PlotModel.attach(chart, rows, ch -> body(ch, labels, top), theme);
    }

    /**
     * The first and last edge of {@code n} bins of a round width (1, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten) from a
     * multiple of it, that hold {@code min} to {@code max}; null when there are none (a spread that overflows).
     */
    static double[] roundEdges(double min, double max, int n) {
        double raw = (max - min) / n;
        if (!Double.isFinite(raw) || raw <= 0) {
            return null;
        }
        for (double power = Math.pow(10, Math.floor(Math.log10(raw))); Double.isFinite(power); power *= 10) {
            for (double m : new double[] {1, 2, 2.5, 3, 4, 5, 6, 8}) {
                double step = m * power, start = Math.floor(min / step) * step, end = start + n * step;
                if (step >= raw && end >= max && Double.isFinite(end)) {
                    return new double[] {start, end};
                }
            }
        }
        return null;
    }

    /** The {@code i}th of the {@code n + 1} bin edges from {@code min} to {@code max}, with no overflow. */
    private static double edge(double min, double max, int i, int n) {
        return i == 0 ? min : i == n ? max : min / n * (n - i) + max / n * i;
    }

    private Map<String, Object> body(Chart<?, ?> c, List<String> labels, long top) {
        Map<String, Object> y = Vega.y(c, "y", AxisFormat.forMagnitude(top), null);
        @SuppressWarnings("unchecked")
        Map<String, Object> yAxis = (Map<String, Object>) y.get("axis");
        yAxis.put("tickMinStep", 1);   // whole rows
        return Json.obj("mark", Json.obj("type", "bar", "width", Json.obj("band", 0.96)),
                "encoding", Json.obj("x", Vega.nominalX(c, "x", labels, VegaLite.viewWidth(c)),
                        "y", y,
                        "color", Json.obj("value", PlotTheme.paletteHex().get(0)),
                        "tooltip", Hover.tooltip(List.of(numberCol, "rows"))));
    }
}
