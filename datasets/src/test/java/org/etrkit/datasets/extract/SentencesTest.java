package org.etrkit.datasets.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentencesTest {

    private static List<String> texts(String s) {
        return Sentences.split(s).stream().map(Sentence::text).toList();
    }

    @Test
    void splitsAtFullStopsBeforeCapitals() {
        assertEquals(List.of("One thing happened.", "Then another!", "Why?"),
                texts("One thing happened. Then another! Why?"));
    }

    @Test
    void keepsInitialsAbbreviationsAndDecimalsTogether() {
        assertEquals(List.of("Gen. Ma and the U.S. Army met J. Smith in 1945.", "It rained 2.5 days."),
                texts("Gen. Ma and the U.S. Army met J. Smith in 1945. It rained 2.5 days."));
    }

    @Test
    void anIdentifiersNumberMarkDoesNotEndTheSentence() {
        assertEquals(List.of("Decree No. 14 and Nos. 3 and 4 were issued.", "They failed."),
                texts("Decree No. 14 and Nos. 3 and 4 were issued. They failed."));
    }

    @Test
    void splitsAfterClosingQuote() {
        List<Sentence> s = Sentences.split("He said \"we won.\" The war ended.");
        assertEquals("He said \"we won.\"", s.get(0).text());
        assertEquals(18, s.get(1).start());
    }
}
