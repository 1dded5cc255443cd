package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.PlaceNames.NAME;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;
import org.etrkit.datasets.tables.DemographicsTable.Row;

/**
 * Where a population statement's figure is, from the words around it ({@link PopulationStatements}): the place
 * named right before a bare figure of a sentence on "the number of" a people ("when the RSFSR counted 5,522,096"),
 * the place an appositive "X, with N," counts, the named places that "housed" a count, the country of "the national population", the place a heading names ("== Tatarstan =="), and the urban or rural
 * part of a place a share is of ("of the urban population of X": "X (urban)").
 */
final class StatementPlaces {

    /** The urban or rural part of a place a share is of: " of the urban population", " of the republic's urban and", " of its rural population". */
    static final Pattern PART_OF_PLACE = Pattern.compile("(?: per ?cent)?\\s+of (?:the |its |their )?(?:\\p{L}[\\p{L}'’-]*(?: (?-i:\\p{Lu})[\\p{L}'’-]*)*['’]s )?((?i:urban|rural))\\b(?= population\\b| and\\b)");

    /**
     * A count's share of its place's urban or rural population in apposition right after it, past "of them": " of them,
     * 48 percent of the urban population of the republic,", ", or 18 percent of the rural population,".
     */
    private static final Pattern PART_SHARE_APPOSITION = Pattern.compile("(?:\\s+of them)?,\\s*(?:or\\s+)?"
            + "(?:(?:about|some|around|roughly|nearly|almost)\\s+)?\\d[\\d.]*\\s*(?:%|per ?cent\\b)\\s+of (?:the |its |their )?"
            + "(?:\\p{L}[\\p{L}'’-]*['’]s )?((?i:urban|rural)) population\\b[^,;:()]{0,40},");

    /** The part of a place a region names after it: " (urban)". */
    private static final Pattern PART_SUFFIX = Pattern.compile(" \\((?:urban|rural)\\)$");

    /** "of it" before a share, whose whole is the one of the share before: "the Chinese share of it had fallen to". */
    private static final Pattern OF_IT = Pattern.compile("\\bshare of it\\b");

    /** A heading that is a name alone: "Tatarstan", "Inner Mongolia". */
    private static final Pattern NAME_ALONE = Pattern.compile(NAME);

    /** The population of the whole country: "the national population", "the nation's population". */
    private static final Pattern NATIONAL = Pattern.compile("\\b(?:national|(?-i:the) nation['’]s) population\\b");

    /** "the number of Tatars": the people a sentence counts. */
    private static final Pattern NUMBER_OF = Pattern.compile("\\b(?-i:the) number of ((?-i:\\p{Lu})[\\p{L}'’-]+)");

    /** A place right before a figure, after "the (whole)" and before a verb of a count: "the RSFSR counted ". */
    private static final Pattern PLACE_RIGHT_BEFORE = Pattern.compile(
            "(?:^|[,;]|\\b(?:and|when|while|whereas))\\s+(?-i:the )(?:whole )?(" + NAME + ")(?: (?:counted|had|numbered))?\\s+$");

    /** A place and "with" right before a figure, the place's population: "and Naberezhnye Chelny, with ". */
    private static final Pattern PLACE_WITH = Pattern.compile(
            "(?:^|,|\\band)\\s+(" + NAME + "), with (?:" + Hedges.WORD + " )?$");

    /** "in", a place and "with" right before a people's count: "lived in Westburg, with roughly" 1,100 Greeks. */
    private static final Pattern IN_PLACE_WITH = Pattern.compile("\\bin (?:the )?(" + NAME + "), with (?:" + Hedges.WORD + " )?$");

    /** The end of a count's appositive and the copula of its place's share: ", was ". */
    private static final Pattern APPOSITIVE_CLOSE = Pattern.compile(",\\s+(?:was|is)\\s+(?:(?:about|some|around|roughly|nearly|over|almost) )?");

    /** Named places, counted or described, that housed or held a figure: "the 452 surviving New Villages housed about ". */
    private static final Pattern PLACES_HOUSED = Pattern.compile(
            "\\b(?-i:the) (?:[\\d,]+ )?(?:(?-i:\\p{Ll})[\\p{L}-]+ )?(" + NAME + ") (?:housed|held)\\s+(?:" + Hedges.WORD + " )?$");

    /**
     * A common noun of a site, "at", "around", "in" or "near" a named place, past an appositive on the place and a
     * "which (alone)", and a verb of holding right before a figure: "the shelter at Eastbrook held about", "the camps
     * around Westford, the largest town of the south, held some", "the barracks at Northby, which alone held".
     */
    private static final Pattern SITE_AT_PLACE_HELD = Pattern.compile(
            "\\b(?-i:[Tt]he) (?:(?-i:\\p{Ll})[\\p{L}-]+ ){1,3}(?:at|around|in|near) (" + NAME + ")(?: in " + NAME + ")?(?:, (?:the|a|an) [^,;:]{1,60},)?"
            + "(?:,? which(?: alone)?)? (?:housed|held|sheltered)\\s+(?:" + Hedges.WORD + " )?$");

