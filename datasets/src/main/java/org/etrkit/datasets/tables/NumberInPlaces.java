package org.etrkit.datasets.tables;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;

/**
 * The place a count's subject names with "in": "the number in Westmark fell to 3,100 in 1970 and to 2,900 in 1989",
 * "the total in the Ostvale Oblast stood at 41,000". The subject says where the level was counted, even when the
 * sentence named another place before it ("The 1959 census counted 9,200 Greeks in the Soviet Union; the number in
 * Westmark fell to …").
 */
final class NumberInPlaces {

    /** From the statement's start to the figure: "the number in X" as the subject, then a verb of level. */
    private final Pattern numberIn;
    private final PlaceNames placeNames;

    NumberInPlaces(Lexicon lex, PlaceNames placeNames) {
        this.placeNames = placeNames;
        this.numberIn = lex.compile("(?-i:\\b[Tt]he (?:number|total|count|figure|share|proportion)(?: of (?:them|these|"
                + "\\p{Lu}\\p{L}+))? in (?:the )?(" + PlaceNames.NAME + ") (?:had |has )?(?:{level_verbs}|{level_stand_verbs}"
                + "|was|were)\\b[^;:.]{0,60}$)");
    }

    /** The subject nouns of {@link #numberIn}, after its "[Tt]he" (an exact pre-test: the pattern needs one). */
    private static final String[] SUBJECT_NOUNS = {"he number", "he total", "he count", "he figure", "he share", "he proportion"};

    /** True when one of {@link #SUBJECT_NOUNS} starts between {@code from} and {@code to} (binary searches). */
    private static boolean subjectNounBefore(Prose p, int from, int to) {
        for (String noun : SUBJECT_NOUNS) {
            if (p.lastIndexOf(noun, to - 1, from) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The place of the figure's subject "the number in X" in its statement (past a semicolon); else null. */
    String place(Prose p, Sentence s, Quantity q) {
        int statement = Math.max(s.start(), p.lastIndexOf(";", q.start(), s.start()) + 1);
        if (p.lastIndexOf(" in ", q.start(), statement) < 0 || !subjectNounBefore(p, statement, q.start())) {
            return null; // no "in" or no "the number/total/…" in the statement before the figure: nothing to match
        }
        Matcher m = numberIn.matcher(p.text).region(statement, q.start());
        if (!m.find()) {
            return null;
        }
        String place = placeNames.placeName(m.group(1));
        return place != null && !PlaceNames.isGroup(p, place) && !PlaceNames.isMonth(place) ? place : null;
    }
}
