package org.etrkit.datasets.tables;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;
import org.etrkit.datasets.tables.DemographicsTable.Row;

/**
 * The place a population figure counts when its clause gives it none with the figure, tried in order: a place named
 * before ("counted 168,009 of them there"), "the country's", an elliptic clause's place, the capital, the place
 * {@link FigureRegion#region} reads, "it" or a pronoun for the place the sentence before is about, the paragraph's,
 * the section's; or null, for the article's own place. For {@link PopulationStatements}: moved unchanged out of
 * PopulationStatements (to keep it under ~900 lines).
 */
final class FigurePlaces {

    /** "the country's" right before a count: the country's people, not those of the place the clause names. */
    private static final Pattern COUNTRYS_BEFORE = Pattern.compile(
            "\\b(?-i:the) (?:country|nation)['’]s (?:" + Hedges.WORD + " )?$");

    /** "it" as the subject of a verb inside a sentence: "In 1958 it counted". */
    /** A word right after a figure that makes it the whole country's: " nationally", " in the country as a whole". */
    private static final Pattern NATIONALLY_AFTER = Pattern.compile(
            "(?:\\s*(?:%|per ?cent))?\\s+(?:nationally|nationwide|countrywide|in the (?:country|nation) as a whole|across the (?:country|nation))\\b");

    /** A place a count spreads across, a few words after it in its clause: " Kalmyks on its registers across the Soviet Union". */
    private static final Pattern ACROSS_AFTER = Pattern.compile(
            "(?:\\s+[\\p{L}'’-]+){0,5}?\\s+(?:across|throughout)\\s+(?:the\\s+)?(" + PlaceNames.NAME + ")");

    /** "with" (and "another") right before a bare count: "…, lived in Ostby, with another 1,900 in Westby". */
    private static final Pattern WITH_BEFORE = Pattern.compile(
            "\\bwith (?:another |a further )?(?:" + Hedges.WORD + " )?$");

    /** " in" and a place's name right after a bare count: " in Westby". */
    private static final Pattern IN_NAME_AFTER = Pattern.compile("\\s+in (" + PlaceNames.NAME + ")");

    private static final Pattern IT_SUBJECT = Pattern.compile("\\b(?-i:it) (?-i:\\p{Ll})");

    /** A sentence whose subject is a pronoun: "It was a town of 20,000", "Its population …". */
    private static final Pattern PRONOUN_OPENING = Pattern.compile("\\s*(?:It|Its|Here|There)\\b");

    private final PlaceNames placeNames;
    private final ArticlePlace articlePlaces;
    private final FigureGroup figureGroups;
    private final FigureRegion figureRegions;
    private final StatementPlaces statementPlaces;
    /** A list item and what it takes from the paragraph that leads into it ("The figures by league were:"). */
    private final ListItems listItems;
    /** The town the article names as its capital, for "In the capital" and "the capital's". */
    private final CapitalPlace capitals = new CapitalPlace();
    private final Pattern anaphorNoun;
    /** A whole given as "its" people: "among its 19,400 inhabitants", "of its 1.9 million residents". */
    private final Pattern itsWholeIn;

    /** "the number in Westmark fell to": the place of a count's subject. */
    private final NumberInPlaces numberIn;

    FigurePlaces(Lexicon lex, PlaceNames placeNames, ArticlePlace articlePlaces, FigureGroup figureGroups,
                 FigureRegion figureRegions, StatementPlaces statementPlaces, ListItems listItems) {
        this.placeNames = placeNames;
        this.articlePlaces = articlePlaces;
        this.figureGroups = figureGroups;
        this.figureRegions = figureRegions;
        this.statementPlaces = statementPlaces;
        this.listItems = listItems;
        this.numberIn = new NumberInPlaces(lex, placeNames);
        // "the oblast", "the restored republic"
        this.anaphorNoun = lex.compile("\\b(?-i:[Tt]he) (?:(?-i:\\p{Ll})+ed |(?-i:\\p{Ll})+(?:ous|al) )?(?=(?-i:\\p{Ll}))({admin_words}|{settlement_nouns})\\b(?!,? (?:of|in)\\b(?! \\d))");
        this.itsWholeIn = lex.compile("(?-i:\\b(?:among|of) its (?:(?:about|some|around|roughly|nearly|over|almost) )?\\d[\\d,.]*(?: million)? (?:{share_wholes})\\b)");
    }

