package org.etrkit.datasets.extract;

import java.util.Locale;

/**
 * How a figure is hedged in the text: "about 2,000" is {@link #ABOUT}, "no more than 200"
 * {@link #UP_TO}, "aged 18 or over" {@link #AT_LEAST}. The words that give each qualifier are listed
 * once, in {@link Lexicon#hedgesBefore()} and {@link Lexicon#hedgesAfter()}.
 */
public enum Qualifier {
    /** No hedge: "82 tanks". */
    EXACT,
    /** An approximation: "about 2,000", "an estimated 3,000", "2,000-odd". */
    ABOUT,
    /** A lower bound, excluded: "more than 900", "over 60,000". */
    MORE_THAN,
    /** An upper bound, excluded: "fewer than 300", "under 300". */
    LESS_THAN,
    /** An upper bound, included: "up to 500", "as many as 120", "no more than 200". */
    UP_TO,
    /** A lower bound, included: "at least 300", "no fewer than 300", "18 or over". */
    AT_LEAST;

    /** The code written to CSV: {@code exact}, {@code about}, {@code more_than}, ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
