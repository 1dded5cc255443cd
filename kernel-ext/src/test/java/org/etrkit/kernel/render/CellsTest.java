package org.etrkit.kernel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;

class CellsTest {

    @Test
    void doublesAreRoundedToTheDecimalsOfThePrecisionKeepingOneDecimal() {
        assertEquals("28214.285714", Cells.number(28214.285714285714, 6));
        assertEquals("28214.29", Cells.number(28214.285714285714, 2));
        assertEquals("28214", Cells.number(28214.285714285714, 0));
        assertEquals("37.5", Cells.number(37.5, 6));
        assertEquals("5.0", Cells.number(5.0, 6));
        assertEquals("1400000.0", Cells.number(1_400_000.0, 6));
        assertEquals("-0.25", Cells.number(-0.25, 6));
        assertEquals("0.0", Cells.number(0.0, 6));
        assertEquals("0.1", Cells.number(0.1, 6));
    }

    @Test
    void hugeAndTinyValuesUseScientificNotationAndInfinitiesReadLikePandas() {
        assertEquals("1.0e+20", Cells.number(1e20, 6));
        assertEquals("1.5e+20", Cells.number(1.5e20, 6));
        assertEquals("1.234568e-09", Cells.number(1.2345678e-9, 6));
        assertEquals("inf", Cells.number(Double.POSITIVE_INFINITY, 6));
        assertEquals("-inf", Cells.number(Double.NEGATIVE_INFINITY, 6));
        assertEquals("NaN", Cells.number(Double.NaN, 6));
    }

    @Test
    void missingValuesAreNaNForDoublesAndNullForOtherTypes() {
        DoubleColumn d = DoubleColumn.create("d", 1.5, Double.NaN);
        IntColumn i = IntColumn.create("i", 1);
        i.appendMissing();
        StringColumn s = StringColumn.create("s", "a", "");
        assertEquals("1.5", Cells.text(d, 0, 6));
        assertNull(Cells.text(d, 1, 6));
        assertNull(Cells.text(i, 1, 6));
        assertNull(Cells.text(s, 1, 6));
        assertEquals("NaN", Cells.missing(d));
        assertEquals("null", Cells.missing(i));
        assertEquals("null", Cells.missing(s));
    }

    @Test
    void cutNeverSplitsAnEmojiAFlagOrAnAccent() {
        String family = "👨‍👩‍👧‍👦";
        assertEquals(family + family + "…", Cells.cut(family.repeat(5), 3));
        assertEquals("🇫🇷🇩🇪…", Cells.cut("🇫🇷🇩🇪🇮🇹🇪🇸", 3));
        assertEquals("e\u0301e\u0301…", Cells.cut("e\u0301".repeat(6), 3));
        assertEquals("abc…", Cells.cut("abcdefgh", 4));
        assertEquals(family.repeat(3), Cells.cut(family.repeat(3), 3), "three graphemes fit in three");
        assertEquals(5, Cells.width(family.repeat(5)));
    }
}
