package org.etrkit.datasets.extract;

import static org.etrkit.datasets.extract.Lexicon.isDigit;
import static org.etrkit.datasets.extract.Lexicon.isLetter;

import java.util.Locale;
import java.util.Map;

/**
 * The hedges of a quantity scan: the words before a figure that qualify it ("no more than 200",
 * "about", "c.") or open a range ("between"), the words after it ("or more", "-odd", "aged 18 or
 * over"), and whether "over" before a figure of time says how long ("spread over 18 months") rather
 * than "more than". Every hedge comes from the {@link Lexicon}; a hedge is returned as its bounds and
 * the ordinal of its {@link Qualifier}. It reads only the {@link ScanText}; the scanner passes the
 * offset below which nothing may be read.
 */
final class Hedges extends ScanPart {


    Hedges(ScanText x) {
        super(x);
    }

    /**
     * True when "over" at {@code overStart} before a figure of time ending at {@code end} says how long
     * ("spread over 18 months"), not "more than" ("for over five years", "over 300 years old").
     */
    boolean spanOfTime(int overStart, int end) {
        for (String age : Lexicon.ageWords()) {
            if (text.regionMatches(true, end, age, 0, age.length())) {
                return false;
            }
        }
        int[] w = x.wordBefore(overStart, false);
        return w == null || !Lexicon.overHedgesTimeAfter(text.substring(w[0], w[1]).toLowerCase(Locale.ROOT));
    }

    /**
     * The hedge before {@code start}: {start of hedge, qualifier ordinal}, {start, -1} for "between", or
     * null. No hedge word starts before {@code floor}, the end of what the scan read last.
     */
    int[] hedgeBefore(int start, int floor) {
        int max = Lexicon.MAX_HEDGE_WORDS;
        int[] starts = new int[max];
        int count = 0;
        int pos = start;
        while (count < max) {
            int[] w = x.wordBefore(pos, true);
            if (w == null || w[0] < floor) {
                break;
            }
            starts[count++] = w[0];
            pos = w[0];
        }
        for (int c = count; c >= 1; c--) {
            String phrase = text.substring(starts[c - 1], start - 1).toLowerCase(Locale.ROOT);
            Qualifier q = Lexicon.hedgesBefore().get(phrase);
            if (q != null) {
                return new int[] {starts[c - 1], q.ordinal()};
            }
            if (c == 1 && Lexicon.rangeOpeners().contains(phrase)) {
                return new int[] {starts[0], -1};
            }
        }
        return null;
    }

    /** A hedge after the figure ending at {@code end} ("or more", "-odd"): {end of hedge, ordinal}, or null. */
    int[] hedgeAfter(int end) {
        if (end >= n || t[end] != ' ' && t[end] != '-') {
            return null;
        }
        for (Map.Entry<String, Qualifier> e : Lexicon.hedgesAfter().entrySet()) {
            String h = e.getKey();
            int at = h.charAt(0) == '-' ? end : end + 1;
            if (h.charAt(0) != '-' && t[end] != ' ' || !text.regionMatches(true, at, h, 0, h.length())) {
                continue;
            }
            int he = at + h.length();
            if (he < n && isLetter(t[he])) {
                continue; // "or moreover"
            }
            if (he + 1 < n && t[he] == ' ' && (isDigit(t[he + 1]) || Lexicon.numberWordValue(t, he + 1, x.wordEnd(he + 1)) > 0)) {
                continue; // "and over 200": the hedge of the next figure
            }
            return new int[] {he, e.getValue().ordinal()};
        }
        return null;
    }
}