    /**
     * The place named right after a bare count that "with" opens ("3,200 Greeks lived in Ostby, with another 1,900 in
     * Westby and 1,020 in Norby": Westby), no people's name or month; else null.
     */
    private String placeAfterWith(Prose p, Quantity q) {
        if (!q.unit().isEmpty() || !WITH_BEFORE.matcher(p.before(q.start(), 30)).find()) {
            return null;
        }
        Matcher in = IN_NAME_AFTER.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + 60));
        if (!in.lookingAt()) {
            return null;
        }
        String place = placeNames.placeName(in.group(1));
        return place == null || PlaceNames.isGroup(p, place) || PlaceNames.isMonth(place) ? null : place;
    }

    /**
     * The place of figure {@code q} of sentence {@code si}, a {@code kind} ("count" or "share"), given {@code region}
     * as read so far (null if none) and the place the paragraph is about; or null.
     */
    String place(ArticleContext ac, Prose p, Sentence s, Quantity q, int si, String kind, String region,
                 String paragraphRegion, List<Row> rows) {
        if (NATIONALLY_AFTER.matcher(p.text).region(q.end(), p.text.length()).lookingAt() && articlePlaces.articlePlace(ac) != null) {
            return articlePlaces.articlePlace(ac); // "3.0% of those of Varos, against 0.8% nationally": the country's
        }
        Matcher across = kind.equals("count") ? ACROSS_AFTER.matcher(p.after(q.end(), 80)) : null;
        if (across != null && across.lookingAt()) {
            String place = placeNames.placeName(across.group(1));
            if (place != null && !PlaceNames.isGroup(p, place) && !PlaceNames.isMonth(place)) {
                return place; // "the MVD counted 78,617 Kalmyks on its registers across the Soviet Union": all of it
            }
        }
        if (region == null && kind.equals("count")) {
            region = placeAfterWith(p, q); // "…, lived in Ostby, with another 1,900 in Westby": Westby, not Ostby
        }
        if (region == null && kind.equals("count")) {
            region = statementPlaces.possessedCommunity(p, s, q); // "…, while Ostburg's community had grown to 3,500"
        }
        if (region == null && kind.equals("count")) {
            region = statementPlaces.namedBetweenCommas(p, q); // "and a capital, Bamako, of about 130,000"
        }
        if (region == null && kind.equals("count")) {
            region = statementPlaces.placeThere(p, q, s); // "counted 168,009 of them there": the place named before
        }
        if (region == null && kind.equals("count")) {
            region = statementPlaces.townNamedBefore(p, s, q); // "entered Lhasa …, quartered in and around a city of 30,000"
        }
        Matcher country = COUNTRYS_BEFORE.matcher(p.before(q.start(), 40));
        if (region == null && kind.equals("count") && country.find()) { // "most of the country's roughly 1 million ethnic Chinese"
            int at = q.start() - (p.before(q.start(), 40).length() - country.start());
            region = figureRegions.anaphor(ac, p, at, q.start(), paragraphRegion);
        }
        if (region == null) {
            region = figureRegions.ellipticPlace(p, s, q.start()); // "…, and Tosk 11,800 out of 14,100": Tosk
        }
        if (region == null) {
            region = figureRegions.kindNounSubject(p, s, q.start()); // "At the 2014 census Belen municipality had"
        }
        if (region == null) {
            region = capitals.capitalOfFigure(ac, p, s, q); // "In the capital itself Poles numbered": the capital named
        }
        if (region == null) {
            region = numberIn.place(p, s, q); // "…; the number in Westmark fell to 3,100": the subject's place
        }
        if (region == null) {
            region = figureRegions.region(p, q, s);
        }
        if (region == null && kind.equals("count")) {
            region = statementPlaces.placesThatHoused(p, q); // "the 452 surviving New Villages housed about 1.2 million"
        }
        if (region == null && StatementPlaces.national(p, s, q)) {
            region = articlePlaces.articlePlace(ac); // "the Chinese share of the national population": the country's
        }
        if (region == null && figureGroups.groupPlace != null && Chars.lastIndexIn(p.text, ", while", q.start(), s.start()) < 0) {
            region = figureGroups.groupPlace; // "The Altai was the most thinly settled district, with only 58,000 inhabitants"
        }
        if (region == null) {
            region = figureRegions.clauseOpeningPlace(p, s, q.start()); // "…, and in Chahar the Han made up over 85%"
        }
        if (region == null && listItems.itemPlace != null) {
            region = listItems.itemPlace; // "- Jirim: 688,000, Mongols 21.5%"
        }
        if (region == null && listItems.itemYear != null) {
            region = listItems.leadInRegion; // "The Tatar population of the district was recorded …:" then "- 1959: …"
        }
        if (region == null) {
            region = figureRegions.clauseSubject(p, q.start()); // "…, and Qapqal, the Xibe centre, was home to 8,500 people"
        }
        if (region == null) {
            region = figureRegions.openingPlace(p, s, q.start()); // "In Burqin the population was estimated at 8,000"
        }
        if (region == null) {
            region = figureRegions.subjectName(p, s, q.start()); // the sentence's first name: "China was then …", "North Korea, whose …"
        }
        boolean pronoun = PRONOUN_OPENING.matcher(p.text).region(s.start(), q.start()).lookingAt();
        boolean itsWhole = region == null && si > 0 && itsWholeIn.matcher(p.text).region(s.start(), s.end()).find();
        if (region == null && si > 0 && (pronoun || itsWhole)) {
            // "Nordby became the trading centre … . The census of 1926 counted 8,300 Tatars among its 19,400 inhabitants"
            String before = figureRegions.subject(p, p.sentence(si - 1), p.sentence(si - 1).end());
            // "Wangyemiao … . It was a town of"; a subject whose inhabitants the sentence counts is a place
            region = before != null && (itsWhole || placeNames.placeWords(ac).contains(before)) ? before : null;
        }
        if (region == null && si > 0 && (pronoun || IT_SUBJECT.matcher(p.text).region(s.start(), q.start()).find())) {
            Sentence before = p.sentence(si - 1); // "… the Tatar share of the prefecture declined. In 1958 it counted"
            region = anaphorNoun.matcher(p.text).region(before.start(), before.end()).find()
                    ? figureRegions.anaphor(ac, p, before.start(), before.end(), paragraphRegion) : null;
        }
        if (region == null) {
            String near = paragraphRegion;
            if (near == null && si > 0) { // "Changchun had been under siege. … the city's population"
                String before = figureRegions.subject(p, p.sentence(si - 1), p.sentence(si - 1).end());
                near = before != null && placeNames.placeWords(ac).contains(before) && !PlaceNames.isGroup(p, before) ? before : null;
            }
            region = figureRegions.anaphor(ac, p, s.start(), Math.min(p.clauseEnd(q.end()), q.end() + 60), near); // "in the valley", "the province's"
        }
        if (region == null) {
            region = figureRegions.ofWhomPlace(p, s, q.start()); // "citizens held in the Soviet Union, of whom the NKVD counted"
        }
        if (region == null) {
            region = figureRegions.censusPlace(p, s); // "The Karafuto census of 1925 counted 3,206 Koreans"
        }
        if (region == null) {
            region = statementPlaces.partDoneTo(p, s, rows); // "the inhabitants of the annexed lands": "eastern Poland" before
        }
        if (region == null) {
            region = paragraphRegion; // "It was a town of 20,000", "Of its 1.9 million inhabitants"
        }
        if (region == null) {
            region = figureRegions.partOfHome(ac, p, s); // "lived on the four southern islands": southern Kuril Islands
        }
        if (region == null) {
            region = figureRegions.sectionPlace; // "== Tatarstan ==" above a figure that names no place
        }
        return region;
    }
}
