package org.etrkit.datasets.tables;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;

/**
 * The citizenship a count or share of residents is said to hold, which is its group ({@link PopulationStatements}):
 * "410,000 were Westlandic citizens (90.1%)" ({@code Westlandic citizen}), "some 21,000 (4.6%) held Polish
 * citizenship" ({@code Polish citizen}), "14,000 had undetermined citizenship", "60,000 residents … were left
 * without any citizenship", "the number of stateless residents fell to 14,000" ({@code Stateless}), "the remaining
 * 10,000 were citizens of other countries" ({@code Other}).
 */
final class CitizenshipGroups {

    /** The group of residents who hold no citizenship. */
    static final String STATELESS = "Stateless";

    /**
     * Right after a figure, past a share in brackets, a noun, "of the population" or an appositive: a verb and the
     * citizenship held (" were Polish citizens", " held Polish citizenship", " had undetermined citizenship",
     * " were left without any citizenship", " were citizens of other countries").
     */
    private static final Pattern AFTER = Pattern.compile("^%?(?:\\s*\\([^()]{1,40}\\))?(?: (?-i:\\p{Ll})+)?(?: of the (?-i:\\p{Ll})+)?"
            + "(?:,[^,;:()]{1,60},)?\\s+(?:were|was|are|is|held|hold|had|have|took|kept)(?: (?:left|still|then|now))?\\s+(?:"
            + "(?<people>(?-i:\\p{Lu})[\\p{L}'’-]+) (?:citizens|citizenship)"
            + "|(?<none>(?:undetermined|undefined|no|without any|without) citizenship|stateless)"
            + "|(?<other>citizens of (?:other|foreign) (?:countries|states)))\\b");

    /** Right before a share in brackets: "were Westlandic citizens (", "held Polish citizenship (". */
    private static final Pattern BEFORE_SHARE = Pattern.compile("\\b(?:were|was|are|is|held|hold|had|have) "
            + "(?<people>(?-i:\\p{Lu})[\\p{L}'’-]+) (?:citizens|citizenship)\\s*\\(\\s*$");

    /** "the number of stateless residents has fallen to" right before a figure, in its clause. */
    private static final Pattern STATELESS_BEFORE = Pattern.compile("\\b(?:number|count|total) of stateless\\b[^,;:()\\d]{0,80}$");

    private CitizenshipGroups() {
    }

    /**
     * Words one of which every match of {@link #AFTER}, {@link #BEFORE_SHARE} and {@link #STATELESS_BEFORE} holds, less
     * their first letter, so that either case of it is found ("citizens", "citizenship", "stateless"): a new
     * alternative of them must hold one too ({@code CitizenshipGroups} test in {@code DemographicsGroupNamesTest}).
     */
    private static final List<String> KEY_WORDS = List.of("itizen", "tateless");

    /** How far before a figure's start and after its end the patterns of {@link #named} read. */
    private static final int BEFORE = 100;
    private static final int AFTER_END = 160;

    /** The citizenship group of figure {@code q} ({@code "Polish citizen"}, {@link #STATELESS}, "Other"), or null. */
    static String group(Prose p, Quantity q) {
        return mayName(p.text, q) ? named(p, q) : null; // most figures have no citizenship word near
    }

    /**
     * The pre-check of {@link #group}: whether a word of {@link #KEY_WORDS} stands in the text its patterns read,
     * from {@link #BEFORE} characters before the figure to {@link #AFTER_END} after it; where none does, {@link
     * #named} finds no match.
     */
    static boolean mayName(String text, Quantity q) {
        int from = Math.max(0, q.start() - BEFORE);
        int to = Math.min(text.length(), q.end() + AFTER_END);
        for (String w : KEY_WORDS) {
            if (Chars.indexIn(text, w, from, to - w.length() + 1) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** {@link #group} without its pre-check. */
    static String named(Prose p, Quantity q) {
        Matcher m = AFTER.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + AFTER_END));
        if (m.lookingAt()) {
            return m.group("people") != null ? m.group("people") + " citizen"
                    : m.group("none") != null ? STATELESS : DemographicsTable.REMAINDER;
        }
        Matcher share = BEFORE_SHARE.matcher(p.text).region(Math.max(0, q.start() - 60), q.start());
        if (share.find()) {
            return share.group("people") + " citizen";
        }
        return STATELESS_BEFORE.matcher(p.before(q.start(), BEFORE)).find() ? STATELESS : null;
    }
}
