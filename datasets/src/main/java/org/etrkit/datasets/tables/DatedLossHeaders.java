package org.etrkit.datasets.tables;

import java.util.regex.Pattern;

/**
 * Loss headers of an order-of-battle table dated by the last day they count ("Killed by 8 August", "Wounded to
 * 1 May", "Missing as of 30 June 1942"), for {@link BattleTables}: the header's first word is its measure and the rest
 * a time phrase (a word of time then a number or a month), so the column counts that loss as an undated header would.
 */
final class DatedLossHeaders {
    private static final Pattern TIME_PHRASE = Pattern.compile(
            "(?:by|to|until|till|through|up to|as of|before|on)\\s+(?:\\S+\\s+){0,3}?"
                    + "(?:\\d{1,4}|january|february|march|april|may|june|july|august|september|october|november|december)\\b.*");

    private DatedLossHeaders() {
    }

    /** The first word of {@code bareHeader} (lower case) when the rest is a time phrase, else null. */
    static String measureWord(String bareHeader) {
        String h = bareHeader.strip();
        int space = h.indexOf(' ');
        if (space < 0) {
            return null;
        }
        return TIME_PHRASE.matcher(h.substring(space + 1).strip()).matches() ? h.substring(0, space) : null;
    }
}
