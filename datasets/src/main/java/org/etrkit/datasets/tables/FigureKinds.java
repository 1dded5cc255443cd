package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.FigureGroup.COPULA;
import static org.etrkit.datasets.tables.PlaceNames.NAME;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;

/**
 * What kind of figure a population statement gives, if any ({@link PopulationStatements}): a share, or a count of
 * people ("Kazakhs numbered 492,000", "the population of Ili was 500,000", "Kyzyl, a village of about 500", "Chuy
 * Oblast was home to about 21,000 of them"), with a population word in its sentence or the two before; not money,
 * personnel (unless its subject is a group of civilians: "Japanese residents, not counting the Kwantung Army,
 * numbered 820,614"), an age, a change ("an increase of nearly 60 per cent", "a fall of almost 9,000") or people moved ({@link MovedPeople}).
 * Also whether a bare figure is followed by "(lived) in" a named place, which the statements ask of a figure's part.
 */
final class FigureKinds {

    /** A sentence opening with a group and a noun of people: "Japanese residents, …". */
    private static final Pattern GROUP_SUBJECT = Pattern.compile("\\s*(?:The )?((?-i:\\p{Lu})[\\p{L}-]+(?: (?-i:\\p{Lu})[\\p{L}-]+)?) ((?-i:\\p{Ll})[\\p{L}-]+)\\b");

    /** A place said to be home to the figure right after: "Chuy Oblast was home to about 21,000". */
    private static final Pattern HOME_TO = Pattern.compile("\\b(?-i:was|is|were|are|had been|has been|became|remained) home to"
            + "(?: (?:about|some|around|roughly|nearly|over|almost|perhaps|only))?\\s*$");

    /** An age in the clause before a figure: "the median age of Greeks was", "average age was 52, against". */
    private static final Pattern AGE_BEFORE = Pattern.compile("\\b(?:median|average|mean) age\\b[^;:.()]{0,50}$");

    /** The words of a share's whole after "of": "per cent of the state budget", "% of its population", "of them". */
    private static final Pattern WHOLE_WORDS = Pattern.compile("\\s*(?:per ?cent\\s+)?of\\s+((?:[\\p{L}\\d'’-]+\\s*){1,4})");

    /** Pronouns and determiners of a share's whole, which stand for people counted before ("of them", "of all"). */
    private static final Set<String> WHOLE_PRONOUNS = Set.of("them", "whom", "these", "those", "it", "its", "their",
            "all", "whole", "each");

    /** A passive verb right after a count of people: " were investigated", " had been removed", " were officially reported". */
    private static final Pattern PASSIVE_AFTER = Pattern.compile("\\s+(?:were|was|had been|have been)\\s+(?:\\p{Ll}+ly\\s+)?(\\p{Ll}+ed)\\b");

    /** Participles of a count of people where they live, not of something done to them: "were counted", "were concentrated". */
    private static final Set<String> COUNTED_PARTICIPLES = Set.of("counted", "recorded", "registered", "enumerated",
            "listed", "concentrated", "classified", "based", "located", "scattered", "employed", "engaged");

    /** "per" right before a figure: "per 1,000". */
    private static final Pattern PER_BEFORE = Pattern.compile("\\bper\\s+$");
    /** "per" and a figure after a figure in its clause: " people with higher education per 1,000". */
    private static final Pattern PER_AFTER = Pattern.compile("[^,;:.()\\d]{0,45}\\bper\\s+\\d");

    /** A year right after a figure, which makes it a yearly rate: " a year", " per year", " annually". */
    private static final Pattern YEARLY_AFTER = Pattern.compile("\\s+(?:(?:a|per|each|every) year|annually|yearly)\\b");

    /** "number of" and the noun it counts, past its modifiers: "number of Greek-language schools". */
    private static final Pattern NUMBER_OF_NOUN = Pattern.compile("number of (?:[\\p{L}'’-]+ ){0,3}?([\\p{L}-]+)(?= (?:fell|rose|grew|had|has|was|were|dropped|declined|increased|reached|stood)\\b)");

    /** The lexicon's verbs of counting and estimating ({@code count_verbs}, {@code estimate_verbs}). */
    private final Set<String> countAndEstimateVerbs = new java.util.HashSet<>();

