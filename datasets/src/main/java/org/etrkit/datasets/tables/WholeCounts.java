package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.DemographicsTable.REMAINDER;

import java.util.List;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.tables.DemographicsTable.Row;

/**
 * Counts of a place's whole that a statement gives beside a part of it: "1.3% of a total population of 4,000,000",
 * "41.2 per cent of the region's 153,200 inhabitants", and the part a later level continues ("by 1999 the number had
 * fallen to 38,000"). Split out of {@link PopulationStatements} unchanged.
 */
final class WholeCounts {

    /** The number of the people counted as the subject of a level: "the number had risen to", "their numbers fell to". */
    private static final Pattern NUMBER_SUBJECT = Pattern.compile("\\b(?:[Tt]he|[Tt]heir) numbers?\\b[^,;:]{0,40}$");

    /**
     * Right before a count that is a whole's total: "a total population of about", "Karafuto's population of", "0.8%
     * of the population of".
     */
    private final Pattern wholeCountBefore;
    /** A place's whole by its kind's noun right before a count: "per cent of the region's", "of the city's about". */
    private final Pattern possessiveWhole;

    WholeCounts(Lexicon lex) {
        this.possessiveWhole = lex.compile("(?-i:\\bof the (?:{admin_words}|{settlement_nouns})['’]s (?:(?:about|some|around|roughly|nearly|over|almost) )?$)");
        this.wholeCountBefore = lex.compile("(?-i:(?:\\b(?:{whole_modifiers})|\\p{L}['’]s|\\b(?:its|their)|\\bof the)\\s+"
                + "(?:{share_wholes}) of(?: \\p{Ll}+){0,2} ?$)");
    }

    /** Whether the text right before a count makes it a whole's total: "a total population of about", "Karafuto's population of". */
    boolean countsWhole(Prose p, Quantity q) {
        return wholeCountBefore.matcher(p.before(q.start(), 60)).find();
    }

    /**
     * The region of everyone's count given as a place's whole ("… 41.2 per cent of the region's 153,200 inhabitants"):
     * that of the count before it in its sentence, else the given one. Moved unchanged out of {@link PopulationStatements#read}.
     */
    String regionOfWhole(Prose p, Quantity q, int si, String kind, String group, String region, List<Row> rows) {
        Row counted = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        if (kind.equals("count") && group.equals("All") && counted != null && !counted.region().isEmpty()
                && counted.population() != null && counted.line() == p.block.at().line()
                && p.sentenceIndex(counted.place().offset()) == si && counted.place().offset() < q.start()
                && possessiveWhole.matcher(p.before(q.start(), 40)).find()) {
            region = counted.region(); // "… in Ostrov-Kale, 41.2 per cent of the region's 153,200 inhabitants": that place's
        }
        return region;
    }

    /**
     * The count a level continues: the count merged with its share before, or, where that was the whole and a part of
     * it was counted right before ("… counted 52,000 Greeks, 1.3% of a total population of 4,000,000; by 1999 the number
     * had fallen to 38,000"), that part. Moved unchanged out of {@link PopulationStatements#read}.
     */
    Row levelFrom(Prose p, Quantity q, boolean levelled, Row last, Row estimated, List<Row> rows) {
        Row levelFrom = last != null ? last : estimated; // the count merged with its share before, if any
        int fromAt = levelFrom == null ? -1 : rows.lastIndexOf(levelFrom);
        Row partOfFrom = fromAt > 0 ? rows.get(fromAt - 1) : null;
        if (levelled && levelFrom != null && levelFrom.group().equals("All") && partOfFrom != null && partOfFrom.population() != null
                && !partOfFrom.group().equals("All") && !partOfFrom.group().equals(REMAINDER)
                && partOfFrom.line() == levelFrom.line()
                && p.sentenceIndex(partOfFrom.place().offset()) == p.sentenceIndex(levelFrom.place().offset())
                && (SharesOfCounts.shareRightAfter(p, q) || NUMBER_SUBJECT.matcher(p.before(q.start(), 60)).find()
                    && wholeCountBefore.matcher(p.before(levelFrom.place().offset(), 60)).find())) {
            // "… counted 52,000 Greeks, 1.3% of a total population of 4,000,000; by 1999 the number had fallen to
            // 38,000": the number of the people counted, not the whole
            // "… 41.2 per cent of the region's 153,200 inhabitants. By 2012 the figure had fallen to 58,400, or
            // 38.9 per cent": the whole is 100%, so a level given with a share is the group's
            levelFrom = partOfFrom;
        }
        return levelFrom;
    }
}
