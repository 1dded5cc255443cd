package org.etrkit.plot.internal;

import java.util.List;
import java.util.Map;

import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;

/** Pieces of the Vega-Lite specs the plot builders share: axes read from the chart's current settings. */
public final class Vega {

    /**
     * How text written on a chart (bar labels, a timeline's lanes and marks) is drawn so that it reads on
     * JupyterLab's light and dark themes alike: white, in the "difference" blend mode, which shows it as
     * the inverse of what lies under it: black on the light theme's white, light grey on the dark theme's
     * #333. (JupyterLab's dark Vega theme recolours axes, legends and titles but not a text mark, whose
     * fill Vega-Lite always writes out, black by default.)
     */
    public static Map<String, Object> themedText(Object... properties) {
        Map<String, Object> mark = Json.obj("type", "text", "fill", "#ffffff", "blend", "difference");
        mark.putAll(Json.obj(properties));
        return mark;
    }

    /**
     * The signal (a top-level parameter of every view, VegaLite.spec) holding the width the view is drawn at: its
     * output's width where that is narrower than the width asked for (a narrow window, the file browser open), else
     * the width asked for; VegaLite.embedMetadata's patch sets the view's width to it. What is laid out by the width
     * (a legend's columns, the names under bars) reads this signal, not Vega's {@code width}, which the view's fit
     * changes as it lays out: a legend following {@code width} was cut at the view's bottom.
     */
    public static final String FIT_WIDTH = "etr_fit_width";

    /** The width of the data rectangle, about: the view's less its y axis, in an expression. */
    public static final String PLOT_WIDTH = "(" + FIT_WIDTH + " - 80)";

    /**
     * A limit of a text's width (the chart's title, the x axis's title) at the width of the view's data rectangle,
     * cut with an ellipsis: a title wider than the view made Vega's fit squeeze the data to nothing (an 800-pixel bar
     * chart's bars on one line at 322 pixels).
     */
    public static final Map<String, Object> TO_WIDTH = Map.of("expr", "width");

    /** A line that must read on light and dark backgrounds alike (a timeline's marks). */
    public static final String MID_GREY = "#888888";


    /** On a log axis, labels at the powers of ten only (1,000, 10,000, ...), as XChart's decade ticks. */
    static final String DECADES_ONLY = "abs(log(datum.value) / LN10 - round(log(datum.value) / LN10)) < 1e-6 ? "
            + "format(datum.value, ',~r') : ''";

    private Vega() {
    }

    /** A quantitative y encoding on {@code field}: the chart's y title, log scale, min and max, and tick format. */
    public static Map<String, Object> y(Chart<?, ?> chart, String field, AxisFormat format, Object stack) {
        AxesChartStyler s = (AxesChartStyler) chart.getStyler();
        boolean log = s.isYAxisLogarithmic();
        return Json.obj("field", field, "type", "quantitative", "stack", stack,
                "scale", scale(log, s.getYAxisMin(), s.getYAxisMax(), true),
                "axis", Json.obj("title", blankToNull(chart.getYAxisTitle()),
                        "labelExpr", log ? DECADES_ONLY : format.vegaLiteLabelExpr(),
                        "tickCount", log ? null : 6));
    }

    /** Pixels of a view's width per tick of its x axis, about the PNG's spacing (Vega's own, 40, ticked 0–60 every 2). */
    static final int X_TICK_PIXELS = 80;

    /**
     * A quantitative x encoding on {@code field}, for a view {@code viewWidth} pixels wide; its first and last labels
     * end flush with the axis (labelFlush), as a year centred on the axis's end ran 2 pixels past a narrow view's edge.
     */
    public static Map<String, Object> x(Chart<?, ?> chart, String field, AxisFormat format, int viewWidth) {
        AxesChartStyler s = (AxesChartStyler) chart.getStyler();
        boolean log = s.isXAxisLogarithmic();
        return Json.obj("field", field, "type", "quantitative",
                "scale", scale(log, s.getXAxisMin(), s.getXAxisMax(), format != AxisFormat.YEAR),
                "axis", Json.obj("title", blankToNull(chart.getXAxisTitle()), "titleLimit", TO_WIDTH, "labelFlush", true,
                        "labelExpr", log ? DECADES_ONLY : format.vegaLiteLabelExpr(),
                        "tickMinStep", format == AxisFormat.YEAR ? 1 : null,
                        "tickCount", log ? null : Math.max(2, viewWidth / X_TICK_PIXELS)));
    }

