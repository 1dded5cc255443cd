package org.etrkit.datasets.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Sentence;

/**
 * The place a population figure's clause names by a common noun instead of a name, for {@link FigureRegion}: the
 * place named before in the paragraph with that noun (and with the noun's adjective, "the autonomous republic"), the
 * paragraph's, the block's or the article's place that ends with that noun or whose full name has it, the last place
 * written with it, the infobox's ("the oblast", "the republic", "the town": {@link #anaphor}), and the part of the
 * article's place that a region adjective and the place's own plural noun name ("the four southern islands" of the
 * Kuril Islands: {@link #partOfHome}).
 */
final class AnaphorPlaces {

    private final PlaceNames placeNames;
    private final ArticlePlace articlePlaces;
    /** The places written with an administrative word ({@link WrittenPlaces#placeAdmin}), which an anaphor may name again. */
    private final WrittenPlaces written;
    /** "the oblast", "the restored republic", "the autonomous republic": an administrative or settlement noun after "the". */
    private final Pattern anaphorNoun;
    /** Nouns of a settlement, which an anaphor takes from the paragraph ("the town"), not from the article. */
    private final Set<String> townNouns;
    /** "the four southern islands": a region adjective before a plural noun. */
    private final Pattern regionOfPlural;

    AnaphorPlaces(Lexicon lex, PlaceNames placeNames, ArticlePlace articlePlaces, WrittenPlaces written) {
        this.placeNames = placeNames;
        this.articlePlaces = articlePlaces;
        this.written = written;
        this.townNouns = lex.set("town_nouns");
        this.regionOfPlural = lex.compile("(?-i:\\b[Tt]he (?:\\p{Ll}+ )?({region_adjectives}) (\\p{Ll}+s)\\b)");
        // "the oblast", "the restored republic", "the autonomous republic" (an adjective kept, which the place's name has)
        this.anaphorNoun = lex.compile("\\b(?-i:[Tt]he) (?:(?-i:\\p{Ll}+ed) |(?-i:(\\p{Ll}+(?:ous|al))) )?(?=(?-i:\\p{Ll}))({admin_words}|{settlement_nouns})\\b(?!,? (?:of|in)\\b(?! \\d))");
    }

    /**
     * The part of the article's place that a sentence names by a region adjective and the place's own plural noun
     * ("the four southern islands" of an article on the Kuril Islands: southern Kuril Islands); or null.
     */
    String partOfHome(ArticleContext ac, Prose p, Sentence s) {
        String home = articlePlaces.articlePlace(ac);
        int space = home == null ? -1 : home.lastIndexOf(' ');
        if (space < 0 || !home.endsWith("s")) {
            return null;
        }
        String noun = home.substring(space + 1).toLowerCase(Locale.ROOT);
        Matcher m = regionOfPlural.matcher(p.text).region(s.start(), s.end());
        while (m.find()) {
            if (m.group(2).equals(noun)) {
                return m.group(1) + " " + home;
            }
        }
        return null;
    }

    /** A name of the article's own place as a Soviet republic, where the article writes it: its block's index and offset. */
    private record Written(int block, int offset, String name) {
    }

    /** The article whose own republics {@link #ownRepublics} holds, and the index of each of its blocks of prose. */
    private ArticleContext republicsOf;
    private final java.util.Map<Prose, Integer> blockIndex = new java.util.IdentityHashMap<>();
    /** The article's own place's names as a Soviet republic ("Norland SSR"), in text order. */
    private final List<Written> ownRepublics = new ArrayList<>();

    /**
     * The name the article last wrote its own place {@code home} by as a Soviet republic ("the Norland SSR", "the
     * Norland ASSR") before {@code to} of {@code p}; or null. The names are found once per article.
     */
    private String ownRepublicBefore(ArticleContext ac, Prose p, int to, String home) {
        if (ac != republicsOf) {
            republicsOf = ac;
            ownRepublics.clear();
            blockIndex.clear();
            for (int i = 0; i < ac.prose.size(); i++) {
                Prose each = ac.prose.get(i);
                blockIndex.put(each, i);
                if (each.text.contains("SSR")) {
                    Matcher m = OwnRepublics.REPUBLIC.matcher(each.text);
                    while (m.find()) {
                        if (OwnRepublics.sameStem(m.group(1), home)) {
                            ownRepublics.add(new Written(i, m.start(), m.group()));
                        }
                    }
                }
            }
        }
        Integer at = blockIndex.get(p);
        String out = null;
        for (Written w : ownRepublics) {
            if (at == null || w.block() > at || w.block() == at && w.offset() >= to) {
                break;
            }
            out = w.name();
        }
        return out;
    }

    /** Whether the text from {@code from} to {@code to} names a place by a common noun: "the republic", "the oblast's". */
    boolean namesPlaceByNoun(Prose p, int from, int to) {
        return anaphorNoun.matcher(p.text).region(from, to).find();
    }

