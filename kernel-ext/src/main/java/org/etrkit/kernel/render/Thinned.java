package org.etrkit.kernel.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.style.SeriesColorMarkerLineStyle;
import org.knowm.xchart.internal.style.SeriesColorMarkerLineStyleCycler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.None;

/**
 * An XY chart's series thinned to what a picture of {@code width} × {@code height} pixels can show,
 * for one drawing; {@link #close()} puts the series' own data and markers back.
 *
 * <p>XChart draws every point as its own line segment and marker, and computes axis ticks over a set of
 * every value, so a 1,000,000-point chart takes minutes. Per pixel column a series keeps its first, last,
 * lowest and highest point, which is all a line drawing shows (the M4 reduction), and, when it has
 * markers, one point for every pixel row it covers in that column (rows of a quarter marker's size),
 * so no marker position is lost by more than a pixel.
 * Markers are then stamped from a small image drawn once, instead of being filled one by one.
 */
final class Thinned implements AutoCloseable {

    /** Series up to this many points per pixel column are drawn as they are. */
    private static final int POINTS_PER_COLUMN = 2;

    private record Saved(XYSeries series, double[] x, double[] y, double[] extra, Marker marker) {
    }

    private final List<Saved> saved = new ArrayList<>();
    private Map<String, XYSeries> seriesMap;
    private List<Map.Entry<String, XYSeries>> order;

    private Thinned() {
    }

    /** Thins {@code chart} (only an XY chart) for a drawing of this size; {@code stampMarkers} for bitmaps. */
    static Thinned forDrawing(Chart<?, ?> chart, int width, int height, boolean stampMarkers) {
        Thinned t = new Thinned();
        if (!(chart instanceof XYChart xy)) {
            return t;
        }
        boolean big = xy.getSeriesMap().values().stream().anyMatch(s -> s.getXData().length > POINTS_PER_COLUMN * width);
        if (!big) {
            return t;
        }
        assignStyles(xy);
        XYStyler st = xy.getStyler();
        double[] xr = range(xy, true, st.getXAxisMin(), st.getXAxisMax(), st.isXAxisLogarithmic());
        double[] yr = range(xy, false, st.getYAxisMin(), st.getYAxisMax(), st.isYAxisLogarithmic());
        t.seriesMap = xy.getSeriesMap();
        t.order = new ArrayList<>(t.seriesMap.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList());
        List<Map.Entry<String, XYSeries>> drawn = new ArrayList<>();
        try {
            for (Map.Entry<String, XYSeries> entry : t.order) {
                XYSeries s = entry.getValue();
                drawn.add(entry);
                double[] x = s.getXData(), y = s.getYData();
                if (x.length <= POINTS_PER_COLUMN * width) {
                    continue;
                }
                boolean markers = s.getMarker() != null && !(s.getMarker() instanceof None);
                boolean lines = s.getXYSeriesRenderStyle() != XYSeries.XYSeriesRenderStyle.Scatter;
                double[] extra = s.getExtraValues();
                int[] line = keep(x, y, xr, yr, st.isXAxisLogarithmic(), st.isYAxisLogarithmic(), width, height, !lines);
                t.saved.add(new Saved(s, x, y, extra, s.getMarker()));
                s.replaceData(pick(x, line), pick(y, line), extra == null ? null : pick(extra, line));
                if (markers && stampMarkers) {
                    s.setMarker(new Stamp(s.getMarker()));
                }
                if (markers && lines && extra == null) {
                    // the line needs four points a column; the markers one per pixel row: drawn as a second,
                    // marker-only series right after it (so in the same place of the drawing order)
                    // a marker covers markerSize pixels: one per quarter of that in a column leaves no gap
                    int cell = Math.max(1, st.getMarkerSize() / 4);
                    int[] dots = keep(x, y, xr, yr, st.isXAxisLogarithmic(), st.isYAxisLogarithmic(), width,
                            Math.max(1, height / cell), true);
                    XYSeries m = new XYSeries(entry.getKey() + "\u0000markers", pick(x, dots), pick(y, dots), null,
                            s.getxAxisDataType());
                    m.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                    m.setMarker(s.getMarker());
                    m.setMarkerColor(s.getMarkerColor());
                    m.setLineColor(s.getLineColor());
                    m.setFillColor(s.getFillColor());
                    m.setLineStyle(s.getLineStyle());
                    m.setShowInLegend(false);
                    m.setYAxisGroup(s.getYAxisGroup());
                    drawn.add(Map.entry(m.getName(), m));
                }
            }
            if (drawn.size() > t.order.size()) {
                t.seriesMap.clear();
                drawn.forEach(e -> t.seriesMap.put(e.getKey(), e.getValue()));
            }
        } catch (RuntimeException | Error e) {
            t.close();
            throw e;
        }
        return t;
    }

    @Override
    public void close() {
        if (seriesMap != null && seriesMap.size() != order.size()) {
            seriesMap.clear();
            order.forEach(e -> seriesMap.put(e.getKey(), e.getValue()));
        }
        for (Saved s : saved) {
            s.series.replaceData(s.x, s.y, s.extra);
            s.series.setMarker(s.marker);
        }
        saved.clear();
    }

