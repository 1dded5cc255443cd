package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.PlaceNames.NAME;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;

/**
 * A list of places after a colon, each a bare count and "in" its place, whose clause before the colon is about a
 * community ("In the south the community is small: 1,582 in X Region, 1,087 in Y Region and 1,046 in Z
 * city"): each item counts that people in its place, for {@link PopulationStatements}.
 */
final class ColonPlaceLists {

    /** A bare count and "in" a place right after it: " in Dalny Province". */
    private static final Pattern IN_PLACE_AFTER = Pattern.compile("^ in (?:the )?(?-i:\\p{Lu})");

    /** The items of the list before the figure: figures, "in" and a place, joined by commas and "and", up to it. */
    private static final Pattern ITEMS_BEFORE = Pattern.compile(
            "^\\s*(?:(?:" + Hedges.WORD + " )?\\d[\\d,.]* in (?:the )?" + NAME + "(?: (?-i:\\p{Ll}+))?(?:,| and|, and) )*(?:" + Hedges.WORD + " )?$");

    /** A community named as a subject: "the community", "the Greek community". */
    private final Pattern community;

    ColonPlaceLists(Lexicon lex) {
        this.community = lex.compile("(?-i:\\b(?:{community_nouns})\\b)");
    }

    /**
     * Whether bare figure {@code q} is an item of a colon's list of counts in places whose clause before the colon
     * names a community ({@code community_nouns}), which {@link OwnPeopleCounts#group} makes the article's people.
     */
    boolean listed(Prose p, Sentence s, Quantity q) {
        if (!q.unit().isEmpty() || !IN_PLACE_AFTER.matcher(p.after(q.end(), 20)).lookingAt()) {
            return false;
        }
        int colon = Chars.lastIndexIn(p.text, ":", q.start(), s.start());
        if (colon < s.start() || !ITEMS_BEFORE.matcher(p.text.substring(colon + 1, q.start())).matches()) {
            return false;
        }
        int clause = Math.max(s.start(), Chars.lastIndexIn(p.text, ";", colon, s.start()) + 1);
        return community.matcher(p.text).region(clause, colon).find();
    }
}