    /**
     * A place the clause names by a common noun ("in the valley", "the province's population", "the
     * country"): the paragraph's place or the article's, whichever ends with that noun; else the paragraph's
     * place, else the article's; null when the clause has no such noun.
     */
    String anaphor(ArticleContext ac, Prose p, int from, int to, String paragraph, String sectionPlace) {
        Matcher m = anaphorNoun.matcher(p.text).region(Math.max(from, to - Prose.WINDOW), to);
        String noun = null;
        String adjective = null;
        while (m.find()) {
            noun = m.group(2).toLowerCase(Locale.ROOT);
            adjective = m.group(1);
        }
        if (noun == null) {
            return null;
        }
        String described = adjective == null || townNouns.contains(noun) ? null : namedWithNounBefore(p, from, noun, adjective);
        if (described != null) {
            return described; // "created the Westland Autonomous Soviet Socialist Republic …. in the autonomous republic"
        }
        String home = articlePlaces.articlePlace(ac);
        String own = homeNamedWithNounBefore(p, from, noun, home);
        if (own != null && (paragraph == null || !paragraph.toLowerCase(Locale.ROOT).endsWith(" " + noun))) {
            // "… from the Eastland SSR to the north of the Norland SSR. … the republic's 610,000 people" in an article on
            // Norland: of the republics named before, the article's own
            return own;
        }
        if (paragraph != null && (paragraph.toLowerCase(Locale.ROOT).endsWith(" " + noun)
                || noun.equals(placeNames.adminNounOf.get(paragraph)))) {
            return paragraph;
        }
        String title = ac.article.title() == null ? "" : ac.article.title().toLowerCase(Locale.ROOT);
        if (home.toLowerCase(Locale.ROOT).endsWith(" " + noun) || title.matches(".*\\b" + noun + "\\b.*")) {
            return home; // "in the district" of an article on the Altay District
        }
        if (paragraph != null && stateNamedWith(ac, paragraph, noun)) {
            return paragraph; // "Tatarstan …, the republic's": the Republic of Tatarstan
        }
        if (sectionPlace != null && stateNamedWith(ac, sectionPlace, noun)) {
            return sectionPlace;
        }
        String named = townNouns.contains(noun) ? null : namedWithNounBefore(p, from, noun, null);
        if (named != null) {
            return named; // "… it received the Northmark okrug. The okrug's population": the okrug named before in the paragraph
        }
        String last = placeNames.lastPlaceWithNoun.get(noun);
        String ownRepublic = last != null && noun.equals("republic") && home != null && !OwnRepublics.sameStem(last, home)
                ? ownRepublicBefore(ac, p, to, home) : null;
        if (ownRepublic != null) {
            // "… fled across the border into the Ostland SSR, and by 1939 the Greek population of the republic had
            // fallen to": in an article on a people of the Norland SSR, which it has named before, that republic
            return ownRepublic;
        }
        if (placeNames.lastPlaceWithNoun.containsKey(noun) && !townNouns.contains(noun)) {
            return placeNames.lastPlaceWithNoun.get(noun); // "Semirechye oblast …" in a paragraph before: "in the oblast"
        }
        String listed = townNouns.contains(noun) ? null : articlePlaces.infoboxPlaceWithNoun(ac, noun);
        if (listed != null) {
            return listed; // "the republic" of an article whose infobox places it in the "Chechen-Ingush ASSR, …"
        }
        return paragraph != null && townNouns.contains(noun) ? paragraph : home;
    }

    /**
     * The last place named with {@code noun} ("the Northmark okrug") in the paragraph before {@code to}, and with
     * {@code adjective} in its name when one is given ("autonomous": "Westland Autonomous Soviet Socialist
     * Republic"); or null.
     */
    private String namedWithNounBefore(Prose p, int to, String noun, String adjective) {
        Matcher m = written.placeAdmin.matcher(p.text).region(Math.max(0, to - 600), to);
        String last = null;
        while (m.find()) { // not nextAdmin, whose reading of every match would change the places last named with a noun
            if (m.group("before") != null && m.group("admin").equalsIgnoreCase(noun)
                    && (adjective == null || (" " + m.group("before").toLowerCase(Locale.ROOT) + " ").contains(" " + adjective + " "))) {
                String place = placeNames.adminPlace(m);
                last = place != null && !PlaceNames.isGroup(p, place) ? place : last;
            }
        }
        return last;
    }

    /**
     * The last place named in the paragraph before {@code to} with {@code noun} (a Soviet republic, "SSR" or "ASSR",
     * for "republic") that is a name of the article's place {@code home}, its first word the same people's or
     * place's ("Norland SSR" of Norland, "Kazakh SSR" of Kazakhstan); or null.
     */
    private String homeNamedWithNounBefore(Prose p, int to, String noun, String home) {
        if (home == null || home.isEmpty()) {
            return null;
        }
        Matcher m = written.placeAdmin.matcher(p.text).region(Math.max(0, to - 600), to);
        String last = null;
        while (m.find()) {
            String admin = m.group("before") == null ? null : m.group("admin");
            if (admin != null && (admin.equalsIgnoreCase(noun) || noun.equals("republic") && admin.endsWith("SR"))) {
                String place = placeNames.adminPlace(m);
                last = place != null && !PlaceNames.isGroup(p, place) && OwnRepublics.sameStem(place, home) ? place : last;
            }
        }
        return last;
    }

    /** Whether the article names {@code place} as a state whose full name has {@code noun} ("Tatarstan": "Republic of Tatarstan"). */
    private static boolean stateNamedWith(ArticleContext ac, String place, String noun) {
        String full = ac.articleNames.canonicalPlace(place);
        return !full.equals(place) && (" " + full.toLowerCase(Locale.ROOT) + " ").contains(" " + noun + " ");
    }
}
