package org.etrkit.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.etrkit.plot.internal.AxisFormat;
import org.etrkit.plot.internal.Cols;
import org.etrkit.plot.internal.Hover;
import org.etrkit.plot.internal.Json;
import org.etrkit.plot.internal.Vega;
import org.etrkit.plot.internal.VegaFields;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;

import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Lines through ({@code x}, {@code y}) in x order, one per value of {@link #groupBy(String)}; named after
 * Tablesaw's {@code LinePlot}. Series of up to {@value #MARKER_LIMIT} points also get a dot per point.
 *
 * <pre>{@code
 * LinePlot.create("Population", table, "year", "population");
 * LinePlot.builder(table, "year", "population").groupBy("region").build();
 * }</pre>
 */
public final class LinePlot extends PlotBuilder<LinePlot, XYChart> {

    /** Lines with more points than this are drawn without a dot per point. */
    public static final int MARKER_LIMIT = 100;

    private final String xCol;
    private final String yCol;
    private String groupBy;

    private LinePlot(Table table, String xCol, String yCol) {
        super(table);
        xy(xCol, yCol);
        this.xCol = xCol;
        this.yCol = yCol;
    }

    /**
     * A builder: a line through ({@code xCol}, {@code yCol}). A null table, a column it does not have, an x of neither
     * dates nor numbers or a y of no numbers is a {@link PlotException}.
     */
    public static LinePlot builder(Table table, String xCol, String yCol) {
        return new LinePlot(table, xCol, yCol);
    }

    /** A line through ({@code xCol}, {@code yCol}), titled {@code title}; mistakes as for {@link #builder} and {@link #build()}. */
    public static XYChart create(String title, Table table, String xCol, String yCol) {
        return builder(table, xCol, yCol).title(title).build();
    }

    /** One line per value of {@code groupCol}; mistakes as for {@link #builder} and {@link #build()}. */
    public static XYChart create(String title, Table table, String xCol, String yCol, String groupCol) {
        return builder(table, xCol, yCol).groupBy(groupCol).title(title).build();
    }

    /** One line (and colour) per value of {@code column}; a column the table does not have is a {@link PlotException}. */
    public LinePlot groupBy(String column) {
        column(column);
        this.groupBy = column;
        return this;
    }

    @Override
    public XYChart build() {
        Column<?> xc = table.column(xCol);
        boolean time = Cols.isTime(xc);
        NumericColumn<?> yc = table.numberColumn(yCol);
        Column<?> gc = groupBy == null ? null : table.column(groupBy);
        List<double[]> pts = new ArrayList<>();   // {x, y, row}
        List<String> rowGroups = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            double x = time ? (period(xc, null, r) == null ? Double.NaN : period(xc, null, r).fromYear())
                    : Cols.value((NumericColumn<?>) xc, r);
            double y = Cols.value(yc, r);
            if (Double.isNaN(x) || Double.isNaN(y) || logY && y <= 0) {
                continue; // a missing value, or one a log axis has no place for: the line leaves it out
            }
            pts.add(new double[] {x, y, r});
            rowGroups.add(gc == null ? "" : Cols.category(gc, r));
        }
        List<String> groups = new ArrayList<>(new LinkedHashSet<>(rowGroups));
        boolean years = yearsOnX(xc, pts.stream().mapToDouble(p -> p[0]).toArray());
        XYChart chart = xyChart(yCol + " by " + xCol, xCol, yCol);
        chart.getStyler().setYAxisLogarithmic(logY).setLegendVisible(groupBy != null);
        legendFor(chart, groups.size(), "lines");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String g : groups) {
            List<double[]> line = new ArrayList<>();
            for (int i = 0; i < pts.size(); i++) {
                if (rowGroups.get(i).equals(g)) {
                    line.add(pts.get(i));
                }
            }
            line.sort(Comparator.comparingDouble(p -> p[0]));
            double[] xs = line.stream().mapToDouble(p -> p[0]).toArray();
            double[] ys = line.stream().mapToDouble(p -> p[1]).toArray();
            XYSeries s = chart.addSeries(groupBy == null ? yCol : g, xs, ys);
            Color colour = PlotTheme.colour(groups.indexOf(g));
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setLineColor(colour);
            s.setMarkerColor(colour);
            s.setMarker(line.size() <= MARKER_LIMIT ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
            for (double[] p : line) {
                int r = (int) p[2];
                Map<String, Object> row = Json.obj("x", Json.num(p[0]), "y", Json.num(p[1]), "group", g);
                if (groupBy != null) {
                    row.put(VegaFields.key(groupBy), g);
                }
                row.put(VegaFields.key(xCol), time ? Cols.text(xc, r) : (years ? AxisFormat.YEAR : AxisFormat.GROUPED).label(p[0]));
                row.put(VegaFields.key(yCol), AxisFormat.GROUPED.label(p[1]));
                putHover(row, r);
                rows.add(row);
            }
        }
        theme.apply(chart);
        if (years) {
            chart.setCustomXAxisTickLabelsFormatter(AxisFormat.YEAR.labels());
        }
        boolean markers = rows.size() <= MARKER_LIMIT * Math.max(1, groups.size());
        List<String> tips = new ArrayList<>();
        if (groupBy != null) {
            tips.add(groupBy);
        }
        tips.add(xCol);
        tips.add(yCol);
        List<String> tipFields = hoverFields(tips);
        double maxY = pts.stream().mapToDouble(p -> Math.abs(p[1])).max().orElse(0);
        double maxX = pts.stream().mapToDouble(p -> Math.abs(p[0])).max().orElse(0);
        return PlotModel.attach(chart, rows, c -> body(c, groups, tipFields, markers,
                years ? AxisFormat.YEAR : AxisFormat.forMagnitude(maxX), AxisFormat.forMagnitude(maxY)), theme);
    }

    private Map<String, Object> body(Chart<?, ?> c, List<String> groups, List<String> tips, boolean markers,
                                     AxisFormat xf, AxisFormat yf) {
        Map<String, Object> enc = Json.obj("x", Vega.x(c, "x", xf, VegaLite.viewWidth(c)), "y", Vega.y(c, "y", yf, null),
                "color", colourBy("group", groupBy, groups),
                "detail", Json.obj("field", "group", "type", "nominal"), "tooltip", Hover.tooltip(tips));
        return Json.obj("mark", Json.obj("type", "line", "point", markers, "strokeWidth", 2), "encoding", enc);
    }
}
