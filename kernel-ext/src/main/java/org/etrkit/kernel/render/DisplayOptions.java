package org.etrkit.kernel.render;

import org.etrkit.kernel.error.EtrException;

/**
 * How tables and charts are shown, changeable from a notebook like pandas' display options:
 *
 * <pre>{@code
 * Etr.display().maxRows(60).maxColumnWidth(120);   // show more
 * Etr.display().reset();                           // back to the defaults
 * }</pre>
 *
 * <p>A table with more than {@link #maxRows()} rows is shown as its first and last
 * {@link #minRows()}/2 rows with the middle elided; one with more than {@link #maxColumns()} columns
 * has its middle columns elided; cell text longer than {@link #maxColumnWidth()} characters is cut.
 * Doubles show at most {@link #precision()} decimals; the data is not changed. However many rows are
 * asked for, a table's output stops at {@link #maxTableBytes()} with a line saying what was left out.
 */
public final class DisplayOptions {

    /** Default: tables up to 20 rows are shown whole. */
    public static final int DEFAULT_MAX_ROWS = 20;
    /** Default: longer tables show 10 rows, 5 from the head and 5 from the tail. */
    public static final int DEFAULT_MIN_ROWS = 10;
    /** Default: up to 20 columns are shown. */
    public static final int DEFAULT_MAX_COLUMNS = 20;
    /** Default: cells are cut after 80 characters. */
    public static final int DEFAULT_MAX_COLUMN_WIDTH = 80;
    /** Default: doubles show up to 6 decimals, like pandas' {@code display.precision}. */
    public static final int DEFAULT_PRECISION = 6;
    /** Default: a table's HTML (and its text form) stops at one million bytes. */
    public static final int DEFAULT_MAX_TABLE_BYTES = 1_000_000;
    /** Default: charts are drawn at their own size (scale 1). */
    public static final double DEFAULT_CHART_SCALE = 1.0;

    private volatile int maxRows = DEFAULT_MAX_ROWS;
    private volatile int minRows = DEFAULT_MIN_ROWS;
    private volatile int maxColumns = DEFAULT_MAX_COLUMNS;
    private volatile int maxColumnWidth = DEFAULT_MAX_COLUMN_WIDTH;
    private volatile double chartScale = DEFAULT_CHART_SCALE;
    private volatile boolean showProvenance = true;
    private volatile int precision = DEFAULT_PRECISION;
    private volatile int maxTableBytes = DEFAULT_MAX_TABLE_BYTES;
    private volatile ChartLimits chartLimits = ChartLimits.DEFAULTS;

    /** A table longer than this is elided in the middle. */
    public int maxRows() {
        return maxRows;
    }

    /** Sets {@link #maxRows()} (at least 1); a smaller value is an {@link EtrException}. */
    public DisplayOptions maxRows(int rows) {
        this.maxRows = atLeast(1, rows, "maxRows");
        return this;
    }

    /** Rows shown of an elided table: half from the head, half from the tail. */
    public int minRows() {
        return Math.min(minRows, maxRows);
    }

    /** Sets {@link #minRows()} (at least 2); a smaller value is an {@link EtrException}. */
    public DisplayOptions minRows(int rows) {
        this.minRows = atLeast(2, rows, "minRows");
        return this;
    }

    /** A table wider than this has its middle columns elided. */
    public int maxColumns() {
        return maxColumns;
    }

    /** Sets {@link #maxColumns()} (at least 2); a smaller value is an {@link EtrException}. */
    public DisplayOptions maxColumns(int columns) {
        this.maxColumns = atLeast(2, columns, "maxColumns");
        return this;
    }

    /** Cell text longer than this many characters is cut and ends in an ellipsis. */
    public int maxColumnWidth() {
        return maxColumnWidth;
    }

    /** Sets {@link #maxColumnWidth()} (at least 4); a smaller value is an {@link EtrException}. */
    public DisplayOptions maxColumnWidth(int chars) {
        this.maxColumnWidth = atLeast(4, chars, "maxColumnWidth");
        return this;
    }

    /** Charts are drawn at this multiple of their size and shown at their size (2 is sharp on HiDPI screens). */
    public double chartScale() {
        return chartScale;
    }

    /** Sets {@link #chartScale()} (between 0.25 and 4); another value (or NaN) is an {@link EtrException}. */
    public DisplayOptions chartScale(double scale) {
        if (!(scale >= 0.25 && scale <= 4)) {
            throw new EtrException("chartScale must be between 0.25 and 4, got " + scale);
        }
        this.chartScale = scale;
        return this;
    }

