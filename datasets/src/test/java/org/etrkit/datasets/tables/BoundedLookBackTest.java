package org.etrkit.datasets.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The look-backs of FigureRegion.region that start near the figure instead of at the sentence's start (issue 10) find
 * what the search from the sentence's start finds, and read a bounded stretch before a figure in a sentence without a stop.
 */
class BoundedLookBackTest {

    private static final String[] TOKENS = {"of", "Of", "whom", "them", "these", ",", ", ", " ", " ", "about", "perhaps",
        "\n", "\r\n", "x", "Ili", "Tehran", "whose", "population", ";", ":", "proof", "5", "_", "\u2028", "é"};

    private static String random(Random rng, int len) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < len; i++) {
            b.append(TOKENS[rng.nextInt(TOKENS.length)]);
        }
        return b.toString();
    }

    private static String found(Pattern p, String text, int from, int to) {
        Matcher m = p.matcher(text).region(from, to);
        return m.find() ? m.start() + "-" + m.end() + "|" + m.group() : "none";
    }

    /** The start FigureRegion.region gives WHOSE_BEFORE's search: after the comma before the last one. */
    private static int whoseFrom(String text, int statement, int to) {
        return LookBacks.afterCommas(text, statement, to, 1);
    }

    private static final String[] REGION_TOKENS = {"the", "The", "in", "In", "at", "eastern", "north-western", "district",
        "districts", "voivodeships", "town", "of", "Ostby", "Varos", "Gray Sea", "had", "numbered", "was", "where", "whose",
        ",", ", ", ", a ", "a", "near", "south", " ", " ", "  ", "\n", "\r\n", ";", ":", "5", "x", "_", "é", "(", "uyezd"};

    @Test
    void regionLookBacksFindWhatTheSentenceSearchFinds() {
        Lexicon lex = Rules.defaults().lexicon();
        PlaceNames names = new PlaceNames(lex);
        FigureRegion r = new FigureRegion(lex, names, new ArticlePlace(lex, names), new FigureGroup(lex));
        Random rng = new Random(26);
        for (int n = 0; n < 3000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = 1 + rng.nextInt(70); i > 0; i--) {
                b.append(REGION_TOKENS[rng.nextInt(REGION_TOKENS.length)]).append(rng.nextInt(3) == 0 ? "" : " ");
            }
            String text = b.toString();
            for (int from = 0; from <= Math.min(2, text.length()); from++) {
                for (int to = from; to <= text.length(); to++) {
                    int f = from;
                    int t = to;
                    assertEquals(found(r.whereBefore, text, from, to), found(r.whereBefore, text, LookBacks.whereFrom(text, from, to), to),
                            () -> "[" + f + "," + t + ") of '" + text + "'");
                    assertEquals(found(r.lowerRegionSubject, text, from, to),
                            found(r.lowerRegionSubject, text, LookBacks.lowerFrom(text, from, to, r.lowerLetters), to),
                            () -> "[" + f + "," + t + ") of '" + text + "'");
                    assertEquals(found(r.appositive, text, from, to), found(r.appositive, text, LookBacks.afterCommas(text, from, to, 1), to),
                            () -> "[" + f + "," + t + ") of '" + text + "'");
                }
            }
        }
    }

    @Test
    void boundedSearchesFindWhatTheSentenceSearchFinds() {
        Random rng = new Random(25);
        for (int n = 0; n < 4000; n++) {
            String text = random(rng, 1 + rng.nextInt(60));
            for (int from = 0; from <= Math.min(2, text.length()); from++) {
                for (int to = from; to <= text.length(); to++) {
                    int f = from;
                    int t = to;
                    assertEquals(found(FigureRegion.OF_WHOM_BEFORE, text, from, to),
                            found(FigureRegion.OF_WHOM_BEFORE, text, LookBacks.ofWhomFrom(text, from, to), to),
                            () -> "[" + f + "," + t + ") of '" + text + "'");
                    assertEquals(found(FigureRegion.WHOSE_BEFORE, text, from, to),
                            found(FigureRegion.WHOSE_BEFORE, text, whoseFrom(text, from, to), to),
                            () -> "[" + f + "," + t + ") of '" + text + "'");
                    assertEquals(Chars.lastIndexIn(text, ";", to, from), Prose.lastAtOrBefore(Prose.positionsOf(text, ';'), Math.min(to, text.length() - 1), from),
                            () -> "[" + f + "," + t + ") of '" + text + "'");
                }
            }
        }
    }

    @Test
    void aLongSentenceWithoutAStopIsReadNearEachFigure() {
        String clause = "the population of Hami was 86,651 in 1941, of whom 22,001 were Uyghurs, ";
        String text = clause.repeat(200_000 / clause.length()) + "and about 5";
        int read = 0;
        for (int at = text.indexOf("22,001"); at >= 0; at = text.indexOf("22,001", at + 1)) {
            read += at - LookBacks.ofWhomFrom(text, 0, at);
            assertTrue(at - whoseFrom(text, 0, at) < clause.length());
        }
        assertTrue(read <= 40 * (text.length() / clause.length() + 1), "read " + read);
    }
}
