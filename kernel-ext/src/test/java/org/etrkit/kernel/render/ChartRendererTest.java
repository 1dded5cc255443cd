package org.etrkit.kernel.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.etrkit.kernel.error.EtrException;
import org.etrkit.plot.Plot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.knowm.xchart.BoxChartBuilder;
import org.knowm.xchart.BubbleChartBuilder;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.DialChartBuilder;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.OHLCChartBuilder;
import org.knowm.xchart.PieChartBuilder;
import org.knowm.xchart.RadarChartBuilder;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Every XChart chart type renders to a valid PNG of its size and to SVG (no byte comparison: fonts vary). */
class ChartRendererTest {

    static Stream<Supplier<Chart<?, ?>>> charts() {
        return Stream.of(
                () -> {
                    var c = new XYChartBuilder().width(400).height(300).title("xy").build();
                    c.addSeries("s", new double[] {1, 2, 3}, new double[] {3, 1, 2});
                    return c;
                },
                () -> {
                    var c = new CategoryChartBuilder().width(400).height(300).title("bars").build();
                    c.addSeries("s", List.of("a", "b"), List.of(1, 2));
                    return c;
                },
                () -> {
                    var c = new PieChartBuilder().width(300).height(300).title("pie").build();
                    c.addSeries("a", 3);
                    c.addSeries("b", 5);
                    return c;
                },
                () -> {
                    var c = new BubbleChartBuilder().width(300).height(300).build();
                    c.addSeries("b", new double[] {1, 2}, new double[] {2, 3}, new double[] {5, 9});
                    return c;
                },
                () -> {
                    var c = new BoxChartBuilder().width(300).height(300).build();
                    c.addSeries("box", new double[] {1, 2, 3, 4, 9});
                    return c;
                },
                () -> {
                    var c = new DialChartBuilder().width(300).height(300).build();
                    c.addSeries("dial", 0.6, "60%");
                    return c;
                },
                () -> {
                    var c = new RadarChartBuilder().width(300).height(300).build();
                    c.setRadiiLabels(new String[] {"a", "b", "c"});
                    c.addSeries("r", new double[] {0.2, 0.5, 0.9}, new String[] {"a", "b", "c"});
                    return c;
                },
                () -> {
                    var c = new HeatMapChartBuilder().width(300).height(300).build();
                    c.addSeries("h", new int[] {1, 2}, new int[] {1, 2}, new int[][] {{1, 1, 3}, {2, 2, 5}});
                    return c;
                },
                () -> {
                    var c = new OHLCChartBuilder().width(300).height(300).build();
                    c.addSeries("o", new double[] {1, 2}, new double[] {1, 2}, new double[] {3, 4},
                            new double[] {0.5, 1}, new double[] {2, 3});
                    return c;
                });
    }

    @ParameterizedTest
    @MethodSource("charts")
    void everyChartTypeRendersToPngAndSvg(Supplier<Chart<?, ?>> make) throws Exception {
        Chart<?, ?> chart = make.get();
        byte[] png = ChartImages.png(chart, 1.0);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(chart.getWidth(), img.getWidth());
        assertEquals(chart.getHeight(), img.getHeight());
        BufferedImage sharp = ImageIO.read(new ByteArrayInputStream(ChartImages.png(chart, 2.0)));
        assertEquals(chart.getWidth() * 2, sharp.getWidth());
        String svg = ChartImages.svg(chart);
        assertTrue(svg.contains("<svg"), svg.substring(0, Math.min(200, svg.length())));
    }

    /** JJava's own renderer with the chart renderer registered as the extension registers it. */
    private static DisplayData render(Object chart, DisplayOptions options) {
        Renderer r = new Renderer();
        r.createRegistration(Chart.class).preferring(MIMEType.IMAGE_PNG, ChartRenderer.VEGA_LITE)
                .supporting(MIMEType.IMAGE_SVG, MIMEType.TEXT_PLAIN).register(new ChartRenderer(options));
        return r.render(chart);
    }

    private static tech.tablesaw.api.Table numbers(int n) {
        return tech.tablesaw.api.Table.create("numbers", tech.tablesaw.api.IntColumn.indexColumn("x", n, 0),
                tech.tablesaw.api.DoubleColumn.create("y", java.util.stream.IntStream.range(0, n).mapToDouble(i -> i % 17)));
    }

    @Test
    void aPlotShowsAsPngAndVegaLiteInOneBundle() {
        DisplayData d = render(Plot.scatter(numbers(20), "x", "y"), new DisplayOptions());
        assertTrue(d.hasDataForType(MIMEType.IMAGE_PNG));
        assertTrue(d.hasDataForType(ChartRenderer.VEGA_LITE));
        assertTrue(d.getData(ChartRenderer.VEGA_LITE) instanceof Map, "a JSON object, not a string");
        assertTrue(d.getData(MIMEType.TEXT_PLAIN).toString().startsWith("XYChart 'y by x'"));
        // as JJava writes it to the front end (Gson): the spec an object, its metadata hiding the editor link
        String wire = new com.google.gson.Gson().toJson(d);
        assertTrue(wire.contains("\"application/vnd.vegalite.v5+json\":{\"description\""), wire.substring(0, 300));
        assertTrue(wire.contains("\"embed_options\":{\"renderer\":\"svg\",\"actions\":{\"export\":true,\"source\":false,\"compiled\":false,\"editor\":false},\"defaultStyle\":"));
    }

