package org.etrkit.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.etrkit.kernel.render.ChartImages;
import org.etrkit.plot.internal.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;

import tech.tablesaw.api.Table;

class PlotTest {

    static Stream<Arguments> examples() {
        return Examples.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleDrawsAPngOfItsSize(String name, Supplier<Chart<?, ?>> make) throws Exception {
        Chart<?, ?> chart = make.get();
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(ChartImages.png(chart, 1.0)));
        assertEquals(chart.getWidth(), img.getWidth(), name);
        assertTrue(VegaLite.supports(chart), name);
    }

    @Test
    void barsKeepTheTableOrderAndItsNames() {
        CategoryChart c = Plot.bar(Examples.people(), "group", "population");
        assertEquals("population by group", c.getTitle());
        assertEquals("group", c.getXAxisTitle());
        assertEquals("population", c.getYAxisTitle());
        CategorySeries s = c.getSeriesMap().get("population");
        assertEquals(List.of("a", "b", "c"), new ArrayList<>(s.getXData()));
        assertEquals(List.of(1_400_000.0, 200_000.0, 900_000.0), new ArrayList<>(s.getYData()));
        assertFalse(c.getStyler().isLegendVisible());
    }

    @Test
    void tablesawNamesWorkToo() {
        CategoryChart c = VerticalBarPlot.create("People", Examples.people(), "group", "population");
        assertEquals("People", c.getTitle());
        XYChart s = ScatterPlot.create("P", Examples.people(), "year", "population");
        assertEquals(1, s.getSeriesMap().size());
    }

    @Test
    void aGroupOnTwoRowsIsRefusedWithAHintToSummarize() {
        PlotException e = assertThrows(PlotException.class,
                () -> Plot.bar(Examples.troops(), "side", "count_high"));
        assertTrue(e.getMessage().contains("summarize"), e.getMessage());
        assertTrue(e.getMessage().contains("more than one row"), e.getMessage());
    }

    @Test
    void aMissingColumnIsNamedWithTheColumnsThereAre() {
        PlotException e = assertThrows(PlotException.class, () -> Plot.bar(Examples.people(), "grup", "population"));
        assertEquals("VerticalBarPlot: no column 'grup' in table 'people'; columns: group, year, population, derived",
                e.getMessage());
        PlotException notNumbers = assertThrows(PlotException.class, () -> Plot.bar(Examples.people(), "year", "group"));
        assertEquals("VerticalBarPlot: column 'group' holds string, not numbers", notNumbers.getMessage());
        PlotException hover = assertThrows(PlotException.class,
                () -> ScatterPlot.builder(Examples.people(), "year", "population").hover("sorce"));
        assertTrue(hover.getMessage().startsWith("ScatterPlot: no column 'sorce' in table 'people'"), hover.getMessage());
    }

