package org.etrkit.datasets.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The noun phrase after an item's figure ({@link FigureItem#phraseEnd}, {@link FigureItem#phraseHead}). */
class FigureItemTest {

    @Test
    void thePhraseEndIsFoundNearTheFigureNotBySearchingToTheEndOfTheParagraph() {
        // a line of 5 MB (prose pasted without line breaks, with full stops but no semicolon, colon or parenthesis):
        // each figure's phrase end searched the rest of the paragraph for each stop, and the build had not ended
        // after ten minutes (400 KB: 31 s)
        String sentence = "In 1945 the Soviets sent 4,000 rifles, and the army left. ";
        String text = sentence.repeat(40_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (int at = text.indexOf("4,000"); at >= 0; at = text.indexOf("4,000", at + 1)) {
                assertEquals("rifles", FigureItem.phraseHead(text, at + 5));
            }
        });
        assertEquals(" two floating docks".length(), FigureItem.phraseEnd(" two floating docks, ", 0));
        assertEquals(" cranes for the port".length(), FigureItem.phraseEnd(" cranes for the port; and", 0));
        assertEquals(" cranes".length(), FigureItem.phraseEnd(" cranes of the port", 0));
        assertEquals(" cranes".length(), FigureItem.phraseEnd(" cranes and docks", 0));
        assertEquals(" cranes".length(), FigureItem.phraseEnd(" cranes", 0));
        assertEquals("docks", FigureItem.phraseHead(" two floating docks (1951)", 0));
    }
}
