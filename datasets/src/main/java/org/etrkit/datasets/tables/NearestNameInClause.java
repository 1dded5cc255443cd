package org.etrkit.datasets.tables;

import java.time.LocalDate;
import java.util.List;

import org.etrkit.datasets.tables.SideFinder.Reading;

/**
 * Step 3 of {@link SideFinder#find}: the side of the nearest name before a figure in its clause, skipping the attacked,
 * names after a preposition, in a time phrase or in an appositive, and places of the men named before them; the
 * attacked's side when an attack verb stands between; a side's own sources; a people, an unknown name or an unknown
 * force before the figure ({@code Other}).
 */
final class NearestNameInClause {

    /** The attack verbs around a figure ({@link AttackWords}). */
    private final AttackWords attacks;
    /** The forces and names around a figure that the gazetteer does not know ({@link UnknownForces}). */
    private final UnknownForces unknownForces;
    /** A people named near a figure ({@link PeopleGroups}). */
    private final PeopleGroups groups;
    /** The people and forces the gazetteer does not know that may own a figure ({@link UnknownActors}). */
    private final UnknownActors actors;
    /** The words around a name that make it no force ({@link NameRoles}). */
    private final NameRoles roles;
    /** The force a name stands for, and the reading a figure takes from a name ({@link ForceNames}). */
    private final ForceNames forces;
    /** The owner a possessive gives a figure ({@link PossessiveOwners}). */
    private final PossessiveOwners owners;
    /** The noun phrase a figure renames ({@link RenamedPhrases}). */
    private final RenamedPhrases phrases;
    /** What a name before a figure in its clause is to the figure ({@link ClauseNames}). */
    private final ClauseNames clauseNames;
    /** The lexicon, for the measure word after a figure ({@link Lexicon#measureOf}). */
    private final Lexicon measureWords;

    NearestNameInClause(Lexicon measureWords, AttackWords attacks, UnknownForces unknownForces, PeopleGroups groups,
                        UnknownActors actors, NameRoles roles, ForceNames forces, PossessiveOwners owners,
                        RenamedPhrases phrases, ClauseNames clauseNames) {
        this.measureWords = measureWords;
        this.attacks = attacks;
        this.unknownForces = unknownForces;
        this.groups = groups;
        this.actors = actors;
        this.roles = roles;
        this.forces = forces;
        this.owners = owners;
        this.phrases = phrases;
        this.clauseNames = clauseNames;
    }

