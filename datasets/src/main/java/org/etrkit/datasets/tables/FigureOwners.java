package org.etrkit.datasets.tables;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.etrkit.datasets.tables.SideFinder.Reading;

/**
 * Steps 1'-1a' of {@link SideFinder#find}: the owner of the losses or men a figure counts: the force the losses were
 * inflicted on ("inflicted 4,000 casualties on a Soviet division"), the other combatant than a side that says it
 * inflicted them, the name before a loss noun ("Communist losses of about 3,500"), the subject that gives its own
 * losses, the name a relative "whose" follows and the owner of "some 1,400 of its men".
 */
final class FigureOwners {

    /** The lexicon's {@code irregular_nouns}: irregulars whose losses name no side. */
    private final Set<String> irregular;
    /** Whose losses a figure counts ({@link LossOwners}). */
    private final LossOwners lossOwners;
    /** The words around a name that make it no force ({@link NameRoles}). */
    private final NameRoles roles;
    /** The force a name stands for, and the reading a figure takes from a name ({@link ForceNames}). */
    private final ForceNames forces;
    /** The subject a figure's clause or sentence speaks of ({@link ClauseSubjects}). */
    private final ClauseSubjects subjects;
    /** The owner a possessive gives a figure ({@link PossessiveOwners}). */
    private final PossessiveOwners owners;
    /** What a name before a figure in its clause is to the figure ({@link ClauseNames}). */
    private final ClauseNames clauseNames;
    /** The first object of "cost" before a figure ({@link CostObjects}). */
    private final CostObjects costObjects;

    FigureOwners(Set<String> irregular, LossOwners lossOwners, NameRoles roles, ForceNames forces,
                 ClauseSubjects subjects, PossessiveOwners owners, ClauseNames clauseNames) {
        this.irregular = irregular;
        this.lossOwners = lossOwners;
        this.roles = roles;
        this.forces = forces;
        this.subjects = subjects;
        this.owners = owners;
        this.clauseNames = clauseNames;
        this.costObjects = new CostObjects(forces);
    }

    /**
     * Steps 1'-1a' of {@link SideFinder#find}: the owner of the losses the figure counts ("Communist losses of about 3,500"), the
     * name a relative "whose" follows, or the owner of "some 1,400 of its men"; or null.
     */
    Reading ownerOfFigure(Prose p, int start, int end, String unit, LocalDate date) {
        // 1''''. "The fighting cost the 12th Lancer Regiment 45 killed": the first object of "cost" owns the losses
        Reading costObject = costObjects.objectOfCost(p, start, date);
        if (costObject != null) {
            return costObject;
        }
        // 1''. "the Finns inflicted more than 4,000 casualties on a Soviet division": losses dealt to a named force are its
        Prose.Name dealtTo = lossOwners.inflictedOn(p, p.clauseStart(start), start, end);
        if (dealtTo != null) {
            return dealtTo.isGroup()
                    ? new Reading("Other", dealtTo.text(), "a people the losses were inflicted on")
                    : forces.reading(p, dealtTo, date, "the force the losses were inflicted on ('" + dealtTo.text() + "')");
        }
        // 1'''. "the Japanese said they had inflicted 9,000 casualties": losses a named side dealt are the other combatant's
        Reading dealtBy = inflictedBy(p, start, end, date);
        if (dealtBy != null) {
            return dealtBy;
        }
        // 1'. "against Communist losses of about 3,500", "Japanese casualties were put at 40,000": the name before a loss noun
        Prose.Name lossOwner = lossOwners.lossOwner(p, start);
        Gazetteer.Side lossAdjective = lossOwner == null ? lossOwners.lossAdjective(p, start) : null;
        if (lossAdjective != null) {
            return new Reading(lossAdjective.at(date), "", "the side the word before the loss noun names ('Communist losses of')");
        }
        String irregularOwner = lossOwner == null && lossAdjective == null ? lossOwners.irregularOwner(p, start, irregular) : null;
        if (irregularOwner != null) { // "mujahideen losses are usually put at 75,000": irregulars tied to no side
            String byDefault = p.article.nounDefault(irregularOwner);
            return byDefault != null ? new Reading(byDefault, irregularOwner, "the article's side for '" + irregularOwner
                    + "', whose losses the figure counts") : new Reading("Other", irregularOwner, "the losses of '"
                    + irregularOwner + "' without a name of a side");
        }
        if (lossOwner == null && lossAdjective == null && lossOwners.reflexiveLosses(p, start)) {
            // "The Chinese government claims that 25,498 UN soldiers were killed, and gives its own losses as 11,529":
            // "its own" losses are those of the sentence's subject that gives them
            Reading giver = subjects.mainClauseSubject(p, start, date);
            if (giver != null) {
                return giver.asPart("the subject that gives its own losses ('its own losses'): " + giver.basis());
            }
        }
        if (lossOwner != null) {
            return lossOwner.isGroup()
                    ? new Reading("Other", lossOwner.text(), "a people's losses ('" + lossOwner.text() + " losses of')")
                    : forces.reading(p, lossOwner, date, "the name before the loss noun the figure counts ('"
                            + lossOwner.text() + " losses of')");
        }
        // 1a. "Oraz Khan, whose followers numbered about 900": the name the relative "whose" follows
        Reading whose = owners.whoseOwner(p, start, date);
        if (whose != null) {
            return whose;
        }
        // 1a'. "some 1,400 of its men", "400 of his soldiers": the men of the nearest owner before the figure; not "took 7
        // prisoners of their own", whose owner took them (step 3: the other combatant's)
        Reading owner = clauseNames.heldPrisoners(p, start, end, unit) ? null : owners.possessiveOwner(p, start, end, date);
        if (owner != null) {
            return owner;
        }
        return null;
    }

    /**
     * Step 1''' of {@link SideFinder#find}: for losses a verb of dealing them counts without naming whom they were dealt to ("the
     * Japanese said they had inflicted 9,000 casualties"), the infobox's other combatant than the nearest name of a
     * side before the verb in its clause (not after a preposition); or null.
     */
    private Reading inflictedBy(Prose p, int start, int end, LocalDate date) {
        int clauseStart = p.clauseStart(start);
        int verb = lossOwners.inflictedWithoutTarget(p, clauseStart, start, end);
        if (verb < 0) {
            return null;
        }
        List<Prose.Name> before = p.namesIn(clauseStart, verb);
        for (int i = before.size() - 1; i >= 0; i--) {
            Prose.Name n = before.get(i);
            if (n.isGroup() || roles.afterPreposition(p, n)) {
                continue;
            }
            String opponent = p.article.opponent(n.side().at(date));
            return opponent == null ? null : new Reading(opponent, "", "the infobox's other combatant: losses "
                    + n.text() + " inflicted");
        }
        return null;
    }}
