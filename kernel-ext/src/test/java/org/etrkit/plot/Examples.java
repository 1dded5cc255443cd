package org.etrkit.plot;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.etrkit.datasets.Datasets;
import org.knowm.xchart.internal.chartpart.Chart;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** One chart of every kind the plot API makes, from the kit's own tables and small made-up ones. */
final class Examples {

    private Examples() {
    }

    static Table troops() {
        return Datasets.packaged().table("troops");
    }

    static Table timeline() {
        return Datasets.packaged().table("timeline");
    }

    static Table people() {
        return Table.create("people",
                StringColumn.create("group", "a", "b", "c"),
                IntColumn.create("year", 1920, 1944, 1949),
                DoubleColumn.create("population", 1_400_000, 200_000, 900_000),
                BooleanColumn.create("derived", false, false, true));
    }

    /** Two ranges and a single figure, as the troops table gives them (low and high end). */
    static Table ranges() {
        return Table.create("ranges", StringColumn.create("stage", "before", "after", "later"),
                LongColumn.create("low", 25_000, 11_000, 7_000), LongColumn.create("high", 30_000, 12_000, 7_000));
    }

    static Map<String, Supplier<Chart<?, ?>>> all() {
        Map<String, Supplier<Chart<?, ?>>> m = new LinkedHashMap<>();
        m.put("bar", () -> Plot.bar(people(), "group", "population"));
        m.put("bar-by-year", () -> Plot.bar(people(), "year", "population"));
        m.put("bar-colour-labels", () -> VerticalBarPlot.builder(people(), "group", "population").colorBy("derived").labels().build());
        m.put("dots-log", () -> {
            Table t = troops().summarize("count_high", tech.tablesaw.aggregate.AggregateFunctions.max).by("side");
            return VerticalBarPlot.builder(t, "side", "Max [count_high]").dots().logY().title("largest by side").build();
        });
        m.put("stacked-labels", () -> VerticalBarPlot.builder(troops().countBy("side", "qualifier"), "side", "Count")
                .stackBy("qualifier").labels().build());
        m.put("bar-ranges", () -> VerticalBarPlot.builder(ranges(), "stage", "low").yTo("high").labels().build());
        m.put("stacked", () -> {
            Table t = troops().countBy("side", "qualifier");
            return Plot.stackedBar(t, "side", "qualifier", "Count");
        });
        m.put("line", () -> Plot.line(people(), "year", "population"));
        // a count of 0 has no place on a log axis: the line leaves it out, as a missing value
        m.put("line-log-zero", () -> LinePlot.builder(Table.create("counts", IntColumn.create("year", 1940, 1944, 1949),
                DoubleColumn.create("population", 0, 200_000, 900_000)), "year", "population").logY().build());
        m.put("line-groups", () -> LinePlot.builder(troops(), "line", "count_high").groupBy("side").build());
        m.put("scatter", () -> Plot.scatter(people(), "year", "population"));
        m.put("range-troops", () -> ScatterPlot.builder(troops(), "date_from", "count_low").xTo("date_to").yTo("count_high").groupBy("side")
                .shapeBy("qualifier").label("force").logY().title("troops").build());
        m.put("histogram", () -> Plot.histogram(troops(), "count_high"));
        // skewed counts leave bins empty: a count of 0 has no place on a log axis
        m.put("histogram-log", () -> HistogramPlot.builder(troops(), "count_high").bins(20).logY().build());
        m.put("timeline", () -> TimelinePlot.builder(timeline().where(timeline().intColumn("year").isBetweenInclusive(1937, 1949)),
                "date_from", "event").to("date_to").laneBy("source").mark(LocalDate.of(1944, 11, 12), "a mark").build());
        m.put("timeline-plain", () -> Plot.timeline(timeline(), "date_from", "date_to", "event"));
        m.put("timeline-iso-text", () -> Plot.timeline(timeline(), "date", "event"));
        m.put("dark", () -> ScatterPlot.builder(troops(), "date_from", "count_high").theme(PlotTheme.DARK).build());
        return m;
    }
}
