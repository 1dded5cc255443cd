package org.etrkit.datasets.tables;

/**
 * {@link Character}'s tests of a {@code char} with the answer for ASCII read from a table: the same
 * results, without {@link Character}'s look-up of the character's properties for the characters that
 * make most of an article. For the scans that test every character of a text.
 */
final class Chars {

    private static final int LETTER = 1;
    private static final int DIGIT = 2;
    private static final int UPPER = 4;
    private static final int LOWER = 8;
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = (byte) ((Character.isLetter(c) ? LETTER : 0) | (Character.isDigit(c) ? DIGIT : 0)
                    | (Character.isUpperCase(c) ? UPPER : 0) | (Character.isLowerCase(c) ? LOWER : 0));
        }
    }

    private Chars() {
    }

    /** {@link Character#isLetter(char)}. */
    static boolean isLetter(char c) {
        return c < 128 ? (ASCII[c] & LETTER) != 0 : Character.isLetter(c);
    }

    /** {@link Character#isLetterOrDigit(char)}. */
    static boolean isLetterOrDigit(char c) {
        return c < 128 ? (ASCII[c] & (LETTER | DIGIT)) != 0 : Character.isLetterOrDigit(c);
    }

    /** {@link Character#isUpperCase(char)}. */
    static boolean isUpperCase(char c) {
        return c < 128 ? (ASCII[c] & UPPER) != 0 : Character.isUpperCase(c);
    }

    /** {@link Character#isLowerCase(char)}. */
    static boolean isLowerCase(char c) {
        return c < 128 ? (ASCII[c] & LOWER) != 0 : Character.isLowerCase(c);
    }

    /** Whether {@code c} is a blank of a regex's {@code \s}: space, tab, line feed, vertical tab, form feed, return. */
    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The words of {@code text} between runs of blanks ({@link #isBlank(char)}), as {@code Pattern.compile("\\s+")
     * .split(text)} gives them: an empty first word when the text starts with a blank, no empty last words, and the
     * text itself when it has no blank.
     */
    static String[] words(String text) {
        java.util.List<String> out = null;
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (isBlank(text.charAt(i))) {
                if (out == null) {
                    out = new java.util.ArrayList<>();
                }
                out.add(text.substring(start, i));
                while (i + 1 < n && isBlank(text.charAt(i + 1))) {
                    i++;
                }
                start = i + 1;
            }
        }
        if (out == null) {
            return new String[] {text};
        }
        out.add(text.substring(start));
        int size = out.size();
        while (size > 0 && out.get(size - 1).isEmpty()) {
            size--;
        }
        return out.subList(0, size).toArray(new String[0]);
    }

    /**
     * The first index at or after {@code from} and before {@code before} where {@code word} starts in {@code text}
     * (it may run on past {@code before}), or -1: {@code text.indexOf(word, from)} without reading the rest of a long
     * paragraph when the word is not near, which made a scan per figure quadratic in the paragraph.
     */
    static int indexIn(String text, String word, int from, int before) {
        int last = Math.min(before, text.length() - word.length() + 1);
        for (int i = Math.max(from, 0); i < last; i++) {
            if (text.startsWith(word, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code text.substring(from, to).strip()} when that holds at most {@code max} characters, else null, in time bounded
     * by the blanks at its ends and {@code max}, not by {@code to - from}: a check of the few words between a sentence's
     * start and a figure, made for every figure, would copy the sentence each time (a 1 MB line of figures, one
     * sentence, copied 75 GB).
     */
    static String strippedIfAtMost(String text, int from, int to, int max) {
        int a = from;
        int b = to;
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        return b - a <= max ? text.substring(a, b) : null;
    }

    /** {@code at} moved back across the spaces (' ') right before it: the end of the text before them. */
    static int backOverSpaces(String text, int at) {
        int e = at;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        return e;
    }

    /** The start of the run of letters ({@link #isLetter(char)}) that ends at {@code end}: {@code end} when there is none. */
    static int letterRunStart(String text, int end) {
        int b = end;
        while (b > 0 && isLetter(text.charAt(b - 1))) {
            b--;
        }
        return b;
    }

    /**
     * The end of the run of letters ({@link #isLetter(char)}) that starts at {@code start}, at most {@code limit}:
     * {@code start} when there is none; the forward twin of {@link #letterRunStart(String, int)}.
     */
    static int letterRunEnd(String text, int start, int limit) {
        int e = start;
        while (e < limit && isLetter(text.charAt(e))) {
            e++;
        }
        return e;
    }

    /** The last index before {@code before} and at or after {@code floor} of one of {@code chars}, or -1. */
    static int lastIndexOfAny(String text, String chars, int before, int floor) {
        for (int i = Math.min(before, text.length()) - 1; i >= Math.max(floor, 0); i--) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The last index at or before {@code from} and at or after {@code floor} where {@code word} starts, or -1. */
    static int lastIndexIn(String text, String word, int from, int floor) {
        for (int i = Math.min(from, text.length() - word.length()); i >= Math.max(floor, 0); i--) {
            if (text.startsWith(word, i)) {
                return i;
            }
        }
        return -1;
    }
}
