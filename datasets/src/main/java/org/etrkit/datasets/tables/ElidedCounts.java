package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.DemographicsTable.REMAINDER;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;
import org.etrkit.datasets.tables.DemographicsTable.Row;

/**
 * Population counts whose counted noun is left out, read as the people a row before counted or a clause before a colon
 * names: "Ostburg had 9,980 Greek residents. Eastburg, the capital, had about 2,900.", "…; 16,200 lived in Georgia,
 * 9,400 in Azerbaijan", "Few Greeks lived in Norland then: the census recorded 42 in …". Split out of
 * {@link PopulationStatements} unchanged.
 */
final class ElidedCounts {

    /** A verb of counting right before a bare figure, its counted noun left out: "had about" 2,900, "counted just over". */
    private static final Pattern ELLIPTIC_COUNT_BEFORE = Pattern.compile(
            "\\b(?-i:had|has|numbered|counted)\\s+(?:(?:just|only) )?(?:(?:" + Hedges.WORD + "|only|just|under) )?$");

    /**
     * The end of a sentence or clause right after a bare figure, or a later place of its list, or where most of the
     * people counted live: "had about 2,900.", "had 3,100 and Westburg", "had 3,100 and the Lake Region", "counted 5,200,
     * mostly in Kolka".
     */
    private static final Pattern CLAUSE_ENDS_AFTER = Pattern.compile("(?:, or (?:" + Hedges.WORD + " )?[\\d.]+ ?(?:%|per ?cent))?\\s*(?:[.;]|$|,? and (?:the )?(?-i:\\p{Lu})"
            + "|, (?:mostly|mainly|chiefly|largely|most of them) (?:in|at|on|around) )");

    /** An existential clause right before a bare figure: "by 1979 there were 29,831". */
    private static final Pattern THERE_WERE = Pattern.compile("\\b(?-i:there) (?:were|was)\\s+(?:" + Hedges.WORD + " )?$");

    /** A verb of residence after a people's name: " lived" of "Very few Greeks lived in Norland". */
    private final Pattern livedBefore;
    private final FigureKinds figureKinds;
    private final FigureGroup figureGroups;

    ElidedCounts(Lexicon lex, FigureKinds figureKinds, FigureGroup figureGroups) {
        this.livedBefore = lex.compile("(?-i:(?<=\\p{L}) (?:{residence_verbs})\\b)");
        this.figureKinds = figureKinds;
        this.figureGroups = figureGroups;
    }

    /**
     * The group of a count read as everyone's ("All") that counts, in fact, the people the row before counted, or the
     * people named before a colon: "…; 16,200 lived in Georgia, 9,400 in Azerbaijan", "Eastburg, the capital, had about
     * 2,900.", "Few Greeks lived in Norland then: the census recorded 42 in …". Moved unchanged out of {@link PopulationStatements#read}.
     */
    String groupOfCountBefore(Prose p, Sentence s, Quantity q, int si, String kind, String group, List<Row> rows) {
        Row previousRow = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        if (group.equals("All") && kind.equals("count") && q.unit().isEmpty() && previousRow != null
                && !previousRow.group().equals("All") && !previousRow.group().equals(REMAINDER)
                && previousRow.line() == p.block.at().line() && previousRow.place().offset() < q.start()
                && p.sentenceIndex(previousRow.place().offset()) == si
                && (figureKinds.livesInNamedPlace(p, q) || THERE_WERE.matcher(p.before(q.start(), 30)).find() || figureKinds.remainsAfter(p, q))
                && figureGroups.groupBefore(p, q.start()) == null) {
            // "…, where they made up 1.5 per cent; 16,200 lived in Georgia, 9,400 in Azerbaijan"; "…; by 1979 there were 29,831"
            group = previousRow.group();
        }
        if (group.equals("All") && kind.equals("count") && q.unit().isEmpty() && previousRow != null
                && previousRow.population() != null && !previousRow.group().equals("All") && !previousRow.group().equals(REMAINDER)
                && previousRow.line() == p.block.at().line() && previousRow.place().offset() < q.start()
                && si - p.sentenceIndex(previousRow.place().offset()) <= 1
                && ELLIPTIC_COUNT_BEFORE.matcher(p.before(q.start(), 30)).find()
                && CLAUSE_ENDS_AFTER.matcher(p.text).region(q.end(), p.text.length()).lookingAt()
                && figureGroups.groupBefore(p, q.start()) == null && !PartsOfWholes.wholeCountedNear(p, rows, si)) {
            // "Ostburg had 9,980 Greek residents. Eastburg, the capital, had about 2,900.": the noun left out is the one counted before
            group = previousRow.group();
        }
        if (group.equals("All") && kind.equals("count") && q.unit().isEmpty()) {
            String before = peopleLivedBeforeColon(p, s, q);
            group = before != null ? before : group; // "Few Greeks lived in Norland then: the census recorded 42 in …"
        }
        return group;
    }

    /**
     * The people a sentence says lived somewhere before a colon that opens the clause of a bare count ("Very few
     * Greeks lived in Norland before the war: the 1926 census recorded 42 in …"): the count is of them; or null.
     */
    String peopleLivedBeforeColon(Prose p, Sentence s, Quantity q) {
        int colon = Chars.lastIndexIn(p.text, ":", q.start(), s.start() + 1); // read back to the sentence's start only
        if (colon <= s.start() || Chars.lastIndexIn(p.text, ",", q.start(), colon + 1) >= 0
                || Chars.lastIndexIn(p.text, ";", q.start(), colon + 1) >= 0) {
            return null; // no colon in the sentence before the figure, or another clause between
        }
        Matcher lived = livedBefore.matcher(p.text).region(s.start(), colon);
        return lived.find() ? figureGroups.groupBefore(p, lived.start()) : null;
    }

    /**
     * The last row of the paragraph's line that counts a people (not All or the remainder) in the figure's sentence or
     * the one before, before the figure; or null.
     */
    static Row peopleCountedBefore(Prose p, Quantity q, int si, List<Row> rows) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            Row r = rows.get(i);
            int at = r.place().offset();
            if (r.line() != p.block.at().line() || at >= q.start() || si - p.sentenceIndex(at) > 1) {
                return null;
            }
            if (r.population() != null && !r.group().equals("All") && !r.group().equals(REMAINDER)) {
                return r;
            }
        }
        return null;
    }
}
