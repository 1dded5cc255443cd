package org.etrkit.datasets.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Searching only where a pattern's matches can start finds what {@link Matcher#find()} finds, in order. */
class StartsTest {

    private static final String NAME = "\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)*";

    /** Every match of {@code p} in {@code text} by {@code find()}: offsets and groups. */
    private static List<String> byFind(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(describe(m));
        }
        return out;
    }

    private static List<String> byStarts(Starts starts, Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Starts.matcher(p, text);
        for (int at = 0; (at = starts.find(m, text, at)) >= 0; ) {
            out.add(describe(m));
        }
        return out;
    }

    private static String describe(Matcher m) {
        StringBuilder s = new StringBuilder(m.start() + "-" + m.end());
        for (int g = 1; g <= m.groupCount(); g++) {
            s.append('/').append(m.start(g)).append('-').append(m.end(g));
        }
        return s.toString();
    }

    /** {@code random.nextInt(max)} characters of {@code alphabet} (a surrogate half is one) drawn at random. */
    private static String randomText(Random random, String alphabet, int max) {
        StringBuilder t = new StringBuilder();
        for (int i = random.nextInt(max); i > 0; i--) {
            t.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return t.toString();
    }

    /** {@code random.nextInt(max)} of {@code pieces} drawn at random, one after the other. */
    private static String randomText(Random random, List<String> pieces, int max) {
        StringBuilder t = new StringBuilder();
        for (int i = random.nextInt(max); i > 0; i--) {
            t.append(pieces.get(random.nextInt(pieces.size())));
        }
        return t.toString();
    }

    private static final List<String> TEXTS = List.of(
            "Troops fell back to Harbin and Kirin; Changchun's garrison fled into Mukden.",
            "in Ili, at\u00a0Kulja, INTO Tacheng, to\tUrumqi; Minto Hall, sat Down, _in Foo, 3at Bar, ınto Xinjiang",
            "Chiang Kai-shek and Mao Zedong met at Chongqing’s airport; Ürümqi fell; Δelta fell",
            "\uD835\uDC00 fell at \uD835\uDC00bc and Foo; x\u0301in Bar, é in Baz",
            "Kazakh and Uighur and Hui and Mongol; Ili's; Altai’s and Tarbagatai's", "", "A", "in",
            "fled into  Mukden, at \n\tKulja, from\r\nIli, near\fTacheng, on\u000BAltai, to x Y, in  ");

    private static List<Pattern> placePatterns() {
        Rules.PlacePatterns pp = Rules.defaults().placePatterns();
        return List.of(pp.before(), pp.joined(), pp.owner(), Pattern.compile("(?<![\\p{L}-])(" + NAME + ")\\s+fell\\b"));
    }

    @Test
    void capitalsFindTheMatchesOfNamePatternsThatFindFinds() throws IOException {
        List<String> texts = new ArrayList<>(TEXTS);
        texts.add(SeedTexts.all());
        for (Pattern p : placePatterns()) {
            for (String t : texts) {
                assertEquals(byFind(p, t), byStarts(Starts.UPPERCASE, p, t), p + " in " + t.substring(0, Math.min(40, t.length())));
            }
        }
    }

    @Test
    void wordStartsOfAListFindTheMatchesOfItsAlternationBehindAWordBoundary() throws IOException {
        Rules.PlacePatterns pp = Rules.defaults().placePatterns();
        List<String> texts = new ArrayList<>(TEXTS);
        texts.add(SeedTexts.all());
        Lexicon lex = Rules.defaults().lexicon();
        Pattern caseInsensitive = Pattern.compile("\\b(?:" + lex.alternation("place_prepositions") + ")\\s+(" + NAME + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (String t : texts) {
            assertEquals(byFind(pp.after(), t), byStarts(pp.afterStarts(), pp.after(), t));
            // compiled case-insensitive, \p{Lu} takes any cased letter: only the first letters tell where it starts
            assertEquals(byFind(caseInsensitive, t),
                    byStarts(Starts.ofEntries(lex.list("place_prepositions"), true), caseInsensitive, t));
        }
        assertFalse(byFind(pp.after(), TEXTS.get(1)).isEmpty());
    }

    @Test
    void randomTextsOfTheTrickyCharactersFindTheSame() {
        Rules.PlacePatterns pp = Rules.defaults().placePatterns();
        String alphabet = "inatoNIAT KkHf'’_-s\u0131\u0130\u212a\u0301Ü\uD835\uDC00\n";
        Random random = new Random(7);
        for (int k = 0; k < 3000; k++) {
            String text = randomText(random, alphabet, 30);
            for (Pattern p : placePatterns()) {
                assertEquals(byFind(p, text), byStarts(Starts.UPPERCASE, p, text), p + " in " + text);
            }
            assertEquals(byFind(pp.after(), text), byStarts(pp.afterStarts(), pp.after(), text), text);
        }
    }

    @Test
    void wordsBeforeANameAreTriedOnlyNearACapitalAfterBlanks() {
        // entries of four lengths; texts of their letters, blanks and capitals, where most candidate places lie far
        // from the next capital after a blank or nearer to it than an entry's length
        List<String> entries = List.of("in", "at", "from", "around", "of", "near");
        Starts starts = Starts.ofWordsBeforeName(entries);
        Pattern sensitive = Pattern.compile("\\b(?:" + String.join("|", entries) + ") ((?-i:\\p{Lu})[\\p{L}'’-]+)");
        Pattern blanks = Pattern.compile("\\b(?i:" + String.join("|", entries) + ")\\s+(" + NAME + ")");
        List<String> pieces = List.of("in", "at", "from", "around", "of", "near", "IN", "Near", "Kulja", "Ili", "K",
                "x", "o", "a", "fr", "-", "'", " ", " ", " ", "  ", "\t", "\n", "\u00a0");
        Random random = new Random(11);
        int found = 0;
        for (int k = 0; k < 5000; k++) {
            String text = randomText(random, pieces, 30);
            for (Pattern p : List.of(sensitive, blanks)) {
                List<String> expected = byFind(p, text);
                assertEquals(expected, byStarts(starts, p, text), p + " in " + text);
                found += expected.size();
                int from = text.isEmpty() ? 0 : random.nextInt(text.length());
                int to = from + random.nextInt(text.length() - from + 1);
                Matcher whole = p.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
                Matcher m = Starts.matcher(p, text);
                int at = starts.findWithin(m, text, from, to);
                assertEquals(whole.find(), at >= 0, p + " in [" + from + ", " + to + ") of " + text);
                if (at >= 0) {
                    assertEquals(describe(whole), describe(m), p + " in [" + from + ", " + to + ") of " + text);
                }
            }
        }
        assertTrue(found > 300, "matches: " + found);
    }

    private static List<String> beforeMark(Pattern p, String text, java.util.function.IntUnaryOperator nextMark) {
        List<String> out = new ArrayList<>();
        Matcher m = Starts.matcher(p, text);
        for (int at = 0; (at = Starts.UPPERCASE.findBeforeMark(m, text, at, nextMark)) >= 0; ) {
            out.add(describe(m));
        }
        return out;
    }

    private static int nextApostrophe(String t, int from) {
        int a = t.indexOf('\'', from);
        int b = t.indexOf('’', from);
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    @Test
    void namesBeforeAMarkAreFoundInTheRunBeforeEachMark() throws IOException {
        Rules.PlacePatterns pp = Rules.defaults().placePatterns();
        List<String> texts = new ArrayList<>(TEXTS);
        texts.add(SeedTexts.all());
        texts.add("Foo and Bar and Baz; Qux-Quux and and Zed and; Mc Arthur's and O'Neil's, Ab Cd and Ef");
        Random random = new Random(5);
        String alphabet = "AB ab and ' ’s-,\uD835\uDC00K\u0130";
        for (int k = 0; k < 4000; k++) {
            texts.add(randomText(random, alphabet, 40));
        }
        int found = 0;
        for (String t : texts) {
            List<String> joined = byFind(pp.joined(), t);
            assertEquals(joined, beforeMark(pp.joined(), t, i -> t.indexOf(" and ", i)), t);
            List<String> owner = byFind(pp.owner(), t);
            assertEquals(owner, beforeMark(pp.owner(), t, i -> nextApostrophe(t, i)), t);
            found += joined.size() + owner.size();
        }
        assertTrue(found > 100, "matches to compare: " + found);
    }

    @Test
    void aRegionIsSearchedOnlyAtItsWordStartsWithTheSameAnswer() throws IOException {
        Lexicon lex = Rules.defaults().lexicon();
        Pattern p = lex.compile("\\b(?:{population_words})\\b");
        Starts starts = Starts.ofEntries(lex.list("population_words"), true);
        String text = SeedTexts.all();
        int found = 0;
        for (int width : new int[] {40, 400}) {
            for (int from = 0; from + 1 < text.length(); from += 7) {
                int to = Math.min(text.length(), from + width);
                boolean expected = p.matcher(text).region(from, to).find();
                assertEquals(expected, starts.findIn(p.matcher(text), text, from, to), from + "-" + to);
                found += expected ? 1 : 0;
            }
        }
        assertTrue(found > 100, "windows with a match: " + found);
        List<String> pieces = List.of("census", "TOTAL", "of", "whom", " ", "_", "1", "x", "-", "\u0301", "\u0300",
                "\u017fhare", "\u00e9");
        Random random = new Random(3);
        for (int k = 0; k < 3000; k++) {
            String r = randomText(random, pieces, 7);
            for (int from = 0; from <= r.length(); from++) {
                for (int to = from; to <= r.length(); to++) {
                    assertEquals(p.matcher(r).region(from, to).find(), starts.findIn(p.matcher(r), r, from, to),
                            r + " " + from + "-" + to);
                }
            }
        }
    }

    @Test
    void aRegionWithTransparentBoundsIsSearchedOnlyAtTheSetsCharacters() throws IOException {
        String text = SeedTexts.all();
        int found = 0;
        for (Pattern p : placePatterns()) {
            for (int from = 0; from + 1 < text.length(); from += 53) {
                int end = Math.min(text.length(), from + 150);
                Matcher plain = Starts.matcher(p, text).region(from, end);
                Matcher starts = Starts.matcher(p, text);
                boolean expected = plain.find();
                int next = Starts.UPPERCASE.findWithin(starts, text, from, end);
                assertEquals(expected, next >= 0, p + " " + from);
                if (expected) {
                    assertEquals(describe(plain), describe(starts));
                    found++;
                }
            }
        }
        assertTrue(found > 100, "regions with a match: " + found);
    }

    @Test
    void aListWithAnEntryStartingWithNoLetterIsSearchedEverywhere() {
        assertSame(Starts.ANYWHERE, Starts.ofEntries(List.of("in", " at"), true));
        assertSame(Starts.ANYWHERE, Starts.ofEntries(List.of(), true));
        Pattern p = Pattern.compile("(?:|x)");
        assertEquals(byFind(p, "axb"), byStarts(Starts.ANYWHERE, p, "axb"));
    }

    @Test
    void aPlaceWhoseFirstTwoLettersBeginNoEntryIsNotTried() {
        Starts starts = Starts.ofEntries(List.of("to", "in", "a", "more than", "as?k"), true);
        assertFalse(starts.mayOpenAt("the town", 0, 8)); // "th" begins neither "to" nor another entry
        assertTrue(starts.mayOpenAt("To the town", 0, 11));
        assertFalse(starts.mayOpenAt("it", 0, 2));
        assertTrue(starts.mayOpenAt("an army", 0, 7)); // "a" is an entry of one letter
        assertTrue(starts.mayOpenAt("moſe", 0, 4));
        assertTrue(starts.mayOpenAt("tſ", 0, 2)); // past ASCII: a case-insensitive pattern may take it for a letter
        assertFalse(starts.mayOpenAt("t", 0, 1)); // no second character before the end
    }

    @Test
    void entriesOfOneLetterBlanksAndOptionalLettersFindWhatFindFinds() {
        List<String> entries = List.of("to", "in", "a", "more than", "as?k", "K9", "of");
        Starts starts = Starts.ofEntries(entries, true);
        Pattern insensitive = Pattern.compile("\\b(?:" + String.join("|", entries).replace(" ", "\\s+") + ")\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Pattern sensitive = Pattern.compile("\\b(?:" + String.join("|", entries) + ")\\b");
        String alphabet = "toinamreThKk9sf \t\n\u017f\u212a\u0131\u0130\u0301_-";
        Random random = new Random(13);
        int found = 0;
        for (int k = 0; k < 5000; k++) {
            String text = randomText(random, alphabet, 16);
            for (Pattern p : List.of(insensitive, sensitive)) {
                List<String> expected = byFind(p, text);
                assertEquals(expected, byStarts(starts, p, text), p + " in " + text);
                found += expected.size();
                for (int from = 0; from <= text.length(); from++) {
                    int to = from + random.nextInt(text.length() - from + 1);
                    assertEquals(p.matcher(text).region(from, to).find(), starts.findIn(p.matcher(text), text, from, to),
                            p + " in [" + from + ", " + to + ") of " + text);
                }
            }
        }
        assertTrue(found > 200, "matches: " + found);
    }
}
