package org.etrkit.plot;


import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;

import tech.tablesaw.api.Table;

/**
 * Charts from tables in one call. Each returns an ordinary XChart chart in the kit's {@link PlotTheme},
 * so it can still be restyled ({@code chart.getStyler()...}); in JupyterLab its interactive view shows,
 * on hover, each row's figure and, for the kit's tables, the article, line and sentence it comes from.
 *
 * <pre>{@code
 * Plot.bar(largest, "side", "count_high")                       // one bar per row
 * Plot.stackedBar(counts, "ethnicity", "position", "Count")     // stacked segments
 * Plot.line(table, "year", "population")
 * Plot.scatter(troops, "date_from", "count_high")               // dates drawn in decimal years
 * Plot.range(troops, "date_from", "count_low", "count_high")    // low–high ranges
 * Plot.histogram(troops, "count_high")
 * Plot.timeline(Etr.timeline(), "date_from", "date_to", "event") // one marker per dated sentence
 * }</pre>
 *
 * For more settings use the builders: {@link VerticalBarPlot}, {@link LinePlot}, {@link ScatterPlot},
 * {@link HistogramPlot}, {@link TimelinePlot} (named after Tablesaw's plot API).
 *
 * <p>A mistake in the call (a null table, a column the table does not have, text where a number column is
 * needed, text that is no ISO date in a date column, an empty table for a bar chart) is a {@link PlotException}
 * of one line, without a trace, naming the builder, what was wrong and what there is:
 * {@code VerticalBarPlot: no column 'sid' in table 'troops'; columns: force, side, ...}.
 */
public final class Plot {

    private static volatile PlotTheme theme = PlotTheme.LIGHT;

    private Plot() {
    }

    /** The theme new plots get: {@link PlotTheme#LIGHT} unless set. */
    public static PlotTheme theme() {
        return theme;
    }

    /** Sets the theme of the plots built from now on ({@code Plot.theme(PlotTheme.DARK)}); null is a {@link NullPointerException}. */
    public static void theme(PlotTheme newTheme) {
        if (newTheme == null) {
            throw new PlotException("Plot.theme: the theme is null; give PlotTheme.LIGHT or PlotTheme.DARK");
        }
        theme = newTheme;
    }

    /**
     * One bar per row: {@code numberCol} for each {@code groupCol}. A mistake in the call is a {@link PlotException} (see above).
     */
    public static CategoryChart bar(Table table, String groupCol, String numberCol) {
        return VerticalBarPlot.builder(table, groupCol, numberCol).build();
    }

    /**
     * One bar per {@code groupCol}, stacked from one segment per {@code stackCol} value. A mistake in the call is a {@link PlotException} (see above).
     */
    public static CategoryChart stackedBar(Table table, String groupCol, String stackCol, String numberCol) {
        return VerticalBarPlot.builder(table, groupCol, numberCol).stackBy(stackCol).build();
    }

    /**
     * A line through ({@code xCol}, {@code yCol}) in x order. A mistake in the call is a {@link PlotException} (see above).
     */
    public static XYChart line(Table table, String xCol, String yCol) {
        return LinePlot.builder(table, xCol, yCol).build();
    }

    /**
     * One dot per row at ({@code xCol}, {@code yCol}); a date x is drawn over the period it covers. A mistake in the call is a {@link PlotException} (see above).
     */
    public static XYChart scatter(Table table, String xCol, String yCol) {
        return ScatterPlot.builder(table, xCol, yCol).build();
    }

    /**
     * One range per row, from {@code lowCol} to {@code highCol}, at {@code xCol}: a dot where they are equal. A mistake in the call is a {@link PlotException} (see above).
     */
    public static XYChart range(Table table, String xCol, String lowCol, String highCol) {
        return ScatterPlot.builder(table, xCol, lowCol).yTo(highCol).build();
    }

    /**
     * How many rows fall in each of equal-width bins of {@code numberCol}. A mistake in the call is a {@link PlotException} (see above).
     */
    public static CategoryChart histogram(Table table, String numberCol) {
        return HistogramPlot.builder(table, numberCol).build();
    }

    /**
     * One marker per row at the start of {@code dateCol} (ISO text or dates), hovering shows {@code labelCol}. A mistake in the call is a {@link PlotException} (see above).
     */
    public static XYChart timeline(Table table, String dateCol, String labelCol) {
        return TimelinePlot.builder(table, dateCol, labelCol).build();
    }

    /**
     * One marker per row at {@code fromCol}, a line to {@code toCol} (the period's last day); hovering shows {@code labelCol}. A mistake in the call is a {@link PlotException} (see above).
     */
    public static XYChart timeline(Table table, String fromCol, String toCol, String labelCol) {
        return TimelinePlot.builder(table, fromCol, labelCol).to(toCol).build();
    }
}
