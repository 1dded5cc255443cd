package org.etrkit.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Arrays;
import java.util.List;

import org.etrkit.plot.internal.AxisFormat;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The kit's chart theme, applied by every {@link Plot} builder and to any XChart chart with
 * {@link #apply(Chart)}:
 * <ul>
 * <li>numbers people read: an axis that reaches a million is labelled {@code 500k, 1M, 1.5M}, a smaller
 * one {@code 20,000}, a logarithmic one {@code 1,000,000}; years are written {@code 1945};</li>
 * <li>the Okabe–Ito palette, which stays distinct for the common kinds of colour blindness;</li>
 * <li>a sans-serif font at 12–16 points, light grid lines, no boxes around title and legend;</li>
 * <li>{@link #LIGHT}: a white background, as on paper; {@link #DARK}: a near-black one with light text,
 * for JupyterLab's dark theme. The interactive (Vega-Lite) view follows JupyterLab's own theme by
 * itself.</li>
 * </ul>
 * Every setting is an ordinary XChart styler setting, so a chart can still be restyled after.
 */
public enum PlotTheme {
    /** Dark text on white. */
    LIGHT(new Color(0xFFFFFF), new Color(0x222222), new Color(0xE3E3E3), new Color(0x666666)),
    /** Light text on near-black (JupyterLab dark's own background colour). */
    DARK(new Color(0x111111), new Color(0xE0E0E0), new Color(0x3A3A3A), new Color(0xAAAAAA));

    /** Okabe &amp; Ito's colour-blind-safe palette, ordered for contrast on light and dark backgrounds. */
    public static final List<Color> PALETTE = List.of(
            new Color(0x0072B2),   // blue
            new Color(0xE69F00),   // orange
            new Color(0x009E73),   // bluish green
            new Color(0xD55E00),   // vermillion
            new Color(0xCC79A7),   // reddish purple
            new Color(0x56B4E9),   // sky blue
            new Color(0xF0E442),   // yellow
            new Color(0x999999));  // grey, in place of the palette's black, which a dark background hides

    /** Marker shapes in the order the builders use them. */
    static final List<Marker> MARKERS = List.of(SeriesMarkers.CIRCLE, SeriesMarkers.DIAMOND,
            SeriesMarkers.SQUARE, SeriesMarkers.TRIANGLE_UP, SeriesMarkers.TRIANGLE_DOWN, SeriesMarkers.CROSS);

    /** The font family: Java's logical sans-serif (DejaVu Sans on Debian). */
    private static final String FONT = Font.SANS_SERIF;

    private final Color background;
    private final Color text;
    private final Color grid;
    private final Color muted;

    PlotTheme(Color background, Color text, Color grid, Color muted) {
        this.background = background;
        this.text = text;
        this.grid = grid;
        this.muted = muted;
    }

    /** The chart background. */
    public Color background() {
        return background;
    }

    /** Titles, labels and legend text. */
    public Color text() {
        return text;
    }

    /** Grid lines. */
    public Color grid() {
        return grid;
    }

    /** Secondary marks: ranges, periods, notes. */
    public Color muted() {
        return muted;
    }

    /** The colour of the {@code k}-th group or series (from 0): the palette's, round again past its end. */
    static Color colour(int k) {
        return PALETTE.get(k % PALETTE.size());
    }

    /** The palette as CSS colours ({@code #0072b2}). */
    public static List<String> paletteHex() {
        return PALETTE.stream().map(PlotTheme::hex).toList();
    }

    /** A colour as CSS {@code #rrggbb}. */
    public static String hex(Color c) {
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    /**
     * Styles {@code chart} with this theme and chooses its axis number formats from the data it holds
     * now (call it again after adding data of another size). Returns the chart.
     */
    public <C extends Chart<?, ?>> C apply(C chart) {
        Styler s = chart.getStyler();
        s.setChartBackgroundColor(background)
                .setChartFontColor(text)
                .setPlotBackgroundColor(background)
                .setPlotBorderColor(grid)
                .setLegendBackgroundColor(background)
                .setLegendBorderColor(background)
                .setChartTitleBoxVisible(false)
                .setChartTitleBoxBackgroundColor(background)
                .setChartTitleBoxBorderColor(background)
                .setSeriesColors(PALETTE.toArray(Color[]::new))
                .setChartTitleFont(new Font(FONT, Font.BOLD, 16))
                .setLegendFont(new Font(FONT, Font.PLAIN, 12))
                .setAnnotationTextFont(new Font(FONT, Font.PLAIN, 11))
                .setAnnotationTextFontColor(text)
                .setAnnotationLineColor(muted)
                .setToolTipsEnabled(false)
                .setAntiAlias(true)
                .setMarkerSize(8)
                .setLegendPosition(Styler.LegendPosition.OutsideS)
                .setLegendLayout(Styler.LegendLayout.Horizontal);
        if (chart.getSeriesMap().values().stream().filter(ser -> ser.isShowInLegend()).count() > 4) {
            // XChart does not wrap a horizontal legend: a long one goes to the right, one entry a line
            s.setLegendPosition(Styler.LegendPosition.OutsideE).setLegendLayout(Styler.LegendLayout.Vertical);
        }
        if (s instanceof AxesChartStyler a) {
            a.setAxisTitleFont(new Font(FONT, Font.PLAIN, 13))
                    .setAxisTickLabelsFont(new Font(FONT, Font.PLAIN, 12))
                    .setAxisTickLabelsColor(text)
                    .setAxisTickMarksColor(grid)
                    .setPlotGridLinesColor(grid)
                    .setPlotGridLinesStroke(new BasicStroke(1f))
                    .setPlotBorderVisible(false)
                    .setXAxisTitleColor(text)
                    .setYAxisTitleColor(text);
            formatAxes(chart, a);
        }
        if (chart instanceof CategoryChart c) {
            // labels sit on the bars: light or dark text by the bar's colour; no vertical grid lines, which
            // say nothing on a category axis and show through a range's lighter bar
            c.getStyler().setPlotGridVerticalLinesVisible(false);
            c.getStyler().setLabelsFontColor(text).setLabelsFontColorAutomaticEnabled(true)
                    .setLabelsFontColorAutomaticLight(Color.WHITE).setLabelsFontColorAutomaticDark(new Color(0x222222))
                    .setLabelsFont(new Font(FONT, Font.PLAIN, 11));
        }
        return chart;
    }

    /** Tick label formats from the data: see {@link AxisFormat}. */
    private static void formatAxes(Chart<?, ?> chart, AxesChartStyler a) {
        double maxY = 0;
        if (chart instanceof XYChart xy) {
            double[] xs = xy.getSeriesMap().values().stream().flatMapToDouble(ser -> Arrays.stream(ser.getXData()))
                    .filter(v -> !Double.isNaN(v)).limit(100_000).toArray();
            for (XYSeries ser : xy.getSeriesMap().values()) {
                maxY = Math.max(maxY, Math.max(Math.abs(ser.getYMin()), Math.abs(ser.getYMax())));
            }
            if (!a.isXAxisLogarithmic()) {
                double maxX = Arrays.stream(xs).map(Math::abs).max().orElse(0);
                AxisFormat fx = AxisFormat.looksLikeYears(xs, false) ? AxisFormat.YEAR
                        : AxisFormat.forMagnitude(maxX);
                chart.setCustomXAxisTickLabelsFormatter(fx.labels());
            }
        } else if (chart instanceof CategoryChart cat) {
            double[] xs = cat.getSeriesMap().values().stream().flatMap(ser -> ser.getXData().stream())
                    .filter(x -> x instanceof Number).mapToDouble(x -> ((Number) x).doubleValue()).toArray();
            if (xs.length > 0) {
                // a custom formatter would turn XChart's category axis into a numeric one: patterns only
                a.setXAxisDecimalPattern(AxisFormat.looksLikeYears(xs, true) ? "0" : "#,##0.###");
            }
            boolean stacked = cat.getStyler().isStacked();
            double[] sums = null;
            for (CategorySeries ser : cat.getSeriesMap().values()) {
                maxY = Math.max(maxY, Math.max(Math.abs(ser.getYMin()), Math.abs(ser.getYMax())));
                if (stacked) {
                    double[] ys = ser.getYData().stream().mapToDouble(n -> n == null ? 0 : Math.abs(n.doubleValue())).toArray();
                    sums = sums == null ? ys : add(sums, ys);
                }
            }
            if (sums != null) {
                maxY = Math.max(maxY, Arrays.stream(sums).max().orElse(0));
            }
        } else {
            return;
        }
        if (a.isYAxisLogarithmic()) {
            // XChart's decade ticks take only a decimal pattern: 1,000,000 rather than 1M
            a.setYAxisDecimalPattern("#,##0.###");
        } else {
            chart.setCustomYAxisTickLabelsFormatter(AxisFormat.forMagnitude(maxY).labels());
        }
    }

    private static double[] add(double[] a, double[] b) {
        double[] r = Arrays.copyOf(a, Math.max(a.length, b.length));
        for (int i = 0; i < b.length; i++) {
            r[i] += b[i];
        }
        return r;
    }
}
