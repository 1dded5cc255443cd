package org.etrkit.datasets.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link Chars} answers as {@link Character} does, for every {@code char}. */
class CharsTest {

    @Test
    void answersAsCharacterForEveryChar() {
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertEquals(Character.isLetter(c), Chars.isLetter(c), () -> "isLetter " + (int) c);
            assertEquals(Character.isLetterOrDigit(c), Chars.isLetterOrDigit(c), () -> "isLetterOrDigit " + (int) c);
            assertEquals(Character.isUpperCase(c), Chars.isUpperCase(c), () -> "isUpperCase " + (int) c);
            assertEquals(Character.isLowerCase(c), Chars.isLowerCase(c), () -> "isLowerCase " + (int) c);
        }
    }
}
