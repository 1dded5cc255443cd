package org.etrkit.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.etrkit.kernel.error.EtrException;
import org.junit.jupiter.api.Test;

import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.Table;

class EtrTableTest {

    @Test
    void aColumnTheTableDoesNotHaveIsOneLineNamingTheNearestAndTheColumns() {
        assertEquals("no column 'count_hgh' in table 'troops'; did you mean count_high? columns: "
                        + String.join(", ", Etr.troops().columnNames()),
                assertThrows(EtrException.class, () -> Etr.troops().column("count_hgh")).getMessage());
        assertEquals("no column 'share' in table 'demographics'; did you mean share_pct? columns: "
                        + String.join(", ", Etr.demographics().columnNames()),
                assertThrows(EtrException.class, () -> Etr.demographics().numberColumn("share")).getMessage());
        assertEquals("count_high", Etr.troops().column("COUNT_HIGH").name());   // Tablesaw ignores case: still does
        assertEquals(Etr.troops().rowCount(), Etr.troops().numberColumn("count_high").size());
    }

    @Test
    void aTableDerivedByRowsOrColumnsKeepsTheOneLineError() {
        Map<String, UnaryOperator<Table>> derived = new java.util.LinkedHashMap<>();
        derived.put("where", t -> t.where(t.stringColumn("side").isNotMissing()));
        derived.put("dropWhere", t -> t.dropWhere(t.stringColumn("side").isMissing()));
        derived.put("sortOn", t -> t.sortOn("-count_high"));
        derived.put("sortDescendingOn", t -> t.sortDescendingOn("count_high"));
        derived.put("copy", Table::copy);
        derived.put("first", t -> t.first(3));
        derived.put("last", t -> t.last(3));
        derived.put("inRange", t -> t.inRange(1, 4));
        derived.put("dropRange", t -> t.dropRange(2));
        derived.put("rows", t -> t.rows(0, 2));
        derived.put("dropRows", t -> t.dropRows(0));
        derived.put("sampleN", t -> t.sampleN(2));
        derived.put("dropDuplicateRows", Table::dropDuplicateRows);
        derived.put("dropRowsWithMissingValues", Table::dropRowsWithMissingValues);
        derived.put("emptyCopy", Table::emptyCopy);
        derived.put("selectColumns", t -> t.selectColumns("force", "side"));
        derived.put("selectColumns(int...)", t -> t.selectColumns(0, 1));
        derived.put("rejectColumns", t -> t.rejectColumns("quote"));
        derived.put("where, then sortOn, then first", t -> t.where(t.numberColumn("count_high").isGreaterThan(0))
                .sortOn("force").first(5));
        for (Map.Entry<String, UnaryOperator<Table>> d : derived.entrySet()) {
            Table table = d.getValue().apply(Etr.troops());
            EtrException e = assertThrows(EtrException.class, () -> table.numberColumn("count_hgh"), d.getKey());
            assertEquals("no column 'count_hgh' in table 'troops'; " + (table.columnNames().contains("count_high")
                    ? "did you mean count_high? " : "") + "columns: " + String.join(", ", table.columnNames()),
                    e.getMessage(), d.getKey());
            assertEquals(table.columnCount(), table.columns().size(), d.getKey());
        }
        Table troops = Etr.troops();
        assertEquals(troops.rowCount(), troops.copy().rowCount());
        assertEquals(troops.stringColumn("force").asList(), troops.copy().stringColumn("force").asList());
        assertEquals(List.of("force", "side"), troops.selectColumns("force", "side").columnNames());
    }

    @Test
    void aSummaryOrCountIsTablesawsOwnButTheColumnsItIsAskedOfAreNamedInOneLine() {
        Table troops = Etr.troops();
        assertEquals("no column 'count_hgh' in table 'troops'; did you mean count_high? columns: "
                        + String.join(", ", troops.columnNames()),
                assertThrows(EtrException.class, () -> troops.summarize("count_hgh", AggregateFunctions.sum)
                        .by("side")).getMessage());
        assertEquals("no column 'sides' in table 'troops'; did you mean side? columns: "
                        + String.join(", ", troops.columnNames()),
                assertThrows(EtrException.class, () -> troops.summarize("count_high", AggregateFunctions.sum)
                        .by("sides")).getMessage());
        // the summary is a new table Tablesaw builds itself (no overridable step): its own columns keep Tablesaw's error
        Table summary = troops.summarize("count_high", AggregateFunctions.sum).by("side");
        assertThrows(IllegalStateException.class, () -> summary.column("Sum [count_hgh]"));
        assertThrows(IllegalStateException.class, () -> troops.countBy("side").column("Counts"));
    }

