package org.etrkit.datasets.tables;

import java.util.List;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.tables.DemographicsTable.Row;

/**
 * Whether a share and the count read right before it go together, for {@link PopulationStatements}: the share of
 * that count ("Kazakhs numbered some 492,000 (10.1%)", "…, 176,900 at the beginning of 2017, roughly 0.55 per cent"),
 * the count of a share before it ("made up 14.1% (190,300)"), a share right after a count, a share of "its
 * residents", and the count's place between the two ("63,100 in Ostrov-Kale, 41.2 per cent"). Moved unchanged out
 * of {@link PopulationStatements}.
 */
final class SharesOfCounts {

    private SharesOfCounts() {
    }

    private static final Pattern SPACES_BRACKET = Pattern.compile("\\s*\\(");

    /** A share's whole that is the people of the place of the count before: " of its residents", " per cent of its population". */
    private static final Pattern OF_ITS_PEOPLE = Pattern.compile("\\s*(?:per ?cent\\s+)?of (?:its|their) (?:residents|inhabitants|population|people)\\b");

    /** "of them," between a count and its share: "counted about 6.9 million of them, 23.2 per cent". */
    private static final Pattern OF_THEM_GAP = Pattern.compile("\\s+of them,\\s*(?:or\\s*)?");

    /** The place a count is in between it and its share: " in Ostrov-Kale, " of "63,100 in Ostrov-Kale, 41.2 per cent". */
    private static final Pattern PLACE_SHARE_GAP = Pattern.compile("\\s+in (?:the )?(?-i:\\p{Lu})[\\p{L}'’ -]*,\\s*(?:or\\s+)?");

    /**
     * Where a count lived between it and its share, the share of the place's people after it: " lived in Ostburg
     * itself, about " of "1,200 lived in Ostburg itself, about 2.7% of the city's 44,000 inhabitants".
     */
    private static final Pattern LIVED_IN_PLACE_SHARE_GAP = Pattern.compile("\\s+(?:lived|resided|were living|was living) in "
            + "(?:the )?(?-i:\\p{Lu})[\\p{L}'’ -]*?(?: itself| alone)?,\\s*(?:or\\s+)?(?:" + Hedges.SHARE_WORD + "\\s+)?");

    /** The share's whole as the people of a town or city: " of the city's", " per cent of the town's population". */
    private static final Pattern OF_THE_TOWNS_PEOPLE = Pattern.compile("\\s*(?:%|per ?cent)?\\s*of the (?:city|town)['’]s\\b");

    /** A share right after a count: ", or 38.9 per cent", " (4.1%)". */
    private static final Pattern SHARE_RIGHT_AFTER = Pattern.compile(
            "[\\s,(]*(?:or\\s+)?(?:(?:" + Hedges.SHARE_WORD + "|over|just)\\s+)?\\d[\\d.]*\\s*(?:%|per ?cent\\b)");

    /** A hedge between a count and its share after a comma: ", some " of "out of 14,100, some 84 per cent". */
    private static final Pattern HEDGED_SHARE_GAP = Pattern.compile(",\\s*(?:or\\s+)?" + Hedges.SHARE_WORD + "\\s+"
            + "|\\s+(?:at|by|in) the (?:beginning|start|end|middle) of \\d{4},\\s*(?:or\\s+)?(?:" + Hedges.SHARE_WORD + "\\s+)?");

    /** " of them" right after a share: a share of the count before ("150,000 people in 1914, about half of them Georgians"). */
    private static final Pattern SHARE_OF_THEM_AFTER = Pattern.compile("\\s*(?:per ?cent\\s+)?of (?:them|these|whom)\\b");

    private static final Pattern SHARE_GAP = Pattern.compile("[\\s(,]*(?:or\\s*)?");

    /**
     * A count's own year between it and its share in brackets or after a comma: " in 1959 (" of "12,400 Poles in 1959
     * (2.1%)", " in 2021, about " of "17,400 in 2021, about 0.5%".
     */
    private static final Pattern DATED_SHARE_GAP = Pattern.compile(
            ",?\\s+in \\d{4}(?:\\s*\\(\\s*|,\\s*(?:or\\s+)?(?:" + Hedges.SHARE_WORD + "\\s+)?)");

    /** Whether figure {@code q} is the count of the share read right before it in brackets: "made up 14.1% (190,300)". */
    static boolean countOfShare(Prose p, Row last, int lastEnd, Quantity q) {
        return last != null && last.population() == null
                && last.share() != null && q.unit().isEmpty() && lastEnd >= 0 && q.start() - lastEnd <= 4
                && SPACES_BRACKET.matcher(p.text).region(lastEnd, q.start()).matches();
    }

