package org.etrkit.kernel.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Any XChart chart as PNG or SVG, in bounded time and memory:
 * <ul>
 * <li>an XY series with more points than the image has pixel columns is thinned for drawing to the
 * points that change a pixel: per column its first, last, lowest and highest point, and, when it has
 * markers, one point per pixel it covers. The picture is the same; the chart itself is not changed;</li>
 * <li>an image over {@code maxPixels} is drawn at a smaller scale, with a note saying so;</li>
 * <li>a chart of more than {@code maxPoints} points (category charts: categories × series) is not
 * drawn: {@link TooLargeException} says what to do instead.</li>
 * </ul>
 */
public final class ChartImages {

    /** Default image limit: 16 million pixels (4,000 × 4,000), 64 MB while drawing. */
    public static final long DEFAULT_MAX_PIXELS = 16_000_000L;
    /** Default point limit for drawing: ten million. */
    public static final long DEFAULT_MAX_POINTS = 10_000_000L;
    /** Category charts have a label per category: more positions than this are not drawn. */
    private static final long MAX_CATEGORY_POSITIONS = 20_000L;

    private ChartImages() {
    }

    /** A chart too large to draw, with the one-line reason. */
    public static final class TooLargeException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        TooLargeException(String message) {
            super(message);
        }
    }

    /**
     * A drawn chart.
     *
     * @param png    the image
     * @param width  its width in pixels
     * @param height its height in pixels
     * @param scale  the scale it was drawn at
     * @param notes  what was changed to stay within the limits, one sentence each (also written under the chart)
     */
    public record Drawing(byte[] png, int width, int height, double scale, List<String> notes) {
        /** A drawing; {@code notes} is copied (null is a {@link NullPointerException}). */
        public Drawing {
            notes = List.copyOf(notes);
        }
    }

    /**
     * The chart as a PNG at its own size times {@code scale}, within the default limits ({@link #DEFAULT_MAX_PIXELS},
     * {@link #DEFAULT_MAX_POINTS}); a chart of more points is a {@link TooLargeException}.
     */
    public static byte[] png(Chart<?, ?> chart, double scale) {
        return draw(chart, scale, DEFAULT_MAX_PIXELS, DEFAULT_MAX_POINTS, List.of()).png();
    }

    /**
     * The chart as a PNG at its own size times {@code scale}, at most {@code maxPixels} pixels and
     * refusing charts of more than {@code maxPoints} points (or category positions than a category axis can label) with a
     * {@link TooLargeException}; {@code extraNotes} are written under the chart with any of its own.
     */
    public static Drawing draw(Chart<?, ?> chart, double scale, long maxPixels, long maxPoints, List<String> extraNotes) {
        checkPoints(chart, maxPoints);
        List<String> notes = new ArrayList<>();
        double s = scale;
        double pixels = (double) chart.getWidth() * chart.getHeight() * s * s;
        if (pixels > maxPixels) {
            s = Math.sqrt((double) maxPixels / ((double) chart.getWidth() * chart.getHeight()));
            notes.add(String.format(Locale.ROOT, "Drawn at scale %.2f: %s × %s at scale %s is %s pixels, over the limit of %s"
                            + " (Etr.display().maxChartPixels(n) changes it).", s, count(chart.getWidth()),
                    count(chart.getHeight()), trim(scale), count((long) pixels), count(maxPixels)));
        }
        notes.addAll(extraNotes);
        int w = Math.max(1, (int) Math.round(chart.getWidth() * s));
        int chartH = Math.max(1, (int) Math.round(chart.getHeight() * s));
        Font noteFont = new Font(Font.SANS_SERIF, Font.ITALIC, Math.max(9, (int) Math.round(11 * s)));
        int lineH = (int) Math.ceil(noteFont.getSize() * 1.5);
        int h = chartH + (notes.isEmpty() ? 0 : notes.size() * lineH + lineH / 2);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Color background = chart.getStyler().getChartBackgroundColor();
            g.setColor(background);
            g.fillRect(0, 0, w, h);
            Graphics2D gc = (Graphics2D) g.create();
            try {
                gc.scale(s, s);
                try (Thinned ignored = Thinned.forDrawing(chart, w, chartH, true)) {
                    chart.paint(gc, chart.getWidth(), chart.getHeight());
                }
            } finally {
                gc.dispose();
            }
            if (!notes.isEmpty()) {
                g.setFont(noteFont);
                g.setColor(chart.getStyler().getChartFontColor());
                int y = chartH + lineH - lineH / 4;
                for (String note : notes) {
                    g.drawString(note, (int) Math.round(8 * s), y);
                    y += lineH;
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Drawing(out.toByteArray(), w, h, s, notes);
    }

    /**
     * The chart as an SVG document (thinned like the PNG at scale 1); a chart over {@link #DEFAULT_MAX_POINTS} points is
     * refused with a {@link TooLargeException}.
     */
    public static String svg(Chart<?, ?> chart) {
        checkPoints(chart, DEFAULT_MAX_POINTS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Thinned ignored = Thinned.forDrawing(chart, chart.getWidth(), chart.getHeight(), false)) {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** How many points a chart draws: XY points, category positions (categories × series), or series. */
    public static long points(Chart<?, ?> chart) {
        if (chart instanceof XYChart xy) {
            return xy.getSeriesMap().values().stream().mapToLong(s -> s.getXData().length).sum();
        }
        if (chart instanceof CategoryChart c) {
            return c.getSeriesMap().values().stream().mapToLong(s -> s.getXData().size()).sum();
        }
        return chart.getSeriesMap().size();
    }

    private static void checkPoints(Chart<?, ?> chart, long maxPoints) {
        long n = points(chart);
        String what = chart.getClass().getSimpleName() + (chart.getTitle() == null || chart.getTitle().isBlank() ? ""
                : " '" + chart.getTitle() + "'");
        if (n > maxPoints) {
            throw new TooLargeException(what + " has " + count(n) + " points, over the drawing limit of " + count(maxPoints)
                    + ": plot a sample or a summary of the table, or raise Etr.display().maxChartPoints(n).");
        }
        if (chart instanceof CategoryChart c) {
            long categories = c.getSeriesMap().values().stream().mapToLong(s -> s.getXData().size()).max().orElse(0);
            if (categories * Math.max(1, c.getSeriesMap().size()) > MAX_CATEGORY_POSITIONS) {
                throw new TooLargeException(what + " has " + count(categories) + " categories in " + c.getSeriesMap().size()
                        + " series, more than a category axis can label (" + count(MAX_CATEGORY_POSITIONS)
                        + " bars at most): group the table first, or draw it as an XYChart.");
            }
        }
    }

    private static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(n).replace('\u00a0', ',');
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
