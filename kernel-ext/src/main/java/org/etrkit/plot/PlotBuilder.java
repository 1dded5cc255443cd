package org.etrkit.plot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;

import org.etrkit.plot.internal.AxisFormat;
import org.etrkit.plot.internal.Cols;
import org.etrkit.plot.internal.Hover;
import org.etrkit.plot.internal.Json;
import org.etrkit.plot.internal.Period;
import org.etrkit.plot.internal.Vega;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
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
    final Table table;
    /** The chart title; by default made from the column names. */
    String title;
    /** Axis titles; by default the column names. */
    String xTitle, yTitle;
    /** Size in pixels. */
    int width = 800, height = 450;
    /** The theme; by default {@link Plot#theme()}. */
    PlotTheme theme = Plot.theme();
    /** Whether the value axis is logarithmic. */
    boolean logY;
    /** Columns added to the hover. */
    final List<String> hoverColumns = new ArrayList<>();

    /** A builder for {@code table}; a null table is a {@link PlotException}. */
    PlotBuilder(Table table) {
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

    /** The chart size in pixels (at least 100 × 80; a smaller one is a {@link PlotException}). */
    public B size(int width, int height) {
        if (width < 100 || height < 80) {
            throw mistake("a plot is at least 100 × 80 pixels, got " + width + " × " + height);
        }
        this.width = width;
        this.height = height;
        return self();
    }

    /** The theme: {@link PlotTheme#LIGHT} or {@link PlotTheme#DARK}; null is a {@link NullPointerException}. */
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

    /**
     * Also shows these columns when hovering a mark; a column the table does not have is a {@link PlotException}, and so is
     * any call on a {@link HistogramPlot}, whose bars count many rows.
     */
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

    /** An XY chart of this plot's size, with the titles set, or else these defaults. */
    XYChart xyChart(String defaultTitle, String defaultXTitle, String defaultYTitle) {
        return new XYChartBuilder().width(width).height(height).title(or(title, defaultTitle))
                .xAxisTitle(or(xTitle, defaultXTitle)).yAxisTitle(or(yTitle, defaultYTitle)).build();
    }

    /** A category chart of this plot's size, with the titles set, or else these defaults. */
    CategoryChart categoryChart(String defaultTitle, String defaultXTitle, String defaultYTitle) {
        return new CategoryChartBuilder().width(width).height(height).title(or(title, defaultTitle))
                .xAxisTitle(or(xTitle, defaultXTitle)).yAxisTitle(or(yTitle, defaultYTitle)).build();
    }

    /**
     * Whether an x of these values is a year axis: a time column (dates, ISO text), a column of years
     * ({@code year_start}), or whole numbers that read as years.
     */
    static boolean yearsOnX(Column<?> x, double[] xs) {
        return Cols.isTime(x) || Cols.isYears(x) || AxisFormat.looksLikeYears(xs, true);
    }

    /** Adds to a view row what hovering its mark shows besides the plot's own fields: the article, line and quote, and the hover columns. */
    void putHover(Map<String, Object> row, int tableRow) {
        row.putAll(Hover.provenance(table, tableRow));
        row.putAll(Hover.columns(table, tableRow, hoverColumns));
    }

    /** The hover fields of the view: the plot's own, then the article, line and quote the table has, then the hover columns; each once. */
    List<String> hoverFields(List<String> own) {
        Set<String> fields = new LinkedHashSet<>(own);
        fields.addAll(Hover.provenanceFields(table));
        fields.addAll(hoverColumns);
        return List.copyOf(fields);
    }

    /**
     * The colour encoding of the view: a palette colour per value of {@code field} (of the table's {@code column}, its
     * legend title) in the order of {@code domain}; the palette's first colour for every mark when {@code column} is null.
     */
    static Map<String, Object> colourBy(String field, String column, List<String> domain) {
        return column == null ? Json.obj("value", PlotTheme.paletteHex().get(0))
                : Vega.color(field, column, domain, PlotTheme.paletteHex());
    }

    /**
     * Leaves the PNG's legend out when its {@code entries} (lines, groups, stacks) are too many for one (more than
     * {@link Vega#MAX_LEGEND_ENTRIES}, which the view lists the first of), and says so in a title the user did not set:
     * a legend of 1,000 groups overflowed the chart, showing a slice.
     */
    void legendFor(Chart<?, ?> chart, int entries, String what) {
        if (entries > Vega.MAX_LEGEND_ENTRIES) {
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

    /**
     * The chart. Settings that do not go together, or rows it cannot draw (text that is no ISO date in a date column,
     * a category on two rows of a bar chart), are a {@link PlotException} of one line saying which.
     */
    public abstract C build();

    /** {@code title} or else {@code fallback}. */
    static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
