package org.etrkit.datasets.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.etrkit.datasets.Datasets;
import org.junit.jupiter.api.Test;

import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class DescribeTest {

    private static double stat(Table d, String column, String statistic) {
        int row = d.stringColumn("statistic").asList().indexOf(statistic);
        return d.doubleColumn(column).getDouble(row);
    }

    private static String text(Table d, String column, String statistic) {
        int row = d.stringColumn("statistic").asList().indexOf(statistic);
        return d.stringColumn(column).get(row);
    }

    @Test
    void numericColumnGetsPandasStatisticsWithMissingValuesLeftOut() {
        Table t = Table.create("t", DoubleColumn.create("x", 1, 2, 3, 4, Double.NaN));
        Table d = Describe.of(t);
        assertEquals(Describe.NUMERIC, d.stringColumn("statistic").asList());
        assertEquals(4, stat(d, "x", "count"));
        assertEquals(1, stat(d, "x", "missing"));
        assertEquals(2.5, stat(d, "x", "mean"));
        // sample standard deviation: sqrt((2.25 + 0.25 + 0.25 + 2.25) / 3)
        assertEquals(Math.sqrt(5.0 / 3), stat(d, "x", "std"), 1e-15);
        assertEquals(1, stat(d, "x", "min"));
        // linear interpolation: position (4 - 1) * q between the sorted values 1 2 3 4
        assertEquals(1.75, stat(d, "x", "25%"));
        assertEquals(2.5, stat(d, "x", "50%"));
        assertEquals(3.25, stat(d, "x", "75%"));
        assertEquals(4, stat(d, "x", "max"));
    }

    @Test
    void integerColumnWithAMissingValue() {
        IntColumn n = IntColumn.create("n", 5, 5, 7);
        n.appendMissing();
        Table d = Describe.of(Table.create("t", n));
        assertEquals(3, stat(d, "n", "count"));
        assertEquals(1, stat(d, "n", "missing"));
        assertEquals(17.0 / 3, stat(d, "n", "mean"), 1e-15);
        assertEquals(5, stat(d, "n", "50%"));
    }

    @Test
    void oneValueHasNoStandardDeviationAndNoValueHasNoMean() {
        Table d = Describe.of(Table.create("t", DoubleColumn.create("one", 7.0), DoubleColumn.create("none", Double.NaN)));
        assertEquals(7, stat(d, "one", "mean"));
        assertTrue(Double.isNaN(stat(d, "one", "std")), "pandas gives NaN for the std of one value");
        assertEquals(0, stat(d, "none", "count"));
        assertTrue(Double.isNaN(stat(d, "none", "mean")));
    }

    @Test
    void hugeFiniteValuesGetAFiniteMeanStdAndMedianNotInfinity() {
        // 1e300 and -1e300 gave a std of inf (the squares overflow), 1e308 thrice a mean of NaN, -1e308 and 1e308 a
        // median of inf (their span overflows)
        Table d = Describe.of(Table.create("t", DoubleColumn.create("a", 1e300, -1e300, 1e-300),
                DoubleColumn.create("b", 1e308, 1e308, 1e308), DoubleColumn.create("c", -1e308, 1e308, Double.NaN)));
        assertEquals(1e300, stat(d, "a", "std"), 1e285);
        assertEquals(1e308, stat(d, "b", "mean"), 1e293);
        assertEquals(0, stat(d, "b", "std"));
        assertEquals(0, stat(d, "c", "50%"));
        assertEquals(0, stat(d, "c", "mean"));
        assertEquals(1e308 * Math.sqrt(2) / 1e10, stat(d, "c", "std") / 1e10, 1e283);
        assertEquals(-5e307, stat(d, "c", "25%"), 1e292);
    }

    @Test
    void textColumnGetsCountUniqueTopAndFreqWithTheFirstValueWinningATie() {
        Table t = Table.create("t", StringColumn.create("s", "b", "a", "", "a", "b", "c"));
        Table d = Describe.of(t);
        assertEquals(List.of("count", "missing", "unique", "top", "freq"), d.stringColumn("statistic").asList());
        assertEquals("5", text(d, "s", "count"));
        assertEquals("1", text(d, "s", "missing"));
        assertEquals("3", text(d, "s", "unique"));
        assertEquals("b", text(d, "s", "top"));
        assertEquals("2", text(d, "s", "freq"));
    }

    @Test
    void mixedTableHasEveryRowAndMissingWhereAStatisticDoesNotApply() {
        Table t = Table.create("mixed", StringColumn.create("side", "ETR", "ETR", "USSR"), IntColumn.create("n", 1, 2, 3),
                DateColumn.create("date", LocalDate.of(1944, 11, 12), LocalDate.of(1944, 11, 12), LocalDate.of(1945, 1, 5)));
        Table d = Describe.of(t);
        assertEquals("mixed described", d.name());
        assertEquals(List.of("count", "missing", "mean", "std", "min", "25%", "50%", "75%", "max", "unique", "top", "freq"),
                d.stringColumn("statistic").asList());
        assertEquals(List.of("statistic", "side", "n", "date"), d.columnNames());
        assertTrue(Double.isNaN(stat(d, "n", "top")));
        assertEquals(null, emptyToNull(text(d, "side", "mean")));
        assertEquals("ETR", text(d, "side", "top"));
        assertEquals("1944-11-12", text(d, "date", "top"));
        assertEquals("2", text(d, "date", "freq"));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    @Test
    void shareColumnWithAMissingValueHasTheMeanTablesawComputes() {
        // Tablesaw's summary() leaves mean, sum and std dev blank for this column; its mean() gives the value
        Table demographics = Datasets.packaged().demographics();
        DoubleColumn share = demographics.doubleColumn("share_pct");
        assertTrue(share.countMissing() > 0, "the packaged demographics table has a missing share");
        Table d = Describe.of(demographics);
        assertEquals(share.mean(), stat(d, "share_pct", "mean"), 1e-12);
        assertEquals(share.size() - share.countMissing(), stat(d, "share_pct", "count"));
    }

    @Test
    void millionRowsWithAllDistinctTextWork() {
        int rows = 1_000_000;
        StringColumn label = StringColumn.create("label", rows);
        DoubleColumn value = DoubleColumn.create("value", rows);
        for (int i = 0; i < rows; i++) {
            label.set(i, "row " + i);
            value.set(i, i * 0.5);
        }
        Table big = Table.create("big", IntColumn.indexColumn("id", rows, 0), value, label);
        Table d = Describe.of(big);
        assertEquals(String.valueOf(rows), text(d, "label", "unique"));
        assertEquals("row 0", text(d, "label", "top"));
        assertEquals((rows - 1) * 0.25, stat(d, "value", "mean"), 1e-9);
        assertEquals(rows - 1, stat(d, "id", "max"));
    }
}
