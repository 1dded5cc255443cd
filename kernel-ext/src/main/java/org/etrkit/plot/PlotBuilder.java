package org.etrkit.plot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;

import org.etrkit.plot.internal.Cols;
import org.etrkit.plot.internal.Period;
import org.knowm.xchart.internal.chartpart.Chart;

import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What every plot builder can set: titles, size, theme, a logarithmic y axis and extra hover columns.
 * {@link #build()} returns an ordinary XChart chart styled with the {@link PlotTheme}, whose interactive
 * view (Vega-Lite, in JupyterLab) shows each row's figure and source on hover.
 *
 * @param <B> the builder type
 * @param <C> the chart type it builds
 */
public abstract class PlotBuilder<B extends PlotBuilder<B, C>, C extends Chart<?, ?>> {

    /** The table the plot draws. */
    protected final Table table;
    /** The chart title; by default made from the column names. */
    protected String title;
    /** Axis titles; by default the column names. */
    protected String xTitle, yTitle;
    /** Size in pixels. */
    protected int width = 800, height = 450;
    /** The theme; by default {@link Plot#theme()}. */
    protected PlotTheme theme = Plot.theme();
    /** Whether the value axis is logarithmic. */
    protected boolean logY;
    /** Columns added to the hover. */
    protected final List<String> hoverColumns = new ArrayList<>();

    /** A builder for {@code table}; a null table is a {@link PlotException}. */
    protected PlotBuilder(Table table) {
        if (table == null) {
            throw mistake("the table is null; pass a table, such as Etr.troops()");
        }
        this.table = table;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** The chart title. */
    public B title(String title) {
        this.title = title;
        return self();
    }

    /** The x axis title. */
    public B xTitle(String title) {
        this.xTitle = title;
        return self();
    }

    /** The y axis title. */
    public B yTitle(String title) {
        this.yTitle = title;
        return self();
    }

    /** The chart size in pixels (at least 100 × 80). */
    public B size(int width, int height) {
        if (width < 100 || height < 80) {
            throw mistake("a plot is at least 100 × 80 pixels, got " + width + " × " + height);
        }
        this.width = width;
        this.height = height;
        return self();
    }

    /** The theme: {@link PlotTheme#LIGHT} or {@link PlotTheme#DARK}. */
    public B theme(PlotTheme theme) {
        if (theme == null) {
            throw mistake("the theme is null; give PlotTheme.LIGHT or PlotTheme.DARK");
        }
        this.theme = theme;
        return self();
    }

    /**
     * A logarithmic value axis, for figures from hundreds to millions. A value of 0 or below has no place on it: a
     * line leaves it out, as a missing value.
     */
    public B logY() {
        this.logY = true;
        return self();
    }

    /** Also shows these columns when hovering a mark. */
    public B hover(String... columns) {
        if (columns == null) {
            throw mistake("hover(null) names no column; give column names, such as hover(\"force\", \"quote\")");
        }
        for (String c : columns) {
            column(c);
            hoverColumns.add(c);
        }
        return self();
    }

    /** The column {@code name}; a missing one is a {@link PlotException} listing the columns there are. */
    Column<?> column(String name) {
        if (name == null) {
            throw mistake("a column name is null; columns: " + String.join(", ", table.columnNames()));
        }
        Column<?> c = Cols.find(table, name);
        if (c == null) {
            throw mistake(Cols.noColumn(table, name));
        }
        return c;
    }

    /** The numeric column {@code name}; another type is a {@link PlotException} naming the type. */
    NumericColumn<?> numbers(String name) {
        if (column(name) instanceof NumericColumn<?> n) {
            return n;
        }
        throw mistake("column '" + name + "' holds " + table.column(name).type().name().toLowerCase(Locale.ROOT)
                + ", not numbers");
    }

    /** Checks the axes of an (x, y) plot: {@code xCol} holds dates or numbers, {@code yCol} numbers. */
    void xy(String xCol, String yCol) {
        if (!Cols.isTime(column(xCol))) {
            numbers(xCol);
        }
        numbers(yCol);
    }

    /** The period of a row's time value (to {@code to}'s, when given); text that is no ISO date is a {@link PlotException}. */
    Period period(Column<?> from, Column<?> to, int row) {
        try {
            return Cols.period(from, to, row);
        } catch (IllegalArgumentException e) {
            throw mistake(e.getMessage());
        }
    }

    /** Legends of more entries than this overflow the chart: the PNG leaves them out, the view lists the first. */
    static final int MAX_LEGEND_ENTRIES = 30;

    /**
     * Leaves the PNG's legend out when its {@code entries} (lines, groups, stacks) are too many for one, and
     * says so in a title the user did not set: a legend of 1,000 groups overflowed the chart, showing a slice.
     */
    void legendFor(Chart<?, ?> chart, int entries, String what) {
        if (entries > MAX_LEGEND_ENTRIES) {
            chart.getStyler().setLegendVisible(false);
            if (title == null) {
                String plain = chart.getTitle();
                chart.setTitle(String.format(Locale.ROOT, "%s (%,d %s, too many for a legend: hover one in the interactive view)",
                        plain, entries, what));
                PNG_NOTES.put(chart, new String[] {chart.getTitle(), plain});
            }
        }
    }

    /** Charts whose title got the PNG's note of a legend left out: that title, and the title without it. */
    private static final Map<Chart<?, ?>, String[]> PNG_NOTES = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * The title of {@code chart}'s interactive view: its title, less the note {@link #legendFor} added for the PNG (the
     * view lists the legend), as long as the title is still the one it wrote.
     */
    static String viewTitle(Chart<?, ?> chart) {
        String[] noted = PNG_NOTES.get(chart);
        return noted != null && noted[0].equals(chart.getTitle()) ? noted[1] : chart.getTitle();
    }

    /** A user's mistake in this plot, in one line starting with the builder's name. */
    PlotException mistake(String problem) {
        return new PlotException(getClass().getSimpleName() + ": " + problem);
    }

    /** The chart. */
    public abstract C build();

    /** {@code title} or else {@code fallback}. */
    protected static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
