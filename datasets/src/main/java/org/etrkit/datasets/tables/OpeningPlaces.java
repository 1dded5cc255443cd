package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.PlaceNames.NAME;

import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Sentence;

/**
 * The place a population figure's sentence or clause opens with, for {@link FigureRegion}: an opening "In X",
 * "Within the borders that X received" ("In Burqin the population was estimated at 8,000": {@link #openingPlace}),
 * the place a clause joined by "and", "but", "while" or a semicolon opens with ("…, and in Chahar the Han made up":
 * {@link #clauseOpeningPlace}, past {@link #lastClauseJoin}), and the name a clause opens with as its subject, past an
 * appositive ("Suiding, the old garrison town, was": {@link #clauseSubject}).
 */
final class OpeningPlaces {

    /** "in Chahar", "across the whole Soviet Union": a place a joined clause opens with. */
    private static final Pattern CLAUSE_OPENING = Pattern.compile(
            "(?:in|at|within|across|throughout) (?:the )?(?:whole (?:of (?:the )?)?)?(" + NAME + ")(?=[,\\s])");

    /** A sentence that opens with its place: "In Jirim League, …", "At Hailar the …", "Within the borders that X received", "In the town's Old Harbour quarter". */
    static final Pattern OPENING_IN = Pattern.compile("\\s*(?:In|At|Within|Throughout|Across) (?:the )?(?:whole (?:of (?:the )?)?|(?-i:\\p{Ll}+) of (?:the )?|borders that "
            + "|(?-i:\\p{Ll}+)['’]s )?(" + NAME + ")(?=[,\\s])"); // "In the town's Old Harbour quarter": that part

    /** A name opening a clause, also after "the city of", with an appositive or a verb after it. */
    private static final Pattern CLAUSE_NAME = Pattern.compile(
            "\\s*(?:(?:[Bb]y|[Ii]n|[Ss]ince) (?:the )?\\d{4}s?,? )?(?:[Tt]he )?(?:(?:city|town) of )?(?![Aa]n? )(" + NAME + ")(,[^,;:]{1,80},| \\([^()]{1,40}\\))?(?: (?:itself|alone|then|now|still))? ((?-i:\\p{Ll})\\p{L}*)");

    /**
     * Two names joined as one subject of a count, "together" or named by one plural administrative noun: "Bishkek and
     * the Chüy Region together were home to", "In 1914 the Pishpek and Przhevalsk uezds held".
     */
    private final Pattern joinedNames;

    /** A clause that is a place and a bare count, its verb left out: "Tosk 11,800", "Mahabad about 16,000". */
    private static final Pattern ELLIPTIC = Pattern.compile(
            "(?:the )?(" + NAME + ") (?:" + Hedges.WORD + " )?(?=\\d)");

    /**
     * A place named with its kind's noun in lower case as the subject of a clause, past an opening date or census:
     * "At the 2012 census Belen municipality had", "In 2012 Tosk district counted".
     */
    private final Pattern kindNounSubject;

    private final PlaceNames placeNames;
    /** A place's name as written, with an "of" part or a kept noun after it. */
    private final WrittenPlaces written;
    /** Verbs a place takes as the subject of a population statement ("Kulja had", "Hami numbered"). */
    private final Set<String> subjectVerbs;
    /** Nouns of government bodies ({@code government_bodies}): a subject named by one is the figure's source, no place. */
    private final Set<String> bodies;

    OpeningPlaces(Lexicon lex, PlaceNames placeNames, WrittenPlaces written) {
        this.placeNames = placeNames;
        this.written = written;
        this.subjectVerbs = lex.set("place_subject_verbs");
        this.bodies = lex.set("government_bodies");
        this.joinedNames = lex.compile("(?-i:\\s*(?:(?:In|By|At) \\d{4},? )?(?:[Tt]he )?(?![Aa]n? )(" + NAME + ") and (?:the )?(" + NAME + ")"
                + "(?: ((?:{admin_words})s)(?= \\p{Ll}))?( together)? (\\p{Ll}\\p{L}*))");
        this.kindNounSubject = lex.compile("(?-i:\\s*(?:(?:At|In|By|at|in|by) (?:the )?\\d{4}(?: (?:{census_words}))?,? )?(" + NAME
                + ") (?:{place_headers}) (?:{place_subject_verbs})\\b)");
    }

