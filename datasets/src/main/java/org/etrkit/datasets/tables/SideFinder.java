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
 * figure of a block is linear in its length. The figure before it is read by {@link FiguresBefore}, the owner of
 * the losses or men it counts by {@link FigureOwners}, the nearest name in its clause by {@link NearestNameInClause};
 * the steps from the force noun on, which read beyond the figure's clause, are {@link SidesBeyondClause}'s.
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
    static final Set<String> RELATIVES = Set.of("which", "who", "whose", "whom", "where");

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

    /** The forces and names around a figure that the gazetteer does not know ({@link UnknownForces}). */
    private final UnknownForces unknownForces;
    /** The words between a figure and a name ({@link JoiningWords}). */
    private final JoiningWords joining;
    /** The people and forces the gazetteer does not know that may own a figure ({@link UnknownActors}). */
    private final UnknownActors actors;
    /** The force a name stands for, and the reading a figure takes from a name ({@link ForceNames}). */
    private final ForceNames forces;
    /** The subject a figure's clause or sentence speaks of ({@link ClauseSubjects}). */
    private final ClauseSubjects subjects;
    /** The noun phrase a figure renames ({@link RenamedPhrases}). */
    private final RenamedPhrases phrases;
    /** A passive attack after a figure ({@link PassiveAttacks}). */
    private final PassiveAttacks passives;
    /** What a name before a figure in its clause is to the figure ({@link ClauseNames}). */
    private final ClauseNames clauseNames;
    /** Steps 0-0c: the figure before it that a figure refers back to or is set against ({@link FiguresBefore}). */
    private final FiguresBefore figuresBefore;
    /** Steps 1'-1a': the owner of the losses or men a figure counts ({@link FigureOwners}). */
    private final FigureOwners figureOwners;
    /** Step 3: the nearest name before a figure in its clause ({@link NearestNameInClause}). */
    private final NearestNameInClause nearest;
    /** Step 2g: the trainees a figure of men trained counts ({@link Trainees}). */
    private final Trainees trainees;
    /** Steps 4-7: the side read beyond the figure's clause ({@link SidesBeyondClause}). */
    private final SidesBeyondClause beyond;

    SideFinder(Lexicon lexicon) {
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
        AttackWords attacks = new AttackWords(opposition, measures);
        this.unknownForces = new UnknownForces(lexicon);
        BackReferences backReferences = new BackReferences(lexicon.set("back_reference_nouns"), measures, attacks);
        LossOwners lossOwners = new LossOwners(lexicon);
        PeopleGroups groups = new PeopleGroups(lexicon);
        this.joining = new JoiningWords(lexicon);
        this.actors = new UnknownActors(forceNouns, personnel, lexicon.set("remnant_nouns"),
                lexicon.set("person_roles"), prepositions,
                union(lexicon.set("sender_verbs"), lexicon.set("loss_verbs")));
        NameRoles roles = new NameRoles(lexicon, attacks);
        this.forces = new ForceNames(forceNouns);
        this.subjects = new ClauseSubjects(lexicon, forceNouns, prepositions, attacks, groups, roles, forces);
        PossessiveOwners owners = new PossessiveOwners(prepositions, attacks, roles, forces, subjects);
        this.phrases = new RenamedPhrases(forceNouns, personnel, irregular, roles, forces, owners,
                lexicon.set("garrison_nouns"));
        OpposingPhrases opposing = new OpposingPhrases(lexicon, attacks, roles);
        this.passives = new PassiveAttacks(opposition, prepositions, attacks, roles, forces);
        this.clauseNames = new ClauseNames(lexicon, roles);
        this.trainees = new Trainees(personnel, prepositions, roles, forces);
        this.figuresBefore = new FiguresBefore(backReferences, opposing);
        this.garrisons = new GarrisonSubjects(lexicon.set("garrison_nouns"));
        this.figureOwners = new FigureOwners(irregular, lossOwners, roles, forces, subjects, owners, clauseNames);
        this.nearest = new NearestNameInClause(lexicon, attacks, unknownForces, groups, actors, roles, forces, owners,
                phrases, clauseNames);
        this.beyond = new SidesBeyondClause(forceNouns, irregular, lexicon.set("pronoun_subjects"), prepositions, roles,
                forces, subjects, phrases, lexicon.set("combat_nouns"), new ArticleParties(lexicon), lexicon.set("raise_verbs"));
    }

    /** Step 1'': the article's garrison as the subject or owner of a figure. */
    private final GarrisonSubjects garrisons;

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
        Reading before = figuresBefore.figureBefore(p, start, end, unit, date, earlier);
        if (before != null) {
            return before;
        }
        // 1. the figure's own noun phrase
        List<Prose.Name> inNoun = p.namesIn(start, end);
        Reading own = ownNounPhrase(p, start, end, unit, date, inNoun);
        if (own != null) {
            return own;
        }
        // 1''. "The defenders had lost about 2,300 men", "its garrison of some 4,600": the article's garrison
        Reading garrison = garrisons.of(p, start);
        if (garrison != null) {
            return garrison;
        }
        // 1'-1a'. the owner of the losses or men the figure counts
        Reading owner = figureOwners.ownerOfFigure(p, start, end, unit, date);
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
        // 2c''. "the second by a scratch company of some 60 men": the men of a counter-attack against the side named before
        Reading counter = CounterAttacks.counterAttackers(p, start, date);
        if (counter != null) {
            return counter;
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
        Reading trained = trainees.of(p, start, end, date, inNoun, earlier);
        if (trained != null) {
            return trained;
        }
        // 3. the nearest name before it in its clause
        Reading inClause = nearest.nearestInClause(p, start, end, unit, date, clauseStart, left, earlier);
        if (inClause != null) {
            return inClause;
        }
        // 4-4b. the force a force noun refers to, the article's side for a noun, the previous sentence's subject
        Reading byNoun = beyond.forceNoun(p, start, unit, date, clauseStart);
        if (byNoun != null) {
            return taken ? takenFrom(p, byNoun) : byNoun;
        }
        // 5-7. the nearest name before the clause in its sentence, then earlier, then the article's side
        Reading far = beyond.beyondClause(p, start, unit, date, clauseStart, earlier);
        return taken ? takenFrom(p, far) : far;
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
        Reading served = unknown != null || !inNoun.isEmpty() ? servedForce(p, end, unit, date, inNoun, unknown) : null;
        if (served != null) {
            return served;
        }
        if (unknown != null) {
            return new Reading("Other", unknown, "the figure's noun phrase names no side");
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
    private Reading servedForce(Prose p, int end, String unit, LocalDate date, List<Prose.Name> inNoun, String unknown) {
        // "some 4,000 Kalmyk men were serving in the Red Army": a people's men, counted by a noun of men, serve in it too
        // (not "400 Afghan volunteers who enlisted in the Red Army": only men serving in it, right after their noun)
        boolean menOfPeople = unit != null && personnel.contains(unit.toLowerCase(Locale.ROOT))
                && (inNoun.isEmpty() ? unknown != null : inNoun.stream().allMatch(Prose.Name::isGroup));
        if (unit == null || unit.isEmpty() || personnel.contains(unit.toLowerCase(Locale.ROOT)) && !menOfPeople) {
            return null;
        }
        int clauseEnd = p.clauseEnd(end);
        for (Prose.Name n : p.namesIn(end, Math.min(clauseEnd, end + 80))) {
            if (n.isGroup()) {
                continue;
            }
            String between = p.text.substring(end, n.start()).toLowerCase(Locale.ROOT);
            if (menOfPeople) {
                return SERVING_IN.matcher(between).matches()
                        ? forces.reading(p, n, date, "the force a people's men counted served in") : null;
            }
            return joining.enlistedInto(between) ? forces.reading(p, n, date, "the force the people counted served in or joined")
                    : null;
        }
        return null;
    }

    /** " were serving in the ", " served with ": men serving in the force named next. */
    private static final java.util.regex.Pattern SERVING_IN = java.util.regex.Pattern.compile(
            "\\s*(?:(?:were|was|had been|then|still)\\s+){0,2}(?:serving|served)\\s+(?:in|with)\\s+(?:the\\s+)?");

    static String lastWord(String phrase) {
        return phrase.substring(phrase.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    /** Words after which a name is a place or an object; with the lexicon's {@code passage_verbs} and {@code seizure_verbs}, {@link #prepositions}. */
    private static final Set<String> PREPOSITION_WORDS = Set.of("in", "at", "from", "to", "of", "near", "into", "over",
            "across", "for", "on", "through", "via", "toward", "towards", "against", "with", "by", "around", "beyond",
            "between", "after", "before", "during", "under", "behind", "within", "since", "until", "and", "the", "an", "a");

    /** "2,000 armed lamas and herders": people under arms who are no army. */
    private static final java.util.regex.Pattern ARMED_CIVILIANS = java.util.regex.Pattern.compile("\\barmed\\b");
}
