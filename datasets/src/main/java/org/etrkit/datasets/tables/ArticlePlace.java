package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.PlaceNames.NAME;
import static org.etrkit.datasets.tables.PlaceNames.NOT_WORD;
import static org.etrkit.datasets.tables.DemographicsTable.withoutBrackets;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Sentence;
import org.etrkit.datasets.parse.Element;

/**
 * The article's own place, for the figures that name none: the territory a government or state is named for
 * ("Inner Mongolian Autonomous Government": Inner Mongolia), the place a people's lead says it is a people of,
 * the infobox's common name when the title describes rather than names ("Xinjiang under Sheng Shicai"), else the
 * place the title or the infobox names; and the name the article uses for a place ({@link #canonical}).
 */
final class ArticlePlace {

    static boolean startsWithDigit(String s) {
        return !s.isEmpty() && Character.isDigit(s.charAt(0));
    }

    /** The infobox keys that give an event's place, the most particular first. */
    static final List<String> INFOBOX_PLACE_KEYS = List.of("Location", "Place", "Region", "Country");

    /** "… of the Ili Valley", "… in Manchukuo" in a caption: the place of a table keyed by group. */
    static final Pattern CAPTION_OF = Pattern.compile("\\b(?:of|in|from) (?:the )?(" + NAME + ")");

    /** The capitalised words a title opens with, up to its first lower-case word. */
    private static final Pattern LEADING_NAME = Pattern.compile("^((?-i:\\p{Lu})[\\p{L}'’-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}'’-]*){0,2})\\s+(?-i:\\p{Ll})");

    /** The infobox key of a place's common name: "Common Name", "Common_name". */
    private static final Pattern COMMON_NAME_KEY = Pattern.compile("(?i)common[ _]name");

    /** A title that describes rather than names: a lower-case word other than "of", "the", "and". */
    private static final Pattern DESCRIPTIVE_TITLE = Pattern.compile("\\s(?!(?:of|the|and|de|la|del|du)\\b)(?-i:\\p{Ll})");

    /** A capitalised word after a preposition of place: "in Kulja", "at Wangyemiao", "from Urumqi". */
    private static final List<String> PLACE_PREPOSITIONS = List.of("in ", "at ", "from ", "to ", "near ", "around ");

    /** Regular expressions compiled once, which String.matches, replaceAll and split compiled at every call. */
    private static final class Once {
        static final Pattern BRACKETED = Pattern.compile("\\(.*?\\)");
        static final Pattern COMMA_OR_SEMICOLON = Pattern.compile("[,;]");
    }

    private final PlaceNames placeNames;
    /** The places written with an administrative word ({@link WrittenPlaces#placeAdmin}). */
    private final WrittenPlaces written;
    private final Set<String> groupHeaders;
    private final Set<String> stateNouns;
    private final Set<String> governmentBodies;
    /** The noun each abbreviation of an administrative word stands for ("ASSR": republic). */
    private final java.util.Map<String, String> abbreviatedNouns = new java.util.HashMap<>();
    /** "a Tungusic people of north-east China": the place a people's lead says it is a people of. */
    private final Pattern peopleOf;
    /** The article whose {@link #articlePlace} is known. */
    private ArticleContext articlePlaceOf;
    private String articlePlace;