    /**
     * A place and a "which" clause or an appositive that holds a figure right after: "the Westford valley, which was home
     * to some", "Northby, which alone held", "the Nine Hamlets West of the Lake, home to an estimated".
     */
    private static final Pattern PLACE_WHICH_HELD = Pattern.compile(
            "(?:^|[\\s,(])(" + NAME + "(?: of the (?-i:\\p{Lu})[\\p{L}'’-]+)?)( (?-i:\\p{Ll})+)?, (?:which(?: alone)? (?:(?:was|is) home to|held|housed|sheltered)|home to)\\s+"
            + "(?:(?:about|some|around|roughly|nearly|over|almost|perhaps|an estimated) )?$");

    /** Lands named by what was done to them, which stand for a part of a state named before: "the annexed lands". */
    private static final Pattern DONE_TO_LANDS = Pattern.compile("\\b(?-i:the) (?-i:\\p{Ll}+)ed (?:lands|territory|territories)\\b");

    /** A sentence on a people's share of a place, "its" the people counted before: "Its share of Westmark rose from". */
    private static final Pattern ITS_SHARE_OF = Pattern.compile("\\s*(?:(?:In|By) \\d{4},? )?(?:Its|Their) share of (?:the )?(" + NAME + ")");

    /** A preposition and a town unnamed right before a figure: "in and around a city of roughly ", "near a town of ". */
    private static final Pattern IN_A_TOWN_OF = Pattern.compile(
            "\\b(?:in|around|near|at) an? (?:(?-i:\\p{Ll})+ )?(?:town|city|village|settlement) of (?:" + Hedges.WORD + " )?$");

    /** A name of the text. */
    private static final Pattern A_NAME = Pattern.compile("(?<![\\p{L}'’])(" + NAME + ")");

    /** A state's noun taken as a whole before a figure: "in the empire as a whole there were". */
    private static final String DASHED_NAME = "(?-i:\\p{Lu})[\\p{L}'’-]*(?:–(?-i:\\p{Lu})[\\p{L}'’-]*)+";
    private static final Pattern AS_A_WHOLE = Pattern.compile("\\b(?-i:the) ((?-i:\\p{Ll})+) as a whole\\b");

    private final PlaceNames placeNames;
    /** Lower-case nouns that stay part of a place's name ("Nonni valley"). */
    private final java.util.Set<String> keptNouns;
    /** Nouns of people, which a count of a place's whole population has, if any ("200,000 people"). */
    private final java.util.Set<String> populationNouns;
    /** A place named with dashes, its short name and its noun, right before a count: "the X–Y (X-Y) border region had". */
    private final Pattern dashedPlaceBefore;
    /**
     * A later item of a list of places with counts, its verb left out: ", Westmark Oblast ", " and Northmark Oblast ",
     * " and in Northmark Oblast ", past a former name in brackets and an appositive (" and Varos (then Vardia), the
     * centre of the Greek villages, about ").
     */
    private static final Pattern LISTED_PLACE_BEFORE = Pattern.compile("(?:,|\\band) (?:in )?(?:the )?(" + NAME + ")"
            + "(?: \\([^()]{1,30}\\))?(?:, (?:the|a|an) [^,;:()]{3,60},)? (?:" + Hedges.WORD + " )?$");
    /** A later place of a list of "home to" counts, the verb left out: ", and the city of Tashkent to about". */
    private static final Pattern HOME_TO_LEFT_OUT = Pattern.compile("(?:,|\\band) (?:the )?(?:(?:city|town) of )?(" + NAME
            + ") to (?:" + Hedges.WORD + " )?$");
    /** "home to", the verb a list of counts left out after its first item names. */
    private static final Pattern HOME_TO = Pattern.compile("\\b(?:was|were|is|are) home to\\b");
    /** Administrative words ({@code admin_words}), lower case: the last word of a listed place's name. */
    private final java.util.Set<String> adminWords;
    /** "eastern", "northern": the adjectives that name a part of a place ("eastern Norland"). */
    private final java.util.Set<String> regionAdjectives;

    /**
     * "there" right after a count, past "of them" or its people and where they came from, and a verb of residence:
     * " of them there", " Koreans from Sakhalin were living there".
     */
    private static final Pattern THERE_AFTER = Pattern.compile(
            "(?:\\s+of (?:them|these)|(?:\\s+(?-i:\\p{Lu})[\\p{L}'’-]+)?(?:\\s+from (?:the )?" + NAME + ")?)(?:\\s+(?:were|was|had been|have been))?(?:\\s+(?:living|lived|resided|residing|settled))?\\s+there\\b");

