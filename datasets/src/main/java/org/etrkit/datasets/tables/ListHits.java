package org.etrkit.datasets.tables;

import java.util.Arrays;
import java.util.List;

/**
 * Whether one of a list of words can stand in a text, to tell cheaply that a text holds none, so that a pattern
 * every match of which holds one of them, compared ignoring case ({@code (?i)half|thirds?|…}, or a lexicon
 * list's alternation compiled by {@link Lexicon#compile}), need not be searched there. Each entry is a literal
 * whose spaces match any blank, so a match of it holds its text before its first space, its head, compared as a
 * case-insensitive pattern compares characters: both folded to {@code toLowerCase(toUpperCase(c))}, which
 * Unicode case folding compares and which takes in every pair ASCII case folding matches.
 *
 * <pre>{@code
 * if (!PART_HEADS.anyIn(p.text)) {
 *     return figures; // no "half", "third", …: no share in words
 * }
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
    /** Every head is ASCII (folded, so in lower case). */
    private final boolean asciiHeads;

    ListHits(List<String> entries) {
        heads = entries.stream().map(e -> fold(e.split(" ", -1)[0])).toArray(String[]::new);
        everywhere = entries.isEmpty() || Arrays.stream(heads).anyMatch(String::isEmpty);
        asciiHeads = Arrays.stream(heads).allMatch(h -> h.chars().allMatch(c -> c < 128));
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

    /**
     * The characters past ASCII that fold to an ASCII letter ('\u0130', '\u0131', '\u017f', '\u212a'): where
     * none stands, only an ASCII character folds to an ASCII head's first character.
     */
    private static final String FOLD_TO_ASCII = foldToAscii();

    private static String foldToAscii() {
        StringBuilder out = new StringBuilder();
        for (int c = 128; c <= Character.MAX_VALUE; c++) {
            if (fold((char) c) < 128) {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    /** Whether some head stands anywhere in {@code text} (true also when some entry has no head). */
    boolean anyIn(String text) {
        if (everywhere) {
            return true;
        }
        if (!asciiHeads || holdsAny(text, FOLD_TO_ASCII)) {
            return anyInByChar(text);
        }
        // only an ASCII character folds to an ASCII one here, as its lower case: a head stands where the text in
        // lower case holds it (String.toLowerCase turns no other character into ASCII, and keeps the length)
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String h : heads) {
            if (lower.indexOf(h) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsAny(String text, String chars) {
        for (int k = 0; k < chars.length(); k++) {
            if (text.indexOf(chars.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** {@link #anyIn}, reading {@code text} character by character. */
    boolean anyInByChar(String text) {
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
}
