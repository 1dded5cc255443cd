package org.etrkit.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.etrkit.plot.internal.AxisFormat;
import org.etrkit.plot.internal.CategoryNames;
import org.etrkit.plot.internal.Cols;
import org.etrkit.plot.internal.Hover;
import org.etrkit.plot.internal.Json;
import org.etrkit.plot.internal.Vega;
import org.etrkit.plot.internal.VegaFields;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.internal.chartpart.Chart;

import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Vertical bars, one per row: a category column on x, a number column as the bar's height. Named after
 * Tablesaw's {@code VerticalBarPlot}.
 *
 * <pre>{@code
 * VerticalBarPlot.create("Largest figure by side", largest, "side", "count_high");
 * VerticalBarPlot.builder(counts, "ethnicity", "Count").stackBy("position").build();   // stacked
 * VerticalBarPlot.builder(groups, "group", "population").colorBy("derived").labels().build();
 * VerticalBarPlot.builder(largest, "side", "count_high").dots().logY().build();        // dots on a log axis
 * VerticalBarPlot.builder(army, "measure", "count_low").yTo("count_high").labels().build();  // ranges
 * }</pre>
 *
 * <p>Each category (or category and stack) must be on one row: summarize first
 * ({@code table.summarize("n", max).by("side")}). Categories keep the table's order.
 */
public final class VerticalBarPlot extends PlotBuilder<VerticalBarPlot, CategoryChart> {

    private final String groupCol;
    private final String numberCol;
    private String stackBy;
    private String colorBy;
    private boolean labels;
    private boolean dots;
    private String yToCol;

    private VerticalBarPlot(Table table, String groupCol, String numberCol) {
        super(table);
        this.groupCol = groupCol;
        this.numberCol = numberCol;
        column(groupCol);
        numbers(numberCol);
        if (table.isEmpty()) { // here, before the calls chained to the builder work out their arguments from its rows
            throw mistake("table '" + table.name() + "' has no rows; there is nothing to draw");
        }
    }

    /**
     * A builder: bars of {@code numberCol} for each value of {@code groupCol}. A null or empty table, a column it does not
     * have, or a {@code numberCol} not of numbers is a {@link PlotException}.
     */
    public static VerticalBarPlot builder(Table table, String groupCol, String numberCol) {
        return new VerticalBarPlot(table, groupCol, numberCol);
    }

    /** Bars of {@code numberCol} for each value of {@code groupCol}, titled {@code title}; mistakes as for {@link #builder} and {@link #build()}. */
    public static CategoryChart create(String title, Table table, String groupCol, String numberCol) {
        return builder(table, groupCol, numberCol).title(title).build();
    }

    /** Stacked bars: for each {@code groupCol} value, one segment per {@code stackCol} value; mistakes as for {@link #builder} and {@link #build()}. */
    public static CategoryChart create(String title, Table table, String groupCol, String stackCol, String numberCol) {
        return builder(table, groupCol, numberCol).stackBy(stackCol).title(title).build();
    }

    /** Stacks the bar of each category from segments, one per value of {@code column}; a column the table does not have is a {@link PlotException}. */
    public VerticalBarPlot stackBy(String column) {
        column(column);
        this.stackBy = column;
        return this;
    }

    /** Colours each bar by the value of {@code column} (one bar per category, with a legend); a column the table does not have is a {@link PlotException}. */
    public VerticalBarPlot colorBy(String column) {
        column(column);
        this.colorBy = column;
        return this;
    }

    /** Writes each bar's value above it, where the bars are wide enough for the longest (else hovering a bar shows it). */
    public VerticalBarPlot labels() {
        this.labels = true;
        return this;
    }

    /**
     * The high end of each row's range, the number column being its low end ("11,000 to 12,000"): the bar
     * is solid up to the low end and lighter from there up to the high end. Not with stacks, colours or dots. A column
     * the table does not have, or not of numbers, is a {@link PlotException}.
     */
    public VerticalBarPlot yTo(String column) {
        numbers(column);
        this.yToCol = column;
        return this;
    }

