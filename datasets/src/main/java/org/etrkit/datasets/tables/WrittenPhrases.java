package org.etrkit.datasets.tables;

/**
 * A phrase's words as a text writes them, for {@link PhraseMatcher}: where a word of the text ends (letters and
 * digits, with a hyphen or apostrophe between two of them, {@link #wordEnd}), and where a phrase that starts at a
 * word ends ({@link #matches}): its words one by one with a single blank between them, each as written, the first
 * of a phrase in lower case with its first letter in either case, and the last with a possessive ("Ili's") or,
 * where plurals are read, a plural "s" ("Kazakhs").
 */
final class WrittenPhrases {

    private WrittenPhrases() {
    }

    /** Where the phrase {@code words} ends if it stands at {@code start}, else -1. */
    static int matches(String[] words, String text, int start, int to, boolean plurals) {
        int pos = start;
        for (int w = 0; w < words.length; w++) {
            if (w > 0) {
                if (pos >= to || text.charAt(pos) != ' ') {
                    return -1;
                }
                pos++;
            }
            int end = wordEnd(text, pos, to);
            if (end == pos) {
                return -1;
            }
            String want = words[w];
            boolean last = w == words.length - 1;
            if (!sameWord(text, pos, end, want, w == 0)) {
                if (!last) {
                    return -1;
                }
                int stem = suffixStart(text, pos, end, want, plurals);
                if (stem < 0) {
                    return -1;
                }
                return pos + stem; // the phrase ends before "'s"; a plural "s" stays part of it
            }
            pos = end;
        }
        return pos;
    }

    /**
     * False when the written word {@code text[from, to)} cannot be {@code want} as the second word of a phrase that
     * {@link #matches} reads: written so, or, as the phrase's last word, with a possessive or a plural "s" after it
     * (and its first letter in either case), that word is {@code want}'s length or one or two characters longer and
     * holds {@code want}'s characters after the first. False as well for no word ({@code from == to}, or
     * {@code from == 0}: no word can be second at the start of a text).
     */
    static boolean maySecond(String want, String text, int from, int to) {
        int n = to - from;
        int length = want.length();
        return from > 0 && n > 0 && n >= length && n <= length + 2 && text.regionMatches(from + 1, want, 1, length - 1);
    }

    /**
     * True when the written word {@code text[from, to)} is {@code want}: the same characters, or, for the
     * first word of a phrase in lower case, its first letter in another case.
     */
    private static boolean sameWord(String text, int from, int to, String want, boolean first) {
        int n = to - from;
        if (n != want.length()) {
            return false;
        }
        if (text.regionMatches(from, want, 0, n)) {
            return true;
        }
        return first && Chars.isLowerCase(want.charAt(0)) && text.regionMatches(true, from, want, 0, 1)
                && text.regionMatches(from + 1, want, 1, n - 1);
    }

    /** For "Ili's" and want "Ili": 3; for "Kazakhs" and "Kazakh" (plurals on): 7; otherwise -1. */
    private static int suffixStart(String text, int from, int to, String want, boolean plurals) {
        int n = to - from;
        if (n >= 2 && text.charAt(to - 1) == 's' && (text.charAt(to - 2) == '\'' || text.charAt(to - 2) == '\u2019')
                && sameWord(text, from, to - 2, want, true)) {
            return n - 2;
        }
        if (plurals && n >= 1 && text.charAt(to - 1) == 's' && sameWord(text, from, to - 1, want, true)) {
            return n;
        }
        return -1;
    }

    /**
     * The end of the word that starts at {@code i}: word characters, and a hyphen or apostrophe between two of
     * them ("Uzbek-Kazakh", "Ili's"), up to {@code to}.
     */
    static int wordEnd(String text, int i, int to) {
        int j = i;
        while (j < to) {
            char c = text.charAt(j);
            if (isWordChar(c) || (c == '-' || c == '\'' || c == '\u2019') && j + 1 < to && isWordChar(text.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * {@link #wordEnd}, and whether the word is ASCII, in one reading of its characters: the end of the word that
     * starts at {@code i}, or its complement ({@code ~end}, below zero) when the word holds a character past ASCII.
     */
    static int asciiWordEnd(String text, int i, int to) {
        int j = i;
        boolean ascii = true;
        while (j < to) {
            char c = text.charAt(j);
            if (isWordChar(c) || (c == '-' || c == '\'' || c == '\u2019') && j + 1 < to && isWordChar(text.charAt(j + 1))) {
                ascii &= c < 128;
                j++;
            } else {
                break;
            }
        }
        return ascii ? j : ~j;
    }

    /** A letter or digit: what a word of a phrase or a text is made of. */
    static boolean isWordChar(char c) {
        return Chars.isLetterOrDigit(c);
    }
}