    /**
     * Step 3 of {@link SideFinder#find}: the nearest name before the figure in its clause ({@code left}), skipping the
     * attacked, names after a preposition, in a time phrase or in an appositive; the attacked's side when an attack verb
     * stands between; a people, an unknown name or an unknown force before it ({@code Other}); or null.
     */
    Reading nearestInClause(Prose p, int start, int end, String unit, LocalDate date, int clauseStart,
            List<Prose.Name> left, List<Reading> earlier) {
        ArticleContext a = p.article;
        // 3. the nearest name before it in its clause; an unknown name nearer than any known one names no side
        // ("…, and Junaid's men lost some 700 killed", "The Whites lost some 120 killed")
        Prose.Actor nearActor = actors.actorBefore(p, clauseStart, start);
        if (nearActor != null && roles.sourceAfter(p, nearActor.end())) {
            nearActor = null; // "; Western estimates range from 2,000 to 2,400 killed": who counted, not whose losses
        }
        Prose.Name object = null;
        for (int i = left.size() - 1; i >= 0; i--) {
            Prose.Name n = left.get(i);
            if (nearActor != null && nearActor.start() > n.end() && (nearActor.possessive() || UnknownActors.atClauseStart(p, nearActor.start()))) {
                return unknownNameBefore(p, start, end, unit, nearActor);
            }
            if (attacks.passiveAgent(p, n)) {
                if (SIZE_OF.matcher(p.text).region(n.end(), start).matches()) {
                    // "against two attacks by a Japanese regiment of about 2,000 men": the attacker's own size
                    return forces.reading(p, n, date, "the attacker whose size the figure gives ('" + n.text() + " … of')");
                }
                continue; // "was attacked by the 63rd Army and lost more than 1,000 men": the attacker lost none
            }
            if (attacks.isAttacked(p, n)) {
                if (object == null) {
                    object = n;
                }
                continue;
            }
            if (NamedForcesAfter.regionWordBefore(p.text, n.start())
                    && NamedForcesAfter.capitalisedPhraseAfter(p.text, n.end(), measureWords.set("force_nouns")) != null) {
                continue; // "Central China Expeditionary Army": a state's name inside the name of a force of another side
            }
            if (roles.afterPreposition(p, n) || roles.inTimePhrase(p, n) || roles.inSourcePhrase(p, n)) {
                continue; // "the peace agreement with Chiang Kai-shek", "sent to China", "after the Japanese surrender",
                          // "According to a report of the Soviet consulate, it numbered": who counted
            }
            if (placeOfNameBefore(p, left, i)) {
                continue; // "the number of Soviet advisers in Ethiopia fell to 600": where the named men are
            }
            if (ClauseNames.inAppositive(p, left, i, start)) {
                continue; // "the Ili National Army, nominally a part of the provincial forces, still had"
            }
            if (n.isGroup()) {
                if (roles.isSource(p, n)) { // "Tibetan sources give some 70 men missing": a people's own count
                    return new Reading("Other", n.text(), "a people's own sources ('" + n.text() + " sources')");
                }
                if (groups.irregularsOf(p, n)) { // "the Uyghur rebels lost at least 1,500 men"
                    return new Reading("Other", n.text(), "a people's irregulars ('" + n.text() + " " + PeopleGroups.wordAfter(p, n.end()) + "')");
                }
                if (groups.groupsForce(p, n, start)) {
                    Prose.Name former = clauseNames.formerOf(p, left, i);
                    if (former != null) { // "the Ili National Army raised a Sibe battalion of some 500 men"
                        return new Reading(former.side().side(), former.text(), "a people's force that '"
                                + former.text() + "' formed");
                    }
                    return new Reading("Other", n.text(), "a people's force the figure counts ('" + n.text() + " ... of')");
                }
                if (GOVERNMENT_FORCE.matcher(p.text).region(n.end(), start).lookingAt()) {
                    // "Afghan government forces lost about 18,000 dead": the forces of a people's own state
                    return new Reading("Other", n.text() + " government forces", "a people's government forces ('"
                            + n.text() + " government')");
                }
                if (PEOPLES_ARMY.matcher(p.text).region(n.end(), start).lookingAt()) {
                    // "the Afghan army numbered about 44,000 men": a people's own army, of no side of the list
                    return new Reading("Other", n.text() + " army", "a people's own army ('" + n.text() + " army')");
                }
                if (!PeopleGroups.isPlural(n) && !groups.groupAsNoun(p, n)) {
                    continue; // "the Hui cavalry regiment": a group as an adjective names no force
                }
                if ("ethnic".equals(p.wordBefore(n.start()))) {
                    continue; // "removed ethnic Koreans from the border": the people, no force of theirs
                }
                return new Reading("Other", n.text(), "an ethnic group before the figure in its clause");
            }
            if (roles.isSource(p, n)) {
                // "…, about 12,000 men; British estimates ranged from 10,000 to 11,000": a bare figure (no noun, no
                // measure word after it) a side's sources give counts again the force the sentence counted first
                boolean bare = (unit == null || unit.isEmpty()) && measureWords.measureOf(PeopleGroups.wordAfter(p, end)) == null;
                // "…, while British estimates went as high as 2,000 killed": an estimate inside the sentence is of
                // the force it counted first, whatever the figure's noun
                boolean estimate = !opensSentence(p, n) && ESTIMATE_AFTER.matcher(p.text).region(n.end(),
                        Math.min(p.text.length(), n.end() + 20)).lookingAt();
                String claimedEnemy = ENEMY_IN_NOUN.matcher(p.text).region(start, Math.min(p.text.length(), end + 10)).find()
                        ? a.opponent(n.side().at(date)) : null;
                if (claimedEnemy != null && !opensSentence(p, n)) {
                    // "…; Nationalist communiqués claimed more than 3,000 attackers killed": the enemy's losses
                    return new Reading(claimedEnemy, "", "the infobox's other combatant: the enemy losses '"
                            + n.text() + "' sources claim");
                }
                Reading counted = bare || estimate ? firstInSentence(p, start, earlier) : null; // not "give 12 killed"
                if (counted != null) {
                    return counted.asPart("the force counted before in its sentence, which '" + n.text()
                            + "' sources count again");
                }
                Reading credited = phrases.creditedForce(p, n.end(), start, date); // "credited the division with"
                if (credited != null) {
                    return credited;
                }
                if (opensSentence(p, n)) { // "Chinese sources later put the force thrown against the hill at …"
                    Reading own = forces.reading(p, n, date, "a side's own sources opening the sentence ('" + n.text() + " sources')");
                    String opponent = ENEMY_IN_NOUN.matcher(p.text).region(start, Math.min(p.text.length(), end + 10)).find()
                            || claimedTaken(p, n.end(), start) || claimedPrisoners(p, n.end(), start, unit)
                            ? a.opponent(own.side()) : null;
                    return opponent == null ? own : new Reading(opponent, "", "the infobox's other combatant: the enemy"
                            + " losses '" + n.text() + "' sources claim"); // "Chinese accounts … claim 2,046 enemy casualties"
                }
                if (estimate) {
                    continue; // "British estimates went as high as 2,000 killed": who counted, not whose losses
                }
            }
            int heldBy = DefendedPlaces.heldByEnd(p, n.end(), start);
            String holders = heldBy < 0 ? null : a.opponent(n.side().at(date));
            if (holders != null) {
                // "the 9th Division moved on Lindau, held by Wen's 4th Army Corps of fewer than 8,000 men": the holders
                return new Reading(holders, "", "the infobox's other combatant: the holders (', held by') of a place "
                        + n.text() + " moved on");
            }
            int attack = attacks.attackBetween(p, n.end(), start);
            if (attack < 0) {
                if (clauseNames.heldPrisoners(p, start, end, unit)) {
                    String opponent = a.opponent(n.side().at(date));
                    if (opponent != null) {
                        return new Reading(opponent, "", "the infobox's other combatant: prisoners held by " + n.text());
                    }
                }
                Prose.Name ownerOfName = owners.knownOwner(p, n);
                return ownerOfName != null
                        ? forces.reading(p, ownerOfName, date, "the owner of the nearest name before the figure in its clause")
                        : forces.reading(p, n, date, "the nearest name before the figure in its clause");
            }
            if (POSSESSIVE_CLAUSE_AFTER.matcher(p.text).region(attack, start).find()) {
                // "the 201st Regiment moved against Alpha, while its 2nd Battalion, about 400 strong, moved against Beta":
                // a new clause whose subject the figure renames, owned by the attacker, not the attacked
                return forces.reading(p, n, date, "the owner ('its') of the force a clause after the attack opens with");
            }
            boolean relative = p.anyWordIn(attack, start, SideFinder.RELATIVES);
            if (!relative && JoiningWords.endsWithWith(p.before(start, 40))) {
                return forces.reading(p, n, date, "the name whose force the figure is ('with')");
            }
            if (object != null && !object.isGroup()) {
                return forces.reading(p, object, date, "the attacked name before the figure");
            }
            String opponent = a.opponent(n.side().at(date));
            if (opponent != null) {
                return new Reading(opponent, "", "the infobox's other combatant, attacked by " + n.text());
            }
            return new Reading("Other", "", "attacked by " + n.text() + "; the text names no side for the attacked");
        }
        if (object != null && !object.isGroup() && left.stream().noneMatch(n -> !attacks.isAttacked(p, n))) {
            return forces.reading(p, object, date, "the attacked name before the figure in its clause");
        }
        if (nearActor != null) {
            return unknownNameBefore(p, start, end, unit, nearActor);
        }
        String unknownForce = unknownForces.unknownForceBefore(p, clauseStart, start);
        int forceAt = unknownForce == null ? -1 : p.text.lastIndexOf(unknownForce, start);
        if (forceAt >= clauseStart && roles.sourceAfter(p, forceAt + unknownForce.length())) {
            unknownForce = null; // "; Eighth Army intelligence estimated them at about 1,100 killed": who counted
        }
        if (unknownForce != null) {
            return new Reading("Other", unknownForce, "a force the gazetteer does not know before the figure");
        }
        String unknownOf = UnknownForces.unknownPhraseOf(p, clauseStart, start);
        if (unknownOf != null) {
            return new Reading("Other", unknownOf, "a noun phrase of a name the gazetteer does not know, which the"
                    + " figure renames ('" + unknownOf + " of')");
        }
        return null;
    }