    /** Whether rows that come from the data package carry their source and line ({@code file:line}) as a tooltip. */
    public boolean showProvenance() {
        return showProvenance;
    }

    /** Sets {@link #showProvenance()}. */
    public DisplayOptions showProvenance(boolean show) {
        this.showProvenance = show;
        return this;
    }

    /**
     * Decimals shown for doubles: a value is rounded to this many places and trailing zeros are dropped,
     * keeping one ({@code 28214.285714}, {@code 37.5}, {@code 5.0}); values of 10<sup>16</sup> or more, or
     * too small to show, use scientific notation. Like pandas' {@code display.precision}, which also
     * counts places after the decimal point. The data is not changed.
     */
    public int precision() {
        return precision;
    }

    /** Sets {@link #precision()} (0 to 15); another value is an {@link EtrException}. */
    public DisplayOptions precision(int decimals) {
        if (decimals < 0 || decimals > 15) {
            throw new EtrException("precision must be between 0 and 15 decimals, got " + decimals);
        }
        this.precision = decimals;
        return this;
    }

    /**
     * The most a table sends to the notebook, in bytes of HTML (and characters of its text form). A
     * table longer than that, even with a large {@link #maxRows()}, shows as many head and tail rows as
     * fit and a row saying how many were left out and how to change this limit.
     */
    public int maxTableBytes() {
        return maxTableBytes;
    }

    /** Sets {@link #maxTableBytes()} (at least 10,000); a smaller value is an {@link EtrException}. */
    public DisplayOptions maxTableBytes(int bytes) {
        this.maxTableBytes = atLeast(10_000, bytes, "maxTableBytes");
        return this;
    }

    /** Restores every default. */
    public DisplayOptions reset() {
        maxRows = DEFAULT_MAX_ROWS;
        minRows = DEFAULT_MIN_ROWS;
        maxColumns = DEFAULT_MAX_COLUMNS;
        maxColumnWidth = DEFAULT_MAX_COLUMN_WIDTH;
        chartScale = DEFAULT_CHART_SCALE;
        showProvenance = true;
        precision = DEFAULT_PRECISION;
        maxTableBytes = DEFAULT_MAX_TABLE_BYTES;
        chartLimits = ChartLimits.DEFAULTS;
        return this;
    }

    /** Chart images larger than this many pixels (width × height × scale²) are drawn at a smaller scale. */
    public long maxChartPixels() {
        return chartLimits.pixels();
    }

    /** Sets {@link #maxChartPixels()} (at least 10,000); a smaller value is an {@link EtrException}. */
    public DisplayOptions maxChartPixels(long pixels) {
        chartLimits = new ChartLimits(pixels, chartLimits.points(), chartLimits.interactivePoints());
        return this;
    }

    /** Charts with more points than this are not drawn; a message says so. */
    public long maxChartPoints() {
        return chartLimits.points();
    }

    /** Sets {@link #maxChartPoints()} (at least 1); a smaller value is an {@link EtrException}. */
    public DisplayOptions maxChartPoints(long points) {
        chartLimits = new ChartLimits(chartLimits.pixels(), points, chartLimits.interactivePoints());
        return this;
    }

    /** Plots with more data points than this get no interactive (Vega-Lite) view, only the PNG. */
    public int maxInteractivePoints() {
        return chartLimits.interactivePoints();
    }

    /** Sets {@link #maxInteractivePoints()} (at least 0); a smaller value is an {@link EtrException}. */
    public DisplayOptions maxInteractivePoints(int points) {
        chartLimits = new ChartLimits(chartLimits.pixels(), chartLimits.points(), points);
        return this;
    }

    private static int atLeast(int min, int value, String name) {
        if (value < min) {
            throw new EtrException(String.format(java.util.Locale.ROOT, "%s must be at least %,d, got %d", name, min, value));
        }
        return value;
    }

    @Override
    public String toString() {
        return "DisplayOptions[maxRows=" + maxRows + ", minRows=" + minRows() + ", maxColumns=" + maxColumns
                + ", maxColumnWidth=" + maxColumnWidth + ", chartScale=" + chartScale + ", showProvenance="
                + showProvenance + ", precision=" + precision + ", maxTableBytes=" + maxTableBytes
                + ", maxChartPixels=" + maxChartPixels() + ", maxChartPoints=" + maxChartPoints()
                + ", maxInteractivePoints=" + maxInteractivePoints() + "]";
    }
}
