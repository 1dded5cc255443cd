package org.etrkit.datasets.tables;

/**
 * Where a search that ends at a figure may start instead of at its sentence's or statement's start, for patterns that
 * cannot match across more (issue 10: each search from the sentence's start to a figure made the readers quadratic in
 * a sentence without a stop). Each start is one where the region's start reads as the text does for the pattern (after a
 * blank or a comma, for a {@code \b} or a look-behind for a letter), and no match starts before it; {@link
 * BoundedLookBackTest} checks them against the search from the sentence's start.
 */
final class LookBacks {

    private LookBacks() {
    }

    /**
     * For {@link FigureRegion#OF_WHOM_BEFORE}: the match is at most "of these, perhaps " and a line end long, so 30
     * characters back, then back to a blank.
     */
    static int ofWhomFrom(String text, int from, int to) {
        return afterBlank(text, from, Math.max(from, to - 30));
    }

    /**
     * For a pattern whose match holds at most {@code commas} commas, the last before {@code to} ("…, whose", an
     * appositive's ", a town of"): after the comma before those.
     */
    static int afterCommas(String text, int from, int to, int commas) {
        int comma = to;
        for (int n = 0; n <= commas && comma >= from; n++) {
            comma = Chars.lastIndexOfAny(text, ",", comma, from);
        }
        return Math.max(from, comma + 1);
    }

    /** For {@code FigureRegion}'s "where" clause before a figure: two commas at most (an appositive's and ", where"). */
    static int whereFrom(String text, int from, int to) {
        return afterCommas(text, from, to, 2);
    }

    /**
     * For {@code FigureRegion}'s lower-case region as a subject ("the eastern voivodeships had"): its verb ends at most 80
     * characters and a line end before {@code to}, and its words up to the verb hold at most {@code letters} characters
     * that are no blank; then back to a blank.
     */
    static int lowerFrom(String text, int from, int to, int letters) {
        int at = Math.max(from, to - 82);
        for (int count = 0; at > from; at--) {
            if (!Chars.isBlank(text.charAt(at - 1)) && ++count > letters) {
                break; // a match starting at or before at - 1 would hold more
            }
        }
        return afterBlank(text, from, at);
    }

    /** {@code at}, or the nearest start before it that a blank precedes, or {@code from}. */
    private static int afterBlank(String text, int from, int at) {
        while (at > from && !Chars.isBlank(text.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    /** The characters of {@code w} that are no blank. */
    static int nonBlanks(String w) {
        int n = 0;
        for (int i = 0; i < w.length(); i++) {
            n += Chars.isBlank(w.charAt(i)) ? 0 : 1;
        }
        return n;
    }
}
