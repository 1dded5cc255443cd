package org.etrkit.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.etrkit.kernel.render.ChartImages;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.DrawnTicks;

/** The theme as the reader sees it: the tick labels XChart draws, colours and background. */
class PlotThemeTest {

    /** The tick labels XChart draws on both axes. */
    static List<String> drawnText(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) {
        List<String> all = new java.util.ArrayList<>(DrawnTicks.x(chart));
        all.addAll(DrawnTicks.y(chart));
        return all;
    }

    private static CategoryChart quickCategoryChart() {
        CategoryChart chart = new CategoryChartBuilder().width(600).height(400).title("quick").build();
        chart.addSeries("people", List.of(1920, 1944, 1949), List.of(1_400_000, 200_000, 900_000));
        return chart;
    }

    @Test
    void xchartAloneWritesScientificNumbersAndGroupedYears() {
        // the bug the theme fixes, as XChart draws it without the theme
        List<String> text = drawnText(quickCategoryChart());
        assertTrue(text.contains("1,920") || text.stream().anyMatch(t -> t.contains("E")), String.join(" | ", text));
    }

    @Test
    void themedCategoryChartWritesMillionsAndPlainYears() {
        List<String> text = drawnText(PlotTheme.LIGHT.apply(quickCategoryChart()));
        assertTrue(text.containsAll(List.of("1920", "1944", "1949")), String.join(" | ", text));
        assertTrue(text.stream().anyMatch(t -> t.matches("\\d(\\.\\d+)?M")), "a tick like 1.4M: " + String.join(" | ", text));
        assertFalse(text.stream().anyMatch(t -> t.matches(".*\\dE\\d.*") || t.equals("1,920")), String.join(" | ", text));
    }

    @Test
    void themedXyChartGroupsThousandsAndWritesDecimalYearsPlainly() {
        XYChart chart = new XYChartBuilder().width(600).height(400).build();
        chart.addSeries("s", new double[] {1944.25, 1945.5, 1949.75}, new double[] {1500, 60_000, 250_000});
        List<String> text = drawnText(PlotTheme.LIGHT.apply(chart));
        assertTrue(text.stream().anyMatch(t -> t.matches("\\d{3},000")), String.join(" | ", text));
        assertTrue(text.stream().anyMatch(t -> t.matches("19\\d\\d")), String.join(" | ", text));
        assertFalse(text.stream().anyMatch(t -> t.matches("1,9\\d\\d.*")), String.join(" | ", text));
    }

    @Test
    void logarithmicAxesKeepDecadeTicksWithGroupedDigits() {
        XYChart chart = new XYChartBuilder().width(600).height(400).build();
        chart.addSeries("s", new double[] {1, 2, 3}, new double[] {500, 60_000, 1_500_000});
        chart.getStyler().setYAxisLogarithmic(true);
        List<String> text = drawnText(PlotTheme.LIGHT.apply(chart));
        assertTrue(text.containsAll(List.of("1,000", "10,000", "100,000", "1,000,000")), String.join(" | ", text));
    }

    @Test
    void paletteIsOkabeIto() {
        assertEquals(List.of("#0072b2", "#e69f00", "#009e73", "#d55e00", "#cc79a7", "#56b4e9", "#f0e442", "#999999"),
                PlotTheme.paletteHex());
        XYChart chart = PlotTheme.LIGHT.apply(new XYChartBuilder().build());
        assertEquals(PlotTheme.PALETTE, List.of(chart.getStyler().getSeriesColors()));
    }

    @Test
    void darkThemeDrawsLightTextOnANearBlackBackground() throws Exception {
        CategoryChart chart = PlotTheme.DARK.apply(quickCategoryChart());
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(ChartImages.png(chart, 1.0)));
        Color corner = new Color(img.getRGB(2, 2));
        assertTrue(corner.getRed() < 40 && corner.getGreen() < 40 && corner.getBlue() < 40, corner.toString());
        BufferedImage light = ImageIO.read(new ByteArrayInputStream(ChartImages.png(PlotTheme.LIGHT.apply(quickCategoryChart()), 1.0)));
        assertEquals(Color.WHITE.getRGB(), light.getRGB(2, 2));
        assertTrue(PlotTheme.DARK.text().getRed() > 200);
    }

    @Test
    void fontsAreSansSerifAndReadable() {
        CategoryChart chart = PlotTheme.LIGHT.apply(quickCategoryChart());
        assertTrue(chart.getStyler().getAxisTickLabelsFont().getSize() >= 12);
        assertTrue(chart.getStyler().getChartTitleFont().getSize() >= 16);
        assertEquals(java.awt.Font.SANS_SERIF, chart.getStyler().getLegendFont().getFamily().equals("SansSerif")
                ? java.awt.Font.SANS_SERIF : chart.getStyler().getLegendFont().getName());
        assertTrue(List.of(chart.getStyler().getSeriesColors()).stream().map(PlotTheme::hex).collect(Collectors.toList())
                .contains("#0072b2"));
    }
}
