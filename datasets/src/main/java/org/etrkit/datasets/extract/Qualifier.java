package org.etrkit.datasets.extract;

import java.util.Locale;

/** How a figure is hedged in the text: "about 2,000" is {@link #ABOUT}, "more than 900" {@link #MORE_THAN}. */
public enum Qualifier {
    /** No hedge: "82 tanks". */
    EXACT,
    /** about, around, approximately, roughly, some, nearly, almost. */
    ABOUT,
    /** more than, over. */
    MORE_THAN,
    /** fewer than, less than, under. */
    LESS_THAN,
    /** up to, at most. */
    UP_TO,
    /** at least. */
    AT_LEAST;

    /** The code written to CSV: {@code exact}, {@code about}, {@code more_than}, ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