    /**
     * The place a clause joined by "and", "but", "while" or a semicolon opens with ("…, and in Chahar the Han
     * made up over 85%"), or null; a group's name after "in" is a place too.
     */
    String clauseOpeningPlace(Prose p, Sentence s, int offset) {
        int from = lastClauseJoin(p, s, offset);
        if (from < 0) {
            return null;
        }
        Matcher m = CLAUSE_OPENING.matcher(p.text).region(from, offset);
        if (!m.lookingAt()) {
            return null;
        }
        String place = written.named(p.text, m.end(1), m.group(1));
        return place == null || PlaceNames.isMonth(place) || placeNames.isAdjective(place)
                || !p.article.articleNames.isProperWord(place.split(" ")[0]) ? null : place;
    }

    /** The end of the last "and", "but", "while" or semicolon joining a clause before {@code offset} in its sentence, or -1. */
    static int lastClauseJoin(Prose p, Sentence s, int offset) {
        MatchResult join = SentenceScan.last(joins(p, s, offset));
        return join == null ? -1 : join.end();
    }

    /** The clause joins ({@link FigureRegion#CLAUSE_JOIN}) of sentence {@code s} before {@code offset}, in order. */
    private static List<MatchResult> joins(Prose p, Sentence s, int offset) {
        return p.findsBefore(FigureRegion.CLAUSE_JOIN, FigureRegion.CLAUSE_JOIN_READ, s, offset);
    }

    /**
     * A place an opening "In …" names without the people's plural name after it, which is the sentence's subject
     * ("In the Bashkir ASSR Tatars outnumbered Bashkirs": Bashkir ASSR); {@code place} itself otherwise.
     */
    static String withoutPeopleAfter(Prose p, String place) {
        int space = place == null ? -1 : place.lastIndexOf(' ');
        if (space < 0 || !place.endsWith("s")) {
            return place;
        }
        String last = place.substring(space + 1);
        return PlaceNames.isGroup(p, last) ? place.substring(0, space) : place;
    }

    /**
     * The place of a clause joined by ", and" or a semicolon that is a place's name and a bare count, leaving out
     * the verb of the clause before ("…had 21,700 Tatars among its 26,300 residents, and Tosk 11,800 out of
     * 14,100"): that place, for each figure of the clause; not a group ("and Kazakhs 326,000"), month or
     * function word; or null.
     */
    String ellipticPlace(Prose p, Sentence s, int offset) {
        MatchResult join = SentenceScan.last(joins(p, s, offset));
        int from = join == null ? -1 : join.end();
        boolean comma = join != null && (join.group().startsWith(",") || join.group().startsWith(";"));
        if (from < 0 || !comma) {
            return null;
        }
        Matcher m = ELLIPTIC.matcher(p.text).useTransparentBounds(true).region(from, offset);
        if (!m.lookingAt()) {
            return null;
        }
        String place = placeNames.placeName(m.group(1));
        return place == null || PlaceNames.isGroup(p, place) || placeNames.isAdjective(place) || PlaceNames.isMonth(place)
                || !p.article.articleNames.isProperWord(place.split(" ")[0])
                || !p.article.names(place).isEmpty() && p.article.names(place).get(0).isGroup() ? null : place;
    }

    /**
     * The place the figure's sentence or joined clause has as its subject, named with its kind's noun in lower case
     * ("At the 2012 census Belen municipality had 21,700 Tatars": Belen), or null.
     */
    String kindNounSubject(Prose p, Sentence s, int offset) {
        int from = s.start();
        List<MatchResult> joins = joins(p, s, offset);
        for (int i = joins.size() - 1; i >= 0; i--) {
            MatchResult join = joins.get(i);
            if (join.group().startsWith(",") || join.group().startsWith(";")) {
                from = join.end(); // not "the Tawang and Kameng districts numbered": a joined name
                break;
            }
        }
        Matcher m = kindNounSubject.matcher(p.text).region(from, offset);
        if (!m.lookingAt()) {
            return null;
        }
        String place = placeNames.placeName(m.group(1));
        return place == null || PlaceNames.isGroup(p, place) || placeNames.isAdjective(place) || PlaceNames.isMonth(place)
                || !p.article.articleNames.isProperWord(place.split(" ")[0]) ? null : place;
    }

