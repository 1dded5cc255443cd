package org.etrkit.datasets.tables;

import java.util.regex.Pattern;

/**
 * Men who hold a place a side moves on or attacks, for {@link NearestNameInClause} and {@link SidesBeyondClause}: "the
 * 9th Division moved on Lindau, held by Wen's 4th Army Corps of fewer than 8,000 men" (a figure after ", held by" is the
 * holders', not the mover's), and "Some 1,900 of the defenders were killed" after a sentence in which a side attacked a
 * place "held by" others (the defenders are the attacked side's).
 */
final class DefendedPlaces {

    private DefendedPlaces() {
    }

    /** ", held by ", ", defended by ", ", garrisoned by ": the holders of the place named before. */
    private static final Pattern HELD_BY = Pattern.compile(", (?:held|defended|garrisoned) by ");

    /** A verb of attacking a place, or a place named as held by others. */
    private static final Pattern ATTACKED_PLACE = Pattern.compile(
            "\\b(?:attacked|stormed|assaulted|besieged|moved on|advanced on|marched on)\\b|, (?:held|defended|garrisoned) by ");

    /** "… of the defenders", "400 defenders": the figure's noun phrase counts defenders. */
    private static final Pattern DEFENDERS = Pattern.compile("^[^.;:]{0,30}?\\bdefenders\\b");

    /** Where ", held by " between {@code from} and {@code to} ends, or -1. */
    static int heldByEnd(Prose p, int from, int to) {
        java.util.regex.Matcher m = HELD_BY.matcher(p.text).region(from, to);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }

    /** Whether {@code text[from, to)} attacks a place or names one held by others. */
    static boolean attackedPlace(Prose p, int from, int to) {
        return ATTACKED_PLACE.matcher(p.text).region(from, to).find();
    }

    /** Whether the figure at {@code start} counts defenders ("Some 1,900 of the defenders"). */
    static boolean countsDefenders(Prose p, int start) {
        return DEFENDERS.matcher(p.text).region(start, Math.min(p.text.length(), start + 40)).find();
    }
}