    @Test
    void sortingOnAColumnTheTableDoesNotHaveIsOneLine() {
        // sortOn checks its names itself (Tablesaw's Sort.create): "Unrecognized Column: 'count_hgh'" and 3 frames
        String columns = String.join(", ", Etr.troops().columnNames());
        for (String typed : List.of("count_hgh", "-count_hgh", "+count_hgh")) {
            assertEquals("no column 'count_hgh' in table 'troops'; did you mean count_high? columns: " + columns,
                    assertThrows(EtrException.class, () -> Etr.troops().sortOn("force", typed)).getMessage(), typed);
            assertEquals("no column 'count_hgh' in table 'troops'; did you mean count_high? columns: " + columns,
                    assertThrows(EtrException.class, () -> Etr.troops().first(4).sortOn(typed)).getMessage(), typed);
        }
        assertEquals("no column 'count_hgh' in table 'troops'; did you mean count_high? columns: " + columns,
                assertThrows(EtrException.class, () -> Etr.troops().sortAscendingOn("count_hgh")).getMessage());
        Table sorted = Etr.troops().sortOn("-count_high", "FORCE");
        assertEquals(Etr.troops().numberColumn("count_high").max(), sorted.numberColumn("count_high").getDouble(0));
    }

    @Test
    void aColumnAskedForAsAnotherTypeIsOneLineNamingTheAccessorToUse() {
        // stringColumn("count_high") was a ClassCastException naming JJava's class loaders
        assertEquals("column 'count_high' of table 'troops' is a LongColumn, not a StringColumn; use "
                        + "longColumn(\"count_high\") or numberColumn(\"count_high\")",
                assertThrows(EtrException.class, () -> Etr.troops().stringColumn("count_high")).getMessage());
        assertEquals("column 'side' of table 'troops' is a StringColumn, not a NumericColumn; use stringColumn(\"side\")",
                assertThrows(EtrException.class, () -> Etr.troops().where(Etr.troops().numberColumn("count_high")
                        .isGreaterThan(0)).numberColumn("side")).getMessage());
        assertEquals("column 'share_pct' of table 'demographics' is a DoubleColumn, not a LongColumn; use "
                        + "doubleColumn(\"share_pct\") or numberColumn(\"share_pct\")",
                assertThrows(EtrException.class, () -> Etr.demographics().longColumn("share_pct")).getMessage());
        assertThrows(EtrException.class, () -> Etr.demographics().intColumn("population"));
        assertThrows(EtrException.class, () -> Etr.demographics().doubleColumn("population"));
        assertThrows(EtrException.class, () -> Etr.demographics().booleanColumn("year"));
        assertThrows(EtrException.class, () -> Etr.demographics().dateColumn("year"));
        assertEquals("count_high", Etr.troops().longColumn("count_high").name());
        assertEquals("line", Etr.troops().intColumn("LINE").name());
        assertEquals("derived", Etr.demographics().booleanColumn("derived").name());
        assertEquals("share_pct", Etr.demographics().doubleColumn("share_pct").name());
        assertEquals("population", Etr.demographics().numberColumn("population").name());
        assertEquals("force", Etr.troops().stringColumn("force").name());
    }

    @Test
    void aNegativeCountOfFirstOrLastIsOneLineSayingHowToLeaveRowsOut() {
        // first(-1) and last(-1) were RoaringBitmap's "rangeEnd=-1 should be in [0, 0xffffffff + 1]" in a 9-line trace
        int rows = Etr.troops().rowCount();
        assertEquals("first(-1) of table 'troops': a number of rows cannot be negative; give 0 to " + rows
                        + " (its rows), or inRange(0, " + (rows - 1) + ") for all rows but the last 1",
                assertThrows(EtrException.class, () -> Etr.troops().first(-1)).getMessage());
        assertEquals("last(-2) of table 'troops': a number of rows cannot be negative; give 0 to " + rows
                        + " (its rows), or inRange(2, " + rows + ") for all rows but the first 2",
                assertThrows(EtrException.class, () -> Etr.troops().last(-2)).getMessage());
        assertThrows(EtrException.class, () -> Etr.troops().sortOn("force").first(-3));   // a derived table too
        assertEquals(0, Etr.troops().first(0).rowCount());
        assertEquals(rows, Etr.troops().last(rows + 5).rowCount());
        assertEquals(3, Etr.troops().last(3).rowCount());
    }

    @Test
    void nearestIsAPrefixOrAFewEditsAwayOrNone() {
        List<String> names = List.of("name", "ethnicity", "position", "body", "source", "line");
        assertEquals("name", EtrTable.nearest("nmae", names));
        assertEquals("position", EtrTable.nearest("positon", names));
        assertEquals("ethnicity", EtrTable.nearest("ethnic", names));
        assertNull(EtrTable.nearest("count_high", names));
        assertNull(EtrTable.nearest("", names));
    }
}
