package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.PlaceNames.NAME;
import static org.etrkit.datasets.tables.FigureRegion.OF_THEM_AFTER;
import static org.etrkit.datasets.tables.FigureGroup.OF_THE_WHOLE;
import static org.etrkit.datasets.tables.FigureRegion.OF_WHOM_BEFORE;
import static org.etrkit.datasets.tables.DemographicsTable.REMAINDER;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;
import org.etrkit.datasets.tables.DemographicsTable.Row;

/**
 * The population statements of a block of prose, clause by clause, each figure (a count or a share) with its
 * group ({@link FigureGroup}), region ({@link FigureRegion}) and year ({@link FigureDate}): "Xinjiang had 4,873,608
 * inhabitants", "Uyghurs numbered about 2.9 million, or 74.7%", "Kazakhs 492,000 (10.1%)", "of whom about 55%
 * were Han Chinese", "rose from 110,000 in 1920 to 150,000 in 1940"; shares in words ("two-thirds of the
 * population"), and a list after a paragraph that ends with a colon, each item "Place: N". A statement needs a
 * population word near the figure ({@link FigureKinds#kind}) and no movement verb next to it ({@link MovedPeople#movementNear}).
 */
final class PopulationStatements {

    /** A group's name as a place: "The Altai was the most thinly settled district". */
    private static final String GROUP_AS_PLACE = "\\s*(?:In \\d{4},? )?(?:[Tt]he )?(" + NAME + ") (?:was|is|had been|remained) (?:the|a|an) (?:[\\p{Ll}-]+ ){0,3}(?:{admin_words}|{settlement_nouns})\\b";

    /** "it was" right before a bare figure: the level of the count listed before it. */
    private static final Pattern IT_WAS = Pattern.compile("\\b(?-i:it) (?:was|stood at)\\s*$");

    /** Between a figure and a share of it: "470, of whom " 74 per cent. */
    private static final Pattern WHOLE_OF_WHOM = Pattern.compile(",? of whom (?:" + Hedges.WORD + " )?");

    /** The gap before the last item of a list of peoples' counts: " and some ", ", about ". */
    private static final Pattern OTHERS_GAP = Pattern.compile("[\\s\\p{L}'’-]*?(?:,|\\band)\\s+(?:" + Hedges.WORD + " )?");

    /** A verb of residence right after a bare figure: " lived in", " were living in". */
    private static final Pattern RESIDED_AFTER = Pattern.compile("\\s+(?:lived|resided|were living|was living|live)\\b");

    /** A place ranked after the one counted before, right before a bare figure: "Southby oblast followed with about". */
    private static final Pattern RANKED_WITH = Pattern.compile(
            "\\b(?:followed|came (?:next|second|third))(?: closely)? with(?: " + Hedges.WORD + ")?\\s*$");

    /** Only a hedge between a sentence's start and its figure: "Roughly 21,000 lived in …". */
    private static final Pattern HEDGE_OPENING = Pattern.compile(
            "\\s*(?:(?:Roughly|Some|About|Around|Nearly|Over|Almost|Perhaps|Only|Another|A further) )?");

    /** " of them" right after a figure: the people the sentence before names. */
    private static final Pattern OF_THEM = Pattern.compile("\\s+of (?:them|these)\\b");

    private final PlaceNames placeNames;
    private final ArticlePlace articlePlaces;
    private final FigureGroup figureGroups;
    private final FigureRegion figureRegions;
    private final FigureDate figureDates;
    private final StatementPlaces statementPlaces;
    /** The place a figure counts when its clause gives none with it ({@link FigurePlaces#place}). */
    private final FigurePlaces figurePlaces;
    /** Nouns of a state ("empire"), which "the empire as a whole" takes for the state the article names with it. */
    private final Set<String> stateNouns;
    private final Pattern groupAsPlace;
    /** The shares the prose writes in words ("two-thirds of the population"). */
    private final SharesInWords sharesInWords;
    /** Words that make a figure the remainder of the groups named ("the remaining 67,300 people", "the rest"). */
    private final Pattern remainderWords;
    /** A bare figure that is a later level of a count read before it ("the figure had risen to 412,000"). */
    private final CountLevels countLevels;
    private final CensusCounts censusCounts;
    /** The named place a bare figure is tied to ("Westburg Oblast, with 11,300,", "Ostvale Okrug, which held some 5,000"). */
    private final PlacedBareCounts placedBareCounts;
    /** Whether a count is the whole a share right before it is of ("or 4.1% of 126,800 inhabitants"). */
    private final ShareWholes shareWholes;
    /** Whether a figure counts people moved ("15,000 Kazakhs followed him"), which no statement gives. */
    private final MovedPeople movedPeople;
    /** Whether a figure counts people by their work ("Soviet doctors … numbered 11"), no population. */
    private final StaffFigures staffFigures;
    /** Counts of the article's own people by a community or a list of places ("the community numbered 24,800"). */
    private final OwnPeopleCounts ownPeopleCounts;
    private final ColonPlaceLists colonPlaceLists;
    private final WhereClauseSubjects whereSubjects;
    /** Nouns of civilians ("refugees", "settlers"), whom a named site may hold ("the camp at X held 15,000 refugees"). */
    private final Set<String> civilians;
    /** A list item and what it takes from the paragraph that leads into it ("The figures by league were:"). */
    private final ListItems listItems;
    /** Whether a figure is a count or a share of a population statement, or neither ({@link FigureKinds#kind}). */
    private final FigureKinds figureKinds;
    /** The year of each figure. */
    private final FigureYears figureYears;
    /** The parts of a count listed after it ("of whom 30,100 lived in X, 7,900 in Y"). */
    private final CountParts countParts;
    /** Counts whose noun is left out, of the people counted before ("Eastburg, the capital, had about 2,900."). */
    private final ElidedCounts elidedCounts;
    /** Counts of a place's whole beside a part of it ("1.3% of a total population of 4,000,000"). */
    private final WholeCounts wholeCounts;
    /** Shares of a people's own total or of something other than a place's people ("62.4% of Norland's Greeks lived in X"). */
    private final SharesOfPeople sharesOfPeople;
    /** The article's own place's name as a Soviet republic the section wrote before a figure ("the Kazakh SSR"). */
    private final OwnRepublics ownRepublics = new OwnRepublics();
    /** A survey noun right after a year and an appositive up to a later phrase: " census, taken " of "The 1959 census, taken three years later". */
    private final Pattern surveyAppositive;
    /** The article {@link PlaceNames#adminNounOf} and {@link PlaceNames#lastPlaceWithNoun} are about. */
    private ArticleContext nounsOf;

