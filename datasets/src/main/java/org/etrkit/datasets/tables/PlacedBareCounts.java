package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.PlaceNames.NAME;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;

/**
 * The named place a bare figure (one with no counted noun) is tied to, in the ways a census article ranks the places
 * a people lives in: "Westburg Oblast, with 11,300, had overtaken", "had overtaken Ostvale Oblast (9,400)", "while the
 * old Tamsk Oblast, later Varna Oblast, held around 7,000", "most of them in Ostvale Okrug, which held some 5,000",
 * "Westburg Region remained the largest centre with 8,000, ahead of Ostvale Region with 6,900". The noun left out is
 * the people the paragraph counted last ({@link PopulationStatements}), not the place's whole population.
 */
final class PlacedBareCounts {

    /** The hedge a bare figure may open with, which its quantity does not always take in. */
    private static final String HEDGE = "(?:(?:" + Hedges.WORD + "|an estimated) )?";

    /** An appositive that gives a place's name at another time: ", then called Stalino,", ", now Varna,", ", formerly Tamsk,". */
    private static final String RENAMED = ", (?:then|now|later|formerly)(?: (?:called|named|renamed|known as))? [^,;:()]{1,30},";

    /**
     * A place right before the figure, tied to it by "with", a bracket, a verb of holding or a "which" clause,
     * past an appositive on the place (", later Varna Oblast,"; before "with", one that gives its name at another time:
     * "Varna, then called Stalino, with"), or a place that "remained the largest centre with".
     */
    private static final Pattern PLACE_TIED = Pattern.compile("(?<![\\p{L}'’])(" + NAME + ")(?:"
            + "(?:" + RENAMED + ")?,? with\\s+"
            + "| \\(\\s*"
            + "|(?:, [^,;:()]{1,40},)?,? (?:which (?:alone )?)?(?:held|had|numbered|housed)\\s+"
            + "| (?:remained|was|became) the (?:(?-i:\\p{Ll})+ ){0,2}(?:centre|center)(?: of [^,;:()]{1,30})? with\\s+"
            + ")" + HEDGE + "$");

    /** The share of a group of the place right after the count, which makes the count its whole: ", was 47.4 percent". */
    private static final Pattern SHARE_AFTER = Pattern.compile(",?\\s+(?:was|is|were)\\s+" + HEDGE + "\\d");

    private final PlaceNames placeNames;

    PlacedBareCounts(PlaceNames placeNames) {
        this.placeNames = placeNames;
    }

    /**
     * The place the bare figure {@code q} of sentence {@code s} is tied to, when it is a place the article names, no
     * group, month or adjective, and no share of a group of that place follows the figure (", with 513,242, was 47.4
     * percent Tatar" is the town's whole); or null.
     */
    String place(Prose p, Sentence s, Quantity q) {
        if (!q.unit().isEmpty()) {
            return null;
        }
        Matcher m = PLACE_TIED.matcher(p.text).region(Math.max(s.start(), q.start() - 100), q.start());
        if (!m.find()) {
            return null;
        }
        int end = q.end() < p.text.length() && p.text.charAt(q.end()) == ')' ? q.end() + 1 : q.end();
        if (SHARE_AFTER.matcher(p.text).region(end, Math.min(p.text.length(), end + 30)).lookingAt()) {
            return null;
        }
        String place = placeNames.placeName(m.group(1));
        return place == null || PlaceNames.isGroup(p, place) || PlaceNames.isMonth(place) || placeNames.isAdjective(place)
                || PlaceNames.LEADING.contains(place.toLowerCase(java.util.Locale.ROOT)) ? null : place;
    }
}