    /** hover(...) on a histogram was taken and then shown nowhere: a bin counts many rows, and has no row's columns. */
    @Test
    void hoverOnAHistogramIsRefusedInOneLineNamingTheMethod() {
        PlotException e = assertThrows(PlotException.class,
                () -> HistogramPlot.builder(Examples.people(), "population").hover("group"));
        assertEquals("HistogramPlot: hover(...) has no row to show: a bin counts many rows, and its hover shows its range"
                + " and count; hover the rows in a plot with a mark each, such as ScatterPlot.builder(table, x, y).hover(...)",
                e.getMessage());
        assertEquals(0, e.getStackTrace().length);
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void aMistakeIsOneLineWithNoTrace() {
        PlotException e = assertThrows(PlotException.class, () -> Plot.histogram(Examples.people(), "grup"));
        assertEquals(0, e.getStackTrace().length, "a notebook shows the message alone");
        PlotException size = assertThrows(PlotException.class,
                () -> VerticalBarPlot.builder(Examples.people(), "group", "population").size(10, 10));
        assertEquals("VerticalBarPlot: a plot is at least 100 × 80 pixels, got 10 × 10", size.getMessage());
        assertEquals(0, size.getStackTrace().length);
    }

    /** A null table (a variable not yet set) is the user's mistake too: one line naming the builder, no trace. */
    @Test
    void aNullTableIsAMistakeNamingTheBuilder() {
        PlotException bar = assertThrows(PlotException.class, () -> Plot.bar(null, "group", "population"));
        assertEquals("VerticalBarPlot: the table is null; pass a table, such as Etr.troops()", bar.getMessage());
        assertEquals(0, bar.getStackTrace().length);
        PlotException scatter = assertThrows(PlotException.class, () -> ScatterPlot.builder(null, "x", "y"));
        assertEquals("ScatterPlot: the table is null; pass a table, such as Etr.troops()", scatter.getMessage());
    }

    /**
     * Bars of a table with no rows are refused by {@code builder} itself, before the arguments of the calls chained
     * to it are worked out: notebook 04's title read a row of the table ({@code after.getString("date")}), which on a
     * package whose troops table was emptied failed first, with Tablesaw's 8-line IndexOutOfBoundsException.
     */
    @Test
    void barsOfATableWithNoRowsAreRefusedByTheBuilderBeforeTheChainedCalls() {
        Table none = Examples.people().dropRange(0, Examples.people().rowCount());
        PlotException e = assertThrows(PlotException.class, () -> VerticalBarPlot.builder(none, "group", "population")
                .title("on " + none.row(0).getString("group")).build());
        assertEquals("VerticalBarPlot: table 'people' has no rows; there is nothing to draw", e.getMessage());
    }

    /**
     * A filter that keeps no row (a side misspelt in {@code where}) gives an empty table: a bar chart of it
     * was an XChart stack trace of 21 lines when drawn; the other plots draw empty axes.
     */
    @Test
    void aTableWithNoRowsIsDrawnEmptyOrRefusedInOneLine() throws Exception {
        Table none = Examples.people().dropRange(0, Examples.people().rowCount());
        for (Supplier<CategoryChart> bars : List.<Supplier<CategoryChart>>of(() -> Plot.bar(none, "group", "population"),
                () -> Plot.stackedBar(none, "group", "year", "population"))) {
            PlotException e = assertThrows(PlotException.class, bars::get);
            assertEquals("VerticalBarPlot: table 'people' has no rows; there is nothing to draw", e.getMessage());
        }
        for (Chart<?, ?> c : List.<Chart<?, ?>>of(Plot.line(none, "year", "population"),
                Plot.scatter(none, "year", "population"), Plot.histogram(none, "population"),
                Plot.range(none, "year", "population", "population"))) {
            assertEquals(c.getWidth(), ImageIO.read(new ByteArrayInputStream(ChartImages.png(c, 1.0))).getWidth());
        }
    }

    /** An infinite value (a ratio divided by zero) cannot be drawn: it is left out as a missing one is, not an XChart trace. */
    @Test
    void infiniteValuesAreLeftOutAsMissingOnesAre() throws Exception {
        Table t = Table.create("ratios", tech.tablesaw.api.StringColumn.create("group", "a", "b", "c"),
                tech.tablesaw.api.DoubleColumn.create("x", 1, 2, 3),
                tech.tablesaw.api.DoubleColumn.create("y", 1, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        XYChart line = Plot.line(t, "x", "y");
        assertArrayEquals(new double[] {1}, line.getSeriesMap().values().iterator().next().getXData());
        for (Chart<?, ?> c : List.<Chart<?, ?>>of(line, Plot.scatter(t, "x", "y"), Plot.histogram(t, "y"),
                Plot.bar(t, "group", "y"), Plot.range(t, "x", "x", "y"), Plot.scatter(t, "y", "x"))) {
            assertEquals(c.getWidth(), ImageIO.read(new ByteArrayInputStream(ChartImages.png(c, 1.0))).getWidth());
        }
    }

    /**
     * A missing category, group or lane (the roster's empty positions counted with countBy) is drawn as
     * "(missing)": it was "could not draw this chart: XChart cannot paint it (Zero length string passed to
     * TextLayout constructor)".
     */
    @Test
    void aMissingCategoryGroupOrLaneIsDrawnAsMissing() throws Exception {
        Table t = Table.create("council", tech.tablesaw.api.StringColumn.create("position", "President", "", "Minister"),
                tech.tablesaw.api.StringColumn.create("group", "x", "", "y"),
                tech.tablesaw.api.DoubleColumn.create("n", 1, 2, 3),
                tech.tablesaw.api.StringColumn.create("date", "1944-11-12", "1945", "1946-03"));
        CategoryChart bar = Plot.bar(t, "position", "n");
        assertEquals(List.of("President", "(missing)", "Minister"), bar.getSeriesMap().values().iterator().next().getXData());
        for (Chart<?, ?> c : List.<Chart<?, ?>>of(bar, Plot.stackedBar(t, "position", "group", "n"),
                VerticalBarPlot.builder(t, "position", "n").colorBy("group").build(),
                LinePlot.builder(t, "n", "n").groupBy("group").build(), ScatterPlot.builder(t, "n", "n").groupBy("group").build(),
                ScatterPlot.builder(t, "n", "n").shapeBy("group").build(),
                TimelinePlot.builder(t, "date", "position").laneBy("group").build())) {
            assertEquals(c.getWidth(), ImageIO.read(new ByteArrayInputStream(ChartImages.png(c, 1.0))).getWidth(), c.getTitle());
        }
    }

    @Test
    void textThatIsNoIsoDateIsNamedWithItsColumnAndRow() {
        Table t = Table.create("events", tech.tablesaw.api.StringColumn.create("date", "1945-08", "about 1945"),
                tech.tablesaw.api.StringColumn.create("event", "a", "b"));
        PlotException e = assertThrows(PlotException.class, () -> Plot.timeline(t, "date", "event"));
        assertEquals("TimelinePlot: column 'date', row 1: not an ISO date or interval: 'about 1945'", e.getMessage());
    }

    @Test
    void aBarRangeIsASolidBarToItsLowEndUnderALighterOneToItsHighEnd() {
        CategoryChart c = VerticalBarPlot.builder(Examples.ranges(), "stage", "low").yTo("high").labels().build();
        assertTrue(c.getStyler().isOverlapped() && !c.getStyler().isStacked());
        CategorySeries highEnd = c.getSeriesMap().get(VerticalBarPlot.HIGH_END);
        CategorySeries lowEnd = c.getSeriesMap().get(VerticalBarPlot.LOW_END);
        assertEquals(Arrays.asList(30_000.0, 12_000.0, null), highEnd.getYData().stream().map(n -> n == null ? null : n.doubleValue()).toList());
        assertEquals(List.of(25_000.0, 11_000.0, 7_000.0), lowEnd.getYData().stream().map(Number::doubleValue).toList());
        assertTrue(highEnd.getFillColor().getAlpha() < 255, "the range is lighter than the low end");
        assertFalse(c.getStyler().isLabelsVisible(), "a range's label is its two ends, not XChart's label of each part");
        assertEquals(List.of(VerticalBarPlot.HIGH_END, VerticalBarPlot.LOW_END), List.copyOf(c.getSeriesMap().keySet()),
                "the range is drawn first, under the low end");
        String json = VegaLite.json(c);
        assertTrue(json.contains("\"y2\":{\"field\":\"y2\"}"), json);
        assertTrue(json.contains("\"label\":\"25,000\u201330,000\"") && json.contains("\"label\":\"7,000\""), json);
        PlotException e = assertThrows(PlotException.class,
                () -> VerticalBarPlot.builder(Examples.ranges(), "stage", "low").yTo("high").dots().build());
        assertTrue(e.getMessage().startsWith("VerticalBarPlot: yTo draws each row's range as one bar"), e.getMessage());
    }

    @Test
    void aStackedSegmentsLabelSitsInItsMiddleInAColourThatReadsOnIt() {
        Table t = Table.create("t", tech.tablesaw.api.StringColumn.create("g", "a", "a", "b"),
                tech.tablesaw.api.StringColumn.create("part", "low", "high", "high"), tech.tablesaw.api.IntColumn.create("n", 2, 4, 6));
        Map<String, Object> spec = VegaLite.spec(VerticalBarPlot.builder(t, "g", "n").stackBy("part").labels().build());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) ((Map<String, Object>) spec.get("data")).get("values");
        assertEquals(List.of(1.0, 4.0, 3.0), rows.stream().map(r -> ((Number) r.get("mid")).doubleValue()).toList(),
                "the middle of 0-2 and 2-6 in bar a, of 0-6 in bar b");
        assertEquals(PlotTheme.hex(VerticalBarPlot.onColour(PlotTheme.PALETTE.get(0))), rows.get(0).get("labelColor"));
        assertEquals("#ffffff", PlotTheme.hex(VerticalBarPlot.onColour(new java.awt.Color(0x0072B2))));
        assertEquals("#222222", PlotTheme.hex(VerticalBarPlot.onColour(new java.awt.Color(0xE69F00))));
    }

    /**
     * A stacked bar of 5,000 series (a stack column of names or ids): each row looked its series up with
     * keys.indexOf and summed the segments under it one by one, quadratic in the series. The timeout only
     * guards against a hang (the figures before and after are in the commit message, measured by hand).
     */
    @Test
    void aStackedBarOfFiveThousandSeriesIsDrawnWithoutLookingEachUpInAList() {
        int n = 5_000;
        Table t = Table.create("t",
                tech.tablesaw.api.StringColumn.create("g", java.util.stream.IntStream.range(0, 2 * n)
                        .mapToObj(i -> i % 2 == 0 ? "a" : "b")),
                tech.tablesaw.api.StringColumn.create("s", java.util.stream.IntStream.range(0, 2 * n)
                        .mapToObj(i -> "series " + i / 2)),
                tech.tablesaw.api.DoubleColumn.create("n", java.util.stream.IntStream.range(0, 2 * n).mapToDouble(i -> 1)));
        List<Map<String, Object>> rows = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(60), () -> {
                    CategoryChart c = Plot.stackedBar(t, "g", "s", "n");
                    assertEquals(n, c.getSeriesMap().size());
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> values = (List<Map<String, Object>>) ((Map<String, Object>)
                            VegaLite.spec(c).get("data")).get("values");
                    return values;
                });
        assertEquals(2 * n, rows.size());
        Map<String, Object> last = rows.get(2 * n - 1);
        assertEquals(n - 1, ((Number) last.get("order")).intValue());
        assertEquals(n - 0.5, ((Number) last.get("mid")).doubleValue(), "the middle of the top segment of bar b");
        assertEquals(2, ((Number) rows.get(4).get("order")).intValue());
        assertEquals(2.5, ((Number) rows.get(4).get("mid")).doubleValue());
    }

    @Test
    void stackedBarsHaveOneSeriesPerStackValue() {
        Table t = Examples.troops().countBy("side", "qualifier");
        CategoryChart c = Plot.stackedBar(t, "side", "qualifier", "Count");
        assertTrue(c.getStyler().isStacked());
        assertEquals(t.stringColumn("qualifier").unique().size(), c.getSeriesMap().size());
        double total = c.getSeriesMap().values().stream()
                .flatMap(s -> s.getYData().stream()).filter(java.util.Objects::nonNull).mapToDouble(Number::doubleValue).sum();
        assertEquals(Examples.troops().rowCount(), total);
    }

    @Test
    void rangesAreDrawnAsTwoDotsJoinedByALine() {
        Table troops = Examples.troops();
        XYChart c = Plot.range(troops, "date_from", "count_low", "count_high");
        Table dated = troops.where(troops.dateColumn("date_from").isNotMissing());
        long ranges = dated.stream().filter(r -> r.getLong("count_low") != r.getLong("count_high")).count();
        assertTrue(ranges > 0, "some dated troop figures are ranges");
        XYSeries dots = c.getSeriesMap().get("count_low");
        assertEquals(dated.rowCount() + ranges, dots.getXData().length);
        XYSeries lines = c.getSeriesMap().get(" (range)");
        assertEquals(3 * ranges, lines.getXData().length);
        assertFalse(lines.isShowInLegend());
        // a date is drawn in the middle of the day it is, in decimal years
        LocalDate first = dated.dateColumn("date_from").get(0);
        assertEquals(Period.decimalYear(first) + 0.5 / first.lengthOfYear(), dots.getXData()[0], 1e-9);
    }

    @Test
    void aPeriodFromTwoDateColumnsIsDrawnWhereItsIsoTextIs() {
        Table troops = Examples.troops();
        XYChart fromColumns = ScatterPlot.builder(troops, "date_from", "count_high").xTo("date_to").build();
        XYChart fromText = Plot.scatter(troops, "date", "count_high");
        double[] x = fromColumns.getSeriesMap().get("count_high").getXData();
        assertTrue(x.length > 3);
        assertArrayEquals(fromText.getSeriesMap().get("count_high").getXData(), x, 1e-9);
        assertArrayEquals(fromText.getSeriesMap().get(" (period)").getXData(),
                fromColumns.getSeriesMap().get(" (period)").getXData(), 1e-9);
        // without the last day each date is one day: no period lines
        assertNull(Plot.scatter(troops, "date_from", "count_high").getSeriesMap().get(" (period)"));
    }

    @Test
    void groupsAndShapesMakeOneSeriesEachWithTheirOwnColourAndMarker() {
        XYChart c = ScatterPlot.builder(Examples.troops(), "date_from", "count_high").xTo("date_to").groupBy("side")
                .shapeBy("qualifier").build();
        List<XYSeries> visible = c.getSeriesMap().values().stream().filter(XYSeries::isShowInLegend).toList();
        assertTrue(visible.size() >= 3);
        for (XYSeries s : visible) {
            String side = s.getName().substring(0, s.getName().indexOf(" ("));
            assertTrue(Examples.troops().stringColumn("side").contains(side), s.getName());
            assertFalse(s.getName().contains("_"), "codes read as words in the legend: " + s.getName());
        }
        assertTrue(visible.stream().anyMatch(s -> s.getName().endsWith(" (more than)")), "more_than reads 'more than'");
        assertTrue(VegaLite.json(c).contains("\"more than\""), "and so in the interactive view's legend");
    }

    /** Values whose spread overflows a double (a typo of e308) still give finite bins: they were "NaN–Infinity". */
    @Test
    void aHistogramOfValuesWhoseSpreadOverflowsHasFiniteBins() {
        Table t = Table.create("t", tech.tablesaw.api.DoubleColumn.create("v", Double.MAX_VALUE, -Double.MAX_VALUE, 0));
        CategoryChart c = HistogramPlot.builder(t, "v").bins(3).build();
        CategorySeries s = c.getSeriesMap().values().iterator().next();
        List<?> bins = new ArrayList<>(s.getXData());
        assertEquals(3, bins.size());
        assertFalse(s.getXData().toString().contains("NaN") || s.getXData().toString().contains("Infinity"), s.getXData().toString());
        List<Double> counts = new ArrayList<>();
        s.getYData().forEach(n -> counts.add(n.doubleValue()));
        assertEquals(List.of(1.0, 1.0, 1.0), counts);
        assertEquals("-1.8e308–-5.99e307", bins.get(0), "past 1e16 a bin edge is written as a table writes it");
    }

    /**
     * Bars too many to name each (10,000 categories on 800 pixels): their names are left out, which the x
     * axis title says, instead of a black smear of overlapping names under the bars.
     */
    @Test
    void barsTooManyToNameLeaveTheirNamesToTheHover() {
        java.util.function.IntFunction<Table> categories = n -> Table.create("t",
                tech.tablesaw.api.IntColumn.indexColumn("i", n, 0).asStringColumn().setName("k"),
                tech.tablesaw.api.DoubleColumn.create("v", java.util.stream.IntStream.range(0, n).mapToDouble(i -> i)));
        CategoryChart many = Plot.bar(categories.apply(10_000), "k", "v");
        assertFalse(many.getStyler().isXAxisTicksVisible());
        assertEquals("k (10,000 bars, too many to name each: hover one in the interactive view)", many.getXAxisTitle());
        assertTrue(VegaLite.json(many).contains("\"labels\":false"), "the view leaves them out too");
        CategoryChart few = Plot.bar(categories.apply(100), "k", "v");
        assertTrue(few.getStyler().isXAxisTicksVisible());
        assertEquals("k", few.getXAxisTitle());
        assertFalse(VegaLite.json(few).contains("\"labels\":false"));
    }

    /**
     * Long names under bars are cut to the width of their slot in the PNG (the interactive view keeps them
     * whole, cutting at its own label limit, with the whole name on hover): 60-character names of bodies ran
     * into each other and the first was not drawn at all.
     */
    @Test
    void longNamesUnderBarsAreCutToTheirSlotInThePng() {
        List<String> bodies = List.of("Interim Government Council of the East Turkestan Republic",
                "Ministry of Internal Affairs and State Security of the Republic", "Supreme Court",
                "Supervisory Committee of the Ili, Tarbagatai and Altai districts", "Supervisory Committee of the Ili valley");
        Table t = Table.create("t", tech.tablesaw.api.StringColumn.create("body", bodies),
                tech.tablesaw.api.DoubleColumn.create("members", 18, 7, 3, 5, 2));
        CategoryChart c = Plot.bar(t, "body", "members");
        List<?> shown = new ArrayList<>(c.getSeriesMap().values().iterator().next().getXData());
        assertEquals(5, new java.util.HashSet<>(shown).size(), "still five bars: " + shown);
        assertEquals("Supreme Court", shown.get(2));
        for (Object name : shown) {
            assertTrue(name.toString().length() <= 20, name.toString());
        }
        assertTrue(shown.get(0).toString().startsWith("Interim Gov") && shown.get(0).toString().endsWith("\u2026"), shown.toString());
        assertTrue(VegaLite.json(c).contains("\"Interim Government Council of the East Turkestan Republic\""),
                "the view keeps the whole name");
    }

    /** A timeline of many dated rows (5,000 days) draws: "XChart cannot paint it (ArrayIndexOutOfBoundsException)" before. */
    @Test
    void aTimelineOfThousandsOfDaysDraws() throws Exception {
        int n = 5000;
        Table t = Table.create("t", tech.tablesaw.api.DateColumn.create("d",
                        java.util.stream.IntStream.range(0, n).mapToObj(i -> LocalDate.of(1944, 1, 1).plusDays(i)).toList()),
                tech.tablesaw.api.StringColumn.create("e", java.util.stream.IntStream.range(0, n).mapToObj(i -> "event " + i).toList()));
        XYChart c = Plot.timeline(t, "d", "e");
        assertEquals(c.getWidth(), ImageIO.read(new ByteArrayInputStream(ChartImages.png(c, 1.0))).getWidth());
    }

    /**
     * A legend of more entries than fit (1,000 groups) is left out of the PNG, the title saying why, and the
     * view lists the first that fit, at most 30: the PNG's legend overflowed the chart, showing entries 489 to 512.
     */
    @Test
    void aLegendOfTooManyEntriesIsLeftOutOfThePngAndCutInTheView() {
        int n = 2000;
        Table t = Table.create("t", tech.tablesaw.api.IntColumn.indexColumn("x", n, 0),
                tech.tablesaw.api.DoubleColumn.create("y", java.util.stream.IntStream.range(0, n).mapToDouble(i -> i % 7)),
                tech.tablesaw.api.IntColumn.indexColumn("g", n, 0).map(i -> i / 2).asStringColumn().setName("g"));
        for (Chart<?, ?> c : List.<Chart<?, ?>>of(LinePlot.builder(t, "x", "y").groupBy("g").build(),
                ScatterPlot.builder(t, "x", "y").groupBy("g").build())) {
            assertFalse(c.getStyler().isLegendVisible(), c.getTitle());
            assertTrue(c.getTitle().startsWith("y by x (1,000 "), c.getTitle());
            assertTrue(c.getTitle().endsWith(", too many for a legend: hover one in the interactive view)"), c.getTitle());
            String json = VegaLite.json(c);
            assertTrue(json.contains("\"title\":\"g (1,000 in all; hover a mark for its name)\""), json.substring(json.indexOf("\"color\"")));
        }
        XYChart few = LinePlot.builder(t.first(20), "x", "y").groupBy("g").build();
        assertTrue(few.getStyler().isLegendVisible());
        assertEquals("y by x", few.getTitle());
    }

    /**
     * Bins start and end on round numbers a reader can say: the README's Plot.histogram(troops, "count_high") had
     * bins "500–250.42k", "250.42k–500.33k", ... from the smallest value up in equal steps; now "0–250k", "250k–500k".
     */
    @Test
    void histogramBinsStartAndEndOnRoundNumbers() {
        Table t = Table.create("t", tech.tablesaw.api.LongColumn.create("n", 500, 1_500_000, 60_000, 7_000, 12_000, 1_000_000));
        List<?> bins = new ArrayList<>(HistogramPlot.builder(t, "n").bins(6).build().getSeriesMap().get("rows").getXData());
        assertEquals(List.of("0–250k", "250k–500k", "500k–750k", "750k–1M", "1M–1.25M", "1.25M–1.5M"), bins);
        Table years = Table.create("y", tech.tablesaw.api.IntColumn.create("n", 3, 17, 41, 8, 22));
        assertEquals(List.of("0–10", "10–20", "20–30", "30–40", "40–50"),
                new ArrayList<>(HistogramPlot.builder(years, "n").bins(5).build().getSeriesMap().get("rows").getXData()));
    }

    /**
     * A chart of low–high ranges says so in its default titles: Plot.range(troops, "date_from", "count_low", "count_high")
     * was titled "count_low by date_from" with a y axis "count_low", while its dots and lines reach count_high.
     */
    @Test
    void aRangeChartsDefaultTitlesNameBothEnds() {
        XYChart r = Plot.range(Examples.troops(), "date_from", "count_low", "count_high");
        assertEquals("count_low to count_high by date_from", r.getTitle());
        assertEquals("count_low to count_high", r.getYAxisTitle());
        CategoryChart b = VerticalBarPlot.builder(Examples.ranges(), "stage", "low").yTo("high").build();
        assertEquals("low to high by stage", b.getTitle());
        assertEquals("low to high", b.getYAxisTitle());
        assertEquals("mine", ScatterPlot.builder(Examples.troops(), "date_from", "count_low").yTo("count_high").yTitle("mine").build().getYAxisTitle());
    }

    @Test
    void histogramCountsEveryValueOnce() {
        Table troops = Examples.troops();
        CategoryChart c = HistogramPlot.builder(troops, "count_high").bins(4).build();
        CategorySeries s = c.getSeriesMap().get("rows");
        assertEquals(4, s.getXData().size());
        assertEquals(troops.rowCount(), s.getYData().stream().mapToDouble(Number::doubleValue).sum());
    }

    @Test
    void timelineLanesHoldEveryDatedRowWithoutOverlap() {
        Table tl = Examples.timeline();
        XYChart c = TimelinePlot.builder(tl, "date_from", "event").to("date_to").laneBy("source").build();
        int markers = c.getSeriesMap().values().stream().filter(XYSeries::isShowInLegend)
                .mapToInt(s -> s.getXData().length).sum();
        assertEquals(tl.where(tl.dateColumn("date_from").isNotMissing()).rowCount(), markers);
        // no two markers on the same row of a lane start at the same x
        for (XYSeries s : c.getSeriesMap().values()) {
            if (!s.isShowInLegend()) {
                continue;
            }
            for (int i = 0; i < s.getXData().length; i++) {
                for (int j = i + 1; j < s.getXData().length; j++) {
                    assertFalse(s.getXData()[i] == s.getXData()[j] && s.getYData()[i] == s.getYData()[j],
                            "two events at " + s.getXData()[i]);
                }
            }
        }
        assertEquals("exact day", TimelinePlot.precision(org.etrkit.plot.internal.Period.parse("1945-08-08")));
        assertEquals("month", TimelinePlot.precision(org.etrkit.plot.internal.Period.parse("1945-08")));
        assertEquals("year", TimelinePlot.precision(org.etrkit.plot.internal.Period.parse("1945")));
        assertEquals("interval", TimelinePlot.precision(org.etrkit.plot.internal.Period.parse("1945/1946")));
    }

    @Test
    void buildersApplyTheThemeAndChartsStayRestylable() {
        XYChart c = Plot.scatter(Examples.people(), "year", "population");
        assertArrayEquals(PlotTheme.PALETTE.toArray(), c.getStyler().getSeriesColors());
        c.getStyler().setMarkerSize(20);
        assertEquals(20, c.getStyler().getMarkerSize());
        Plot.theme(PlotTheme.DARK);
        try {
            assertEquals(PlotTheme.DARK.background(), Plot.scatter(Examples.people(), "year", "population")
                    .getStyler().getChartBackgroundColor());
        } finally {
            Plot.theme(PlotTheme.LIGHT);
        }
    }

    @Test
    void shortcutsAreTheBuildersDefaults() {
        Map<String, Supplier<Chart<?, ?>>> all = Examples.all();
        assertTrue(all.size() >= 10);
        assertEquals(Plot.line(Examples.people(), "year", "population").getTitle(),
                LinePlot.builder(Examples.people(), "year", "population").build().getTitle());
    }

    /**
     * The names of many bars (46 peoples of a census table, 47 years of a count by year) stand upright under
     * them, cut to 16 characters, in the PNG and in the view: across, cut to their 15-pixel slots, they ran into
     * each other in both ("OsWeKaLoTaGr…" under the bars; "1900190519191921" in the view).
     */
    @Test
    void namesOfManyBarsStandUprightInThePngAndTheView() {
        List<String> peoples = new ArrayList<>();
        for (int i = 0; i < 46; i++) {
            peoples.add(i == 40 ? "Peoples of the Upper Westmark Valley and the Seven Lakes Confederation" : "People number " + i);
        }
        Table t = Table.create("t", tech.tablesaw.api.StringColumn.create("group", peoples),
                tech.tablesaw.api.DoubleColumn.create("population", java.util.stream.IntStream.range(0, 46).mapToDouble(i -> 1000 + i)));
        CategoryChart c = Plot.bar(t, "group", "population");
        assertEquals(90, c.getStyler().getXAxisLabelRotation(), "upright in the PNG");
        List<?> shown = new ArrayList<>(c.getSeriesMap().values().iterator().next().getXData());
        assertEquals(46, new java.util.HashSet<>(shown).size(), shown.toString());
        assertEquals("People number 0", shown.get(0));
        assertEquals("Peoples of the\u2026", shown.get(40));
        @SuppressWarnings("unchecked")
        Map<String, Object> axis = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) VegaLite.spec(c)
                .get("encoding")).get("x")).get("axis");
        assertEquals(-90, axis.get("labelAngle"), "upright in the view");
        assertEquals(true, axis.get("labelOverlap"), "names that would still overlap left out in turn");
        assertTrue(((Number) axis.get("labelLimit")).intValue() <= 130, axis.toString());

        // five long names keep reading across, each cut to its slot, in the PNG and (by its label limit) in the view
        Table five = Table.create("t", tech.tablesaw.api.StringColumn.create("body", peoples.subList(36, 41)),
                tech.tablesaw.api.DoubleColumn.create("members", 18, 7, 3, 5, 2));
        CategoryChart across = Plot.bar(five, "body", "members");
        assertEquals(0, across.getStyler().getXAxisLabelRotation());
        @SuppressWarnings("unchecked")
        Map<String, Object> acrossAxis = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) VegaLite.spec(across)
                .get("encoding")).get("x")).get("axis");
        // across in a view 800 pixels wide (each limited to its slot, 130 pixels), upright in one drawn narrower than
        // 420 pixels, as wide as its cell: the names across ran into each other in a 194-pixel view
        assertEquals(Map.of("expr", "(etr_fit_width - 120) < 300 ? -90 : 0"), acrossAxis.get("labelAngle"));
        assertEquals(Map.of("expr", "(etr_fit_width - 120) < 300 ? 120 : max(30, (etr_fit_width - 120) / 5 - 6)"),
                acrossAxis.get("labelLimit"));
        // centred under their bars across, ending at them upright: Vega-Lite's anchor for an angle given as an expression
        // is none at 0 degrees, drawn as "start", each name beginning at its bar's middle ("Othe" cut at the right edge)
        assertEquals(Map.of("expr", "(etr_fit_width - 120) < 300 ? 'right' : 'center'"), acrossAxis.get("labelAlign"));
        assertEquals(Map.of("expr", "(etr_fit_width - 120) < 300 ? 'middle' : 'top'"), acrossAxis.get("labelBaseline"));
    }

    /**
     * A histogram of years has bins of years, 1900–1920, not 1,900–1,920; and its count of rows is whole on
     * its axis: a histogram of 11 census years had rows 0, 0.5, 1, 1.5, ... in the PNG and the view.
     */
    @Test
    void aHistogramOfYearsHasBinsOfYearsAndWholeRows() {
        Table census = Table.create("census", tech.tablesaw.api.IntColumn.create("year",
                1900, 1910, 1920, 1926, 1939, 1950, 1959, 1970, 1979, 1989, 2000));
        CategoryChart c = Plot.histogram(census, "year");
        List<?> bins = new ArrayList<>(c.getSeriesMap().get("rows").getXData());
        assertEquals("1900\u20131920", bins.get(0), bins.toString());
        assertTrue(VegaLite.json(c).contains("\"1900\u20131920\""));
        for (String tick : org.knowm.xchart.internal.chartpart.DrawnTicks.y(c)) {
            assertTrue(tick.isEmpty() || tick.matches("-?\\d+"), "a whole number of rows: " + org.knowm.xchart.internal.chartpart.DrawnTicks.y(c));
        }
        assertTrue(VegaLite.json(c).contains("\"tickMinStep\":1"), "the view's row ticks are whole");
    }

    /**
     * A time axis writes a tick between whole years as its month: a scatter of one dated row (3 March 1905) spans 1905
     * to 1906 and its PNG wrote the ticks between as 1905.1, 1905.2, ... 1905.9, dates as decimals no reader uses.
     */
    @Test
    void aTimeAxisOfLessThanAYearIsLabelledInYearsAndMonths() {
        Table one = Table.create("t", tech.tablesaw.api.DateColumn.create("date_from", LocalDate.of(1905, 3, 3)),
                tech.tablesaw.api.LongColumn.create("count_high", new long[] {1200}));
        for (Chart<?, ?> c : List.<Chart<?, ?>>of(Plot.scatter(one, "date_from", "count_high"), Plot.line(one, "date_from", "count_high"),
                Plot.timeline(one.addColumns(tech.tablesaw.api.StringColumn.create("event", "rising")), "date_from", "event"))) {
            List<String> ticks = org.knowm.xchart.internal.chartpart.DrawnTicks.x(c);
            assertTrue(ticks.stream().allMatch(t -> t.matches("([A-Z][a-z]{2} )?\\d{4}")), c.getTitle() + ": " + ticks);
            assertTrue(ticks.stream().anyMatch(t -> t.endsWith("1905")), ticks.toString());
        }
    }
    /**
     * A legend's title is limited to the view's data rectangle as its names are (an ellipsis): Vega's own limit, 180
     * pixels, let "source of the figure" run past the right edge of a 232-pixel view, cut mid-word.
     */
    @Test
    void aLegendsTitleIsLimitedToTheViewsWidthAsItsNamesAre() {
        for (String name : List.of("bar-colour-labels", "range-troops", "timeline")) {
            String json = VegaLite.json(Examples.all().get(name).get());
            assertTrue(json.contains("\"titleLimit\":{\"expr\":\"max(60, min(420, (etr_fit_width - 80) - 30))\"}"), name + ": " + json);
        }
    }

    /**
     * A timeline's marks are labelled away from the nearer edge of the view: right of a line in the left half of the
     * years, left of it in the right half, each at most half the view wide; all right of their lines, the labels of
     * 1944 and 1946 on a 1937-1950 timeline ran past the view's right edge, cut.
     */
    @Test
    void aTimelinesMarkLabelsReadAwayFromTheNearerEdge() {
        Table t = Table.create("t", tech.tablesaw.api.StringColumn.create("date", "1937-07-07", "1946-06-27", "1950-01-01"),
                tech.tablesaw.api.StringColumn.create("event", "war", "coalition", "end"));
        XYChart c = TimelinePlot.builder(t, "date", "event").mark(LocalDate.of(1938, 1, 1), "early mark, a long label")
                .mark(LocalDate.of(1949, 6, 1), "late mark, a long label").build();
        List<Map<?, ?>> texts = new ArrayList<>();
        for (Object layer : (List<?>) VegaLite.spec(c).get("layer")) {
            Map<?, ?> l = (Map<?, ?>) layer;
            if (l.get("mark") instanceof Map<?, ?> mark && "text".equals(mark.get("type")) && "left right".contains(String.valueOf(mark.get("align")))) {
                texts.add(l);
            }
        }
        assertEquals(2, texts.size(), texts.toString());
        assertEquals("left", ((Map<?, ?>) texts.get(0).get("mark")).get("align"));
        assertEquals("right", ((Map<?, ?>) texts.get(1).get("mark")).get("align"));
        for (Map<?, ?> l : texts) {
            assertEquals(Map.of("expr", "max(40, width / 2 - 6)"), ((Map<?, ?>) l.get("mark")).get("limit"));
        }
        assertTrue(String.valueOf(texts.get(0).get("transform")).contains("datum.x <= "), texts.get(0).toString());
        assertTrue(String.valueOf(texts.get(1).get("transform")).contains("datum.x > "), texts.get(1).toString());
    }
    /**
     * Figures on bars are written where the view's slots hold the longest of them (about 6.5 pixels a character and a
     * gap), else left to the hover: centred, "11,000–12,000" ran 5 pixels past a 200-pixel view's edge and into its
     * neighbour, and an order of battle's 40 figures overlapped in an 800-pixel view. Two legends stand one under the
     * other (side by side, the second ran past a 200-pixel view's edge).
     */
    @Test
    void figuresOnBarsAreWrittenOnlyWhereTheViewsSlotsHoldThem() {
        Table t = Table.create("t", tech.tablesaw.api.StringColumn.create("measure", "enlisted", "allowed"),
                tech.tablesaw.api.DoubleColumn.create("low", 11000, 20000), tech.tablesaw.api.DoubleColumn.create("high", 12000, 25000));
        Map<String, Object> spec = VegaLite.spec(VerticalBarPlot.builder(t, "measure", "low").yTo("high").labels().build());
        List<Map<?, ?>> texts = new ArrayList<>();
        for (Object layer : (List<?>) spec.get("layer")) {
            if (((Map<?, ?>) layer).get("mark") instanceof Map<?, ?> mark && "text".equals(mark.get("type"))) {
                texts.add((Map<?, ?>) layer);
            }
        }
        assertEquals(1, texts.size(), texts.toString());
        // "11,000–12,000": 13 characters, 85 pixels and a gap of 4
        assertEquals(List.of(Map.of("filter", "(etr_fit_width - 80) / 2 >= 89")), texts.get(0).get("transform"));
        assertEquals("center", ((Map<?, ?>) texts.get(0).get("mark")).get("align"));
        assertEquals(Map.of("expr", "{bottom: {anchor: 'start', direction: 'vertical'}}"),
                ((Map<?, ?>) ((Map<?, ?>) spec.get("config")).get("legend")).get("layout"));
    }

    /**
     * The PNG writes figures on bars only where every bar's slot holds the longest: an order of battle of 40 units
     * (strengths 3 to 14,000) had them run into each other ("3,152,80" in 800 pixels); five bars keep theirs.
     */
    @Test
    void figuresOnBarsTooNarrowForThemAreLeftOutOfThePng() {
        String[] units = new String[40];
        double[] strength = new double[40];
        for (int i = 0; i < 40; i++) {
            units[i] = "Unit " + i + " of the Ürümqi Garrison Composite Cavalry and Mountain Artillery Brigade";
            strength[i] = i == 39 ? 3 : 14_000 - i * 300;
        }
        Table oob = Table.create("oob", tech.tablesaw.api.StringColumn.create("Unit", units),
                tech.tablesaw.api.DoubleColumn.create("Strength", strength));
        assertFalse(VerticalBarPlot.builder(oob, "Unit", "Strength").labels().build().getStyler().isLabelsVisible());
        Table few = oob.first(5);
        assertTrue(VerticalBarPlot.builder(few, "Unit", "Strength").labels().build().getStyler().isLabelsVisible());
    }

    /**
     * A legend's names are limited to their column of the view, and it lists at most 8 rows of its columns at the width
     * the view is drawn, its title saying how many there are in all: an invented article's 40 units of 60-character
     * names, coloured or stacked, ran 150 to 1,000 pixels past the right edge of the view in two columns, and in a
     * 360-pixel view their 30 entries in one column squeezed the data to a strip.
     */
    @Test
    void aLegendFitsItsColumnsAndListsAtMostEightRowsOfThem() {
        String[] units = new String[40];
        double[] strength = new double[40];
        for (int i = 0; i < 40; i++) {
            units[i] = "Unit " + i + " of the Ch'ongch'on Road Security Division of the Provincial Gendarmerie";
            strength[i] = 100 + i;
        }
        String[] sides = new String[40];
        Arrays.fill(sides, "ETR");
        Table oob = Table.create("oob", tech.tablesaw.api.StringColumn.create("Side", sides),
                tech.tablesaw.api.StringColumn.create("Unit", units), tech.tablesaw.api.DoubleColumn.create("Strength", strength));
        String columns = "max(1, min(4, floor((etr_fit_width - 80) / 150)))";
        for (Chart<?, ?> c : List.<Chart<?, ?>>of(Plot.stackedBar(oob, "Side", "Unit", "Strength"),
                LinePlot.builder(oob, "Strength", "Strength").groupBy("Unit").build())) {
            String json = VegaLite.json(c);
            assertTrue(json.contains("\"labelLimit\":{\"expr\":\"max(60, min(420, width / " + columns + " - 50))\"}"), json);
            assertTrue(json.contains("\"values\":{\"expr\":\"slice([\\\"Unit 0 of the Ch'ongch'on"), json);
            assertTrue(json.contains(", 0, 8 * " + columns + ")\"}"), json);
            assertTrue(json.contains("\"title\":\"Unit (40 in all; hover a mark for its name)\""), json);
        }
    }

    /**
     * A bar chart of a table of 100,000 rows, one bar each (a notebook's first try at a long table): each row's bar
     * was placed by a search through the list of all bars, 100,000 × 100,000 comparisons, and the kernel's shell
     * thread was held 86 s before the chart said it had too many bars to label. Placed through an index now (about
     * 2 s on the project's 2-core machine when quiet). The guard is a hang guard, not a speed target: 60 s is below the
     * quadratic 86 s and far above the linear time, so it fails on the quadratic search and not on a loaded machine
     * (20 s failed once at a load of 30).
     */
    @Test
    void aBarChartOfOneHundredThousandRowsDoesNotSearchEveryBarForEachRow() {
        int n = 100_000;
        Table big = Table.create("big", tech.tablesaw.api.IntColumn.indexColumn("i", n, 0),
                tech.tablesaw.api.DoubleColumn.create("y", java.util.stream.IntStream.range(0, n).mapToDouble(i -> i % 7).toArray()));
        CategoryChart c = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> Plot.bar(big, "i", "y"));
        assertEquals(n, ((CategorySeries) c.getSeriesMap().values().iterator().next()).getXData().size());
    }
}
