package org.etrkit.kernel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TableTextTest {

    @Test
    void alignsColumnsAndEndsWithTheShape() {
        Table t = Table.create("people", StringColumn.create("name", "Ann", "Bo"), IntColumn.create("age", 31, 7));
        assertEquals("""
                people
                   name  age
                0  Ann   31
                1  Bo    7
                [2 rows × 2 columns]""", TableText.render(t, new DisplayOptions()));
    }

    @Test
    void longTableIsElidedLikeTheHtml() {
        Table t = Table.create("t", IntColumn.indexColumn("i", 1000, 0));
        String text = TableText.render(t, new DisplayOptions());
        assertTrue(text.lines().anyMatch(l -> l.matches("…\\s+…")), text);
        assertTrue(text.contains("\n999  999\n"), text);
        assertTrue(text.endsWith("[1,000 rows × 1 column]"));
    }
}
