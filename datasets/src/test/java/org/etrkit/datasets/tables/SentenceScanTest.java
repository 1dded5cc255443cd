package org.etrkit.datasets.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * SentenceScan finds what a region's own scan finds from the sentence's start to any offset (issue 10: the readers
 * scanned from the sentence's start for every figure, quadratic in a sentence without a stop), for the patterns the
 * readers give it, and rescans only a bounded tail for each offset.
 */
class SentenceScanTest {

    private static final String[] JOIN_TOKENS = {";", ":", ",", " ", " ", "and", "but", "while", "whereas", "band",
        "andes", "x", "Ili", "\n", "5", "_"};
    private static final String[] LATER_TOKENS = {"a", "an", "one", "ten", "12", "1", "the following", "the next", "year",
        "years", "decade", "decades", "later", "after", "The Following", "A", "x", "_", "é", " ", " ", " ", ",", ".", "\t"};

    private static String random(Random rng, String[] tokens, int len) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < len; i++) {
            b.append(tokens[rng.nextInt(tokens.length)]);
        }
        return b.toString();
    }

    private static List<String> regionScan(Pattern pattern, String text, int start, int to) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text).region(start, to);
        while (m.find()) {
            out.add(describe(m));
        }
        return out;
    }

    private static String describe(MatchResult m) {
        StringBuilder b = new StringBuilder().append(m.start()).append('-').append(m.end());
        for (int g = 0; g <= m.groupCount(); g++) {
            b.append('|').append(m.group(g));
        }
        return b.toString();
    }

    private static void checkAll(Pattern pattern, int maxRead, String[] tokens, long seed) {
        Random rng = new Random(seed);
        for (int n = 0; n < 3000; n++) {
            String text = random(rng, tokens, 1 + rng.nextInt(90));
            for (int start = 0; start <= Math.min(2, text.length()); start++) {
                int end = start + rng.nextInt(text.length() - start + 1);
                SentenceScan scan = new SentenceScan(pattern, maxRead, text, start, end);
                for (int to = start; to <= end; to++) {
                    List<String> got = new ArrayList<>();
                    for (MatchResult m : scan.upTo(to)) {
                        got.add(describe(m));
                    }
                    int t = to;
                    int st = start;
                    assertEquals(regionScan(pattern, text, start, to), got, () -> "[" + st + "," + t + ") of '" + text + "'");
                }
            }
        }
    }

    @Test
    void clauseJoinsAsTheRegionFindsThem() {
        checkAll(FigureRegion.CLAUSE_JOIN, FigureRegion.CLAUSE_JOIN_READ, JOIN_TOKENS, 10);
    }

    @Test
    void yearsLaterAsTheRegionFindsThem() {
        checkAll(LaterYears.YEARS_LATER, LaterYears.YEARS_LATER_READ, LATER_TOKENS, 11);
    }

    @Test
    void aLongSentenceWithoutAStopIsRescannedOnlyNearEachFigure() {
        String clause = "the Ili rebels lost 3,100 men killed and 2,400 wounded near Hami in 1944, four years later ";
        String text = clause.repeat(200_000 / clause.length()) + "and about 5";
        SentenceScan scan = new SentenceScan(FigureRegion.CLAUSE_JOIN, FigureRegion.CLAUSE_JOIN_READ, text, 0, text.length());
        SentenceScan later = new SentenceScan(LaterYears.YEARS_LATER, LaterYears.YEARS_LATER_READ, text, 0, text.length());
        int figures = 0;
        for (int at = text.indexOf("2,400"); at >= 0; at = text.indexOf("2,400", at + 1)) {
            figures++;
            if (figures % 25 == 0) {
                assertEquals(regionScan(FigureRegion.CLAUSE_JOIN, text, 0, at).size(), scan.upTo(at).size());
            } else {
                scan.upTo(at);
            }
            assertTrue(later.upTo(at).size() >= figures - 1);
        }
        // each figure rescans at most maxRead characters and a word, not the sentence before it
        assertTrue(scan.rescanned <= figures * (FigureRegion.CLAUSE_JOIN_READ + 20L), "rescanned " + scan.rescanned);
        assertTrue(later.rescanned <= figures * (LaterYears.YEARS_LATER_READ + 20L), "rescanned " + later.rescanned);
    }
}
