package org.etrkit.datasets.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a paragraph into sentences: at {@code . ! ?} (and any closing quotes or brackets) followed by
 * white space and a capital letter, digit or opening quote, except after an initial ("U.S.", "J.")
 * or an abbreviation of the {@link Lexicon} ("Gen.", "St.", "No.").
 */
public final class Sentences {

    private Sentences() {
    }

    /** The sentences of {@code text}, trimmed, with their offsets. */
    public static List<Sentence> split(String text) {
        return split(text, text.toCharArray());
    }

    /** As {@link #split(String)}, with the text also given as an array ({@code t} equals {@code text}). */
    static List<Sentence> split(String text, char[] t) {
        List<Sentence> out = new ArrayList<>();
        int n = text.length();
        int start = skipSpace(text, 0);
        // next positions of each terminator, found with String.indexOf (vectorised) rather than char by char
        int nextDot = text.indexOf('.', start);
        int nextBang = text.indexOf('!', start);
        int nextQuery = text.indexOf('?', start);
        for (int i = start; i < n; i++) {
            if (nextDot >= 0 && nextDot < i) {
                nextDot = text.indexOf('.', i);
            }
            if (nextBang >= 0 && nextBang < i) {
                nextBang = text.indexOf('!', i);
            }
            if (nextQuery >= 0 && nextQuery < i) {
                nextQuery = text.indexOf('?', i);
            }
            int terminator = minPositive(nextDot, minPositive(nextBang, nextQuery));
            if (terminator < 0) {
                break;
            }
            i = terminator;
            char c = t[i];
            int j = i + 1;
            while (j < n && Lexicon.isCloser(text.charAt(j))) {
                j++;
            }
            if (j >= n || !Character.isWhitespace(text.charAt(j))) {
                continue;
            }
            int next = skipSpace(text, j);
            if (next >= n || !startsSentence(text.charAt(next))) {
                continue;
            }
            if (c == '.' && isAbbreviation(text, i)) {
                continue;
            }
            out.add(new Sentence(text, start, j));
            start = next;
            i = next - 1;
        }
        int end = n;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(text, start, end));
        }
        return out;
    }

    private static int minPositive(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || Lexicon.isOpener(c);
    }

    private static boolean isAbbreviation(String text, int dot) {
        int k = dot;
        while (k > 0 && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        String word = text.substring(k, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial
        }
        if (word.indexOf('.') >= 0 && word.length() <= 4) {
            return true; // U.S
        }
        return Lexicon.isAbbreviation(word.toLowerCase(java.util.Locale.ROOT));
    }
}
