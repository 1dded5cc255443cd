package org.etrkit.datasets.tables;

import java.util.Arrays;
import java.util.List;

/**
 * Where the entries of a lexicon list can stand in a text, to tell cheaply that a stretch of it holds none, so
 * that a pattern built on the list's alternation ({@code \b(?:{population_words})\b}, compiled by
 * {@link Lexicon#compile}: case-insensitive, Unicode case) need not be searched there. Each entry is a literal
 * whose spaces match any blank, so a match of it starts with its text before its first space, its head, compared
 * as such a pattern compares characters: both folded to {@code toLowerCase(toUpperCase(c))}. {@link #in} finds
 * every place a head stands in a text in one pass; {@link Hits#anyWithin} answers for a stretch, {@link #anyIn}
 * for a whole text.
 *
 * <pre>{@code
 * ListHits.Hits hits = POPULATION_HEADS.in(p.text);
 * boolean found = hits.anyWithin(from, to) && populationWords.matcher(p.text).region(from, to).find();
 * }</pre>
 */
final class ListHits {

    private final String[] heads;
    /** Per folded ASCII first character, the indexes of the heads that start with it. */
    private final int[][] byAsciiFirst = new int[128][];
    /** The indexes of the heads whose folded first character is not ASCII. */
    private final int[] otherFirst;
    /** Some entry has an empty head (it starts with a blank, or is empty): every stretch may hold a match. */
    private final boolean everywhere;

    ListHits(List<String> entries) {
        heads = entries.stream().map(e -> fold(e.split(" ", -1)[0])).toArray(String[]::new);
        everywhere = entries.isEmpty() || Arrays.stream(heads).anyMatch(String::isEmpty);
        int[] other = new int[0];
        for (int k = 0; k < heads.length && !everywhere; k++) {
            char first = heads[k].charAt(0);
            if (first < 128) {
                int[] at = byAsciiFirst[first] == null ? new int[0] : byAsciiFirst[first];
                at = Arrays.copyOf(at, at.length + 1);
                at[at.length - 1] = k;
                byAsciiFirst[first] = at;
            } else {
                other = Arrays.copyOf(other, other.length + 1);
                other[other.length - 1] = k;
            }
        }
        otherFirst = other;
    }

    /** {@code s} with each char folded as a case-insensitive Unicode comparison folds it. */
    private static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(s.charAt(i));
        }
        return new String(out);
    }

    private static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        int f = Character.toLowerCase(Character.toUpperCase((int) c));
        return f <= Character.MAX_VALUE ? (char) f : c;
    }

    /** Whether head {@code k} stands at {@code i} of {@code text}, compared folded. */
    private boolean standsAt(int k, String text, int i) {
        String h = heads[k];
        if (i + h.length() > text.length()) {
            return false;
        }
        for (int j = 1; j < h.length(); j++) {
            if (fold(text.charAt(i + j)) != h.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** Where the heads stand in {@code text}: one pass, each character folded once and looked up by it. */
    Hits in(String text) {
        if (everywhere) {
            return new Hits(null, null, 0);
        }
        int[] starts = new int[8];
        int[] ends = new int[8];
        int count = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char f = fold(text.charAt(i));
            int[] candidates = f < 128 ? byAsciiFirst[f] : otherFirst;
            if (candidates == null) {
                continue;
            }
            for (int k : candidates) {
                if (heads[k].charAt(0) == f && standsAt(k, text, i)) {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                        ends = Arrays.copyOf(ends, count * 2);
                    }
                    starts[count] = i;
                    ends[count] = i + heads[k].length();
                    count++;
                }
            }
        }
        return new Hits(starts, ends, count);
    }

    /** Whether some head stands anywhere in {@code text} (true also when some entry has no head). */
    boolean anyIn(String text) {
        if (everywhere) {
            return true;
        }
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char f = fold(text.charAt(i));
            int[] candidates = f < 128 ? byAsciiFirst[f] : otherFirst;
            if (candidates == null) {
                continue;
            }
            for (int k : candidates) {
                if (heads[k].charAt(0) == f && standsAt(k, text, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The places the heads stand in one text. */
    static final class Hits {
        private final int[] starts;
        private final int[] ends;
        private final int count;

        private Hits(int[] starts, int[] ends, int count) {
            this.starts = starts;
            this.ends = ends;
            this.count = count;
        }

        /**
         * False when no head stands wholly inside {@code [from, to)}: then no entry's match lies in it (true
         * also when some entry has no head).
         */
        boolean anyWithin(int from, int to) {
            if (starts == null) {
                return true;
            }
            for (int k = 0; k < count; k++) {
                if (starts[k] >= from && ends[k] <= to) {
                    return true;
                }
            }
            return false;
        }
    }
}
