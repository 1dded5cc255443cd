package org.etrkit.kernel.render;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.dflib.jjava.jupyter.kernel.display.RenderContext;
import org.dflib.jjava.jupyter.kernel.display.RenderFunction;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.etrkit.kernel.error.EtrException;
import org.etrkit.plot.VegaLite;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Renders every XChart chart as {@code image/png} and, for charts made by the plot API
 * ({@link org.etrkit.plot.Plot}), an interactive {@code application/vnd.vegalite.v5+json} view in the same
 * bundle (JupyterLab shows the view, code hosts and nbconvert the PNG); {@code image/svg+xml} when asked
 * for ({@code display(chart, "image/svg+xml")}), and a {@code text/plain} description. Drawing is bounded
 * by {@link DisplayOptions#maxChartPixels()} and {@link DisplayOptions#maxChartPoints()}, the view by
 * {@link DisplayOptions#maxInteractivePoints()}; what a limit cut is written under the chart.
 */
@SuppressWarnings("rawtypes")
public final class ChartRenderer implements RenderFunction<Chart> {

    /** The Vega-Lite v5 MIME type. */
    public static final MIMEType VEGA_LITE = MIMEType.parse(VegaLite.MIME_TYPE);

    private final DisplayOptions options;

    /**
     * A renderer drawing charts within the limits {@code options} sets when each chart is drawn (so a change
     * to them after registration counts); the kernel registers one with {@code Etr.display()}.
     */
    public ChartRenderer(DisplayOptions options) {
        this.options = options;
    }

    /**
     * Puts the chart's PNG, its view, its SVG when asked for, and its description in the output; a chart over a limit
     * gets the description and the limit's message instead. A chart XChart cannot paint is an {@link EtrException}
     * saying so.
     */
    @Override
    public void render(Chart chart, RenderContext context) {
        Chart<?, ?> c = chart;
        int viewPoints = VegaLite.points(c);
        boolean view = VegaLite.supports(c) && viewPoints <= options.maxInteractivePoints();
        List<String> notes = new ArrayList<>();
        if (VegaLite.supports(c) && !view) {
            notes.add(String.format("No interactive view: its %,d data points are over the limit of %,d"
                    + " (Etr.display().maxInteractivePoints(n) changes it).", viewPoints, options.maxInteractivePoints()));
        }
        String refused = null;
        try {
            if (context.wantsDataRenderedAs(MIMEType.IMAGE_PNG)) {
                ChartImages.Drawing d = ChartImages.draw(c, options.chartScale(), options.maxChartPixels(),
                        options.maxChartPoints(), notes);
                context.getOutputContainer().putData(MIMEType.IMAGE_PNG, Base64.getEncoder().encodeToString(d.png()));
                context.getOutputContainer().putMetaData(MIMEType.IMAGE_PNG, Map.of("width", c.getWidth(),
                        "height", (int) Math.round(d.height() * (double) c.getWidth() / d.width())));
            }
            context.renderIfRequested(MIMEType.IMAGE_SVG, () -> ChartImages.svg(c));
        } catch (ChartImages.TooLargeException e) {
            refused = e.getMessage();
        } catch (RuntimeException e) {
            // XChart checks some charts only as it paints them: a category chart with no category, infinite data
            throw new EtrException("could not draw this chart: XChart cannot paint it (" + e + ")"
                    + (c.getSeriesMap().isEmpty() ? "; it has no series: add one with at least one value" : ""));
        }
        if (view && refused == null && context.wantsDataRenderedAs(VEGA_LITE)) {
            context.getOutputContainer().putData(VEGA_LITE, VegaLite.spec(c), VegaLite.embedMetadata());
        }
        String text = describe(c) + (refused == null ? "" : "\n" + refused);
        context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> text);
    }

    /** "XYChart 'Troops by side' (800×500, 3 series)". */
    static String describe(Chart<?, ?> chart) {
        String title = chart.getTitle() == null || chart.getTitle().isEmpty() ? "" : " '" + chart.getTitle() + "'";
        int series = chart.getSeriesMap().size();
        return chart.getClass().getSimpleName() + title + " (" + chart.getWidth() + "×" + chart.getHeight() + ", "
                + series + (series == 1 ? " series)" : " series)");
    }
}