    /** Whether the share {@code q} is the share of the count read right before it: "Kazakhs numbered some 492,000 (10.1%)". */
    static boolean shareOfCount(Prose p, Row last, int lastEnd, Quantity q) {
        return last != null && last.share() == null && lastEnd >= 0
                && (q.start() - lastEnd <= 6 && SHARE_GAP.matcher(p.text).region(lastEnd, q.start()).matches()
                    || q.start() - lastEnd <= 48 && HEDGED_SHARE_GAP.matcher(p.text).region(lastEnd, q.start()).matches() // "…, 176,900 at the beginning of 2017, roughly 0.55 per cent"
                    || q.start() - lastEnd <= 24 && DATED_SHARE_GAP.matcher(p.text).region(lastEnd, q.start()).matches()
                        && !SHARE_OF_THEM_AFTER.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + 24)).lookingAt()
                    || q.start() - lastEnd <= 12 && OF_THEM_GAP.matcher(p.text).region(lastEnd, q.start()).matches()
                    || StatementPlaces.shareOfCountsPart(p, last, lastEnd, q) // "… of them in the towns, 20.9% of the urban"
                    || q.start() - lastEnd <= 60 && LIVED_IN_PLACE_SHARE_GAP.matcher(p.text).region(lastEnd, q.start()).matches()
                        && OF_THE_TOWNS_PEOPLE.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + 30)).lookingAt());
                        // "some 1,200 lived in Ostburg itself, about 2.7% of the city's 44,000 inhabitants"
    }

    /** Whether a share follows the count {@code q} right after it: ", or 38.9 per cent", " (4.1%)". */
    static boolean shareRightAfter(Prose p, Quantity q) {
        return SHARE_RIGHT_AFTER.matcher(p.after(q.end(), 24)).lookingAt();
    }

    /** Whether the share {@code q} is of the people of the place of the count before: " of its residents". */
    static boolean ofItsPeople(Prose p, Quantity q) {
        return OF_ITS_PEOPLE.matcher(p.after(q.end(), 40)).lookingAt();
    }

    /** Whether only the count's place (or a bracket, a comma) stands between the count {@code last} and the share {@code q}: "63,100 in Ostrov-Kale, 41.2 per cent". */
    static boolean countsPlaceBefore(Prose p, Row last, int lastEnd, Quantity q) {
        return q.start() - lastEnd <= 6 && SHARE_GAP.matcher(p.text).region(lastEnd, q.start()).matches()
                || q.start() - lastEnd <= 60 && PLACE_SHARE_GAP.matcher(p.text).region(lastEnd, q.start()).matches()
                    && p.text.substring(lastEnd, q.start()).contains(last.region());
    }

    /**
     * The region of a share: the place of the count it follows in apposition or of "its residents", or the urban or
     * rural part of the population named.
     */
    static String shareRegion(Prose p, Quantity q, int si, String kind, String region, Row last, int lastEnd,
            List<Row> rows) {
        if (kind.equals("share") && last != null && last.population() != null && lastEnd >= 0 && lastEnd <= q.start()
                && StatementPlaces.closesAppositive(p.text.substring(lastEnd, q.start()))) {
            region = last.region(); // "Naberezhnye Chelny, with 513,242, was 47.4 percent Tatar": the count's place
        }
        if (kind.equals("share") && last != null && last.population() != null && last.line() == p.block.at().line()
                && p.sentenceIndex(last.place().offset()) == si && lastEnd >= 0 && lastEnd <= q.start()
                && SharesOfCounts.ofItsPeople(p, q)) {
            region = last.region(); // "where some 7,000 Kazakhs were counted in 2010, about a quarter of its residents"
        }
        if (kind.equals("share")) { // "of the urban population of X": X (urban)
            region = StatementPlaces.withPart(p, q, si, region, rows.isEmpty() ? null : rows.get(rows.size() - 1));
        }
        return region;
    }

    /**
     * The place of the count a share of it follows ("Tatars numbered 63,100 in Ostrov-Kale, 41.2 per cent"), or the
     * given one.
     */
    static String regionOfCountBefore(Prose p, Quantity q, String kind, String group, String regionOfCount,
            Row last, int lastEnd) {
        if (kind.equals("share") && regionOfCount == null && last != null && last.population() != null
                && last.share() == null && group.equals(last.group()) && lastEnd >= 0 && lastEnd <= q.start()
                && SharesOfCounts.countsPlaceBefore(p, last, lastEnd, q)) {
            regionOfCount = last.region(); // "Tatars numbered 63,100 in Ostrov-Kale, 41.2 per cent": the count's place
        }
        return regionOfCount;
    }
}
