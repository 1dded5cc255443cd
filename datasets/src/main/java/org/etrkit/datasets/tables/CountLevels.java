package org.etrkit.datasets.tables;

import java.util.List;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;
import org.etrkit.datasets.tables.DemographicsTable.Row;

/**
 * A bare figure that is a later level of a count read before it, or a change of a people's number, read as a count:
 * "Four years later the figure had risen to 412,000", "the Dolgan numbers fell from about 6,000 in 1897", "In
 * Eastmark Region the count was 25,700", "a slow decline to 31,000", "an official estimate put the figure at
 * 1,201,540", "Their numbers rose in the official counts: 83,600 in 1982". For {@link PopulationStatements}: moved
 * unchanged out of PopulationStatements (to keep it under ~900 lines).
 */
final class CountLevels {

    /** "the count" or "the figure" as a copula's subject right before a bare figure: "In Eastmark the count was". */
    private static final Pattern COUNT_WAS = Pattern.compile("\\b(?-i:the) (?:count|figure) (?:was|stood at|came to)\\s+(?:" + Hedges.WORD + " )?$");

    private final FigureGroup figureGroups;
    private final FigureKinds figureKinds;
    /** A change of level right before a figure: "had risen to roughly", "fell to", "reached", "stood at", "grew only slowly, from", "grew again over the next decades, to". */
    private final Pattern levelBefore;
    /** What a change of level must be said of to continue a count: the population, "the figure", "it". */
    private final Pattern levelSubject;
    /** A change of level between two figures right before one of them: "fell from", "fell, from", "dropped from about 44 million in 1940 to", "rose sharply from". */
    private final Pattern levelFromTo;
    /** A change to a level right before a figure: "a slight recovery to", "a rise to about". */
    private final Pattern changeTo;
    /** A change named by a noun of a people's number right before a figure: "a decline of the community, from … to". */
    private final Pattern changeFromTo;
    /** "the figure" or "the number" opening a clause with a verb of a changed level: "the figure rose to". */
    private final Pattern figureLevel;
    /** An estimate of a level right before a figure: "put the figure at", "estimated the population at". */
    private final Pattern estimateBefore;
    /** A count's level as the object a verb raised or reduced: "have since reduced it to an estimated", "brought their numbers to". */
    private final Pattern objectLevelBefore;

    CountLevels(Lexicon lex, FigureGroup figureGroups, FigureKinds figureKinds) {
        this.figureGroups = figureGroups;
        this.figureKinds = figureKinds;
        // "grew again over the next three decades, to": an adverbial set off by a comma before "to"
        this.levelBefore = lex.compile("(?-i:\\b(?:(?:{level_verbs})(?:(?: \\p{Ll}+ly){1,2},?)?|(?:{level_stand_verbs}) at)(?: to)?(?: \\p{Ll}+)?\\s*$"
                + "|\\b(?:{level_verbs})(?: \\p{Ll}+){1,6}, to(?: (?:about|some|around|roughly|nearly|almost))?\\s*$"
                // "had fallen by another 9,100 to", "fell by 12,300, or 27%, to": the level after a change by a figure
                + "|\\b(?:{level_verbs}) by(?: \\p{Ll}+){0,2} \\d[\\d,.]*(?: (?:per cent|percent)|%)?"
                + "(?:,? or (?:\\p{Ll}+ )?\\d[\\d,.]*(?: (?:per cent|percent)|%)?,?)? to(?: " + Hedges.WORD + ")?\\s*$)");
        this.levelSubject = lex.compile("(?-i:\\b(?:{level_subjects})\\b(?:(?! whose\\b).)*?\\b(?:{level_verbs}|{level_stand_verbs})\\b)");
        this.levelFromTo = lex.compile("(?-i:\\b(?:{level_verbs})(?:(?: \\p{Ll}+ly){1,2})?,? from(?: [^,;:]{1,50}? to)?(?: \\p{Ll}+)?\\s*$)");
        this.changeTo = lex.compile("(?-i:\\ban? (?:\\p{Ll}+ )?(?:{change_nouns}) to(?: " + Hedges.WORD + ")?\\s*$)");
        this.changeFromTo = lex.compile("(?-i:\\b(?:{change_nouns}) (?:of|in) (?:the|its|their) (?:{level_subjects}|{community_nouns}),? from"
                + "(?: [^,;:]{1,50}? to)?\\s*$)");
        this.objectLevelBefore = lex.compile("(?-i:\\b(?:{raise_verbs}) (?:it|them|(?:its|their) numbers?|the (?:{community_nouns})) to"
                + "(?: an estimated| " + Hedges.WORD + ")?\\s*$)");
        this.figureLevel = lex.compile("(?-i:\\s*(?:and |but )?the (?:figure|number|count|total) (?:had |has )?(?:\\p{Ll}+ly )?"
                + "(?:{level_verbs}|{level_stand_verbs})\\b)");
        this.estimateBefore = lex.compile("(?-i:\\b(?:{estimate_verbs}) (?:the |its |their )?(?:\\p{Ll}+ )?(?:{level_subjects}) at"
                + "(?: " + Hedges.WORD + ")?\\s*$)");
    }

