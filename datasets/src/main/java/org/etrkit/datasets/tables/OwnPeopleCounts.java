package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.PlaceNames.NAME;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;

/**
 * Counts of the people an article is about that name no people ({@link DemographicsTable#ownPeople}): a community
 * as the subject of a count ("the community numbered 24,800", "had grown to 29,800", "the community shrank from
 * 9,300 in 1989 to some 4,000"), and a list of places with a count in brackets after a verb of residence ("Smaller
 * communities lived in Osh Oblast (2,100), Naryn Oblast (1,300) and the Talas valley (900)"), each its place's.
 */
final class OwnPeopleCounts {

    private final PlaceNames placeNames;
    private final FigureGroup figureGroups;
    /**
     * A community as the subject of a count's clause, with a verb of a count or a changed level right before the
     * figure: "the community numbered 24,800", "the community had grown to 29,800", "reduced the community to".
     */
    private final Pattern communityCount;
    /** A community with its count in apposition right after it: "had the largest urban community, about" 7,100. */
    private final Pattern communityAppositive;
    /** A community named before a figure: "the community shrank from", "Smaller communities lived in". */
    private final Pattern communityBefore;
    /** "their number" as the subject of a changed level right before the figure: "their number had fallen to". */
    private final Pattern theirNumber;
    /** "their number" as the subject of a changed level earlier in the sentence: "their number kept growing until 1979". */
    private final Pattern theirNumberEarlier;
    /** "it" as the subject of a changed level right before the figure: ", when it reached". */
    private final Pattern itReached;
    /** "they" as the subject of a count right before the figure: "At the 1989 census they numbered 957,518". */
    private final Pattern theyCounted;

    /** A place's people right before a count: "the town's ", "among its ", "of their about ". */
    /** A whole population right before a count: "about 0.45% of a population of", "out of a total population of". */
    private static final Pattern POPULATION_OF_BEFORE = Pattern.compile(
            "\\b(?:of|out of) (?:a|the|its|their) (?:total )?population of\\s+(?:(?:about|some|around|roughly|nearly|over|almost) )?$");

    private static final Pattern PEOPLES_WHOLE_BEFORE = Pattern.compile(
            "(?:['’]s|\\b(?:its|their|among|out of|of))\\s+(?:(?:about|some|around|roughly|nearly|over|almost) )?$");

    /**
     * "of the" groups right after a count of people, the groups a census split the article's people into: " of the two
     * groups", " of these groups", " of all three groups".
     */
    private static final Pattern OF_THE_GROUPS_AFTER = Pattern.compile(
            "\\s+of (?:the|these|those|both|all)(?: (?:two|three|four|five|\\d))? (?-i:groups|peoples|communities)\\b");

    /** The groups of the people as the subject of a sentence that lists places: "The largest groups lived in". */
    private static final Pattern GROUPS_SUBJECT = Pattern.compile("\\b(?-i:groups)\\b");

    /** "its share" or "their share" of a community named before it: the community's share. */
    private static final Pattern OWN_SHARE = Pattern.compile("\\b(?-i:its|their) share\\b");

    /** A place right before ", with" and a bare figure, in a list: "in Velsk District, with some ", "and Tarn District, with ". */
    private final Pattern placeBeforeWith;
    /** A verb of being or living in places: "were in", "lived in". */
    private static final Pattern IN_PLACES = Pattern.compile("\\b(?-i:were|was|lived|live|lives|living|resided) in\\b");
    /** A place right before a bracket that holds a bare figure, in a list: "…, Naryn Oblast (", "the Talas valley (". */
    private final Pattern placeBeforeBracket;
    /** A bracket that opens with a hedge right before a figure: "(about ", "(roughly ". */
    private static final Pattern HEDGE_IN_BRACKET = Pattern.compile("\\(" + Hedges.WORD + " $");
    /** A passive verb of a count: "were recorded in", "was counted in", the places a census found people in. */
    private static final Pattern RECORDED = Pattern.compile("\\b(?:were|was) (?:recorded|counted|registered) in\\b");
    /** The noun a figure counts when it is members of a community: "members of the community", "members of its diaspora". */
    private final Pattern membersOf;
    /** A verb of residence: "lived", "living", "resided". */
    private final Pattern residenceVerb;