    /** A place after "in", "at" or "to": where a people lives or goes, which "there" can stand for ("to work in Japan"). */
    private static final Pattern PLACE_IN = Pattern.compile("\\b(?:in|at|to) (?:the )?(" + NAME + ")");

    /** The part of a place a count is of, after it: " Koreans lived in towns" (urban), " lived in the countryside" (rural). */
    private final Pattern partLivedIn;
    /** The part of a place a count is of, before it: "the urban population had grown to", "its rural population fell to". */
    private final Pattern partBefore;
    /**
     * The part of a place a bare count is of, as an adjective right after it with no noun after that: " were urban" of
     * "of whom 6,100 were urban and 3,320 rural", and " rural" of the list's later item.
     */
    private final Pattern partPredicate;
    /** The adjectives of a place's parts ({@code part_headers}: "urban", "rural"). */
    private final java.util.Set<String> partHeaders;
    /** The part of a place each place word of {@link #partLivedIn} stands for ({@code part_places}: "towns = urban"). */
    private final java.util.Map<String, String> partOfPlaces = new java.util.HashMap<>();
    /**
     * The part of a place a bare count is of, as a noun of its dwellers right after it: " were town dwellers" ({@code
     * part_places} in the singular, "town" of "towns"), " were rural dwellers" ({@code part_headers}).
     */
    private final Pattern partDwellers;
    /** The part of a place each singular place word of {@link #partDwellers} stands for ("town": urban). */
    private final java.util.Map<String, String> partOfDwellers = new java.util.HashMap<>();
    /** A part of a place that opens a count's clause: "In the towns of the republic they numbered", "while in the countryside they were". */
    private final Pattern partOpening;

    /**
     * A place's community as the subject of a count's clause, the place in the possessive: "while Ostburg's community had
     * grown to", "and Westvale's community numbered".
     */
    private final Pattern possessedCommunity;
    /** Whether no community noun holds a , ; : ( or ), so that {@link #possessedCommunity} has none after its start. */
    private final boolean communityInAClause;

    /**
     * A settlement's noun, its name between commas and "of" or a verb of a count right before a count: "and a capital,
     * Bamako, of about", "the largest village, Ostby, had about".
     */
    private final Pattern namedBetweenCommas;

    StatementPlaces(Lexicon lex, PlaceNames placeNames) {
        this.namedBetweenCommas = lex.compile("(?-i:\\b(?:an?|the|its) (?:\\p{Ll}+ )?(?:{settlement_nouns}|capital), (" + NAME + "), (?:of|had|numbered|counted) (?:"
                + Hedges.WORD + " )?$)");
        this.communityInAClause = lex.set("community_nouns").stream().noneMatch(w -> w.matches(".*[,;:()].*"));
        this.possessedCommunity = lex.compile("(?-i:(?:^\\s*|[,;] (?:(?:while|and|but|whereas) )?|\\b(?:while|whereas) )(" + NAME
                + ")['’]s (?:{community_nouns})\\b[^,;:()]{0,40}$)");
        for (String entry : lex.list("part_places")) {
            int eq = entry.indexOf(" = ");
            partOfPlaces.put(entry.substring(0, eq).strip().toLowerCase(Locale.ROOT), entry.substring(eq + 3).strip());
        }
        // " lived in towns", " of them in the towns", " in rural areas" (a list's later item, its verb left out)
        this.partLivedIn = Pattern.compile("(?:\\s+(?-i:\\p{Lu})[\\p{L}'’-]+)?(?:\\s+of them)?" + FigureRegion.SHARE_APPOSITIVE + "\\s+(?:(?:now|still|already) )?(?:(?:lived|living|resided|residing|were living) )?in (?:the )?(?:("
                + String.join("|", partOfPlaces.keySet()) + ")|(" + String.join("|", lex.list("part_headers"))
                + ") (?-i:\\p{Ll})+)\\b", Pattern.CASE_INSENSITIVE);
        for (java.util.Map.Entry<String, String> e : partOfPlaces.entrySet()) { // "towns": "town", "cities": "city"
            String word = e.getKey();
            String singular = word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y"
                    : word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
            partOfDwellers.put(singular, e.getValue());
        }
        this.partDwellers = Pattern.compile("\\s+(?:(?:were|was|are|is) )?(?:(" + String.join("|", partOfDwellers.keySet()) + ")|("
                + String.join("|", lex.list("part_headers")) + ")) dwellers\\b", Pattern.CASE_INSENSITIVE);
        // "In the towns of the republic they numbered", ", while in the rural districts they numbered only about"
        this.partOpening = Pattern.compile("(?:^\\s*|[,;]\\s+|\\b(?:while|whereas|but|and)\\s+)(?-i:[Ii]n) (?:the )?(?:("
                + String.join("|", partOfPlaces.keySet()) + ")|(" + String.join("|", lex.list("part_headers"))
                + ") (?-i:\\p{Ll})+)\\b[^,;:\\d]{0,50}$", Pattern.CASE_INSENSITIVE);
        this.partBefore = lex.compile("(?-i:\\b(?:the|its|their) ({part_headers}) population\\b[^,;:]{0,30}$)");
        this.partHeaders = lex.set("part_headers");
        this.partPredicate = lex.compile("(?-i:\\s+(?:(?:were|was|are|is) )?({part_headers})(?=\\s*(?:[,.;)]|$|(?:and|or|but|while|whereas)\\b)))");
        this.placeNames = placeNames;
        this.adminWords = new java.util.HashSet<>();
        for (String w : lex.list("admin_words")) {
            adminWords.add(w.toLowerCase(Locale.ROOT));
        }
        this.keptNouns = lex.set("name_nouns");
        this.populationNouns = lex.set("population_nouns");
        this.regionAdjectives = lex.set("region_adjectives");
        this.dashedPlaceBefore = lex.compile("(?-i:(?:^|[\\s,;(])(?:[Tt]he )?(" + DASHED_NAME + ")(?: \\([^()]+\\))?"
                + "((?: \\p{Ll}+)? (?:{place_headers}))(?: (?:alone|itself))?(?: (?:had|numbered|counted))?"
                + " (?:" + Hedges.WORD + " )?$)");
    }

