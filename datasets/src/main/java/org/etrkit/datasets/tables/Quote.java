package org.etrkit.datasets.tables;

import java.util.List;

import org.etrkit.datasets.extract.Sentence;

/**
 * The sentence a row quotes, bounded: a sentence of up to {@link #MAX} characters is quoted whole;
 * a longer one is cut to about {@code MAX} characters around the figure, at word boundaries, with
 * "…" where text was left out. So a row never carries more than {@code MAX} characters of quote,
 * and a table's size grows with the number of figures, not with figures times sentence length.
 */
final class Quote {

    /** The longest quote, in characters (plus the two "…" marks of a cut one). */
    static final int MAX = 500;

    private Quote() {
    }

    /**
     * The quote of a pipe table's row: its cells joined by {@code " | "}, up to its last cell that is not
     * empty. A row's empty last cells (an unused Sources column) would end the quote in a space, which
     * its CSV cell does not read back ({@code "Artillery shells | 18 million | "}).
     */
    static String ofRow(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isBlank()) {
            end--;
        }
        return String.join(" | ", cells.subList(0, end));
    }

    /** The quote for a figure at {@code [focusStart, focusEnd)} of the sentence's line. */
    static String of(Sentence s, int focusStart, int focusEnd) {
        String line = s.line();
        if (s.end() - s.start() <= MAX) {
            return s.text();
        }
        int focus = Math.min(focusEnd - focusStart, MAX);
        int room = (MAX - focus) / 2;
        int from = Math.max(s.start(), focusStart - room);
        int to = Math.min(s.end(), Math.max(focusStart + focus, focusEnd) + room);
        if (to - from < MAX) {
            // use the room the sentence's start or end leaves unused on the other side
            if (from == s.start()) {
                to = Math.min(s.end(), from + MAX);
            } else {
                from = Math.max(s.start(), to - MAX);
            }
        }
        if (to - from > MAX) {
            to = from + MAX;
        }
        // cut at word boundaries, never inside the figure
        int f = from;
        while (f > s.start() && f < focusStart && !Character.isWhitespace(line.charAt(f - 1))) {
            f++;
        }
        int t = to;
        while (t < s.end() && t > focusEnd && !Character.isWhitespace(line.charAt(t))) {
            t--;
        }
        if (Character.isLowSurrogate(line.charAt(f)) && f > s.start()) {
            f++;
        }
        if (t > f && Character.isHighSurrogate(line.charAt(t - 1))) {
            t--;
        }
        return (f > s.start() ? "…" : "") + line.substring(f, t).strip() + (t < s.end() ? "…" : "");
    }
}
