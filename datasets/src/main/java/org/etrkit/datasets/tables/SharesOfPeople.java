package org.etrkit.datasets.tables;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;

/**
 * Shares whose whole is a people, not a place's population: how a people is spread over places or what it speaks
 * ("62.4% of Norland's Greeks lived in Westburg Oblast and 21.8% in the capital", "38.1% of Greeks named Greek as their
 * mother tongue and 60.7% named Norlandic", "74 percent of the republic's Greeks were urban"). No population statement
 * gives them: a population's share is of a place's people.
 */
final class SharesOfPeople {

    /** Right after a share, "of" and a people in the plural, past "the", "all" or a possessive: " of the country's Koreans". */
    private static final Pattern OF_PEOPLE = Pattern.compile(
            "\\s*(?:%|per ?cent)?\\s+of (?:all (?:the )?|the )?(?:(?:the )?[\\p{L}-]+['’]s )?(\\p{Lu}[\\p{L}-]*s)\\b");

    /** The gap between a people's share and the next share of the list: " and ", "…as their mother tongue and ". */
    private static final Pattern LISTED_AFTER = Pattern.compile("[^;:.]*?\\band (?:(?:" + Hedges.WORD + ") )?");

    /** " of", right after the next share, which names its own whole. */
    private static final Pattern OWN_WHOLE = Pattern.compile("\\s*(?:%|per ?cent)?\\s+of\\b");

    private SharesOfPeople() {
    }

    /**
     * Whether a share is of a people's own total: "of" and a people after it, or listed right after such a share of its
     * sentence ("and 21.8% in the capital") without a whole of its own.
     */
    static boolean ofPeople(Prose p, Quantity q, Quantity prior) {
        if (!q.unit().equalsIgnoreCase("percent")) {
            return false;
        }
        if (namesPeople(p, q)) {
            return true;
        }
        return prior != null && prior.unit().equalsIgnoreCase("percent") && prior.end() <= q.start()
                && p.sentenceIndex(prior.start()) == p.sentenceIndex(q.start()) && namesPeople(p, prior)
                && LISTED_AFTER.matcher(p.text).region(prior.end(), q.start()).matches()
                && !OWN_WHOLE.matcher(p.text).region(q.end(), p.text.length()).lookingAt();
    }

    private static boolean namesPeople(Prose p, Quantity q) {
        Matcher m = OF_PEOPLE.matcher(p.text).region(q.end(), p.text.length());
        return m.lookingAt() && PlaceNames.isGroup(p, m.group(1));
    }
}
