package org.etrkit.datasets.tables;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;

/**
 * Shares whose whole is a people, not a place's population: how a people is spread over places or what it speaks
 * ("62.4% of Norland's Greeks lived in Westburg Oblast and 21.8% in the capital", "38.1% of Greeks named Greek as their
 * mother tongue and 60.7% named Norlandic", "74 percent of the republic's Greeks were urban"). No population statement
 * gives them: a population's share is of a place's people. Nor do shares of other things than people or of a count
 * ("the share of pupils taught in Norlandic fell from 48% to 31%", "less than 9 percent of the number recorded in 1959"), nor
 * shares of a people's speakers of a language ("for 64 percent of whom Latvian was the native language", "The share of
 * Norland Latvians who gave Latvian as their native language fell from 77%").
 */
final class SharesOfPeople {

    /** Right after a share, "of" and a people in the plural, past "the", "all" or a possessive: " of the country's Koreans". */
    private static final Pattern OF_PEOPLE = Pattern.compile(
            "\\s*(?:%|per ?cent)?\\s+of (?:all (?:the )?|the )?(?:(?:the )?[\\p{L}-]+['’]s )?(\\p{Lu}[\\p{L}-]*s)\\b");

    /** The gap between a people's share and the next share of the list: " and ", "…as their mother tongue and ". */
    private static final Pattern LISTED_AFTER = Pattern.compile("[^;:.]*?\\band (?:(?:" + Hedges.WORD + ") )?");

    /** " of", right after the next share, which names its own whole. */
    private static final Pattern OWN_WHOLE = Pattern.compile("\\s*(?:%|per ?cent)?\\s+of\\b");

    /** Right after a share, the whole as a count: " of the number recorded in 1959", " of the figure". */
    private static final Pattern OF_A_COUNT = Pattern.compile("\\s*(?:%|per ?cent)?\\s+of the (?:number|figure)\\b");

    /** The noun a share is of, as its clause's subject before it: "The share of pupils taught in Norlandic fell from". */
    private static final Pattern SHARE_OF_NOUN = Pattern.compile(
            "\\b(?:[Tt]he|[Tt]heir|[Ii]ts) (?:share|proportion|percentage) of (?:the )?(?!the\\b)(\\p{Ll}+)\\b[^,;:()]*$");

    /** A language a share's people speak: ", for 64 percent of whom Latvian was the native language". */
    private static final String NATIVE_TONGUE = "(?:native language|native tongue|mother tongue|first language)";

    /** Right after a share, "of whom" and the language they speak: " percent of whom Latvian was the native language". */
    private static final Pattern OF_WHOM_SPEAK = Pattern.compile("\\s*(?:%|per ?cent)?\\s+of (?:whom|them)\\b[^.;:()]{0,60}?"
            + "\\b(?:was|were|is|are) (?:the|their|its) " + NATIVE_TONGUE + "\\b");

    /** The share of a people's speakers as its clause's subject: "The share of X who gave Y as their native language fell from". */
    private static final Pattern SHARE_OF_SPEAKERS = Pattern.compile("\\b[Tt]he (?:share|proportion|percentage) of [^,;:()]{0,80}?"
            + "\\bas (?:their|its) " + NATIVE_TONGUE + "\\b[^,;:()]*$");

    /** Right before a share set off by commas, a count of a people in the plural: "some 14,000 Ossetians, ". */
    private static final Pattern PEOPLES_COUNT_BEFORE = Pattern.compile(
            "\\d[\\d,]* (?:\\p{Lu}[\\p{L}-]+ )?\\p{Lu}[\\p{L}-]*s, $");

    /**
     * Right after a share set off by commas, where the counted people live, a part of a place: "%, lived in rural areas",
     * " percent, lived in towns" ({@code part_places}, {@code part_headers}).
     */
    private final Pattern partLivedInAfter;

    /** The nouns of people or of a population that a share may be of ("the share of residents", "of the urban population"). */
    private final Set<String> peopleWholes = new HashSet<>();

    SharesOfPeople(Lexicon lex) {
        for (String list : new String[] {"share_wholes", "people_nouns", "population_heads", "whole_modifiers", "civilians"}) {
            peopleWholes.addAll(lex.set(list));
        }
        peopleWholes.addAll(Set.of("urban", "rural", "whole", "all", "total", "republic", "country", "region"));
        StringBuilder parts = new StringBuilder();
        for (String entry : lex.list("part_places")) { // "towns = urban": "towns"
            parts.append(Pattern.quote(entry.substring(0, entry.indexOf(" = ")).strip())).append('|');
        }
        this.partLivedInAfter = Pattern.compile("\\s*(?:%|per ?cent)?, (?:lived|were living|resided|live) in (?:the )?(?:"
                + parts + "(?:" + String.join("|", lex.list("part_headers")) + ") \\p{Ll}+)\\b", Pattern.CASE_INSENSITIVE);
    }

    /**
     * Whether a share is of something other than a place's people: of a count ("of the number recorded in 1959"), of a
     * noun that is no people's ("The share of pupils taught in Norlandic fell from 48%"), or of the people a count
     * before it counts, set off by commas before the part of a place they live in ("some 14,000 Ossetians, 63
     * percent, lived in rural areas").
     */
    boolean ofOtherWhole(Prose p, Quantity q) {
        if (!q.unit().equalsIgnoreCase("percent")) {
            return false;
        }
        if (OF_A_COUNT.matcher(p.text).region(q.end(), p.text.length()).lookingAt()) {
            return true;
        }
        if (OF_WHOM_SPEAK.matcher(p.text).region(q.end(), p.text.length()).lookingAt()) {
            return true; // a share of speakers of a language among the people counted
        }
        int from = p.sentence(p.sentenceIndex(q.start())).start();
        if (partLivedInAfter.matcher(p.text).region(q.end(), p.text.length()).lookingAt()
                && PEOPLES_COUNT_BEFORE.matcher(p.text).region(Math.max(from, q.start() - 60), q.start()).find()) {
            return true; // "some 14,000 Ossetians, 63 percent, lived in rural areas": of the people's own total
        }
        if (SHARE_OF_SPEAKERS.matcher(p.text).region(Math.max(from, q.start() - 140), q.start()).find()) {
            return true;
        }
        Matcher m = SHARE_OF_NOUN.matcher(p.text).region(Math.max(from, q.start() - 90), q.start());
        return m.find() && !peopleWholes.contains(m.group(1).toLowerCase(Locale.ROOT));
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
