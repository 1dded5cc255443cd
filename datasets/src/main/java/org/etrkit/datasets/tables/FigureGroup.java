package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.DemographicsTable.REMAINDER;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;

/**
 * The group of a population figure in prose: the one named after a share or "of them" ("of whom 55% were Han",
 * "a further 15% Hui", "95% of them Uyghurs"), else {@code Other} after "the remaining" or "all other groups",
 * else the ethnic group of the lexicon nearest the figure in its clause (not before a "while" that opens another
 * subject's clause, not an adjective of a thing, "a Manchu banner garrison"; of two names of one people, "the Hui,
 * or Dungans", the first), else the group a "they" stands for; and the names of a stretch of prose ({@link
 * #namesIn}), each a group or not.
 */
final class FigureGroup {

    /** A copula after a clause's subject: "the Kyrgyz were an absolute majority". */
    static final Set<String> COPULA = Set.of("were", "was", "are", "is", "remained", "formed", "became");

    /** Right before a count of people that is the whole a part is counted of: "… Chinese out of 6,278,758 people". */
    static final Pattern OUT_OF = Pattern.compile("\\bout of\\s*(?:some |about |roughly |nearly )?$");

    /** Right before the whole a part is counted of: "519,000 of its 835,000 inhabitants", "out of a total of". */
    static final Pattern OF_THE_WHOLE = Pattern.compile(
            "(?:\\d|%|\\bper ?cent)\\s+(?:out )?of (?:its|their|the|a total of|an? (?:estimated |total )?)\\s*(?:some |about |roughly |nearly )?$");

    /** A possessive right before a count of the whole a share is of: "a tenth of the town's", "a third of Norland's". */
    private static final Pattern OF_A_PLACES = Pattern.compile(
            "\\bof (?:the (?-i:\\p{Ll})+|(?:the )?(?-i:\\p{Lu})[\\p{L}-]+(?: (?-i:\\p{Lu})[\\p{L}-]+){0,3})['’]s\\s+(?:some |about |roughly |nearly |over |almost )?$");

    /** A possessive determiner right before a count of a place's people: "of its" roughly 21,000 inhabitants. */
    private static final Pattern OF_ITS = Pattern.compile("\\b[Oo]f (?-i:its|their)\\s+(?:" + Hedges.WORD + " )?$");

    /** Right before the whole a group's count is counted among: "8,100 Kurds among 31,000 inhabitants". */
    static final Pattern AMONG = Pattern.compile("\\bamong\\s+(?:(?:its|their|the) )?(?:some |about |roughly |nearly |over |almost )?$");

    /** A bare whole right after a count and "out of": "11,800 Tatars out of 14,100". */
    private static final Pattern COUNT_OUT_OF = Pattern.compile("\\d(?:\\s+\\p{L}+)?\\s+out of\\s*(?:some |about |roughly |nearly )?$");

    /** The word right after a name, when it is a capitalised word: "Empire" of "Russian Empire". */
    private static final Pattern NEXT_NAME = Pattern.compile(" ((?-i:\\p{Lu})[\\p{L}]+)");

    static final Pattern NEXT_WORD = Pattern.compile("[ -]((?-i:\\p{Ll})[\\p{L}]+)");

    /** "of them" right after a count: the people a pronoun stands for. */
    private static final Pattern OF_THEM_NEXT = Pattern.compile("\\s+of them\\b");

    /** A sentence whose subject is a part of "them": "Most of them", "More than 90 percent of them". */
    private static final Pattern SOME_OF_THEM_OPENING = Pattern.compile(
            "\\s*(?-i:\\p{Lu})[\\p{L}\\d.,% -]{0,40}? of them\\b");

    /** A sentence whose subject is "They". */
    private static final Pattern THEY_OPENING = Pattern.compile("\\s*They\\b");

    /** Words after a group that make it the subject or a noun, not an adjective: verbs and function words. */
    static final Set<String> NOT_NOUNS = Set.of("were", "was", "are", "is", "had", "have", "has", "held", "kept", "made",
            "make", "makes", "form", "formed", "forms", "numbered", "number", "counted", "accounted", "lived", "live",
            "and", "or", "of", "in", "at", "who", "which", "with", "by", "from", "to", "for", "then", "still", "also",
            "alone", "together", "comprised", "constituted", "represented", "totalled", "totaled", "reached",
            "grew", "fell", "rose", "remained", "remain", "became", "came", "accounting", "making", "numbering", "being",
            "whom", "whose", "than", "as", "on", "out", "up", "outnumbered", "dominated", "predominated");

    /** A share or count in brackets right after a figure: " (63.4%)" of "529,000 (63.4%) were Koreans", " (roughly 486,000)". */
    static final Pattern SHARE_IN_BRACKETS = Pattern.compile(" \\((?:[\\p{Ll} ]{0,12})?[\\d.,]+(?: ?%| per ?cent)?\\)");

    /** A share set off by commas right after a count: ", or 34.2 per cent," of "41,000, or 34.2 per cent, were Greeks". */
    private static final Pattern SHARE_IN_COMMAS = Pattern.compile(
            ", (?:or )?(?:(?:about|some|nearly|almost|roughly|around) )?\\d+(?:\\.\\d+)?(?: ?%| per ?cent),");

    /**
     * A clause set off by commas that says something of the name before it ("Taranchis, as the Uyghurs of the
     * Ili valley were then known, numbered"; "The Daur, counted separately from the Mongols, numbered"; "Tesh, the
     * capital of Orsk oblast, had"; "In Westmark, then part of Eastmark province, the count found"): the names in it
     * are not the figure's.
     */
    private static final Pattern APPOSITIVE = Pattern.compile(
            ", (?:as|who|which|whose|where|when|(?:(?:then|now|once|also|often|mostly|usually|commonly) ){1,2}(?:known as|called|named)|known as|called|(?-i:\\p{Ll})+ed|(?:the|a|an) (?=(?-i:\\p{Ll}))|(?:(?:then|now|once) )?part of)\\b[^,;:]{1,120},");

