package org.etrkit.datasets.tables;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** A stretch of text where no entry's head stands holds no match of the list's pattern. */
class ListHitsTest {

    private static final Lexicon LEX = Rules.defaults().lexicon();

    private static void assertNoMatchWithoutHit(ListHits heads, Pattern p, String text, int step, int width) {
        ListHits.Hits hits = heads.in(text);
        if (p.matcher(text).find()) {
            assertTrue(heads.anyIn(text), "a match of " + p + " in " + text);
        }
        for (int from = 0; from < text.length(); from += step) {
            int to = Math.min(text.length(), from + width);
            if (p.matcher(text).region(from, to).find()) {
                assertTrue(hits.anyWithin(from, to), "a match in [" + from + ", " + to + ") of " + p);
            }
        }
    }

    @Test
    void populationWordsMatchOnlyWhereAHeadStands() throws IOException {
        Pattern p = LEX.compile("\\b(?:{population_words})\\b");
        ListHits heads = new ListHits(LEX.list("population_words"));
        StringBuilder all = new StringBuilder();
        for (String dir : List.of("../seeds", "src/test/resources/articles")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.sorted().toList()) {
                    all.append(Files.readString(f)).append('\n');
                }
            }
        }
        String text = all.toString();
        assertNoMatchWithoutHit(heads, p, text, 97, 400);
        assertNoMatchWithoutHit(heads, p, text, 13, 40);
    }

    @Test
    void headsAreComparedAsTheCaseInsensitivePatternComparesThem() {
        Pattern p = LEX.compile("\\b(?:{population_words})\\b");
        ListHits heads = new ListHits(LEX.list("population_words"));
        for (String text : List.of("the POPULATION of", "İnhabitants", "a Cenſus of", "the number\tof men",
                "ofwhom of\twhom", "CENSUS")) {
            assertNoMatchWithoutHit(heads, p, text, 1, 400);
            assertTrue(p.matcher(text).find(), text);
        }
        assertFalse(heads.anyIn("soldiers and rifles were sent"));
        ListHits.Hits none = heads.in("soldiers and rifles were sent");
        assertFalse(none.anyWithin(0, 29));
        assertTrue(heads.in("its population grew").anyWithin(0, 19));
        assertFalse(heads.in("its population grew").anyWithin(5, 19));
    }

    @Test
    void randomTextsOfTheListsLettersHoldNoMatchWithoutAHit() {
        Pattern p = LEX.compile("\\b(?:{population_words})\\b");
        ListHits heads = new ListHits(LEX.list("population_words"));
        String alphabet = "census CENSUS totalfw \u017f\u0130\u0131\u212a-";
        Random random = new Random(11);
        for (int k = 0; k < 5000; k++) {
            StringBuilder t = new StringBuilder();
            for (int i = random.nextInt(24); i > 0; i--) {
                t.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertNoMatchWithoutHit(heads, p, t.toString(), 1, 1 + random.nextInt(12));
        }
    }

    @Test
    void anEntryOpeningWithABlankHitsEverywhere() {
        assertTrue(new ListHits(List.of(" of", "total")).in("nothing here").anyWithin(0, 5));
        assertTrue(new ListHits(List.of()).in("nothing here").anyWithin(0, 5));
    }
}