    /**
     * The place a settlement's noun names between commas right before a count ("and a capital, Bamako, of about
     * 130,000", "the largest village, Ostby, had about 1,700"), no group or month; else null.
     */
    String namedBetweenCommas(Prose p, Quantity q) {
        Matcher m = namedBetweenCommas.matcher(p.before(q.start(), 80));
        if (!m.find()) {
            return null;
        }
        String place = placeNames.placeName(m.group(1));
        return place == null || PlaceNames.isGroup(p, place) || PlaceNames.isMonth(place) ? null : place;
    }

    /**
     * The place whose community is the subject of a count's clause ("…, while Ostburg's community had grown to 3,500"),
     * no group or month; else null.
     */
    String possessedCommunity(Prose p, Sentence s, Quantity q) {
        // the match has no , ; : ( or ) after its first character: it starts at the last of them before the figure or
        // after it (where "^" cannot match a name's capital at that character, and no "\\b" reads before the start)
        int mark = communityInAClause ? Chars.lastIndexOfAny(p.text, ",;:()", q.start(), s.start()) : -1;
        Matcher m = possessedCommunity.matcher(p.text).region(Math.max(s.start(), mark), q.start());
        if (!m.find()) {
            return null;
        }
        String place = placeNames.placeName(m.group(1));
        return place == null || PlaceNames.isGroup(p, place) || PlaceNames.isMonth(place) ? null : place;
    }

    /**
     * A place named by names joined with dashes, with its short name in brackets and its noun, right before a count, as
     * its subject ("the Westmark–Eastmark (We-Ea) border region alone had some", "and the Northby–Southby (No-So)
     * region about"): the name with its noun, without the short name; or null.
     */
    String dashedPlaceBefore(Prose p, Sentence s, Quantity q) {
        int dash = Chars.lastIndexIn(p.text, "–", q.start(), Math.max(s.start(), q.start() - 120)); // 120 back at most
        if (dash < s.start()) {
            return null; // the words the pattern needs are not right before the figure
        }
        // past the short name's brackets, which close a clause of the prose
        Matcher m = dashedPlaceBefore.matcher(p.text).region(Math.max(s.start(), q.start() - 140), q.start());
        return m.find() ? m.group(1) + m.group(2) : null;
    }

