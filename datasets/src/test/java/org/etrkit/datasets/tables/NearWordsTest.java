package org.etrkit.datasets.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;

import org.etrkit.datasets.extract.Qualifier;
import org.etrkit.datasets.extract.Quantity;
import org.junit.jupiter.api.Test;

/**
 * The looks for a word near a figure ({@link Chars#indexIn}, {@link Chars#lastIndexIn}): a line of 800 KB (prose
 * pasted without line breaks, a figure in each sentence) took 130 s to build, because the citizenship, "number of"
 * and institution checks of the demographics reader, and three checks of the aid reader, searched the rest of the
 * paragraph (or back to its start) for their word at each figure, when the word was nowhere near.
 */
class NearWordsTest {

    @Test
    void theLookForACitizenshipWordNearAFigureReadsOnlyTheTextNearIt() {
        String sentence = "Some 4,000 people lived in the valley in 1950. ";
        String text = sentence.repeat(40_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (int at = text.indexOf("4,000"); at >= 0; at = text.indexOf("4,000", at + 1)) {
                assertFalse(CitizenshipGroups.mayName(text, new Quantity(4000, 4000, Qualifier.ABOUT, "people", "people",
                        "Some 4,000 people", at - 5, at + 12)));
            }
        });
        String near = text + "Some 4,000 Polish citizens lived there.";
        int at = near.lastIndexOf("4,000");
        assertTrue(CitizenshipGroups.mayName(near, new Quantity(4000, 4000, Qualifier.ABOUT, "citizens", "Polish citizens",
                "Some 4,000 Polish citizens", at - 5, at + 21)));
    }

    @Test
    void theLookForOfWhichBeforeATransferVerbReadsOnlyItsSentence() {
        // the aid reader's checks per figure (", of which" before the verb, a semicolon after the figure, the comma
        // before "brought to") read back to the paragraph's start or on to its end: 1.6 MB took a minute
        String sentence = "The Soviets sent 4,000 rifles to Ili in 1945. ";
        String text = sentence.repeat(40_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (int at = text.indexOf("sent"), start = text.indexOf("The"); at >= 0;
                    at = text.indexOf("sent", at + 1), start += sentence.length()) {
                assertFalse(GiftPhrases.partOfWhatCameBefore(text, start, at));
            }
        });
        String of = "Arms were sent to China, of which Ningxia received 300 rifles.";
        assertTrue(GiftPhrases.partOfWhatCameBefore(text + of, text.length(), text.length() + of.indexOf("received")));
    }

    @Test
    void theBoundedSearchesFindWhatIndexOfAndLastIndexOfFindInTheirRange() {
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                b.append("ab ".charAt(random.nextInt(3)));
            }
            String text = b.toString();
            String word = random.nextBoolean() ? "ab" : "a b";
            int from = random.nextInt(text.length() + 3) - 1;
            int bound = random.nextInt(text.length() + 3) - 1;
            int first = text.indexOf(word, Math.max(from, 0));
            assertEquals(first >= 0 && first < bound ? first : -1, Chars.indexIn(text, word, from, bound), text + "|" + from + "|" + bound);
            int last = from < 0 ? -1 : text.lastIndexOf(word, from);
            assertEquals(last >= 0 && last >= bound ? last : -1, Chars.lastIndexIn(text, word, from, bound), text + "|" + from + "|" + bound);
        }
    }
}