    /** The number column, or a range's two ends ("count_low to count_high"), for the default titles. */
    private String shownNumber() {
        return yToCol == null ? numberCol : numberCol + " to " + yToCol;
    }

    /** Draws a dot instead of a bar: the right mark on a logarithmic axis, where a bar's length means little. */
    public VerticalBarPlot dots() {
        this.dots = true;
        return this;
    }

    /**
     * The chart. {@link #stackBy} with {@link #colorBy}, {@link #yTo} with either or with {@link #dots}, a table with no
     * rows, or a category (or category and stack) on more than one row is a {@link PlotException} saying which.
     */
    @Override
    public CategoryChart build() {
        if (stackBy != null && colorBy != null) {
            throw mistake("stackBy and colorBy cannot be combined");
        }
        if (yToCol != null && (stackBy != null || colorBy != null || dots)) {
            throw mistake("yTo draws each row's range as one bar; it cannot be combined with stackBy, colorBy or dots");
        }
        Column<?> group = table.column(groupCol);
        NumericColumn<?> number = table.numberColumn(numberCol);
        NumericColumn<?> high = yToCol == null ? null : table.numberColumn(yToCol);
        String seriesCol = stackBy != null ? stackBy : colorBy;
        Column<?> series = seriesCol == null ? null : table.column(seriesCol);
        AxisFormat groupFormat = group instanceof NumericColumn<?> n
                ? (Cols.isYears(group) || AxisFormat.looksLikeYears(n.asDoubleArray(), true) ? AxisFormat.YEAR : AxisFormat.GROUPED)
                : null;

        List<String> groups = new ArrayList<>(new LinkedHashSet<>(categoryLabels(group, groupFormat)));
        if (groups.isEmpty()) {
            throw mistake("table '" + table.name() + "' has no rows; there is nothing to draw");
        }
        Map<String, Integer> groupAt = indexOf(groups);   // not groups.indexOf per row: 100,000 rows took 86 s
        List<String> keys = new ArrayList<>();
        Map<String, Double[]> values = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        List<String> rowGroups = categoryLabels(group, groupFormat);
        for (int r = 0; r < table.rowCount(); r++) {
            String g = rowGroups.get(r);
            String k = series == null ? numberCol : Cols.category(series, r);
            if (!seen.add(g + "\u0000" + k)) {
                throw mistake("'" + g + "'" + (series == null ? "" : " / '" + k + "'")
                        + " is on more than one row of '" + table.name() + "'; summarize first, for example table.summarize(\""
                        + numberCol + "\", max).by(\"" + groupCol + "\")");
            }
            values.computeIfAbsent(k, x -> {
                keys.add(x);
                return new Double[groups.size()];
            })[groupAt.get(g)] = Cols.value(number, r);
        }

        List<String> names = shownNames(groups, width);   // under the bars of the PNG; the view has its own limit
        int labelChars = 0;   // the longest figure written on a bar ("11,000–12,000"), in characters
        for (int r = 0; r < table.rowCount(); r++) {
            double v = Cols.value(number, r);
            labelChars = Math.max(labelChars, barLabel(v, high == null || Double.isNaN(Cols.value(high, r)) ? v : Cols.value(high, r)).length());
        }
        // figures wider than their bars' slots ran into each other (40 bars of an order of battle): left to the hover
        boolean labelsFit = labels && CategoryNames.slotPixels(width, groups.size()) >= labelPixels(labelChars);
        CategoryChart chart = categoryChart(shownNumber() + " by " + groupCol, groupCol, shownNumber());
        chart.getStyler().setStacked(stackBy != null).setOverlapped(colorBy != null || high != null)
                .setLabelsVisible(labelsFit && high == null);   // a range's label is its two ends, written above it (below)
        chart.getStyler().setYAxisLogarithmic(logY);
        chart.getStyler().setLegendVisible(series != null || high != null && ranges(number, high));
        legendFor(chart, keys.size(), stackBy != null ? "stacks" : "colours");
        if (dots) {
            chart.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
        }
        if (logY) {
            double min = number.min(), max = Math.max(number.max(), high == null ? 0 : high.max());
            chart.getStyler().setYAxisMin(min > 0 ? Math.pow(10, Math.floor(Math.log10(min))) : 1.0);
            if (max > 0) {
                chart.getStyler().setYAxisMax(max * 2);   // room above the top mark: a factor on a log axis
            }
        }
        if (high != null) {
            addRangeSeries(chart, groups, names, rowGroups, number, high);
        }
        for (String k : keys) {
            List<Double> ys = new ArrayList<>();
            for (Double v : values.get(k)) {
                ys.add(v == null || Double.isNaN(v) ? null : v);   // no segment, no label, where there is no row
            }
            CategorySeries s = chart.addSeries(high == null ? k : LOW_END, names, ys);
            if (high != null) {
                s.setFillColor(PlotTheme.PALETTE.get(0));
            }
        }
        theme.apply(chart);
        if (CategoryNames.upright(groups, width)) {
            chart.getStyler().setXAxisLabelRotation(90);   // names too long for their slots, read bottom to top
        }
        if (crowded(groups.size(), width)) {
            // names a few pixels apart overlap into a smear: leave them to the hover, and say so
            chart.getStyler().setXAxisTicksVisible(false);
            chart.getStyler().setLabelsVisible(false);
            if (xTitle == null) {
                chart.setXAxisTitle(String.format(java.util.Locale.ROOT, "%s (%,d bars, too many to name each: hover one in"
                        + " the interactive view)", groupCol, groups.size()));
            }
        }
        if (high != null && labelsFit) {
            labelRanges(chart, groups, rowGroups, number, high);
        } else if (labels && stackBy == null && !logY && number.max() > 0
                && chart.getStyler().getYAxisMax() == null) {
            chart.getStyler().setYAxisMax(number.max() * 1.08);   // room for the interactive view's labels above the bars
        }

        boolean provenance = Cols.has(table, "source", "line");
        String figureTitle = provenance ? Hover.FIGURE : numberCol;
        List<String> own = new ArrayList<>(List.of(groupCol));
        if (seriesCol != null) {
            own.add(seriesCol);
        }
        own.add(figureTitle);
        List<Map<String, Object>> rows = new ArrayList<>();
        // not keys.indexOf and a sum of the segments below per row: a stack of 5,000 series was quadratic in them
        Map<String, Integer> keyAt = indexOf(keys);
        double[][] belowOf = new double[groups.size()][];   // a bar's segments summed from the bottom, made once each
        for (int r = 0; r < table.rowCount(); r++) {
            double v = Cols.value(number, r);
            double v2 = high == null || Double.isNaN(v) || Double.isNaN(Cols.value(high, r)) ? v : Cols.value(high, r);
            boolean range = Double.compare(v2, v) != 0;   // not for a missing value: NaN != NaN
            Map<String, Object> row = Json.obj("x", rowGroups.get(r), "y", Json.num(v), "y2", range ? Json.num(v2) : null,
                    "series", series == null ? null : Cols.category(series, r));
            row.put(VegaFields.key(groupCol), rowGroups.get(r));
            if (seriesCol != null) {
                row.put(VegaFields.key(seriesCol), Cols.category(series, r));
            }
            row.put(VegaFields.key(figureTitle), Double.isNaN(v) ? Cols.MISSING : provenance ? Hover.figure(table, r, v, v2)
                    : AxisFormat.GROUPED.label(v) + (range ? " to " + AxisFormat.GROUPED.label(v2) : ""));
            putHover(row, r);
            row.put("label", barLabel(v, v2));
            if (high != null) {
                row.put("top", Json.num(Math.max(v, v2)));   // where a range's label goes
            }
            int order = keyAt.get(series == null ? numberCol : Cols.category(series, r));
            row.put("order", order);
            if (stackBy != null && !Double.isNaN(v)) {
                // a segment's label sits in its middle, in white or near-black by the segment's colour
                int g = groupAt.get(rowGroups.get(r));
                if (belowOf[g] == null) {
                    belowOf[g] = new double[keys.size()];
                    for (int k = 1; k < keys.size(); k++) {
                        Double under = values.get(keys.get(k - 1))[g];
                        belowOf[g][k] = belowOf[g][k - 1] + (under == null || Double.isNaN(under) ? 0 : under);
                    }
                }
                row.put("mid", Json.num(belowOf[g][order] + v / 2));
                row.put("labelColor", PlotTheme.hex(onColour(PlotTheme.colour(order))));
            }
            rows.add(row);
        }
        List<String> tips = hoverFields(own);   // the table has rows: the builder and the groups above checked
        int finalLabelChars = labelChars;
        // a number without its unit ("367,204") is titled by what the y axis says it counts ("People: 367,204")
        String figureShownAs = provenance && Hover.hasUnit(table) || chart.getYAxisTitle() == null
                || chart.getYAxisTitle().isBlank() ? figureTitle : chart.getYAxisTitle();
        return PlotModel.attach(chart, rows, c -> body(c, groups, keys, tips, figureTitle, figureShownAs, labelPixels(finalLabelChars)), theme);
    }

