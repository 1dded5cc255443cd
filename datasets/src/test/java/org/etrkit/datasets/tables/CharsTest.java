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

    @Test
    void strippedIfAtMostIsTheStrippedTextWhenItIsShortEnough() {
        String text = "x  \t about \n 1,000 troops";
        int figure = text.indexOf("1,000");
        assertEquals("about", Chars.strippedIfAtMost(text, 1, figure, 5));
        assertEquals(null, Chars.strippedIfAtMost(text, 1, figure, 4));
        assertEquals("", Chars.strippedIfAtMost(text, 1, 4, 0));
        assertEquals("", Chars.strippedIfAtMost(text, 4, 4, 0));
        for (int from = 0; from <= text.length(); from++) {
            for (int to = from; to <= text.length(); to++) {
                String stripped = text.substring(from, to).strip();
                assertEquals(stripped, Chars.strippedIfAtMost(text, from, to, stripped.length()));
            }
        }
    }
}