    /** "of them", "of whom" between a share and its group, also past a share in brackets ("985,000 (16.1%) of them"). */
    private static final Pattern OF_THEM = Pattern.compile("\\)?(?: \\([^()]{1,12}\\))? (?:of (?:them|whom|these|it) )");

    /** A conjunction that opens a clause with a subject of its own: a group before it is not the figure's. */
    private static final Pattern NEW_SUBJECT = Pattern.compile(",? \\b(?:while|whereas|but|although)\\b");

    /** Between two group names that name one people: "Hui, or Dungans", "Hui Muslims", "Uyghurs (Taranchi". */
    private static final Pattern ALIAS_GAP = Pattern.compile("(?:,? or |,? also called |,? known as | \\(| )");

    /** A capitalised word right before a name, one space between: "Hui" of "Hui Muslims". */
    private static final Pattern WORD_BEFORE = Pattern.compile("(?<![\\p{L}'’-])((?-i:\\p{Lu})[\\p{L}'’-]+) $");

    /** A pronoun standing for a group named before: "they numbered", "these made up". */
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("\\b(?:[Tt]hey|[Tt]hese|their)\\b");

    /** A copula after a figure, past the whole it is of ("640 of its 910 inhabitants were"), before its group. */
    private static final Pattern SHARE_OF = Pattern.compile(
            "^(?: of (?:them|these|the population|the total|the inhabitants|the residents|the people"
                    + "|(?:its|their|the) [\\d,]+ (?:inhabitants|residents|people)))? (?:were|was|are|is|being|belonged to|belong to)"
                    + "(?: (?:registered|recorded|counted|listed) as)?(?: the)? ");

    /** Regular expressions compiled once, which String.matches, replaceAll and split compiled at every call. */
    private static final class Once {
        static final Pattern GROUP_THEN_FIGURE = Pattern.compile(":?\\s+|\\s*\\(");
        static final Pattern OPENING_BRACKET = Pattern.compile("\\s*\\(");
        /** A comma and a hedge between a people and its count "strong": "the Kazakhs, some 300,000 strong". */
        static final Pattern COMMA_THEN_FIGURE = Pattern.compile(",\\s+(?:(?:some|about|around|roughly|nearly|perhaps|an estimated) )?");
        static final Pattern STRONG_AFTER = Pattern.compile("\\s+strong\\b");
        /** A language given as a mother tongue right after a count: " (39 per cent) gave Polish as their mother tongue". */
        static final Pattern TONGUE_AFTER = Pattern.compile("^(?:\\s*\\([^()]{1,40}\\)|, or (?:(?:about|some|roughly|nearly|almost) )?[\\d.]+ ?(?:%|per ?cent),)?"
                + "(?: (?-i:\\p{Ll})+)?,? (?:gave|named|reported|declared) "
                + "((?-i:\\p{Lu})[\\p{L}'’-]+) as (?:their|its) (?:mother tongue|native (?:language|tongue)|first language|language)\\b");
        /** ", each numbering around" right before a figure: the figure is each of the peoples named before's. */
        static final Pattern EACH_BEFORE = Pattern.compile(
                ",\\s+each\\s+(?:\\p{Ll}+ing\\s+|numbered\\s+|with\\s+)?(?:(?:some|about|around|roughly|nearly|perhaps|an estimated)\\s+)?$");
        /** What joins two peoples of a list: "the Tajiks and the Kyrgyz", "Kazakhs, Tajiks". */
        static final Pattern LIST_JOIN = Pattern.compile(",?\\s+(?:and|or)\\s+(?:the\\s+)?|,\\s+(?:the\\s+)?");
    }

    private final Set<String> populationNouns;
    /** The group's name the figure's sentence uses as a place's ("The Altai was the … district"), else null. */
    String groupPlace;
    private final Set<String> civilians;
    /** Nouns of a state ("empire", "SSR"), after which a people's adjective names the state, not the people. */
    private final Set<String> stateNouns;
    /** Nouns of a people after its adjective ("the Kazakh population", "a Russian minority"). */
    private final Set<String> populationHeads;
    /** Nouns of people after a group ("Japanese settlers", "Russian residents"). */
    private final Set<String> people;
    /** Adverbs before a people's adjective that make a count all the people of a place: "mostly" ({@code makeup_adverbs}). */
    private final Set<String> makeupAdverbs;
    /** Words that make a figure the remainder of the groups named ("the remaining 67,300 people", "the rest"). */
    private final Pattern remainderWords;
    /** What a change of level must be said of to continue a count: the population, "the figure", "it". */
    private final Pattern levelSubject;
    /** After a share, the people of a larger unit a place is part of: " of the province's people". */
    private final Pattern unitsWhole;

    /** After a share, a whole named by its population noun: "10 per cent of a population of", "of a population reduced to". */
    private final Pattern wholeAfterShare;
    /** An appositive that describes a place by its people's count right before the figure: ", a chemical centre of". */
    private final Pattern placeAppositive;
    /** "out of" a whole named by its population noun, after an adjective that is no people's: "out of a republican population of". */
    private final Pattern outOfAWhole;
    /** A phrase of self-identification after a count, past a remark set off by commas: ", or 1.7% …, identified themselves as ". */
    private final Pattern identityAfter;
    /** The population as the subject of a change or a copula, no name between it and the figure: "where the population fell from about". */
    private final Pattern wholeSubject;
    /** A place named by its kind's noun, possessive, right before a count: "the town's" 48,300 residents. */
    private final Pattern placesWhole;