    private Map<String, Object> body(Chart<?, ?> c, List<String> groups, List<String> keys, List<String> tips,
            String figureTitle, String figureShownAs, int labelPixels) {
        AxisFormat yFormat = AxisFormat.forMagnitude(maxY(c));
        Map<String, Object> x = Vega.nominalX(c, "x", groups, VegaLite.viewWidth(c));
        if (crowded(groups.size(), c.getWidth())) {
            @SuppressWarnings("unchecked")
            Map<String, Object> axis = (Map<String, Object>) x.get("axis");
            axis.put("labels", false);
            axis.put("ticks", false);
        }
        Map<String, Object> enc = Json.obj(
                "x", x,
                "y", Vega.y(c, "y", yFormat, stackBy != null ? "zero" : null),
                "color", colourBy("series", stackBy != null ? stackBy : colorBy, keys),   // one key unless stacked or coloured
                "order", stackBy != null ? Json.obj("field", "order", "type", "quantitative") : null,
                "tooltip", Hover.tooltip(tips, figureTitle, figureShownAs));
        Map<String, Object> mark = dots ? Json.obj("type", "point", "filled", true, "size", 120, "opacity", 1)
                : Json.obj("type", "bar", "width", Json.obj("band", 0.7));
        Map<String, Object> textY = new LinkedHashMap<>(Vega.y(c, "top", yFormat, null));
        // a label hovers as its bar, which it would hide from the pointer; the figures are written only where the
        // view's slots are as wide as the longest (about 6.5 pixels a character), so that none runs into the next or
        // past the view's edge: 40 bars' figures overlapped in an 800-pixel view, "11,000–12,000" in a 200-pixel one
        String fits = Vega.PLOT_WIDTH + " / " + groups.size() + " >= " + labelPixels;
        List<Object> text = List.of(Json.obj("transform", List.of(Json.obj("filter", fits)),
                "mark", Vega.themedText("dy", -6, "baseline", "bottom", "fontSize", 11, "align", "center"),
                "encoding", Json.obj("x", x, "y", yToCol != null ? textY : enc.get("y"),
                        "text", Json.obj("field", "label", "type", "nominal"),
                        "detail", colorBy != null ? Json.obj("field", "series", "type", "nominal") : null,
                        "tooltip", enc.get("tooltip"))));
        if (yToCol != null) {
            // the range: a lighter bar from the low end up to the high end, under the solid bar of the low end
            Map<String, Object> rangeEnc = new LinkedHashMap<>(enc);
            rangeEnc.put("y2", Json.obj("field", "y2"));
            Map<String, Object> range = Json.obj("transform", List.of(Json.obj("filter", "isValid(datum.y2)")),
                    "mark", Json.obj("type", "bar", "width", Json.obj("band", 0.7), "opacity", RANGE_OPACITY),
                    "encoding", rangeEnc);
            List<Object> layers = new ArrayList<>(List.of(range, Json.obj("mark", mark, "encoding", enc)));
            if (labels) {
                layers.addAll(text);
            }
            return Json.obj("layer", layers);
        }
        if (labels && stackBy != null) {
            // one text layer per label colour: Gson, which JJava writes messages with, drops "scale": null
            List<Object> layers = new ArrayList<>(List.of(Json.obj("mark", mark, "encoding", enc)));
            for (Color colour : List.of(Color.WHITE, new Color(0x222222))) {
                String hex = PlotTheme.hex(colour);
                layers.add(Json.obj("transform", List.of(Json.obj("filter", "datum.labelColor == '" + hex + "' && datum.y > 0 && " + fits)),
                        "mark", Json.obj("type", "text", "fontSize", 11, "fill", hex),
                        "encoding", Json.obj("x", enc.get("x"), "y", Vega.y(c, "mid", yFormat, null),
                                "text", Json.obj("field", "label", "type", "nominal"), "tooltip", enc.get("tooltip"))));
            }
            return Json.obj("layer", layers);
        }
        if (!labels || stackBy != null) {
            return Json.obj("mark", mark, "encoding", enc);
        }
        List<Object> layers = new ArrayList<>(List.of(Json.obj("mark", mark, "encoding", enc)));
        layers.addAll(text);
        return Json.obj("layer", layers);
    }