    /**
     * The place a bare figure is listed for after a count of its sentence, its verb left out: a name ending in an
     * administrative word right after a comma or "and" ("…, Westmark Oblast 10,100 (8.3%), Northmark Oblast 7,300 and
     * Southmark Oblast 5,900"), a place right after the count before and "and" ("Ostburg had 3,100 and Westburg
     * 2,700"), or a place and the "to" of a "home to" the sentence wrote before ("Westmark Oblast was
     * home to 7,600 of them, …, and the city of Varos to 4,500"); or null.
     */
    String listedPlaceBefore(Prose p, Quantity q) {
        String before = p.before(q.start(), 120);
        Matcher home = HOME_TO_LEFT_OUT.matcher(before);
        if (home.find() && HOME_TO.matcher(p.text).region(p.sentence(p.sentenceIndex(q.start())).start(),
                q.start() - before.length() + home.start()).find()) {
            String place = placeNames.placeName(home.group(1)); // "X was home to 76,000 …, and the city of Y to 45,600"
            return place == null || PlaceNames.isGroup(p, place) || PlaceNames.isMonth(place) ? null : place;
        }
        Matcher m = LISTED_PLACE_BEFORE.matcher(before);
        if (!m.find()) {
            // past a former name in brackets, where the clause before the figure starts: " and Varos (then Vardia), …, about "
            String raw = p.text.substring(Math.max(p.sentence(p.sentenceIndex(q.start())).start(), q.start() - 120), q.start());
            m = LISTED_PLACE_BEFORE.matcher(raw);
            if (raw.equals(before) || !m.find() || raw.indexOf('(', m.start()) < 0) {
                return null;
            }
            before = raw;
        }
        String name = m.group(1);
        int space = name.lastIndexOf(' ');
        if (space > 0 && adminWords.contains(name.substring(space + 1).toLowerCase(Locale.ROOT))) {
            return !PlaceNames.isGroup(p, name) ? name : null;
        }
        // "Ostburg alone had 3,100 and Westburg 2,700": a place right after the count before, its verb left out
        String place = placeNames.placeName(name);
        int at = q.start() - before.length() + m.start(); // the comma or "and", in the text ("before" may stop at a bracket)
        return place != null && AFTER_A_COUNT.matcher(p.text).region(p.sentence(p.sentenceIndex(q.start())).start(), at).find()
                && !PlaceNames.isGroup(p, place)
                && !PlaceNames.isMonth(place) && !PlaceNames.isAbbreviation(place) ? place : null;
    }

    /**
     * A count's figure, or its share in brackets, right before the "and" or comma of a later place of a list, past its
     * people's name and when it was counted: "had 3,100" and Westburg 2,700, "had 8,200 Greeks (4.1%)", Ostvale 6,300,
     * "had 9,600 Greeks at the 2021 census" and Westburg some 4,300, "had about 63,000," and Varos about 50,000.
     */
    private static final Pattern AFTER_A_COUNT = Pattern.compile("\\d(?:\\s*(?:%|per ?cent))?\\)?(?: (?-i:\\p{Lu})[\\p{L}'’-]+)?"
            + "(?: (?:in|at|by) (?:the )?[\\p{L}\\d'’-]+(?: [\\p{L}\\d'’-]+){0,2})?,?\\s*$");

    /**
     * For a figure of a town the sentence names only by its noun after a preposition ("were quartered in and around a
     * city of roughly 30,000 people"), the last name of a place the sentence writes before it ("entered Lhasa"), not an
     * abbreviation ("the PLA"), a group, a month or an adjective; or null.
     */
    String townNamedBefore(Prose p, Sentence s, Quantity q) {
        if (!IN_A_TOWN_OF.matcher(p.before(q.start(), 50)).find()) {
            return null;
        }
        Matcher m = A_NAME.matcher(p.text).region(s.start(), q.start());
        String last = null;
        while (m.find()) {
            String place = placeNames.placeName(m.group(1));
            if (place != null && !PlaceNames.isAbbreviation(place) && !PlaceNames.isGroup(p, place) && !PlaceNames.isMonth(place)
                    && !PlaceNames.LEADING.contains(place.toLowerCase(Locale.ROOT)) && !placeNames.isAdjective(place)) {
                last = place;
            }
        }
        return last;
    }

    /**
     * The place of a share whose sentence opens with "Its share of X" or "Their share of X" ("Its share of Westmark
     * rose from 84 per cent"), when X is a place and no group; or null.
     */
    String itsShareOf(Prose p, Sentence s, Quantity q) {
        if (!q.unit().equalsIgnoreCase("percent")) {
            return null;
        }
        Matcher m = ITS_SHARE_OF.matcher(p.text).region(s.start(), q.start());
        if (!m.lookingAt()) {
            return null;
        }
        String place = placeNames.placeName(m.group(1));
        return place == null || PlaceNames.isGroup(p, place) || PlaceNames.isMonth(place) ? null : place;
    }

    /**
     * For a figure whose sentence names "the annexed lands" (or territory), the last region of the article's rows
     * that is a part of a state named by a region adjective ("western Norland"); or null.
     */
    String partDoneTo(Prose p, Sentence s, java.util.List<Row> rows) {
        int lands = p.text.indexOf("ed ", s.start());
        if (lands < 0 || lands >= s.end() || !DONE_TO_LANDS.matcher(p.text).region(s.start(), s.end()).find()) {
            return null;
        }
        for (int i = rows.size() - 1; i >= 0; i--) {
            String region = rows.get(i).region();
            int space = region.indexOf(' ');
            if (space > 0 && regionAdjectives.contains(region.substring(0, space))) {
                return region;
            }
        }
        return null;
    }