    FigureGroup(Lexicon lex) {
        this.identityAfter = lex.compile("(?-i:^(?:,[^,;:]{1,60},)? (?:{identity_phrases}) (?:the )?)");
        this.outOfAWhole = lex.compile("(?-i:\\bout of (?:a|an|the|its|their) (?:(?:{whole_modifiers}) )?(?:\\p{Ll}+ )?(?:{share_wholes}) of"
                + "\\s*(?:some |about |roughly |nearly |over |almost )?$)");
        this.wholeAfterShare = lex.compile("(?-i:(?:\\d|%|\\bper ?cent)\\s+of an? (?:(?:{whole_modifiers}) )?(?:{share_wholes}) (?:of|(?:{level_verbs}|\\p{Ll}+ed) to)"
                + "\\s*(?:some |about |roughly |nearly |over |almost )?$)");
        this.wholeSubject = lex.compile("(?-i:\\b(?:[Tt]he|[Ii]ts|\\p{Lu}[\\p{L}-]*['’]s) (?:{share_wholes}) (?:had )?(?:{level_verbs}|{level_stand_verbs}|was|were)\\b"
                + "[\\p{Ll}\\d .,]{0,50}$)");
        this.unitsWhole = lex.compile("(?-i:(?:\\s*per ?cent)?\\s+of\\s+the\\s+(?:{admin_words}|{settlement_nouns}|{state_nouns})['’]s\\s+"
                + "(?:(?:{whole_modifiers})\\s+)?(?:{share_wholes})\\b)");
        this.placesWhole = lex.compile("(?-i:\\b[Tt]he (?:{admin_words}|{settlement_nouns})['’]s\\s+(?:(?:some|about|roughly|nearly|over|almost) )?$)");
        this.populationNouns = lex.set("population_nouns");
        this.placeAppositive = lex.compile("(?-i:,\\s+an? (?:[\\p{Ll}-]+ ){0,2}(?!(?:{community_nouns}|{population_heads}) of\\b)\\p{Ll}+ of (?:" + Hedges.WORD + " )?$)");
        this.civilians = lex.set("civilians");
        this.populationHeads = lex.set("population_heads");
        this.stateNouns = lex.set("state_nouns");
        this.people = lex.set("people_nouns");
        this.makeupAdverbs = lex.set("makeup_adverbs");
        this.remainderWords = lex.compile("(?-i:\\b(?:(?i:the) (?:{remainder_heads})|{remainder_phrases}|(?:all |the )?other (?:{remainder_nouns}))"
                + "(?: [\\p{L}-]+){0,3}?\\s*$)");
        this.levelSubject = lex.compile("(?-i:\\b(?:{level_subjects})\\b(?:(?! whose\\b).)*?\\b(?:{level_verbs}|{level_stand_verbs})\\b)");
    }

    /** A group right before a bare figure, as in a list: "Kazakhs 61,000 (68%), Uyghurs 9,000". */
    boolean groupRightBefore(Prose p, Quantity q) {
        List<Prose.Name> names = namesIn(p, Math.max(p.clauseStart(q.start()), q.start() - 40), q.start());
        if (names.isEmpty()) {
            return false;
        }
        Prose.Name n = names.get(names.size() - 1);
        return n.isGroup() && Once.GROUP_THEN_FIGURE.matcher(p.text.substring(n.end(), q.start())).matches();
    }

    /**
     * The people a bare figure "strong" set off after its name counts ("the Kazakhs, some 300,000 strong"), or null:
     * a people of the lexicon counted so is its number, not a force's strength.
     */
    String peopleStrong(Prose p, Quantity q) {
        if (!q.unit().isEmpty() || !Once.STRONG_AFTER.matcher(p.after(q.end(), 10)).lookingAt()) {
            return null;
        }
        List<Prose.Name> names = namesIn(p, Math.max(p.clauseStart(q.start()), q.start() - 40), q.start());
        if (names.isEmpty()) {
            return null;
        }
        Prose.Name n = names.get(names.size() - 1);
        return n.isGroup() && n.group() != null && Once.COMMA_THEN_FIGURE.matcher(p.text.substring(n.end(), q.start())).matches()
                ? canonical(n) : null;
    }

    /**
     * The peoples listed before the people {@code group} of a figure that follows ", each numbering" ("the Tajiks
     * and the Kyrgyz, each numbering around 150,000": Tajik for the Kyrgyz figure), each of which the figure
     * counts too; empty when the figure follows no "each".
     */
    List<String> othersEach(Prose p, Quantity q, String group) {
        List<String> all = peoplesEach(p, q);
        if (all.size() < 2 || !all.get(all.size() - 1).equals(group)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String g : all) {
            if (!g.equals(group) && !out.contains(g)) {
                out.add(g);
            }
        }
        return out;
    }

    /**
     * The peoples of the lexicon a list joined by "and" or commas names right before ", each numbering" and the
     * figure ("the Tajiks and the Kyrgyz, each numbering around 150,000"), in text order; else empty.
     */
    private List<String> peoplesEach(Prose p, Quantity q) {
        if (!q.unit().isEmpty()) {
            return List.of();
        }
        int from = Math.max(p.clauseStart(q.start()), q.start() - 120);
        Matcher each = Once.EACH_BEFORE.matcher(p.text).region(Math.max(from, q.start() - 40), q.start());
        if (!each.find()) {
            return List.of();
        }
        List<Prose.Name> names = namesIn(p, from, each.start());
        int k = names.size() - 1;
        if (k < 1 || !names.get(k).isGroup() || names.get(k).group() == null
                || !p.text.substring(names.get(k).end(), each.start()).isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(List.of(canonical(names.get(k))));
        for (; k >= 1; k--) {
            Prose.Name n = names.get(k - 1);
            if (!n.isGroup() || n.group() == null || !Once.LIST_JOIN.matcher(p.text.substring(n.end(), names.get(k).start())).matches()) {
                break;
            }
            out.add(0, canonical(n));
        }
        return out.size() > 1 ? out : List.of();
    }

    /**
     * Whether a figure counts peoples of the lexicon named right before it, "the Kazakhs, some 300,000 strong"
     * ({@link #peopleStrong}) or "the Tajiks and the Kyrgyz, each numbering around 150,000", and so no force.
     */
    boolean countsPeoplesNamed(Prose p, Quantity q) {
        return peopleStrong(p, q) != null || !peoplesEach(p, q).isEmpty();
    }

    /**
     * The group a bare figure or a share in brackets right after it counts: "followed by Russians (1,275,055)", "after
     * the Kazakhs (58.5%)", "ahead of Greeks (21.5 per cent)"; or null.
     */
    String groupBeforeBracket(Prose p, Quantity q) {
        if (!q.unit().isEmpty() && !q.unit().equalsIgnoreCase("percent")) {
            return null;
        }
        List<Prose.Name> names = namesIn(p, Math.max(0, q.start() - 40), q.start());
        if (names.isEmpty()) {
            return null;
        }
        Prose.Name n = names.get(names.size() - 1);
        return n.isGroup() && Once.OPENING_BRACKET.matcher(p.text.substring(n.end(), q.start())).matches() ? canonical(n) : null;
    }

    /** "326,000 Kazakhs", "1.1 million Japanese civilians": a group, or a group and a people noun. */
    boolean isGroupWord(Prose p, Quantity q) {
        String rest = afterGroup(p, q);
        if (rest == null) {
            return false;
        }
        String lower = rest.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || populationNouns.contains(lower) || people.contains(lower)) {
            return true;
        }
        String head = compoundHead(rest); // "61,240 Chechen special settlers"
        return head != null && (populationNouns.contains(head) || people.contains(head));
    }

