package org.etrkit.datasets.tables;

import java.util.Arrays;
import java.util.List;

/**
 * Where the entries of a lexicon list can stand in a text, to tell cheaply that a stretch of it holds none, so
 * that a pattern built on the list's alternation ({@code \b(?:{population_words})\b}, compiled by
 * {@link Lexicon#compile}: case-insensitive, Unicode case) need not be searched there. Each entry is a literal
 * whose spaces match any blank, so a match of it starts with its text before its first space, its head, compared
 * as such a pattern compares characters: both folded to {@code toLowerCase(toUpperCase(c))}. {@link #in} finds
 * every place a head stands in a text once; {@link Hits#anyWithin} answers for a stretch.
 *
 * <pre>{@code
 * ListHits.Hits hits = POPULATION_HEADS.in(p.text);
 * boolean found = hits.anyWithin(from, to) && populationWords.matcher(p.text).region(from, to).find();
 * }</pre>
 */
final class ListHits {

    private final String[] heads;
    /** Some entry has an empty head (it starts with a blank, or is empty): every stretch may hold a match. */
    private final boolean everywhere;

    ListHits(List<String> entries) {
        heads = entries.stream().map(e -> fold(e.split(" ", -1)[0])).toArray(String[]::new);
        everywhere = entries.isEmpty() || Arrays.stream(heads).anyMatch(String::isEmpty);
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

    /** Where the heads stand in {@code text}. */
    Hits in(String text) {
        if (everywhere) {
            return new Hits(null, null, 0);
        }
        String folded = fold(text);
        int[] starts = new int[8];
        int[] ends = new int[8];
        int n = 0;
        for (String h : heads) {
            for (int i = folded.indexOf(h); i >= 0; i = folded.indexOf(h, i + 1)) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                    ends = Arrays.copyOf(ends, n * 2);
                }
                starts[n] = i;
                ends[n] = i + h.length();
                n++;
            }
        }
        return new Hits(starts, ends, n);
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
