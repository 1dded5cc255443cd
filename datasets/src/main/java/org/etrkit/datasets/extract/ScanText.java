package org.etrkit.datasets.extract;

import static org.etrkit.datasets.extract.Lexicon.isLetter;
import static org.etrkit.datasets.extract.Lexicon.isWordChar;

/**
 * The text one quantity scan reads, shared by the readers of its stages ({@link QuantityScanner},
 * {@link CountedNouns} and the others): the string, the same characters as an array (scanning it is
 * several times faster than {@code String.charAt}) and their count, with the few word-level moves every
 * stage makes on them: the end of a word or token, the word just before a position, and whether a
 * position opens a sentence. It holds no state of the scan: where the scan stands, what it has found
 * and below which offset nothing may be read stay with the scanner, which passes them when asked.
 */
record ScanText(String text, char[] t, int n) {

    ScanText(String text, char[] t) {
        this(text, t, t.length);
    }

    /**
     * The word just before {@code pos} (one space between), as {start, end}, or null. With
     * {@code period}, a word may end in '.' ("c.", "No.").
     */
    int[] wordBefore(int pos, boolean period) {
        int k = pos - 1;
        if (k < 1 || t[k] != ' ') {
            return null;
        }
        int e = k;
        if (period && t[e - 1] == '.') {
            e--;
        }
        int s = e;
        while (s > 0 && isLetter(t[s - 1])) {
            s--;
        }
        if (s == e) {
            return null;
        }
        return new int[] {s, k};
    }

    /** True when {@code i} opens a sentence: only spaces and openers stand between it and a sentence end. */
    boolean atSentenceStart(int i) {
        int k = i - 1;
        while (k >= 0 && (t[k] == ' ' || Lexicon.isOpener(t[k]))) {
            k--;
        }
        if (k < 0) {
            return true;
        }
        return Lexicon.isSentenceEnd(t[k]);
    }

    /** The end of the letters from {@code i}. */
    int wordEnd(int i) {
        int j = i;
        while (j < n && isLetter(t[j])) {
            j++;
        }
        return j;
    }

    /** The end of the token at {@code i}: at least one character, then word characters. */
    int skipToken(int i) {
        int j = i + 1;
        while (j < n && isWordChar(t[j])) {
            j++;
        }
        return j;
    }
}