    /**
     * The names XChart writes under the bars, each cut (with an ellipsis) to the width of its bar's slot at
     * about 7.5 pixels a character, or, upright, to 16 characters ({@link CategoryNames}), so that none runs into
     * the next (XChart drops or overlaps them); kept distinct, since XChart places bars by name.
     */
    static List<String> shownNames(List<String> groups, int width) {
        int chars = CategoryNames.chars(groups, width);
        List<String> out = new ArrayList<>(groups.size());
        Set<String> used = new HashSet<>();
        for (String g : groups) {
            String u = cut(g, chars);
            for (int k = 2; !used.add(u); k++) {
                String suffix = " (" + k + ")";
                u = cut(g, Math.max(2, chars - suffix.length())) + suffix;
            }
            out.add(u);
        }
        return out;
    }

    private static String cut(String s, int chars) {
        return s.codePointCount(0, s.length()) <= chars ? s
                : s.substring(0, s.offsetByCodePoints(0, chars - 1)).stripTrailing() + "\u2026";
    }

    /** Bars narrower than this many pixels are too many to name each under the axis. */
    static final int MIN_NAMED_BAR_PIXELS = 8;

    private static boolean crowded(int bars, int width) {
        return bars > width / MIN_NAMED_BAR_PIXELS;
    }