    OwnPeopleCounts(Lexicon lex, PlaceNames placeNames, FigureGroup figureGroups) {
        this.placeNames = placeNames;
        this.figureGroups = figureGroups;
        // "an official estimate put the community at about 6,000": an estimate of the community, of its people too
        this.communityCount = lex.compile("(?-i:(?:\\b(?:{community_nouns})\\b(?: (?:had|has|have))?(?: (?:{count_verbs}|(?:{level_verbs})(?: to| from)?|(?:{level_stand_verbs}) at)| to)"
                + "|\\b(?:{estimate_verbs}) (?:the|its|their) (?:{community_nouns}) at)"
                + "(?: (?:about|some|around|roughly|nearly|over|almost|perhaps|only))?\\s*$)");
        this.communityAppositive = lex.compile("(?-i:\\b(?:{community_nouns}),\\s+(?:(?:about|some|around|roughly|nearly|over|almost|perhaps|only) )?$)");
        this.membersOf = lex.compile("(?-i:members of (?:the|its|their|this) (?:{community_nouns}))");
        this.communityBefore = lex.compile("(?-i:\\b(?:{community_nouns})\\b)");
        this.theirNumber = lex.compile("(?-i:\\b[Tt]heir numbers? (?:(?:had|has|have) )?(?:(?:{level_verbs})(?: to| from)?|(?:{level_stand_verbs}) at)"
                + "(?: (?:about|some|around|roughly|nearly|over|almost|perhaps|only))?\\s*$)");
        this.theirNumberEarlier = lex.compile("(?-i:\\b[Tt]heir numbers? (?:\\p{Ll}+ ){0,2}(?:{level_verbs}|{level_stand_verbs})\\b)");
        this.itReached = lex.compile("(?-i:\\bit (?:had )?(?:(?:{level_verbs})(?: to)?|(?:{level_stand_verbs}) at)"
                + "(?: (?:about|some|around|roughly|nearly|over|almost|perhaps|only))?\\s*$)");
        this.theyCounted = lex.compile("(?-i:\\b[Tt]hey (?:{count_verbs})(?: (?:about|some|around|roughly|nearly|over|almost|perhaps|only))?\\s*$)");
        this.residenceVerb = lex.compile("(?-i:\\b(?:{residence_verbs})\\b)");
        this.placeBeforeWith = lex.compile("(?-i:(?:^|,|\\band|\\bin)\\s+(?:the )?(" + NAME + "(?: (?:{name_nouns}))?),\\s+with\\s+(?:"
                + Hedges.WORD + "\\s+)?$)");
        this.placeBeforeBracket = lex.compile("(?-i:(?:^|,|\\band|\\bin)\\s+(?:the )?(" + NAME + "(?: (?:{name_nouns}))?)\\s*\\($)");
    }

    /**
     * Whether a figure counts "members of the community" (or of its diaspora, colony): people of the community the
     * article is about ("some 133,500 members of the community now lived in towns").
     */
    boolean membersOfCommunity(Prose p, Quantity q) {
        return q.unit().equalsIgnoreCase("members") && membersOf.matcher(q.noun()).matches();
    }

    /**
     * Whether a community is the subject of a bare figure's count ("In 1970 the community numbered 24,800", "peaked at")
     * or the figure is in apposition to it ("had the largest urban community, about 7,100 in 1989").
     */
    boolean communityCount(Prose p, Quantity q) {
        return q.unit().isEmpty() && (communityCount.matcher(p.before(q.start(), 60)).find() || communityAppositive(p, q));
    }

    /** Whether a bare figure is the count of a community named right before it, in apposition: "the largest urban community, about 7,100". */
    boolean communityAppositive(Prose p, Quantity q) {
        return q.unit().isEmpty() && communityAppositive.matcher(p.before(q.start(), 30)).find();
    }

    /**
     * The people the article is about, for a count of All whose clause names a community before it and no people
     * ("the community shrank from 9,300 in 1989", "reduced the community to 353,441", "to fewer than 10,000 people",
     * but not a place's "12,000 people"), or whose sentence does
     * before a listed place ({@code listed}; so does "groups" there, "The largest groups lived in X (9,300)"), or whose clause before a colon right before it does ("the community
     * reached its peak: 52,300 people"), or that "they" numbered or "their number" changed to with no people named
     * before it ("At the 1989 census they numbered 957,518", "their number had fallen to 35,100", "their number kept
     * growing until 1979, when it reached 1,665,658"); else {@code group}.
     */
    String group(ArticleContext ac, Prose p, Quantity q, Sentence s, boolean listed, String group) {
        boolean people = q.unit().equalsIgnoreCase("people") || q.unit().equalsIgnoreCase("persons");
        if (people && OF_THE_GROUPS_AFTER.matcher(p.after(q.end(), 40)).lookingAt()) {
            String own = DemographicsTable.ownPeople(ac);
            return own != null ? own : group; // "counted 7,450 people of the two groups": the groups the census split it into
        }
        if (group.equals("All") && membersOfCommunity(p, q)) {
            String own = DemographicsTable.ownPeople(ac);
            return own != null ? own : group; // "some 133,500 members of the community now lived in towns"
        }
        if (!group.equals("All") || !q.unit().isEmpty() && !people || POPULATION_OF_BEFORE.matcher(p.before(q.start(), 50)).find()
                || people && PEOPLES_WHOLE_BEFORE.matcher(p.before(q.start(), 30)).find()) {
            return group; // "the town's 12,000 people", "of a population of 15.8 million": a place's people, whatever community the clause names
        }
        int from = listed ? s.start() : p.clauseStart(q.start());
        if (communityAppositive(p, q)) {
            from = p.clauseStart(p.text.lastIndexOf(',', q.start())); // "the largest urban community, about 7,100": its clause
        } else if (!listed && PopulationStatements.afterColon(p.text, q.start())) {
            from = p.clauseStart(p.text.lastIndexOf(':', q.start())); // "the community reached its peak: 52,300 people"
        }
        boolean community = communityBefore.matcher(p.text).region(from, q.start()).find()
                && (listed || figureGroups.groupBefore(p, q.start()) == null)
                || listed && GROUPS_SUBJECT.matcher(p.text).region(from, q.start()).find()
                    && figureGroups.groupBefore(p, q.start()) == null // "The largest groups lived in X (9,300)"
                || (theyCounted.matcher(p.before(q.start(), 40)).find() || theirNumber.matcher(p.before(q.start(), 50)).find()
                    || theirNumberReached(p, s, q))
                    && figureGroups.groupBefore(p, q.start()) == null;
        String own = community ? DemographicsTable.ownPeople(ac) : null;
        return own != null ? own : group;
    }

