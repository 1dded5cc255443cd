package org.etrkit.datasets.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** A figure is stored as the very number the text gives, or reported as rejected: never another number. */
class ExactFiguresTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // text | the figure as written | why
        "It had 1,000,000,000,000,000,000 men. | 1,000,000,000,000,000,000 | whole number beyond",
        "It cost 999,999,999,999,999 billion rubles. | 999,999,999,999,999 billion | whole number beyond",
        "It had 12,345,678,901,234,567 men. | 12,345,678,901,234,567 | whole number beyond",
        "It had 99999999999999999999 men. | 99999999999999999999 | whole number beyond",
        "It had 9,007,199,254,740,992 men. | 9,007,199,254,740,992 | whole number beyond",
        "It was 0.12345678901 of it. | 0.12345678901 | decimal places",
        "It was 1234567.123456789 of it. | 1234567.123456789 | significant digits",
        "It had 5 to 12,345,678,901,234,567 men. | 5 to 12,345,678,901,234,567 | whole number beyond",
        "It cost a third of a million rubles. | a third of a million | no exact decimal value",
    })
    void aFigureNoStoredNumberEqualsIsRejectedNotRounded(String text, String figure, String why) {
        Quantities.Found found = Quantities.scan(text);
        assertEquals(List.of(), found.quantities(), text);
        assertEquals(1, found.rejected().size(), text);
        RejectedFigure r = found.rejected().get(0);
        assertEquals(figure, r.text());
        assertEquals(figure, text.substring(r.start(), r.end()));
        assertTrue(r.reason().contains(why), r.reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "It had 9,007,199,254,740,991 men. | 9007199254740991",
        "It had 1,000,000,000,000,000 men. | 1000000000000000",
        "It cost 1.5 million million rubles. | 1500000000000",
        "It was 3.1415926535 of it. | 3.1415926535",
        "It cost 0.7 million rubles. | 700000",
        "It cost 1.1 million rubles. | 1100000",
        "It cost $4.35 billion. | 4350000000",
        "It cost 2.675 million rubles. | 2675000",
    })
    void aFigureAStoredNumberEqualsIsStoredExactly(String text, String exact) {
        Quantities.Found found = Quantities.scan(text);
        assertEquals(List.of(), found.rejected());
        assertEquals(1, found.quantities().size());
        assertEquals(0, new BigDecimal(exact).compareTo(new BigDecimal(Double.toString(found.quantities().get(0).value()))),
                () -> found.quantities().get(0).toString());
    }

    @Test
    void aRejectedFigureLeavesTheOtherFiguresOfTheSentence() {
        Quantities.Found found = Quantities.scan("It had 12,345,678,901,234,567 men and 7 tanks.");
        assertEquals(List.of("7 tanks"), found.quantities().stream().map(Quantity::text).toList());
        assertEquals(List.of("12,345,678,901,234,567"), found.rejected().stream().map(RejectedFigure::text).toList());
    }

    /** Any grouped whole number is read as itself, or rejected when beyond 2^53 - 1. */
    @Property(tries = 500)
    void wholeNumbersAreExactOrRejected(@ForAll @IntRange(min = 1, max = 25) int digits,
                                        @ForAll @LongRange(min = 0) long seed) {
        BigInteger n = new BigInteger(digits * 4, new java.util.Random(seed)).mod(BigInteger.TEN.pow(digits));
        String written = String.format(java.util.Locale.ENGLISH, "%,d", n);
        checkExactOrRejected("They counted " + written + " men.", written, new BigDecimal(n));
    }

    /** Any decimal, with or without a scale word, is read as itself, or rejected. */
    @Property(tries = 500)
    void decimalsAndScaleWordsAreExactOrRejected(@ForAll @IntRange(min = 1, max = 18) int digits,
                                                 @ForAll @IntRange(min = 1, max = 14) int places,
                                                 @ForAll @IntRange(min = 0, max = 4) int scale,
                                                 @ForAll @LongRange(min = 0) long seed) {
        BigInteger unscaled = new BigInteger(digits * 4, new java.util.Random(seed)).mod(BigInteger.TEN.pow(digits));
        BigDecimal v = new BigDecimal(unscaled, Math.min(places, digits - 1));
        String[] words = {"", " thousand", " million", " billion", " million million"};
        long[] factors = {1, 1_000, 1_000_000, 1_000_000_000, 1_000_000_000_000L};
        String written = v.toPlainString() + words[scale];
        checkExactOrRejected("They counted " + written + " men.", written, v.multiply(BigDecimal.valueOf(factors[scale])));
    }

    private static void checkExactOrRejected(String text, String written, BigDecimal expected) {
        Quantities.Found found = Quantities.scan(text);
        if (found.quantities().isEmpty()) {
            assertEquals(1, found.rejected().size(), text);
            assertEquals(written, found.rejected().get(0).text());
        } else {
            assertEquals(List.of(), found.rejected(), text);
            assertEquals(1, found.quantities().size(), text);
            double value = found.quantities().get(0).value();
            assertEquals(0, expected.compareTo(new BigDecimal(Double.toString(value))),
                    () -> text + " -> " + value);
        }
    }
}
