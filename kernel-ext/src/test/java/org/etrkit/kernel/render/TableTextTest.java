package org.etrkit.kernel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TableTextTest {

    @Test
    void alignsTextLeftAndNumbersRightAndEndsWithTheShape() {
        Table t = Table.create("people", StringColumn.create("name", "Ann", "Bo"), IntColumn.create("age", 31, 7));
        assertEquals("""
                people
                   name  age
                0  Ann    31
                1  Bo      7
                [2 rows × 2 columns]""", TableText.render(t, new DisplayOptions()));
    }

    @Test
    void missingValuesReadNullOrNaNAndDoublesAreRounded() {
        IntColumn n = IntColumn.create("n", new int[] {1});
        n.appendMissing();
        Table t = Table.create("t", StringColumn.create("s", "a", ""), n, DoubleColumn.create("d", 28214.285714285714, Double.NaN));
        assertEquals("""
                t
                   s        n             d
                0  a        1  28214.285714
                1  null  null           NaN
                [2 rows × 3 columns]""", TableText.render(t, new DisplayOptions()));
    }

    @Test
    void aLineBreakOrTabInANameOrCellIsWrittenAsAnEscapeSoEachRowStaysOneLine() {
        // a quote pasted with its line break broke the layout: the row went on at the start of the next line
        Table t = Table.create("notes\nsecond", StringColumn.create("quote\r\nsaid", "first line\nsecond", "a\tb", "c\rd"),
                IntColumn.create("n", 1, 2, 3));
        assertEquals("""
                notes\\nsecond
                   quote\\r\\nsaid       n
                0  first line\\nsecond  1
                1  a\\tb                2
                2  c\\rd                3
                [3 rows × 2 columns]""", TableText.render(t, new DisplayOptions()));
    }

    @Test
    void longTableIsElidedLikeTheHtml() {
        Table t = Table.create("t", IntColumn.indexColumn("i", 1000, 0));
        String text = TableText.render(t, new DisplayOptions());
        assertTrue(text.lines().anyMatch(l -> l.matches("\\s*…\\s+…")), text);
        assertTrue(text.contains("\n999  999\n"), text);
        assertTrue(text.endsWith("[1,000 rows × 1 column]"));
    }

    @Test
    void aMillionRowsWithNoRowLimitStopAtTheOutputLimit() {
        int n = 1_000_000;
        Table t = Table.create("t", IntColumn.indexColumn("id", n, 0), StringColumn.create("label", java.util.Collections.nCopies(n, "a label")));
        DisplayOptions all = new DisplayOptions().maxRows(Integer.MAX_VALUE);
        String text = TableText.render(t, all);
        assertTrue(text.length() <= all.maxTableBytes(), "text of " + text.length() + " characters");
        assertTrue(text.contains("rows not shown: the output of a table stops at 1,000,000 bytes"), text.substring(0, 200));
        assertTrue(text.contains("\n999999  999999  a label\n"), "the tail is there");
        assertTrue(text.endsWith("[1,000,000 rows × 2 columns]"));
    }
}