    /** Nouns of institutions and settlements counted as things, and of peoples counted as kinds ({@code institution_nouns}: "eighty other nationalities"). */
    private final Set<String> institutions;

    /** Words that end a share's whole: joining words, prepositions and verbs ("of the state budget and", "of the residents were"). */
    private static final Set<String> WHOLE_END = Set.of("and", "or", "in", "of", "on", "at", "for", "with", "while", "from",
            "to", "by", "that", "which", "who", "whom", "were", "was", "is", "are", "had", "have", "has", "than", "as", "but",
            "whereas");

    /** Nouns of a place a share's whole may be besides the lexicon's: "34.1 per cent of the capital", "of the island". */
    /** "a crowd of" right before a figure: people gathered, not living in a place. */
    private static final Pattern CROWD_BEFORE = Pattern.compile(
            "(?-i:\\bcrowds? of (?:(?:some|about|around|roughly|nearly|over|up to|more than) )?)$");

    /** "share of" and its whole's noun phrase before a verb of its level, before a share: "share of its foreign trade rose". */
    private static final Pattern SHARE_OF_BEFORE = Pattern.compile("(?-i:\\bshare of (?:its |the |their )?(?:\\p{Ll}+ ){0,2}?(\\p{Ll}+) "
            + "(?:rose|fell|grew|declined|increased|dropped|was|stood|reached)\\b)");

    private static final Set<String> WHOLE_PLACES = Set.of("capital", "island", "area", "zone");

    /** Words of a share's whole that make it people or a place's people (lexicon sets, lower case, plural "s" dropped). */
    private final Set<String> peopleWholeWords = new java.util.HashSet<>();

    private final Lexicon lex;
    private final TroopsTable.Reader troops;
    private final FigureGroup figureGroups;
    private final FigureRegion figureRegions;
    private final Set<String> populationNouns;
    private final Pattern populationWords;
    /** Where a match of {@link #populationWords} can start. */
    private final Starts populationStarts;
    private final Pattern settlementOf;
    private final Set<String> civilians;
    /** Nouns of a people after its adjective ("the Kazakh population", "a Russian minority"). */
    private final Set<String> populationHeads;
    /** Nouns of people after a group ("Japanese settlers", "Russian residents"). */
    private final Set<String> people;
    /** " in Xinjiang", " lived in the Uryankhay Krai", " in the republic" after a count of people. */
    private final Pattern inPlace;
    /** A verb of a count right before a bare figure: "Harbin numbered some 660,000", "Mukden (Shenyang) had over". */
    private final Pattern countVerbBefore;
    /** A verb right after a count of a people that says how many remained: " were left", " remained". */
    private final Pattern remainAfter;
    /** A population said to be estimated at the figure right after: "Its population at the time was put at". */
    private final Pattern estimatedAt;
    /** "of them" and a verb of counting or living right after a bare figure ({@link FigureRegion#ofThemCounted}). */
    private final Pattern ofThemCounted;
    /**
     * A change right before a percentage or a count: "an increase of more than", "had grown by", "a fall of almost",
     * "grew much faster, by" (up to three words and a comma between the verb and "by").
     */
    private final Pattern changeBefore;
    /** The block whose sentences {@link #nearBySentence} is about. */
    private Prose nearFor;
    private final Map<Integer, Boolean> nearBySentence = new HashMap<>();
    /** Counts of the article's own people by a community or a list of places ("the community numbered 24,800"). */
    private final OwnPeopleCounts ownPeopleCounts;
    /** Whether a figure counts people moved ("15,000 Kazakhs followed him"), which no statement gives. */
    private final MovedPeople movedPeople;

