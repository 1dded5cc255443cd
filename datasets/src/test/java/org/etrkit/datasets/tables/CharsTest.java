package org.etrkit.datasets.tables;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;

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

    @Test
    void splitsWordsAsAPatternOfBlanksDoes() {
        Pattern blanks = Pattern.compile("\\s+");
        String[] texts = {"", " ", "a", " a", "a ", "  a  b ", "a\tb\nc", "Ürümqi  and\u00a0Kulja", "\u000bx\fy\rz",
                "one two  three   four", "\t\t"};
        for (String text : texts) {
            assertArrayEquals(blanks.split(text), Chars.words(text), () -> "words of [" + text + "]");
        }
    }
}
