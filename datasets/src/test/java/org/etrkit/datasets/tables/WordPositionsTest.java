package org.etrkit.datasets.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Issue 10: the binary searches of a word's places in the block find what the bounded scans of {@link Chars} find. */
class WordPositionsTest {

    private static final String[] PIECES = {"; ", ", of which ", "number of ", " in ", "Ili", "IliIli", ";;", "a", " ", ", "};
    private static final String[] WORDS = {";", ", of which ", "number of ", " in ", "Ili", "IliIli", "a", "zz"};

    @Test
    void binarySearchesOfAWordsPlacesFindWhatTheBoundedScansFind() {
        Random rng = new Random(26);
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = rng.nextInt(40); i > 0; i--) {
                b.append(PIECES[rng.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            for (String word : WORDS) {
                int[] at = Prose.positionsOf(text, word);
                for (int from = -2; from <= text.length() + 2; from++) {
                    for (int to = from - 3; to <= text.length() + 2; to += 1 + rng.nextInt(4)) {
                        assertEquals(Chars.indexIn(text, word, from, to), Prose.firstAtOrAfter(at, from, to),
                                () -> text + " / " + word);
                        assertEquals(Chars.lastIndexIn(text, word, to, from), Prose.lastAtOrBefore(at, to, from),
                                () -> text + " / " + word);
                    }
                }
            }
        }
    }
}
