package org.etrkit.kernel.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

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

    @ParameterizedTest
    @MethodSource("charts")
    void plainTextNamesTheChart(Supplier<Chart<?, ?>> make) {
        Chart<?, ?> chart = make.get();
        assertTrue(ChartRenderer.describe(chart).startsWith(chart.getClass().getSimpleName()));
    }
}