    PopulationStatements(Lexicon lex, TroopsTable.Reader troops, PlaceNames placeNames, ArticlePlace articlePlaces, FigureGroup figureGroups, FigureRegion figureRegions, FigureDate figureDates) {
        this.placeNames = placeNames;
        this.articlePlaces = articlePlaces;
        this.figureGroups = figureGroups;
        this.figureRegions = figureRegions;
        this.figureDates = figureDates;
        this.statementPlaces = new StatementPlaces(lex, placeNames);
        this.stateNouns = lex.set("state_nouns");
        this.civilians = lex.set("civilians");
        this.surveyAppositive = lex.compile("(?-i:\\s+(?:{survey_nouns}),(?: \\p{Ll}+){0,3} )");
        this.groupAsPlace = lex.compile(GROUP_AS_PLACE);
        this.sharesInWords = new SharesInWords(lex);
        this.remainderWords = lex.compile("(?-i:\\b(?:(?i:the) (?:{remainder_heads})|{remainder_phrases}|(?:all |the )?other (?:{remainder_nouns}))"
                + "(?: [\\p{L}-]+){0,3}?\\s*$)");
        this.ownPeopleCounts = new OwnPeopleCounts(lex, placeNames, figureGroups);
        this.colonPlaceLists = new ColonPlaceLists(lex);
        this.whereSubjects = new WhereClauseSubjects(lex, placeNames);
        this.movedPeople = new MovedPeople(lex);
        this.staffFigures = new StaffFigures(lex);
        Pattern populationWords = lex.compile("\\b(?:{population_words})\\b");
        this.listItems = new ListItems(populationWords, figureGroups, figureRegions);
        this.figurePlaces = new FigurePlaces(lex, placeNames, articlePlaces, figureGroups, figureRegions, statementPlaces, listItems);
        this.figureKinds = new FigureKinds(lex, troops, figureGroups, figureRegions, movedPeople, ownPeopleCounts,
                populationWords);
        this.countLevels = new CountLevels(lex, figureGroups, figureKinds);
        this.figureYears = new FigureYears(figureDates, listItems, statementPlaces);
        this.shareWholes = new ShareWholes(lex);
        this.countParts = new CountParts(figureKinds, statementPlaces, figureGroups);
        this.elidedCounts = new ElidedCounts(lex, figureKinds, figureGroups);
        this.wholeCounts = new WholeCounts(lex);
        this.sharesOfPeople = new SharesOfPeople(lex);
        this.censusCounts = new CensusCounts(lex);
        this.placedBareCounts = new PlacedBareCounts(placeNames);
    }

    /**
     * The place of an "of whom" part right after the count of a listed place, naming no place of its own: that
     * place's ("…, and Varos (then Vardia), …, about 40,000, of whom some 7,000 were Greeks"); else {@code region}.
     */
    private String partOfListed(Prose p, Quantity q, String kind, String region, Row listHead, int listHeadEnd) {
        if (kind.equals("count") && listHead != null && listHeadEnd >= 0 && listHeadEnd <= q.start()
                && listHead.line() == p.block.at().line() && !listHead.region().isEmpty()
                && WHOLE_OF_WHOM.matcher(p.text).region(listHeadEnd, q.start()).matches()
                && !figureKinds.livesInNamedPlace(p, q)) {
            return listHead.region();
        }
        return region;
    }

    /** Whether the text right before {@code offset}, past blanks, is a colon. */
    static boolean afterColon(String text, int offset) {
        int i = offset - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && text.charAt(i) == ':';
    }

