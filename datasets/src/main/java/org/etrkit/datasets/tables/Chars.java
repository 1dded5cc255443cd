package org.etrkit.datasets.tables;

/**
 * {@link Character}'s tests of a {@code char} with the answer read from a table of every {@code char}
 * (64 KB, filled from {@link Character} itself): the same results, without {@link Character}'s look-up
 * of the character's properties (its category, then a test of the category), which the scans that test
 * every character of a text made for each typographic quote, dash and accented letter too.
 */
final class Chars {

    private static final int LETTER = 1;
    private static final int DIGIT = 2;
    private static final int UPPER = 4;
    private static final int LOWER = 8;
    private static final byte[] TABLE = new byte[Character.MAX_VALUE + 1];

    static {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            TABLE[c] = (byte) ((Character.isLetter(c) ? LETTER : 0) | (Character.isDigit(c) ? DIGIT : 0)
                    | (Character.isUpperCase(c) ? UPPER : 0) | (Character.isLowerCase(c) ? LOWER : 0));
        }
    }

    private Chars() {
    }

    /** {@link Character#isLetter(char)}. */
    static boolean isLetter(char c) {
        return (TABLE[c] & LETTER) != 0;
    }

    /** {@link Character#isLetterOrDigit(char)}. */
    static boolean isLetterOrDigit(char c) {
        return (TABLE[c] & (LETTER | DIGIT)) != 0;
    }

    /** {@link Character#isUpperCase(char)}. */
    static boolean isUpperCase(char c) {
        return (TABLE[c] & UPPER) != 0;
    }

    /** {@link Character#isLowerCase(char)}. */
    static boolean isLowerCase(char c) {
        return (TABLE[c] & LOWER) != 0;
    }
}
