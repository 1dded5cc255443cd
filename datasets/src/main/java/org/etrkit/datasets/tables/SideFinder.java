package org.etrkit.datasets.tables;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which side a figure of people belongs to, read from the names around it, nearest first:
 * <ol>
 * <li>"this number was reduced to …": the side of the figure before it in the paragraph; so is
 *     "2,000 of them" of the figure before it in its sentence;</li>
 * <li>a name in the figure's own noun phrase ("one million Kwantung Army troops"); an unknown proper
 *     name there ("7,000 Tashkurgan rebel force") makes it {@code Other};</li>
 * <li>a name joined to the figure after it by "of", "in", "under", "serving", "sent by" ("60,000 soldiers
 *     were in the Ili army"), unless an unknown capitalised name comes first ("men of the First Field
 *     Army"); a passive attack after it ("…, was broken up by PLA units") makes it the attacked side;</li>
 * <li>the nearest name before it in its clause that is not the object of an attack verb or of "with",
 *     "to", "against" …; when an attack verb stands between that name and the figure ("attacked the post,
 *     which had 300 defenders") the figure is the attacked's: the attacked name, or the infobox's other
 *     combatant, or {@code Other}; a passive ("19 soldiers were killed and 3 …") or a noun ("the March
 *     fighting") is no attack; "returned the 8,000 prisoners" are the other combatant's; a name inside an
 *     appositive between commas ("the Ili army, nominally part of the provincial forces, had …") is
 *     skipped; a plural ethnic group there ("The Kazakhs lost 14 killed") makes it {@code Other};</li>
 * <li>the article's side for the force noun a figure renames ("the garrison, some 80,000 men") or for a
 *     generic noun such as "rebels"; unnamed rebels, guerrillas, armed civilians … are {@code Other} (read
 *     before the clause's other names); "the army counted" refers to the force first named with "army";</li>
 * <li>the nearest name before the clause in its sentence, skipping finished brackets, groups and names
 *     without a side, and, when the clause has a pronoun subject ("it was wiped out"), the attacked;</li>
 * <li>the subject of the previous sentence (its first name not after a preposition);</li>
 * <li>the nearest such name earlier in the paragraph (not a place passed: "through China");</li>
 * <li>in an article about a force ({@link ArticleContext#aboutAForce}), that force's side;</li>
 * <li>otherwise {@code Other}.</li>
 * </ol>
 * Every step looks at most {@link Prose#WINDOW} characters (or a small multiple) away, so reading every
 * figure of a block is linear in its length. The steps from the force noun on, which read beyond the figure's
 * clause, are {@link SidesBeyondClause}'s.
 */
final class SideFinder {

    /**
     * A side, the force name it was read from ("" when none), and how it was found; {@code end} is where
     * the figure read ends in its paragraph (-1 when not known).
     */
    record Reading(String side, String force, String basis, int start, int end, String unit) {

        Reading(String side, String force, String basis) {
            this(side, force, basis, -1, -1, "");
        }

        /** The reading a figure that is part of this one takes: its side and force, with {@code why}. */
        Reading asPart(String why) {
            return new Reading(side, force, why);
        }

        /** This reading for the figure at {@code [start, end)} counting {@code unit}. */
        Reading at(int start, int end, String unit) {
            return new Reading(side, force, basis, start, end, unit == null ? "" : unit);
        }
    }

    static final Set<String> CONNECTORS = Set.of("of", "in", "into", "under", "from", "serving",
            "within", "belonging", "among", "with");
    static final Set<String> STOPS = Set.of("to", "toward", "towards", "across", "near", "at", "while",
            "but", "whereas", "although", "and", "or", "by", "against");
    private static final Set<String> RELATIVES = Set.of("which", "who", "whose", "whom", "where");

    private final Set<String> irregular;
    /** The lexicon's {@code force_nouns} ("army", "force"): the last word of an unknown name that makes it a force. */
    private final Set<String> forceNouns;
    private final Set<String> personnel;
    private final Set<String> civilians;
    /** Nouns of people by origin ({@code people_nouns}: "settlers", "nationals"): a name before one is no side. */
    private final Set<String> peopleNouns;
    private final Set<String> aidPersonnel;
    private final Set<String> prepositions;
    /** "Americans", "British": the people of a state outside the list ({@code outside_state_words}), lower case. */
    private final Set<String> outsideStates;

    /** The attack verbs around a figure ({@link AttackWords}). */
    private final AttackWords attacks;
    /** The forces and names around a figure that the gazetteer does not know ({@link UnknownForces}). */
    private final UnknownForces unknownForces;
    /** Figures that refer back to an earlier one ({@link BackReferences}). */
    private final BackReferences backReferences;
    /** Whose losses a figure counts ({@link LossOwners}). */
    private final LossOwners lossOwners;
    /** A people named near a figure ({@link PeopleGroups}). */
    private final PeopleGroups groups;
    /** The words between a figure and a name ({@link JoiningWords}). */
    private final JoiningWords joining;
    /** The people and forces the gazetteer does not know that may own a figure ({@link UnknownActors}). */
    private final UnknownActors actors;
    /** The words around a name that make it no force ({@link NameRoles}). */
    private final NameRoles roles;
    /** The force a name stands for, and the reading a figure takes from a name ({@link ForceNames}). */
    private final ForceNames forces;
    /** The subject a figure's clause or sentence speaks of ({@link ClauseSubjects}). */
    private final ClauseSubjects subjects;
    /** The owner a possessive gives a figure ({@link PossessiveOwners}). */
    private final PossessiveOwners owners;
    /** The noun phrase a figure renames ({@link RenamedPhrases}). */
    private final RenamedPhrases phrases;
    /** The phrases that put a figure on the other side ({@link OpposingPhrases}). */
    private final OpposingPhrases opposing;
    /** A passive attack after a figure ({@link PassiveAttacks}). */
    private final PassiveAttacks passives;
    /** What a name before a figure in its clause is to the figure ({@link ClauseNames}). */
    private final ClauseNames clauseNames;
    /** Step 2g: the trainees a figure of men trained counts ({@link Trainees}). */
    private final Trainees trainees;
    /** Steps 4-7: the side read beyond the figure's clause ({@link SidesBeyondClause}). */
    private final SidesBeyondClause beyond;

    /** The lexicon, for the measure word after a figure ({@link Lexicon#measureOf}). */
    private final Lexicon measureWords;

    SideFinder(Lexicon lexicon) {
        this.measureWords = lexicon;
        Set<String> opposition = lexicon.set("opposition_words");
        Set<String> forceNouns = lexicon.set("force_nouns");
        this.forceNouns = forceNouns;
        this.irregular = lexicon.set("irregular_nouns");
        this.personnel = lexicon.set("personnel");
        this.civilians = lexicon.set("civilians");
        this.peopleNouns = lexicon.set("people_nouns");
        this.aidPersonnel = lexicon.set("aid_personnel");
        this.outsideStates = lexicon.set("outside_state_words").stream().map(w -> w.toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        Set<String> passage = lexicon.set("passage_verbs");
        this.prepositions = union(union(PREPOSITION_WORDS, passage), lexicon.set("seizure_verbs"));
        Set<String> measures = new java.util.HashSet<>(lexicon.list("measure_verbs").stream()
                .map(w -> w.toLowerCase(Locale.ROOT)).toList());
        this.attacks = new AttackWords(opposition, measures);
        this.unknownForces = new UnknownForces(lexicon);
        this.backReferences = new BackReferences(lexicon.set("back_reference_nouns"), measures, attacks);
        this.lossOwners = new LossOwners(lexicon);
        this.groups = new PeopleGroups(lexicon);
        this.joining = new JoiningWords(lexicon);
        this.actors = new UnknownActors(forceNouns, personnel, lexicon.set("remnant_nouns"),
                lexicon.set("person_roles"), prepositions,
                union(lexicon.set("sender_verbs"), lexicon.set("loss_verbs")));
        this.roles = new NameRoles(lexicon, attacks);
        this.forces = new ForceNames(forceNouns);
        this.subjects = new ClauseSubjects(lexicon, forceNouns, prepositions, attacks, groups, roles, forces);
        this.owners = new PossessiveOwners(prepositions, attacks, roles, forces, subjects);
        this.phrases = new RenamedPhrases(forceNouns, personnel, irregular, roles, forces, owners);
        this.opposing = new OpposingPhrases(lexicon, attacks);
        this.passives = new PassiveAttacks(opposition, prepositions, attacks, roles, forces);
        this.clauseNames = new ClauseNames(lexicon, roles);
        this.trainees = new Trainees(personnel, prepositions, roles, forces);
        this.beyond = new SidesBeyondClause(forceNouns, irregular, lexicon.set("pronoun_subjects"), prepositions, roles,
                forces, subjects, phrases);
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }

    /** Whether the word right after {@code end} is one of {@code people_nouns} ("Russian settlers"). */
    private boolean beforePeopleNoun(String text, int end) {
        String w = ArticleContext.nextWord(text, end);
        return w != null && peopleNouns.contains(w);
    }

    /** The side of the figure at {@code [start, end)} of {@code p}; {@code unit} is its counted noun. */
    Reading find(Prose p, int start, int end, String unit, LocalDate date) {
        return find(p, start, end, unit, date, List.of());
    }

    /**
     * As {@link #find(Prose, int, int, String, LocalDate)}; {@code earlier} are the readings of the figures
     * of people before it in its paragraph, nearest last: "this number", "of them", "a further 9", a bare
     * figure listed after one ("40 rebels were killed and 300 surrendered") and "Of the men who …, 500 were
     * killed" refer to them.
     */
    Reading find(Prose p, int start, int end, String unit, LocalDate date, List<Reading> earlier) {
        // 0-0c. the figure before it, which it refers back to, is set against or is a part of; the side men went over from
        Reading before = figureBefore(p, start, end, unit, date, earlier);
        if (before != null) {
            return before;
        }
        // 1. the figure's own noun phrase
        List<Prose.Name> inNoun = p.namesIn(start, end);
        Reading own = ownNounPhrase(p, start, end, unit, date, inNoun);
        if (own != null) {
            return own;
        }
        // 1'-1a'. the owner of the losses or men the figure counts
        Reading owner = ownerOfFigure(p, start, end, unit, date);
        if (owner != null) {
            return owner;
        }
        // 1b-2'. the noun phrase the figure renames, or a name joined to the figure after it
        int clauseEnd = p.clauseEnd(end);
        Reading renamedOrJoined = renamedOrJoined(p, start, end, date, clauseEnd);
        if (renamedOrJoined != null) {
            return renamedOrJoined;
        }
        // 2a-2c'. what its own words tie to no side: a people in its noun phrase, an unknown leader, the attacked of a
        // passive attack after it, irregulars, an unknown owner's force
        int clauseStart = p.clauseStart(start);
        List<Prose.Name> left = p.namesIn(clauseStart, start);
        Reading unsided = tiedToNoName(p, start, end, unit, date, inNoun, left, clauseEnd);
        if (unsided != null) {
            return unsided;
        }
        // 2d-2e. the clause's subject before a loss participle, or the force a pronoun before the figure stands for
        boolean taken = clauseNames.heldPrisoners(p, start, end, unit);
        Reading subject = clauseSubject(p, clauseStart, start, date, earlier);
        if (subject != null) {
            return taken ? takenFrom(p, subject) : subject;
        }
        // 2f. "attached to the Somali National Army, which fielded 35,000 men": the force a relative clause follows
        Reading antecedent = relativeAntecedent(p, start, date);
        if (antecedent != null) {
            return taken ? takenFrom(p, antecedent) : antecedent;
        }
        // 2g. "Afghan officers went to Soviet academies, and by 1973 some 3,700 had been trained there": the trainees
        Reading trained = trainees.of(p, start, end, date, inNoun);
        if (trained != null) {
            return trained;
        }
        // 3. the nearest name before it in its clause
        Reading inClause = nearestInClause(p, start, end, unit, date, clauseStart, left, earlier);
        if (inClause != null) {
            return inClause;
        }
        // 4-4b. the force a force noun refers to, the article's side for a noun, the previous sentence's subject
        Reading byNoun = beyond.forceNoun(p, start, unit, date, clauseStart);
        if (byNoun != null) {
            return taken ? takenFrom(p, byNoun) : byNoun;
        }
        // 5-7. the nearest name before the clause in its sentence, then earlier, then the article's side
        Reading far = beyond.beyondClause(p, start, date, clauseStart);
        return taken ? takenFrom(p, far) : far;
    }

    /**
     * Step 0' of {@link #find}: a figure of two digits or more after "the" ("of the 153 dead") that a figure before it in
     * its paragraph wrote alike ("lost 153 killed") is that figure again: its side; or null.
     */
    private static Reading sameFigureBefore(Prose p, int start, int end, List<Reading> earlier) {
        List<String> before = p.wordsBefore(start, 1);
        if (earlier.isEmpty() || before.isEmpty() || !before.get(0).equals("the")) {
            return null;
        }
        String digits = digitsOf(p.text, start, end);
        if (digits.length() < 2) {
            return null;
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Reading r = earlier.get(i);
            if (r.start() >= 0 && r.end() <= start && digits.equals(digitsOf(p.text, r.start(), r.end()))) {
                return new Reading(r.side(), r.force(), "the same figure given before in its paragraph ('the "
                        + p.text.substring(start, end) + "')");
            }
        }
        return null;
    }

    /** The digits of {@code text[from, to)}, in order ("1,419" is "1419"). */
    private static String digitsOf(String text, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int k = Math.max(0, from); k < Math.min(text.length(), to); k++) {
            if (Character.isDigit(text.charAt(k))) {
                out.append(text.charAt(k));
            }
        }
        return out.toString();
    }

    /**
     * "The Australians, with about 700 men in the line, took six prisoners", "which …, had taken 11 prisoners": prisoners
     * the force a step read took (a named force) are the infobox's other combatant's; {@code holder} itself when it names
     * no force or the infobox gives no other combatant.
     */
    private static Reading takenFrom(Prose p, Reading holder) {
        String opponent = holder.force().isEmpty() ? null : p.article.opponent(holder.side());
        return opponent == null ? holder : new Reading(opponent, "", "the infobox's other combatant: prisoners taken by "
                + holder.force() + " (" + holder.basis() + ")");
    }

    /**
     * Steps 0-0c of {@link #find}: the figure before it ("this number", "2,000 of them", "a further 9"), the other
     * side than a figure it is set against ("while the attackers lost 24,000"), or the side men left who went over to
     * the side named after them; or null.
     */
    private Reading figureBefore(Prose p, int start, int end, String unit, LocalDate date, List<Reading> earlier) {
        Reading previous = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
        // 0. "this number was reduced to 11,000": the figure before it
        if (previous != null && backReferences.refersBack(p, start)) {
            return new Reading(previous.side(), previous.force(), "the figure before it ('this number')");
        }
        // 0'. "lost 153 killed …; of the 153 dead, 61 were British": the same figure after "the" is the one given before
        Reading same = sameFigureBefore(p, start, end, earlier);
        if (same != null) {
            return same;
        }
        // 0a. "while the attackers lost 24,000", "and their own as 69,000", "some 600 wounded of its own": a figure set
        // against a side's figure before it in its sentence is the other side's
        Reading contrasted = opposing.contrasted(p, start, end, date, earlier);
        if (contrasted != null) {
            return contrasted;
        }
        // 0b. "3,665 Soviet servicemen …, more than 2,000 of them pilots", "of whom 17,000 served", "a further 9
        // went missing", "40 rebels were killed and roughly 300 surrendered": a part of the figure before it
        Reading part = backReferences.partOfEarlier(p, start, end, unit, earlier);
        if (part != null) {
            return part;
        }
        // 0c. "led some 23,000 men ... over to the PLA", "brought 5,500 of his men across to the Communist lines": men
        // who went over to a side are the other combatant's, the side they left
        boolean namedInNoun = false; // "1,800 collaborationist soldiers who went over": the noun phrase names their side
        for (Prose.Name n : p.namesIn(start, end)) {
            namedInNoun |= !n.isGroup();
        }
        Reading left0 = namedInNoun ? null : opposing.sideLeft(p, end, date);
        if (left0 != null) {
            return left0;
        }
        return null;
    }

    /**
     * Step 1 of {@link #find}: a name of a side in the figure's own noun phrase ({@code inNoun}), the force a people
     * counted by its name served in, or an unknown name there ({@code Other}); or null.
     */
    private Reading ownNounPhrase(Prose p, int start, int end, String unit, LocalDate date, List<Prose.Name> inNoun) {
        Prose.Name own = null;
        for (int i = inNoun.size() - 1; i >= 0; i--) {
            Prose.Name n = inNoun.get(i);
            if (!n.isGroup() && !beforePeopleNoun(p.text, n.end())
                    && (own == null || own.side().side().equals("Other") && !n.side().side().equals("Other"))) {
                own = n; // the last name, unless an earlier one names a side ("Japanese and Manchukuo soldiers")
            }
        }
        if (own != null) {
            return forces.reading(p, own, date, "the figure's noun phrase");
        }
        if (unit != null && outsideStates.contains(unit.toLowerCase(Locale.ROOT))) {
            // "2,347 Americans serving with Nationalist units": the citizens of a state outside the list are its
            // men, whatever force they serve with
            return new Reading("Other", unit, "the figure counts the people of a state outside the list");
        }
        String unknown = UnknownForces.unknownName(p, start, end, inNoun);
        Reading served = unknown != null || !inNoun.isEmpty() ? servedForce(p, end, unit, date) : null;
        if (served != null) {
            return served;
        }
        if (unknown != null) {
            return new Reading("Other", unknown, "the figure's noun phrase names no side");
        }
        return null;
    }

    /**
     * Steps 1'-1a' of {@link #find}: the owner of the losses the figure counts ("Communist losses of about 3,500"), the
     * name a relative "whose" follows, or the owner of "some 1,400 of its men"; or null.
     */
    private Reading ownerOfFigure(Prose p, int start, int end, String unit, LocalDate date) {
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
     * Step 1''' of {@link #find}: for losses a verb of dealing them counts without naming whom they were dealt to ("the
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
    }

    /**
     * Steps 1b-2' of {@link #find}: the noun phrase the figure renames, unless it is an unknown force and a known name
     * is joined to the figure after it; the name so joined; or a formation joined to it that the gazetteer does not
     * know ({@code Other}); or null.
     */
    private Reading renamedOrJoined(Prose p, int start, int end, LocalDate date, int clauseEnd) {
        // 1b. the noun phrase the figure renames: "Bolshevik partisans, no more than 1,500 strong", "Red Army and
        // OGPU troops, some 8,000 in all", "Monstrov's Peasant Army, about 2,000 settlers", "the army, by then 1,500 strong"
        Reading renames = phrases.renamedPhrase(p, start, date);
        if (renames != null && !renames.basis().equals(RenamedPhrases.UNKNOWN_RENAMED)) {
            return renames;
        }
        // an unknown force the figure renames yields to a known one its men are "of" ("the Eastern Column, 9,400 men
        // of the Second Front Army"): step 2 first, then the unknown force
        // 2. a name joined to the figure after it
        for (Prose.Name n : p.namesIn(end, Math.min(clauseEnd, end + 120))) {
            if (n.isGroup()) {
                continue;
            }
            if (UnknownForces.capitalisedWordIn(p.text, end, n.start())) {
                break; // "90,000 men of the First Field Army … into the province": an unknown force comes first
            }
            String between = p.text.substring(end, n.start()).toLowerCase(Locale.ROOT);
            if (JoiningWords.servesWith(between)) {
                break; // "180 volunteers who enlisted in the Red Army": the force they joined is not their side
            }
            if (joining.joins(between) && (!JoiningWords.locative(between) || forces.isForce(p, n))) {
                return forces.reading(p, n, date, "a name joined to the figure after it");
            }
            break;
        }
        if (renames != null) {
            return renames;
        }
        // 2'. "some 400 men of the 9th Regiment": a formation joined to the figure that the gazetteer does not know
        String formation = unknownForces.unknownFormationAfter(p, end);
        if (formation != null) {
            // "about 300 men of the 1st Battalion, 202nd Regiment": a formation named with its parent formation, which
            // the article ties to a side, is that parent's
            int at = p.text.indexOf(formation, end);
            Prose.Name parent = at < 0 ? null : parentFormation(p, at + formation.length());
            if (parent != null) {
                return forces.reading(p, parent, date, "the parent formation ('" + formation + ", " + parent.text()
                        + "') of a formation joined to the figure after it");
            }
            return new Reading("Other", formation, "a force joined to the figure after it that the gazetteer does not know");
        }
        return null;
    }

    /**
     * The name right after ", " at {@code at} that is no people and that a formation word follows or ends ("…, 202nd
     * Regiment"), the parent of the formation before the comma; or null.
     */
    private Prose.Name parentFormation(Prose p, int at) {
        if (at + 2 > p.text.length() || !p.text.startsWith(", ", at)) {
            return null;
        }
        for (Prose.Name n : p.namesIn(at + 2, Math.min(p.text.length(), at + 60))) {
            String next = ArticleContext.nextWord(p.text, n.end());
            boolean formationWord = forceNouns.contains(lastWord(n.text())) || next != null && forceNouns.contains(next);
            return n.start() == at + 2 && !n.isGroup() && formationWord ? n : null;
        }
        return null;
    }

    /**
     * Steps 2a-2c' of {@link #find}: what the figure's own words tie to no side of the infobox: a people in its noun
     * phrase, an unknown leader after it, the attacked of a passive attack after it, irregulars or armed civilians
     * (the article's side for the noun, else {@code Other}), the force of an unknown owner; or null.
     */
    private Reading tiedToNoName(Prose p, int start, int end, String unit, LocalDate date, List<Prose.Name> inNoun,
            List<Prose.Name> left, int clauseEnd) {
        ArticleContext a = p.article;
        // 2a. a people in the figure's noun phrase, when no force is joined to it ("130 Hui soldiers of the
        // provincial army" is the army's): "400 Afghan volunteers", "4,000 Turkmen horsemen"
        for (Prose.Name n : inNoun) {
            return new Reading("Other", n.text(), "a people without a side in the figure's noun phrase ('"
                    + n.text() + "')");
        }
        // 2a'. "1,000 men under Irgash Bey": an unknown leader, when the clause names no side before the figure
        // ("a Japanese column of 1,600 men under Colonel Yamagata" is Japanese)
        Prose.Actor leader = left.stream().allMatch(Prose.Name::isGroup) ? actors.leaderAfter(p, end, clauseEnd) : null;
        if (leader != null) {
            return new Reading("Other", leader.text(), "a leader the gazetteer does not know ('under " + leader.text() + "')");
        }
        // 2b. the attacked of a passive attack after it ("…, was broken up by PLA units")
        Reading attacked = passives.attackedBy(p, end, clauseEnd, date);
        if (attacked != null) {
            return attacked;
        }
        // 2c. "at least 40 rebels were killed", "2,000 armed herders": irregulars the figure's noun phrase ties to
        // no side are the article's for that noun, else Other, whatever side the clause names besides
        String ownNoun = unit == null ? "" : unit.toLowerCase(Locale.ROOT);
        if (irregular.contains(ownNoun) || civilians.contains(ownNoun) && !aidPersonnel.contains(ownNoun)
                || inNoun.isEmpty() && ARMED_CIVILIANS.matcher(p.text).region(start, end).find()) {
            String byDefault = a.nounDefault(ownNoun);
            return byDefault != null ? new Reading(byDefault, unit, "the article's side for '" + unit + "'")
                    : new Reading("Other", unit, "'" + unit + "' without a name of a side");
        }
        // 2c'. "Zhao's army had broken up, with some 8,000 killed", "Kolchak's remnants, who lost some 1,500 killed": the
        // force of an owner the gazetteer does not know, with no name of a side between it and the figure
        Prose.Actor ownerUnknown = actors.unknownOwnersForce(p, start);
        if (ownerUnknown != null) {
            return new Reading("Other", ownerUnknown.text(), "the force of an owner the gazetteer does not know ('"
                    + ownerUnknown.text() + "'s')");
        }
        return null;
    }

    /**
     * Steps 2d-2e of {@link #find}: a numbered formation right before its loss verb, the subject of the clause a loss
     * participle follows, or the force a pronoun right before the figure stands for; or null.
     */
    private Reading clauseSubject(Prose p, int clauseStart, int start, LocalDate date, List<Reading> earlier) {
        // 2d'. "and the 4th Battalion had lost 27 killed": a numbered formation right before its loss verb
        Reading formation = subjects.formationBeforeLossVerb(p, clauseStart, start, date);
        if (formation != null) {
            return formation;
        }
        // 2d. ", losing 400 killed", ", and lost 400 killed": a loss participle, or a loss verb after ", and", counts the
        // losses of the clause's subject
        Reading subject = subjects.participleSubject(p, clauseStart, start, date, earlier);
        if (subject != null) {
            return subject;
        }
        // 2e. "; it lost 493 men killed", "raised it to more than 700,000": a pronoun right before the figure
        // stands for the force named before it in its paragraph
        Reading pronounForce = subjects.forcePronoun(p, clauseStart, start, date);
        if (pronounForce != null) {
            return pronounForce;
        }
        return null;
    }

    /**
     * Step 3 of {@link #find}: the nearest name before the figure in its clause ({@code left}), skipping the attacked,
     * names after a preposition, in a time phrase or in an appositive; the attacked's side when an attack verb stands
     * between; a people, an unknown name or an unknown force before it ({@code Other}); or null.
     */
    private Reading nearestInClause(Prose p, int start, int end, String unit, LocalDate date, int clauseStart,
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
            if (roles.afterPreposition(p, n) || roles.inTimePhrase(p, n)) {
                continue; // "the peace agreement with Chiang Kai-shek", "sent to China", "after the Japanese surrender"
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
                            ? a.opponent(own.side()) : null;
                    return opponent == null ? own : new Reading(opponent, "", "the infobox's other combatant: the enemy"
                            + " losses '" + n.text() + "' sources claim"); // "Chinese accounts … claim 2,046 enemy casualties"
                }
                if (estimate) {
                    continue; // "British estimates went as high as 2,000 killed": who counted, not whose losses
                }
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
            boolean relative = p.anyWordIn(attack, start, RELATIVES);
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
        return !before.isGroup() && n.start() - before.end() <= 40 && !holdsAny(p.text, before.end(), n.start(), ",;:");
    }

    /** " battalion of about ", " of some ": a figure right after a name, its force noun and "of", which gives its size. */
    private static final java.util.regex.Pattern SIZE_OF = java.util.regex.Pattern.compile(
            "(?:\\s+\\p{Ll}+)?\\s+of\\s+(?:(?:some|about|around|roughly|nearly|over|almost|perhaps|more than|at least)\\s+)?");

    /** ", while its 2nd Battalion, ": a clause opening with a possessive subject that the figure right after it renames. */
    private static final java.util.regex.Pattern POSSESSIVE_CLAUSE_AFTER = java.util.regex.Pattern.compile(
            ",\\s*(?:while|whereas)\\s+(?:its|their)\\s+[^,;:.]{1,40},\\s*$");

    private static final java.util.regex.Pattern RELATIVE_AFTER_COMMA = java.util.regex.Pattern.compile(", (?:which|who) ");

    /**
     * "attached to the Somali National Army, which fielded 35,000 men": the force (a name ending in a force noun or
     * followed by one) right before ", which" or ", who" when the relative clause runs to the figure without a comma
     * and names nothing else; whatever preposition stands before the force; {@code Other} for such a force the gazetteer
     * does not know (an unknown name whose last word is a force noun); or null.
     */
    private Reading relativeAntecedent(Prose p, int start, LocalDate date) {
        int from = Math.max(0, start - 80);
        java.util.regex.Matcher m = RELATIVE_AFTER_COMMA.matcher(p.text).region(from, start);
        int comma = -1;
        int after = -1;
        while (m.find()) {
            comma = m.start();
            after = m.end();
        }
        if (comma < 0 || holdsAny(p.text, after, start, ",;:()") || !p.namesIn(after, start).isEmpty()
                || !p.actorsIn(after, start).isEmpty()) {
            return null;
        }
        for (Prose.Name n : p.namesIn(Math.max(0, comma - 80), comma)) {
            if (n.end() == comma && !n.isGroup() && forces.isForce(p, n)) {
                return forces.reading(p, n, date, "the force the relative clause of the figure follows ('"
                        + n.text() + ", which')");
            }
        }
        // "to build up the Ruritanian Defence Force, which numbered about 7,000 men": a force the gazetteer does not know
        for (Prose.Actor x : p.actorsIn(Math.max(0, comma - 80), comma)) {
            if (x.end() == comma && !x.possessive() && forceNouns.contains(lastWord(x.text()))) {
                return new Reading("Other", x.text(), "a force the gazetteer does not know that the relative clause of"
                        + " the figure follows ('" + x.text() + ", which')");
            }
        }
        return null;
    }


    /** True when the name opens its sentence, after at most "The" or "A". */
    private static boolean opensSentence(Prose p, Prose.Name n) {
        int sentenceStart = p.sentence(p.sentenceIndex(n.start())).start();
        String before = p.text.substring(sentenceStart, n.start()).strip();
        return before.isEmpty() || before.equals("The") || before.equals("A");
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
    private static final java.util.regex.Pattern ENEMY_IN_NOUN = java.util.regex.Pattern.compile("\\b[\\d,.]+\\s+enemy\\b");

    /** "estimates", "intelligence" right after a name: who estimated another's figure ("Official Soviet figures" are its own). */
    private static final java.util.regex.Pattern ESTIMATE_AFTER = java.util.regex.Pattern.compile(
            "\\s+(?:estimates?|intelligence)\\b");

    static final Set<String> HEDGE_WORDS = Set.of("some", "about", "around", "roughly", "nearly", "over",
            "almost", "perhaps");

    private static final java.util.regex.Pattern OF_THEM = java.util.regex.Pattern.compile(
            "^ of (?:them|whom|these|those|this number)\\b");

    /** True when "of them" or "of whom" follows the figure: it counts a part of the figure before it. */
    static boolean partOfBefore(Prose p, int end) {
        return OF_THEM.matcher(p.text.substring(end, Math.min(p.text.length(), end + 20))).find();
    }

    /** True when {@code text[from, to)} holds one of {@code chars}. */
    static boolean holdsAny(String text, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Some 20,000 Varnians served in the Red Army", "about 4,000 Varnians had been called up into the Red Army": a
     * people counted by its name (no personnel noun) whose clause then has it serve in, or be enlisted into, a
     * force the gazetteer knows, is that force's; null otherwise ("400 Afghan volunteers who enlisted in the Red
     * Army" keep their own side).
     */
    private Reading servedForce(Prose p, int end, String unit, LocalDate date) {
        if (unit == null || unit.isEmpty() || personnel.contains(unit.toLowerCase(Locale.ROOT))) {
            return null;
        }
        int clauseEnd = p.clauseEnd(end);
        for (Prose.Name n : p.namesIn(end, Math.min(clauseEnd, end + 80))) {
            if (n.isGroup()) {
                continue;
            }
            String between = p.text.substring(end, n.start()).toLowerCase(Locale.ROOT);
            return joining.enlistedInto(between) ? forces.reading(p, n, date, "the force the people counted served in or joined")
                    : null;
        }
        return null;
    }

    static String lastWord(String phrase) {
        return phrase.substring(phrase.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    /** Words after which a name is a place or an object; with the lexicon's {@code passage_verbs} and {@code seizure_verbs}, {@link #prepositions}. */
    private static final Set<String> PREPOSITION_WORDS = Set.of("in", "at", "from", "to", "of", "near", "into", "over",
            "across", "for", "on", "through", "via", "toward", "towards", "against", "with", "by", "around", "beyond",
            "between", "after", "before", "during", "under", "behind", "within", "since", "until", "and", "the", "an", "a");

    /** " government forces", " government troops", " government army" right after a people's name. */
    /** " army", " armed forces" right after a people's adjective: that people's own army. */
    private static final java.util.regex.Pattern PEOPLES_ARMY = java.util.regex.Pattern.compile(" (?:army|armed forces)\\b");

    private static final java.util.regex.Pattern GOVERNMENT_FORCE = java.util.regex.Pattern.compile(
            " government (?:forces|troops|army|soldiers|units)\\b");

    /** "2,000 armed lamas and herders": people under arms who are no army. */
    private static final java.util.regex.Pattern ARMED_CIVILIANS = java.util.regex.Pattern.compile("\\barmed\\b");
}