    /**
     * A nominal x encoding in the given order, its names across or upright as {@link CategoryNames} says for a view
     * {@code viewWidth} pixels wide.
     */
    public static Map<String, Object> nominalX(Chart<?, ?> chart, String field, List<String> order, int viewWidth) {
        Map<String, Object> axis = Json.obj("title", blankToNull(chart.getXAxisTitle()), "titleLimit", TO_WIDTH);
        CategoryNames.onViewAxis(axis, order, viewWidth);
        return Json.obj("field", field, "type", "nominal", "sort", order, "axis", axis);
    }

    /**
     * Legends list at most this many entries (the first), the title saying how many there are; the PNG of a plot with
     * more has no legend (they overflowed the chart).
     */
    public static final int MAX_LEGEND_ENTRIES = 30;

    /** The columns of a legend, in an expression: up to 4, one per 150 pixels of the view's data rectangle (4 at 800 pixels, 2 at 322). */
    private static final String COLUMNS = "max(1, min(4, floor(" + PLOT_WIDTH + " / 150)))";
    /** Legend entries in {@link #COLUMNS}. */
    private static final Map<String, Object> LEGEND_COLUMNS = Map.of("expr", COLUMNS);
    /**
     * A legend entry's name at most 420 pixels, and not wider than its column of the data rectangle as Vega lays it out
     * ({@code width}: a log axis's labels, "1,000,000,000", are wider than {@link #PLOT_WIDTH} allows for) less its
     * symbol and paddings, about 50 pixels: limited to the whole rectangle, two columns of 60-character names ran 150 to
     * 1,000 pixels past the view's right edge.
     */
    private static final Map<String, Object> LEGEND_LABEL_LIMIT = Map.of("expr", "max(60, min(420, width / " + COLUMNS + " - 50))");
    /** A legend's title at most 420 pixels, and not wider than the view's data rectangle. */
    private static final Map<String, Object> LEGEND_TITLE_LIMIT = Map.of("expr", "max(60, min(420, " + PLOT_WIDTH + " - 30))");
    /** A legend lists at most this many rows of entries (about 140 pixels, a third of a 450-pixel view). */
    private static final int LEGEND_ROWS = 8;

    /**
     * A legend under the data, its entries in {@link #LEGEND_COLUMNS}, its names and its title limited to
     * {@link #LEGEND_LABEL_LIMIT} (cut with an ellipsis): a title wider than the view ran past its right edge, cut
     * mid-word ("source of the figur" at 232 pixels), as Vega's own limit of a legend title is 180 pixels.
     */
    public static Map<String, Object> legendBelow(Object... properties) {
        Map<String, Object> legend = Json.obj("orient", "bottom", "direction", "horizontal",
                "columns", LEGEND_COLUMNS, "labelLimit", LEGEND_LABEL_LIMIT, "titleLimit", LEGEND_TITLE_LIMIT);
        legend.putAll(Json.obj(properties));
        return legend;
    }

    /**
     * A colour encoding over {@code domain} in the palette's order, with a legend titled {@code title}. A legend of more
     * entries than {@link #LEGEND_ROWS} rows of its columns hold at the width the view is drawn lists the first that fit
     * (at most {@link #MAX_LEGEND_ENTRIES}), its title saying how many there are: in a 360-pixel view (one column) the
     * 30 entries of an order of battle's 40 units took the whole view, and its data was squeezed to a strip.
     */
    public static Map<String, Object> color(String field, String title, List<String> domain, List<String> range) {
        Map<String, Object> legend = domain.size() > 1 ? legendBelow() : null;
        String shownTitle = title;
        if (domain.size() > LEGEND_ROWS) {
            legend.put("values", Map.of("expr", "slice(" + Json.write(domain.subList(0, Math.min(domain.size(), MAX_LEGEND_ENTRIES)))
                    + ", 0, " + LEGEND_ROWS + " * " + COLUMNS + ")"));
            shownTitle = String.format(java.util.Locale.ROOT, "%s (%,d in all; hover a mark for its name)", title, domain.size());
        }
        return Json.obj("field", field, "type", "nominal", "title", shownTitle,
                "scale", Json.obj("domain", domain, "range", range.subList(0, Math.min(range.size(), Math.max(1, domain.size())))),
                "legend", legend);
    }

    private static Map<String, Object> scale(boolean log, Double min, Double max, boolean zero) {
        Map<String, Object> m = Json.obj("type", log ? "log" : null, "domainMin", min, "domainMax", max);
        if (!zero && !log) {
            m.put("zero", false);
        }
        return m.isEmpty() ? null : m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