    FigureKinds(Lexicon lex, TroopsTable.Reader troops, FigureGroup figureGroups, FigureRegion figureRegions,
                MovedPeople movedPeople, OwnPeopleCounts ownPeopleCounts, Pattern populationWords) {
        this.lex = lex;
        this.troops = troops;
        this.figureGroups = figureGroups;
        this.figureRegions = figureRegions;
        this.movedPeople = movedPeople;
        this.ownPeopleCounts = ownPeopleCounts;
        this.populationNouns = lex.set("population_nouns");
        this.populationWords = populationWords;
        this.populationStarts = Starts.ofEntries(lex.list("population_words"), true);
        this.settlementOf = lex.compile("\\b(?:{settlement_nouns}) of $");
        this.civilians = lex.set("civilians");
        this.populationHeads = lex.set("population_heads");
        this.people = lex.set("people_nouns");
        this.inPlace = lex.compile("(?-i:^,?(?: from (?:the )?" + NAME + "(?: and " + NAME + ")?(?=,? (?:were|are)\\b))?(?: (?:(?:(?:were|are) )?(?:(?:still|\\p{Ll}{3,}ly) )?(?:{residence_verbs})|{remain_verbs}|were))? (?:in|on|of|around) (?:(?:the )?(?:\\p{Ll}\\p{L}+ of (?:the )?|\\p{Ll}\\p{L}+ing (?=\\p{Lu})|" + FigureRegion.NUMBER_WORD + " (?=\\p{Lu})|(?:\\p{Ll}{3,} ){1,2}in (?:the )?)?(" + FigureRegion.COMPASS + NAME + ")"
                + "|(the [\\p{Ll} ]{3,25}?)\\b))");
        this.countVerbBefore = lex.compile("(?-i:\\b(?:{count_verbs})\\s*$)");
        this.remainAfter = lex.compile("\\s+(?:{remain_verbs})\\b");
        this.estimatedAt = lex.compile("(?-i:\\b(?!people\\b|persons\\b)(?:{population_nouns})\\b[^;:.]{0,40}\\b(?:was|were|is|are|had been) (?:{estimate_verbs}) at"
                + "(?: " + Hedges.WORD + ")?\\s*$)");
        this.ofThemCounted = figureRegions.ofThemCounted; // " of them were counted": the one pattern both read
        for (String set : List.of("population_words", "population_nouns", "people_nouns", "civilians", "population_heads",
                "share_wholes", "whole_modifiers", "part_headers", "community_nouns", "admin_words", "settlement_nouns",
                "town_nouns", "total_words", "rest_words")) {
            for (String w : lex.list(set)) {
                for (String word : w.toLowerCase(Locale.ROOT).split(" ")) {
                    peopleWholeWords.add(word.endsWith("s") ? word.substring(0, word.length() - 1) : word);
                }
            }
        }
        this.institutions = lex.set("institution_nouns");
        countAndEstimateVerbs.addAll(lex.list("count_verbs"));
        countAndEstimateVerbs.addAll(lex.list("estimate_verbs"));
        this.changeBefore = lex.compile("(?-i:\\b(?:(?:{change_nouns})s? of|(?:{level_verbs})(?:(?: \\p{Ll}+){1,3},)? by)(?: (?:more|less|than|nearly|almost|about|some|roughly|around|over|just|another|a further|an additional))* ?$)");
    }

    /** A figure and ", or" right before a share: the figure the share restates ("21,000, or" 34 per cent). */
    private static final Pattern CHANGE_THEN_SHARE = Pattern.compile("\\d[\\d,.]*(?: million)?,? or\\s*$");

    /** Not personnel, money, an age or a moved group: a figure a population statement can give. */
    boolean kindOfFigure(Prose p, Quantity q) {
        return !troops.isPersonnel(p, q) && !movedPeople.movementNear(p, q);
    }

