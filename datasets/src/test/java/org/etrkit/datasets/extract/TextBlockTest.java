package org.etrkit.datasets.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.etrkit.datasets.parse.Article;
import org.etrkit.datasets.parse.ArticleParser;
import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TextBlockTest {

    private static TextBlock paragraph(String text) {
        Article a = ArticleParser.parse("p.txt", "= T =\n\n" + text + "\n");
        return Extractor.analyze(a).get(0);
    }

    private static EventDate eventDate(TextBlock b, int sentence) {
        return b.eventDate(b.sentences().get(sentence)).orElseThrow();
    }

    @Test
    void aDayWithoutYearTakesTheYearOfTheParagraph() {
        TextBlock b = paragraph("The siege began in September 1944. The garrison surrendered on 3 October.");
        EventDate d = eventDate(b, 1);
        assertEquals("1944-10-03", d.iso());
        assertEquals(1944, d.year());
        assertEquals("3 October", d.mention().text());
        assertEquals("September 1944", d.yearFrom().text());
        assertEquals(EventDate.Basis.YEAR_FROM_PARAGRAPH, d.basis());
        assertEquals("year from paragraph", d.basis().code());
    }

    @Test
    void aSentenceWithItsOwnYearIsDatedByItself() {
        TextBlock b = paragraph("The siege began in September 1944. The garrison surrendered on 3 October 1945.");
        EventDate d = eventDate(b, 1);
        assertEquals("1945-10-03", d.iso());
        assertEquals(EventDate.Basis.SENTENCE, d.basis());
        assertEquals(d.mention(), d.yearFrom());
    }

    @Test
    void anEarlierMonthFallsInTheNextYear() {
        TextBlock b = paragraph("Fighting resumed in December 1944. On 3 January the town fell. On 5 February"
                + " the army withdrew. In the night of 6–7 March the rebels attacked.");
        assertEquals("1945-01-03", eventDate(b, 1).iso());
        assertEquals("1945-02-05", eventDate(b, 2).iso());
        assertEquals("1945-03-06/1945-03-07", eventDate(b, 3).iso());
        assertEquals("December 1944", eventDate(b, 3).yearFrom().text());
    }

    @Test
    void aDayInTheSameMonthStaysInTheSameYear() {
        TextBlock b = paragraph("On 7 November 1944 the rebels took Ghulja. On 3 November they had crossed.");
        assertEquals("1944-11-03", eventDate(b, 1).iso());
    }

    @Test
    void noYearIsGuessedAfterAnIntervalOfYearsOrWithoutAnyYear() {
        TextBlock b = paragraph("The war lasted from 1944 to 1946. On 3 October the town fell.");
        assertEquals(Optional.empty(), b.eventDate(b.sentences().get(1)));
        TextBlock none = paragraph("On 3 October the town fell. Then it rained.");
        assertEquals(Optional.empty(), none.eventDate(none.sentences().get(0)));
        assertEquals(Optional.empty(), none.dateFor(none.sentences().get(1)));
    }

    @Test
    void aFigureInAnUndatedSentenceIsDatedByTheLastEarlierDate() {
        TextBlock b = paragraph("The siege began in September 1944. On 3 October 500 men surrendered."
                + " Another 200 men fled.");
        EventDate d = b.dateFor(b.sentences().get(2)).orElseThrow();
        assertEquals("1944-10-03", d.iso());
        assertEquals(EventDate.Basis.EARLIER_SENTENCE, d.basis());
        assertEquals("3 October", d.mention().text());
    }

    @Test
    void firstDateInSkipsDatesWithoutYear() {
        TextBlock b = paragraph("On 3 October, the army, formed in 1943, attacked.");
        assertEquals("1943", b.firstDateIn(b.sentences().get(0)).iso());
        TextBlock none = paragraph("On 3 October it rained.");
        assertNull(none.firstDateIn(none.sentences().get(0)));
    }

    @Test
    void sentenceAndQuantityAtAnOffset() {
        String text = "First 5 men came. Then 7 tanks came.";
        TextBlock b = paragraph(text);
        assertEquals("Then 7 tanks came.", b.sentenceAt(text.indexOf("tanks")).text());
        assertEquals("7 tanks", b.quantityAt(text.indexOf("tanks")).orElseThrow().text());
        assertEquals(Optional.empty(), b.quantityAt(text.indexOf("Then")));
    }

    @Test
    void columnsCountCharactersNotChars() {
        String text = "Then \uD83D\uDE00 5 men and \uD83D\uDE00\uD83D\uDE00 7 tanks.";
        TextBlock b = paragraph(text);
        for (int offset = 0; offset <= text.length(); offset++) {
            assertEquals(b.at().column() + text.codePointCount(0, offset), b.column(offset), "offset " + offset);
        }
    }

    /** The indexed look-ups answer what a scan of every sentence and date answers. */
    @Property(tries = 300)
    void lookUpsAnswerWhatAFullScanAnswers(@ForAll("paragraphs") String text) {
        TextBlock b = paragraph(text);
        for (Sentence s : b.sentences()) {
            DateMention first = null;
            for (DateMention d : b.dates()) {
                if (d.hasYear() && d.start() >= s.start() && d.start() < s.end()) {
                    first = d;
                    break;
                }
            }
            assertEquals(first, b.firstDateIn(s));
            DateMention last = null;
            for (DateMention d : b.dates()) {
                if (d.hasYear() && d.end() <= s.start()) {
                    last = d;
                }
            }
            assertEquals(Optional.ofNullable(last), b.lastDateWithYearBefore(s.start()));
            Optional<EventDate> e = b.eventDate(s);
            e.ifPresent(d -> assertTrue(s.contains(d.mention().start()) && d.iso().startsWith(
                    Integer.toString(d.year()))));
        }
        for (int offset = 0; offset < text.length(); offset++) {
            Sentence expected = null;
            for (Sentence s : b.sentences()) {
                if (s.contains(offset)) {
                    expected = s;
                }
            }
            if (expected != null) {
                assertEquals(expected, b.sentenceAt(offset));
            }
            Quantity covering = null;
            for (Quantity q : b.quantities()) {
                if (q.start() <= offset && offset < q.end()) {
                    covering = q;
                }
            }
            assertEquals(Optional.ofNullable(covering), b.quantityAt(offset));
        }
    }

    @Provide
    Arbitrary<String> paragraphs() {
        return Arbitraries.of("On 3 October", "in 1944", "in December 1945", "from 1944 to 1946", "5 men",
                "about 7 tanks", "the army", "6–7 March", "fled", ".", ". ", ", ", " ", "It rained", "12 May")
                .list().ofMinSize(1).ofMaxSize(25).map(l -> "Then " + String.join(" ", l) + ".");
    }

    @Property
    void lastStartingAtOrBeforeAnswersWhatAFullScanAnswers(
            @ForAll("sortedStarts") List<Integer> starts, @ForAll("offsets") int offset) {
        int scan = -1;
        for (int i = 0; i < starts.size(); i++) {
            if (starts.get(i) <= offset) {
                scan = i;
            }
        }
        assertEquals(scan, TextBlock.lastStartingAtOrBefore(starts.size(), starts::get, offset));
    }

    @Provide
    Arbitrary<List<Integer>> sortedStarts() {
        return Arbitraries.integers().between(0, 60).list().ofMaxSize(12)
                .map(l -> l.stream().sorted().toList());
    }

    @Provide
    Arbitrary<Integer> offsets() {
        return Arbitraries.integers().between(-2, 65);
    }
}
