package org.etrkit.datasets.extract;

import java.math.BigDecimal;

/**
 * A number read at a position by a stage of the quantity scan ({@link NumberWords} or the digits
 * reader): its value (scale words applied), its bounds, its currency ("" for none), whether it is a
 * percentage, the product of its scale words, whether it names a thing rather than counts one
 * ({@code Resolution 112}), the measure word of a hyphenated compound ("two-year", else ""), and, for
 * a fraction with no exact decimal value ("a third of a million"), the text that says it (else null).
 * The scanner turns it into a {@link Quantity} or a {@link RejectedFigure}.
 */
record NumberRead(BigDecimal value, int start, int end, String currency, boolean percent,
                  BigDecimal scale, boolean identifier, String compoundUnit, String inexact) {

    static NumberRead identifier(int start, int end) {
        return new NumberRead(BigDecimal.ZERO, start, end, "", false, BigDecimal.ONE, true, "", null);
    }

    boolean hasScale() {
        return scale.compareTo(BigDecimal.ONE) != 0;
    }
}
