package org.etrkit.datasets.tables;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.parse.Element;

/**
 * Deaths and survivors of people deported, for {@link PersonnelFigures} and {@link InfoboxStrengths}: a figure of
 * people who died or survived ("Up to 450 died there in the first winter", "the deaths numbered about 6,000") whose
 * sentence names no force, no side and no men under arms counts deportees, not losses, when its paragraph, the heading
 * it is under, the article's title or its infobox speaks of deportation ({@link #DEPORTATION_WORDS}); so does an infobox's key of deaths
 * ("Deaths: about 16,000") in an infobox of a deportation with no combatants.
 */
final class DeportedPeople {

    /**
     * Words of deportation: a paragraph, its heading or an infobox holding one tells of people moved by force (not
     * "exile", which names sources and movements abroad: "Tibetan exile sources put the dead at").
     */
    static final Set<String> DEPORTATION_WORDS = Set.of("deported", "deportees", "deportee", "deportation",
            "deportations", "resettled", "resettlement");

    /** Words of people dying or surviving, which a loss of men under arms shares with deportees. */
    private static final Set<String> DEATH_WORDS = Set.of("died", "deaths", "dead", "perished", "survived",
            "survivors");

    /** The loss and measure words among the personnel nouns, which name no men under arms by themselves. */
    private static final Set<String> NOT_ARMED = Set.of("dead", "deaths", "fatalities", "killed", "wounded", "missing",
            "casualties", "strong", "veterans");

    /** Words of men under arms or their forces: the personnel nouns but the loss words, and the force nouns. */
    private final Set<String> armed;

    DeportedPeople(Lexicon lex) {
        Set<String> words = new HashSet<>(lex.set("personnel"));
        words.removeAll(NOT_ARMED);
        words.addAll(lex.set("force_nouns"));
        this.armed = Set.copyOf(words);
    }

    /**
     * True when {@code q} counts people deported who died or survived: a word of dying or surviving in its clause, no
     * word of men under arms or of a force and no name of a side in its sentence ("The garrison admitted 63 dead"), and
     * a word of deportation in its paragraph, its heading, or the article's title or infobox.
     */
    boolean diedInDeportation(Prose p, Quantity q) {
        int from = p.clauseStart(q.start());
        int to = p.clauseEnd(q.end());
        if (!p.anyWordIn(from, to, DEATH_WORDS)) {
            return false;
        }
        var s = p.sentence(p.sentenceIndex(q.start()));
        if (p.anyWordIn(s.start(), s.end(), armed) || p.namesIn(s.start(), s.end()).stream().anyMatch(n -> !n.isGroup())) {
            return false;
        }
        String heading = p.block.section() == null ? "" : p.block.section();
        return p.anyWordIn(0, p.text.length(), DEPORTATION_WORDS) || ArticleContext.hasWord(heading, DEPORTATION_WORDS)
                || deportationArticle(p.article);
    }

    /** True for an infobox key of deaths ("Deaths") in an article of a deportation whose infobox names no combatants. */
    static boolean deathsOfDeportees(ArticleContext ac, String key) {
        String k = key.toLowerCase(Locale.ROOT).replaceAll("\\d+$", "").strip();
        return ac.combatants.isEmpty() && DEATH_WORDS.contains(k.substring(k.lastIndexOf(' ') + 1))
                && deportationArticle(ac);
    }

    /** True when the article's title or an infobox key or value holds a word of deportation. */
    static boolean deportationArticle(ArticleContext ac) {
        if (ac.article.title() != null && ArticleContext.hasWord(ac.article.title(), DEPORTATION_WORDS)) {
            return true;
        }
        for (Element.InfoboxEntry e : ac.article.infobox()) {
            if (ArticleContext.hasWord(e.key(), DEPORTATION_WORDS) || ArticleContext.hasWord(e.value(), DEPORTATION_WORDS)) {
                return true;
            }
        }
        return false;
    }
}