    /**
     * The words of a count's noun after the group it names ("special settlers" of "Chechen special settlers"), or null
     * when it names none or names it after an adverb of make-up ("mostly Greek inhabitants").
     */
    private String afterGroup(Prose p, Quantity q) {
        if (q.noun().isEmpty()) {
            return null;
        }
        List<PhraseMatcher.Hit<String>> g = p.article.groups(q.noun());
        if (g.isEmpty() || describesMakeup(q.noun(), g.get(0))) {
            return null;
        }
        return q.noun().substring(g.get(g.size() - 1).end()).strip();
    }

    /**
     * The head of a compound noun of one lower-case modifier and a noun ("settlers" of "special settlers", "workers"
     * of "contract workers"), lower-cased; else null.
     */
    private static String compoundHead(String words) {
        int space = words.indexOf(' ');
        return space > 0 && words.indexOf(' ', space + 1) < 0 && Chars.isLowerCase(words.charAt(0))
                ? words.substring(space + 1).toLowerCase(Locale.ROOT) : null;
    }

    /**
     * Whether the group of a count's noun follows an adverb of make-up ({@code makeup_adverbs}): "35,000 mostly
     * Greek inhabitants" counts all the inhabitants, most of them of that group.
     */
    private boolean describesMakeup(String noun, PhraseMatcher.Hit<String> group) {
        String before = noun.substring(0, group.start()).strip();
        int space = before.lastIndexOf(' ');
        return !before.isEmpty() && makeupAdverbs.contains(before.substring(space + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * The people whose language a count gave as its mother tongue ("about 4.2 million (some 39 per cent) gave Polish
     * as their mother tongue", "11,600 residents gave Hungarian as their language"), or null.
     */
    String tongueGroup(Prose p, Quantity q) {
        Matcher m = Once.TONGUE_AFTER.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + 120));
        return m.lookingAt() ? PlaceNames.wholeGroup(p.article, m.group(1)) : null;
    }

    /** "21,000 Greek refugees", "9,000 Kazakh villagers": a group and a noun of civilians ({@code civilians}). */
    boolean isGroupOfCivilians(Prose p, Quantity q) {
        String rest = afterGroup(p, q);
        if (rest == null) {
            return false;
        }
        if (civilians.contains(rest.toLowerCase(Locale.ROOT))) {
            return true;
        }
        String head = compoundHead(rest); // "45,000 Greek contract workers"
        return head != null && civilians.contains(head);
    }

    /** Whether {@code at} lies in an {@link #APPOSITIVE} between {@code from} and {@code to}. */
    static boolean inAppositive(Prose p, int from, int to, int at) {
        Matcher m = APPOSITIVE.matcher(p.text).region(Math.max(0, from), Math.min(p.text.length(), to));
        while (m.find()) {
            if (m.start() <= at && at < m.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The names of {@code p} between {@code from} and {@code to}, a force's name that is wholly an ethnic
     * group too taken as the group ("220,000 were Japanese": the people, not the army).
     */
    static List<Prose.Name> namesIn(Prose p, int from, int to) {
        List<Prose.Name> names = p.namesIn(from, to);
        if (names.stream().anyMatch(n -> n.isGroup() && label(p, n))) {
            names = new ArrayList<>(names);
            names.removeIf(n -> n.isGroup() && label(p, n)); // "then recorded as "Tungus"": no group of its own
        }
        List<Prose.Name> out = null;
        for (int i = 0; i < names.size(); i++) {
            Prose.Name n = names.get(i);
            if (!n.isGroup()) {
                String g = PlaceNames.wholeGroup(p.article, n.text());
                if (g != null) {
                    if (out == null) {
                        out = new ArrayList<>(names);
                    }
                    out.set(i, new Prose.Name(n.start(), n.end(), n.text(), null, g));
                }
            }
        }
        return out == null ? names : out;
    }

    /** "as" or "called" and an opening quotation mark right before a name: "then recorded as "Tungus"". */
    private static final Pattern LABEL_BEFORE = Pattern.compile("\\b(?:as|called|named) [\"“]$");

    /**
     * Whether a group's name is written in quotation marks as the name a people was recorded or called by ("41,000
     * Evenks, then recorded as "Tungus""): a label of the people named before it, not a group of its own.
     */
    private static boolean label(Prose p, Prose.Name n) {
        if (n.end() >= p.text.length() || p.text.charAt(n.end()) != '"' && p.text.charAt(n.end()) != '”') {
            return false;
        }
        return LABEL_BEFORE.matcher(p.text).region(Math.max(0, n.start() - 10), n.start()).find();
    }

    /** How many groups the figure's clause names after it. */
    int groupsAfter(Prose p, Quantity q) {
        int n = 0;
        for (Prose.Name name : namesIn(p, q.end(), p.clauseEnd(q.end()))) {
            n += name.isGroup() ? 1 : 0;
        }
        return n;
    }

    /** "of the" and a census's year right after a bare figure, before the people it is a part of: " of the 1935 ". */
    private static final Pattern OF_THE_PEOPLE = Pattern.compile("^ of the (?:\\d{4} )?");

    /** A verb of living right after a people's name: " lived", " were living". */
    private static final Pattern LIVED_AFTER = Pattern.compile("^ (?:lived|were living|resided)\\b");

    /**
     * The people a bare figure is a part of when that part lived somewhere ("About 14,000 of the 1935 Greeks lived in
     * Ostmark": Greek), or null.
     */
    String partOfPeopleLiving(Prose p, Quantity q) {
        Matcher of = p.rightAfterBare(q, OF_THE_PEOPLE, 20);
        Prose.Name n = of == null ? null : groupNameAt(p, of.end());
        return n != null && n.group() != null
                && LIVED_AFTER.matcher(p.text).region(n.end(), Math.min(p.text.length(), n.end() + 20)).lookingAt()
                ? n.group() : null;
    }

    /** The first name within 40 characters of {@code at} when it is a group's and starts right at {@code at}; or null. */
    private static Prose.Name groupNameAt(Prose p, int at) {
        for (Prose.Name n : namesIn(p, at, Math.min(p.text.length(), at + 40))) {
            return n.isGroup() && n.start() == at ? n : null;
        }
        return null;
    }

    /** The group written after a figure: after a copula ("93.9% were Han Chinese") or right after it ("15% Hui"). */
    String namedGroup(Prose p, Quantity q) {
        String after = groupAfterCopula(p, q);
        if (after == null) {
            after = groupIdentifiedAs(p, q);
        }
        if (after == null) {
            after = partOfPeopleLiving(p, q); // "About 14,000 of the 1935 Greeks lived in Ostmark"
        }
        return after != null ? after : groupRightAfter(p, q);
    }

    /** The group a count of people gave as their own: "7,300 people, or 2.1% of all, identified themselves as Kurds". */
    private String groupIdentifiedAs(Prose p, Quantity q) {
        if (!populationNouns.contains(q.unit().toLowerCase(Locale.ROOT))) {
            return null;
        }
        Matcher m = identityAfter.matcher(p.after(q.end(), 120));
        if (!m.lookingAt()) {
            return null;
        }
        int at = q.end() + m.end();
        for (Prose.Name n : namesIn(p, at, Math.min(p.text.length(), at + 40))) {
            if (n.isGroup() && n.start() == at) {
                return n.group();
            }
        }
        return null;
    }

    /** The group a figure is for: All for a total, else the nearest ethnic group in its clause. */
    String group(Prose p, Quantity q, String kind) {
        if (remainderWords.matcher(p.before(q.start(), 40)).find() && groupsAfter(p, q) > 1) {
            return REMAINDER; // "The remaining 13,000 were Russians, Xibe, Tajiks and Manchus"
        }
        if (kind.equals("count") && OF_THE_WHOLE.matcher(p.before(q.start(), 40)).find()) {
            return "All"; // "640 of its 910 inhabitants were Greeks": the whole, though a copula names the part's group after it
        }
        if (kind.equals("count") && populationNouns.contains(q.unit().toLowerCase(Locale.ROOT))
                && placeAppositive.matcher(p.before(q.start(), 60)).find()) {
            return "All"; // "in X, a chemical centre of 156,000 people, Russians were 41%": the place's people, not the group after
        }
        String named = namedGroup(p, q);
        if (named != null) {
            return named; // "of whom 93.9% were Han Chinese", "and a further 15% Hui", "95% of them Uyghurs"
        }
        Sentence own = p.sentence(p.sentenceIndex(q.start()));
        if (kind.equals("count") && OF_THEM_NEXT.matcher(p.after(q.end(), 12)).lookingAt()
                && THEY_OPENING.matcher(p.text).region(own.start(), q.start()).lookingAt()) {
            String they = subjectGroup(p, own.start());
            if (they != null) {
                return they; // "They form …, and the 2020 census counted about 6.9 million of them": the people "they" are
            }
        }
        if (remainderWords.matcher(p.before(q.start(), 40)).find()) {
            return REMAINDER; // "accounted for the remaining 67,300 people"
        }
        if (kind.equals("count") && OF_THE_WHOLE.matcher(p.before(q.start(), 40)).find()) {
            return "All"; // "Koreans numbered 519,000 of its 835,000 inhabitants": the whole
        }
        if (kind.equals("count") && populationNouns.contains(q.unit().toLowerCase(Locale.ROOT))
                && (OF_A_PLACES.matcher(p.before(q.start(), 40)).find() || placesWhole.matcher(p.before(q.start(), 40)).find()
                    || OF_ITS.matcher(p.before(q.start(), 30)).find())) {
            // "the town's 48,300 residents included 9,100 Tatars": a place's people, whatever group the clause named before;
            // "is almost entirely Greek: of its roughly 21,000 inhabitants, about 81% were Greeks": its people
            return "All"; // "they made up about a tenth of the town's 19,000 inhabitants": the town's people
        }
        if (kind.equals("count") && OUT_OF.matcher(p.before(q.start(), 30)).find()
                && (populationNouns.contains(q.unit().toLowerCase(Locale.ROOT))
                    || q.unit().isEmpty() && COUNT_OUT_OF.matcher(p.before(q.start(), 40)).find())) {
            return "All"; // "2,333,756 Chinese in the Federation of Malaya out of 6,278,758 people": the whole
        }
        if (kind.equals("count") && q.unit().isEmpty() && outOfAWhole.matcher(p.before(q.start(), 60)).find()) {
            return "All"; // "31,480 lived in towns …, out of a republican population of 16,464,464": the whole
        }
        if (kind.equals("count") && wholeAfterShare.matcher(p.before(q.start(), 60)).find()) {
            return "All"; // "again about 10 per cent of a population of 610,000"
        }
        if (kind.equals("count") && populationNouns.contains(q.unit().toLowerCase(Locale.ROOT))
                && AMONG.matcher(p.before(q.start(), 30)).find()) {
            return "All"; // "found 8,100 Kurds among 31,000 inhabitants"
        }
        if (kind.equals("count") && (isGroupWord(p, q) || isGroupOfCivilians(p, q))) {
            List<PhraseMatcher.Hit<String>> g = p.article.groups(q.noun());
            PhraseMatcher.Hit<String> last = g.get(g.size() - 1);
            if (g.size() > 1 && q.noun().startsWith(" ", g.get(g.size() - 2).end()) && last.start() == g.get(g.size() - 2).end() + 1
                    && q.noun().substring(last.start(), last.end()).endsWith("s") && last.value().equals(DemographicsTable.ownPeople(p.article))) {
                return last.value(); // "about 3,200 Sart Uzbeks" in an article on the Uzbeks: Uzbeks
            }
            return g.get(0).value(); // "some 1.1 million Japanese civilians", "200,000 Hui Muslims"
        }
        if (kind.equals("count") && wholeSubject.matcher(p.before(q.start(), 80)).find()) {
            return "All"; // "Tarn, where the population fell from about 96,000": the place's people, not the Kurds before
        }
        String before = groupBefore(p, q.start());
        if (before != null) {
            return before;
        }
        if (kind.equals("count")) {
            return "All";
        }
        String bracketed = groupBeforeBracket(p, q);
        if (bracketed != null) {
            return bracketed; // "the third-largest group after the Kazakhs (58.5%) and the Russians (19.7%)"
        }
        int cs = p.clauseStart(q.start());
        if (cs > 0 && p.text.charAt(cs - 1) == ':') {
            // "the Kyrgyz were an absolute majority: nearly 75 per cent": the subject of the clause before
            for (Prose.Name n : namesIn(p, p.clauseStart(cs - 1), cs - 1)) {
                Matcher verb = NEXT_WORD.matcher(p.text).region(n.end(), cs - 1);
                if (n.isGroup() && verb.lookingAt() && COPULA.contains(verb.group(1))) {
                    return canonical(n);
                }
            }
        }
        int end = Math.min(p.clauseEnd(q.end()), q.end() + 40);
        for (Prose.Name n : namesIn(p, q.end(), end)) {
            if (n.isGroup()) {
                return n.group();
            }
        }
        if (unitsWhole.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + 60)).lookingAt()) {
            return "All"; // "the Orsk circuit held 45 per cent of the province's people": its share of all
        }
        return null;
    }

    /** A place's name and an opening bracket right before a share, past a hedge: "the towns of Vella (about ". */
    private static final Pattern PLACE_THEN_BRACKET = Pattern.compile(
            "((?-i:\\p{Lu})[\\p{L}'’-]+(?: (?-i:\\p{Lu})[\\p{L}'’-]+){0,3}) \\((?:" + Hedges.WORD + " )?$");

    /**
     * The name of a place right before the bracket a share stands in ("the towns of Vella (about 90%)"), no group's
     * ("followed by Russians (58%)", read as that group's share); or null.
     */
    String placeBeforeSharesBracket(Prose p, Quantity q) {
        if (!q.unit().equalsIgnoreCase("percent")) {
            return null;
        }
        int from = Math.max(p.sentence(p.sentenceIndex(q.start())).start(), q.start() - 50);
        Matcher m = PLACE_THEN_BRACKET.matcher(p.text).region(from, q.start());
        return m.find() && !PlaceNames.isGroup(p, m.group(1)) && groupsIn(p, m.start(1), m.end(1)) == 0 ? m.group(1) : null;
    }

    /**
     * The group of a share in brackets right after a place's name ({@link #placeBeforeSharesBracket}): the clause's
     * group before the name ("Greeks were a majority in the towns of Vella (about 90%) and Pirna (roughly 70%)":
     * Greek), or null.
     */
    String groupOfPlacesShare(Prose p, Quantity q) {
        String place = placeBeforeSharesBracket(p, q);
        return place == null ? null : groupBefore(p, p.text.lastIndexOf(place, q.start()));
    }

    private static int groupsIn(Prose p, int from, int to) {
        int n = 0;
        for (Prose.Name name : namesIn(p, from, to)) {
            n += name.isGroup() ? 1 : 0;
        }
        return n;
    }

    /** The group written right after a share ("15% Hui", "95% of them Uyghurs"), or null. */
    private String groupRightAfter(Prose p, Quantity q) {
        String such = suchGroup(p, q);
        if (such != null) {
            return such;
        }
        boolean percent = q.unit().equalsIgnoreCase("percent");
        Matcher bracket = SHARE_IN_BRACKETS.matcher(p.text).region(q.end(), p.text.length());
        if (q.unit().isEmpty() && bracket.lookingAt()) {
            int at = bracket.end() + 1; // "1,885,000 (38.4 per cent) Chinese": the count's people past its share
            Prose.Name n = groupNameAt(p, at);
            if (n != null && p.text.charAt(at - 1) == ' ') {
                return n.group();
            }
        }
        Matcher m = OF_THEM.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + 20));
        if (!percent && !(q.unit().isEmpty() && m.lookingAt())) {
            return null; // a count names its group after "of them": "110,000 inhabitants, 56,000 of them Kazakhs"
        }
        int at = m.lookingAt() ? m.end() : q.end() + 1;
        Prose.Name n = groupNameAt(p, at);
        return n != null ? n.group() : null;
    }

    /** " such " right after a bare figure: "some 9,800 such Greeks", the people the sentence has described. */
    private static final Pattern SUCH = Pattern.compile("\\s+such\\s+");

    /** The group right after a bare figure and "such": "in 1950 some 9,800 such Greeks were living in"; or null. */
    String suchGroup(Prose p, Quantity q) {
        Matcher m = p.rightAfterBare(q, SUCH, 8);
        Prose.Name n = m == null ? null : groupNameAt(p, m.end());
        return n != null ? n.group() : null;
    }

    /** The group a copula right after the figure names: "93.9% were Han Chinese", "2.9 million were Uyghurs". */
    String groupAfterCopula(Prose p, Quantity q) {
        Matcher bracket = SHARE_IN_BRACKETS.matcher(p.text).region(q.end(), p.text.length());
        Matcher commas = SHARE_IN_COMMAS.matcher(p.text).region(q.end(), p.text.length());
        // "529,000 (63.4%) were Koreans", "of whom 41,000, or 34.2 per cent, were Greeks"
        int from = bracket.lookingAt() ? bracket.end() : commas.lookingAt() ? commas.end() : q.end();
        Matcher m = SHARE_OF.matcher(p.after(from, 60));
        if (!m.find()) {
            return null;
        }
        int at = from + m.end();
        for (Prose.Name n : namesIn(p, at, Math.min(p.text.length(), at + 40))) {
            if (n.isGroup() && n.start() == at) {
                return n.group();
            }
        }
        Matcher unlisted = UNLISTED_PLURAL.matcher(p.text).region(at, Math.min(p.text.length(), at + 60));
        if (unlisted.lookingAt() && FigureRegion.OF_WHOM_BEFORE.matcher(p.text).region(p.clauseStart(q.start()), q.start()).find()
                && namesIn(p, at, unlisted.end(1)).isEmpty()) {
            return unlisted.group(1).substring(0, unlisted.group(1).length() - 1); // "of whom 4,105 were Mishars living …"
        }
        return null;
    }

    /**
     * A capitalised plural that names no known place, force or people, ending its noun phrase: "Mishars" of "were
     * Mishars living mostly in", a people the lexicon does not list.
     */
    private static final Pattern UNLISTED_PLURAL = Pattern.compile(
            "((?-i:\\p{Lu})(?-i:\\p{Ll}){3,}s)(?=\\s+(?-i:\\p{Ll})+ing\\b|\\s*[,.;)]|\\s*$)");

    /** A clause of only "at" or "with" and a hedge before a figure: ", at" 812,400, ", with about". */
    private static final Pattern APPOSED_FIGURE = Pattern.compile("\\s*(?:at|with) (?:" + Hedges.WORD + " )?");

    /**
     * The people named right before the comma that opens a figure's clause of only "at" or "with" ("Greeks, at 812,400,
     * outnumbered Armenians, at 790,150", "when the Armenians, with 1,020,700, …"), the people the figure counts; or null.
     */
    private String groupApposed(Prose p, int cs, int offset) {
        if (cs < 2 || p.text.charAt(cs - 1) != ',' || cs > offset || !APPOSED_FIGURE.matcher(p.text).region(cs, offset).matches()) {
            return null;
        }
        List<Prose.Name> before = namesIn(p, Math.max(0, cs - 60), cs - 1);
        if (before.isEmpty()) {
            return null;
        }
        Prose.Name last = before.get(before.size() - 1);
        return last.isGroup() && last.end() == cs - 1 && !adjectival(p, last, offset) ? canonical(last) : null;
    }

    /**
     * The nearest ethnic group before {@code offset} in its clause; or the group that ends right before a
     * colon opening the clause ("Uyghurs: 2,941,000 (78.8%)").
     */
    String groupBefore(Prose p, int offset) {
        int cs = p.clauseStart(offset);
        int open = cs > 0 && p.text.charAt(cs - 1) == ')' ? p.text.lastIndexOf('(', cs - 1) : -1;
        if (open > 0 && cs - open <= 30) {
            cs = p.clauseStart(open); // "the Hui (Tungans) were counted at": the name before the bracket
        }
        Matcher conj = NEW_SUBJECT.matcher(p.text).region(cs, offset);
        int from = cs;
        while (conj.find()) {
            from = conj.end(); // "…, over 95% of them Uyghurs, while the Altay district counted 100,000 people"
        }
        List<Prose.Name> names = namesIn(p, from, offset);
        String apposed = groupApposed(p, Math.max(from, p.text.lastIndexOf(',', offset - 1) + 1), offset);
        if (apposed != null) {
            return apposed; // "Greeks, at 812,400, outnumbered Armenians, at 790,150": each people's own figure
        }
        for (int i = names.size() - 1; i >= 0; i--) {
            Prose.Name n = names.get(i);
            if (n.isGroup() && !adjectival(p, n, offset) && !inAppositive(p, from, offset, n.start())
                    && !n.text().equals(groupPlace)) {
                while (i > 0 && names.get(i - 1).isGroup() && ALIAS_GAP.matcher(
                        p.text.substring(names.get(i - 1).end(), n.start())).matches()
                        && !qualifiesOwnPeople(p, names.get(i - 1), n)) {
                    n = names.get(--i); // "the Hui, or Dungans," and "Hui Muslims": the first name
                }
                Matcher word = WORD_BEFORE.matcher(p.text).region(Math.max(from, n.start() - 30), n.start());
                String first = word.find() ? PlaceNames.wholeGroup(p.article, word.group(1)) : null;
                if (first != null && ownPeoplesPlural(p, n)) {
                    return canonical(n); // "Sart Uzbeks" in an article on the Uzbeks: Uzbeks
                }
                return first != null ? first : canonical(n); // "Hui Muslims", which names take as one name
            }
        }
        if (PRONOUN_SUBJECT.matcher(p.text).region(from, offset).find()) {
            return subjectGroup(p, offset); // "they numbered around 180,000", "they made up 74.2 per cent"
        }
        if (cs > 0 && p.text.charAt(cs - 1) == ':' && levelSubject.matcher(p.text)
                .region(p.clauseStart(cs - 1), cs - 1).find()) {
            String g = groupBefore(p, cs - 1); // "Xibe numbers rose in the counts: 83,629 in 1982, …": the Xibe
            if (g != null) {
                return g;
            }
        }
        if (cs > 0 && p.text.charAt(cs - 1) == ':') {
            List<Prose.Name> before = namesIn(p, Math.max(0, cs - 40), cs - 1);
            if (!before.isEmpty() && before.get(before.size() - 1).isGroup()
                    && before.get(before.size() - 1).end() == cs - 1) {
                Prose.Name last = before.get(before.size() - 1);
                if (!compared(p, last)) {
                    return canonical(last);
                }
                // "Evenks were more rural than Yakuts: 12,300 lived in villages": the group compared with is not
                // the one counted, the subject before the comparison is
                int start = p.clauseStart(last.start());
                for (Prose.Name n : namesIn(p, start, last.start())) {
                    if (n.isGroup() && !compared(p, n) && !adjectival(p, n, last.start())) {
                        return canonical(n);
                    }
                }
            }
        }
        return null;
    }

    /** "than" right before a group's name ("more urban than the Uzbeks"): the group a clause's subject is compared with. */
    private static final Pattern THAN_BEFORE = Pattern.compile("\\bthan (?:the )?$");

    /** Whether {@code n} is named right after "than", as the group its clause's subject is compared with. */
    private static boolean compared(Prose p, Prose.Name n) {
        return THAN_BEFORE.matcher(p.text).region(Math.max(0, n.start() - 12), n.start()).find();
    }

    /**
     * A group written as an adjective of a thing, not of people: "a Manchu banner garrison", "the Xibe
     * centre", "a Japanese survey" (but "Han settlers", "the Kazakh population", "Kazakh families" are people).
     */
    private boolean adjectival(Prose p, Prose.Name n, int offset) {
        Matcher state = NEXT_NAME.matcher(p.text).region(n.end(), Math.min(offset, n.end() + 40));
        if (state.lookingAt() && stateNouns.contains(state.group(1).toLowerCase(Locale.ROOT))) {
            return true; // "the Russian Empire", "the Uzbek SSR": a state's name
        }
        Matcher m = NEXT_WORD.matcher(p.text).region(n.end(), Math.min(offset, n.end() + 40));
        if (!m.lookingAt()) {
            Matcher name = NEXT_NAME.matcher(p.text).region(n.end(), Math.min(offset, n.end() + 40));
            // "the census of the Russian Empire": a people's adjective in a longer name, no people
            return !n.text().endsWith("s") && name.lookingAt() && !PlaceNames.isGroup(p, name.group(1));
        }
        String w = m.group(1);
        String t = n.text();
        if (t.endsWith("s") && !t.endsWith("ss") || w.endsWith("ed") || NOT_NOUNS.contains(w)) {
            return false; // "Kazakhs made up", "the Han were", "Manchus accounted for"
        }
        return !populationNouns.contains(w) && !people.contains(w) && !civilians.contains(w)
                && !populationHeads.contains(w);
    }

    /** The group "them" stands for after a figure: the group named nearest it in its sentence, else the subject's before. */
    String groupOfThem(Prose p, Quantity q, Sentence s) {
        Prose.Name nearest = null;
        for (Prose.Name n : namesIn(p, s.start(), s.end())) {
            if (n.isGroup() && (nearest == null || distance(n, q) < distance(nearest, q))) {
                nearest = n;
            }
        }
        return nearest != null ? canonical(nearest) : subjectGroup(p, q.start());
    }

    private static int distance(Prose.Name n, Quantity q) {
        return n.end() <= q.start() ? q.start() - n.end() : n.start() - q.end();
    }

    /** A sentence's opening "With" right before a count: "With" 183,140 people …. */
    private static final Pattern WITH_OPENING = Pattern.compile("\\s*(?-i:With) (?:" + Hedges.WORD + " )?");
    /** "they" and a copula or a verb of forming, the subject of the main clause after an opening "With" phrase. */
    private static final Pattern THEY_WERE = Pattern.compile("\\b(?-i:they) (?:were|are|formed|became|remained)\\b");

    /**
     * The group "they" stands for when the count opens its sentence in a "With" phrase and "they" is the subject of the
     * main clause after it ("With 83,140 people at the census of 1989 they were the largest Greek community"); or null.
     */
    String groupOfTheyAfterWith(Prose p, Quantity q) {
        Sentence s = p.sentence(p.sentenceIndex(q.start()));
        if (!WITH_OPENING.matcher(p.text).region(s.start(), q.start()).matches()) {
            return null;
        }
        Matcher they = THEY_WERE.matcher(p.text).region(q.end(), Math.min(s.end(), q.end() + 80));
        return they.find() && p.text.substring(q.end(), they.start()).indexOf(',') < 0 ? subjectGroup(p, they.start()) : null;
    }

    /**
     * The group a pronoun stands for: the first group that opens the sentence's clauses before {@code offset}
     * ("the Uyghurs … formed the largest community: they numbered"), else of the sentence before; or null.
     */
    private String subjectGroup(Prose p, int offset) {
        int si = p.sentenceIndex(offset);
        int stop = Math.max(0, si - 1);
        for (int k = si; k >= stop; k--) {
            Sentence s = p.sentence(k);
            int to = k == si ? offset : s.end();
            if (k < si && k == si - 1 && (THEY_OPENING.matcher(p.text).region(s.start(), s.end()).lookingAt()
                    || SOME_OF_THEM_OPENING.matcher(p.text).region(s.start(), s.end()).lookingAt())) {
                // "… the Germans numbered 89,834. They were more urban than the Kyrgyz. In 1989 some 59,000 of them
                // lived in towns", "… Most of them spoke Russian at home. … put their number at": a sentence opened by
                // "They" or "Most of them" is about the same people, from the sentence before it
                stop = Math.max(0, k - 1);
                continue;
            }
            for (Prose.Name n : namesIn(p, s.start(), to)) {
                if (n.isGroup() && !adjectival(p, n, to)) {
                    return canonical(n);
                }
            }
        }
        return null;
    }

    /**
     * Whether group name {@code first}, one space before {@code head}, names a part of the people the article is about
     * that {@code head} names in the plural: "Sart Uzbeks" in an article on the Uzbeks counts Uzbeks.
     */
    private static boolean qualifiesOwnPeople(Prose p, Prose.Name first, Prose.Name head) {
        return head.start() == first.end() + 1 && p.text.charAt(first.end()) == ' ' && ownPeoplesPlural(p, head);
    }

    /** Whether group name {@code n} is the people the article is about, in the plural ("Uzbeks"). */
    private static boolean ownPeoplesPlural(Prose p, Prose.Name n) {
        return n.text().endsWith("s") && n.group().equals(DemographicsTable.ownPeople(p.article));
    }

    private static String canonical(Prose.Name n) {
        return n.group();
    }
}