    /**
     * The place a "which" clause holding a count of people follows ("the Westford valley, which was home to some
     * 90,000 people", "Northby, which alone held 4,500"), with a kept noun after its name, when it is no group or
     * month; or null. That count is the place's whole population, not of a group named before.
     */
    String placeWhichHeld(Prose p, Quantity q) {
        if (!q.unit().isEmpty() && !populationNouns.contains(q.unit().toLowerCase(Locale.ROOT))) {
            return null; // "which was home to 72,944 Koreans": a group's count
        }
        int near = q.start() - 40; // only the 40 characters before the figure, not back to the paragraph's start
        int which = Math.max(Chars.lastIndexIn(p.text, ", which", q.start(), near),
                Chars.lastIndexIn(p.text, ", home to", q.start(), near));
        if (which < 0 || q.start() - which > 40) {
            return null; // the words the pattern needs are not right before the figure
        }
        Matcher m = PLACE_WHICH_HELD.matcher(p.before(q.start(), 100));
        if (!m.find()) {
            return null;
        }
        String place = placeNames.placeName(m.group(1));
        if (place == null || PlaceNames.isGroup(p, place) || PlaceNames.isMonth(place)) {
            return null;
        }
        String noun = m.group(2) == null ? null : m.group(2).strip();
        if (noun != null && !keptNouns.contains(noun)) {
            return null; // "the Greek villages, which held": no place
        }
        return noun == null ? place : place + " " + noun;
    }

    /**
     * The place the heading of a block names, when the heading is a place the article writes after a preposition
     * or a state it names ("== Tatarstan =="), and no group; else null.
     */
    String sectionPlace(ArticleContext ac, Prose p) {
        String heading = p.block.section() == null ? "" : p.block.section().strip();
        if (heading.isEmpty() || !NAME_ALONE.matcher(heading).matches() || PlaceNames.isGroup(p, heading)) {
            return null;
        }
        return placeNames.placeWords(ac).contains(heading) || !ac.articleNames.canonicalPlace(heading).equals(heading)
                ? heading : null;
    }

    /** The people whose number the figure's sentence is about before it ("the number of Tatars peaked"), else null. */
    static String numberOfPeople(Prose p, Sentence s, Quantity q) {
        int at = p.indexOf("number of ", s.start(), q.start());
        if (at < 0) {
            return null; // the words the pattern needs are not in the sentence before the figure
        }
        Matcher m = NUMBER_OF.matcher(p.text).region(s.start(), q.start());
        return m.find() ? PlaceNames.wholeGroup(p.article, m.group(1)) : null;
    }

    /**
     * The place named right before a bare figure, with a verb of a count or none between ("the RSFSR counted
     * 5,522,096", "the whole Soviet Union 6.65 million", "the Uzbek SSR had 467,829"), when it is no group; or null.
     */
    String placeRightBefore(Prose p, Quantity q) {
        return placeMatched(p, q, PLACE_RIGHT_BEFORE, 60);
    }

    /** The place a count's appositive gives the population of ("…, and Naberezhnye Chelny, with 513,242, was"), or null. */
    String placeWith(Prose p, Quantity q) {
        return placeMatched(p, q, PLACE_WITH, 60);
    }

    /** The place "in X, with" gives a people's count ("Smaller colonies lived in Westburg, with roughly 1,100 Greeks"), or null. */
    String placeInWith(Prose p, Quantity q) {
        return placeMatched(p, q, IN_PLACE_WITH, 60);
    }

    /**
     * The place {@code pattern}'s first group names in the {@code reach} characters before a count, when it is a
     * place that is no group and no month; or null.
     */
    private String placeMatched(Prose p, Quantity q, Pattern pattern, int reach) {
        Matcher m = pattern.matcher(p.before(q.start(), reach));
        if (!m.find()) {
            return null;
        }
        String place = placeNames.placeName(m.group(1));
        return place == null || PlaceNames.isGroup(p, place) || PlaceNames.isMonth(place) ? null : place;
    }

    /** Whether the text between a count and a share closes the count's appositive before the share ("…, with 513,242, was 47.4"). */
    static boolean closesAppositive(String between) {
        return APPOSITIVE_CLOSE.matcher(between).matches();
    }

    /**
     * The named places that housed or held a count ("the 452 surviving New Villages housed about 1.2 million"), or the
     * named place of a site that held it ("the shelter at Eastbrook held about 12,000"); or null.
     */
    /** The named place of a site that held a count ({@link #SITE_AT_PLACE_HELD}: "the camp at X in Y held about"), or null. */
    String siteThatHeld(Prose p, Quantity q) {
        return placeMatched(p, q, SITE_AT_PLACE_HELD, 130);
    }

    String placesThatHoused(Prose p, Quantity q) {
        String places = placeMatched(p, q, PLACES_HOUSED, 80);
        return places != null ? places : placeMatched(p, q, SITE_AT_PLACE_HELD, 130);
    }

