package org.etrkit.datasets.tables;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.etrkit.datasets.parse.Article;
import org.etrkit.datasets.parse.Element;

/**
 * The side an article is about when its infobox names no combatants, for {@link ArticleContext}: a subordinate
 * Status ({@link #statusSide}), an own-side key, its title or its unit ({@link #ownSide}), and whether its title's
 * head is a force noun ({@link #headNoun}).
 */
final class OwnSides {

    private OwnSides() {
    }

    /** What the first word of an infobox value ends at ({@link #statusSide}). */
    private static final Pattern FIRST_WORD_END = Pattern.compile("[\\s,;]+");

    /** The side a subordinate Status of the infobox names ("Province of the Republic of China"), or null. */
    static Gazetteer.Side statusSide(Article article, Rules rules, Lexicon lex) {
        Set<String> keys = lex.set("status_keys");
        Set<String> subordinate = lex.set("subordinate_status_words");
        for (Element.InfoboxEntry e : article.infobox()) {
            if (!keys.contains(e.key().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String first = FIRST_WORD_END.split(e.value().strip(), 2)[0].toLowerCase(Locale.ROOT);
            if (subordinate.contains(first)) {
                Gazetteer.Side s = rules.gazetteer().firstIn(e.value());
                if (s != null && !s.side().equals("Other")) {
                    return s;
                }
            }
        }
        return null;
    }

    /** The side the article is about: an own-side key, its title, its unit, the service it is attached to; or null. */
    static ArticleContext.SideWithBasis ownSide(Article article, Rules rules, Lexicon lex, LocalDate day) {
        ArticleContext.SideWithBasis keyed = infoboxSide(article, rules, lex.list("own_side_keys"), day);
        if (keyed != null) {
            return keyed;
        }
        // the title's first words, up to a word in lower case: "Soviet Volunteer Group", not "… exodus from Xinjiang"
        String head = article.title() == null ? "" : article.title().split("\\s+(?=\\p{Ll})", 2)[0];
        Gazetteer.Side s = head.isBlank() ? null : rules.gazetteer().firstIn(head);
        if (s != null) {
            return new ArticleContext.SideWithBasis(s.at(day), "the article's title");
        }
        // a title opening with the people of a state outside the gazetteer's sides ("American Volunteer Group")
        String first = head.strip().split("[\\s-]+", 2)[0];
        if (!first.isEmpty() && lex.set("outside_state_words").contains(first.toLowerCase(Locale.ROOT))) {
            return new ArticleContext.SideWithBasis("Other", "the article's title (a state outside the list)");
        }
        // the unit the article is about, named in its infobox ("Unit: Polish Armed Forces in the East"), as its title
        ArticleContext.SideWithBasis unit = infoboxSide(article, rules, lex.list("unit_name_keys"), day);
        if (unit != null) {
            return unit;
        }
        // only then the service it is attached to: a unit "American Volunteer Group" with "Branch: Chinese Air
        // Force" is manned by Americans, so its people are theirs
        return infoboxSide(article, rules, lex.list("attachment_keys"), day);
    }

    /** The side of the first infobox entry, by the order of {@code keys}, whose value names one; null if none. */
    static ArticleContext.SideWithBasis infoboxSide(Article article, Rules rules, List<String> keys, LocalDate day) {
        for (String key : keys) {
            for (Element.InfoboxEntry e : article.infobox()) {
                if (e.key().equalsIgnoreCase(key)) {
                    Gazetteer.Side s = rules.gazetteer().firstIn(e.value());
                    if (s != null) {
                        return new ArticleContext.SideWithBasis(s.at(day), "the infobox's " + e.key());
                    }
                }
            }
        }
        return null;
    }

    /** True when the head of {@code title} ("Corps" of "… Construction Corps", "Army" of "Army of …") is a force noun. */
    static boolean headNoun(String title, Set<String> forceNouns) {
        if (title == null || title.isBlank()) {
            return false;
        }
        String head = title.split("\\s+of\\s+", 2)[0].strip();
        String last = head.substring(head.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return forceNouns.contains(last);
    }
}
