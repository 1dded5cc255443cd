package org.knowm.xchart.internal.chartpart;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Test helper in XChart's package: the tick labels XChart draws on a chart's axes (it draws text as
 * shapes, so no image or SVG holds them as text). Paints the chart once, then reads its axes.
 */
public final class DrawnTicks {

    private DrawnTicks() {
    }

    /** The x axis labels as drawn. */
    public static List<String> x(Chart<?, ?> chart) {
        paint(chart);
        return chart.getXAxis().getAxisTickCalculator().getTickLabels();
    }

    /** The y axis labels as drawn. */
    public static List<String> y(Chart<?, ?> chart) {
        paint(chart);
        return chart.getYAxis().getAxisTickCalculator().getTickLabels();
    }

    private static void paint(Chart<?, ?> chart) {
        BufferedImage img = new BufferedImage(chart.getWidth(), chart.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            chart.paint(g, chart.getWidth(), chart.getHeight());
        } finally {
            g.dispose();
        }
    }
}
