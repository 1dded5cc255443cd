package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.PlaceNames.LEADING;
import static org.etrkit.datasets.tables.PlaceNames.NAME;
import static org.etrkit.datasets.tables.PlaceNames.NAME_PATTERN;
import static org.etrkit.datasets.tables.FigureGroup.NEXT_WORD;
import static org.etrkit.datasets.tables.FigureGroup.NOT_NOUNS;
import static org.etrkit.datasets.tables.FigureGroup.SHARE_IN_BRACKETS;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;

/**
 * The region of a population figure in prose: the place the figure's clause names ({@link #region}: the clause's
 * subject past an appositive, "in X" after the figure, a place with an administrative word), the place a clause
 * or the sentence opens with ("In Jirim League, …"), the sentence's subject ({@link #sentencePlace}), the place a
 * common noun stands for ("the oblast", "the town": {@link #anaphor}), the place a census or a share's whole is of.
 * The place a figure's sentence or clause opens with ({@link #openingPlace}, {@link #clauseOpeningPlace},
 * {@link #clauseSubject}, {@link #ellipticPlace}, {@link #kindNounSubject}) is read by {@link OpeningPlaces}, the
 * place a common noun stands for by {@link AnaphorPlaces}, a place's name as written by {@link WrittenPlaces}. This
 * class reads {@link WrittenPlaces} directly; it keeps the seven methods that hand a figure to {@link OpeningPlaces}
 * and {@link AnaphorPlaces} because the demographics readers that hold only a FigureRegion call them
 * ({@code PopulationStatements} all seven,
 * {@link FigureKinds} {@link #clauseSubject}, {@link ListItems} {@link #anaphor}, which adds the block's
 * {@link #sectionPlace}).
 */
final class FigureRegion {

    /** "of them", "of whom", "of these" right after a share: a share of the figure before. */
    static final Pattern OF_THEM_AFTER = Pattern.compile("\\s*(?:per cent\\s+)?of (?:them|whom|these)\\b");

    /** "of whom about" right before a bare figure: a part of the count before ("of whom about 150,000 lived in"). */
    static final Pattern OF_WHOM_BEFORE = Pattern.compile(
            "\\b[Oo]f (?:whom|them|these),? (?:" + Hedges.WORD + " )?$");

    /** A colon that opens a list right before a bare figure: "…, most of them herders: about 4,100 on Varo". */
    static final Pattern COLON_LIST_BEFORE = Pattern.compile(":\\s+(?:" + Hedges.WORD + " )?$");

    /** An earlier figure in a coordinated list: a figure, then a comma or "and"/"out of" before the next. */
    static final Pattern LIST_FIGURE_BEFORE = Pattern.compile("\\d[\\d,.]*\\s+[^;:]*?(?:,|\\band|\\bout of)\\s+(?:" + Hedges.WORD + " )?$");

    private static final Pattern LIST_KEYWORD = Pattern.compile("(?:,|\\band|\\bout of)");
    private static final java.util.List<String> HEDGE_WORDS = java.util.List.of("about", "some", "around", "roughly", "nearly",
            "over", "almost", "perhaps"); // Hedges.WORD

    /**
     * Whether {@link #LIST_FIGURE_BEFORE} finds a match in {@code text} between {@code from} and {@code to}, in time
     * bounded by the distance to the figure before instead of cubic in the length of the sentence (a find of the regex
     * tries every digit as a start and scans lazily to the end: a sentence of 10 KB without a stop took 11 s). The tail
     * ("," or "and" or "out of", blanks, a hedge word) is read back from {@code to}: its blanks end where the keyword
     * does, so there are at most two tails; then the nearest figure followed by a blank before the tail's start, with no
     * ';' or ':' between, is looked for backwards (any such figure would do for the regex's {@code [^;:]*?}).
     */
    static boolean listFigureBefore(String text, int from, int to) {
        // the regex's $ also matches before a line terminator at the end
        char last = to > from ? text.charAt(to - 1) : 'x';
        int ends = last == '\n' && to - 2 >= from && text.charAt(to - 2) == '\r' ? 2
                : last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029' ? 1 : 0;
        for (int cut = 0; cut <= ends; cut += Math.max(1, ends)) {
            if (listTailBefore(text, from, to - cut)) {
                return true;
            }
        }
        return false;
    }

