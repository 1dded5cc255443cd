package org.etrkit.kernel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.Datasets;
import org.junit.jupiter.api.Test;

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

    /** Data rows shown: rows whose first cell is a row number. */
    private static int rows(String html) {
        return count(html.replaceAll("<tr title=\"[^\"]*\">", "<tr>").replaceAll("<tr><th>\\d", "\u0001"), "\u0001");
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
    void headerShowsColumnNamesAndTypes() {
        Table t = Table.create("t", StringColumn.create("name", "a"), IntColumn.create("line", new int[] {3}),
                DoubleColumn.create("share", 52.1));
        String html = TableHtml.render(t, options);
        assertTrue(html.contains("<th>name<br><small>string</small></th>"), html);
        assertTrue(html.contains("<th>line<br><small>integer</small></th>"), html);
        assertTrue(html.contains("<th>share<br><small>double</small></th>"), html);
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
        Matcher m = Pattern.compile("<tr><th>(\\d+)</th>").matcher(html);
        StringBuilder shown = new StringBuilder();
        while (m.find()) {
            shown.append(m.group(1)).append(' ');
        }
        assertEquals("0 1 2 3 4 99995 99996 99997 99998 99999 ", shown.toString());
        assertEquals(1, count(html, "class=\"gap\""));
        assertTrue(html.length() < 4_000, "a 100,000-row table stays small: " + html.length());
    }

    @Test
    void shortTableIsShownWhole() {
        Table t = Table.create("t", IntColumn.indexColumn("i", 20, 0));
        assertEquals(20, rows(TableHtml.render(t, options)));
        assertEquals(0, count(TableHtml.render(t, options), "class=\"gap\""));
    }

    @Test
    void optionsChangeRowsColumnsAndWidth() {
        DisplayOptions o = new DisplayOptions().maxRows(5).minRows(4).maxColumns(2).maxColumnWidth(10);
        Table t = Table.create("t", IntColumn.indexColumn("a", 50, 0), IntColumn.indexColumn("b", 50, 0),
                IntColumn.indexColumn("c", 50, 0), StringColumn.create("d", 50).setMissing(0));
        t.stringColumn("d").set(49, "a very long text indeed");
        String html = TableHtml.render(t, o);
        assertEquals(4, rows(html));
        assertTrue(html.contains("<th>…</th>"), "middle columns elided");
        assertTrue(html.contains(">a very lo…</td>"), html);
        assertTrue(html.contains("title=\"a very long text indeed\""), "the cut text stays readable on hover");
        o.reset();
        assertEquals(DisplayOptions.DEFAULT_MAX_ROWS, o.maxRows());
    }

    @Test
    void rowsOfCitedTablesCarryTheirSourceAndLine() {
        Table roster = Datasets.packaged().roster();
        String html = TableHtml.render(roster, options);
        String first = roster.stringColumn("source").get(0) + " line " + roster.intColumn("line").get(0);
        assertTrue(html.contains("<tr title=\"" + first + "\">"), html);
        assertTrue(html.contains("hover a row for its source and line"));
        assertFalse(TableHtml.render(roster, new DisplayOptions().showProvenance(false)).contains("<tr title="));
    }

    @Test
    void rendersAHundredThousandRowTableInUnderTwoHundredKilobytes() {
        Table t = Table.create("big", IntColumn.indexColumn("i", 100_000, 0),
                StringColumn.create("text", java.util.Collections.nCopies(100_000, "some text that is fairly long " .repeat(5))));
        assertTrue(TableHtml.render(t, options).getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 200_000);
    }
}