    @Test
    void aChartTheKitDidNotMakeShowsAsPngOnly() {
        var c = new XYChartBuilder().build();
        c.addSeries("s", new double[] {1, 2}, new double[] {2, 1});
        DisplayData d = render(c, new DisplayOptions());
        assertTrue(d.hasDataForType(MIMEType.IMAGE_PNG));
        assertFalse(d.hasDataForType(ChartRenderer.VEGA_LITE));
    }

    @Test
    void aPlotOverTheInteractiveLimitShowsThePngWithANoteSaying() throws Exception {
        DisplayOptions options = new DisplayOptions().maxInteractivePoints(100);
        DisplayData d = render(Plot.scatter(numbers(500), "x", "y"), options);
        assertFalse(d.hasDataForType(ChartRenderer.VEGA_LITE));
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode((String) d.getData(MIMEType.IMAGE_PNG))));
        assertTrue(img.getHeight() > 450, "the note is written under the 450-pixel chart: " + img.getHeight());
    }

    @Test
    void aChartOverThePointLimitIsNotDrawnAndSaysWhy() {
        DisplayOptions options = new DisplayOptions().maxChartPoints(100);
        DisplayData d = render(Plot.scatter(numbers(500), "x", "y"), options);
        assertFalse(d.hasDataForType(MIMEType.IMAGE_PNG));
        assertFalse(d.hasDataForType(ChartRenderer.VEGA_LITE));
        assertTrue(d.getData(MIMEType.TEXT_PLAIN).toString().contains("500 points, over the drawing limit of 100"),
                d.getData(MIMEType.TEXT_PLAIN).toString());
    }

    /**
     * Charts XChart accepts but refuses to paint (a category chart with no category; infinite data added
     * by hand) were a stack trace of XChart's internals: now one line naming what failed.
     */
    @Test
    void aChartXChartCannotPaintIsOneLineWithNoTrace() {
        var empty = new CategoryChartBuilder().title("nothing yet").build();
        EtrException e = assertThrows(EtrException.class, () -> render(empty, new DisplayOptions()));
        assertEquals("could not draw this chart: XChart cannot paint it (java.util.NoSuchElementException);"
                + " it has no series: add one with at least one value", e.getMessage());
        assertEquals(0, e.getStackTrace().length);
        var infinite = new XYChartBuilder().build();
        infinite.addSeries("s", new double[] {1, 2}, new double[] {1, Double.POSITIVE_INFINITY});
        EtrException inf = assertThrows(EtrException.class, () -> render(infinite, new DisplayOptions()));
        assertTrue(inf.getMessage().startsWith("could not draw this chart: XChart cannot paint it (java.lang."
                + "IllegalArgumentException: Series data (accounting for error bars too) cannot be equal to"
                + " Double.POSITIVE_INFINITY!!!)"), inf.getMessage());
    }

    @Test
    void limitsAreCheckedAndResetLikeTheOtherOptions() {
        DisplayOptions o = new DisplayOptions();
        // a bad chart limit is a user's mistake like any other display option's: the kit's one-line error
        assertEquals("maxChartPixels must be at least 10,000, got 5",
                assertThrows(EtrException.class, () -> o.maxChartPixels(5)).getMessage());
        assertEquals("maxChartPoints must be at least 1, got 0",
                assertThrows(EtrException.class, () -> o.maxChartPoints(0)).getMessage());
        assertEquals("maxInteractivePoints must be at least 0, got -1",
                assertThrows(EtrException.class, () -> o.maxInteractivePoints(-1)).getMessage());
        assertEquals(ChartImages.DEFAULT_MAX_PIXELS, o.maxChartPixels(), "a refused value changes nothing");
        o.maxChartPixels(1_000_000).maxChartPoints(5).maxInteractivePoints(7).reset();
        assertEquals(ChartImages.DEFAULT_MAX_PIXELS, o.maxChartPixels());
        assertEquals(ChartImages.DEFAULT_MAX_POINTS, o.maxChartPoints());
        assertEquals(10_000, o.maxInteractivePoints());
    }

    @ParameterizedTest
    @MethodSource("charts")
    void plainTextNamesTheChart(Supplier<Chart<?, ?>> make) {
        Chart<?, ?> chart = make.get();
        assertTrue(ChartRenderer.describe(chart).startsWith(chart.getClass().getSimpleName()));
    }
}