    /**
     * Step 3 for an unknown name nearest before the figure in its clause: {@code Other}, the side of a name the gazetteer
     * does not know; but prisoners it took or held ("The Rangers took only 22 prisoners") are the infobox's other
     * combatant than {@code Other}, when the infobox names {@code Other} and one side of the list.
     */
    private Reading unknownNameBefore(Prose p, int start, int end, String unit, Prose.Actor nearActor) {
        if (clauseNames.heldPrisoners(p, start, end, unit)) {
            String opponent = p.article.opponent("Other");
            if (opponent != null) {
                return new Reading(opponent, "", "the infobox's other combatant: prisoners taken by " + nearActor.text()
                        + ", a name the gazetteer does not know");
            }
        }
        return new Reading("Other", nearActor.text(), "an unknown name before the figure in its clause");
    }

    /**
     * True when name {@code left[i]} is no force but the place after "in" of the name of a side a few words before
     * it, without a comma between ("Soviet advisers in Ethiopia", "Cuban troops in Angola"): where that side's men are.
     */
    private boolean placeOfNameBefore(Prose p, List<Prose.Name> left, int i) {
        Prose.Name n = left.get(i);
        if (i == 0 || !"in".equals(p.wordBefore(n.start())) || forces.isForce(p, n)) {
            return false;
        }
        Prose.Name before = left.get(i - 1);
        return !before.isGroup() && n.start() - before.end() <= 40 && !SideFinder.holdsAny(p.text, before.end(), n.start(), ",;:");
    }