    /**
     * Whether a bare figure is the level "it" reached in a sentence whose "their number" changed before it: "Although
     * their number kept growing until 1979, when it reached 1,665,658": the count of the people "their" stands for.
     */
    boolean theirNumberReached(Prose p, Sentence s, Quantity q) {
        return q.unit().isEmpty() && itReached.matcher(p.before(q.start(), 30)).find()
                && theirNumberEarlier.matcher(p.text).region(s.start(), q.start()).find();
    }

    /**
     * The place named right before the bracket a bare figure stands in, in a sentence whose verb of residence comes
     * before it ("Smaller communities lived in Osh Oblast (2,100), Naryn Oblast (1,300) and the Talas valley (900)"):
     * the place, no group or month; else null.
     */
    String placeBeforeBracket(Prose p, Quantity q, Sentence s) {
        if (q.unit().isEmpty() && q.start() >= 2 && (q.end() >= p.text.length() || p.text.charAt(q.end()) != ')')) {
            return placeBeforeWith(p, q, s);
        }
        if (!q.unit().isEmpty() || q.start() < 2 || q.end() >= p.text.length() || p.text.charAt(q.end()) != ')') {
            return null;
        }
        int open = q.start();
        if (p.text.charAt(q.start() - 1) != '(') {
            String before = p.before(q.start(), 16);
            Matcher hedge = HEDGE_IN_BRACKET.matcher(before);
            if (!hedge.find()) {
                return null;
            }
            open = q.start() - before.length() + hedge.start() + 1; // "in Astana (about 1,900)": past the hedge
        }
        Matcher m = placeBeforeBracket.matcher(p.text).region(Math.max(s.start(), open - 60), open);
        if (!m.find() || !residenceVerb.matcher(p.text).region(s.start(), open).find()
                && !RECORDED.matcher(p.text).region(s.start(), open).find()) {
            return null;
        }
        String place = placeNames.placeName(m.group(1));
        return place == null || PlaceNames.isGroup(p, place) || PlaceNames.isMonth(place) ? null : place;
    }

    /**
     * The place named right before ", with" and a bare figure, in a sentence whose groups or community of the people
     * are in places ("the largest groups in 2010 were in Velsk District, with some 4,700, and Tarn District, with
     * about 2,650"): the place, no group or month; else null.
     */
    private String placeBeforeWith(Prose p, Quantity q, Sentence s) {
        Matcher m = placeBeforeWith.matcher(p.text).region(Math.max(s.start(), q.start() - 80), q.start());
        if (!m.find()) {
            return null;
        }
        int clause = Math.max(s.start(), Chars.lastIndexIn(p.text, ";", m.start(), s.start()) + 1);
        Matcher groups = GROUPS_SUBJECT.matcher(p.text).region(clause, m.start(1));
        Matcher community = communityBefore.matcher(p.text).region(clause, m.start(1));
        if (!(groups.find() || community.find()) || !IN_PLACES.matcher(p.text).region(clause, m.start(1)).find()) {
            return null;
        }
        String place = placeNames.placeName(m.group(1));
        return place == null || PlaceNames.isGroup(p, place) || PlaceNames.isMonth(place) ? null : place;
    }

    /**
     * The people the article is about, for a share of no people named whose sentence names a community and then
     * "its share" before it ("the community growing steadily while its share of the population fell, from 1.7 per
     * cent in 1959 to 0.9 per cent"); else null.
     */
    String shareGroup(ArticleContext ac, Prose p, Quantity q, Sentence s) {
        Matcher community = communityBefore.matcher(p.text).region(s.start(), q.start());
        if (!community.find()) {
            return null;
        }
        Matcher share = OWN_SHARE.matcher(p.text).region(community.end(), q.start());
        return share.find() ? DemographicsTable.ownPeople(ac) : null;
    }
}
