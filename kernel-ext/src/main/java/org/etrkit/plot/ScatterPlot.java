package org.etrkit.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.etrkit.plot.internal.AxisFormat;
import org.etrkit.plot.internal.Cols;
import org.etrkit.plot.internal.Hover;
import org.etrkit.plot.internal.Json;
import org.etrkit.plot.internal.Period;
import org.etrkit.plot.internal.Vega;
import org.etrkit.plot.internal.VegaFields;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.lines.SeriesLines;

import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * One dot per row, at an x and a y column; named after Tablesaw's {@code ScatterPlot}. Ranges and
 * periods are drawn as ranges:
 * <ul>
 * <li>{@link #yTo(String)}: a row whose y and yTo differ (a range, "25,000 to 30,000") is two dots joined
 * by a vertical line;</li>
 * <li>a time x, a date column or ISO date text ({@code 1945-08}, {@code 1946/1947}), is drawn in decimal
 * years: the dot in the middle of the period the date covers, a horizontal line over the period when it
 * is longer than a day; {@link #xTo(String)} gives the period's last day from a second column.</li>
 * </ul>
 *
 * <pre>{@code
 * ScatterPlot.create("Strength by date", troops, "date_from", "count_high");
 * ScatterPlot.builder(troops, "date_from", "count_low").xTo("date_to").yTo("count_high").groupBy("side")
 *         .shapeBy("qualifier").label("force").logY().build();
 * }</pre>
 *
 * <p>Rows with no x or no y are left out. Hovering a dot shows its label, group, date (at the precision
 * its period has: {@code 1945-08}, {@code 1946–1947}) and figure, and,
 * when the table has {@code source}, {@code line} and {@code quote}, the article, line and sentence.
 */
public final class ScatterPlot extends PlotBuilder<ScatterPlot, XYChart> {

    /** The hover title of a time x, shown as the period at its precision ("1945-08", "1946–1947"). */
    static final String DATE = "date";

    private final String xCol;
    private final String yCol;
    private String yToCol;
    private String xToCol;
    private String groupBy;
    private String shapeBy;
    private String labelCol;

    private ScatterPlot(Table table, String xCol, String yCol) {
        super(table);
        xy(xCol, yCol);
        this.xCol = xCol;
        this.yCol = yCol;
    }

    /**
     * A builder: a dot for each row at ({@code xCol}, {@code yCol}). A null table, a column it does not have, an x of
     * neither dates nor numbers or a y of no numbers is a {@link PlotException}.
     */
    public static ScatterPlot builder(Table table, String xCol, String yCol) {
        return new ScatterPlot(table, xCol, yCol);
    }

    /** A dot for each row at ({@code xCol}, {@code yCol}), titled {@code title}; mistakes as for {@link #builder} and {@link #build()}. */
    public static XYChart create(String title, Table table, String xCol, String yCol) {
        return builder(table, xCol, yCol).title(title).build();
    }

    /** A dot for each row, one colour per value of {@code groupCol}; mistakes as for {@link #builder} and {@link #build()}. */
    public static XYChart create(String title, Table table, String xCol, String yCol, String groupCol) {
        return builder(table, xCol, yCol).groupBy(groupCol).title(title).build();
    }

    /** The high end of each row's range: y is the low end. A column the table does not have, or not of numbers, is a {@link PlotException}. */
    public ScatterPlot yTo(String column) {
        numbers(column);
        this.yToCol = column;
        return this;
    }

    /**
     * The last day of each row's period, when x is its first (date columns or ISO text). A column the table does not have,
     * or an x or {@code column} not of dates, is a {@link PlotException}.
     */
    public ScatterPlot xTo(String column) {
        Column<?> c = column(column);
        if (!Cols.isTime(c) || !Cols.isTime(table.column(xCol))) {
            throw mistake("xTo needs dates in '" + xCol + "' and '" + column + "'");
        }
        this.xToCol = column;
        return this;
    }

    /** One colour (and legend entry) per value of {@code column}; a column the table does not have is a {@link PlotException}. */
    public ScatterPlot groupBy(String column) {
        column(column);
        this.groupBy = column;
        return this;
    }

    /** One marker shape per value of {@code column}, such as how a figure is hedged; a column the table does not have is a {@link PlotException}. */
    public ScatterPlot shapeBy(String column) {
        column(column);
        this.shapeBy = column;
        return this;
    }

    /** The column that names each dot, shown first on hover (a force, an event); a column the table does not have is a {@link PlotException}. */
    public ScatterPlot label(String column) {
        column(column);
        this.labelCol = column;
        return this;
    }

    @Override
    public XYChart build() {
        Column<?> xc = table.column(xCol);
        boolean time = Cols.isTime(xc);
        Column<?> xTo = xToCol == null ? null : table.column(xToCol);
        NumericColumn<?> yc = table.numberColumn(yCol);
        NumericColumn<?> yTo = yToCol == null ? null : table.numberColumn(yToCol);
        Column<?> gc = groupBy == null ? null : table.column(groupBy);
        Column<?> sc = shapeBy == null ? null : table.column(shapeBy);

        List<Point> points = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            double y = Cols.value(yc, r);
            double y2 = yTo == null ? y : Cols.value(yTo, r);
            if (Double.isNaN(y)) {
                continue;
            }
            double x, from, to;
            String when = "";
            if (time) {
                Period p = period(xc, xTo, r);
                if (p == null) {
                    continue;
                }
                x = p.midYear();
                from = p.fromYear();
                to = p.toYear();
                when = p.label();
            } else {
                x = Cols.value((NumericColumn<?>) xc, r);
                if (Double.isNaN(x)) {
                    continue;
                }
                from = to = x;
            }
            points.add(new Point(r, x, y, Double.isNaN(y2) ? y : y2, from, to, when,
                    gc == null ? "" : Cols.category(gc, r), sc == null ? "" : Cols.category(sc, r)));
        }
        boolean years = yearsOnX(xc, points.stream().mapToDouble(Point::x).toArray());   // as LinePlot's
        List<String> groups = new ArrayList<>(new LinkedHashSet<>(points.stream().map(Point::group).toList()));
        List<String> shapes = new ArrayList<>(new LinkedHashSet<>(points.stream().map(Point::shape).toList()));

        String shown = yToCol == null ? yCol : yCol + " to " + yToCol;   // a range's titles name both its ends
        XYChart chart = xyChart(shown + " by " + xCol, time ? xCol + " (year)" : xCol, shown);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter)
                .setYAxisLogarithmic(logY).setLegendVisible(groupBy != null || shapeBy != null);
        if (logY) {
            double min = points.stream().mapToDouble(Point::y).filter(v -> v > 0).min().orElse(1);
            double max = points.stream().mapToDouble(p -> Math.max(p.y, p.y2)).max().orElse(10);
            chart.getStyler().setYAxisMin(Math.pow(10, Math.floor(Math.log10(min)))).setYAxisMax(max * 2);
        }
        if (time && !points.isEmpty()) {
            chart.getStyler().setXAxisMin(Math.floor(points.stream().mapToDouble(Point::from).min().orElse(0)))
                    .setXAxisMax(Math.ceil(points.stream().mapToDouble(Point::to).max().orElse(1)));
        }
        for (String g : groups) {
            Color colour = PlotTheme.colour(groups.indexOf(g));
            List<Point> ofGroup = points.stream().filter(p -> p.group.equals(g)).toList();
            addLines(chart, g + " (range)", colour, ofGroup, true);
            if (time) {
                addLines(chart, g + " (period)", colour, ofGroup, false);
            }
            for (String s : shapes) {
                List<Point> dots = ofGroup.stream().filter(p -> p.shape.equals(s)).toList();
                if (dots.isEmpty()) {
                    continue;
                }
                List<Double> xs = new ArrayList<>(), ys = new ArrayList<>();
                for (Point p : dots) {
                    xs.add(p.x);
                    ys.add(p.y);
                    if (p.y2 != p.y) {
                        xs.add(p.x);
                        ys.add(p.y2);
                    }
                }
                String name = groupBy == null && shapeBy == null ? yCol
                        : groupBy == null ? s : shapeBy == null ? g : g + " (" + s + ")";
                XYSeriesKinds.addMarkers(chart, name, xs, ys, PlotTheme.MARKERS.get(shapes.indexOf(s) % PlotTheme.MARKERS.size()),
                        colour);
            }
        }
        legendFor(chart, (int) chart.getSeriesMap().values().stream().filter(XYSeries::isShowInLegend).count(), "groups");
        theme.apply(chart);
        if (years) {
            chart.setCustomXAxisTickLabelsFormatter(AxisFormat.YEAR.labels());
        }
        return PlotModel.attach(chart, rows(points, time, years), c -> body(c, points, groups, shapes, time, years), theme);
    }

    /** The vertical lines of ranges, or the horizontal lines of periods longer than a day, as one series with gaps. */
    private static void addLines(XYChart chart, String name, Color colour, List<Point> points, boolean ranges) {
        List<Double> xs = new ArrayList<>(), ys = new ArrayList<>();
        for (Point p : points) {
            if (ranges && p.y2 != p.y) {
                xs.addAll(List.of(p.x, p.x, p.x));
                ys.addAll(List.of(p.y, p.y2, Double.NaN));
            } else if (!ranges && p.to - p.from > 2 / 365.0) {
                for (double y : p.y2 != p.y ? new double[] {p.y, p.y2} : new double[] {p.y}) {
                    xs.addAll(List.of(p.from, p.to, p.to));
                    ys.addAll(List.of(y, y, Double.NaN));
                }
            }
        }
        if (!xs.isEmpty()) {
            XYSeriesKinds.addUnlistedLine(chart, name, xs, ys, colour, ranges ? SeriesLines.SOLID : SeriesLines.DASH_DASH);
        }
    }

    private List<Map<String, Object>> rows(List<Point> points, boolean time, boolean years) {
        boolean provenance = Cols.has(table, "source", "line");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Point p : points) {
            Map<String, Object> row = Json.obj("x", Json.num(p.x), "y", Json.num(p.y), "y2", p.y2 != p.y ? Json.num(p.y2) : null,
                    "from", time ? Json.num(p.from) : null, "to", time ? Json.num(p.to) : null,
                    "group", p.group, "shape", p.shape);
            if (labelCol != null) {
                row.put(VegaFields.key(labelCol), Cols.label(table.column(labelCol), p.row));
            }
            if (groupBy != null) {
                row.put(VegaFields.key(groupBy), p.group);
            }
            row.put(VegaFields.key(xField()), time ? p.when : (years ? AxisFormat.YEAR : AxisFormat.GROUPED).label(p.x));
            if (shapeBy != null && !shapeBy.equals(groupBy)) {
                row.put(VegaFields.key(shapeBy), p.shape);
            }
            row.put(VegaFields.key(provenance ? Hover.FIGURE : yCol), provenance ? Hover.figure(table, p.row, p.y, p.y2)
                    : AxisFormat.GROUPED.label(p.y) + (p.y2 != p.y ? " to " + AxisFormat.GROUPED.label(p.y2) : ""));
            putHover(row, p.row);
            rows.add(row);
        }
        return rows;
    }

    private List<String> tooltipFields() {
        List<String> f = new ArrayList<>();
        if (labelCol != null) {
            f.add(labelCol);
        }
        if (groupBy != null) {
            f.add(groupBy);
        }
        f.add(xField());
        if (shapeBy != null) {
            f.add(shapeBy);
        }
        boolean provenance = Cols.has(table, "source", "line");
        f.add(provenance ? Hover.FIGURE : yCol);
        return hoverFields(f);
    }

    private Map<String, Object> body(Chart<?, ?> c, List<Point> points, List<String> groups, List<String> shapes,
                                     boolean time, boolean years) {
        double maxY = points.stream().mapToDouble(p -> Math.max(Math.abs(p.y), Math.abs(p.y2))).max().orElse(0);
        double maxX = points.stream().mapToDouble(p -> Math.abs(p.x)).max().orElse(0);
        Map<String, Object> x = Vega.x(c, "x", years ? AxisFormat.YEAR : AxisFormat.forMagnitude(maxX), VegaLite.viewWidth(c));
        Map<String, Object> y = Vega.y(c, "y", AxisFormat.forMagnitude(maxY), null);
        Map<String, Object> colour = colourBy("group", groupBy, groups);
        Map<String, Object> shape = shapeBy == null ? null : Json.obj("field", "shape", "type", "nominal", "title", shapeBy,
                "scale", Json.obj("domain", shapes, "range", List.of("circle", "diamond", "square", "triangle-up",
                        "triangle-down", "cross").subList(0, Math.min(6, shapes.size()))),
                // mid grey shapes in the legend read on JupyterLab's light and dark backgrounds alike
                "legend", Vega.legendBelow("symbolFillColor", "#888888", "symbolStrokeColor", "#888888"));
        List<Object> tooltip = Hover.tooltip(tooltipFields());
        Map<String, Object> pointMark = Json.obj("type", "point", "filled", true, "size", 90, "opacity", 0.9);
        List<Object> layers = new ArrayList<>();
        boolean ranges = points.stream().anyMatch(p -> p.y2 != p.y);
        boolean periods = time && points.stream().anyMatch(p -> p.to - p.from > 2 / 365.0);
        if (ranges) {
            layers.add(Json.obj("transform", List.of(Json.obj("filter", "isValid(datum.y2)")),
                    "mark", Json.obj("type", "rule", "strokeWidth", 2),
                    "encoding", Json.obj("x", x, "y", y, "y2", Json.obj("field", "y2"), "color", colour, "tooltip", tooltip)));
        }
        if (periods) {
            layers.add(Json.obj("transform", List.of(Json.obj("filter", "datum.to - datum.from > " + (2 / 365.0))),
                    "mark", Json.obj("type", "rule", "strokeWidth", 1.5, "strokeDash", List.of(4, 3)),
                    "encoding", Json.obj("x", Json.obj("field", "from", "type", "quantitative"), "x2", Json.obj("field", "to"),
                            "y", y, "color", colour, "tooltip", tooltip)));
        }
        layers.add(Json.obj("mark", pointMark, "encoding", Json.obj("x", x, "y", y, "color", colour, "shape", shape,
                "tooltip", tooltip)));
        if (ranges) {
            Map<String, Object> y2 = new LinkedHashMap<>(y);
            y2.put("field", "y2");
            layers.add(Json.obj("transform", List.of(Json.obj("filter", "isValid(datum.y2)")), "mark", pointMark,
                    "encoding", Json.obj("x", x, "y", y2, "color", colour, "shape", shape, "tooltip", tooltip)));
        }
        return Json.obj("layer", layers);
    }

    /** The hover field of x: a time x shows as {@value #DATE} (the period at its precision), a number under its column's name. */
    private String xField() {
        return Cols.isTime(table.column(xCol)) ? DATE : xCol;
    }

    private record Point(int row, double x, double y, double y2, double from, double to, String when, String group,
                         String shape) {
    }
}