    /**
     * The state the article names with the noun its figure's clause takes "as a whole" ("in the empire as a whole there
     * were roughly 1.9 million": the Russian Empire), or null.
     */
    static String stateAsAWhole(ArticleContext ac, Prose p, Sentence s, Quantity q, java.util.Set<String> stateNouns) {
        Matcher m = AS_A_WHOLE.matcher(p.text).region(Math.max(s.start(), q.start() - 80), q.start());
        String state = null;
        while (m.find()) {
            state = stateNouns.contains(m.group(1))
                    ? ac.articleNames.stateWithNoun(m.group(1), p.text.substring(s.start(), q.start())) : null;
        }
        return state;
    }

    /** Whether the figure's sentence speaks of the whole country's population before it ("the national population"). */
    static boolean national(Prose p, Sentence s, Quantity q) {
        return Chars.indexIn(p.text, " population", s.start(), q.start()) >= 0 && NATIONAL.matcher(p.text).region(s.start(), q.start()).find();
    }

    /**
     * The region of a share with the part of the place it is of: "X (urban)" for "of the urban population of X" or
     * "of its rural population"; the previous row's part of the same place for a share listed after it in its
     * sentence, or "of it" ("… and the Malays 27.6 per cent; by 2010 the Chinese share of it"); else {@code region}.
     */
    static String withPart(Prose p, Quantity q, int si, String region, Row previous) {
        if (region.isEmpty()) {
            return region;
        }
        Matcher part = PART_OF_PLACE.matcher(p.after(q.end(), 60));
        if (part.lookingAt()) {
            Matcher had = PART_SUFFIX.matcher(region);
            return (had.find() ? region.substring(0, had.start()) : region)
                    + " (" + part.group(1).toLowerCase(Locale.ROOT) + ")";
        }
        if (previous != null && previous.line() == p.block.at().line() && previous.region().startsWith(region + " (")
                && (p.sentenceIndex(previous.place().offset()) == si || OF_IT.matcher(p.before(q.start(), 40)).find())) {
            return previous.region();
        }
        return region;
    }

