package org.etrkit.datasets.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import java.util.List;

import org.etrkit.datasets.parse.ArticleParser;
import org.junit.jupiter.api.Test;

/** The unknown names ({@link Prose.Actor}) a prose block holds. */
class ProseTest {

    private static List<String> actors(String sentence) {
        Corpus corpus = Corpus.of(List.of(ArticleParser.parse("invented.txt", "= Invented =\n\n" + sentence + "\n")));
        Analysis analysis = new Analysis(corpus, Rules.defaults());
        return analysis.articles.get(0).prose.get(0).actors().stream().map(Prose.Actor::text).toList();
    }

    @Test
    void namesStartAtWordsAndAfterApostrophesInsideThemNotAfterHyphensOrDigits() {
        // "Ray" follows a hyphen, "Kent" a digit; "Vost" an apostrophe; "Arcy Hall" a straight apostrophe, which
        // makes it a quoted designation, and no actor ("Hall" is part of it)
        assertEquals(List.of("Brannagh", "Harlow Brigade", "O'Neil Company", "Vost"),
                actors("The column under Brannagh met the Harlow Brigade near x-Ray and 3Kent, then O'Neil Company"
                        + " and d’Vost; later d'Arcy Hall fell."));
    }

    @Test
    void theRenamedNounIsLookedForNearTheFigureNotBackToTheStartOfTheParagraph() {
        // a 5 MB paragraph of "The 4,000 soldiers arrived in 1945 and left. " (a hand-made test article) has no
        // ", " before its figures: each figure's look for one scanned back to the paragraph's start, and the build
        // had not ended after ten minutes
        String sentence = "The 4,000 soldiers arrived in 1945 and left. ";
        String text = sentence.repeat(40_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (int at = text.indexOf("4,000"); at >= 0; at = text.indexOf("4,000", at + 1)) {
                assertNull(Prose.renamedNoun(text, at));
            }
        });
        assertEquals("garrison", Prose.renamedNoun(text + "the garrison, some 80,000", text.length() + 19));
    }
}
