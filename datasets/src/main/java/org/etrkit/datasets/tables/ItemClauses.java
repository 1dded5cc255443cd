package org.etrkit.datasets.tables;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.tables.TransferWords.Transfer;

/**
 * How far the clause of an item reaches, for {@link TransferWords#transferFor}: a list of objects that goes on after a
 * relative clause (", who trained the militia, and some 300 doctors"), a short form in brackets that does not end the
 * clause ("the Military Advisory Group (KMAG) served"), a transfer noun that is a word of a name ("Advisory"), and the
 * clause an aside in brackets resumes ("in 1972 (about 30 million rubles), in 1974 (45 million rubles)"), and people a verb of equipping provides
 * with goods ("was equipped with Soviet weapons").
 */
final class ItemClauses {

    private ItemClauses() {
    }

    /**
     * True when the last relative clause in {@code [from, to)} ends with a comma and "and" right before the figure at
     * {@code to}, with at most a hedge word between (", who trained the militia, and some "): the figure is one more
     * object of the verb before the relative clause, not the relative clause's own.
     */
    static boolean resumesAfterRelative(String text, int from, int to) {
        Matcher m = TransferWords.RELATIVE.matcher(text).region(from, to);
        int last = -1;
        while (m.find()) {
            last = m.end();
        }
        return last >= 0 && RESUMED_LIST.matcher(text).region(last, to).find();
    }

    /**
     * True when the transfer noun is written with a capital and stands between two capitalised words ("the Military
     * Advisory Group"): a word of a name, not a transfer.
     */
    static boolean insideCapitalisedName(String text, Transfer t) {
        if (!Character.isUpperCase(text.charAt(t.start()))) {
            return false;
        }
        int b = Chars.backOverSpaces(text, t.start());
        int a = t.end();
        while (a < text.length() && text.charAt(a) == ' ') {
            a++;
        }
        return b > 0 && b < t.start() && Chars.isLetter(text.charAt(b - 1))
                && Character.isUpperCase(text.charAt(Chars.letterRunStart(text, b)))
                && a > t.end() && a < text.length() && Character.isUpperCase(text.charAt(a));
    }

    /**
     * The end of a short form in brackets at {@code at} ("(KMAG)", "(ANP)"), which names what the words before it name
     * and does not end the clause; {@code at} when there is none.
     */
    static int shortFormEnd(String text, int at) {
        Matcher m = ACRONYM_IN_BRACKETS.matcher(text).region(at, text.length());
        return m.lookingAt() ? m.end() : at;
    }

    /**
     * The start of the clause that {@code cs} resumes after a short form in brackets closed right before it, after a
     * capitalised word ("the Norwegian Refugee Council (NRC) had sent": the short form names the words before it and
     * ends no clause); {@code cs} when there is none.
     */
    static int beforeShortForm(Prose p, int cs) {
        String text = p.text;
        int open = cs > 1 && text.charAt(cs - 1) == ')' ? text.lastIndexOf('(', cs - 1) : -1;
        if (open < 2 || shortFormEnd(text, open) != cs || text.charAt(open - 1) != ' ') {
            return cs;
        }
        int b = Chars.letterRunStart(text, open - 1);
        return b < open - 1 && Character.isUpperCase(text.charAt(b)) ? p.clauseStart(open) : cs;
    }

    /** "(KMAG)", "(ANP)": a short form in brackets. */
    private static final Pattern ACRONYM_IN_BRACKETS = Pattern.compile("\\(\\p{Lu}[\\p{Lu}\\d-]{1,9}\\)");

    /** ", and some ": a comma, "and" and a hedge word at the end of a relative clause, right before a figure. */
    private static final Pattern RESUMED_LIST = Pattern.compile(
            ",\\s+and\\s+(?:(?:some|about|around|roughly|nearly|over|almost|more\\s+than|up\\s+to)\\s+)?$");

    /** ", in 1974 (": between two bracketed sums, a comma and a year, and the bracket. */
    private static final Pattern DATED_ASIDE_GAP = Pattern.compile(",\\s+(?:and\\s+)?(?:in\\s+)?\\d{4}\\s*\\(");

    /**
     * The start of the clause that {@code cs} resumes after brackets closed right before it ("700 aircraft (MiG-21
     * fighters among them), and some 7,000 guns": the clause goes on after the aside), within the sentence.
     */
    static int beforeAsides(Prose p, int cs, int sentenceStart) {
        while (cs > sentenceStart && p.text.charAt(cs - 1) == ')') {
            int open = p.text.lastIndexOf('(', cs - 2);
            if (open < sentenceStart) {
                break;
            }
            cs = p.clauseStart(open);
        }
        return cs;
    }

    /** True when {@code [from, to)} is ", in 1974 (": a comma and a year between two bracketed sums. */
    static boolean datedAsideGap(String text, int from, int to) {
        return DATED_ASIDE_GAP.matcher(text).region(from, to).matches();
    }

    /**
     * True when {@code t} is a passive verb of equipping followed by "with" ("was equipped almost entirely with Soviet
     * weapons"): the people before it receive what comes after "with", they are not given.
     */
    static boolean providedWith(String text, Transfer t) {
        return t.passive() && EQUIP_VERBS.contains(t.word())
                && PROVIDED_WITH.matcher(text).region(t.end(), Math.min(text.length(), t.end() + 40)).lookingAt();
    }

    /** Verbs that provide people with goods ("was equipped with"). */
    private static final java.util.Set<String> EQUIP_VERBS = java.util.Set.of("equipped", "armed", "supplied", "provided",
            "furnished", "issued", "rearmed", "re-equipped");

    /** " almost entirely with", " with": what a passive verb of equipping provided. */
    private static final Pattern PROVIDED_WITH = Pattern.compile("(?:\\s+\\p{Ll}+){0,2}?\\s+with\\b");
}
