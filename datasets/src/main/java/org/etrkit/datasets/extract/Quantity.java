package org.etrkit.datasets.extract;

/**
 * A figure found in a sentence: "more than 1,500 Soviet military advisers" gives value 1500, qualifier
 * {@link Qualifier#MORE_THAN}, unit "advisers" and noun "Soviet military advisers".
 *
 * @param value     the figure, or the low end of a range; scale words and money are resolved ($250 million = 250000000)
 * @param high      the high end of a range, or {@code value} for a single figure
 * @param qualifier the hedge in front of the figure
 * @param unit      the counted noun, lower case ("troops", "percent", "USD"), or "" when the text names none
 * @param noun      the noun phrase as written ("Kwantung Army troops"), or ""
 * @param text      the whole mention as written, qualifier to noun
 * @param start     offset of the mention in the scanned text (0-based, inclusive)
 * @param end       offset just after the mention
 */
public record Quantity(double value, double high, Qualifier qualifier, String unit, String noun, String text,
                       int start, int end) {

    /**
     * Checks the figure: a NaN end, a {@code high} below {@code value} or a bad span is an
     * {@link IllegalArgumentException}.
     */
    public Quantity {
        if (Double.isNaN(value) || Double.isNaN(high) || high < value) {
            throw new IllegalArgumentException("bad range " + value + ".." + high + " in '" + text + "'");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** True when the text gives a range ("25,000 to 30,000"). */
    public boolean isRange() {
        return high != value;
    }
}