    /**
     * The place "there" after a count stands for: the last place named after "in", "at" or "to" before the count in
     * its sentence ("Koreans had settled in the Far East, and the 1926 census counted 168,009 of them there"; "allowed
     * them to work in Japan, and by 2019 some 30,000 Koreans from Sakhalin were living there", not the place they came
     * from); or null.
     */
    String placeThere(Prose p, Quantity q, Sentence s) {
        Matcher there = THERE_AFTER.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + 40));
        if (!there.lookingAt()) {
            return null;
        }
        Matcher in = PLACE_IN.matcher(p.text).region(s.start(), q.start());
        String last = null;
        while (in.find()) {
            String place = placeNames.placeName(in.group(1));
            if (place != null && !PlaceNames.isGroup(p, place) && !PlaceNames.isMonth(place)) {
                last = place;
            }
        }
        return last;
    }

    /** Whether the paragraph calls {@code place} a city: "the city of Almaty", "Varos city". */
    static boolean namedCity(Prose p, String place) {
        return !place.isEmpty() && (p.text.contains("city of " + place) || p.text.contains(place + " city"));
    }

    /**
     * The part of its place a bare count is of: "urban" for "16,780 Koreans lived in towns" or "the urban
     * population had grown to 135,520", "rural" for "of whom 56,164 lived in the countryside" or "of whom 6,100 were
     * urban and 3,320 rural", the part that opens its clause ("In the towns of the republic they numbered 198,000",
     * "while in the rural districts they numbered only about 79,000"); else null.
     */
    String countPart(Prose p, Quantity q) {
        Matcher share = PART_SHARE_APPOSITION.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + 120));
        int from = share.lookingAt() ? share.end() : q.end(); // "520,000 of them, 48 percent of the urban population, lived in towns"
        Matcher after = partLivedIn.matcher(p.text).region(from, Math.min(p.text.length(), from + 50));
        if (after.lookingAt()) { // "in towns": urban; "in urban settlements": urban
            return after.group(1) != null ? partOfPlaces.get(after.group(1).toLowerCase(Locale.ROOT)) : after.group(2).toLowerCase(Locale.ROOT);
        }
        Matcher predicate = partPredicate.matcher(p.text).region(q.end(), p.text.length());
        if (q.unit().isEmpty() && predicate.lookingAt()) { // "of whom 6,100 were urban and 3,320 rural"
            return predicate.group(1).toLowerCase(Locale.ROOT);
        }
        Matcher dwellers = partDwellers.matcher(p.text).region(q.end(), p.text.length());
        if (q.unit().isEmpty() && dwellers.lookingAt()) { // "of whom 6,100 were town dwellers": urban
            return dwellers.group(1) != null ? partOfDwellers.get(dwellers.group(1).toLowerCase(Locale.ROOT))
                    : dwellers.group(2).toLowerCase(Locale.ROOT);
        }
        Matcher before = partBefore.matcher(p.before(q.start(), 60));
        if (before.find()) {
            return before.group(1).toLowerCase(Locale.ROOT);
        }
        Matcher opening = partOpening.matcher(p.before(q.start(), 80));
        if (opening.find()) { // "In the towns of the republic they numbered 198,000", "while in the countryside they were fewer than 50,000"
            return opening.group(1) != null ? partOfPlaces.get(opening.group(1).toLowerCase(Locale.ROOT)) : opening.group(2).toLowerCase(Locale.ROOT);
        }
        return null;
    }

    /**
     * Whether a bare count is followed by its share of a place's urban or rural population in apposition and where
     * it lives in that part: "some 520,000 of them, 48 percent of the urban population of the republic, lived in
     * towns", "and 336,000, or 18 percent of the rural population, in the countryside".
     */
    boolean countWithPartShare(Prose p, Quantity q) {
        Matcher share = p.rightAfterBare(q, PART_SHARE_APPOSITION, 120);
        if (share == null) {
            return false;
        }
        String part = countPart(p, q);
        return part != null && part.equalsIgnoreCase(share.group(1));
    }

    /** The words between a count's part of its place and the share of that part after it: " of them in the towns, ". */
    private static final Pattern PART_SHARE_GAP = Pattern.compile("(?:\\s+of them)?\\s+in (?:the )?(?-i:\\p{Ll}+)(?: (?-i:\\p{Ll}+))?,\\s*(?:or\\s+)?");

    /**
     * Whether a share follows the count of a part of a place ({@code last}, ending at {@code lastEnd}) past only the
     * words of where it lives, and is of that part's population: "347,000 of them in the towns, 20.9% of the urban
     * population of the republic".
     */
    static boolean shareOfCountsPart(Prose p, Row last, int lastEnd, Quantity q) {
        Matcher had = PART_SUFFIX.matcher(last.region());
        if (!had.find() || lastEnd < 0 || lastEnd > q.start() || q.start() - lastEnd > 40
                || !PART_SHARE_GAP.matcher(p.text).region(lastEnd, q.start()).matches()) {
            return false;
        }
        Matcher part = PART_OF_PLACE.matcher(p.after(q.end(), 60));
        return part.lookingAt() && last.region().endsWith("(" + part.group(1).toLowerCase(Locale.ROOT) + ")");
    }

    /**
     * A region with the plural noun of its parts it owns in the figure's sentence ({@code name_nouns}: "In the Ostvale
     * valley's villages, where Greeks made up 17 percent": "Ostvale valley villages"); else the region.
     */
    String withPossessedPlural(Prose p, Sentence s, String region) {
        if (region.isEmpty()) {
            return region;
        }
        int last = s.end() - region.length(); // the region's mentions in the sentence, not on to the paragraph's end
        for (int at = p.indexOf(region, s.start(), last); at >= 0; at = p.indexOf(region, at + 1, last)) {
            Matcher m = POSSESSED_PLURAL.matcher(p.text).region(at + region.length(), s.end());
            if (m.lookingAt() && keptNouns.contains(m.group(1))) {
                return region + " " + m.group(1);
            }
        }
        return region;
    }

    /** A possessive and a plural noun right after a place's name: "'s villages". */
    private static final Pattern POSSESSED_PLURAL = Pattern.compile("['’]s (\\p{Ll}+s)\\b");

    /** A region without the part of it it names: "Uzbek SSR" of "Uzbek SSR (urban)". */
    static String withoutPart(String region) {
        Matcher had = PART_SUFFIX.matcher(region);
        return had.find() ? region.substring(0, had.start()) : region;
    }

    /**
     * The figure as a bare count when the noun read as its counted one is the adjective of a place's urban or rural
     * part alone ("and 3,320 rural": the noun left out, the part where they live), else the figure.
     */
    Quantity withoutPartAdjective(Quantity q) {
        if (q.unit().isEmpty() || !partHeaders.contains(q.unit()) || !q.unit().equalsIgnoreCase(q.noun())) {
            return q;
        }
        int end = q.end() - q.noun().length();
        while (end > q.start() && q.text().charAt(end - 1 - q.start()) == ' ') {
            end--;
        }
        return new Quantity(q.value(), q.high(), q.qualifier(), "", "", q.text().substring(0, end - q.start()), q.start(), end);
    }

    /** Whether the part of a count's place is named before it ("the urban population had grown to 135,520"). */
    boolean partNamedBefore(Prose p, Quantity q) {
        return partBefore.matcher(p.before(q.start(), 60)).find();
    }
}
