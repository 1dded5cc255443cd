package org.etrkit.kernel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.Datasets;
import org.etrkit.datasets.stats.Describe;
import org.junit.jupiter.api.Test;

import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TableHtmlTest {

    private final DisplayOptions options = new DisplayOptions();

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    /** The row numbers shown, in order. */
    private static String shownRows(String html) {
        Matcher m = Pattern.compile("<tr(?: title=\"[^\"]*\")?><th>(\\d+)</th>").matcher(html);
        StringBuilder shown = new StringBuilder();
        while (m.find()) {
            shown.append(m.group(1)).append(' ');
        }
        return shown.toString().trim();
    }

    private static Set<String> articles() {
        Set<String> s = new LinkedHashSet<>();
        Datasets.packaged().sources().forEach(src -> s.add(src.path()));
        return s;
    }

    @Test
    void scriptInACellComesOutInert() {
        Table t = Table.create("evil<table>", StringColumn.create("<b>name</b>", "<script>alert('x')</script>", "a&b \"q\""));
        String html = TableHtml.render(t, options);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), html);
        assertTrue(html.contains("a&amp;b &quot;q&quot;"));
        assertTrue(html.contains("&lt;b&gt;name&lt;/b&gt;"), "column names are escaped too");
        assertTrue(html.contains("evil&lt;table&gt;"), "the table name is escaped too");
    }

    @Test
    void headerShowsColumnNamesAndTypesAlignedLikeTheirCells() {
        Table t = Table.create("t", StringColumn.create("name", "a"), IntColumn.create("line", new int[] {3}),
                DoubleColumn.create("share", 52.1));
        String html = TableHtml.render(t, options);
        assertTrue(html.contains("<th style=\"text-align:left\">name<br><small style=\"opacity:0.55\">string</small></th>"), html);
        assertTrue(html.contains("<th style=\"text-align:right\">line<br><small style=\"opacity:0.55\">integer</small></th>"), html);
        assertTrue(html.contains("<th style=\"text-align:right\">share<br><small style=\"opacity:0.55\">double</small></th>"), html);
    }

    @Test
    void textIsLeftAlignedNumbersRightAlignedAndNumbersAndDatesDoNotWrap() {
        Table t = Table.create("t", StringColumn.create("name", "Ann"), IntColumn.create("n", new int[] {7}),
                DateColumn.create("date", java.time.LocalDate.of(1944, 10, 4)));
        String html = TableHtml.render(t, options);
        assertTrue(html.contains("<td style=\"text-align:left\">Ann</td>"), html);
        assertTrue(html.contains("<td style=\"text-align:right;white-space:nowrap\">7</td>"), html);
        assertTrue(html.contains("<td style=\"text-align:left;white-space:nowrap\">1944-10-04</td>"), html);
    }

    /** The style properties and values JupyterLab's sanitizer keeps (@jupyterlab/apputils Sanitizer, allowedStyles). */
    private static final Map<String, Pattern> SANITIZER_KEEPS = Map.of(
            "text-align", Pattern.compile("left|right|center|justify"),
            "white-space", Pattern.compile("normal|pre|nowrap|pre-wrap|pre-line"),
            "opacity", Pattern.compile("[+]?(1([.]0+)?|0?([.][0-9]+)?)"),
            "caption-side", Pattern.compile("top|bottom"));

    @Test
    void markupNeedsNoStyleBlockAndEveryInlineStyleSurvivesJupyterLabsSanitizer() {
        Table t = Table.create("t", StringColumn.create("s", "a", ""), DoubleColumn.create("d", 1.5, Double.NaN),
                DateColumn.create("date", java.time.LocalDate.of(1944, 10, 4), null));
        for (DisplayOptions o : List.of(options, new DisplayOptions().maxRows(1).minRows(2))) {
            String html = TableHtml.render(t, o, articles());
            assertFalse(html.contains("<style"), "JupyterLab drops <style> from untrusted outputs: " + html);
            assertFalse(html.contains("var("), "the sanitizer drops var(--jp-...) values from inline styles: " + html);
            Matcher m = Pattern.compile("style=\"([^\"]*)\"").matcher(html);
            int styles = 0;
            while (m.find()) {
                styles++;
                for (String decl : m.group(1).split(";")) {
                    String[] kv = decl.split(":", 2);
                    Pattern allowed = SANITIZER_KEEPS.get(kv[0].trim());
                    assertTrue(allowed != null && allowed.matcher(kv[1].trim()).matches(),
                            "the sanitizer would drop '" + decl + "' in " + html);
                }
            }
            assertTrue(styles > 5, html);
        }
    }

    @Test
    void missingValuesShowAsAMutedNullOrNaN() {
        IntColumn n = IntColumn.create("n", 1);
        n.appendMissing();
        Table t = Table.create("t", StringColumn.create("s", "a", ""), n, DoubleColumn.create("d", 1.5, Double.NaN));
        String html = TableHtml.render(t, options);
        assertTrue(html.contains("<td style=\"text-align:left;opacity:0.55\">null</td>"), html);
        assertTrue(html.contains("<td style=\"text-align:right;white-space:nowrap;opacity:0.55\">null</td>"), html);
        assertTrue(html.contains("<td style=\"text-align:right;white-space:nowrap;opacity:0.55\">NaN</td>"), html);
        assertTrue(html.contains("<td style=\"text-align:left\">a</td>"), "present values are not muted: " + html);
    }

    @Test
    void doublesShowRoundedToThePrecisionAndTheDataIsUnchanged() {
        DoubleColumn d = DoubleColumn.create("mean", 28214.285714285714, 37.5);
        Table t = Table.create("t", d);
        assertTrue(TableHtml.render(t, options).contains(">28214.285714</td>"));
        assertTrue(TableHtml.render(t, options).contains(">37.5</td>"));
        assertTrue(TableHtml.render(t, new DisplayOptions().precision(2)).contains(">28214.29</td>"));
        assertEquals(28214.285714285714, d.get(0));
    }

    @Test
    void footerGivesTheShape() {
        Table t = Table.create("t", IntColumn.indexColumn("i", 100_000, 0), StringColumn.create("s", 100_000));
        assertTrue(TableHtml.render(t, options).contains("100,000 rows × 2 columns"));
        Table one = Table.create("one", IntColumn.create("i", new int[] {1}));
        assertTrue(TableHtml.render(one, options).contains("1 row × 1 column"));
    }

    @Test
    void longTableShowsHeadAndTailWithTheMiddleElided() {
        Table t = Table.create("t", IntColumn.indexColumn("i", 100_000, 0));
        String html = TableHtml.render(t, options);
        assertEquals("0 1 2 3 4 99995 99996 99997 99998 99999", shownRows(html));
        assertEquals(1, count(html, "class=\"gap\""));
        assertTrue(html.length() < 4_000, "a 100,000-row table stays small: " + html.length());
    }

    @Test
    void shortTableIsShownWhole() {
        Table t = Table.create("t", IntColumn.indexColumn("i", 20, 0));
        String html = TableHtml.render(t, options);
        assertEquals(20, shownRows(html).split(" ").length);
        assertEquals(0, count(html, "class=\"gap\""));
    }

    @Test
    void optionsChangeRowsColumnsAndWidth() {
        DisplayOptions o = new DisplayOptions().maxRows(5).minRows(4).maxColumns(2).maxColumnWidth(10);
        Table t = Table.create("t", IntColumn.indexColumn("a", 50, 0), IntColumn.indexColumn("b", 50, 0),
                IntColumn.indexColumn("c", 50, 0), StringColumn.create("d", 50).setMissing(0));
        t.stringColumn("d").set(49, "a very long text indeed");
        String html = TableHtml.render(t, o);
        assertEquals("0 1 48 49", shownRows(html));
        assertTrue(html.contains("<th>…</th>"), "middle columns elided");
        assertTrue(html.contains(" title=\"a very long text indeed\">a very lo…</td>"), "the cut text stays readable on hover: " + html);
        o.reset();
        assertEquals(DisplayOptions.DEFAULT_MAX_ROWS, o.maxRows());
    }

    @Test
    void rowsOfTheDataPackageCarryTheirSourceAndLine() {
        Table roster = Datasets.packaged().roster();
        String html = TableHtml.render(roster, options, articles());
        String first = roster.stringColumn("source").get(0) + ":" + roster.intColumn("line").get(0);
        assertTrue(html.contains("<tr title=\"" + first + "\"><th>0</th>"), html);
        assertTrue(html.contains("hover a row for its source and line"));
        assertFalse(TableHtml.render(roster, new DisplayOptions().showProvenance(false), articles()).contains("<tr title="));
        assertFalse(TableHtml.render(roster, options).contains("<tr title="), "no package, no provenance");
        Table some = roster.where(roster.stringColumn("ethnicity").isEqualTo("Uyghur"));
        assertTrue(TableHtml.render(some, options, articles()).contains("<tr title="), "a filtered table keeps its rows' sources");
    }

    @Test
    void aTableWithSourceAndLineColumnsThatAreNotTheArticlesIsNotCited() {
        // the columns of a summary: "source" holds counts, not article files
        Table summary = Table.create("summary", StringColumn.create("Summary", "Count", "Unique"),
                StringColumn.create("source", "15", "3"), IntColumn.create("line", 15, 15));
        String html = TableHtml.render(summary, options, articles());
        assertFalse(html.contains("<tr title="), html);
        assertFalse(html.contains("hover a row"), html);
        String described = TableHtml.render(Describe.of(Datasets.packaged().roster()), options, articles());
        assertFalse(described.contains("<tr title="), described);
    }

    @Test
    void aMillionRowsWithNoRowLimitStopAtTheOutputLimitWithBothEndsAndAMessage() {
        int n = 1_000_000;
        DoubleColumn value = DoubleColumn.create("value", n);
        StringColumn label = StringColumn.create("label", n);
        for (int i = 0; i < n; i++) {
            value.set(i, i * 0.5);
            label.set(i, "row " + i);
        }
        Table t = Table.create("t", IntColumn.indexColumn("id", n, 0), value, label);
        DisplayOptions all = new DisplayOptions().maxRows(Integer.MAX_VALUE);
        String html = TableHtml.render(t, all);
        int bytes = html.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes <= all.maxTableBytes(), "HTML of " + bytes + " bytes");
        assertTrue(bytes > all.maxTableBytes() * 0.9, "the limit is used, not wasted: " + bytes);
        String rows = shownRows(html);
        assertTrue(rows.startsWith("0 1 2 "), "head rows first");
        assertTrue(rows.endsWith(" 999998 999999"), "tail rows last");
        int shown = rows.split(" ").length;
        assertTrue(html.contains(String.format(java.util.Locale.ENGLISH, "%,d rows not shown: the output of a table stops at 1,000,000 bytes",
                n - shown)), html.substring(html.indexOf("class=\"gap\""), html.indexOf("class=\"gap\"") + 300));
        assertTrue(html.contains("Etr.display().maxTableBytes(n) changes it"));
        String bigger = TableHtml.render(t, new DisplayOptions().maxRows(Integer.MAX_VALUE).maxTableBytes(3_000_000));
        assertTrue(shownRows(bigger).split(" ").length > 2.5 * shown, "a higher limit shows more rows");
    }

    @Test
    void rendersAHundredThousandRowTableInUnderTwoHundredKilobytes() {
        Table t = Table.create("big", IntColumn.indexColumn("i", 100_000, 0),
                StringColumn.create("text", java.util.Collections.nCopies(100_000, "some text that is fairly long " .repeat(5))));
        assertTrue(TableHtml.render(t, options).getBytes(StandardCharsets.UTF_8).length < 200_000);
    }

    @Test
    void aThousandColumnsWithNoColumnLimitStayWithinTheOutputLimit() {
        List<tech.tablesaw.columns.Column<?>> cols = new java.util.ArrayList<>();
        for (int c = 0; c < 5_000; c++) {
            cols.add(IntColumn.indexColumn("column number " + c, 30, 0));
        }
        Table wide = Table.create("wide", cols);
        DisplayOptions o = new DisplayOptions().maxColumns(Integer.MAX_VALUE).maxRows(Integer.MAX_VALUE);
        String html = TableHtml.render(wide, o);
        assertTrue(html.getBytes(StandardCharsets.UTF_8).length <= o.maxTableBytes(), "HTML of " + html.length());
        assertTrue(html.contains("<th>…</th>"), "middle columns elided");
    }
}
