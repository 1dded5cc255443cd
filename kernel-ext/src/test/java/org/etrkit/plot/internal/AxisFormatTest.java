package org.etrkit.plot.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AxisFormatTest {

    @Test
    void axesThatReachAMillionUseSuffixes() {
        assertEquals(AxisFormat.COMPACT, AxisFormat.forMagnitude(1_400_000));
        assertEquals("1.4M", AxisFormat.COMPACT.label(1_400_000));
        assertEquals("1.5M", AxisFormat.COMPACT.label(1_500_000));
        assertEquals("200k", AxisFormat.COMPACT.label(200_000));
        assertEquals("0", AxisFormat.COMPACT.label(0));
        assertEquals("2B", AxisFormat.COMPACT.label(2e9));
        assertEquals("-500k", AxisFormat.COMPACT.label(-500_000));
        assertEquals("1.25M", AxisFormat.COMPACT.label(1_250_000));
    }

    @Test
    void smallerAxesGroupDigits() {
        assertEquals(AxisFormat.GROUPED, AxisFormat.forMagnitude(999_999));
        assertEquals("200,000", AxisFormat.GROUPED.label(200_000));
        assertEquals("1,500", AxisFormat.GROUPED.label(1500));
        assertEquals("0.25", AxisFormat.GROUPED.label(0.25));
        assertEquals("0", AxisFormat.GROUPED.label(-0.0));
    }

    @Test
    void aValueTooSmallForThreeDecimalsIsWrittenWithItsExponentNotAsZero() {
        // a bar of 1e-300 hovered "0", a histogram of such values had bins "0–0", "0–0", "0–0"
        assertEquals("1e-300", AxisFormat.GROUPED.label(1e-300));
        assertEquals("-3e-4", AxisFormat.GROUPED.label(-0.0003));
        assertEquals("4.9e-324", AxisFormat.GROUPED.label(Double.MIN_VALUE));
        assertEquals("1e-300", AxisFormat.COMPACT.label(1e-300));
        assertEquals("0.001", AxisFormat.GROUPED.label(0.001));
        assertEquals("0", AxisFormat.GROUPED.label(0));
        assertTrue(AxisFormat.GROUPED.vegaLiteLabelExpr().contains("abs(datum.value) < 0.001 ? format(datum.value, '.3~e')"));
    }

    @Test
    void yearsHaveNoSeparator() {
        assertEquals("1920", AxisFormat.YEAR.label(1920));
        assertEquals("1945.5", AxisFormat.YEAR.label(1945.5));
        assertTrue(AxisFormat.looksLikeYears(new double[] {1920, 1944, Double.NaN}, true));
        assertFalse(AxisFormat.looksLikeYears(new double[] {1920, 1944.5}, true));
        assertTrue(AxisFormat.looksLikeYears(new double[] {1920, 1944.5}, false));
        assertFalse(AxisFormat.looksLikeYears(new double[] {1920, 60_000}, false));
        assertFalse(AxisFormat.looksLikeYears(new double[0], false));
    }

    @Test
    void vegaLiteExpressionsAreVegaExpressionsNotScripts() {
        for (AxisFormat f : AxisFormat.values()) {
            assertTrue(f.vegaLiteLabelExpr().startsWith("format(") || f.vegaLiteLabelExpr().startsWith("datum."), f.name());
        }
    }
}