    /** "In Burqin the population was estimated at 8,000": the place the figure's sentence opens with, or null. */
    String openingPlace(Prose p, Sentence s, int to) {
        Matcher opening = OPENING_IN.matcher(p.text).region(s.start(), to);
        if (opening.lookingAt()) {
            String place = withoutPeopleAfter(p, written.named(p.text, opening.end(1), opening.group(1)));
            if (place != null && PlaceNames.isGroup(p, place) && opening.group(1).startsWith(place + " ")
                    && !PlaceNames.isGroup(p, opening.group(1))) {
                place = opening.group(1); // "In the Uyghur District, …": a district named for a people keeps its noun
            }
            if (place != null && !PlaceNames.isGroup(p, place) && !placeNames.isAdjective(place) && !PlaceNames.isMonth(place)
                    && p.article.articleNames.isProperWord(place.split(" ")[0])) {
                return place;
            }
        }
        return null;
    }

    /**
     * Two places the figure's clause opens with as one subject, "together" ("Bishkek and the Chüy Region together
     * were home to 681,258 Russians"): "Bishkek and Chüy Region"; or null.
     */
    String joinedSubject(Prose p, int offset) {
        Sentence s = p.sentence(p.sentenceIndex(offset));
        Matcher joined = joinedNames.matcher(p.text);
        boolean found = joined.region(s.start(), offset).lookingAt(); // the sentence's subject, or a joined clause's
        for (MatchResult join : joins(p, s, offset)) {
            if (found) {
                break;
            }
            found = joined.region(join.end(), offset).lookingAt();
        }
        if (!found || !subjectVerbs.contains(joined.group(5)) || joined.group(3) == null && joined.group(4) == null) {
            return null;
        }
        String first = placeNames.placeName(joined.group(1));
        String second = placeNames.placeName(joined.group(2));
        String noun = joined.group(3) == null ? "" : " " + joined.group(3); // "the Pishpek and Przhevalsk uezds"
        return first != null && second != null && !PlaceNames.isGroup(p, first) && !PlaceNames.isGroup(p, second)
                && !placeNames.isAdjective(first) && !placeNames.isAdjective(second) ? first + " and " + second + noun : null;
    }

    /**
     * The subject of the figure's clause when it is a name: the first words of the sentence, or of a clause
     * joined by ", and", ", while", ", but" or a semicolon, before an optional appositive ("Suiding, the old
     * garrison town, was much smaller, with a population of about 12,000"); not a group, month or function
     * word; or null.
     */
    String clauseSubject(Prose p, int offset) {
        Sentence s = p.sentence(p.sentenceIndex(offset));
        MatchResult join = SentenceScan.last(joins(p, s, offset));
        int from = join == null ? s.start() : join.end();
        Matcher m = CLAUSE_NAME.matcher(p.text).region(from, offset);
        if (!m.lookingAt()) {
            return null;
        }
        String verb = m.group(3);
        if (!verb.endsWith("ed") && !subjectVerbs.contains(verb)) {
            return null; // "A Soviet consular report": a name used as an adjective; "Out of …"
        }
        String name = placeNames.placeName(m.group(1));
        if (name != null && m.group(2) == null && !p.article.articleNames.isProperWord(name.split(" ")[0])) {
            return null; // "Next came the Kazakhs": a capital only at the sentence's start
        }
        if (name == null || PlaceNames.isGroup(p, name) || placeNames.isAdjective(name) || PlaceNames.isMonth(name)
                || p.article.articleNames.isWrittenLowerCase(name.split(" ")[0])
                || !p.article.names(name).isEmpty() && p.article.names(name).get(0).isGroup()) {
            return null;
        }
        String head = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        if (name.indexOf(' ') > 0 && bodies.contains(head)) {
            return null; // "the National Statistical Committee estimated about 349,000": who counted, not where
        }
        return name;
    }
}