    ArticlePlace(Lexicon lex, PlaceNames placeNames) {
        this.placeNames = placeNames;
        this.written = new WrittenPlaces(lex, placeNames);
        this.stateNouns = lex.set("state_nouns");
        this.governmentBodies = lex.set("government_bodies");
        this.peopleOf = lex.compile("(?-i:\\b(?:{group_headers}) (?:of|in) (?:the )?(?:\\p{Ll}[\\p{Ll}-]* ){0,2}(" + NAME + "))");
        this.groupHeaders = lex.set("group_headers");
        for (String entry : lex.list("admin_abbreviations")) {
            int eq = entry.indexOf(" = ");
            abbreviatedNouns.put(entry.substring(0, eq).strip(), entry.substring(eq + 3).strip().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * {@code place}, but the article's own place when it is the title of an article whose title describes a
     * time of a place ("Shanxi under Yan Xishan": Shanxi, its infobox's common name), which a short name
     * ("Shanxi") is given by {@link ArticleNames#canonicalPlace} as the state's name.
     */
    String ownName(ArticleContext ac, String place) {
        String title = ac.article.title();
        if (title == null || !place.equals(title) || !DESCRIPTIVE_TITLE.matcher(title).find()) {
            return place;
        }
        String own = statePlace(ac);
        return own == null || own.isEmpty() ? place : own;
    }

    /**
     * The group an infobox's group entry names as a whole ("Group: Dungans"), or after capitalised words that
     * qualify it ("Group: Volga Tatars", "Group: Malaysian Chinese": Tatar, Chinese), canonical; or null.
     */
    String infoboxGroup(ArticleContext ac) {
        for (org.etrkit.datasets.parse.Element.InfoboxEntry e : ac.article.infobox()) {
            if (groupHeaders.contains(e.key().strip().toLowerCase(Locale.ROOT))) {
                String value = withoutBrackets(e.value(), "").strip();
                String g = PlaceNames.wholeGroup(ac, value);
                if (g == null && QUALIFIED_PEOPLE.matcher(value).matches()) {
                    g = PlaceNames.wholeGroup(ac, value.substring(value.lastIndexOf(' ') + 1));
                }
                if (g != null) {
                    return g;
                }
            }
        }
        return null;
    }

    /** Capitalised words before a people's name, which qualify it: "Volga Tatars", "Malaysian Chinese". */
    private static final Pattern QUALIFIED_PEOPLE = Pattern.compile("(?:(?-i:\\p{Lu})[\\p{L}'’-]+ ){1,2}(?-i:\\p{Lu})[\\p{L}'’-]+");

    /** The name the article uses for {@code place}, but the article's own place as {@link #articlePlace} names it. */
    String canonical(ArticleContext ac, String place) {
        if (place.equals(articlePlace(ac)) || placeNames.adminNounOf.containsKey(place)) {
            return place; // "Kumul district" is not the Kumul Khanate
        }
        if (place.indexOf(' ') < 0 && stateNouns.contains(place.toLowerCase(Locale.ROOT))) {
            String full = infoboxPlaceNamedBy(ac, place);
            if (full != null) {
                return full; // "in the Federation" of an article placed in the "Federation of Malaya"
            }
        }
        String islands = pluralsName(ac, place);
        if (islands != null) {
            return islands; // "The Kessels had": the "Kessel Islands" the article names
        }
        String name = ac.articleNames.canonicalPlace(place);
        if (!name.equals(place) && ac.articleNames.abbreviations().containsKey(name)
                && !ac.articleNames.abbreviations().containsKey(place)) {
            return place; // "Afghanistan had 13 million inhabitants": the country, not the regime's "DRA"
        }
        if (!name.equals(place) && ac.articleNames.writtenMoreThanCanonical(place)) {
            return place; // "Tatarstan", which the prose writes more often than "the Republic of Tatarstan"
        }
        return ownName(ac, name);
    }

    /**
     * The place an article's figures are for when they name none: the territory of the state or government
     * the article is about when its name is a place's adjective ("Inner Mongolian Autonomous Government":
     * Inner Mongolia, as the article writes it), else {@link #statePlace}.
     */
    String articlePlace(ArticleContext ac) {
        if (ac != articlePlaceOf) {
            articlePlaceOf = ac;
            articlePlace = articlePlaceOf(ac);
        }
        return articlePlace;
    }

    private String articlePlaceOf(ArticleContext ac) {
        String state = statePlace(ac);
        String territory = territory(ac, state);
        if (territory == null && ac.article.title() != null) {
            territory = territory(ac, ac.article.title());
        }
        if (territory == null && state.equals(ac.article.title()) && infoboxGroup(ac) != null) {
            territory = peoplePlace(ac); // "Xibe people": "a Tungusic people of north-east China"
        }
        return territory != null ? territory : state;
    }

    /**
     * The place the lead of an article about a people says it is a people of ("The Xibe are a Tungusic
     * people of north-east China": China), when that is a place and no group ("a people of Chinese origin");
     * or null.
     */
    private String peoplePlace(ArticleContext ac) {
        if (ac.prose.isEmpty()) {
            return null;
        }
        Prose lead = ac.prose.get(0);
        Sentence first = lead.sentence(0);
        Matcher m = peopleOf.matcher(lead.text).region(first.start(), first.end());
        if (!m.find()) {
            return null;
        }
        String place = placeNames.placeName(m.group(1));
        return place == null || PlaceNames.isGroup(lead, place) || placeNames.isAdjective(place) || PlaceNames.isMonth(place) ? null : place;
    }

    /**
     * The place a state's or government's name is made from, when the name is a place's adjective and a
     * state or government noun ("Inner Mongolian People's Republic", "Outer Manchurian Provisional
     * Government") and the article's prose names that place ("Inner Mongolia"), the longest such; else the
     * place an adjective in "-ian" is regularly made from ("Mongolian": Mongolia); or null.
     */
    private String territory(ArticleContext ac, String name) {
        if (name == null) {
            return null;
        }
        String[] words = Chars.words(name.strip());
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (words.length < 2 || !stateNouns.contains(last) && !governmentBodies.contains(last)) {
            return null;
        }
        for (String w : words) {
            if (!Chars.isUpperCase(w.charAt(0))) {
                return null; // "Republic of China": a place after "of" is no adjective
            }
        }
        String derived = null;
        for (int k = words.length - 2; k >= 0; k--) {
            if (!words[k].endsWith("n") || words[k].length() < 4) {
                continue;
            }
            String place = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k + 1));
            place = place.substring(0, place.length() - 1);
            Pattern named = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(place) + "(?![\\p{L}'’])");
            for (Prose p : ac.prose) {
                if (named.matcher(p.text).find()) {
                    return place;
                }
            }
            if (derived == null && place.endsWith("ia")) {
                derived = place; // "Inner Mongolian": Inner Mongolia, though the article never writes it
            }
        }
        return derived;
    }

    /**
     * The place an article is about as a state: the state it is about ({@link ArticleNames#subject}), else
     * the place its title names ("… of Xinjiang Province"), else a place word of its title, else its title.
     * A state article whose title describes a time of the state rather than naming it ("Xinjiang under
     * Sheng Shicai") is about the infobox's common name.
     */
    String statePlace(ArticleContext ac) {
        ArticleNames.Subject subject = ac.articleNames.subject();
        if (subject != null) {
            String title = ac.article.title() == null ? "" : ac.article.title();
            if (DESCRIPTIVE_TITLE.matcher(title).find()) {
                for (Element.InfoboxEntry e : ac.article.infobox()) { // "Xinjiang under Sheng Shicai": Xinjiang
                    if (COMMON_NAME_KEY.matcher(e.key()).matches() && !e.value().isBlank()) {
                        return withoutBrackets(e.value(), "").strip();
                    }
                }
                String lead = leadingPlace(ac, title); // "Qinghai under Ma Bufang": Qinghai
                if (lead != null) {
                    return ac.articleNames.canonicalPlace(lead);
                }
            }
            return ac.articleNames.canonicalPlace(subject.name());
        }
        String title = ac.article.title() == null ? "" : ac.article.title();
        Matcher m = written.placeAdmin.matcher(title); // "Altay District", "the district of Khalkhgol"
        while (m.find()) {
            String place = placeNames.adminPlace(m);
            if (place != null) {
                return ac.articleNames.canonicalPlace(place);
            }
        }
        Matcher of = CAPTION_OF.matcher(title); // "Kazakh exodus from Xinjiang", "Battle of Chamdo"
        while (of.find()) {
            String place = placeNames.placeName(of.group(1));
            if (place != null && PlaceNames.wholeGroup(ac, place) == null && !startsWithDigit(place)
                    && PlaceNames.wholeGroup(ac, of.group(1)) == null) { // "Deportation of the Volga Germans": a people
                return ac.articleNames.canonicalPlace(place);
            }
        }
        String[] words = NOT_WORD.split(title);
        for (int i = 0; i < words.length; i++) { // "Xinjiang Production and Construction Corps"
            String w = words[i];
            if (!w.isEmpty() && placeNames.placeWords(ac).contains(w) && PlaceNames.wholeGroup(ac, w) == null && !placeNames.isAdjective(w)
                    && ac.gazetteer.firstIn(w) == null) {
                return ac.articleNames.canonicalPlace(longestPlace(ac, words, i));
            }
        }
        if (DESCRIPTIVE_TITLE.matcher(title).find()) { // "Liaoshen campaign", "Kazakh famine of 1930–1933"
            String lead = leadingPlace(ac, title);
            if (lead != null) {
                return ac.articleNames.canonicalPlace(lead);
            }
            String place = infoboxPlace(ac);
            if (place != null) {
                return ac.articleNames.canonicalPlace(place);
            }
        }
        return title;
    }

    /**
     * The longest run of capitalized words from {@code words[from]} that the prose writes as a whole name
     * right after a place preposition ("… aid to North Vietnam was": North Vietnam, not North), else that word.
     */
    private static String longestPlace(ArticleContext ac, String[] words, int from) {
        int to = from + 1;
        while (to < words.length && !words[to].isEmpty() && Chars.isUpperCase(words[to].charAt(0))) {
            to++;
        }
        for (int end = to; end > from + 1; end--) {
            String run = String.join(" ", java.util.Arrays.copyOfRange(words, from, end));
            for (Prose p : ac.prose) {
                for (String preposition : PLACE_PREPOSITIONS) {
                    if (wholeNameAfter(p.text, preposition + run)) {
                        return run;
                    }
                }
            }
        }
        return words[from];
    }

    /** Whether {@code text} writes {@code phrase} as a whole name: not inside a word, not before a name's next word or "and"/"of". */
    private static boolean wholeNameAfter(String text, String phrase) {
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            int end = at + phrase.length();
            if (at > 0 && Chars.isLetter(text.charAt(at - 1))) {
                continue;
            }
            if (end == text.length() || !Chars.isLetter(text.charAt(end)) && text.charAt(end) != ' ') {
                return true;
            }
            if (text.charAt(end) == ' ' && end + 1 < text.length() && Chars.isLowerCase(text.charAt(end + 1))
                    && !text.startsWith(" and ", end) && !text.startsWith(" of ", end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The place a descriptive title opens with ("Qinghai under Ma Bufang": Qinghai), when the article's
     * prose writes it after a place preposition and it is no group's name or adjective; or null.
     */
    private String leadingPlace(ArticleContext ac, String title) {
        Matcher m = LEADING_NAME.matcher(title);
        if (!m.find()) {
            return null;
        }
        String lead = m.group(1);
        return placeNames.placeWords(ac).contains(lead) && PlaceNames.wholeGroup(ac, lead) == null && !placeNames.isAdjective(lead) ? lead : null;
    }

    /**
     * The part of the infobox's place list named with {@code noun}, written out or abbreviated ({@code
     * admin_abbreviations}: "Chechen-Ingush ASSR, North Caucasus" for "the republic"): the place an anaphor stands
     * for when the prose names no place with that noun; or null.
     */
    String infoboxPlaceWithNoun(ArticleContext ac, String noun) {
        for (String key : INFOBOX_PLACE_KEYS) {
            for (Element.InfoboxEntry e : ac.article.infobox()) {
                if (!e.key().strip().equalsIgnoreCase(key)) {
                    continue;
                }
                for (String part : Once.COMMA_OR_SEMICOLON.split(Once.BRACKETED.matcher(e.value()).replaceAll(""))) {
                    String name = part.strip();
                    int space = name.lastIndexOf(' ');
                    String last = space < 0 ? "" : name.substring(space + 1);
                    if (!name.isEmpty() && Chars.isUpperCase(name.charAt(0)) && (last.equalsIgnoreCase(noun)
                            || noun.equals(abbreviatedNouns.get(last)))) {
                        return name;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The part of the infobox's place list that a state noun opens ("Federation" of "Federation of Malaya"), else the
     * one party of its donor or recipient lists that the noun names, capitalised words before it ("Kingdom" of
     * "Hashemite Kingdom of Norland"); or null.
     */
    private static String infoboxPlaceNamedBy(ArticleContext ac, String stateNoun) {
        for (String key : INFOBOX_PLACE_KEYS) {
            for (Element.InfoboxEntry e : ac.article.infobox()) {
                if (e.key().strip().equalsIgnoreCase(key)) {
                    for (String part : Once.COMMA_OR_SEMICOLON.split(Once.BRACKETED.matcher(e.value()).replaceAll(""))) {
                        if (part.strip().startsWith(stateNoun + " of ")) {
                            return part.strip();
                        }
                    }
                }
            }
        }
        Set<String> partyKeys = new HashSet<>(ac.rules.lexicon().set("donor_keys"));
        partyKeys.addAll(ac.rules.lexicon().set("recipient_keys"));
        String found = null;
        for (Element.InfoboxEntry e : ac.article.infobox()) {
            if (partyKeys.contains(e.key().strip().toLowerCase(Locale.ROOT))) {
                for (String part : Once.COMMA_OR_SEMICOLON.split(Once.BRACKETED.matcher(e.value()).replaceAll(""))) {
                    if (namedBy(part.strip(), stateNoun)) {
                        if (found != null && !found.equals(part.strip())) {
                            return null; // two parties of that noun: the noun names neither
                        }
                        found = part.strip();
                    }
                }
            }
        }
        return found;
    }

    /**
     * The name the article writes for a one-word plural place with the plural kept noun of a group of places after its
     * stem ({@code name_nouns}: "Kessel Islands" for "the Kessels"); or null.
     */
    private static String pluralsName(ArticleContext ac, String place) {
        if (place.length() < 4 || place.indexOf(' ') >= 0 || !place.endsWith("s") || !Chars.isUpperCase(place.charAt(0))) {
            return null;
        }
        String stem = place.substring(0, place.length() - 1);
        for (String noun : ac.rules.lexicon().set("name_nouns")) {
            if (!noun.endsWith("s") || noun.length() < 2) {
                continue;
            }
            String upper = Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
            for (String written : List.of(stem + " " + upper, stem + " " + noun)) {
                for (Prose p : ac.prose) {
                    int at = p.text.indexOf(written);
                    if (at >= 0 && (at == 0 || !Chars.isLetter(p.text.charAt(at - 1)))
                            && (at + written.length() == p.text.length() || !Chars.isLetter(p.text.charAt(at + written.length())))) {
                        return written;
                    }
                }
            }
        }
        return null;
    }

    /** Whether {@code name} is capitalised words, {@code stateNoun}, "of" and a name: "Hashemite Kingdom of Norland". */
    private static boolean namedBy(String name, String stateNoun) {
        int at = name.indexOf(stateNoun + " of ");
        int after = at + stateNoun.length() + 4;
        if (at < 0 || at > 0 && name.charAt(at - 1) != ' ' || after >= name.length() || !Chars.isUpperCase(name.charAt(after))) {
            return false;
        }
        for (String word : name.substring(0, at).split(" ")) {
            if (!word.isEmpty() && !Chars.isUpperCase(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The place an event's infobox gives (its Location, Place, Region or Country key), the broadest part of
     * a list ("Western Liaoning, Changchun and Shenyang, Manchuria": Manchuria); or null.
     */
    private static String infoboxPlace(ArticleContext ac) {
        for (String key : INFOBOX_PLACE_KEYS) {
            for (Element.InfoboxEntry e : ac.article.infobox()) {
                if (e.key().strip().equalsIgnoreCase(key) && !e.value().isBlank()) {
                    String value = Once.BRACKETED.matcher(e.value()).replaceAll("");
                    int semicolon = value.indexOf(';'); // "Poland; Ukrainian and Byelorussian SSRs": the first place
                    if (semicolon > 0) {
                        value = value.substring(0, semicolon);
                    }
                    String[] parts = Once.COMMA_OR_SEMICOLON.split(value);
                    String last = parts[parts.length - 1].strip();
                    if (!last.isEmpty() && Chars.isUpperCase(last.charAt(0))) {
                        return last;
                    }
                }
            }
        }
        return null;
    }
}