    /**
     * The indices to draw, in order: per pixel column the first, lowest, highest and last point, and with
     * markers the first point of each pixel row; missing values (NaN, line breaks) are kept.
     */
    static int[] keep(double[] x, double[] y, double[] xr, double[] yr, boolean logX, boolean logY, int width,
                      int height, boolean markers) {
        double fx = width / Math.max(Double.MIN_NORMAL, xr[1] - xr[0]);
        double fy = height / Math.max(Double.MIN_NORMAL, yr[1] - yr[0]);
        // a column adds its first, lowest, highest and last point after its marker rows, before removing repeats:
        // up to four more than the points read so far (a timeline's markers, each in a row of its own)
        int[] out = new int[x.length + 4];
        int n = 0;
        BitSet rows = new BitSet();
        int i = 0;
        while (i < x.length) {
            if (Double.isNaN(y[i]) || Double.isNaN(x[i])) {
                out[n++] = i++;
                continue;
            }
            long col = (long) Math.floor(((logX ? Math.log10(x[i]) : x[i]) - xr[0]) * fx);
            int first = i, lo = i, hi = i, last = i;
            rows.clear();
            int start = n;
            while (i < x.length && !Double.isNaN(y[i]) && !Double.isNaN(x[i])
                    && (long) Math.floor(((logX ? Math.log10(x[i]) : x[i]) - xr[0]) * fx) == col) {
                if (y[i] < y[lo]) {
                    lo = i;
                }
                if (y[i] > y[hi]) {
                    hi = i;
                }
                if (markers) {
                    int row = (int) Math.max(0, Math.min(Integer.MAX_VALUE - 1,
                            Math.floor(((logY ? Math.log10(y[i]) : y[i]) - yr[0]) * fy) + 1));
                    if (!rows.get(row)) {
                        rows.set(row);
                        out[n++] = i;
                    }
                }
                last = i;
                i++;
            }
            int[] m4 = {first, lo, hi, last};
            Arrays.sort(m4);
            for (int k : m4) {
                out[n++] = k;
            }
            Arrays.sort(out, start, n);
            int w = start;
            for (int r = start; r < n; r++) {
                if (w == start || out[w - 1] != out[r]) {
                    out[w++] = out[r];
                }
            }
            n = w;
        }
        return Arrays.copyOf(out, n);
    }

    private static double[] pick(double[] a, int[] idx) {
        double[] r = new double[idx.length];
        for (int i = 0; i < idx.length; i++) {
            r[i] = a[idx[i]];
        }
        return r;
    }

    /** The axis range the chart will show (its set limits, else the data's), log10 for a log axis. */
    private static double[] range(XYChart chart, boolean xAxis, Double min, Double max, boolean log) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (XYSeries s : chart.getSeriesMap().values()) {
            lo = Math.min(lo, xAxis ? s.getXMin() : s.getYMin());
            hi = Math.max(hi, xAxis ? s.getXMax() : s.getYMax());
        }
        if (min != null) {
            lo = min;
        }
        if (max != null) {
            hi = max;
        }
        if (log) {
            lo = Math.log10(Math.max(lo, Double.MIN_NORMAL));
            hi = Math.log10(Math.max(hi, Double.MIN_NORMAL));
        }
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        return new double[] {lo, hi};
    }

    /** XChart's own first-paint style assignment, done before thinning so markers can be stamped. */
    private static void assignStyles(XYChart chart) {
        XYStyler st = chart.getStyler();
        SeriesColorMarkerLineStyleCycler cycler = new SeriesColorMarkerLineStyleCycler(st.getSeriesColors(),
                st.getSeriesMarkers(), st.getSeriesLines());
        for (XYSeries s : chart.getSeriesMap().values()) {
            SeriesColorMarkerLineStyle style = cycler.getNextSeriesColorMarkerLineStyle();
            if (s.getXYSeriesRenderStyle() == null) {
                s.setXYSeriesRenderStyle(st.getDefaultSeriesRenderStyle());
            }
            if (s.getLineStyle() == null) {
                s.setLineStyle(style.getStroke());
            }
            if (s.getLineColor() == null) {
                s.setLineColor(style.getColor());
            }
            if (s.getFillColor() == null) {
                s.setFillColor(style.getColor());
            }
            if (s.getMarker() == null) {
                s.setMarker(style.getMarker());
            }
            if (s.getMarkerColor() == null) {
                s.setMarkerColor(style.getColor());
            }
        }
    }

    /** A marker stamped from an image of itself, drawn once per colour and size at the device scale. */
    private static final class Stamp extends Marker {
        private final Marker marker;
        private final Map<String, BufferedImage> images = new HashMap<>();

        Stamp(Marker marker) {
            this.marker = marker;
        }

        @Override
        public void paint(Graphics2D g, double x, double y, int size) {
            AffineTransform t = g.getTransform();
            double scale = Math.max(t.getScaleX(), t.getScaleY());
            Color colour = g.getColor();
            int side = (int) Math.ceil(size * scale) + 4;
            BufferedImage img = images.computeIfAbsent(colour.getRGB() + ":" + size + ":" + scale, k -> {
                BufferedImage i = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
                Graphics2D gi = i.createGraphics();
                try {
                    gi.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                    gi.setColor(colour);
                    gi.scale(scale, scale);
                    marker.paint(gi, side / 2.0 / scale, side / 2.0 / scale, size);
                } finally {
                    gi.dispose();
                }
                return i;
            });
            Point2D p = t.transform(new Point2D.Double(x, y), null);
            g.setTransform(new AffineTransform());
            g.drawImage(img, (int) Math.round(p.getX() - side / 2.0), (int) Math.round(p.getY() - side / 2.0), null);
            g.setTransform(t);
        }
    }
}
