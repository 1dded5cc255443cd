package org.etrkit.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.etrkit.plot.internal.Json;
import org.etrkit.plot.internal.Period;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The interactive view: valid against the official Vega-Lite v5 schema, data inlined, no script or link, hover with provenance. */
class VegaLiteTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path OUT = Path.of("target", "vega-lite");

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> values(Map<String, Object> spec) {
        return (List<Map<String, Object>>) ((Map<String, Object>) spec.get("data")).get("values");
    }

    @Test
    void everySpecIsValidAgainstTheVegaLiteSchemaAndRendersHeadless() throws Exception {
        Path node = Path.of("/usr/bin/node");
        Path validator = ROOT.resolve("kernel-ext/src/test/js/validate-vegalite.mjs");
        Assumptions.assumeTrue(Files.isExecutable(node) || Files.isExecutable(Path.of("/usr/local/bin/node")),
                "node is not installed: run make setup");
        Assumptions.assumeTrue(Files.isDirectory(ROOT.resolve("node_modules/vega-lite")),
                "node_modules/vega-lite is missing: run make setup (npm ci)");
        Files.createDirectories(OUT);
        List<String> cmd = new ArrayList<>(List.of("node", validator.toString()));
        for (Map.Entry<String, Supplier<Chart<?, ?>>> e : Examples.all().entrySet()) {
            Path file = OUT.resolve(e.getKey() + ".vl.json").toAbsolutePath();
            Files.writeString(file, VegaLite.json(e.getValue().get()), StandardCharsets.UTF_8);
            cmd.add(file.toString());
        }
        Process p = new ProcessBuilder(cmd).directory(ROOT.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "validator timed out");
        assertEquals(0, p.exitValue(), out);
        assertEquals(Examples.all().size(), out.lines().filter(l -> l.startsWith("ok ")).count(), out);
    }

    @Test
    void theValidatorRejectsAnInvalidSpec() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(ROOT.resolve("node_modules/vega-lite")), "run make setup (npm ci)");
        Files.createDirectories(OUT);
        Path bad = OUT.resolve("invalid.vl.json").toAbsolutePath();
        Files.writeString(bad, "{\"data\":{\"values\":[]},\"mark\":\"pointy\"}");
        Process p = new ProcessBuilder("node", ROOT.resolve("kernel-ext/src/test/js/validate-vegalite.mjs").toString(),
                bad.toString()).directory(ROOT.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), out);
        assertTrue(out.contains("FAIL") && out.contains("schema"), out);
    }

    /**
     * JupyterLab's dark Vega theme recolours axes, legends and titles, not a text or rule mark's own default
     * (black): every text on a chart is white in the "difference" blend mode (black on white, light on the
     * dark theme's #333), and every rule has a colour of its own or from its data, so that it reads on both.
     */
    @Test
    void everyTextAndRuleFollowsTheThemeOrHasItsOwnColour() {
        int texts = 0;
        for (Map.Entry<String, Supplier<Chart<?, ?>>> e : Examples.all().entrySet()) {
            List<Map<?, ?>> layers = new ArrayList<>();
            collectLayers(VegaLite.spec(e.getValue().get()), layers);
            for (Map<?, ?> layer : layers) {
                if (!(layer.get("mark") instanceof Map<?, ?> mark)) {
                    continue;
                }
                Map<?, ?> encoding = layer.get("encoding") instanceof Map<?, ?> m ? m : Map.of();
                if ("text".equals(mark.get("type")) && layer.containsKey("transform")
                        && String.valueOf(layer.get("transform")).contains("labelColor")) {
                    texts++;   // a label on a stacked segment: white or near-black by the segment's colour
                    assertTrue(List.of("#ffffff", "#222222").contains(mark.get("fill")), e.getKey() + ": " + mark);
                } else if ("text".equals(mark.get("type"))) {
                    texts++;
                    assertEquals("difference", mark.get("blend"), e.getKey() + ": " + mark);
                    assertEquals("#ffffff", mark.get("fill"), e.getKey() + ": " + mark);
                } else if ("rule".equals(mark.get("type"))) {
                    assertTrue(mark.containsKey("color") || encoding.containsKey("color"), e.getKey() + ": " + layer);
                }
            }
        }
        assertTrue(texts >= 3, "the examples write labels and lane titles: " + texts);
    }

    private static void collectLayers(Object node, List<Map<?, ?>> out) {
        if (node instanceof Map<?, ?> m) {
            if (m.containsKey("mark")) {
                out.add(m);
            }
            m.values().forEach(v -> collectLayers(v, out));
        } else if (node instanceof List<?> l) {
            l.forEach(v -> collectLayers(v, out));
        }
    }

    @Test
    void dataIsInlinedAndThereIsNoScriptNoLinkNoSchemaUrl() throws IOException {
        Pattern link = Pattern.compile("(?i)(https?|ftp|file|javascript|data):");
        for (Map.Entry<String, Supplier<Chart<?, ?>>> e : Examples.all().entrySet()) {
            Chart<?, ?> chart = e.getValue().get();
            Map<String, Object> spec = VegaLite.spec(chart);
            String json = VegaLite.json(chart);
            assertNotNull(values(spec), e.getKey());
            assertEquals(VegaLite.points(chart), values(spec).size(), e.getKey());
            assertFalse(json.contains("\"url\""), e.getKey());
            assertFalse(json.contains("$schema"), e.getKey());
            assertFalse(json.toLowerCase().contains("<script"), e.getKey());
            assertFalse(json.contains("<"), e.getKey() + ": '<' is written as \\u003c");
            assertFalse(link.matcher(json).find(), e.getKey() + ": " + json.substring(0, 200));
        }
    }

    @Test
    void hoveringATroopShowsTheFigureAsTheArticleGivesItAndWhereItIs() {
        Table troops = Examples.troops();
        XYChart chart = ScatterPlot.builder(troops, "date_from", "count_low").xTo("date_to").yTo("count_high").groupBy("side")
                .label("force").build();
        Map<String, Object> spec = VegaLite.spec(chart);
        String json = Json.write(spec);
        for (String field : List.of("\"title\":\"Figure\"", "\"title\":\"Article\"", "\"title\":\"Line\"", "\"title\":\"Quote\"")) {
            assertTrue(json.contains(field), field);
        }
        Table dated = troops.where(troops.dateColumn("date_from").isNotMissing());
        List<Map<String, Object>> rows = values(spec);
        assertEquals(dated.rowCount(), rows.size());
        int hedged = 0, units = 0;
        for (Row r : dated) {
            String count = String.format("%,d", r.getLong("count_low"));   // two rows of one line may name one force
            Map<String, Object> v = rows.stream().filter(x -> x.get("Line").equals(String.valueOf(r.getInt("line")))
                    && x.get("force").equals(r.getString("force")) && ((String) x.get("Figure")).contains(count))
                    .findFirst().orElseThrow(() -> new AssertionError("no hover for " + r));
            assertEquals(r.getString("source"), v.get("Article"));
            assertEquals(r.getString("quote"), v.get("Quote"));
            String figure = (String) v.get("Figure");
            if (!r.getString("qualifier").equals("exact")) {
                assertTrue(figure.startsWith(r.getString("qualifier").replace('_', ' ') + " "), figure);
                hedged++;
            }
            if (!r.getString("unit").isEmpty()) {
                units++;
                assertTrue(figure.endsWith(" " + r.getString("unit")), figure);
            }
            // the period of date_from..date_to at its precision, as the ISO text of the date column gives it
            assertEquals(Period.parse(r.getString("date")).label(), v.get("date"));
        }
        assertTrue(hedged > 0, "some troop figures are hedged");
        assertTrue(units > 0, "some troop figures have a unit");
    }

    @Test
    void hoveringATimelineMarkerShowsTheEvent() {
        Table tl = Examples.timeline();
        Map<String, Object> spec = VegaLite.spec(Plot.timeline(tl, "date_from", "date_to", "event"));
        List<Map<String, Object>> rows = values(spec);
        assertEquals(tl.where(tl.dateColumn("date_from").isNotMissing()).rowCount(), rows.size());
        // the date at its precision and as written: "1944-11, “November 1944” (month)"
        Row first = tl.where(tl.dateColumn("date_from").isNotMissing()).row(0);
        String shown = Period.parse(first.getString("date")).label() + ", \u201C" + first.getString("date_text") + "\u201D";
        assertTrue(rows.stream().anyMatch(r -> r.get("event").equals(first.getString("event"))
                && ((String) r.get("date")).startsWith(shown + " (")), shown);
        assertTrue(rows.stream().allMatch(r -> tl.stringColumn("event").contains((String) r.get("event"))));
        assertTrue(Json.write(spec).contains("\"field\":\"event\""));
    }

    @Test
    void theSpecFollowsTheChartsTitleAxesAndSize() {
        XYChart chart = Plot.scatter(Examples.people(), "year", "population");
        chart.setTitle("Renamed");
        chart.setYAxisTitle("people");
        chart.getStyler().setYAxisLogarithmic(true);
        String json = VegaLite.json(chart);
        assertTrue(json.contains("\"text\":\"Renamed\""), json);
        assertTrue(json.contains("\"title\":\"people\""), json);
        assertTrue(json.contains("\"type\":\"log\""), json);
        assertTrue(json.contains("\"width\":800"), json);
    }

    @Test
    void aChartWhoseSeriesChangedOrThatTheKitDidNotMakeHasNoView() {
        XYChart chart = Plot.scatter(Examples.people(), "year", "population");
        assertTrue(VegaLite.supports(chart));
        chart.addSeries("mine", new double[] {1930}, new double[] {5});
        assertFalse(VegaLite.supports(chart));
        XYChart own = new org.knowm.xchart.XYChartBuilder().build();
        assertFalse(VegaLite.supports(own));
        assertEquals(0, VegaLite.points(own));
        assertThrows(PlotException.class, () -> VegaLite.spec(own));
    }

    @Test
    void darkThemeSetsItsOwnBackgroundLightOneLeavesItToJupyterLab() {
        assertTrue(VegaLite.json(Examples.all().get("dark").get()).contains("\"background\":\"#111111\""));
        assertFalse(VegaLite.json(Plot.scatter(Examples.people(), "year", "population")).contains("\"background\""));
    }

    /**
     * A user's columns named like the view's own fields ("x", "y", "label", "order", "group") or with a dot or
     * bracket ("a.b", "c[0]"): the view's numbers stay numbers, and every hover field is in every data point.
     * Before, a line of columns "x" and "y" had its positions overwritten by the hover text "1,000" (no line
     * in the view), a bar chart grouped by "y" had no bars, and the hover of "a.b" read field "a_b", which the
     * data did not have.
     */
    @Test
    void columnsNamedLikeTheViewsOwnFieldsOrWithDotsKeepTheViewAndItsHover() {
        Table xy = Table.create("t", DoubleColumn.create("x", 1000, 2000, 3000), DoubleColumn.create("y", 1500, 2500, 3500),
                StringColumn.create("group", "a", "a", "b"), StringColumn.create("a.b", "p", "q", "r"),
                StringColumn.create("_x", "s", "t", "u"));
        Table named = Table.create("t", StringColumn.create("label", "a", "b", "c"), DoubleColumn.create("order", 1500, 2500, 3500),
                StringColumn.create("y", "k", "l", "m"), StringColumn.create("c[0]", "p", "q", "r"));
        Table dates = Table.create("t", StringColumn.create("date", "1944-11-12", "1945", "1946-03"),
                StringColumn.create("x", "first", "second", "third"), StringColumn.create("text", "p", "q", "r"));
        Map<String, Chart<?, ?>> charts = new java.util.LinkedHashMap<>();
        charts.put("line x y", LinePlot.builder(xy, "x", "y").groupBy("group").hover("a.b", "_x").build());
        charts.put("scatter y x", ScatterPlot.builder(xy, "y", "x").groupBy("group").label("a.b").hover("_x").build());
        charts.put("bar y x", VerticalBarPlot.builder(named, "y", "order").hover("c[0]", "label").build());
        charts.put("bar label order", VerticalBarPlot.builder(named, "label", "order").stackBy("y").build());
        charts.put("histogram y", HistogramPlot.builder(xy, "y").build());
        charts.put("timeline x", TimelinePlot.builder(dates, "date", "x").hover("text").build());
        for (Map.Entry<String, Chart<?, ?>> e : charts.entrySet()) {
            Map<String, Object> spec = VegaLite.spec(e.getValue());
            List<Map<String, Object>> values = values(spec);
            List<Map<?, ?>> channels = new ArrayList<>();
            collectChannels(spec, channels);
            for (Map<?, ?> ch : channels) {
                String field = (String) ch.get("field");
                for (Map<String, Object> v : values) {
                    if ("quantitative".equals(ch.get("type"))) {
                        Object n = v.get(field);
                        assertTrue(n == null || n instanceof Number, e.getKey() + ": field '" + field + "' is " + n + " in " + v);
                    } else if (ch.containsKey("title") && !(ch.get("title") instanceof Map)) {
                        assertTrue(v.containsKey(field), e.getKey() + ": hover field '" + field + "' is not in " + v);
                    }
                }
            }
            assertTrue(channels.stream().anyMatch(ch -> "quantitative".equals(ch.get("type"))), e.getKey());
        }
    }

    /** Every encoding channel of a spec (a map with "field"), in every layer and tooltip list. */
    private static void collectChannels(Object node, List<Map<?, ?>> out) {
        if (node instanceof Map<?, ?> m) {
            if (m.get("field") instanceof String && !m.containsKey("values")) {
                out.add(m);
            }
            m.forEach((k, v) -> {
                if (!"data".equals(k)) {
                    collectChannels(v, out);
                }
            });
        } else if (node instanceof List<?> l) {
            l.forEach(v -> collectChannels(v, out));
        }
    }

    /**
     * A view wider than a notebook's column on a 1280-pixel laptop screen with the file browser open (about 870
     * pixels) was cut at its right edge: 04-troop-strength's 1,000-pixel chart lost its last years and its title's
     * end, 05-timeline's 1,100-pixel one its marks' labels. The view is at most 800 pixels wide, as tall as asked;
     * the PNG keeps the size asked for.
     */
    @Test
    void aViewIsNeverWiderThanANotebookColumnOnALaptop() {
        XYChart wide = ScatterPlot.builder(Examples.people(), "year", "population").size(1100, 700).build();
        Map<String, Object> spec = VegaLite.spec(wide);
        assertEquals(800, spec.get("width"), spec.toString().substring(0, 200));
        assertEquals(700, spec.get("height"));
        assertEquals(1100, wide.getWidth());
        Map<String, Object> small = VegaLite.spec(ScatterPlot.builder(Examples.people(), "year", "population").size(500, 300).build());
        assertEquals(500, small.get("width"));
        assertEquals(300, small.get("height"));
    }

    /**
     * At 800 pixels with JupyterLab's file browser open a cell's output is 360 pixels wide, and the 800-pixel view
     * scrolled sideways in it (browser_fit.mjs); Vega-Lite's width "container" drew nothing, as vega-embed's box is
     * an inline-block as wide as what it holds. The embed options make the box as wide as the output (the kit's
     * style sheet, a block) and patch the compiled view's width to the output's, at most the width asked
     * for, that width where the output cannot be measured.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theEmbedOptionsDrawTheViewToItsOutputsWidthAtMostTheWidthAskedFor() {
        Map<String, Object> options = (Map<String, Object>) VegaLite.embedMetadata().get("embed_options");
        assertEquals("svg", options.get("renderer"));
        String style = (String) options.get("defaultStyle");
        assertTrue(style.startsWith("/* ETR notebook kit: ") && style.contains(".vega-embed {\n  display: block;"), style);
        String measured = "containerSize()[0] >= 120 ? min(containerSize()[0], etr_asked_width)";
        assertEquals(List.of(Json.obj("op", "replace", "path", "/width", "value", Json.obj("signal", "etr_fit_width")),
                Json.obj("op", "add", "path", "/signals/0/on", "value", List.of(Json.obj("events", Json.obj("type", "timer", "throttle", 500),
                        "update", measured + " : etr_fit_width")))), options.get("patch"));
        Map<String, Object> wide = VegaLite.spec(ScatterPlot.builder(Examples.people(), "year", "population").size(1100, 700).build());
        assertEquals(List.of(Json.obj("name", "etr_fit_width", "expr", measured + " : etr_asked_width"),
                Json.obj("name", "etr_asked_width", "value", 800)), wide.get("params"));
        Map<String, Object> small = VegaLite.spec(ScatterPlot.builder(Examples.people(), "year", "population").size(500, 300).build());
        assertEquals(Json.obj("name", "etr_asked_width", "value", 500), ((List<?>) small.get("params")).get(1));
    }

    /**
     * The view's style sheet is the kit's own, short: the block rule the fit needs and a plain actions menu (a round
     * button at the top right, its links below it in the notebook theme's colours); it was vega-embed's style sheet
     * copied with its licence (128 lines), whose menu stuck out 9 pixels past a narrow cell's output and stayed white
     * in the dark theme (browser_menu.mjs).
     */
    @Test
    @SuppressWarnings("unchecked")
    void theViewsStyleSheetIsTheKitsOwnAndShort() {
        String style = (String) ((Map<String, Object>) VegaLite.embedMetadata().get("embed_options")).get("defaultStyle");
        assertFalse(style.contains("Copyright") || style.contains("BSD") || style.contains("@keyframes"), style);
        assertTrue(style.lines().count() <= 70, style.lines().count() + " lines");
        for (String rule : List.of(".vega-embed summary {", ".vega-embed .vega-actions {", ".vega-embed .vega-actions a {")) {
            assertTrue(style.contains(rule), rule);
        }
        assertTrue(style.contains("var(--jp-layout-color1, #fff)") && style.contains("var(--jp-ui-font-color1, #222)"), style);
    }

    /**
     * In a view drawn at its cell's width, the chart's title and the x axis's are limited to the data rectangle's width
     * (cut with an ellipsis): at 322 pixels the 800-pixel bar chart of notebook 04, whose titles are wider than that,
     * had its bars squeezed onto one line by Vega's fit, which makes room for every text.
     */
    @Test
    void theTitlesAreLimitedToTheViewsWidth() {
        Map<String, Object> spec = VegaLite.spec(Plot.bar(Examples.people(), "group", "population"));
        assertEquals(Map.of("expr", "width"), ((Map<?, ?>) spec.get("title")).get("limit"));
        List<Map<?, ?>> xs = new ArrayList<>();
        collectX(spec, xs);
        assertEquals(Map.of("expr", "width"), ((Map<?, ?>) xs.get(0).get("axis")).get("titleLimit"));
    }

    /**
     * Hovering a bar's label (on a stacked segment it sits at the segment's middle, where one points) showed no
     * hover: the text layers had no tooltip and caught the pointer. Every text layer of a bar chart hovers as its bar.
     */
    @Test
    void aLabelOnABarHoversAsItsBar() {
        Table t = Examples.troops().countBy("side", "qualifier");
        for (Chart<?, ?> c : List.<Chart<?, ?>>of(
                VerticalBarPlot.builder(t, "side", "Count").stackBy("qualifier").labels().build(),
                VerticalBarPlot.builder(Examples.people(), "group", "population").colorBy("derived").labels().build(),
                VerticalBarPlot.builder(Examples.ranges(), "stage", "low").yTo("high").labels().build())) {
            List<Map<?, ?>> layers = new ArrayList<>();
            collectLayers(VegaLite.spec(c), layers);
            int texts = 0;
            for (Map<?, ?> layer : layers) {
                if (layer.get("mark") instanceof Map<?, ?> mark && "text".equals(mark.get("type"))) {
                    texts++;
                    Map<?, ?> enc = (Map<?, ?>) layer.get("encoding");
                    assertTrue(enc.get("tooltip") instanceof List<?> tips && !tips.isEmpty(), c.getTitle() + ": " + layer);
                }
            }
            assertTrue(texts > 0, c.getTitle());
        }
    }

    /**
     * A bar's hover says its number under the y axis's title when the figure has no unit of its own: notebook 02's
     * hover read "Figure: 367,204" (people) and "Figure: 52.1" (a share in per cent), 05's "Count: 3" (sentences);
     * they now read "People: 367,204", "Share of the region's population (%): 52.1", "Sentences: 3". A figure with
     * its unit ("1,500 advisers") keeps the title "Figure".
     */
    @Test
    void aBarsHoverTitlesAFigureWithoutItsUnitByTheYAxisTitle() {
        Table cited = Examples.people().copy().addColumns(StringColumn.create("source", "a.txt", "a.txt", "b.txt"),
                StringColumn.create("line", "1", "2", "3"));
        assertEquals("People", figureTitle(VerticalBarPlot.builder(cited, "group", "population").yTitle("People").build(), "Figure"));
        assertEquals("People", figureTitle(VerticalBarPlot.builder(Examples.people(), "group", "population").yTitle("People").build(),
                "population"));
        Table withUnit = cited.copy().addColumns(StringColumn.create("unit", "people", "people", "people"));
        assertEquals("Figure", figureTitle(VerticalBarPlot.builder(withUnit, "group", "population").yTitle("People").build(), "Figure"));
    }

    /** The title of the hover's entry for {@code field} in a chart's bar layer. */
    private static String figureTitle(Chart<?, ?> c, String field) {
        List<Map<?, ?>> layers = new ArrayList<>();
        collectLayers(VegaLite.spec(c), layers);
        for (Map<?, ?> layer : layers) {
            if (layer.get("encoding") instanceof Map<?, ?> enc && enc.get("tooltip") instanceof List<?> tips) {
                for (Object tip : tips) {
                    if (field.equals(((Map<?, ?>) tip).get("field"))) {
                        return (String) ((Map<?, ?>) tip).get("title");
                    }
                }
            }
        }
        return null;
    }

    /** A bar whose value is missing has no label and its hover says "(missing)": it read "NaN–NaN" and "NaN to NaN". */
    @Test
    void aMissingBarValueIsNoNaNInTheView() {
        Table t = Table.create("t", StringColumn.create("k", "a", "b"), DoubleColumn.create("v", Double.NaN, 2));
        for (Chart<?, ?> c : List.<Chart<?, ?>>of(Plot.bar(t, "k", "v"), VerticalBarPlot.builder(t, "k", "v").yTo("v").build())) {
            String json = VegaLite.json(c);
            assertFalse(json.contains("NaN"), json);
            Map<String, Object> a = values(VegaLite.spec(c)).get(0);
            assertEquals("(missing)", a.get("v"), a.toString());
            assertEquals("", a.get("label"), a.toString());
            assertFalse(a.containsKey("y2"), a.toString());
        }
    }

    /**
     * The view's x axis has about as many ticks as the PNG's, one per 80 pixels: a scatter of shares 0–60 had 31 of them
     * (every 2) under a grid of as many lines, and a range chart of 1905–1991 ticked every 5 years and labelled every
     * other, 1905, 1915, 1925, where the PNG has 1910, 1920, 1930.
     */
    @Test
    void theViewsXAxisHasAboutAsManyTicksAsThePngs() {
        Table t = Table.create("t", tech.tablesaw.api.DoubleColumn.create("share", 0.5, 1.2, 29.4, 59.3),
                tech.tablesaw.api.DoubleColumn.create("n", 1, 2, 3, 4));
        for (Chart<?, ?> c : List.<Chart<?, ?>>of(Plot.scatter(t, "share", "n"), Plot.line(t, "share", "n"),
                Plot.range(Examples.troops(), "date_from", "count_low", "count_high"))) {
            List<Map<?, ?>> xs = new ArrayList<>();
            collectX(VegaLite.spec(c), xs);
            assertFalse(xs.isEmpty());
            for (Map<?, ?> x : xs) {
                Object count = ((Map<?, ?>) x.get("axis")).get("tickCount");
                assertTrue(count instanceof Number n && n.intValue() <= 800 / 80, c.getTitle() + ": " + x);
            }
        }
    }

    /** The x encodings with an axis anywhere in a spec. */
    private static void collectX(Object node, List<Map<?, ?>> out) {
        if (node instanceof Map<?, ?> m) {
            if (m.get("x") instanceof Map<?, ?> x && x.get("axis") instanceof Map<?, ?>) {
                out.add(x);
            }
            m.values().forEach(v -> collectX(v, out));
        } else if (node instanceof List<?> l) {
            l.forEach(v -> collectX(v, out));
        }
    }

    /**
     * A time axis of the view writes a tick between whole years as its month, as the PNG does: a scatter of one dated
     * row (3 March 1905) was ticked 1905, 1905.5, 1906.
     */
    @Test
    void aTimeAxisOfTheViewWritesMonthsNotDecimalYears() {
        Table one = Table.create("t", tech.tablesaw.api.DateColumn.create("date_from", java.time.LocalDate.of(1905, 3, 3)),
                tech.tablesaw.api.LongColumn.create("count_high", new long[] {1200}));
        List<Map<?, ?>> xs = new ArrayList<>();
        collectX(VegaLite.spec(Plot.scatter(one, "date_from", "count_high")), xs);
        String expr = (String) ((Map<?, ?>) xs.get(0).get("axis")).get("labelExpr");
        assertTrue(expr.contains("timeFormat(") && expr.contains("'%b %Y'"), expr);
    }
    /**
     * A scatter of a column of years (the aid table's {@code year_start}, every row 1948) has a year axis in the view,
     * as it has in the PNG and as a line of it has: the view's axis ran from 0 to 2,000 (zero kept, thousands
     * separators), the dots crowded at its right end, and the hover wrote the year 1,948.
     */
    @Test
    void aScatterOfAYearColumnHasAYearAxisAndHoverInTheView() {
        Table aid = Table.create("aid", tech.tablesaw.api.IntColumn.create("year_start", 1948, 1948, 1948),
                tech.tablesaw.api.LongColumn.create("quantity", new long[] {3, 48, 2_000_000_000L}));
        Map<String, Object> spec = VegaLite.spec(Plot.scatter(aid, "year_start", "quantity"));
        List<Map<?, ?>> xs = new ArrayList<>();
        collectX(spec, xs);
        assertFalse(xs.isEmpty());
        for (Map<?, ?> x : xs) {
            String expr = (String) ((Map<?, ?>) x.get("axis")).get("labelExpr");
            assertFalse(expr.contains(",~r"), "years with a thousands separator: " + expr);
            assertEquals(false, ((Map<?, ?>) x.get("scale")).get("zero"), "a year axis does not start at 0: " + x);
        }
        assertEquals("1948", values(spec).get(0).get("year_start"), values(spec).get(0).toString());
    }

    /**
     * A dot's or a timeline marker's label column with no value there hovers as "(missing)", as a missing category
     * is written everywhere else: the troops of an invented article's infobox (no force named) hovered an empty
     * "force:".
     */
    @Test
    void aMissingLabelHoversAsMissing() {
        Table t = Table.create("troops", StringColumn.create("force", "", "Ch'ongch'on Road Security Division"),
                StringColumn.create("date", "1948", "1948-08-21"), DoubleColumn.create("count_high", 31000, 4600));
        for (Chart<?, ?> c : List.<Chart<?, ?>>of(ScatterPlot.builder(t, "date", "count_high").label("force").build(),
                TimelinePlot.builder(t, "date", "force").build())) {
            List<Object> labels = values(VegaLite.spec(c)).stream().map(v -> v.get("force")).toList();
            assertTrue(labels.contains("(missing)") && !labels.contains(""), c.getTitle() + ": " + labels);
        }
    }

    /**
     * The PNG's note that its legend was left out ("(40 stacks, too many for a legend: hover one in the interactive
     * view)") is not the view's title, whose legend lists them: an invented article's 40 units, stacked, read "Strength
     * by Side (40 stacks, too many for a legend: hover one in the interacti…" over a legend of them. A title the user
     * set is the view's as it is.
     */
    @Test
    void thePngsNoteOfALegendLeftOutIsNotTheViewsTitle() {
        String[] units = new String[40];
        double[] strength = new double[40];
        String[] sides = new String[40];
        for (int i = 0; i < 40; i++) {
            units[i] = "Unit " + i;
            strength[i] = 100 + i;
            sides[i] = i < 20 ? "ETR" : "ROC";
        }
        Table oob = Table.create("oob", StringColumn.create("Side", sides), StringColumn.create("Unit", units),
                DoubleColumn.create("Strength", strength));
        org.knowm.xchart.CategoryChart c = Plot.stackedBar(oob, "Side", "Unit", "Strength");
        assertEquals("Strength by Side (40 stacks, too many for a legend: hover one in the interactive view)", c.getTitle());
        assertEquals("Strength by Side", ((Map<?, ?>) VegaLite.spec(c).get("title")).get("text"));
        c.setTitle("Mine (40 stacks, too many for a legend: hover one in the interactive view)");
        assertEquals(c.getTitle(), ((Map<?, ?>) VegaLite.spec(c).get("title")).get("text"));
    }
}
