package org.etrkit.datasets.tables;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Items that "followed" earlier ones, for {@link TransferWords}: "followed" with no object right after a counted
 * noun of materiel ("another twelve BTR-60 carriers followed late in 1975") is a giving whose subject is what was
 * given, read like a passive without an agent (the frame's donor gives). People that "followed" ("4,000 refugees
 * followed the army"), "was followed by", a subject with no figure ("the first warships followed in 1959, when …") and
 * a transfer noun ("a second loan of 2.5 million rubles followed", read by the noun) are not.
 */
final class FollowingItems {

    private final Set<String> nouns = new java.util.HashSet<>();

    FollowingItems(Lexicon lex) {
        nouns.addAll(lex.set("materiel"));
        nouns.addAll(lex.set("aircraft_words"));
    }

    /** True when "followed" at {@code [i, j)} follows items as above. */
    boolean itemsFollowed(Prose p, int i, int j) {
        if (!p.text.regionMatches(true, i, "followed", 0, j - i) || j - i != "followed".length()) {
            return false;
        }
        String before = p.wordBefore(i).toLowerCase(Locale.ROOT);
        int dash = before.lastIndexOf('-');
        String last = dash >= 0 ? before.substring(dash + 1) : before;
        if (!nouns.contains(before) && !nouns.contains(last)) {
            return false;
        }
        if (!NO_OBJECT.matcher(p.text).region(j, p.text.length()).lookingAt()) {
            return false;
        }
        // the subject counts the items: a figure in its noun phrase, with no comma between ("the first warships
        // followed in 1959, when two destroyers …" counts none)
        int from = Math.max(p.sentence(p.sentenceIndex(i)).start(), i - 48);
        for (org.etrkit.datasets.extract.Quantity q : p.quantitiesIn(from, i)) {
            if (q.end() <= i && p.text.substring(q.end(), i).matches("[^,;:.()]*")) {
                return true;
            }
        }
        return false;
    }

    /** What may come right after an intransitive "followed": a date or time phrase, or the clause's end. */
    private static final Pattern NO_OBJECT = Pattern.compile("\\s*(?:[,.;:]|$|\\s(?:in|early|late|later|soon|shortly"
            + "|within|during|over|from|after|by\\s+\\d|the\\s+(?:next|following)|a\\s+year|in\\s+\\d|\\d))");
}