    /** " battalion of about ", " of some ": a figure right after a name, its force noun and "of", which gives its size. */
    private static final java.util.regex.Pattern SIZE_OF = java.util.regex.Pattern.compile(
            "(?:\\s+\\p{Ll}+)?\\s+of\\s+(?:(?:some|about|around|roughly|nearly|over|almost|perhaps|more than|at least)\\s+)?");

    /** ", while its 2nd Battalion, ": a clause opening with a possessive subject that the figure right after it renames. */
    private static final java.util.regex.Pattern POSSESSIVE_CLAUSE_AFTER = java.util.regex.Pattern.compile(
            ",\\s*(?:while|whereas)\\s+(?:its|their)\\s+[^,;:.]{1,40},\\s*$");

    /** True when the name opens its sentence, after at most "The" or "A". */
    private static boolean opensSentence(Prose p, Prose.Name n) {
        int sentenceStart = p.sentence(p.sentenceIndex(n.start())).start();
        String before = Chars.strippedIfAtMost(p.text, sentenceStart, n.start(), 3);
        return before != null && (before.isEmpty() || before.equals("The") || before.equals("A"));
    }

    /** The reading of the first figure of people before {@code start} in its sentence, or null. */
    private static Reading firstInSentence(Prose p, int start, List<Reading> earlier) {
        int sentenceStart = p.sentence(p.sentenceIndex(start)).start();
        for (Reading r : earlier) {
            if (r.start() >= sentenceStart && r.start() < start) {
                return r;
            }
        }
        return null;
    }

    /** A figure and " enemy" right after it ("2,046 enemy casualties"): losses of the other side than who counts them. */
    /** "2,046 enemy casualties", "3,000 attackers killed": losses a side's sources claim of the other side. */
    /** "claim that", "claimed that": a side's sources claiming what the clause after tells. */
    private static final java.util.regex.Pattern CLAIM_THAT = java.util.regex.Pattern.compile("\\bclaim(?:s|ed)? that\\b");
    /** "took ", "captured ", "killed " right before a figure: men a claimed action took or killed. */
    private static final java.util.regex.Pattern TAKEN_RIGHT_BEFORE = java.util.regex.Pattern.compile(
            "\\b(?:took|captured|killed)\\s+(?:some |about |over |more than |nearly )?$");

    /**
     * Whether the figure at {@code start} is men an action took or killed in what a side's sources claim ("Chinese
     * accounts claim that the counter-attack took 75 prisoners"): the enemy's, not the sources' side's.
     */
    private static boolean claimedTaken(Prose p, int from, int start) {
        java.util.regex.Matcher claim = CLAIM_THAT.matcher(p.text).region(from, start);
        return claim.find() && TAKEN_RIGHT_BEFORE.matcher(p.text).region(claim.end(), start).find();
    }

    /** " claimed ", " reported " right before a figure (its hedge is part of it). */
    private static final java.util.regex.Pattern CLAIMED_RIGHT_BEFORE = java.util.regex.Pattern.compile(
            "\\b(?:claim(?:s|ed)?|report(?:s|ed)?|announc(?:es|ed))\\s+$");

    /**
     * Whether the figure at {@code start} counts prisoners a side's sources claim or report right before it ("Ruritanian
     * communiqués claimed 12,000 prisoners"): the captors' enemy's men, not the sources' side's.
     */
    private static boolean claimedPrisoners(Prose p, int from, int start, String unit) {
        return unit != null && (unit.equalsIgnoreCase("prisoners") || unit.equalsIgnoreCase("captives"))
                && CLAIMED_RIGHT_BEFORE.matcher(p.text).region(from, start).find();
    }

    private static final java.util.regex.Pattern ENEMY_IN_NOUN = java.util.regex.Pattern.compile(
            "\\b[\\d,.]+\\s+(?:enemy|attackers)\\b");

    /** "estimates", "intelligence" right after a name: who estimated another's figure ("Official Soviet figures" are its own). */
    private static final java.util.regex.Pattern ESTIMATE_AFTER = java.util.regex.Pattern.compile(
            "\\s+(?:estimates?|intelligence)\\b");

    /** " government forces", " government troops", " government army" right after a people's name. */
    /** " army", " armed forces" right after a people's adjective: that people's own army. */
    private static final java.util.regex.Pattern PEOPLES_ARMY = java.util.regex.Pattern.compile(" (?:army|armed forces)\\b");

    private static final java.util.regex.Pattern GOVERNMENT_FORCE = java.util.regex.Pattern.compile(
            " government (?:forces|troops|army|soldiers|units)\\b");}