    /**
     * Whether a share or a count of people is the size of a change, not a level ("an increase of nearly 60 per cent",
     * "had grown by 15%", "a fall of almost 9,000", "had shrunk by more than 6,000"), or a bare figure an age ("the
     * median age of Greeks was 52, against 39"): no population either way.
     */
    boolean changeOrAge(Prose p, Quantity q) {
        if (q.unit().isEmpty() && AGE_BEFORE.matcher(p.before(q.start(), 60)).find()) {
            return true; // "the median age of Greeks was 52, against 39": an age, no count
        }
        String u = q.unit().toLowerCase(Locale.ROOT);
        if (u.equals("percent") && COMPARED_AFTER.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + 24)).lookingAt()) {
            return true; // "34 percent fewer than ten years before": a change, no share
        }
        return (u.isEmpty() || u.equals("percent") || populationNouns.contains(u) || figureGroups.isGroupWord(p, q))
                && changeBefore.matcher(p.before(q.start(), 50)).find();
    }

    /**
     * Whether a count has a fraction without a scale word: an average ("households averaged 2.7 persons", "against 27.6
     * for the whole population"), no count of people; "1.1 million" is whole.
     */
    static boolean isAverage(Quantity q) {
        return q.value() != Math.rint(q.value());
    }

    /** Whether a verb of remaining follows a figure: "fewer than 600 remained", "some 300 were left". */
    boolean remainsAfter(Prose p, Quantity q) {
        return remainAfter.matcher(p.after(q.end(), 30)).lookingAt();
    }

    /** "other" and the noun a bare figure counts: " other nationalities". */
    private static final Pattern OTHER_NOUN_AFTER = Pattern.compile("\\s+other (\\p{L}+)\\b");

    /** A comparative and "than" right after a percentage: " fewer than", " more than", " lower than". */
    private static final Pattern COMPARED_AFTER = Pattern.compile("\\s+(?:fewer|more|less|lower|higher|smaller|larger) than\\b");

    /**
     * Whether a figure is a rate, no count: right after "per" ("per 1,000 Greeks"), or before "per" and a figure in its
     * clause ("some 270 people with higher education per 1,000 Koreans").
     */
    boolean isRate(Prose p, Quantity q) {
        return PER_BEFORE.matcher(p.before(q.start(), 10)).find()
                || YEARLY_AFTER.matcher(p.text).region(q.end(), p.text.length()).lookingAt()
                || PER_AFTER.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + 60)).lookingAt();
    }

    /**
     * Whether a count of people is the subject of a passive verb of something done to them, not of a count ("some
     * 35,000 people were investigated", "333,739 people had been removed from their homes", "160,000 people were
     * naturalised"): a participle after "were", "was" or "had been" that is none of counting, estimating, finding,
     * living or staying ({@code count_verbs}, {@code estimate_verbs} and {@link #COUNTED_PARTICIPLES}).
     */
    boolean peopleActedOn(Prose p, Quantity q) {
        if (!populationNouns.contains(q.unit().toLowerCase(Locale.ROOT))) {
            return false;
        }
        Matcher m = PASSIVE_AFTER.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + 40));
        if (!m.lookingAt()) {
            return false;
        }
        String verb = m.group(1).toLowerCase(Locale.ROOT);
        return !COUNTED_PARTICIPLES.contains(verb) && !countAndEstimateVerbs.contains(verb);
    }

    /** One thing of a number left without its noun right before the number: "a seat among its" 153. */
    private static final Pattern ONE_AMONG = Pattern.compile("\\b(?-i:an?|one) ((?-i:\\p{Ll})+) among (?-i:its|their|the) (?:" + Hedges.WORD + " )?$");

    /**
     * Whether a figure counts institutions or settlements, no people ({@code institution_nouns}): its own noun ("the
     * 452 surviving New Villages housed"), or the noun of "the number of" before it in its sentence ("the number of
     * Greek-language schools fell from some 300 in 1989 to fewer than 200"); or a bare figure after one thing "among"
     * it, whose noun it leaves out ("the community has held a seat among its 153").
     */
    boolean countsThings(Prose p, Quantity q) {
        if (q.unit().isEmpty()) {
            Matcher one = ONE_AMONG.matcher(p.before(q.start(), 40));
            if (one.find() && !populationNouns.contains(one.group(1) + "s") && !populationNouns.contains(one.group(1))) {
                return true; // "has held a seat among its 153 since 2008": the noun left out is the one before
            }
        }
        String noun = q.noun().isEmpty() ? q.unit() : q.noun();
        int space = noun.lastIndexOf(' ');
        if (!noun.isEmpty() && institutions.contains(noun.substring(space + 1).toLowerCase(Locale.ROOT))) {
            return true;
        }
        Matcher other = OTHER_NOUN_AFTER.matcher(p.after(q.end(), 40));
        if (other.lookingAt() && institutions.contains(other.group(1).toLowerCase(Locale.ROOT))) {
            return true; // "more than eighty other nationalities"
        }
        Sentence s = p.sentence(p.sentenceIndex(q.start()));
        int at = Chars.lastIndexIn(p.text, "number of ", q.start(), Math.max(s.start(), q.start() - 120));
        if (at < 0) {
            return false;
        }
        Matcher m = NUMBER_OF_NOUN.matcher(p.text).region(at, q.start());
        return m.lookingAt() && institutions.contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a share is of a whole that is no people: its first words after "of" ("40 per cent of the state budget",
     * "60 per cent of imports", "30 per cent of the workforce") all lower case, none a pronoun of people counted ("of
     * them"), a noun of people or a population, a place's noun ("of the republic"), a part's adjective ("of the urban")
     * or a total; a name, a figure or a possessive ("the republic's inhabitants") keeps the share.
     */
    boolean shareOfNoPeople(Prose p, Quantity q) {
        Matcher before = SHARE_OF_BEFORE.matcher(p.text).region(Math.max(p.clauseStart(q.start()), q.start() - 90), q.start());
        if (q.unit().equalsIgnoreCase("percent") && before.find()) {
            String head = before.group(1);
            String stem = head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
            if (!peopleWholeWords.contains(head) && !peopleWholeWords.contains(stem) && !WHOLE_PLACES.contains(stem)) {
                return true; // "The Chinese share of its foreign trade rose from 22 percent": a share of trade, no people
            }
        }
        Matcher m = WHOLE_WORDS.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + 60));
        if (!q.unit().equalsIgnoreCase("percent") || !m.lookingAt()) {
            return false;
        }
        String[] words = m.group(1).strip().split("\\s+");
        int from = words[0].equals("the") || words[0].equals("a") || words[0].equals("an") ? 1 : 0;
        String head = null; // the whole's noun: its last word before a joining word or a verb ("state budget" and)
        for (int i = from; i < words.length && !WHOLE_END.contains(words[i]); i++) {
            String w = words[i];
            if (head != null && w.length() > 3 && w.endsWith("ed")) {
                break; // "of a population reduced to": a participle after the whole's noun
            }
            if (i + 1 < words.length && Chars.isUpperCase(w.charAt(0)) && Chars.isLowerCase(words[i + 1].charAt(0))
                    && !WHOLE_END.contains(words[i + 1]) && PlaceNames.isGroup(p, w)) {
                continue; // "40 per cent of Afghan imports": a people's adjective before the whole's noun
            }
            if (!Chars.isLowerCase(w.charAt(0)) || w.contains("'") || w.contains("’") || WHOLE_PRONOUNS.contains(w)) {
                return false; // "of the Kazakhs", "of 126,800", "of the republic's", "of them"
            }
            head = w;
        }
        if (head == null) {
            return false;
        }
        String stem = head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
        return !peopleWholeWords.contains(head) && !peopleWholeWords.contains(stem) && !WHOLE_PLACES.contains(stem);
    }

    /** Whether a figure counts personnel of a force ({@link TroopsTable.Reader#isPersonnel}). */
    boolean isPersonnel(Prose p, Quantity q) {
        return troops.isPersonnel(p, q);
    }

    /** Whether a bare figure is followed by "(lived) in" a named place that is no group: "16,200 lived in Georgia". */
    boolean livesInNamedPlace(Prose p, Quantity q) {
        Matcher in = inPlace.matcher(p.after(FigureRegion.pastShare(p, q.end()), 120));
        return in.lookingAt() && in.group(1) != null && !PlaceNames.isGroup(p, in.group(1));
    }

    /**
     * Whether sentence {@code k} of {@code p} has a population word within {@link Prose#WINDOW} of its
     * end or start; computed once per sentence (each figure asks about its sentence and the two before).
     */
    boolean populationWordsNear(Prose p, int k) {
        if (p != nearFor) {
            nearFor = p;
            nearBySentence.clear();
        }
        return nearBySentence.computeIfAbsent(k, i -> {
            Sentence c = p.sentence(i);
            int endWindow = Math.max(c.start(), c.end() - Prose.WINDOW);
            int startWindow = Math.min(c.end(), c.start() + Prose.WINDOW);
            // a sentence no longer than the window is both windows: searched once
            // each window searched only where a population word can start (Starts.findIn: the same answer)
            return populationStarts.findIn(populationWords.matcher(p.text), p.text, endWindow, c.end())
                    || (endWindow != c.start() || startWindow != c.end())
                    && populationStarts.findIn(populationWords.matcher(p.text), p.text, c.start(), startWindow);
        });
    }

    /**
     * "count" or "share" for a figure of a population statement, else null; {@code leadInCounts}: whether the
     * figure's block is a list item whose lead-in paragraph is about a population ({@link ListItems#leadInCounts}).
     */
    String kind(Prose p, Quantity q, int si, boolean leadInCounts) {
        Sentence s = p.sentence(si);
        String u = q.unit().toLowerCase(Locale.ROOT);
        boolean share = u.equals("percent") || u.isEmpty() && p.after(q.end(), 12).startsWith(" per cent")
                || PairedFigures.sharesNextPercent(p, q); // "at 2.5 and 2.4 percent"
        if (!share && (u.equals("usd") || troops.isPersonnel(p, q) && !civilianSubject(p, q) && !figureGroups.countsPeoplesNamed(p, q))) {
            return null;
        }
        if (movedPeople.movementNear(p, q)) {
            return null;
        }
        if (q.unit().isEmpty() && q.end() + 1 < p.text.length() && p.text.charAt(q.end()) == '-'
                && Chars.isLetter(p.text.charAt(q.end() + 1))) {
            return null; // "6 deputies in the 100-seat parliament": a figure joined to a noun describes it, no people counted
        }
        if (peopleActedOn(p, q)) {
            return null; // "some 35,000 people were investigated": people something was done to, no population
        }
        if (CROWD_BEFORE.matcher(p.before(q.start(), 40)).find()) {
            return null; // "a rally drew a crowd of some 300,000": people gathered for a day, no population
        }
        if (isRate(p, q)) {
            return null; // "some 270 people with higher education per 1,000 Greeks": a rate
        }
        if (!share && countsThings(p, q)) {
            return null; // "the number of Greek-language schools fell from some 300": schools, no people
        }
        if (share && shareOfNoPeople(p, q)) {
            return null; // "credits had covered as much as 40 per cent of the state budget": a share of no people
        }
        if (changeOrAge(p, q)) {
            return null; // "an increase of nearly 60 per cent", "had grown by 15%", "a fall of almost 9,000": a change, no level
        }
        String near = share ? p.before(q.start(), 60) : "";
        Matcher changed = CHANGE_THEN_SHARE.matcher(near);
        if (share && changed.find() && changeBefore.matcher(p.before(q.start() - near.length() + changed.start(), 50)).find()) {
            return null; // "fell by some 21,000, or 34 per cent": the change's share
        }
        List<String> prior = p.wordsBefore(q.start(), 1);
        if (!prior.isEmpty() && (prior.get(0).equals("aged") || prior.get(0).equals("age"))) {
            return null; // "all residents aged 20 or older": an age
        }
        if (u.isEmpty() && !share && settlementOf.matcher(p.before(q.start(), 60)).find()) {
            return "count"; // "Kyzyl, a village of about 500", "a country of 750,000"
        }
        boolean context = (share || u.isEmpty()) && figureGroups.groupRightBefore(p, q) || leadInCounts
                || !share && figureGroups.isGroupOfCivilians(p, q); // "held 91,800 Chechen special settlers"
        for (int k = si; k >= Math.max(0, si - 2) && !context; k--) {
            context = populationWordsNear(p, k); // this sentence or the two before it
        }
        if (!context && !share && figureGroups.isGroupWord(p, q) && remainAfter.matcher(p.after(q.end(), 30)).lookingAt()) {
            context = true; // "fewer than 2,000 Japanese were left in the zone", "some 300 Koreans remained"
        }
        if (!context && !share && u.isEmpty() && ofThemCounted.matcher(p.after(q.end(), 60)).lookingAt()) {
            context = true; // "some 60,000 of them were in India": a part of a group, where it lives
        }
        boolean censusCounted = !share && (CensusCounts.countedAfter(p, q) // "Of the 27,500 counted in 2021, …"
                || CensusCounts.countedFigure(p, q) && figureGroups.isGroupWord(p, q)); // "Of the 115,000 Greeks recorded in"
        context = context || censusCounted;
        if (!context) {
            return null;
        }
        if (share) {
            return "share";
        }
        if (populationNouns.contains(u) || figureGroups.isGroupWord(p, q) || ownPeopleCounts.membersOfCommunity(p, q)) {
            return "count";
        }
        if (people.contains(u) && remainAfter.matcher(p.after(q.end(), 30)).lookingAt()) {
            return "count"; // "about 10,000 civilians remained inside the walls": the people left in a place
        }
        if (figureGroups.isGroupOfCivilians(p, q) && livesInNamedPlace(p, q)) {
            return "count"; // "some 35,000 Greek refugees were still living in Westmark"
        }
        if (u.isEmpty() && (figureGroups.groupBefore(p, q.start()) != null || figureGroups.groupAfterCopula(p, q) != null
                || figureGroups.groupBeforeBracket(p, q) != null || figureGroups.suchGroup(p, q) != null)) {
            return "count"; // "Kazakhs numbered 492,000", "2.9 million were Uyghurs", "9,800 such Greeks"
        }
        if (u.isEmpty() && populationBefore(p, q.start())) {
            return "count"; // "the population of Ili was 500,000"
        }
        if (u.isEmpty() && countVerbBefore.matcher(p.before(q.start(), 40)).find()
                && figureRegions.clauseSubject(p, q.start()) != null) {
            return "count"; // "Harbin numbered some 660,000", "Mukden (Shenyang) had over 1.1 million"
        }
        if (people.contains(u) && countVerbBefore.matcher(p.before(q.start(), 40)).find()
                && figureRegions.clauseSubject(p, q.start()) != null) {
            return "count"; // "the Ostrov ASSR held about 88,000 special settlers": the people a place held
        }
        if (u.isEmpty() && ofThemCounted.matcher(p.after(q.end(), 60)).lookingAt()) {
            return "count"; // "where 9,800 of them were counted in 1930", "12,000 of them lived in the town"
        }
        if (censusCounted) {
            return "count"; // "Of the 27,500 counted in 2021, 11,200 lived in towns": a census's count
        }
        if (u.isEmpty() && estimatedAt.matcher(p.before(q.start(), 90)).find()) {
            return "count"; // "Its population at the time was put at 33,000"
        }
        if (u.isEmpty() && HOME_TO.matcher(p.before(q.start(), 40)).find() && kindOfFigure(p, q)) {
            return "count"; // "Chuy Oblast was home to about 21,000 of them"
        }
        if (figureGroups.partOfPeopleLiving(p, q) != null) {
            return "count"; // "About 14,000 of the 1935 Greeks lived in Ostmark": that people's count there
        }
        if (ownPeopleCounts.communityCount(p, q) && kindOfFigure(p, q)) {
            return "count"; // "In 1970 the community numbered 24,800", "the community had grown to 29,800"
        }
        return null;
    }

    /**
     * Whether the figure's clause opens with a group of civilians, its subject: "Japanese residents, not
     * counting the Kwantung Army, numbered 820,614" is no troop count.
     */
    private boolean civilianSubject(Prose p, Quantity q) {
        if (!q.unit().isEmpty() && lex.set("personnel").contains(q.unit().toLowerCase(Locale.ROOT))) {
            return false; // "… numbered 820,614" or "some 2,500 strong", but not "2,500 troops"
        }
        Sentence s = p.sentence(p.sentenceIndex(q.start()));
        Matcher m = GROUP_SUBJECT.matcher(p.text).region(s.start(), q.start());
        if (!m.lookingAt() || !PlaceNames.isGroup(p, m.group(1))) {
            return false;
        }
        String noun = m.group(2).toLowerCase(Locale.ROOT);
        if (COPULA.contains(noun) && populationNouns.contains(q.unit().toLowerCase(Locale.ROOT))) {
            return true; // "Tatars were the largest group, 412,000 people or 51.5%": a people's count
        }
        return populationNouns.contains(noun) || civilians.contains(noun) || people.contains(noun)
                || populationHeads.contains(noun);
    }

    /** A population noun or a census count shortly before a bare figure in its clause ("the census counted"). */
    private boolean populationBefore(Prose p, int start) {
        for (String w : p.wordsBefore(start, 6)) {
            if (populationNouns.contains(w) && !w.equals("people") && !w.equals("persons")
                    || w.equals("census")) {
                return true;
            }
        }
        return false;
    }

    /** "of them" and a verb of counting or living right after a bare figure: " of them were counted". */
    boolean ofThemCounted(Prose p, Quantity q) {
        return ofThemCounted.matcher(p.after(q.end(), 60)).lookingAt();
    }

    /** A place said to be home to the figure right after: "Chuy Oblast was home to about 21,000". */
    boolean homeTo(Prose p, Quantity q) {
        return HOME_TO.matcher(p.before(q.start(), 40)).find();
    }
}
