package org.etrkit.plot;

import java.awt.Color;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.etrkit.plot.internal.AxisFormat;
import org.etrkit.plot.internal.Cols;
import org.etrkit.plot.internal.Hover;
import org.etrkit.plot.internal.Json;
import org.etrkit.plot.internal.Period;
import org.etrkit.plot.internal.Vega;
import org.etrkit.plot.internal.VegaFields;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Events on a time line: one marker per row at the start of its date, a line over the period when the
 * date covers more than a day, the marker's shape and colour saying how precise the date is (a day, a
 * month, a year, or an interval). With {@link #laneBy(String)} each value (an article) gets its own
 * lane, titled above it; within a lane an event goes on the lowest row where it overlaps no other, so
 * none hides another. Hovering a marker shows the event, its date and its article and line.
 *
 * <pre>{@code
 * TimelinePlot.create("Dated sentences", Etr.timeline(), "date_from", "event");
 * TimelinePlot.builder(events, "date_from", "event").to("date_to").laneBy("source")
 *         .mark(LocalDate.of(1944, 11, 12), "ETR declared").build();
 * }</pre>
 *
 * <p>The date column holds dates or ISO text ({@code 1945}, {@code 1945-08}, {@code 1946/1947});
 * {@link #to(String)} gives the last day from a second column. Rows without a date are left out.
 */
public final class TimelinePlot extends PlotBuilder<TimelinePlot, XYChart> {

    /** How precise a date is, in legend order. */
    static final List<String> PRECISIONS = List.of("exact day", "month", "year", "interval");
    private static final List<Marker> SHAPES = List.of(SeriesMarkers.CIRCLE, SeriesMarkers.DIAMOND, SeriesMarkers.SQUARE,
            SeriesMarkers.TRIANGLE_UP);
    private static final List<String> VEGA_SHAPES = List.of("circle", "diamond", "square", "triangle-up");

    private final String dateCol;
    private final String labelCol;
    private String toCol;
    private String laneBy;
    private final Map<Double, String> marks = new LinkedHashMap<>();

    private TimelinePlot(Table table, String dateCol, String labelCol) {
        super(table);
        Column<?> d = column(dateCol);
        column(labelCol);
        if (!Cols.isTime(d) && !(d instanceof tech.tablesaw.api.StringColumn)) {
            throw mistake("column '" + dateCol + "' holds "
                    + d.type().name().toLowerCase() + ", not dates");
        }
        this.dateCol = dateCol;
        this.labelCol = labelCol;
    }

    /**
     * A builder: one marker per row at {@code dateCol}, named by {@code labelCol}. A null table, a column it does not
     * have, or a {@code dateCol} of neither dates nor text is a {@link PlotException}.
     */
    public static TimelinePlot builder(Table table, String dateCol, String labelCol) {
        return new TimelinePlot(table, dateCol, labelCol);
    }

    /** One marker per row at {@code dateCol}, titled {@code title}; mistakes as for {@link #builder} and {@link #build()}. */
    public static XYChart create(String title, Table table, String dateCol, String labelCol) {
        return builder(table, dateCol, labelCol).title(title).build();
    }

    /** The last day of each row's period, from a second column (dates or ISO text); a column the table does not have is a {@link PlotException}. */
    public TimelinePlot to(String column) {
        column(column);
        this.toCol = column;
        return this;
    }

    /** One lane per value of {@code column} (such as the article), in alphabetical order from the top; a column the table does not have is a {@link PlotException}. */
    public TimelinePlot laneBy(String column) {
        column(column);
        this.laneBy = column;
        return this;
    }

    /** A vertical line at {@code day}, labelled; a null day is a {@link NullPointerException}. */
    public TimelinePlot mark(LocalDate day, String label) {
        if (day == null) {
            throw mistake("mark: the day is null (a missing date of a column, say); give a day, such as "
                    + "Etr.day(\"12 November 1944\")" + (label == null ? "" : ", for the mark '" + label + "'"));
        }
        marks.put(Period.decimalYear(day), label == null ? "" : label);
        return this;
    }

    private record Event(int row, Period period, String precision, String lane) {
    }

    @Override
    public XYChart build() {
        Column<?> dc = table.column(dateCol);
        Column<?> tc = toCol == null ? null : table.column(toCol);
        Column<?> lc = laneBy == null ? null : table.column(laneBy);
        List<Event> events = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            Period p = period(dc, tc, r);
            if (p != null) {
                events.add(new Event(r, p, precision(p), lc == null ? "" : Cols.label(lc, r)));
            }
        }
        events.sort(Comparator.comparing((Event e) -> e.period.first()).thenComparing(Event::lane).thenComparing(Event::row));
        double minX = Math.floor(events.stream().mapToDouble(e -> e.period.fromYear()).min().orElse(2000));
        double maxX = Math.ceil(events.stream().mapToDouble(e -> e.period.toYear()).max().orElse(minX + 1));
        double span = Math.max(1, maxX - minX);

        // lanes from the bottom up, the first (alphabetically) on top; rows packed within each lane
        List<String> lanes = new ArrayList<>(new TreeSet<>(events.stream().map(Event::lane).toList()));
        Map<String, List<Double>> freeFrom = new LinkedHashMap<>();
        double[] rowOf = new double[events.size()];
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            List<Double> free = freeFrom.computeIfAbsent(e.lane, k -> new ArrayList<>());
            double from = e.period.fromYear();
            int row = 0;
            while (row < free.size() && free.get(row) > from) {
                row++;
            }
            double end = Math.max(e.period.toYear(), from + 0.012 * span) + 0.006 * span;
            if (row == free.size()) {
                free.add(end);
            } else {
                free.set(row, end);
            }
            rowOf[i] = row;
        }
        Map<String, Double> base = new LinkedHashMap<>();
        double next = 0;
        for (int i = lanes.size() - 1; i >= 0; i--) {
            base.put(lanes.get(i), next);
            next += freeFrom.get(lanes.get(i)).size() + (laneBy == null ? 0.5 : 1.5);
        }
        double top = next - (laneBy == null ? 0.5 : 0.8) + 0.7 * marks.size();   // a line of room per mark label

        XYChart chart = xyChart(labelCol + " by " + dateCol, "Year (marker: start of the date; line: the period it covers)", "");
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter)
                .setXAxisMin(minX).setXAxisMax(maxX).setYAxisMin(-0.8).setYAxisMax(top + 0.3)
                .setYAxisTicksVisible(false).setPlotGridHorizontalLinesVisible(false);
        double[] ys = new double[events.size()];
        for (int i = 0; i < events.size(); i++) {
            ys[i] = base.get(events.get(i).lane) + rowOf[i];
        }
        for (String precision : PRECISIONS) {
            int k = PRECISIONS.indexOf(precision);
            Color colour = PlotTheme.PALETTE.get(k);
            List<Double> lx = new ArrayList<>(), ly = new ArrayList<>(), mx = new ArrayList<>(), my = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                if (!e.precision.equals(precision)) {
                    continue;
                }
                mx.add(e.period.fromYear());
                my.add(ys[i]);
                if (!e.period.isDay()) {
                    lx.addAll(List.of(e.period.fromYear(), e.period.toYear(), e.period.toYear()));
                    ly.addAll(List.of(ys[i], ys[i], Double.NaN));
                }
            }
            if (!lx.isEmpty()) {
                XYSeriesKinds.addUnlistedLine(chart, precision + " (period)", lx, ly, colour, SeriesLines.SOLID);
            }
            if (!mx.isEmpty()) {
                XYSeriesKinds.addMarkers(chart, precision, mx, my, SHAPES.get(k), colour);
            }
        }
        theme.apply(chart);
        chart.setCustomXAxisTickLabelsFormatter(AxisFormat.YEAR.labels());
        List<Map<String, Object>> laneTitles = new ArrayList<>();
        if (laneBy != null) {
            for (String lane : lanes) {
                double y = base.get(lane) + freeFrom.get(lane).size() - 0.25;
                chart.addAnnotation(new AnnotationText(lane, (minX + maxX) / 2, y, false));
                laneTitles.add(Json.obj("x", (minX + maxX) / 2, "y", y, "text", lane));
            }
        }
        List<Map<String, Object>> markRows = new ArrayList<>();
        int k = 0;
        double unitsPerPixel = (maxX - minX) / Math.max(100, width - 140);
        for (Map.Entry<Double, String> m : marks.entrySet()) {
            // XChart centres annotation text: shift it right of its line by half its (estimated) width
            double y = top + 0.05 - 0.7 * k++;
            double half = (m.getValue().length() * 6.2 / 2 + 5) * unitsPerPixel;
            chart.addAnnotation(new AnnotationLine(m.getKey(), true, false));
            if (!m.getValue().isEmpty()) { // a mark without a label is its line alone: XChart cannot paint empty text
                chart.addAnnotation(new AnnotationText(m.getValue(), m.getKey() + half, y, false));
            }
            markRows.add(Json.obj("x", m.getKey(), "y", y, "text", m.getValue()));
        }

        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            Map<String, Object> row = Json.obj("x", e.period.fromYear(), "x2", e.period.toYear(), "y", ys[i],
                    "precision", e.precision, "lane", e.lane);
            row.put(VegaFields.key(labelCol), Cols.label(table.column(labelCol), e.row));
            row.put("date", dateText(e) + " (" + e.precision + ")");
            putHover(row, e.row);
            rows.add(row);
        }
        // with no event, the view has no row to hover: its own fields only
        List<String> tipFields = events.isEmpty() ? List.copyOf(new LinkedHashSet<>(List.of(labelCol, "date")))
                : hoverFields(List.of(labelCol, "date"));
        List<String> present = PRECISIONS.stream().filter(p -> events.stream().anyMatch(e -> e.precision.equals(p))).toList();
        double yTop = top + 0.3;
        return PlotModel.attach(chart, rows, c -> body(c, present, tipFields, laneTitles, markRows, yTop), theme);
    }

    /** The date at its precision ("1944-11"), and as the article writes it when the table has {@code date_text}. */
    private String dateText(Event e) {
        String written = table.containsColumn("date_text") ? Cols.text(table.column("date_text"), e.row) : "";
        return e.period.label() + (written.isBlank() ? "" : ", \u201C" + written + "\u201D");
    }

    /** day, month, year, or an interval of another length. */
    static String precision(Period p) {
        LocalDate a = p.first(), b = p.last();
        if (a.equals(b)) {
            return PRECISIONS.get(0);
        }
        if (a.getDayOfMonth() == 1 && b.equals(a.plusMonths(1).minusDays(1))) {
            return PRECISIONS.get(1);
        }
        if (a.getDayOfYear() == 1 && b.equals(a.plusYears(1).minusDays(1))) {
            return PRECISIONS.get(2);
        }
        return PRECISIONS.get(3);
    }

    private Map<String, Object> body(Chart<?, ?> c, List<String> present, List<String> tips,
                                     List<Map<String, Object>> laneTitles, List<Map<String, Object>> markRows, double yTop) {
        Map<String, Object> x = Vega.x(c, "x", AxisFormat.YEAR, VegaLite.viewWidth(c));
        // no y axis: Gson, which JJava writes messages with, drops null values, so "axis": null cannot be said
        Map<String, Object> y = Json.obj("field", "y", "type", "quantitative",
                "axis", Json.obj("labels", false, "ticks", false, "domain", false, "grid", false, "title", ""),
                "scale", Json.obj("domain", List.of(-0.8, yTop), "zero", false));
        List<String> colours = present.stream().map(p -> PlotTheme.paletteHex().get(PRECISIONS.indexOf(p))).toList();
        List<String> shapes = present.stream().map(p -> VEGA_SHAPES.get(PRECISIONS.indexOf(p))).toList();
        Map<String, Object> legend = Vega.legendBelow("title", "date given as");
        Map<String, Object> colour = Json.obj("field", "precision", "type", "nominal",
                "scale", Json.obj("domain", present, "range", colours), "legend", legend);
        Map<String, Object> shape = Json.obj("field", "precision", "type", "nominal",
                "scale", Json.obj("domain", present, "range", shapes), "legend", legend);
        List<Object> tooltip = Hover.tooltip(tips);
        List<Object> layers = new ArrayList<>();
        layers.add(Json.obj("transform", List.of(Json.obj("filter", "datum.x2 - datum.x > " + (2 / 365.0))),
                "mark", Json.obj("type", "rule", "strokeWidth", 2),
                "encoding", Json.obj("x", x, "x2", Json.obj("field", "x2"), "y", y, "color", colour, "tooltip", tooltip)));
        layers.add(Json.obj("mark", Json.obj("type", "point", "filled", true, "size", 70, "opacity", 0.95),
                "encoding", Json.obj("x", x, "y", y, "color", colour, "shape", shape, "tooltip", tooltip)));
        Map<String, Object> textX = Json.obj("field", "x", "type", "quantitative");
        Map<String, Object> textY = Json.obj("field", "y", "type", "quantitative");
        if (!laneTitles.isEmpty()) {
            layers.add(Json.obj("data", Json.obj("values", laneTitles),
                    "mark", Vega.themedText("fontWeight", "bold", "fontSize", 12, "limit", Vega.TO_WIDTH),
                    "encoding", Json.obj("x", textX, "y", textY, "text", Json.obj("field", "text", "type", "nominal"))));
        }
        if (!markRows.isEmpty()) {
            layers.add(Json.obj("data", Json.obj("values", markRows),
                    "mark", Json.obj("type", "rule", "strokeDash", List.of(6, 4), "color", Vega.MID_GREY),
                    "encoding", Json.obj("x", textX)));
            // a mark's label reads away from the nearer edge of the view: right of its line in the left half, left of it
            // in the right half, at most half the view wide (ellipsis); right of every line, those right of the middle
            // ran past the view's right edge, cut ("ETR: independence declared, 1944" in a 328-pixel view)
            AxesChartStyler st = (AxesChartStyler) c.getStyler();
            double middle = (st.getXAxisMin() + st.getXAxisMax()) / 2;
            Map<String, Object> limit = Json.obj("expr", "max(40, width / 2 - 6)");
            for (boolean right : List.of(false, true)) {
                layers.add(Json.obj("data", Json.obj("values", markRows),
                        "transform", List.of(Json.obj("filter", "datum.x " + (right ? ">" : "<=") + " " + middle)),
                        "mark", Vega.themedText("dx", right ? -4 : 4, "align", right ? "right" : "left", "fontSize", 11,
                                "limit", limit),
                        "encoding", Json.obj("x", textX, "y", textY, "text", Json.obj("field", "text", "type", "nominal"))));
            }
        }
        return Json.obj("layer", layers);
    }
}
