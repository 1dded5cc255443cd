package org.etrkit.datasets.tables;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;

/**
 * Two figures joined by "and" that share the unit after the second and pair with two names joined by "and" before
 * them, in order: "with Ukrainians and Greeks next at 2.5 and 2.4 percent" (2.5 per cent Ukrainians, 2.4 Greeks).
 */
final class PairedFigures {

    private PairedFigures() {
    }

    /** " and 2.4 percent" right after a bare figure: the share unit the two figures share. */
    private static final Pattern SHARE_AFTER_NEXT = Pattern.compile("\\s+and\\s+\\d+(?:\\.\\d+)?\\s*(?:per ?cent|%)");
    /** A bare figure and " and " right before a figure: the first of the pair. */
    private static final Pattern FIRST_BEFORE = Pattern.compile("\\d(?:[\\d.,]*\\d)?\\s+and\\s+$");
    /** What may stand between the second name of the pair and the first figure: "next at", "at", "with". */
    private static final Pattern NAMES_TO_FIGURES = Pattern.compile("(?:\\s+\\p{Ll}+){0,3}\\s+$");

    /** Whether a bare figure shares the per cent of the figure after it ("2.5 and 2.4 percent"): a share. */
    static boolean sharesNextPercent(Prose p, Quantity q) {
        return q.unit().isEmpty() && SHARE_AFTER_NEXT.matcher(p.after(q.end(), 24)).lookingAt();
    }

    /**
     * The group of a share of such a pair: the first of the two groups joined by "and" right before the pair for the
     * first figure, the second for the second; else null.
     */
    static String group(Prose p, Quantity q) {
        boolean first = sharesNextPercent(p, q);
        int pairStart = q.start();
        if (!first) {
            Matcher m = FIRST_BEFORE.matcher(p.before(q.start(), 24));
            if (!q.unit().equalsIgnoreCase("percent") || !m.find()) {
                return null;
            }
            pairStart = q.start() - (p.before(q.start(), 24).length() - m.start());
        }
        int from = Math.max(p.clauseStart(pairStart), pairStart - 80);
        List<Prose.Name> names = p.namesIn(from, pairStart);
        if (names.size() < 2) {
            return null;
        }
        Prose.Name a = names.get(names.size() - 2);
        Prose.Name b = names.get(names.size() - 1);
        if (!a.isGroup() || !b.isGroup() || !p.text.substring(a.end(), b.start()).equals(" and ")
                || !NAMES_TO_FIGURES.matcher(p.text.substring(b.end(), pairStart)).matches()) {
            return null;
        }
        return first ? a.group() : b.group();
    }

    /** " and 3,900 respectively" right after a figure: the first of a pair that "respectively" gives to two places. */
    private static final Pattern RESPECTIVELY_AFTER_NEXT = Pattern.compile("\\s+and\\s+(?:about |some )?\\d[\\d.,]*\\s+respectively\\b");
    /** " respectively" right after a figure. */
    private static final Pattern RESPECTIVELY_AFTER = Pattern.compile("\\s+respectively\\b");
    /** Two places joined by "and", with the plural of their kind: "in Ostvale and Westburg counties". */
    private static final Pattern TWO_PLACES = Pattern.compile(
            "\\bin (?:the )?((?-i:\\p{Lu})[\\p{L}'’-]+) and ((?-i:\\p{Lu})[\\p{L}'’-]+)(?: (counties|districts|oblasts|provinces|prefectures|regions))?\\b");
    /**
     * Two places joined by "and" as the last item of a list, right before the pair, its verb left out: "…, Norby 2,900,
     * and Eastham and Southby around" 1,700 and 1,100 respectively.
     */
    private static final Pattern TWO_LISTED_PLACES = Pattern.compile(
            "(?:,|\\band) (?:the )?((?-i:\\p{Lu})[\\p{L}'’-]+) and ((?-i:\\p{Lu})[\\p{L}'’-]+)(?: (?:with )?" + Hedges.WORD + ")?\\s*$");

    /**
     * The place of a figure of a pair "respectively" gives to two places joined by "and" before it, in its clause ("in
     * Ostvale and Westburg counties, with about 6,800 and 3,900 respectively": Ostvale County, Westburg County), or
     * right before it as a list's last item ("…, and Eastham and Southby around 1,700 and 1,100 respectively"); else null.
     */
    static String place(Prose p, Quantity q) {
        Respective pair = q.unit().isEmpty() ? respective(p, q) : null;
        if (pair == null) {
            return null;
        }
        boolean first = pair.first();
        int pairStart = pair.start();
        int from = Math.max(p.sentence(p.sentenceIndex(pairStart)).start(), pairStart - 120);
        Matcher listed = TWO_LISTED_PLACES.matcher(p.text).region(from, pairStart);
        if (listed.find() && !PlaceNames.isGroup(p, listed.group(1)) && !PlaceNames.isGroup(p, listed.group(2))) {
            return first ? listed.group(1) : listed.group(2);
        }
        Matcher two = TWO_PLACES.matcher(p.text).region(from, pairStart);
        String found = null;
        while (two.find()) {
            String kind = two.group(3) == null ? "" : " " + singular(two.group(3));
            found = (first ? two.group(1) : two.group(2)) + kind;
        }
        return found;
    }

    /** Where a pair "respectively" gives out starts, and whether the figure is its first. */
    private record Respective(int start, boolean first) {
    }

    /** The pair "respectively" gives out that a bare figure is part of ("6,800 and 3,900 respectively"), or null. */
    private static Respective respective(Prose p, Quantity q) {
        if (RESPECTIVELY_AFTER_NEXT.matcher(p.after(q.end(), 40)).lookingAt()) {
            return new Respective(q.start(), true);
        }
        Matcher m = FIRST_BEFORE.matcher(p.before(q.start(), 24));
        if (!RESPECTIVELY_AFTER.matcher(p.after(q.end(), 16)).lookingAt() || !m.find()) {
            return null;
        }
        return new Respective(q.start() - (p.before(q.start(), 24).length() - m.start()), false);
    }

    /** Two years joined by "and" ("those of 1970 and 1979"), the last such pair before a pair of figures. */
    private static final Pattern TWO_YEARS = Pattern.compile("\\b(1[6-9]\\d\\d|20\\d\\d) and (1[6-9]\\d\\d|20\\d\\d)\\b(?![\\d,.])");

    /**
     * The year of a figure of a pair "respectively" gives to two years joined by "and" before it in its clause ("those
     * of 1970 and 1979 counted 31,700 and 25,464 respectively": 1970, 1979); else {@code year}.
     */
    static Integer respectiveYear(Prose p, Quantity q, Integer year) {
        Respective pair = q.unit().isEmpty() ? respective(p, q) : null;
        if (pair == null) {
            return year;
        }
        int from = Math.max(p.clauseStart(pair.start()), pair.start() - 120);
        Matcher two = TWO_YEARS.matcher(p.text).region(from, pair.start());
        Integer found = year;
        while (two.find()) {
            found = Integer.valueOf(pair.first() ? two.group(1) : two.group(2));
        }
        return found;
    }

    /** "County" of "counties", "District" of "districts": the kind of one place, as its name writes it. */
    private static String singular(String plural) {
        String one = plural.endsWith("ies") ? plural.substring(0, plural.length() - 3) + "y" : plural.substring(0, plural.length() - 1);
        return Character.toUpperCase(one.charAt(0)) + one.substring(1);
    }
}
