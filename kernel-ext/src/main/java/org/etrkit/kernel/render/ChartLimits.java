package org.etrkit.kernel.render;

import org.etrkit.kernel.error.EtrException;

/**
 * What a chart may cost to show, checked in the constructor: a value out of range is a user's mistake in
 * a display option ({@code Etr.display().maxChartPixels(5)}), reported as a one-line {@link EtrException}
 * like the other options'.
 *
 * @param pixels            largest image, in pixels; a larger one is drawn at a smaller scale
 * @param points            most points drawn; a chart with more is not drawn
 * @param interactivePoints most data points in the interactive (Vega-Lite) view; more gives the PNG only
 */
record ChartLimits(long pixels, long points, int interactivePoints) {

    /** 16 million pixels, 10 million points, 10,000 interactive points. */
    public static final ChartLimits DEFAULTS = new ChartLimits(ChartImages.DEFAULT_MAX_PIXELS,
            ChartImages.DEFAULT_MAX_POINTS, 10_000);

    public ChartLimits {
        if (pixels < 10_000) {
            throw new EtrException("maxChartPixels must be at least 10,000, got " + pixels);
        }
        if (points < 1) {
            throw new EtrException("maxChartPoints must be at least 1, got " + points);
        }
        if (interactivePoints < 0) {
            throw new EtrException("maxInteractivePoints must be at least 0, got " + interactivePoints);
        }
    }
}
