package org.etrkit.kernel.render;

import java.util.Base64;
import java.util.Map;

import org.dflib.jjava.jupyter.kernel.display.RenderContext;
import org.dflib.jjava.jupyter.kernel.display.RenderFunction;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Renders every XChart chart type as {@code image/png} (preferred), {@code image/svg+xml} when asked
 * for ({@code display(chart, "image/svg+xml")}), and a {@code text/plain} description.
 */
@SuppressWarnings("rawtypes")
public final class ChartRenderer implements RenderFunction<Chart> {

    private final DisplayOptions options;

    public ChartRenderer(DisplayOptions options) {
        this.options = options;
    }

    @Override
    public void render(Chart chart, RenderContext context) {
        Chart<?, ?> c = chart;
        if (context.renderIfRequested(MIMEType.IMAGE_PNG,
                () -> Base64.getEncoder().encodeToString(ChartImages.png(c, options.chartScale())))) {
            context.getOutputContainer().putMetaData(MIMEType.IMAGE_PNG,
                    Map.of("width", c.getWidth(), "height", c.getHeight()));
        }
        context.renderIfRequested(MIMEType.IMAGE_SVG, () -> ChartImages.svg(c));
        context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> describe(c));
    }

    /** "XYChart 'Troops by side' (800×500, 3 series)". */
    static String describe(Chart<?, ?> chart) {
        String title = chart.getTitle() == null || chart.getTitle().isEmpty() ? "" : " '" + chart.getTitle() + "'";
        int series = chart.getSeriesMap().size();
        return chart.getClass().getSimpleName() + title + " (" + chart.getWidth() + "×" + chart.getHeight() + ", "
                + series + (series == 1 ? " series)" : " series)");
    }
}