    /** Text on a bar of colour {@code c}: white on a dark bar, near-black on a light one (as the PNG's labels). */
    /** Each group's place in {@code groups} (its first). */
    private static Map<String, Integer> indexOf(List<String> groups) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            at.putIfAbsent(groups.get(i), i);
        }
        return at;
    }

    static Color onColour(Color c) {
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue() < 150 ? Color.WHITE : new Color(0x222222);
    }

    /** The legend names of a range's two parts. */
    static final String LOW_END = "figure, or the low end of a range", HIGH_END = "the range, up to its high end";
    private static final double RANGE_OPACITY = 0.4;

    private static boolean ranges(NumericColumn<?> low, NumericColumn<?> high) {
        for (int r = 0; r < low.size(); r++) {
            if (!high.isMissing(r) && !low.isMissing(r) && high.getDouble(r) != low.getDouble(r)) {
                return true;
            }
        }
        return false;
    }

    /** The high ends of ranges as lighter bars, drawn first so that the low end's bar lies over them (overlapped). */
    private static void addRangeSeries(CategoryChart chart, List<String> groups, List<String> names, List<String> rowGroups,
                                       NumericColumn<?> low, NumericColumn<?> high) {
        Map<String, Integer> groupAt = indexOf(groups);
        if (!ranges(low, high)) {
            return;
        }
        Double[] ys = new Double[groups.size()];
        for (int r = 0; r < low.size(); r++) {
            double lo = Cols.value(low, r), hi = Cols.value(high, r);
            ys[groupAt.get(rowGroups.get(r))] = Double.isNaN(hi) || hi == lo ? null : hi;
        }
        Color c = PlotTheme.PALETTE.get(0);
        chart.addSeries(HIGH_END, names, Arrays.asList(ys))
                .setFillColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * RANGE_OPACITY)));
    }

    /**
     * Writes each bar's figure above it, a range as its two ends ("11,000–12,000"): XChart's own labels
     * can only write each part's value. The value axis gets room for them.
     */
    private void labelRanges(CategoryChart chart, List<String> groups, List<String> rowGroups, NumericColumn<?> low,
                             NumericColumn<?> high) {
        Map<String, Integer> groupAt = indexOf(groups);
        double top = 0;
        for (int r = 0; r < low.size(); r++) {
            top = Math.max(top, Math.max(Cols.value(low, r), Double.isNaN(Cols.value(high, r)) ? 0 : Cols.value(high, r)));
        }
        if (!logY) {
            chart.getStyler().setYAxisMax(top * 1.1);
        }
        for (int r = 0; r < low.size(); r++) {
            double lo = Cols.value(low, r), hi = Double.isNaN(Cols.value(high, r)) ? lo : Cols.value(high, r);
            if (Double.isNaN(lo)) {
                continue;
            }
            String text = barLabel(lo, hi);
            // XChart places a category chart's annotation x in category units: category i spans [i, i + 1)
            double y = logY ? Math.max(lo, hi) * 1.25 : Math.max(lo, hi) + top * 0.035;
            chart.addAnnotation(new AnnotationText(text, groupAt.get(rowGroups.get(r)) + 0.5, y, false));
        }
    }

    /** A bar's figure as written on it: its value, or a range's two ends ("11,000–12,000"); nothing where it is missing. */
    private static String barLabel(double v, double v2) {
        return Double.isNaN(v) ? "" : AxisFormat.GROUPED.label(v) + (Double.compare(v2, v) != 0 ? "\u2013" + AxisFormat.GROUPED.label(v2) : "");
    }

    /** The width of a slot that holds a figure of {@code chars} characters (11-point, about 6.5 pixels each) with a gap. */
    private static int labelPixels(int chars) {
        return (int) Math.ceil(chars * 6.5) + 4;
    }

    private static double maxY(Chart<?, ?> c) {
        double max = 0;
        for (Object s : c.getSeriesMap().values()) {
            CategorySeries cs = (CategorySeries) s;
            max = Math.max(max, Math.max(Math.abs(cs.getYMin()), Math.abs(cs.getYMax())));
        }
        return max;
    }

    /** The category of each row as text: numbers written as their axis writes them. */
    private static List<String> categoryLabels(Column<?> c, AxisFormat f) {
        List<String> l = new ArrayList<>(c.size());
        for (int r = 0; r < c.size(); r++) {
            if (f != null && c instanceof NumericColumn<?> n && !n.isMissing(r)) {
                l.add(f.label(n.getDouble(r)));
            } else {
                l.add(Cols.label(c, r));
            }
        }
        return l;
    }
}
