package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.DemographicsTable.REMAINDER;

import java.util.List;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.tables.DemographicsTable.Row;

/**
 * What the whole a population statement counts before gives to its parts: the group a list of places after a colon
 * counts ("9,100 Greeks, 0.2 percent of a population of 5,300,000: 6,500 in Ostvale Region"), and the state a share
 * of "the republic's population" places its count in.
 */
final class PartsOfWholes {

    private PartsOfWholes() {
    }

    /** The whole of a share as the people of the article's state: " of the republic's population", " of the country's people". */
    private static final Pattern OF_THE_STATES_PEOPLE = Pattern.compile(
            "\\s*(?:per ?cent\\s+)?of the (?:republic|country)['’]s (?:population|inhabitants|people)\\b");

    /** A share of the article's state's people, their count given or not: " per cent of the republic's 1,648,000 people". */
    private static final Pattern SHARE_OF_STATES_PEOPLE = Pattern.compile(
            "\\s*(?:per ?cent\\s+)?of the (?:republic|country)['’]s (?:[\\d,.]+ (?:million )?)?(?:population|inhabitants|people)\\b");

    /** "of the republic's" right before a count: the whole of the article's state ("of the republic's 1,648,000 people"). */
    private static final Pattern STATES_WHOLE_BEFORE = Pattern.compile("\\bof the (?:republic|country)['’]s (?:" + Hedges.WORD + " )?$");

    /**
     * Whether the figure is "of the republic's" people, a count or a share: the whole state's, never the urban or rural
     * part a count before it named ("… 11,100 in towns, and they formed 2.5 per cent of the republic's 1,648,000 people").
     */
    static boolean ofTheStatesWhole(Prose p, Quantity q) {
        return q.unit().equalsIgnoreCase("percent") ? SHARE_OF_STATES_PEOPLE.matcher(p.after(q.end(), 50)).lookingAt() : STATES_WHOLE_BEFORE.matcher(p.before(q.start(), 40)).find();
    }

    /** Whether the share {@code q} is of the people of the article's state: "1.9 percent of the republic's population". */
    static boolean ofTheStatesPeople(Prose p, Quantity q) {
        return OF_THE_STATES_PEOPLE.matcher(p.after(q.end(), 40)).lookingAt();
    }

    /**
     * The group of a count that opens a list after a colon right after the whole a group's share is of: that group
     * ("9,100 Greeks, 0.2 percent of a population of 5,300,000: 6,500 in Ostvale Region", the Greeks of Ostvale); else
     * null.
     */
    static String colonPartsGroup(Prose p, Quantity q, int si, List<Row> rows) {
        if (rows.isEmpty() || !PopulationStatements.afterColon(p.text, q.start())) {
            return null;
        }
        Row whole = rows.get(rows.size() - 1);
        Row share = rows.size() >= 2 ? rows.get(rows.size() - 2) : null;
        if (whole.group().equals("All") && share != null && !share.group().equals("All") && !share.group().equals(REMAINDER)
                && share.population() != null && share.share() != null && share.line() == whole.line()
                && p.sentenceIndex(share.place().offset()) == si && p.sentenceIndex(whole.place().offset()) == si) {
            return share.group();
        }
        return null;
    }

    /** Between a share and the whole it is of: "1.9% of a population of", "0.4% of the republic's", "2% of its". */
    private static final Pattern SHARE_OF_A_WHOLE = Pattern.compile("(?:\\d|%|\\bper ?cent)\\)?\\s+of (?:its|their|the|an?) "
            + "(?:\\p{L}+['’]s |total |whole )?(?:(?:population|people|inhabitants) of )?(?:" + Hedges.WORD + " )?$");

    /**
     * The group whose count and share the last row's whole follows in its sentence ("counted 224,713 Greeks, 1.4% of its
     * 16,009,597 people", "found 39,981 Greeks, 1.9% of a population of 2.1 million"), which the parts counted next ("Of them, 147,718 lived in …") divide, not the whole; else the
     * last row's group.
     */
    static String partsGroup(Prose p, List<Row> rows) {
        Row whole = rows.get(rows.size() - 1);
        Row share = rows.size() >= 2 ? rows.get(rows.size() - 2) : null;
        if (whole.group().equals("All") && share != null && !share.group().equals("All") && !share.group().equals(REMAINDER)
                && share.population() != null && share.share() != null && share.line() == whole.line()
                && p.sentenceIndex(share.place().offset()) == p.sentenceIndex(whole.place().offset())
                && (FigureGroup.OF_THE_WHOLE.matcher(p.before(whole.place().offset(), 40)).find()
                    || SHARE_OF_A_WHOLE.matcher(p.before(whole.place().offset(), 40)).find())) {
            return share.group();
        }
        return whole.group();
    }

    /**
     * Whether a row of the paragraph's sentence {@code si} or the one before counts a whole (All): then a count whose
     * noun is left out may count those inhabitants ("265,000 inhabitants, among them 3,000 Chinese, while Seoul had
     * 1,446,019"), not the people counted last; a whole of the sentence before is none once the figure's own sentence
     * has counted a people after it ("… of its 21,000 inhabitants, 81% were Greeks. Ostburg had 9,600 Greeks, while
     * Tamsk Region counted 5,200": Greeks).
     */
    static boolean wholeCountedNear(Prose p, List<Row> rows, int si) {
        boolean peopleInSentence = false; // a people counted in the figure's own sentence, after any whole before it
        for (int i = rows.size() - 1; i >= 0; i--) {
            Row r = rows.get(i);
            int rs = p.sentenceIndex(r.place().offset());
            if (r.line() != p.block.at().line() || si - rs > 1) {
                return false;
            }
            if (r.group().equals("All")) {
                return rs == si || !peopleInSentence;
            }
            peopleInSentence |= rs == si && !r.group().equals(DemographicsTable.REMAINDER);
        }
        return false;
    }
}
