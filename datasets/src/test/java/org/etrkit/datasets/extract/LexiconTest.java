package org.etrkit.datasets.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The recognizers and the placeholder pattern know exactly the words of the lexicon, and the README lists them. */
class LexiconTest {

    private static final Pattern QUANTITY = Pattern.compile(Lexicon.quantityRegex());

    @Test
    void theHedgeRegexMatchesExactlyEachHedgeBeforeAFigure() {
        Pattern hedge = Pattern.compile(Lexicon.hedgeBeforeRegex());
        Lexicon.hedgesBefore().keySet().forEach(h -> assertTrue(hedge.matcher(h).matches(), h));
        for (String no : List.of("or more", "between", "abou", "the", "more")) {
            assertTrue(!hedge.matcher(no).matches(), no);
        }
        assertEquals(0, hedge.matcher("about").groupCount());
    }

    @Test
    void everyHedgeBeforeAFigureGivesItsQualifier() {
        Lexicon.hedgesBefore().forEach((hedge, qualifier) ->
                assertOneFigure("The army had " + hedge + " 300 tanks.", qualifier, hedge + " 300 tanks"));
    }

    @Test
    void everyHedgeAfterAFigureGivesItsQualifier() {
        Lexicon.hedgesAfter().forEach((hedge, qualifier) -> {
            String written = "300" + (hedge.startsWith("-") ? "" : " ") + hedge;
            assertOneFigure("The army had " + written + " tanks.", qualifier, written + " tanks");
        });
    }

    /** {@code text} holds one figure, {@code written} as written, with {@code qualifier}. */
    private static void assertOneFigure(String text, Qualifier qualifier, String written) {
        List<Quantity> qs = Quantities.find(text);
        assertEquals(1, qs.size(), text);
        assertEquals(qualifier, qs.get(0).qualifier(), text);
        assertEquals(written, qs.get(0).text());
    }

    @Test
    void aHedgeAfterThatStartsTheNextFigureIsNotTaken() {
        List<Quantity> qs = Quantities.find("It had 100 and over 200 men.");
        assertEquals(List.of(Qualifier.EXACT, Qualifier.MORE_THAN), qs.stream().map(Quantity::qualifier).toList());
    }

    @Test
    void everyNumberAndScaleWordIsRead() {
        Lexicon.numberWords().forEach((word, value) -> {
            if (value > 1) {
                assertEquals(List.of((double) value), values("They had " + word + " horses."), word);
            }
        });
        Lexicon.scaleWords().forEach((word, factor) -> {
            assertEquals(List.of(3.0 * factor), values("They had 3 " + word + " horses."), word);
            assertEquals(List.of((double) factor), values("They had a " + word + " horses."), word);
        });
    }

    @Test
    void everyCurrencySignGivesItsUnit() {
        Lexicon.currencySigns().forEach((sign, unit) -> {
            List<Quantity> qs = Quantities.find("It cost " + sign + "5 million.");
            assertEquals(1, qs.size(), sign);
            assertEquals(unit, qs.get(0).unit());
            assertEquals(5_000_000.0, qs.get(0).value());
        });
    }

    @Test
    void everyIdentifierNounMakesTheNumberAfterItAName() {
        for (String noun : Lexicon.identifierNouns()) {
            String capital = Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
            assertEquals(List.of(), Quantities.find(capital + " 12 was signed."), noun);
            assertEquals(List.of(), Quantities.find("It was in " + noun + " 12 of the text."), noun);
        }
    }

    @Test
    void noVerbIsEverTheCountedNoun() {
        for (String verb : Lexicon.verbs()) {
            List<Quantity> qs = Quantities.find("Then 3,000 cavalry " + verb + " the town.");
            assertEquals("cavalry", qs.get(0).unit(), verb);
        }
    }

    private static List<Double> values(String text) {
        return Quantities.find(text).stream().map(Quantity::value).toList();
    }

    // ---- the placeholder pattern

    @Test
    void thePlaceholderPatternMatchesWhereEachExampleQuantityStarts() {
        for (String text : List.of("no more than 200 men", "It sent as many as 120 aircraft.", "an estimated 3,000",
                "aged 18 or over", "a dozen men", "half a million rubles", "a quarter of a million rubles",
                "one and a half million rubles", "one hundred and fifty guns", "US$3 million", "−5,000 rubles",
                "between 8,000 and 9,500 horsemen", "some 2,000–3,000 troops", "2,000-odd troops", "52.1 per cent",
                "1.5 million million dollars", "c. 500 tanks", "2½ million", "twenty-five thousand")) {
            assertMatchesAtEveryQuantity(text);
        }
    }

    @Property(tries = 1000)
    void thePlaceholderPatternMatchesWhereEveryQuantityStarts(@ForAll("prose") String text) {
        assertMatchesAtEveryQuantity(text);
    }

    private static void assertMatchesAtEveryQuantity(String text) {
        for (Quantity q : Quantities.find(text)) {
            Matcher m = QUANTITY.matcher(text).region(q.start(), text.length());
            assertTrue(m.lookingAt(), () -> "pattern does not match '" + q.text() + "' in: " + text);
        }
    }

    @Provide
    Arbitrary<String> prose() {
        List<String> words = new java.util.ArrayList<>(List.of("5", "1,000", "2.5", "$3", "\u22124", "a", "half",
                "dozen", "two", "forty-two", "hundred", "and", "to", "\u2013", "men", "of", "%", "percent"));
        words.addAll(Lexicon.hedgesBefore().keySet());
        words.addAll(Lexicon.hedgesAfter().keySet());
        words.addAll(Lexicon.scaleWords().keySet());
        return Arbitraries.of(words).list().ofMinSize(1).ofMaxSize(12).map(l -> String.join(" ", l));
    }

    // ---- the README

    /** The README's qualifier convention lists exactly the lexicon's hedges, by qualifier. */
    @Test
    void theReadmeListsExactlyTheLexiconsHedges() throws IOException {
        Path readme = Path.of(System.getProperty("etr.root", "..")).resolve("README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int from = text.indexOf("- `qualifier` is how the article hedges a figure");
        assertTrue(from >= 0, "README has no qualifier convention");
        int to = text.indexOf("\n- ", from + 1);
        String paragraph = text.substring(from, to).replaceAll("\\s*\n\\s*", " ");
        Map<String, Set<String>> readmeWords = new LinkedHashMap<>();
        Matcher m = Pattern.compile("`([a-z_]+)` \\(([^)]*)\\)").matcher(paragraph);
        while (m.find()) {
            Set<String> words = new TreeSet<>();
            if (!m.group(2).equals("no hedge")) {
                for (String part : m.group(2).split("; after it: ")) {
                    words.addAll(Arrays.asList(part.split(", ")));
                }
            }
            readmeWords.put(m.group(1), words);
        }
        Map<String, Set<String>> lexiconWords = new LinkedHashMap<>();
        for (Qualifier q : Qualifier.values()) {
            lexiconWords.put(q.code(), new TreeSet<>());
        }
        Lexicon.hedgesBefore().forEach((h, q) -> lexiconWords.get(q.code()).add(h));
        Lexicon.hedgesAfter().forEach((h, q) -> lexiconWords.get(q.code()).add(h));
        assertEquals(lexiconWords, readmeWords);
    }
}