    void read(ArticleContext ac, int order, Prose p, List<Row> rows) {
        if (ac != nounsOf) {
            nounsOf = ac;
            placeNames.adminNounOf.clear();
            placeNames.lastPlaceWithNoun.clear();
        }
        listItems.read(ac, p);
        placeNames.placeWords(ac); // the article's places, which no adjective ending is taken for
        figureRegions.sectionPlace = statementPlaces.sectionPlace(ac, p);
        ownRepublics.read(ac, p, articlePlaces.articlePlace(ac));
        String paragraphRegion = null;
        int scanned = 0;
        Row last = null;
        boolean lastPartPlace = false; // whether the last row's place is that of a part of a count ("of whom 11,000 lived in X")
        int lastEnd = -1;
        Row listHead = null; // the last row with a count, merged with its share or not, and where its figure ended
        int listHeadEnd = -1;
        Quantity previous = null; // the figure before, and whether it was read as a population
        boolean previousRead = false;
        Quantity lastRead = null; // the last figure read as a population
        Prose.Dated surveyDate = null; // the own date of the paragraph's last population figure, and its sentence
        int surveySentence = -1;
        List<Quantity> sentenceFigures = new ArrayList<>(); // the figures of the current sentence before the figure read
        int sentenceOf = -1;
        for (Quantity read : sharesInWords.withShares(p)) {
            Quantity q = statementPlaces.withoutPartAdjective(read); // "and 3,320 rural": a bare count, its part after it
            if (sentenceOf != p.sentenceIndex(q.start())) {
                sentenceOf = p.sentenceIndex(q.start());
                sentenceFigures.clear();
            }
            Quantity prior = previous;
            boolean priorRead = previousRead;
            previous = q;
            previousRead = false;
            int si = p.sentenceIndex(q.start());
            Sentence s = p.sentence(si);
            if (prior != null && p.sentenceIndex(prior.start()) == si && !priorRead
                    && q.unit().equalsIgnoreCase("percent") && (OF_THEM_AFTER.matcher(p.after(q.end(), 20)).lookingAt()
                        || OF_WHOM_BEFORE.matcher(p.before(q.start(), 30)).find() && (personnelBefore(p, sentenceFigures)
                            || WHOLE_OF_WHOM.matcher(p.text).region(prior.end(), q.start()).matches()))) {
                // "employed some 20,000 workers, roughly a third of them Russian", "the garrison counted 10,800 men, of
                // whom roughly a third were Greeks", "the death toll was 470, of whom 74 per cent": a share of no population
                continue;
            }
            sentenceFigures.add(q);
            Matcher asPlace = groupAsPlace.matcher(p.text).region(s.start(), s.end());
            figureGroups.groupPlace = asPlace.lookingAt() && PlaceNames.isGroup(p, asPlace.group(1)) ? asPlace.group(1) : null;
            String kind = figureKinds.kind(p, q, si, listItems.leadInCounts);
            Row ranked = rows.isEmpty() ? null : rows.get(rows.size() - 1); // the group counted in the sentence before
            boolean rankedPlace = kind == null && q.unit().isEmpty() && ranked != null && lastRead != null
                    && ranked.population() != null && !ranked.group().equals("All") && !ranked.group().equals(REMAINDER)
                    && ranked.line() == p.block.at().line() && si - p.sentenceIndex(lastRead.start()) == 1
                    && !figureKinds.isPersonnel(p, q) // "followed with about 33,800" is no movement
                    && (RANKED_WITH.matcher(p.before(q.start(), 50)).find()
                        || HEDGE_OPENING.matcher(p.text).region(s.start(), q.start()).matches()
                            && RESIDED_AFTER.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + 20)).lookingAt()
                            && figureKinds.livesInNamedPlace(p, q));
            if (rankedPlace) {
                // "…, where 48,400 Poles made up 13.1 percent. Southby oblast followed with about 33,800": that people's
                kind = "count"; // "… . Roughly 21,000 lived in the Districts of the Coast"
            }
            if (movedPeople.partOfMoved(p, q, prior) || movedPeople.elidedMove(p, q, prior)) {
                continue; // "of the roughly 61,000 people sent to Norland, an estimated 9,000 were Greeks": people moved
            }
            if (staffFigures.counts(p, q)) {
                continue; // "Visiting nurses working in Ostby numbered 14", "of whom 110 were doctors": staff, no population
            }
            if (kind == null && movedPeople.movementNear(p, q)) {
                continue; // "38,600 had registered and left; in 1945 the number rose to 291,400": people moved
            }
            String listedPlace = ownPeopleCounts.placeBeforeBracket(p, q, s);
            if (kind == null && listedPlace != null && figureKinds.kindOfFigure(p, q)) {
                kind = "count"; // "Smaller communities lived in Osh Oblast (2,100), Naryn Oblast (1,300)": each place's count
            }
            boolean colonListed = kind == null && colonPlaceLists.listed(p, s, q) && figureKinds.kindOfFigure(p, q);
            if (colonListed) {
                kind = "count"; // "the community is small: 1,582 in X Region, 1,087 in Y Region": each place's count
            }
            if (kind == null && (listItems.itemPlace != null || listItems.itemYear != null) && q.start() == listItems.itemFigure
                    && listItems.leadInCounts) {
                kind = "count"; // "The figures by league were:" then "- Hulunbuir: 316,000, …", "- 1959: 42,000"
            }
            String numberOf = q.unit().isEmpty() ? StatementPlaces.numberOfPeople(p, s, q) : null; // "the number of Tatars peaked in 1989, when …"
            if (kind == null && numberOf != null && figureKinds.kindOfFigure(p, q) && statementPlaces.placeRightBefore(p, q) != null) {
                kind = "count"; // "…, when the RSFSR counted 5,522,096 and the whole Soviet Union 6.65 million"
            }
            if (kind == null && q.unit().isEmpty() && statementPlaces.namedBetweenCommas(p, q) != null
                    && figureKinds.kindOfFigure(p, q) && figureKinds.populationWordsNear(p, si)) {
                kind = "count"; // "…; the largest village, Ostby, had about 1,700": that settlement's people
            }
            if (kind == null && censusCounts.bareCount(p, q) && figureKinds.kindOfFigure(p, q)) {
                kind = "count"; // "The 2014 census, the first since the war, found 31,000": a census's bare count
            }
            boolean levelled = false; // a count the level of the count before changed to ("the figure had fallen to")
            boolean continued = kind == null && ListedCounts.continuesCount(p, q, listHead, listHeadEnd);
            if (continued) {
                kind = "count"; // "at about 738,000 in 1935 and at 759,000 in 1944": the same kind of figure
            }
            Row thereWere = kind == null ? ListedCounts.thereWereAfter(p, q, si, rows) : null;
            if (thereWere != null && figureKinds.kindOfFigure(p, q)) {
                kind = "count"; // "… counted 41,200 Greeks, 1.2% of its 3,400,000 inhabitants. By 1970 there were 52,300"
            } else {
                thereWere = null;
            }
            // "Nearly half of them, 26,700, lived in …": a share in words of the count before may stand between
            boolean shareOfLast = prior != null && !priorRead && prior.unit().equalsIgnoreCase("percent") && lastEnd >= 0
                    && p.sentenceIndex(prior.start()) == si && si - p.sentenceIndex(lastEnd - 1) <= 1;
            // "9,200 Kurds lived on the three outer isles, …: about 4,100 on Varo": past a figure that is no population
            boolean pastOther = prior != null && !priorRead && lastRead != null && !prior.unit().isEmpty()
                    && p.sentenceIndex(lastRead.start()) == si && p.sentenceIndex(prior.start()) == si;
            Quantity partWhole = pastOther ? lastRead : prior;
            boolean partOfWhole = kind == null && (priorRead || shareOfLast || pastOther) && !rows.isEmpty()
                    && rows.get(rows.size() - 1).population() != null && countParts.partOfCount(p, q, partWhole, si);
            if (partOfWhole) {
                kind = "count"; // "…, 7,900 in the Ostrova SSR", "Of these, about 800,000 lived in the Old Town"
            }
            // the count a level continues: the last row, or the last count merged with its share ("recorded 38,400 Greeks,
            // 1.7% of its population; by 1970 the community had grown to 47,500")
            Row levelOf = last != null ? last : listHead;
            if (kind == null && countLevels.levelOf(p, q, si, levelOf)) {
                kind = "count"; // "…365,000 people in the valley. Four years later the figure had risen to 412,000"
                levelled = true;
            }
            Row carried = kind == null && levelOf == null ? countLevels.carriedLevelOf(p, q, si, rows) : null;
            if (carried != null) {
                kind = "count"; // "… the Greek population of Norland stood at 8,240." then "By 1990 it had reached 11,730"
                levelled = true;
            }
            if (kind == null && countLevels.fromTo(p, q, si)) {
                // "the Dolgan numbers fell from about 6,000 in 1897": a group's numbers are a population
                kind = "count"; // "the population of the base areas fell from about 44 million in 1940 to 25 million"
            }
            if (kind == null && ownPeopleCounts.theirNumberReached(p, s, q) && figureKinds.kindOfFigure(p, q)) {
                kind = "count"; // "their number kept growing until 1979, when it reached 1,665,658": that people's count
            }
            Row countOf = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            boolean countWas = kind == null && countLevels.countWas(p, q, si, countOf);
            if (countWas) {
                kind = "count"; // "… had 31,000 Greeks …. In Eastmark Region the count was 25,700": the same people's count
            }
            Row changeOf = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (kind == null && countLevels.changedTo(p, q, si, changeOf)) {
                kind = "count"; // "… had risen to 58,000, the highest ever recorded, before it began a slow decline to 31,000"
            }
            if (kind == null && countLevels.changeFromTo(p, q)) {
                kind = "count"; // "recorded a steady decline of the community, from 61,300 (5.1%) in 1961 to 48,200"
            }
            if (kind == null && countLevels.afterColon(p, s, q)) {
                kind = "count"; // "Their numbers rose in the official counts: 83,600 in 1982, …": the list's first
            }
            // the count an estimate is of, read alone or with its share: "… counted 92,600 Poles, 2.2% of the population"
            Row estimated = last != null ? last : rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (kind == null && countLevels.estimated(p, q, si, estimated)) {
                kind = "count"; // "… counted 987,863 inhabitants; by 1914 an official estimate put the figure at 1,201,540"
                levelled = true; // "…; some put the real number at around 150,000": the count's group
            }
            if (kind == null && q.unit().isEmpty() && lastRead != null && p.sentenceIndex(lastRead.start()) == si
                    && RESIDED_AFTER.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + 20)).lookingAt()
                    && figureKinds.livesInNamedPlace(p, q) && figureKinds.kindOfFigure(p, q)) {
                kind = "count"; // "72,944 Koreans were living in the republic, …; some 38,000 lived in Tashkent Oblast"
            }
            // "… 1.1 million Jews and some 1.5 million others": the last of a list of peoples' counts, the rest of them
            boolean others = kind == null && listHead != null && listHead.population() != null
                    && !listHead.group().equals("All") && !listHead.group().equals(REMAINDER)
                    && (q.unit().equalsIgnoreCase("others") || q.unit().isEmpty() && p.after(q.end(), 8).startsWith(" others"))
                    && listHeadEnd >= 0 && listHeadEnd <= q.start() && q.start() - listHeadEnd < 40
                    && p.sentenceIndex(listHeadEnd - 1) == si && OTHERS_GAP.matcher(p.text.substring(listHeadEnd, q.start())).matches()
                    && figureKinds.kindOfFigure(p, q);
            if (others) {
                kind = "count";
            }
            // "The X–Y (X-Y) border region alone had some 12 million inhabitants, …, and the Z–W (Z-W) region about 16 million"
            String dashedPlace = (kind == null || kind.equals("count")) && (q.unit().isEmpty() || kind != null)
                    ? statementPlaces.dashedPlaceBefore(p, s, q) : null;
            if (dashedPlace != null && kind == null && (lastRead == null || p.sentenceIndex(lastRead.start()) != si
                    || !figureKinds.kindOfFigure(p, q))) {
                dashedPlace = null; // an elliptic count only after a count of its sentence
            }
            if (dashedPlace != null) {
                kind = "count";
            }
            // "…, Kustanai Oblast had 150,197 of them, …, Karaganda Oblast 137,611 (10.3%) and Kokchetav Oblast 91,050": a
            // later place of a list of counts, its verb left out, counts the people the list's count before counted
            String listedItem = kind == null && q.unit().isEmpty() && lastRead != null && p.sentenceIndex(lastRead.start()) == si
                    && listHead != null && listHead.population() != null && !listHead.group().equals(REMAINDER)
                    && listHead.line() == p.block.at().line() && figureKinds.kindOfFigure(p, q)
                    ? statementPlaces.listedPlaceBefore(p, q) : null;
            if (listedItem != null) {
                kind = "count";
            }
            // "Westburg had 8,200 Greeks (4.1%), Ostvale 6,300, Norby 2,900": a later place of the list, read as a count by
            // its people's name, counts there
            String listedCount = listedItem == null && "count".equals(kind) && q.unit().isEmpty() && lastRead != null
                    && p.sentenceIndex(lastRead.start()) == si && listHead != null && listHead.population() != null
                    && listHead.line() == p.block.at().line() ? placeNames.placeName(statementPlaces.listedPlaceBefore(p, q)) : null;
            // "The transit camp at Missamari in Assam held about 15,000 refugees": civilians a named site held
            boolean siteHeld = kind == null && civilians.contains(q.unit().toLowerCase(java.util.Locale.ROOT))
                    && statementPlaces.siteThatHeld(p, q) != null && figureKinds.kindOfFigure(p, q);
            if (siteHeld) {
                kind = "count";
            }
            boolean countOfShare = kind == null && SharesOfCounts.countOfShare(p, last, lastEnd, q);
            if (countOfShare) {
                kind = "count"; // "made up 14.1% (190,300)": the count of the share's group
            }
            if (kind == null && q.unit().isEmpty() && figureGroups.tongueGroup(p, q) != null && figureKinds.kindOfFigure(p, q)
                    && figureKinds.populationWordsNear(p, si)) {
                kind = "count"; // "of whom 21,700, or roughly 44.9%, gave Tatar as their mother tongue": that people's count
            }
            String citizenship = CitizenshipGroups.group(p, q); // "410,000 were Westlandic citizens", "had undetermined citizenship"
            if (kind == null && citizenship != null && figureKinds.kindOfFigure(p, q) && figureKinds.populationWordsNear(p, si)) {
                kind = q.unit().equalsIgnoreCase("percent") ? "share" : "count";
            }
            boolean partShared = kind == null && statementPlaces.countWithPartShare(p, q) && figureKinds.kindOfFigure(p, q);
            if (partShared) {
                kind = "count"; // "some 520,000 of them, 48 percent of the urban population of the republic, lived in towns"
            }
            // "… 40,863 in towns. Westburg Oblast, with 11,300, had overtaken Ostvale Oblast (9,400)": a place's bare
            // figure, its noun left out, counts the people the paragraph counted last
            Row peopleBefore = kind == null && q.unit().isEmpty() ? ElidedCounts.peopleCountedBefore(p, q, si, rows) : null;
            String tiedPlace = peopleBefore != null && figureKinds.kindOfFigure(p, q) ? placedBareCounts.place(p, s, q) : null;
            if (tiedPlace != null) {
                kind = "count";
            }
            if (kind == null || figureKinds.changeOrAge(p, q) || figureKinds.isRate(p, q) || figureKinds.peopleActedOn(p, q)
                    || kind.equals("count") && (figureKinds.countsThings(p, q) || FigureKinds.isAverage(q))
                    || kind.equals("share") && (SharesOfPeople.ofPeople(p, q, prior) || sharesOfPeople.ofOtherWhole(p, q))) {
                // "had shrunk by more than 6,000": a change of a count, however the count was read; "households averaged 2.7
                // persons": an average; "62.4% of Norland's Greeks lived in X": a share of a people's own total
                continue;
            }
            String group;
            String withPlace = kind.equals("count") && q.unit().isEmpty() ? statementPlaces.placeWith(p, q) : null;
            String whichPlace = kind.equals("count") && withPlace == null ? statementPlaces.placeWhichHeld(p, q) : null;
            String named = kind.equals("share") || q.unit().isEmpty() ? figureGroups.namedGroup(p, q) : null;
            String bracketed = kind.equals("count") || q.unit().equalsIgnoreCase("percent") ? figureGroups.groupBeforeBracket(p, q) : null;
            String regionOfCount = null; // the place of the count a share in brackets follows
            String wherePartOf = null; // the urban or rural part a share "of whom" lived in
            String tongue = kind.equals("count") ? figureGroups.tongueGroup(p, q) : null;
            // "… the Kazakh community …, when it peaked at 5.9 per cent. Its share of X rose from 84 per cent": that people's share of X
            String shareOf = kind.equals("share") ? statementPlaces.itsShareOf(p, s, q) : null;
            Row owner = shareOf == null || rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (owner != null && (owner.group().equals("All") || owner.group().equals(REMAINDER) || owner.line() != p.block.at().line()
                    || si - p.sentenceIndex(owner.place().offset()) > 1)) {
                owner = null;
            }
            Row rowBefore = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            String paired = kind.equals("share") ? PairedFigures.group(p, q) : null;
            if (tiedPlace != null) {
                group = peopleBefore.group(); // "most of them in Ostvale Okrug, which held some 5,000": them
            } else if (paired != null) {
                group = paired; // "with Ukrainians and Greeks next at 2.5 and 2.4 percent": each its own in order
            } else if (owner != null) {
                group = owner.group();
            } else if (siteHeld && rowBefore != null && !rowBefore.group().equals("All") && !rowBefore.group().equals(REMAINDER)
                    && rowBefore.line() == p.block.at().line() && si - p.sentenceIndex(rowBefore.place().offset()) == 1) {
                group = rowBefore.group(); // "… about 60,000 Tibetans were in India … The camp at X held about 15,000 refugees"
            } else if (thereWere != null) {
                group = thereWere.group(); // "… counted 41,200 Greeks …. By 1970 there were 52,300": the people counted
            } else if (listedItem != null) {
                group = listHead.group(); // "…, Karaganda Oblast 137,611 (10.3%) and Kokchetav Oblast 91,050": the list's people
            } else if (dashedPlace != null) {
                group = "All"; // "the X–Y border region alone had some 12 million inhabitants": the place's people
            } else if (others) {
                group = REMAINDER; // "4.5 million Ukrainians … and some 1.5 million others"
            } else if (citizenship != null) {
                group = citizenship; // "some 21,000 (4.6%) held Polish citizenship": Polish citizen
            } else if (tongue != null) {
                group = tongue; // "of whom about 4.2 million gave Polish as their mother tongue"
            } else if (withPlace != null) {
                group = "All"; // "and Naberezhnye Chelny, with 513,242, was 47.4 percent Tatar": the town's people
            } else if (whichPlace != null) {
                group = "All"; // "the Westford valley, which was home to some 90,000 people": the place's people
            } else if (kind.equals("count") && q.unit().isEmpty() && PartsOfWholes.colonPartsGroup(p, q, si, rows) != null) {
                group = PartsOfWholes.colonPartsGroup(p, q, si, rows); // "9,100 Greeks, 0.2 percent of a population of 5,300,000: 6,500 in X"
            } else if (kind.equals("count") && (wholeCounts.countsWhole(p, q) || shareWholes.shareOfWhole(p, q))) {
                group = "All"; // "out of a total population of about 189,000", "5% of Karafuto's population of 406,557"
            } else if (countOfShare) {
                group = last.group();
            } else if (partOfWhole) {
                String colonPeople = countParts.partsAfterColon(p, s, q); // "The Greeks remained an urban people: 40,300 lived in towns"
                group = colonPeople != null && !colonPeople.isEmpty() ? colonPeople
                        : PartsOfWholes.partsGroup(p, rows); // "of whom 30,100 lived in …, 7,900 in …": the whole's group
            } else if (bracketed != null) {
                group = bracketed; // "followed by Russians (1,275,055)"
            } else if (q.start() == listItems.itemFigure && kind.equals("count")) {
                // "- Shilingol and Chahar: 424,000": the place's total; "- 1959: 42,000" after "The Tatar
                // population was recorded at the following counts:": the lead-in's group
                // "- Orenburg Oblast: 151,492" after "Tatars in other regions at the 2010 census:": that people's
                group = listItems.itemYear != null && listItems.leadInGroup != null ? listItems.leadInGroup
                        : listItems.leadInPeople != null ? listItems.leadInPeople : "All";
            } else if (kind.equals("share") && BareShares.joinedBareShareGroup(p, q, si, rows) != null) {
                group = BareShares.joinedBareShareGroup(p, q, si, rows); // "…, but only 14.2 per cent in 1989": the group's share before
            } else if (named != null && remainderWords.matcher(p.before(q.start(), 40)).find()
                    && figureGroups.groupsAfter(p, q) > 1) {
                group = REMAINDER; // "The remaining 13,000 were Russians, Xibe, Tajiks and Manchus"
            } else if (named != null) {
                group = named; // "1.2 million inhabitants, over 95% of them Uyghurs"
            } else if ((wherePartOf = countParts.partOfWhomShare(p, q, si, last)) != null) {
                group = last.group(); // "had 2,400,000 inhabitants, of whom about 70 percent lived in rural areas": theirs
                regionOfCount = last.region();
            } else if (kind.equals("share") && SharesOfCounts.shareOfCount(p, last, lastEnd, q)) {
                group = last.group(); // "Kazakhs numbered some 492,000 (10.1%)": the share of the count before it
                regionOfCount = last.region();
                Row part = rows.size() >= 2 && rows.get(rows.size() - 1) == last ? rows.get(rows.size() - 2) : null;
                if (group.equals("All") && part != null && part.line() == last.line() && !part.group().equals("All")
                        && part.share() == null && part.population() != null
                        && (OF_THE_WHOLE.matcher(p.before(last.place().offset(), 40)).find()
                            || FigureGroup.OUT_OF.matcher(p.before(last.place().offset(), 30)).find()
                            || FigureGroup.AMONG.matcher(p.before(last.place().offset(), 30)).find())) {
                    group = part.group(); // "Koreans numbered 519,000 of its 835,000 inhabitants, or about 62 per cent"
                }
            } else if ((partShared || kind.equals("count") && statementPlaces.countPart(p, q) != null) && OF_THEM.matcher(p.after(q.end(), 12)).lookingAt()) {
                group = figureGroups.groupOfThem(p, q, s); // "some 520,000 of them, 48 percent of the urban population, …"
            } else if ((partShared || kind.equals("count") && statementPlaces.countPart(p, q) != null) && rowBefore != null
                    && !rowBefore.group().equals(REMAINDER) && rowBefore.line() == p.block.at().line()
                    && p.sentenceIndex(rowBefore.place().offset()) == si && rowBefore.place().offset() < q.start()
                    && !figureGroups.isGroupWord(p, q)) { // "about 3,000 Assyrians and 1,000 Armenians in the villages": theirs
                group = rowBefore.group(); // "…, and 336,000, or 18 percent of the rural population, in the countryside"
            } else if (kind.equals("count") && figureRegions.placeClauseStart(p, q) >= 0 && !figureGroups.isGroupWord(p, q)) {
                group = "All"; // "…, and the Tesh district had fewer than 3,000 people": that place's people
            } else if (kind.equals("count") && q.unit().isEmpty()
                    && (figureKinds.ofThemCounted(p, q)
                        || OF_THEM.matcher(p.after(q.end(), 12)).lookingAt() && figureKinds.homeTo(p, q))) {
                // "was home to about 21,000 of them": the people "them" stands for
                group = figureGroups.groupOfThem(p, q, s); // "where 9,800 of them were counted in 1930, the Tatars were"
            } else {
                group = figureGroups.group(p, q, kind);
            }
            if (group == null && kind.equals("share")) {
                group = ownPeopleCounts.shareGroup(ac, p, q, s); // "the community grew while its share … fell, from 1.7 per cent"
            }
            String sharePlace = null;
            if (group == null && kind.equals("share")) {
                group = figureGroups.groupOfPlacesShare(p, q); // "Greeks were a majority in the towns of Vella (about 90%)"
                sharePlace = group != null ? placeNames.placeName(figureGroups.placeBeforeSharesBracket(p, q)) : null;
            }
            if (group == null && kind.equals("share")) {
                group = BareShares.shareOfGroupBefore(p, q, si, rows, priorRead ? prior : null); // "in Lowtown the share reached 83%"
            }
            if (group == null) {
                continue;
            }
            group = elidedCounts.groupOfCountBefore(p, s, q, si, kind, group, rows);
            String countedIn = tiedPlace != null ? tiedPlace : withPlace != null ? withPlace : whichPlace != null ? whichPlace : owner != null ? shareOf
                    : dashedPlace != null ? dashedPlace : listedItem != null ? listedItem
                    : numberOf != null && group.equals("All") ? statementPlaces.placeRightBefore(p, q) : null;
            if (countedIn != null && tiedPlace == null && withPlace == null && whichPlace == null && owner == null
                    && dashedPlace == null && listedItem == null) {
                group = numberOf; // "the number of Tatars peaked in 1989, when the RSFSR counted 5,522,096"
            }
            countedIn = countedIn == null ? listedCount : countedIn; // "…, Ostvale 6,300": the list's later place
            String whereSubject = kind.equals("count") && countedIn != null
                    ? whereSubjects.subject(p, s, q) : null;
            countedIn = whereSubject != null ? whereSubject : countedIn; // "; X Region, where … in Y and Z, had 2,511": X
            if (countedIn == null && kind.equals("count") && !q.unit().isEmpty()) {
                countedIn = statementPlaces.placeInWith(p, q); // "Smaller colonies lived in Westburg, with roughly 1,100 Greeks"
            }
            Row levelFrom = wholeCounts.levelFrom(p, q, levelled, last, estimated, rows);
            if (levelled && levelFrom != null && group.equals("All") && !levelFrom.group().equals(REMAINDER)
                    && figureGroups.groupBefore(p, q.start()) == null) {
                group = levelFrom.group(); // "counted 5,554,601 Tatars in Russia; by 2010 the figure had fallen to 5,310,649"
            }
            // "…fallen to 5,310,649, or 3.72 percent, and in 2021 it was 4,713,669": "it" is the count listed before
            boolean itWas = !continued && IT_WAS.matcher(p.before(q.start(), 20)).find()
                    && ListedCounts.continuesCount(p, q, listHead, listHeadEnd);
            if ((continued || itWas) && group.equals("All") && q.unit().isEmpty() && !listHead.group().equals(REMAINDER)
                    && figureGroups.groupBefore(p, q.start()) == null) {
                group = listHead.group(); // "there were 29,831 (1.9%), and in 1989, 35,444": the count listed before's group
            }
            Row changedFrom = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (group.equals("All") && kind.equals("count") && q.unit().isEmpty() && changedFrom != null
                    && !changedFrom.group().equals("All") && !changedFrom.group().equals(REMAINDER)
                    && changedFrom.line() == p.block.at().line() && si - p.sentenceIndex(changedFrom.place().offset()) <= 1
                    && countLevels.changeToBefore(p, q) && figureGroups.groupBefore(p, q.start()) == null) {
                // "… 94,126 in rural ones. The 2021 census recorded a slight recovery to 387,327": the level of the people counted before
                group = changedFrom.group();
            }
            Row figureOf = group.equals("All") && kind.equals("count") ? countLevels.figureLevelOf(p, q, si, rows) : null;
            if (figureOf != null && figureGroups.groupBefore(p, q.start()) == null) {
                group = figureOf.group(); // "… counted 41,300 Greeks, 1.4% of the population; the figure rose to 52,100": theirs
            }
            boolean ownCensusCount = false; // a census's bare count of the article's people, in the census's country
            if (group.equals("All") && kind.equals("count") && figureGroups.groupBefore(p, q.start()) == null) {
                String census = censusCounts.group(p, q, si, rows); // "… counted 41,000 Greeks; the census of 1970 found 45,200"
                census = census != null ? census : censusCounts.groupOfCountWithShare(p, q, rows); // "… counted 48,764, or 2.2%"
                String own = census == null && censusCounts.bareCount(p, q) ? DemographicsTable.ownPeople(ac) : null;
                ownCensusCount = own != null; // "Twelve years later the 2021 census counted 21,000": the article's people
                group = census != null ? census : own != null ? own : group;
            }
            if (countWas && group.equals("All") && !countOf.group().equals(REMAINDER) && figureGroups.groupBefore(p, q.start()) == null) {
                group = countOf.group(); // "In Eastmark Region the count was 25,700": the people counted before
            }
            if (rankedPlace && group.equals("All") && figureGroups.groupBefore(p, q.start()) == null) {
                group = ranked.group(); // "Southby oblast followed with about 33,800": the people counted before
            }
            if (group.equals("All") && kind.equals("count") && (q.unit().isEmpty() || q.unit().equalsIgnoreCase("people"))) {
                String they = figureGroups.groupOfTheyAfterWith(p, q); // "With 83,140 people in 1989 they were the largest"
                group = they != null ? they : group;
            }
            if (kind.equals("count")) { // "the community shrank from 9,300": the article's people
                group = ownPeopleCounts.group(ac, p, q, s, listedPlace != null || colonListed, group);
            }
            while (scanned < si) { // the places the sentences before the figure's are about
                String place = figureRegions.sentencePlace(p, p.sentence(scanned));
                paragraphRegion = place != null ? place : paragraphRegion;
                scanned++;
            }
            String region = countedIn != null ? countedIn : listedPlace != null && kind.equals("count") ? listedPlace
                    : sharePlace != null ? sharePlace : StatementPlaces.stateAsAWhole(ac, p, s, q, stateNouns);
            // a census's count of the article's people whose clause names no place is the census's country's, not the
            // place the sentence before was about ("… and Varna Region about 2,000. … the 2021 census counted 21,000")
            // so is a people's count "counted in 1989" whose clause names no place
            ownCensusCount |= kind.equals("count") && CensusCounts.countedInYear(p, q);
            region = figurePlaces.place(ac, p, s, q, si, kind, region, ownCensusCount ? null : paragraphRegion, rows);
            boolean home = region == null;
            if (region == null) {
                region = articlePlaces.articlePlace(ac); // a figure that names no place is the article's place's
            }
            String respective = kind.equals("count") ? PairedFigures.place(p, q) : null;
            region = respective != null ? respective // "in Ostvale and Westburg counties, with about 6,800 and 3,900 respectively"
                    : region == null ? "" : articlePlaces.canonical(ac, statementPlaces.withPossessedPlural(p, s, region));
            region = partOfListed(p, q, kind, region, listHead, listHeadEnd);
            region = SharesOfCounts.shareRegion(p, q, si, kind, region, last, lastEnd, rows);
            String part = kind.equals("count") && !region.isEmpty() ? statementPlaces.countPart(p, q) : null;
            if (part != null) { // "16,780 Koreans lived in towns", "the rural population had fallen to 47,620": X (rural)
                String whole = StatementPlaces.withoutPart(region);
                Row divided = CountParts.OF_THESE_OPENING.matcher(p.text).region(s.start(), q.start()).lookingAt()
                        ? CountParts.largestCountOf(p, rows, group, si) : null;
                if (divided != null) {
                    // "… counted 96,240 Greeks, … Eastmark Oblast 13,611 (10.3%). Of these Greeks 51,836 lived in towns":
                    // the parts of the people's whole count, not of the last place listed
                    whole = StatementPlaces.withoutPart(divided.region());
                }
                if (StatementPlaces.namedCity(p, whole) && articlePlaces.articlePlace(ac) != null) {
                    // "… 83,150 Uyghurs lived in the city of Almaty …; some 133,500 now lived in towns": a city has no
                    // towns and countryside, so the part is of the article's place
                    whole = articlePlaces.canonical(ac, articlePlaces.articlePlace(ac));
                }
                region = whole + " (" + part + ")";
                Row before = rows.isEmpty() ? null : rows.get(rows.size() - 1);
                if (group.equals("All") && statementPlaces.partNamedBefore(p, q) && before != null
                        && !before.group().equals("All") && !before.group().equals(REMAINDER)
                        && before.line() == p.block.at().line() && p.sentenceIndex(before.place().offset()) == si) {
                    group = before.group(); // "only 16,780 Koreans lived in towns, but by 1989 the urban population …": theirs
                }
            }
            regionOfCount = SharesOfCounts.regionOfCountBefore(p, q, kind, group, regionOfCount, last, lastEnd);
            region = wholeCounts.regionOfWhole(p, q, si, kind, group, region, rows);
            boolean ofCount = regionOfCount != null && !regionOfCount.isEmpty();
            if (ofCount) {
                region = regionOfCount; // "of whom 30,100 (62.3 per cent) lived in the Varna SSR": the count's place
            }
            if (wherePartOf != null && !region.isEmpty()) {
                region = StatementPlaces.withoutPart(region) + " (" + wherePartOf + ")"; // "… of whom 70 percent lived in rural areas"
            }
            // "…, of whom some 120,000 lived in Norvik": a part's place is not the place the paragraph is about
            // "… 12,000 in rural areas. The 2021 census recorded …": the place of a part's count, not its part, is the paragraph's
            // "…, of whom 11,000 lived in Ostburg, where they made up 6.5%": the share of a part is the part's place's too
            boolean partPlace = figureRegions.partPlace || ofCount
                    || kind.equals("share") && last != null && lastPartPlace && region.equals(last.region());
            paragraphRegion = region.isEmpty() || partPlace ? paragraphRegion : StatementPlaces.withoutPart(region);
            figureRegions.partPlace = false;
            scanned = Math.max(scanned, si + 1);
            Prose.Dated dated = figureYears.figureDate(p, q, s, si, surveyDate, surveySentence);
            if (dated != null && dated.basis().equals("sentence")) {
                surveyDate = dated;
                surveySentence = si;
            }
            FigureYears.YearOf yearOf = figureYears.yearOf(p, si, dated, rows);
            Integer year = yearOf.year();
            String basis = yearOf.basis();
            FigureYears.YearOf partsYear = figureYears.partsYear(p, s, q, si, kind, region, partOfWhole, dated, year, basis, rows);
            year = partsYear.year();
            basis = partsYear.basis();
            year = LaterYears.counted(p, s, q, dated, basis, year, surveyAppositive); // "Four years later the figure had risen to"
            year = LaterYears.spanEnd(p, s, q, year); // "Between 1981 and 2011 … fell from 61,200 to 44,750": 2011
            year = LaterYears.whenClause(p, q, year); // "… since 1970, when it stood at 4,050": 1970
            year = PairedFigures.respectiveYear(p, q, year); // "those of 1970 and 1979 counted 31,700 and 25,464 respectively"
            String ofTheTime = home ? ownRepublics.before(p, q.start(), year) : null;
            if (ofTheTime != null) {
                if (region.equals(paragraphRegion)) {
                    paragraphRegion = ofTheTime; // "… (8.2%), and by 1970 the figure had grown to 930,158": the same republic
                }
                // "… in the Kazakh SSR. … The 1959 census counted 762,131 Ukrainians": the republic then, and its part
                region = region.equals(StatementPlaces.withoutPart(region)) ? ofTheTime
                        : ofTheTime + region.substring(StatementPlaces.withoutPart(region).length());
            }
            boolean statesWhole = region.endsWith(")") && PartsOfWholes.ofTheStatesWhole(p, q);
            region = statesWhole ? StatementPlaces.withoutPart(region) : region; // "of the republic's": not the part named before
            Long population = kind.equals("share") ? null : Math.round(q.value());
            Double share = kind.equals("share") ? q.value() : null;
            String wholeNamed = share != null && last != null && last.region().equals(articlePlaces.articlePlace(ac)) ? figureRegions.wholesPlace(p, q) : null;
            // "peaked at 1,665,658 in the 1979 census, when Russians made up 10.8% of the population of X": X's count too
            String mergeRegion = wholeNamed != null && region.equals(articlePlaces.canonical(ac, wholeNamed)) ? last.region() : region;
            if (last != null && SideBySide.mergesWith(last, group, mergeRegion, year, population, share, p, q)) {
                // "Some 422,000 Karelians, 12 per cent of Finland's population": the share names the count's place
                String whole = share != null && last.region().equals(articlePlaces.articlePlace(ac)) ? figureRegions.wholesPlace(p, q) : null;
                if (whole == null && share != null && lastRead != null && PartsOfWholes.ofTheStatesPeople(p, q)
                        && !figureKinds.livesInNamedPlace(p, lastRead)) {
                    // "… moved to the Ostvale valley, and the 1959 census counted 39,100 Greeks, 1.9 percent of the
                    // republic's population": the share's whole is the count's place, not a place the clause before named
                    whole = articlePlaces.articlePlace(ac);
                }
                String mergedRegion = whole != null ? articlePlaces.canonical(ac, whole) : last.region();
                Row merged = new Row(last.place(), mergedRegion, last.group(), last.year(), last.yearBasis(),
                        last.population() != null ? last.population() : population,
                        last.share() != null ? last.share() : share, false, last.source(), last.line(),
                        Quote.of(s, Math.min(q.start(), last.place().offset()), q.end()), "");
                rows.set(rows.size() - 1, merged);
                last = null; // a row takes one count and one share
                lastEnd = -1;
                listHead = merged; // "there were 29,831 (1.9%), and in 1989, 35,444": a list may go on past the share
                listHeadEnd = q.end();
                previousRead = true;
                continue;
            }
            Row before = last != null && rows.size() >= 2 && rows.get(rows.size() - 1) == last ? rows.get(rows.size() - 2) : null;
            if (share != null && before != null && before.group().equals(group) && !group.equals("All")
                    && last.group().equals("All") && SideBySide.mergesWith(before, group, region, year, null, share, p, q)) {
                // "Koreans numbered 519,000 of its 835,000 inhabitants, or about 62 per cent": the group's share
                rows.set(rows.size() - 2, new Row(before.place(), before.region(), before.group(), before.year(),
                        before.yearBasis(), before.population(), share, false, before.source(), before.line(),
                        Quote.of(s, Math.min(q.start(), before.place().offset()), q.end()), ""));
                previousRead = true;
                continue;
            }
            int partCount = share != null ? SideBySide.partCountOf(rows, group, region, year, p, q) : -1;
            partCount = partCount < 0 && share != null && statesWhole ? SideBySide.wholeCountOf(rows, group, region, year, p, q) : partCount;
            // "… and 19,877 Tatars; ten years later the Tatar share had fallen from 2.6% to 1.7%": 2.6% is that count's
            partCount = partCount < 0 && share != null && LaterYears.fromBeforeLater(p, s, q)
                    ? SideBySide.wholeCountOf(rows, group, region, year, p, q) : partCount;
            if (partCount >= 0) { // "… 9,000 lived in towns …; Greeks then made up 2% of the urban population": one row
                Row c = rows.remove(partCount); // last, as the figure read last ("…, but only 4% of the rural population")
                Row merged = new Row(c.place(), c.region(), c.group(), c.year(), c.yearBasis(), c.population(), share,
                        false, c.source(), c.line(), Quote.of(s, c.place().offset(), q.end()), "");
                rows.add(merged);
                last = null; // a row takes one count and one share
                lastEnd = -1;
                listHead = merged;
                listHeadEnd = q.end();
                previousRead = true;
                continue;
            }
            Row r = new Row(new Place(order, p.block.at().line(), q.start()), region, group, year, basis,
                    population, share, false, p.block.at().source(), p.block.at().line(),
                    Quote.of(s, q.start(), q.end()), "");
            rows.add(r);
            for (String each : figureGroups.othersEach(p, q, group)) { // "the Tajiks and the Kyrgyz, each numbering around 150,000"
                rows.add(new Row(r.place(), region, each, year, basis, population, share, false, r.source(), r.line(), r.quote(), ""));
            }
            Integer other = LaterYears.otherOfBoth(p, q, year);
            if (other != null) { // "made up 1.1% of the population in both 1999 and 2009": the same figure for the other year too
                rows.add(new Row(r.place(), region, group, other, "sentence", population, share, false, r.source(), r.line(), r.quote(), ""));
            }
            last = r;
            lastPartPlace = partPlace;
            lastEnd = q.end();
            listHead = r;
            listHeadEnd = q.end();
            previousRead = true;
            lastRead = q;
        }
    }

    /** Whether one of a sentence's figures before counts personnel of a force ("the garrison counted 10,800 men"). */
    private boolean personnelBefore(Prose p, List<Quantity> figures) {
        for (Quantity f : figures) {
            if (!f.unit().equalsIgnoreCase("percent") && figureKinds.isPersonnel(p, f)) {
                return true;
            }
        }
        return false;
    }
}
