package org.etrkit.kernel.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Drawing stays bounded: image pixels, points per pixel column, points in all; the picture stays the same. */
class ChartImagesTest {

    private static XYChart points(int n, int width, int height) {
        XYChart c = new XYChartBuilder().width(width).height(height).title(n + " points").build();
        double[] x = new double[n], y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i + (i % 3) * 0.1;   // not equally spaced, so XChart's ticks do not depend on every value
            y[i] = Math.sin(i * 8.0 / n) + (i % 7) * 0.01;
        }
        c.addSeries("s", x, y);
        return c;
    }

    private static BufferedImage image(byte[] png) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void aHugeImageIsDrawnAtAScaleWithinThePixelLimitWithANote() throws Exception {
        // chartScale(4) on a 20000×20000 chart asked for 6.4 billion pixels and ran out of memory
        XYChart huge = points(10, 20_000, 20_000);
        ChartImages.Drawing d = ChartImages.draw(huge, 4, ChartImages.DEFAULT_MAX_PIXELS, ChartImages.DEFAULT_MAX_POINTS, List.of());
        assertTrue((long) d.width() * d.height() <= ChartImages.DEFAULT_MAX_PIXELS * 1.01, d.width() + "×" + d.height());
        assertEquals(1, d.notes().size());
        assertTrue(d.notes().get(0).contains("6,400,000,000 pixels") && d.notes().get(0).contains("maxChartPixels"),
                d.notes().get(0));
        BufferedImage img = image(d.png());
        assertEquals(d.width(), img.getWidth());
        assertEquals(d.height(), img.getHeight());
    }

    @Test
    void aMillionPointSeriesIsThinnedToWhatThePixelsShow() {
        int n = 1_000_000, width = 800, height = 500;
        XYChart c = points(n, width, height);
        XYSeries s = c.getSeriesMap().get("s");
        int[] keep = Thinned.keep(s.getXData(), s.getYData(), new double[] {0, n}, new double[] {-1, 1.1},
                false, false, width, height, true);
        // per pixel column at most four points for the line, plus one per pixel row it covers for markers
        assertTrue(keep.length <= width * (4L + height), "kept " + keep.length);
        assertTrue(keep.length < n / 50, "kept " + keep.length);
        for (int i = 1; i < keep.length; i++) {
            assertTrue(keep[i] > keep[i - 1], "in order");
        }
        int[] lineOnly = Thinned.keep(s.getXData(), s.getYData(), new double[] {0, n}, new double[] {-1, 1.1},
                false, false, width, height, false);
        assertTrue(lineOnly.length <= width * 4 + 4, "kept " + lineOnly.length);
    }

    @Test
    void drawingLeavesTheChartsOwnDataAndMarkersAsTheyWere() {
        XYChart c = points(50_000, 800, 500);
        XYSeries s = c.getSeriesMap().get("s");
        double[] x = s.getXData(), y = s.getYData();
        ChartImages.png(c, 1);
        assertSame(x, s.getXData());
        assertSame(y, s.getYData());
        assertEquals(50_000, s.getXData().length);
        assertTrue(s.getMarker() == null || s.getMarker().getClass().getName().startsWith("org.knowm"), String.valueOf(s.getMarker()));
    }

    @Test
    void theThinnedPictureIsThePicture() throws Exception {
        // the same 20,000 points drawn whole (XChart alone) and thinned: nearly every pixel the same
        XYChart whole = points(20_000, 800, 500);
        BufferedImage expected = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = expected.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        whole.paint(g, 800, 500);
        g.dispose();
        BufferedImage actual = image(ChartImages.png(points(20_000, 800, 500), 1));
        long differ = 0;
        for (int yy = 0; yy < 500; yy++) {
            for (int xx = 0; xx < 800; xx++) {
                int a = expected.getRGB(xx, yy), b = actual.getRGB(xx, yy);
                int d = Math.abs((a >> 16 & 255) - (b >> 16 & 255)) + Math.abs((a >> 8 & 255) - (b >> 8 & 255))
                        + Math.abs((a & 255) - (b & 255));
                if (d > 96) {
                    differ++;
                }
            }
        }
        assertTrue(differ < 800 * 500 / 100, differ + " of 400,000 pixels differ clearly");
    }

    @Test
    void moreThanThePointLimitIsRefusedWithWhatToDo() {
        XYChart c = points(2_000, 400, 300);
        ChartImages.TooLargeException e = assertThrows(ChartImages.TooLargeException.class,
                () -> ChartImages.draw(c, 1, ChartImages.DEFAULT_MAX_PIXELS, 1_000, List.of()));
        assertEquals("XYChart '2000 points' has 2,000 points, over the drawing limit of 1,000: plot a sample or a"
                + " summary of the table, or raise Etr.display().maxChartPoints(n).", e.getMessage());
    }

    @Test
    void aCategoryAxisWithTooManyCategoriesIsRefused() {
        CategoryChart c = new CategoryChartBuilder().build();
        List<Integer> xs = java.util.stream.IntStream.range(0, 30_000).boxed().toList();
        c.addSeries("s", xs, xs);
        ChartImages.TooLargeException e = assertThrows(ChartImages.TooLargeException.class, () -> ChartImages.png(c, 1));
        assertTrue(e.getMessage().contains("30,000 categories"), e.getMessage());
    }

    @Test
    void notesAreWrittenUnderTheChart() throws Exception {
        XYChart c = points(10, 400, 300);
        ChartImages.Drawing d = ChartImages.draw(c, 1, ChartImages.DEFAULT_MAX_PIXELS, 100, List.of("a note"));
        assertEquals(400, d.width());
        assertTrue(d.height() > 300);
        assertEquals(List.of("a note"), d.notes());
        ChartImages.Drawing plain = ChartImages.draw(c, 1, ChartImages.DEFAULT_MAX_PIXELS, 100, List.of());
        assertEquals(300, plain.height());
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(plain.png(), 4));
    }

    @Test
    void scatterSeriesWithoutLinesAreThinnedToo() throws Exception {
        XYChart c = points(100_000, 800, 500);
        c.getSeriesMap().get("s").setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        c.getSeriesMap().get("s").setMarker(SeriesMarkers.DIAMOND);
        assertEquals(800, image(ChartImages.png(c, 1)).getWidth());
    }

}