    private static boolean listTailBefore(String text, int from, int to) {
        for (int hedge = -1; hedge < HEDGE_WORDS.size(); hedge++) {
            int end = to;
            if (hedge >= 0) {
                String w = HEDGE_WORDS.get(hedge) + " ";
                if (end - w.length() < from || !text.startsWith(w, end - w.length())) {
                    continue;
                }
                end -= w.length();
            }
            int a = end;
            while (a > from && isBlank(text.charAt(a - 1))) {
                a--;
            }
            if (a == end) {
                continue; // \\s+ needs a blank
            }
            for (int t = a - 1; t >= Math.max(from + 1, a - 6); t--) {
                Matcher kw = LIST_KEYWORD.matcher(text).region(t, a).useTransparentBounds(true);
                if (kw.matches() && figureBlankBefore(text, from, t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a digit, then digits, commas or dots, then a blank ends at or before {@code t}, with no ';' or ':' after it. */
    private static boolean figureBlankBefore(String text, int from, int t) {
        for (int j = t - 1; j > from; j--) {
            char c = text.charAt(j);
            if (c == ';' || c == ':') {
                return false;
            }
            if (isBlank(c)) {
                for (int i = j - 1; i >= from; i--) {
                    char r = text.charAt(i);
                    if (r >= '0' && r <= '9') {
                        return true;
                    }
                    if (r != ',' && r != '.') {
                        break;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isBlank(char c) { // the regex's \\s
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** A preposition right before a name: the name is its object, not a clause's subject ("taken under Sheng"). */
    private static final Pattern AFTER_PREPOSITION = Pattern.compile(
            "\\b(?:under|by|of|to|from|with|for|against|after|before|near|beside|toward|towards)\\s+$");

    /** A clause that opens with its place: "in Chahar the Han …". */
    private static final Pattern CLAUSE_IN = Pattern.compile("(?:in|at|on|within) (?:the )?(" + NAME + ")(?=[,\\s])");

    /** " and Tarbagatai" after a place. */
    private static final Pattern AND_NAME = Pattern.compile(" and (" + NAME + ")(?![\\p{L}'’-])");

    /** An opening year before a sentence's subject: "In 1941 ", "By 1950, ". */
    private static final Pattern OPENING_YEAR = Pattern.compile("\\s*(?:In|By|From|Until|After|Before) (?:\\d{4}|the (?:(?:early|late|mid-) ?)?"
            + "(?:\\d{1,2}(?:st|nd|rd|th) century|\\d{4}s)),? (?=(?-i:\\p{Lu}))"); // "In 1941 Jinji", "In the 19th century Tiflis"

    /** " and the French Concession" after a place: a second place joined to it. */
    private static final Pattern AND_THE_NAME = Pattern.compile(" and (?:the )?(" + NAME + ")(?![\\p{L}'’-])");

    /** ", Jordan" in a list of places "in Iraq, Jordan and Kuwait". */
    private static final Pattern COMMA_NAME = Pattern.compile(", (" + NAME + ")(?![\\p{L}'’-])");

    /** " more in Iraq" after a bare count: more of the people counted before, in another place. */
    private static final Pattern MORE_IN = Pattern.compile("^ more (?:in|on|at) (?:the )?(?-i:\\p{Lu})");

    /** A count's participle of counting and a named place after it: " counted in the Kazakh SSR". */
    private static final Pattern COUNTED_IN = Pattern.compile("^ (?:counted|recorded|registered) (?:in|on|at) (?:the )?(?-i:\\p{Lu})");

    /** A verb of a group's number or of a census right before a bare count: "Tatars numbered 63,100", "the census recorded 42" (in the place named after it). */
    private static final Pattern NUMBERED_BEFORE = Pattern.compile(
            "\\b(?-i:numbered|totalled|totaled|counted|recorded|registered) (?:(?:about|some|around|roughly|nearly|over|almost) )?$");

    /**
     * A place a "where" clause follows, past an appositive that locates or describes it (", in northern X", ", a former
     * mining town"), with the figure in that clause.
     */
    /** Whether a bare count is followed by a verb of living in a place named with a capital: " lived in Kirby". */
    private boolean livesInNamedPlace(Prose p, Quantity q) {
        if (!q.unit().isEmpty()) {
            return false;
        }
        String after = p.after(q.end(), 60);
        Matcher m = residenceAfter.matcher(after);
        if (!m.lookingAt()) {
            return false;
        }
        String rest = after.substring(m.end()).stripLeading();
        return !rest.isEmpty() && Character.isUpperCase(rest.charAt(0));
    }

    /**
     * "… in X, where" up to the figure: the place a "where" clause follows, also named after its settlement noun, with
     * or without an adjective ("in the northern province of Westvale, where"), with its administrative noun after it
     * ("in Varos uyezd, where", the noun kept when it stays part of a name), before the larger place it lies in ("In
     * the village of Ivanovka in the Chüy Region, where": Ivanovka) or an appositive that places it ("at Kolka, south
     * of Ostburg, where": Kolka).
     */
    final Pattern whereBefore;
    /** Whether no word of {@link #whereBefore}'s lists holds a comma, so that it has two commas at most. */
    private final boolean whereInAClause;
    /**
     * The most characters other than blanks {@link #lowerRegionSubject} matches up to its verb: "the", the longest region
     * adjective, place header and verb.
     */
    final int lowerLetters;
    /** A sentence that opens with "In X, where …," up to the figure: X is the place of the whole sentence. */
    private final Pattern openingWhere;
    /**
     * A place and an appositive that calls it a settlement or a region ({@code settlement_nouns}, {@code admin_words})
     * and counts its people, open up to the figure: "Tamsk, a market town of about", "the Norden, a Westland province
     * where Greeks made up", "Port Elmo on the Gray Sea, a town of" (the town, not the sea it lies on), "took X in June
     * 1865, a city of" (past a date).
     */
    final Pattern appositive;
    /** Whether no settlement noun or administrative word holds a comma, so that {@link #appositive} has one only. */
    private final boolean appositiveInAClause;

    /** A direction a place lies in from another: "south" of ", south of Ostburg, where", "north-east". */
    private static final String DIRECTION = "(?:north|south)?(?:-?(?:east|west))?(?<=\\p{L})";

    /** "… camps around Tehran, whose Polish population reached": the place a "whose" clause up to the figure follows. */
    static final Pattern WHOSE_BEFORE = Pattern.compile("(" + NAME + ")(?: ((?-i:\\p{Ll})+))?, whose\\b([^,;:]*)$");

    /** "of the", a year and a people's name right after a figure: " of the 1935 Greeks" lived in. */
    private static final Pattern OF_THE_PEOPLE_NAMED = Pattern.compile("^ of the (?:\\d{4} )?(?-i:\\p{Lu})[\\p{L}'’-]+");

    /** A place and its population in brackets right before the figure: "Eastbrook (population about 8,500". */
    private static final Pattern POPULATION_IN_BRACKETS = Pattern.compile("(?<![\\p{L}'’])(" + NAME + ") \\((?:population|pop\\.)(?: (?:about|some|around|roughly|nearly|over|almost|perhaps|c\\.))?\\s*$");

    /**
     * A place as a clause's subject and its verb, past a lower-case appositive: "the Tesh district had", "Aktam
     * numbered", "Tesh, the capital, had".
     */
    private static final Pattern PLACE_CLAUSE_SUBJECT = Pattern.compile(
            "(?:the )?(" + NAME + ")(?: (?-i:\\p{Ll})[\\p{L}-]+)?(?:, (?:the|a|an) (?-i:\\p{Ll})[\\p{Ll} -]{0,30},)? ((?-i:\\p{Ll})+)\\b");

    /** Where a clause with a subject of its own starts inside a sentence. */
    static final Pattern CLAUSE_JOIN = Pattern.compile("(?:[;:]|,? \\b(?:and|but|while|whereas)\\b) ");
    /** The most characters an attempt of {@link #CLAUSE_JOIN} reads (", whereas "), for {@link Prose#findsBefore}. */
    static final int CLAUSE_JOIN_READ = 16;

    /**
     * "those of" a place and a comma right before a bare figure, or a later "and of" another place of that list:
     * "those of the Ostrov SSR, " 52,100, "…, and of the Varna SSR, " 14,800.
     */
    private static final Pattern THOSE_OF_BEFORE = Pattern.compile("\\b(?-i:those) (?:of|in) (?:[^;:]*?\\band (?:of|in) )?(?:the )?("
            + NAME + "),\\s+(?:" + Hedges.WORD + " )?$");

    /** A name right before a figure: "gave Kulja 76,000 residents". */
    private static final Pattern NAME_BEFORE = Pattern.compile("(?<![\\p{L}'’])(" + NAME + ")(?:, with)? (?:" + Hedges.WORD + " )?$");

    /**
     * A superlative right before a settlement noun, which ranks the clause's subject among the settlements of the place
     * named after it: "the second-largest town of", "the largest city of" (the town is the subject, not the state).
     */
    private static final Pattern RANKED_BEFORE = Pattern.compile("\\b(?-i:the) (?:\\p{Ll}+-)?\\p{Ll}{2,}(?<!w)est\\s+$");

    /** A sentence that opens with a participle phrase: "Covering …, holding …". */
    private static final Pattern OPENING_PARTICIPLE = Pattern.compile("\\s*(?:(?-i:\\p{Lu})\\p{Ll}+ing|With)\\b");

    /** The subject after the phrase: ", Manchukuo was". */
    private static final Pattern SUBJECT_AFTER_PHRASE = Pattern.compile("^[^;:]*?, (" + NAME + ") (?-i:\\p{Ll})");

    /** Regular expressions compiled once, which String.matches, replaceAll and split compiled at every call. */
    private static final class Once {
        static final Pattern OPENING_WORD = Pattern.compile("\\s*(?:(?:In|At|The|the) )?");
    }

    private final PlaceNames placeNames;
    /** A place's name as written, with an "of" part, a kept noun or an administrative word. */
    private final WrittenPlaces written;
    /** The place a clause names by a common noun ("the oblast", "the four southern islands"). */
    private final AnaphorPlaces anaphors;
    /** The place a figure's sentence or clause opens with ("In Burqin the", "…, and in Chahar", "Suiding, …, was"). */
    private final OpeningPlaces openings;
    private final FigureGroup figureGroups;
    private final Set<String> populationNouns;
    private final Set<String> admin;
    private final Pattern populationWords;
    private final Pattern subjectOfCount;
    /** Verbs a place takes as the subject of a population statement ("Kulja had", "Hami numbered"). */
    private final Set<String> subjectVerbs;
    /** Nouns of a count ("census", "survey") and of a source ("records", "figures"), which a name before them qualifies. */
    private final Set<String> surveyNouns;
    private final Set<String> sourceNouns;
    /** A lower-case word right after a name: " censuses". */
    private static final Pattern SURVEY_NOUN_AFTER = Pattern.compile(" (\\p{Ll}+)\\b");
    private final Set<String> forceNouns;
    /** Lower-case nouns that stay part of a place's name ("Nonni valley", "Przhevalsk uezd"). */
    private final Set<String> keptNouns;
    /** A remark set off by commas right after a count: ", many of them White émigrés,". */
    private final Pattern remarkAfterCount;
    /** " such" and the capitalised words of a people's name after a bare figure: " such Greeks", " such Meskhetian Turks". */
    private static final Pattern SUCH_NAMES = Pattern.compile("\\s+such(?:\\s+(?-i:\\p{Lu})[\\p{L}'’-]*)+");
    /**
     * " in Xinjiang", " lived in the Uryankhay Krai", " were still living in X", " from Y lived in X", " in the
     * republic", " around X", " in what is now X" after a count of people.
     */
    private final Pattern inPlace;
    /** A lower-case region of a direction and an admin noun as a clause's subject: "the eastern voivodeships had". */
    final Pattern lowerRegionSubject;
    /** A verb of living and "in" right after a bare figure: " lived in", ", lived in". */
    private final Pattern residenceAfter;
    /** " of Xinjiang", " in the whole of Manchuria" after an ethnic group. */
    private final Pattern groupOf;
    /** After a share, the whole it is of and that whole's place: " of all inhabitants of the Posyet district". */
    private final Pattern shareOfPlace;
    /** "of them" and a verb of counting or living right after a bare figure: " of them were counted". */
    final Pattern ofThemCounted;
    /** Only "of" between two places named with their administrative words: the second holds the first. */
    private static final Pattern OF_GAP = Pattern.compile("\\s+(?:of|in)\\s+(?:the\\s+)?");
    /** A small number in words before a place's name: "four" of "lived in the four Ostvale villages". */
    static final String NUMBER_WORD = "(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    /** A compass word that stays in the name of the part of a place it opens: "eastern " of "in camps in eastern Sudan". */
    static final String COMPASS = "(?:(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central) (?=\\p{Lu}))?";
    /** A share of the whole set off by commas right after a part's count: ", 58 percent," of "59,000 of them, 58 percent, lived". */
    static final String SHARE_APPOSITIVE = "(?:, (?:(?:about|some|nearly|almost|roughly|around) )?\\d+(?:\\.\\d+)? ?(?:per ?cent|%),)?";
    /** "The Karafuto census", "the census of Karafuto": the place a census is of. */
    private final Pattern censusOf;
    /** "the annexed territory had": an administrative noun with a qualifier as the subject of a count verb. */
    private final Pattern qualifiedAnaphor;
    /** "eastern Poland", "Varna": a place name with its region adjective. */
    private final Pattern placeBefore;
    /** A state's part named by a region adjective: "Norland's western territory", "X's eastern provinces". */
    private final Pattern possessivePart;
    /** Whether the place {@link #region} returned is where a part of a total lived ("of whom 120,000 lived in X"). */
    boolean partPlace;
    /** The place the heading of the block being read names ("== Tatarstan =="), else null; set by the reader of the block. */
    String sectionPlace;

    FigureRegion(Lexicon lex, PlaceNames placeNames, ArticlePlace articlePlaces, FigureGroup figureGroups) {
        this.placeNames = placeNames;
        this.figureGroups = figureGroups;
        this.whereBefore = lex.compile("(?-i:\\b(?:[Ii]n|[Aa]t) (?:the )?(?:(?:\\p{Ll}+ )?(?:{settlement_nouns}) of )?(" + NAME + ")"
                + "(?: (?:{name_nouns}|{admin_words}))?"
                + "(?: (?:in|of|near) (?:the )?" + NAME + ")?(?:, (?:in|near|an?|the|" + DIRECTION + " of) [^,;:]{1,60})?, where\\b[^,;:]*$)");
        this.openingWhere = lex.compile("(?-i:\\s*(?:In|At) (?:the )?(?:(?:{settlement_nouns}) of )?(" + NAME + ")"
                + "(?: (?:in|of|near) (?:the )?" + NAME + ")?, where\\b[^;:]*$)");
        this.appositive = lex.compile("(?<![\\p{L}'’])(" + NAME + ")(?: (?:on|near|by) (?:the )?" + NAME + "(?: of (?:the )?" + NAME + ")?)?"
                + "(?: in (?:(?-i:\\p{Lu})\\p{L}+ )?\\d{4})?" // "took X in June 1865, a city of": past the date it was named at
                + ", (?-i:an?) (?:[\\p{L}-]+ ){0,3}?(?:{settlement_nouns}|{admin_words}) (?:of|where|whose|with)\\b[^,;:()]*$");
        this.whereInAClause = java.util.stream.Stream.of("settlement_nouns", "name_nouns", "admin_words")
                .allMatch(l -> lex.list(l).stream().noneMatch(w -> w.indexOf(',') >= 0));
        this.lowerLetters = 3 + java.util.stream.Stream.of("region_adjectives", "place_headers")
                .mapToInt(l -> lex.list(l).stream().mapToInt(LookBacks::nonBlanks).max().orElse(0)).sum()
                + java.util.stream.Stream.of("place_subject_verbs", "count_verbs")
                .mapToInt(l -> lex.list(l).stream().mapToInt(LookBacks::nonBlanks).max().orElse(0)).max().orElse(0);
        this.appositiveInAClause = lex.set("settlement_nouns").stream().noneMatch(w -> w.indexOf(',') >= 0)
                && lex.set("admin_words").stream().noneMatch(w -> w.indexOf(',') >= 0);
        this.written = new WrittenPlaces(lex, placeNames);
        this.anaphors = new AnaphorPlaces(lex, placeNames, articlePlaces, written);
        this.openings = new OpeningPlaces(lex, placeNames, written);
        // "Harbin, the railway's headquarters, had", "X was a town of", "Kyzyl, a village of", "the population of X",
        // "the population of the Communist base areas in North China"
        this.subjectOfCount = lex.compile("\\b(" + NAME + ")(?:, [^,;:()]{1,60},)?"
                + "(?: (?:as a whole|alone|itself|then|now|still|by then))?"
                + ",? (?:had|has|counted|numbered|(?:was|is|had been) home to"
                + "|(?:(?:was|is|had grown into|grew into|became|remained) (?:then |still |already )?)?an? "
                + "(?:[\\p{L}-]+ ){0,2}?(?:{settlement_nouns}) of)\\b"
                + "|\\bpopulation of (?:the )?(?-i:(" + NAME + " (?:\\p{Ll}+ )?(?:{place_headers}) in (?:the )?" + NAME + "))"
                + "|\\bpopulation of (?:the )?(" + NAME + ")");
        this.subjectVerbs = lex.set("place_subject_verbs");
        this.surveyNouns = lex.set("survey_nouns");
        this.sourceNouns = lex.set("source_nouns");
        this.forceNouns = lex.set("force_nouns");
        this.keptNouns = lex.set("name_nouns");
        this.remarkAfterCount = lex.compile("(?-i:,(?: [^,;:]{1,60}),(?= (?:{residence_verbs}|in|of)\\b))");
        this.groupOf = lex.compile("(?-i:^(?: (?:{group_place_nouns}))? (?:of|in) (?:the )?(?:whole of (?:the )?)?(" + NAME + "))");
        // "of the 2.5 million people of X": the whole's count between the article and its noun
        this.shareOfPlace = lex.compile("\\s*(?:per cent\\s+)?of (?:(?:all |the |its )?(?:" + Hedges.WORD + " )?(?:\\d[\\d,.]* (?:million )?)?"
                + "(?:(?:{whole_modifiers}) )?"
                + "(?:{share_wholes}) (?:of|in) (?:the )?(" + NAME + ")"
                + "|(" + NAME + ")['’]s (?:(?:{whole_modifiers}) )?(?:{share_wholes})\\b)");
        this.censusOf = lex.compile("(?-i:\\b(" + NAME + ") (?:{census_words})\\b|\\b(?:{census_words}) of (?:the )?(" + NAME + "))");
        this.qualifiedAnaphor = lex.compile("(?-i:\\b[Tt]he \\p{Ll}+ (?:{admin_words}|{settlement_nouns}) (?:{count_verbs})\\b)");
        this.placeBefore = lex.compile("(?-i:(?<![\\p{L}'’])(?:({region_adjectives}) )?(" + NAME + "))");
        this.possessivePart = lex.compile("(?-i:(?<![\\p{L}'’])(" + NAME + ")['’]s ({region_adjectives}) (?:{place_headers}|lands|part)\\b)");
        this.populationNouns = lex.set("population_nouns");
        this.admin = lex.set("admin_words");
        this.populationWords = lex.compile("\\b(?:{population_words})\\b");
        this.lowerRegionSubject = lex.compile("(?-i:\\b[Tt]he ((?:{region_adjectives}) (?:{place_headers}))\\s+(?:{place_subject_verbs}|{count_verbs})\\b[^;:]{0,80}$)");
        this.residenceAfter = lex.compile("(?-i:^,?\\s+(?:(?:were|are) )?(?:(?:still|\\p{Ll}{3,}ly) )?(?:{residence_verbs})\\s+(?:in|on|at)\\b)");
        this.inPlace = lex.compile("(?-i:^,?(?: from (?:the )?" + NAME + "(?: and " + NAME + ")?(?=,? (?:were|are|{residence_verbs})\\b))?(?: more)?(?: (?:(?:(?:were|are) )?(?:(?:still|\\p{Ll}{3,}ly) )?(?:{residence_verbs})|{remain_verbs}|were(?: (?:{count_verbs}))?|counted|recorded|registered))? (?:in|on|of|around) (?:what (?:is|was) (?:now|then|later) )?(?:(?:the )?(?:\\p{Ll}\\p{L}+ of (?:the )?|\\p{Ll}\\p{L}+ing (?=\\p{Lu})|" + FigureRegion.NUMBER_WORD + " (?=\\p{Lu})|(?:\\p{Ll}{3,} ){1,2}in (?:the )?)?(" + COMPASS + NAME + ")"
                + "|(the [\\p{Ll} ]{3,25}?)\\b))");
        // " of them, 58 percent, lived in": the share of the whole the part is may stand between
        this.ofThemCounted = lex.compile("(?-i: of (?:them|these)" + SHARE_APPOSITIVE + " (?:(?:were|had been) (?:{count_verbs}|{estimate_verbs})|{residence_verbs}|(?:were|{remain_verbs}) (?=in (?:the )?\\p{Lu}))\\b)");
    }

    /**
     * For a figure in a clause opened by ", of whom" or ", against a", the last place the words before it name after
     * "in", "at" or "within" ("Polish citizens held in the Soviet Union, of whom the NKVD counted", "troops on
     * Westisle, against a civilian population of"); or null.
     */
    String ofWhomPlace(Prose p, Sentence s, int at) {
        int ofWhom = Math.max(Chars.lastIndexIn(p.text, ", of whom", at, s.start()),
                Chars.lastIndexIn(p.text, ", against a", at, s.start())); // back to the sentence's start only
        if (ofWhom < s.start()) {
            return null;
        }
        Matcher m = CLAUSE_IN.matcher(p.text).region(Math.max(s.start(), ofWhom - Prose.WINDOW), ofWhom + 1);
        String found = null;
        while (m.find()) {
            String place = written.named(p.text, m.end(1), m.group(1));
            if (place != null && !PlaceNames.isGroup(p, place) && !placeNames.isAdjective(place) && !PlaceNames.isMonth(place)) {
                found = place;
            }
        }
        return found;
    }

    /**
     * The place whose census the sentence names ("The Karafuto census of 1925", "the census of Karafuto"),
     * when the article writes it as a place (after "in", "to", …) and it is no group or adjective; or null.
     */
    String censusPlace(Prose p, Sentence s) {
        Matcher m = censusOf.matcher(p.text).region(s.start(), s.end());
        while (m.find()) {
            String place = placeNames.placeName(m.group(1) != null ? m.group(1) : m.group(2));
            if (place != null && placeNames.placeWords(p.article).contains(place) && !PlaceNames.isGroup(p, place)
                    && !placeNames.isAdjective(place) && !PlaceNames.isMonth(place)) {
                return place;
            }
        }
        return null;
    }

    /** The end of a share in brackets right at {@code end} (" (62.3 per cent)"), else {@code end}. */
    static int pastShare(Prose p, int end) {
        Matcher bracket = SHARE_IN_BRACKETS.matcher(p.text).region(end, Math.min(p.text.length(), end + 40));
        return bracket.lookingAt() ? bracket.end() : end;
    }

    /**
     * Whether a lower-case noun of no administrative unit follows a name at {@code end} ("Ufa foothills",
     * "Tian Shan slopes"): the name is of the land, not of a region ("Tawang and Kameng districts" is).
     */
    private boolean landNounAfter(String text, int end) {
        Matcher m = NEXT_WORD.matcher(text).region(end, Math.min(text.length(), end + 30));
        if (!m.lookingAt() || text.charAt(end) != ' ') {
            return false;
        }
        String w = m.group(1);
        if (!w.endsWith("s")) {
            return false;
        }
        String one = w.substring(0, w.length() - 1); // "districts", "valleys": units still
        return !keptNouns.contains(one) && !admin.contains(one) && !admin.contains(w) && !NOT_NOUNS.contains(w)
                && !populationNouns.contains(w) && !subjectVerbs.contains(w);
    }

    /**
     * Where a clause joined by ", and" (or "but", "while") before a figure starts when its subject is a place
     * and no group ("…, and the Tesh district had fewer than 3,000 people"); or -1.
     */
    int placeClauseStart(Prose p, Quantity q) {
        Sentence s = p.sentence(p.sentenceIndex(q.start()));
        java.util.regex.MatchResult join = SentenceScan.last(p.findsBefore(CLAUSE_JOIN, CLAUSE_JOIN_READ, s, q.start()));
        int from = join == null ? -1 : join.end();
        boolean comma = join != null && join.group().startsWith(","); // not "the Tawang and Kameng districts"
        if (from < 0 || !comma) {
            return -1;
        }
        Matcher subject = PLACE_CLAUSE_SUBJECT.matcher(p.text).region(from, q.start());
        if (!subject.lookingAt() || !subjectVerbs.contains(subject.group(2))) {
            return -1;
        }
        for (Prose.Name n : FigureGroup.namesIn(p, from, q.start())) {
            if (n.isGroup()) {
                return -1;
            }
        }
        String place = placeNames.placeName(subject.group(1));
        return place == null || PlaceNames.isMonth(place) ? -1 : from;
    }

    /**
     * The place a share names as its whole ("nine-tenths of all inhabitants of the Posyet district", "of X's population",
     * "11% of the 2.5 million people of X"), or null.
     */
    String wholesPlace(Prose p, Quantity q) {
        if (!q.unit().equalsIgnoreCase("percent")) {
            return null;
        }
        String after = p.after(q.end(), 120);
        Matcher whole = shareOfPlace.matcher(after);
        if (whole.lookingAt()) {
            String place = whole.group(1) != null ? written.named(after, whole.end(1), whole.group(1))
                    : placeNames.placeName(whole.group(2)); // "of the population of X", "of X's population"
            if (place != null && !PlaceNames.isGroup(p, place) && !PlaceNames.isMonth(place)) {
                return place;
            }
        }
        return null;
    }

    /** Whether {@code clause} holds a population noun as a word ("whose Polish population reached"). */
    private boolean namesPopulation(String clause) {
        String lower = clause.toLowerCase(Locale.ROOT);
        for (String noun : populationNouns) {
            for (int at = lower.indexOf(noun); at >= 0; at = lower.indexOf(noun, at + 1)) {
                int end = at + noun.length();
                if ((at == 0 || !Chars.isLetter(lower.charAt(at - 1)))
                        && (end == lower.length() || !Chars.isLetter(lower.charAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The place an appositive that is still open at {@code to} describes as a settlement or a region of its
     * own: "from Tamsk, a market town of about 3,000 inhabitants", "the Norden, a Westland province where Greeks made
     * up 80 percent", past a place it lies on or near ("Port Elmo on the Gray Sea, a town of"); or null.
     */
    private String appositivePlace(Prose p, int from, int to) {
        int comma = Chars.lastIndexIn(p.text, ", a", to, from);
        if (comma < from) {
            return null;
        }
        // the match has one comma, the last before the figure (its words, names and nouns have none)
        Matcher m = appositive.matcher(p.text).region(appositiveInAClause ? LookBacks.afterCommas(p.text, from, to, 1) : from, to);
        if (!m.find()) {
            return null;
        }
        String place = placeNames.placeName(m.group(1));
        return place != null && !PlaceNames.isGroup(p, place) && !placeNames.isAdjective(place) && !PlaceNames.isMonth(place)
                && !LEADING.contains(place.toLowerCase(Locale.ROOT)) ? place : null;
    }

    /** The place the sentence names for the figure (as written, or an anaphor such as "the republic"), or null. */
    String region(Prose p, Quantity q, Sentence s) {
        partPlace = false;
        String text = p.text;
        int window = Math.max(s.start(), q.start() - Prose.WINDOW);
        int from = Math.max(window, Chars.lastIndexIn(text, ";", q.start(), window) + 1); // a semicolon ends a statement
        from = Math.max(from, placeClauseStart(p, q)); // "…, and the Tesh district had": that clause's place
        if (openings.clauseOpeningPlace(p, s, q.start()) != null) {
            from = Math.max(from, OpeningPlaces.lastClauseJoin(p, s, q.start())); // "…, while in Eastmark the share was": not the place before
        }
        int join = OpeningPlaces.lastClauseJoin(p, s, q.start());
        if (join > from && anaphors.namesPlaceByNoun(p, join, q.start())) {
            // "… fled into the Ostland SSR, and by 1939 the Greek population of the republic had fallen to": the clause
            // names its place by a noun, which the names before its join do not stand for
            from = join;
        }
        ArticleNames names = p.article.articleNames;
        // "counted 4,333,400 inhabitants in Xinjiang", "12,000 Russian settlers lived in the Uryankhay Krai",
        // "95,400 people lived in the republic": a place right after a count of people
        // "… and 138,453 in the Uzbek SSR, where they made up 1.7%": the place a "where" clause follows
        String joined = openings.joinedSubject(p, q.start());
        if (joined != null) {
            return joined; // "Bishkek and the Chüy Region together were home to 681,258 Russians"
        }
        String ofWhole = wholesPlace(p, q);
        if (ofWhole != null) {
            return ofWhole;
        }
        Matcher bracketed = POPULATION_IN_BRACKETS.matcher(text).region(Math.max(s.start(), q.start() - 80), q.start());
        if (bracketed.find()) {
            String place = placeNames.placeName(bracketed.group(1));
            if (place != null && !PlaceNames.isGroup(p, place) && !placeNames.isAdjective(place)) {
                return place; // "Milyanfan (population about 12,000 in 2009)"
            }
        }
        int statement = Math.max(s.start(), p.lastSemicolon(q.start(), s.start()) + 1); // "…, where they made up 1.5%; 16,200 lived in Georgia"
        String described = appositivePlace(p, statement, q.start());
        if (described != null) {
            return described; // "from Tamsk, a market town of about 3,000 inhabitants", "the Norden, a region where Greeks made up 80%"
        }
        Matcher lower = lowerRegionSubject.matcher(text).region(LookBacks.lowerFrom(text, statement, q.start(), lowerLetters), q.start());
        if (lower.find()) {
            return lower.group(1); // "the eastern voivodeships had 10.8 million inhabitants, of whom about 4.2 million"
        }
        Matcher where = whereBefore.matcher(text).region((whereInAClause ? LookBacks.whereFrom(text, statement, q.start()) : statement), q.start());
        if (where.find() || (where = openingWhere.matcher(text).region(statement, q.start())).lookingAt()) {
            // "in Varos uyezd, where": a kept noun after the name stays in it
            String place = written.withNoun(text, where.end(1), placeNames.placeName(where.group(1)));
            if (place != null && !PlaceNames.isGroup(p, place) && !PlaceNames.isMonth(place) && !livesInNamedPlace(p, q)) {
                return place; // not "in Westland, where some 7,000 lived in Kirby alone": the place it names itself
            }
        }
        Matcher whose = WHOSE_BEFORE.matcher(text).region(LookBacks.afterCommas(text, statement, q.start(), 1), q.start());
        if (whose.find() && namesPopulation(whose.group(3)) && (whose.group(2) == null || keptNouns.contains(whose.group(2)))) {
            // "… around Tehran, whose", "the villages on the Narew shore, whose": a kept noun stays in the name
            String place = whose.group(2) == null ? placeNames.placeName(whose.group(1))
                    : written.withNoun(p.text, whose.end(1), placeNames.placeName(whose.group(1)));
            if (place != null && !PlaceNames.isGroup(p, place) && !PlaceNames.isMonth(place)) {
                return place; // "… around Tehran, whose Polish population reached about 20,000"
            }
        }
        // "96,453 Koreans in the Kazakh SSR and 72,944 in the Uzbek SSR": a bare figure later in a list too
        boolean listed = q.unit().isEmpty() && (listFigureBefore(text, s.start(), q.start())
                || COLON_LIST_BEFORE.matcher(text).region(s.start(), q.start()).find());
        boolean ofWhom = q.unit().isEmpty() && OF_WHOM_BEFORE.matcher(text).region(LookBacks.ofWhomFrom(text, s.start(), q.start()), q.start()).find();
        boolean ofThemIn = q.unit().isEmpty() && ofThemCounted.matcher(p.after(q.end(), 60)).lookingAt();
        boolean livesIn = q.unit().isEmpty() && (residenceAfter.matcher(p.after(q.end(), 40)).lookingAt() // "; 16,200 lived in Georgia"
                || MORE_IN.matcher(p.after(q.end(), 40)).lookingAt() // ", with about 20,000 more in Nepal"
                || COUNTED_IN.matcher(p.after(q.end(), 40)).lookingAt() // "well ahead of the 10,300 counted in the Eastland SSR"
                || NUMBERED_BEFORE.matcher(p.before(q.start(), 20)).find()); // "Tatars numbered 63,100 in Ostrov-Kale"
        String such = figureGroups.suchGroup(p, q);
        boolean partOf = figureGroups.partOfPeopleLiving(p, q) != null; // "About 14,000 of the 1935 Greeks lived in Ostmark"
        if (populationNouns.contains(q.unit().toLowerCase(Locale.ROOT)) || figureGroups.isGroupWord(p, q) || listed || ofWhom || ofThemIn || livesIn
                || such != null || partOf // "some 9,800 such Greeks were living in special settlements in the Norland SSR"
                || figureGroups.isGroupOfCivilians(p, q) && residenceAfter.matcher(p.after(q.end(), 40)).lookingAt() // "35,000 Greek refugees were still living in"
                || q.unit().equalsIgnoreCase("percent")) { // "…, compared with 6% in Xinjiang as a whole"
            // "of whom 30,100 (62.3 per cent) lived in the Varna SSR": past the count's share
            String after = p.after(pastShare(p, q.end()), 120);
            Matcher suchNames = SUCH_NAMES.matcher(after);
            if (such != null && suchNames.lookingAt()) {
                after = after.substring(suchNames.end()); // past " such Greeks"
            }
            Matcher people = OF_THE_PEOPLE_NAMED.matcher(after);
            if (partOf && people.lookingAt()) {
                after = after.substring(people.end()); // past " of the 1935 Greeks"
            }
            Matcher aside = remarkAfterCount.matcher(after);
            if (aside.lookingAt()) {
                after = after.substring(aside.end()); // "Some 20,000 Russians, many of them émigrés, lived in Ili"
            }
            Matcher ofThem = OF_THEM_AFTER.matcher(after);
            if (ofThem.lookingAt() && (ofWhom || listed || ofThemCounted.matcher(after).lookingAt())) {
                after = after.substring(ofThem.end()); // "…, about 17,000 of them in the Belka SSR"
            }
            Matcher in = inPlace.matcher(after);
            if (in.lookingAt()) {
                String place = in.group(1) != null ? written.named(after, in.end(1), in.group(1)) : in.group(2);
                StringBuilder others = new StringBuilder(); // "in Nepal, Bhutan and Sikkim": the places listed
                int listEnd = in.end();
                Matcher comma = COMMA_NAME.matcher(after);
                while (in.group(1) != null && comma.region(listEnd, after.length()).lookingAt()
                        && !PlaceNames.isGroup(p, comma.group(1)) && placeNames.placeName(comma.group(1)) != null) {
                    others.append(", ").append(placeNames.placeName(comma.group(1)));
                    listEnd = comma.end();
                }
                Matcher and = AND_THE_NAME.matcher(after).region(listEnd, after.length());
                if (in.group(1) != null && place != null && and.lookingAt() && !PlaceNames.isGroup(p, and.group(1))
                        && !PlaceNames.isGroup(p, place)) {
                    // "lived in Ili and Tarbagatai", "in the Ostrov and Velsk volosts": a kept noun after both stays
                    place = written.withNoun(after, and.end(1), place + others + " and " + placeNames.placeName(and.group(1)));
                }
                if (place != null && (in.group(1) == null || !PlaceNames.isGroup(p, place) && !PlaceNames.isMonth(place))
                        && (in.group(2) == null || names.isAnaphor(place))) {
                    // "well ahead of the 103,315 counted in X": a place compared, not the one the paragraph is about
                    partPlace = ofWhom || listed || COUNTED_IN.matcher(p.after(q.end(), 40)).lookingAt();
                    return place;
                }
            }
        }
        // "gave Kulja 76,000 residents": a name right before a count of people
        if (populationNouns.contains(q.unit().toLowerCase(Locale.ROOT))) {
            Matcher before = NAME_BEFORE.matcher(text).region(from, q.start());
            if (before.find()) {
                String place = placeNames.placeName(before.group(1));
                if (place != null && !PlaceNames.isGroup(p, place) && !placeNames.isAdjective(place)
                        && !p.article.articleNames.isWrittenLowerCase(place.split(" ")[0])
                        && p.sentenceIndex(before.start(1)) == p.sentenceIndex(q.start())
                        && !LEADING.contains(place.toLowerCase(Locale.ROOT))) {
                    return place;
                }
            }
        }
        // "Covering …, holding upwards of 43 million people by 1940, Manchukuo was overrun": the subject
        // after a sentence's opening participle phrase
        if (OPENING_PARTICIPLE.matcher(text).region(s.start(), q.start()).lookingAt()) {
            Matcher after = SUBJECT_AFTER_PHRASE.matcher(text).region(q.end(), s.end());
            if (after.find()) {
                String place = placeNames.placeName(after.group(1));
                if (place != null && !PlaceNames.isGroup(p, place) && !placeNames.isAdjective(place)) {
                    return place;
                }
            }
        }
        // "outnumbered by those of the Ostrov SSR, 52,100, and of the Varna SSR, 14,800": the group's people of the
        // place named right before the figure
        Matcher those = THOSE_OF_BEFORE.matcher(text).region(from, q.start());
        if (q.unit().isEmpty() && those.find() && !PlaceNames.isGroup(p, those.group(1))) {
            String place = written.named(text, those.end(1), those.group(1));
            if (place != null && !PlaceNames.isGroup(p, place) && !placeNames.isAdjective(place)) {
                return place;
            }
        }
        // "the Kazakhs of Xinjiang", "Russians in the whole of Manchuria": a place right after the group
        List<Prose.Name> groupNames = FigureGroup.namesIn(p, from, q.start());
        for (int i = groupNames.size() - 1; i >= 0; i--) {
            Prose.Name n = groupNames.get(i);
            if (n.isGroup() && !FigureGroup.inAppositive(p, from, q.start(), n.start())) {
                String rest = text.substring(n.end(), Math.min(q.start(), n.end() + 60));
                Matcher m = groupOf.matcher(rest);
                if (m.find() && !PlaceNames.isGroup(p, m.group(1))) {
                    Matcher and = AND_NAME.matcher(rest).region(m.end(1), rest.length());
                    boolean both = and.lookingAt() && !PlaceNames.isGroup(p, and.group(1));
                    if (landNounAfter(rest, both ? and.end(1) : m.end(1))) {
                        break; // "the Kyrgyz of the Pamir and Tian Shan slopes": the land they live on, no region
                    }
                    if (both) { // "the Monpa of the Tawang and Kameng districts"
                        return written.withNoun(rest, and.end(1), placeNames.placeName(m.group(1)) + " and " + placeNames.placeName(and.group(1)));
                    }
                    return written.named(text, n.end() + m.end(1), m.group(1));
                }
                break;
            }
        }
        // "Altay District", "the district of Khalkhgol", "Ili's population": the nearest before the figure
        Matcher m = written.placeAdmin.matcher(text).useTransparentBounds(true).region(from, q.start());
        String best = null;
        int bestEnd = -1;
        while (written.nextAdmin(m, q.start())) {
            String place = placeNames.adminPlace(m);
            if (m.group("after") != null && RANKED_BEFORE.matcher(text).region(Math.max(from, m.start() - 40), m.start()).find()) {
                continue; // "was the third-largest city of Norland, with a population of": the subject's, not Norland's
            }
            if (place != null && !PlaceNames.isGroup(p, place) && !FigureGroup.inAppositive(p, from, q.start(), m.start())) {
                // "In Upper Chirchiq District of Tashkent Oblast", "Velsk District in Orlov Region had": the district, not the
                // region that holds it
                boolean holder = best != null && bestEnd <= m.start() && OF_GAP.matcher(text).region(bestEnd, m.start()).matches();
                best = holder ? best : place;
                bestEnd = m.end();
            }
        }
        if (best != null) {
            return best;
        }
        // "Harbin, the railway's headquarters, had", "Kyzyl, a village of": the subject of a population verb
        Matcher subject = subjectOfCount.matcher(p.text).region(from, q.start());
        String found = null;
        while (subject.find()) {
            if (subject.group(2) != null) {
                found = subject.group(2); // "the population of the Communist base areas in North China": as written
                continue;
            }
            String w = placeNames.placeName(subject.group(1) != null ? subject.group(1) : subject.group(3));
            if (subject.group(1) != null && AFTER_PREPOSITION.matcher(text).region(from, subject.start(1)).find()) {
                continue; // "the census of 1941, the most complete taken under Sheng, counted": no subject
            }
            if (w != null && forceNouns.contains(w.substring(w.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT))) {
                continue; // "Japanese residents, not counting the Kwantung Army, numbered": a force is no place
            }
            if (w != null && !placeNames.placeWords(p.article).contains(w)
                    && (PlaceNames.isAbbreviation(w) || p.article.gazetteer.firstIn(w) != null)) {
                continue; // "of whom the NKVD counted", "the UNHCR counted": an agency, which the article never places
            }
            if (w != null && !PlaceNames.isGroup(p, w) && !placeNames.isAdjective(w)) {
                found = w;
            }
        }
        if (found != null) {
            return found;
        }
        String part = possessivePart(p, from, q.start());
        return part != null ? part : qualifiedAnaphorPlace(p, s, q.start());
    }

    /**
     * A state's part a region adjective names before the figure in its clause, as that part of the state: "the
     * annexation of Norland's western territory, some 40,000 square kilometres with about 2.1 million inhabitants":
     * western Norland; or null.
     */
    private String possessivePart(Prose p, int from, int to) {
        if (Chars.indexIn(p.text, "'s ", from, to) < 0 && Chars.indexIn(p.text, "’s ", from, to) < 0) {
            return null; // the words the pattern needs are not before the figure
        }
        Matcher m = possessivePart.matcher(p.text).region(from, to);
        String found = null;
        while (m.find()) {
            String place = placeNames.placeName(m.group(1));
            found = place == null || PlaceNames.isGroup(p, place) || PlaceNames.isMonth(place) ? null : m.group(2) + " " + place;
        }
        return found;
    }

    /**
     * For "the annexed territory had about 13.2 million inhabitants": the last place the sentence names before
     * that subject, with its region adjective ("occupied eastern Poland"); or null.
     */
    private String qualifiedAnaphorPlace(Prose p, Sentence s, int at) {
        Matcher subject = qualifiedAnaphor.matcher(p.text).region(s.start(), at);
        if (!subject.find()) {
            return null;
        }
        Matcher m = placeBefore.matcher(p.text).region(s.start(), subject.start());
        String found = null;
        while (m.find()) {
            String place = placeNames.placeName(m.group(2));
            if (place != null && !PlaceNames.isGroup(p, place) && !placeNames.isAdjective(place) && !PlaceNames.isMonth(place)) {
                found = m.group(1) != null ? m.group(1) + " " + place : place;
            }
        }
        return found;
    }

    /**
     * The place a sentence without a figure sets for the ones after it: an opening "In X," or "At X", a
     * place with an administrative word ("Jirim League", "the district of X"), or a subject the article
     * writes as a place (after "in", "at", "from", "to", "near" somewhere), else null.
     */
    String sentencePlace(Prose p, Sentence s) {
        Matcher in = OpeningPlaces.OPENING_IN.matcher(p.text).region(s.start(), s.end());
        if (in.lookingAt()) {
            String place = OpeningPlaces.withoutPeopleAfter(p, placeNames.placeName(in.group(1)));
            if (place != null && !PlaceNames.isGroup(p, place) && !placeNames.isAdjective(place) && p.article.articleNames.isProperWord(
                    place.split(" ")[0])) {
                return place;
            }
        }
        int end = Math.min(s.end(), s.start() + Prose.WINDOW);
        Matcher m = written.placeAdmin.matcher(p.text).useTransparentBounds(true).region(s.start(), end);
        if (written.nextAdmin(m, end) && Once.OPENING_WORD.matcher(p.text.substring(s.start(), m.start())).matches()) {
            String place = placeNames.adminPlace(m);
            if (place != null && !PlaceNames.isGroup(p, place)) {
                return place; // "The Tuvan People's Republic …", "In Jirim League, …"
            }
        }
        String subject = subject(p, s, s.end());
        return subject != null && placeNames.placeWords(p.article).contains(subject)
                && populationWords.matcher(p.text).region(s.start(), s.end()).find() ? subject : null;
    }

    /** The place a joined clause opens with ("…, and in Chahar the Han"); read by {@link OpeningPlaces#clauseOpeningPlace}. */
    String clauseOpeningPlace(Prose p, Sentence s, int offset) {
        return openings.clauseOpeningPlace(p, s, offset);
    }

    /** The place the figure's sentence opens with ("In Burqin the"); read by {@link OpeningPlaces#openingPlace}. */
    String openingPlace(Prose p, Sentence s, int to) {
        return openings.openingPlace(p, s, to);
    }

    /** The place of a joined clause that is a name and a bare count ("…, and Tosk 11,800"); read by {@link OpeningPlaces#ellipticPlace}. */
    String ellipticPlace(Prose p, Sentence s, int offset) {
        return openings.ellipticPlace(p, s, offset);
    }

    /** The subject named with its kind's noun ("Belen municipality had"); read by {@link OpeningPlaces#kindNounSubject}. */
    String kindNounSubject(Prose p, Sentence s, int offset) {
        return openings.kindNounSubject(p, s, offset);
    }

    /** The name the figure's clause opens with as its subject ("Suiding, …, was"); read by {@link OpeningPlaces#clauseSubject}. */
    String clauseSubject(Prose p, int offset) {
        return openings.clauseSubject(p, offset);
    }

    /**
     * The part of the article's place that a sentence names by a region adjective and the place's own plural noun;
     * read by {@link AnaphorPlaces#partOfHome}.
     */
    String partOfHome(ArticleContext ac, Prose p, Sentence s) {
        return anaphors.partOfHome(ac, p, s);
    }

    /**
     * A place the clause names by a common noun ("in the valley", "the republic"), with the block's
     * {@link #sectionPlace}; read by {@link AnaphorPlaces#anaphor}.
     */
    String anaphor(ArticleContext ac, Prose p, int from, int to, String paragraph) {
        return anaphors.anaphor(ac, p, from, to, paragraph, sectionPlace);
    }

    /** The sentence's first word, when it is a capitalised name (not a function word, a group or a month). */
    String subject(Prose p, Sentence s, int to) {
        String text = p.text;
        int i = s.start();
        Matcher year = OPENING_YEAR.matcher(text).region(s.start(), to);
        if (year.lookingAt()) {
            i = year.end(); // "In 1941 Jinji, …, was": the name after the opening year
        }
        while (i < to && !Chars.isLetter(text.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < to && (Chars.isLetter(text.charAt(j)) || text.charAt(j) == '-')) {
            j++;
        }
        if (j == i) {
            return null;
        }
        String w = text.substring(i, j);
        return Chars.isUpperCase(w.charAt(0)) && !LEADING.contains(w.toLowerCase(Locale.ROOT))
                && !PlaceNames.isGroup(p, w) && !placeNames.isAdjective(w) && !PlaceNames.isMonth(w) && p.article.articleNames.isProperWord(w)
                && !beforeSurveyNoun(p, w, j) ? w : null;
    }

    /**
     * Whether the name {@code w}, ending at {@code end}, qualifies a survey or source noun right after it ("Soviet
     * censuses traced …", "Ottoman records gave …") and the article never writes it as a place, or it ends like an
     * adjective ("Iranian figures"): an adjective of the counts, not the place counted.
     */
    private boolean beforeSurveyNoun(Prose p, String w, int end) {
        Matcher m = SURVEY_NOUN_AFTER.matcher(p.text).region(end, Math.min(p.text.length(), end + 30));
        if (!m.lookingAt()) {
            return false;
        }
        String noun = m.group(1);
        String singular = noun.endsWith("uses") ? noun.substring(0, noun.length() - 2) : noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
        // "Iranian figures of 1946 put …": a word with an adjective's ending qualifies the source even where the
        // article writes it in a place's name ("in Iranian Azerbaijan")
        boolean adjective = w.endsWith("ian") || w.endsWith("ese") || w.endsWith("ish");
        return (surveyNouns.contains(noun) || surveyNouns.contains(singular) || sourceNouns.contains(noun))
                && (adjective || !placeNames.placeWords(p.article).contains(w));
    }

    /** {@link #subject} with the capitalised words that follow it ("North Korea"), when none is a group. */
    String subjectName(Prose p, Sentence s, int to) {
        String first = subject(p, s, to);
        if (first == null) {
            return null;
        }
        int at = p.text.indexOf(first, s.start());
        Matcher m = NAME_PATTERN.matcher(p.text).region(at, to);
        if (!m.lookingAt() || m.group().equals(first)) {
            return first;
        }
        String name = placeNames.placeName(m.group());
        for (String w : name.split(" ")) {
            if (PlaceNames.isGroup(p, w) || placeNames.isAdjective(w)) {
                return first;
            }
        }
        return name;
    }
}