    /**
     * A level the count {@code levelOf} of the sentence or the one before changed to: "the figure had risen to 412,000",
     * "… have since reduced it to an estimated 17,400".
     */
    boolean levelOf(Prose p, Quantity q, int si, Row levelOf) {
        return levelOf != null && levelOf.population() != null && q.unit().isEmpty()
                && si - p.sentenceIndex(levelOf.place().offset()) <= 1 && figureKinds.kindOfFigure(p, q)
                && (levelBefore.matcher(p.before(q.start(), 70)).find() && levelSubject.matcher(p.before(q.start(), 80)).find()
                    || objectLevelBefore.matcher(p.before(q.start(), 60)).find());
    }

    /** "it" and a verb of a changed level opening a paragraph's first sentence: "By 1990 it had reached". */
    private static final Pattern IT_OPENING = Pattern.compile("\\s*(?:(?:By|In) \\d{4},? )?it (?:had |has )?\\p{Ll}+\\s");

    /**
     * The count that ended the paragraph right before, which "it" opening this paragraph's first sentence and a level
     * continue ("… the Greek population of Norland stood at 8,240." then "By 1990 it had reached 11,730"); or null.
     */
    Row carriedLevelOf(Prose p, Quantity q, int si, List<Row> rows) {
        Row before = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        if (si != 0 || before == null || before.population() == null || before.line() >= p.block.at().line()
                || p.block.at().line() - before.line() > 2 || !q.unit().isEmpty()
                || !IT_OPENING.matcher(p.text).region(p.sentence(0).start(), q.start()).lookingAt()
                || !figureKinds.kindOfFigure(p, q) || !levelBefore.matcher(p.before(q.start(), 70)).find()
                || !levelSubject.matcher(p.before(q.start(), 80)).find()) {
            return null;
        }
        return before;
    }

    /** A level a population or a group's numbers changed from or to: "the Dolgan numbers fell from about 6,000 in 1897". */
    boolean fromTo(Prose p, Quantity q, int si) {
        return q.unit().isEmpty() && figureKinds.kindOfFigure(p, q)
                && levelFromTo.matcher(p.before(q.start(), 70)).find()
                && levelSubject.matcher(p.before(q.start(), 130)).find()
                && (figureKinds.populationWordsNear(p, si) || figureGroups.groupBefore(p, q.start()) != null);
    }

    /** "the count was" after the count {@code countOf} of the line's sentence or the one before: "the count was 25,700". */
    boolean countWas(Prose p, Quantity q, int si, Row countOf) {
        return q.unit().isEmpty() && countOf != null && countOf.population() != null
                && countOf.line() == p.block.at().line() && si - p.sentenceIndex(countOf.place().offset()) <= 1
                && COUNT_WAS.matcher(p.before(q.start(), 40)).find() && figureKinds.kindOfFigure(p, q);
    }

    /** A change to a level after the count {@code changeOf}: "… had risen to 58,000, …, before it began a slow decline to 31,000". */
    boolean changedTo(Prose p, Quantity q, int si, Row changeOf) {
        return q.unit().isEmpty() && changeOf != null && changeOf.population() != null
                && changeOf.line() == p.block.at().line() && si - p.sentenceIndex(changeOf.place().offset()) <= 1
                && changeTo.matcher(p.before(q.start(), 50)).find() && figureKinds.kindOfFigure(p, q);
    }

    /** A change of a people's number from or to a level: "a steady decline of the community, from 61,300". */
    boolean changeFromTo(Prose p, Quantity q) {
        return q.unit().isEmpty() && figureKinds.kindOfFigure(p, q)
                && changeFromTo.matcher(p.before(q.start(), 90)).find();
    }

    /** The first level listed after a colon, a change of level before it: "Their numbers rose in the official counts: 83,600". */
    boolean afterColon(Prose p, Sentence s, Quantity q) {
        return q.unit().isEmpty() && figureKinds.kindOfFigure(p, q) && PopulationStatements.afterColon(p.text, q.start())
                && levelSubject.matcher(p.text).region(Math.max(s.start(), q.start() - 130), q.start()).find();
    }

    /** An estimate of the count {@code estimated}: "by 1914 an official estimate put the figure at 1,201,540". */
    boolean estimated(Prose p, Quantity q, int si, Row estimated) {
        return estimated != null && estimated.population() != null && q.unit().isEmpty()
                && estimated.line() == p.block.at().line()
                && si - p.sentenceIndex(estimated.place().offset()) <= 1 && figureKinds.kindOfFigure(p, q)
                && estimateBefore.matcher(p.before(q.start(), 60)).find();
    }

    /**
     * The count of a people that "the figure" or "the number" opening the clause continues, when the clause changes its
     * level ("The 1959 census counted 41,300 Greeks, 1.4% of the population; the figure rose to 52,100 in 1970 but only
     * to 53,900 in 1979": the Greeks counted before, each later level too, though the sentence's population word made
     * the figure a count): the last count of the line, of a people, in the sentence or the one before; or null.
     */
    Row figureLevelOf(Prose p, Quantity q, int si, List<Row> rows) {
        Row before = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        if (before == null || before.population() == null || before.group().equals("All")
                || before.group().equals(DemographicsTable.REMAINDER) || before.line() != p.block.at().line()
                || si - p.sentenceIndex(before.place().offset()) > 1 || before.place().offset() >= q.start()
                || !q.unit().isEmpty()) {
            return null;
        }
        int cs = p.clauseStart(q.start());
        return figureLevel.matcher(p.text).region(cs, q.start()).lookingAt() ? before : null;
    }

    /** A change to a level right before the figure: "a slight recovery to", "a rise to about". */
    boolean changeToBefore(Prose p, Quantity q) {
        return changeTo.matcher(p.before(q.start(), 50)).find();
    }
}
