package org.etrkit.datasets.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.etrkit.datasets.error.DatasetException;
import org.junit.jupiter.api.Test;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class FiguresTest {

    @Test
    void aFigureReadsHedgeNumberRangeAndUnit() {
        assertEquals("more than 1,500 advisers", Figures.text(1500, 1500, "more_than", "advisers"));
        assertEquals("11,000 to 12,000 troops", Figures.text(11_000, 12_000, "exact", "troops"));
        assertEquals("up to 500", Figures.text(500, 500, "up_to", ""));
        assertEquals("about 2,000 members", Figures.text(2000, Double.NaN, "about", "members"));
        assertEquals("52.1 percent", Figures.text(52.1, 52.1, null, "percent"));
        assertEquals("at least 250,000,000 USD", Figures.text(2.5e8, 2.5e8, "at_least", "USD"));
    }

    @Test
    void troopRowsGetTheirRangeAndAMissingCountGivesNoFigure() {
        Table t = Table.create("troops",
                LongColumn.create("count_low", new long[] {25_000, 1_500, 0}),
                LongColumn.create("count_high", new long[] {30_000, 1_500, 0}),
                StringColumn.create("qualifier", "exact", "more_than", "about"),
                StringColumn.create("unit", "troops", "", "troops"));
        t.longColumn("count_low").setMissing(2);
        StringColumn f = Figures.column(t);
        assertEquals(Figures.FIGURE, f.name());
        assertEquals(Arrays.asList("25,000 to 30,000 troops", "more than 1,500", ""), f.asList());
        assertTrue(f.isMissing(2));
        assertEquals(4, t.columnCount(), "the table is not changed");
    }

    @Test
    void aidRowsReadTheQuantityAndMentionsTheirValueRange() {
        Table aid = Table.create("aid", DoubleColumn.create("quantity", 900, 82),
                StringColumn.create("qualifier", "more_than", "exact"), StringColumn.create("unit", "aircraft", "tanks"));
        assertEquals(List.of("more than 900 aircraft", "82 tanks"), Figures.column(aid).asList());
        Table mentions = Table.create("mentions", DoubleColumn.create("value", new double[] {25_000}),
                DoubleColumn.create("value_high", new double[] {30_000}),
                StringColumn.create("qualifier", "about"));
        assertEquals(List.of("about 25,000 to 30,000"), Figures.column(mentions).asList());
    }

    @Test
    void aTableWithoutFiguresIsRefusedNamingWhatItNeeds() {
        Table roster = Table.create("roster", StringColumn.create("name", "a"), StringColumn.create("quantity", "many"));
        DatasetException e = assertThrows(DatasetException.class, () -> Figures.column(roster));
        assertEquals("table 'roster' has no figures to read: it needs count_low (and count_high), quantity, or value"
                + " (and value_high); columns: name, quantity", e.getMessage());
    }
}
