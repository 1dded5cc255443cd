package org.etrkit.datasets.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** FigureRegion.listFigureBefore answers as LIST_FIGURE_BEFORE's find does, without its cubic cost on a long sentence. */
class ListFigureBeforeTest {

    private static final String[] TOKENS = {"5", "1,234", "2.5", " ", " ", "  ", ",", "and", "band", "out of", "about", "some",
        "perhaps", ";", ":", "\n", "\r\n", "x", "Ili", ".", "\t", "\u2028"};

    @Test
    void answersAsTheRegexOnRandomText() {
        Random rng = new Random(10);
        for (int n = 0; n < 20000; n++) {
            StringBuilder b = new StringBuilder();
            int len = 1 + rng.nextInt(14);
            for (int i = 0; i < len; i++) {
                b.append(TOKENS[rng.nextInt(TOKENS.length)]);
            }
            String text = b.toString();
            for (int from = 0; from <= Math.min(3, text.length()); from++) {
                for (int to = from; to <= text.length(); to++) {
                    boolean regex = FigureRegion.LIST_FIGURE_BEFORE.matcher(text).region(from, to).find();
                    assertEquals(regex, FigureRegion.listFigureBefore(text, from, to),
                            () -> "'" + text.substring(0, 0) + text + "'");
                }
            }
        }
    }

    @Test
    void aLongSentenceWithoutAStopIsReadFigureByFigure() {
        // 200 KB of one sentence: the regex's find took minutes on it (each figure tried every digit before it)
        String clause = "the population of Hami was 86,651 in 1941, of whom 22,001 were Uyghurs, ";
        String text = clause.repeat(200_000 / clause.length()) + "and about 5";
        assertEquals(true, FigureRegion.listFigureBefore(text, 0, text.length() - 1));
        int checks = 0;
        for (int at = text.indexOf("22,001"); at >= 0; at = text.indexOf("22,001", at + 1)) {
            checks += FigureRegion.listFigureBefore(text, 0, at) ? 1 : 0; // ", of whom 22,001": after "1941, of whom"
        }
        assertEquals(0, checks);
    }
}
