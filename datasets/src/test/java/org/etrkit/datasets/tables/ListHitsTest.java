package org.etrkit.datasets.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** A text where no entry's head stands holds no match of the list's pattern. */
class ListHitsTest {

    private static final Lexicon LEX = Rules.defaults().lexicon();

    private static void assertNoMatchWithoutHit(ListHits heads, Pattern p, String text, int step, int width) {
        if (p.matcher(text).find()) {
            assertTrue(heads.anyIn(text), "a match of " + p + " in " + text);
        }
        for (int from = 0; from < text.length(); from += step) {
            int to = Math.min(text.length(), from + width);
            if (p.matcher(text).region(from, to).find()) {
                assertTrue(heads.anyIn(text.substring(from, to)), "a match in [" + from + ", " + to + ") of " + p);
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
        assertTrue(heads.anyIn("its POPULATION grew"));
        assertFalse(heads.anyIn("its popul ation grew"));
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
    void theFractionPartsAreFoundWhereverAShareInWordsIs() {
        Pattern fraction = Pattern.compile("(?i)\\b(?:a|one|two)[- ](half|thirds?|quarters?)\\b|\\bhalf\\b");
        ListHits parts = new ListHits(List.of("half", "third", "quarter"));
        for (String text : List.of("about One-Third of them", "HALF", "two QUARTERS", "one-thirds")) {
            assertNoMatchWithoutHit(parts, fraction, text, 1, 40);
            assertTrue(parts.anyIn(text));
        }
        assertFalse(parts.anyIn("a fifth of them"));
    }

    @Test
    void anEntryOpeningWithABlankHitsEverywhere() {
        assertTrue(new ListHits(List.of(" of", "total")).anyIn("nothing here"));
        assertTrue(new ListHits(List.of()).anyIn("nothing here"));
    }
    @Test
    void theSearchByFirstCharactersAnswersAsTheScanOfEveryCharacter() throws IOException {
        List<ListHits> lists = List.of(new ListHits(LEX.list("population_words")),
                new ListHits(List.of("half", "third", "quarter", "fifth", "tenth")),
                new ListHits(List.of("Kazakh", "\u00d6lgii", "iyi")));
        String alphabet = "thirdfqualenTHIRDFQUALEN \u017f\u0130\u0131\u212a\u00d6\u00f6-";
        Random random = new Random(17);
        for (int k = 0; k < 20000; k++) {
            StringBuilder t = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                t.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (ListHits l : lists) {
                assertEquals(l.anyInByChar(t.toString()), l.anyIn(t.toString()), t.toString());
            }
        }
        for (String dir : List.of("../seeds", "src/test/resources/articles")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.sorted().toList()) {
                    for (String line : Files.readAllLines(f)) {
                        for (ListHits l : lists) {
                            assertEquals(l.anyInByChar(line), l.anyIn(line), line);
                        }
                    }
                }
            }
        }
    }
}
