package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.DemographicsTable.REMAINDER;

import java.util.List;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.tables.DemographicsTable.Row;

/**
 * A bare count a census finds, its counted noun left out, goes on counting the people an earlier census of its
 * sentence or the sentence before counted: "The census of 1959 counted 41,000 Greeks; the census of 1970 found
 * 45,200" (Greeks, not all people); and a census's bare count with a share counts the people its paragraph counted
 * last ("… 47,733 Greeks in Norland …. The 1979 census counted 48,764, or 2.2%").
 */
final class CensusCounts {

    /**
     * How far before a bare count, in characters, {@link #bareCount} looks for the census counting it: room for the
     * census, an appositive on it (up to 100 characters in {@link #censusBefore}: "the 2014 census, the first since the
     * war, found") and its verb.
     */
    private static final int CENSUS_REACH = 160;

    /**
     * How far before a bare count, in characters, the readers that give it the group an earlier count named
     * ({@link #group}, {@link #groupOfCountWithShare}) look for the census counting it: the census and its verb right
     * before it ("the census of 1970 found" 45,200, "The 1979 census counted" 48,764), with room for a short appositive at
     * most; one distance for both.
     */
    private static final int CENSUS_RIGHT_BEFORE = 50;

    /** The verbs a census counts with. */
    private static final String VERBS = "(?:counted|found|recorded|registered|enumerated)";

    /** A later census of a list right before its bare count, its verb left out: ", and the 2021 census" 7,612. */
    private final Pattern censusGapped;

    /** A census as the subject right before a bare count, past an appositive on it: "the census of 1970 found", "the 1979 census recorded some", "the 2014 census, the first since the war, found". */
    private final Pattern censusBefore;

    /** A census's verb right before the count of a people it counted: "counted" 41,000 Greeks. */
    private static final Pattern VERB_BEFORE = Pattern.compile("\\b(?-i:" + VERBS + ")\\s+(?:" + Hedges.WORD + " )?$");

    /** A part of the count named right after it, which makes the count a whole: ", of whom", " among them". */
    private static final Pattern PARTS_AFTER = Pattern.compile(",?\\s+(?:of whom|of them|of these|among them|including)\\b");

    /** "the" right before a bare figure, past a hedge: "Of the" 27,500 counted in 2021. */
    private static final Pattern THE_BEFORE = Pattern.compile("\\b(?-i:the) (?:" + Hedges.WORD + " )?$");

    /** A census's verb as a participle right after a bare figure, then when or by whom: " counted in 2021". */
    private static final Pattern COUNTED_AFTER = Pattern.compile("\\s+(?-i:" + VERBS + ")\\s+(?-i:in|at|by)\\b");

    /**
     * The parts of a count named right after it that are where its people live, not which people they are: ", of
     * whom 6,100 were urban", ", of them 11,200 lived in towns".
     */
    private final Pattern placePartsAfter;

    /**
     * A people's name, a census's verb and the census's year right after a count, the clause naming no place: " Greeks
     * counted in 1989", " Greeks recorded at the census of 1989".
     */
    private static final Pattern COUNTED_IN_YEAR = Pattern.compile("(?:\\s+(?-i:\\p{Lu})[\\p{L}'’-]+)?\\s+" + VERBS
            + "\\s+(?:in|at|by) (?:the )?(?:(?:\\d{4} )?census(?: of)? )?\\d{4}\\b(?!\\s+(?:in|at) )");

    /**
     * A census as the subject of a change of level right before its bare count: "the 2011 census still showed a drop
     * to", "The 2022 census recorded a slight rise, to".
     */
    private final Pattern censusChange;

    /** The people a count counts and its share right after it: " people (1.0%)", ", or 0.9%". */
    private static final Pattern PEOPLE_SHARE_AFTER = Pattern.compile(
            "(?:\\s+(?:people|persons))?[\\s,(]*(?:or\\s+)?(?:" + Hedges.WORD + "\\s+)?\\d[\\d.]*\\s*(?:%|per ?cent\\b)");

    CensusCounts(Lexicon lex) {
        this.censusChange = lex.compile("(?-i:\\b(?:{survey_nouns})(?: of \\d{4})?(?: (?:still|also|then|only|again))? (?:" + VERBS
                + "|showed|reported) an? (?:\\p{Ll}+ )?(?:{change_nouns}),? to\\s+(?:" + Hedges.WORD + " )?$)");
        this.censusGapped = lex.compile("(?-i:(?:,|\\band) (?:the|its) (?:\\d{4} )?(?:{survey_nouns})(?: of \\d{4})?,?\\s+(?:" + Hedges.WORD + " )?$)");
        this.censusBefore = lex.compile("(?-i:\\b(?:{survey_nouns})(?: of \\d{4})?(?:, (?:the|a|an) [^,;:()\\d]{1,100},|,)? " + VERBS
                + "\\s+(?:" + Hedges.WORD + " )?$)");
        List<String> parts = new java.util.ArrayList<>(lex.list("part_headers"));
        for (String entry : lex.list("part_places")) { // "towns = urban"
            parts.add(entry.substring(0, entry.indexOf(" = ")).strip());
        }
        this.placePartsAfter = Pattern.compile(",?\\s+(?:of whom|of them|of these)\\s+(?:" + Hedges.WORD + " )?\\d[\\d,.]*"
                + "\\s+(?:(?:were|was|lived|living|resided|residing|were living) )?(?:in )?(?:the )?(?:"
                + String.join("|", parts) + ")\\b");
    }

