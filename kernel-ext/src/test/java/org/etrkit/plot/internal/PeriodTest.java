package org.etrkit.plot.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void aDateCoversItsPrecision() {
        assertEquals(new Period(LocalDate.of(1945, 1, 1), LocalDate.of(1945, 12, 31)), Period.parse("1945"));
        assertEquals(new Period(LocalDate.of(1945, 8, 1), LocalDate.of(1945, 8, 31)), Period.parse("1945-08"));
        assertEquals(Period.of(LocalDate.of(1945, 8, 8)), Period.parse("1945-08-08"));
        assertEquals(new Period(LocalDate.of(1946, 1, 1), LocalDate.of(1947, 12, 31)), Period.parse("1946/1947"));
        assertEquals(new Period(LocalDate.of(1945, 8, 1), LocalDate.of(1946, 12, 31)), Period.parse("1945-08/1946"));
        assertEquals(new Period(LocalDate.of(1944, 2, 1), LocalDate.of(1944, 2, 29)), Period.parse("1944-02"));
    }

    @Test
    void decimalYearsRunFromTheFirstDayToTheEndOfTheLast() {
        Period year = Period.parse("1945");
        assertEquals(1945.0, year.fromYear());
        assertEquals(1946.0, year.toYear());
        assertEquals(1945.5, year.midYear());
        assertEquals(1945 + 182 / 365.0, Period.decimalYear(LocalDate.of(1945, 7, 2)), 1e-9);   // day 183 of 365
        assertTrue(Period.parse("1945-08-08").isDay());
    }

    @Test
    void aPeriodIsLabelledAtThePrecisionItCovers() {
        assertEquals("1945-08-08", Period.of(LocalDate.of(1945, 8, 8)).label());
        assertEquals("1945-08", new Period(LocalDate.of(1945, 8, 1), LocalDate.of(1945, 8, 31)).label());
        assertEquals("1944-02", new Period(LocalDate.of(1944, 2, 1), LocalDate.of(1944, 2, 29)).label());
        assertEquals("1945", new Period(LocalDate.of(1945, 1, 1), LocalDate.of(1945, 12, 31)).label());
        assertEquals("1946\u20131947", new Period(LocalDate.of(1946, 1, 1), LocalDate.of(1947, 12, 31)).label());
        assertEquals("1945-08 \u2013 1946-12", new Period(LocalDate.of(1945, 8, 1), LocalDate.of(1946, 12, 31)).label());
        assertEquals("1944-11-06 \u2013 1944-11-07", new Period(LocalDate.of(1944, 11, 6), LocalDate.of(1944, 11, 7)).label());
        assertEquals("1945-01-01 \u2013 1945-12-30", new Period(LocalDate.of(1945, 1, 1), LocalDate.of(1945, 12, 30)).label());
    }

    @Test
    void textThatIsNoDateIsRefusedWithTheText() {
        for (String bad : new String[] {"", "about 1945", "1945-13", "45", "1945-08-08-01", "1947/1946"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Period.parse(bad));
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
    }
}