    /**
     * Whether a bare figure ({@code q.unit()} empty) is what a census counted, "the" before it and the census's verb
     * as a participle after it: "Of the 27,500 counted in 2021, …".
     */
    static boolean countedAfter(Prose p, Quantity q) {
        return q.unit().isEmpty() && countedFigure(p, q);
    }

    /**
     * Whether a figure, with its noun or without, has "the" before it and a census's verb as a participle after it:
     * "Of the roughly 115,000 Greeks recorded in Westmark in 1926, …", "Of the 27,500 counted in 2021, …". Said of a
     * people's noun ({@link FigureGroup#isGroupWord}), it counts that people where and when it was recorded.
     */
    static boolean countedFigure(Prose p, Quantity q) {
        return THE_BEFORE.matcher(p.before(q.start(), 20)).find()
                && COUNTED_AFTER.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + 20)).lookingAt();
    }

    /**
     * Whether the figure is a census's bare count ({@code q.unit()} empty; "the census counted 21,000", "the 27,500
     * counted in 2021") with no part of it named after it but where its people live: in an article on a people, the
     * census counts that people ("Twelve years later the 2021 census counted 21,000, a fall of 6,500"; "counted
     * 9,420, of whom 6,100 were urban"), not the whole population, which a census's count names ("6.5 million
     * inhabitants", "of whom 80 per cent were Uyghurs").
     */
    boolean bareCount(Prose p, Quantity q) {
        return changeCount(p, q) || q.unit().isEmpty() && (censusBefore.matcher(p.before(q.start(), CENSUS_REACH)).find() || countedAfter(p, q))
                && (!PARTS_AFTER.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + 20)).lookingAt()
                    || placePartsAfter.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + 80)).lookingAt());
    }

    /**
     * Whether the figure is the level a census's change reached ("the 2011 census still showed a drop to 47,310, or
     * 0.9%", "recorded a slight rise, to 49,806 people (1.0%)"), bare or of people with its share right after it: in
     * an article on a people, the level of that people, not of the whole population, which no share of itself follows.
     */
    boolean changeCount(Prose p, Quantity q) {
        boolean people = q.unit().equalsIgnoreCase("people") || q.unit().equalsIgnoreCase("persons");
        return (q.unit().isEmpty() || people && PEOPLE_SHARE_AFTER.matcher(p.text).region(q.end(), p.text.length()).lookingAt())
                && censusChange.matcher(p.before(q.start(), 100)).find();
    }

    /**
     * Whether a people's count is one a census of a year counted, with no place after it ("Of the 41,200 Greeks counted
     * in 1989, …"): the census's country's count, not one of the place the paragraph named last.
     */
    static boolean countedInYear(Prose p, Quantity q) {
        return COUNTED_IN_YEAR.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + 60)).lookingAt();
    }

    /**
     * The group of the people an earlier census of the figure's sentence or the one before counted, when the figure
     * is a census's bare count ({@code q.unit()} empty), its verb written or left out (", and the 2021 census 7,612"),
     * and the group it was given is All; else null.
     */
    String group(Prose p, Quantity q, int si, List<Row> rows) {
        if (!q.unit().isEmpty() || !censusBefore.matcher(p.before(q.start(), CENSUS_RIGHT_BEFORE)).find()
                && !censusGapped.matcher(p.before(q.start(), 40)).find()) {
            return null;
        }
        for (int i = rows.size() - 1; i >= 0; i--) {
            Row r = rows.get(i);
            int at = r.place().offset();
            if (r.line() != p.block.at().line() || at >= q.start() || si - p.sentenceIndex(at) > 1) {
                return null;
            }
            if (r.population() != null && !r.group().equals("All") && !r.group().equals(REMAINDER)
                    && VERB_BEFORE.matcher(p.before(at, 30)).find()) {
                return r.group();
            }
        }
        return null;
    }

    /**
     * The group of a census's bare count that a share follows ("The 1979 census counted 48,764, or 2.2%"): a count
     * with a share is a people's, not the whole's, so it goes on counting the people its paragraph counted last;
     * else null.
     */
    String groupOfCountWithShare(Prose p, Quantity q, List<Row> rows) {
        if (!q.unit().isEmpty() || !censusBefore.matcher(p.before(q.start(), CENSUS_RIGHT_BEFORE)).find() || !SharesOfCounts.shareRightAfter(p, q)) {
            return null;
        }
        for (int i = rows.size() - 1; i >= 0; i--) {
            Row r = rows.get(i);
            if (r.line() != p.block.at().line() || r.place().offset() >= q.start()) {
                return null;
            }
            if (r.population() != null && !r.group().equals("All") && !r.group().equals(REMAINDER)) {
                return r.group();
            }
        }
        return null;
    }
}
