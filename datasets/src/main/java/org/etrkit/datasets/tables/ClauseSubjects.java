package org.etrkit.datasets.tables;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.etrkit.datasets.tables.SideFinder.Reading;

/**
 * The subject a figure's clause or sentence speaks of, for {@link SideFinder}: the clause's subject before a loss
 * participle ("…, losing at least 400 killed", {@link #participleSubject}), the force a pronoun before the figure
 * stands for ("; it lost 493 men", {@link #forcePronoun}), the previous sentence's subject for a subject pronoun
 * ("He took Dushanbe …, and claimed to command sixteen thousand men", {@link #pronounAntecedent},
 * {@link #previousSubject}), and an unknown name opening the sentence ({@link #sentenceSubject}).
 */
final class ClauseSubjects {

    private final Set<String> forceNouns;
    /** Words after which a name is a place or an object ({@link SideFinder}'s prepositions). */
    private final Set<String> prepositions;
    /** The lexicon's personnel nouns: a name before one ("Soviet officers") names people, no kind of thing. */
    private final Set<String> personnel;
    /** The lexicon's {@code transfer_verbs}: a name right after one is the object given to, no subject. */
    private final Set<String> transferVerbs;
    /** ", losing", ", having suffered" right before a figure. */
    private final java.util.regex.Pattern lossParticiple;
    /** "the 4th Battalion had lost ", "the 7th and 8th Regiments lost about ": a numbered formation, its loss verb, the figure. */
    private final java.util.regex.Pattern formationLoss;
    /** The attack verbs around a figure ({@link AttackWords}). */
    private final AttackWords attacks;
    /** A people named near a figure ({@link PeopleGroups}). */
    private final PeopleGroups groups;
    /** The words around a name that make it no force ({@link NameRoles}). */
    private final NameRoles roles;
    /** The force a name stands for, and the reading a figure takes from a name ({@link ForceNames}). */
    private final ForceNames forces;

    ClauseSubjects(Lexicon lexicon, Set<String> forceNouns, Set<String> prepositions, AttackWords attacks,
            PeopleGroups groups, NameRoles roles, ForceNames forces) {
        this.forceNouns = forceNouns;
        this.personnel = lexicon.set("personnel");
        this.transferVerbs = lexicon.set("transfer_verbs");
        this.prepositions = prepositions;
        this.lossParticiple = lexicon.compile(",\\s+(?:{loss_participles}|and\\s+(?:{loss_verbs}))\\s+(?:[^,;]{0,40}?\\s+and\\s+)?(?:"
                + org.etrkit.datasets.extract.Lexicon.hedgeBeforeRegex() + "\\s+)?$");
        this.formationLoss = lexicon.compile("\\b[Tt]he (\\d+(?:st|nd|rd|th)(?: and \\d+(?:st|nd|rd|th))?(?: (?-i:\\p{Lu})[\\p{L}-]*)+)"
                + " (?:(?:had|has|have) )?(?:{loss_verbs}) (?:" + org.etrkit.datasets.extract.Lexicon.hedgeBeforeRegex() + " )?$");
        this.attacks = attacks;
        this.groups = groups;
        this.roles = roles;
        this.forces = forces;
    }

    /**
     * For a figure after a loss participle ("…, were crushed by provincial troops, losing at least 400 killed";
     * "The Soviet corps … fought from Chinese airfields, losing 30 aircraft and 120 pilots"): the clause's subject, the reading
     * of a figure that opens the clause ("the rebels, some 3,000 horsemen, …") or its first name not after a
     * preposition, within {@link #SUBJECT_REACH} characters of its start; or null.
     */
    Reading participleSubject(Prose p, int clauseStart, int start, LocalDate date, List<Reading> earlier) {
        if (!lossParticiple.matcher(p.text).region(Math.max(clauseStart, start - 80), start).find()) {
            return null;
        }
        int reach = Math.min(start, clauseStart + SUBJECT_REACH);
        Prose.Name first = null;
        for (Prose.Name n : p.namesIn(clauseStart, reach)) {
            if (roles.afterPreposition(p, n) || prepositions.contains(p.wordBefore(n.start())) && !"the".equals(p.wordBefore(n.start()))) {
                continue;
            }
            if (n.isGroup() && !PeopleGroups.isPlural(n) && !groups.groupAsNoun(p, n)) {
                continue; // "the Hui cavalry": an adjective
            }
            first = n;
            break;
        }
        for (Reading r : earlier) {
            if (r.start() >= clauseStart && r.start() < reach && (first == null || r.start() < first.start())) {
                return r.asPart("the subject of the clause the loss participle follows");
            }
        }
        if (first == null) {
            return null;
        }
        return first.isGroup() ? new Reading("Other", first.text(), "a people, the subject of the clause the loss participle follows")
                : forces.reading(p, first, date, "the subject of the clause the loss participle follows");
    }

    /**
     * For a figure right after a numbered formation and its loss verb ("the 4th Battalion had lost 27 killed", "the 7th
     * and 8th Regiments lost about 600 men"), with only "had", "has" or "have" and a hedge word between: the formation,
     * the verb's subject, whose side is that of the sentence first naming it ({@link #parentOf}), else {@code Other};
     * null when there is no such formation or the gazetteer knows a name in it.
     */
    Reading formationBeforeLossVerb(Prose p, int clauseStart, int start, LocalDate date) {
        java.util.regex.Matcher m = formationLoss.matcher(p.text).region(Math.max(clauseStart, start - 90), start);
        if (!m.find() || !forceNouns.contains(SideFinder.lastWord(m.group(1))) || !p.namesIn(m.start(1), m.end(1)).isEmpty()) {
            return null;
        }
        Reading parent = parentOf(p, m.group(1), m.start(1), date);
        return parent.asPart("the numbered formation before the loss verb ('" + m.group(1) + " lost'): " + parent.basis());
    }

    /**
     * "it", "they" inside a sentence, "of its" ("of its 20,000 men") and "its strength" ("by 1967 its strength had reached
     * some 4,000"): pronouns that can stand for a force (one
     * opening a sentence: {@link #pronounAntecedent}).
     */
    private static final java.util.regex.Pattern FORCE_PRONOUN = java.util.regex.Pattern.compile("\\b(?:it|they|of its|its strength)\\b");
    /** "the 7th Infantry Brigade": a numbered formation, whose last word is looked up in the force nouns. */
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\d])\\d+(?:st|nd|rd|th)(?: \\p{Lu}[\\p{L}-]*)+");

    /**
     * For a figure right after "it", "they" or "them" in its clause, with no name between them ("; it lost 493 men",
     * "raised it to more than 700,000"): the nearest force named before the pronoun in its sentence or the three
     * before it (a known name that is a force, a numbered formation or an unknown name ending in a force noun),
     * not after a preposition ("the threat from the Soviet Union", "formed from 5th Army units"); for a force given to after a verb of giving ("shipped
     * the Mongolian army 40 cars, and … it had sent"), the name before it, the giver; null when there is none, or when
     * "that" comes between the pronoun and the figure ("it was estimated that").
     */
    Reading forcePronoun(Prose p, int clauseStart, int start, LocalDate date) {
        java.util.regex.Matcher m = FORCE_PRONOUN.matcher(p.text).region(Math.max(clauseStart, start - 80), start);
        int at = -1;
        int atEnd = -1;
        while (m.find()) {
            at = m.start();
            atEnd = m.end();
        }
        if (at < 0 || at == p.sentence(p.sentenceIndex(at)).start() || !p.namesIn(at, start).isEmpty() || !p.actorsIn(at, start).isEmpty()
                || p.anyWordIn(atEnd, start, Set.of("that")) || SideFinder.holdsAny(p.text, atEnd, start, ",;:()")) {
            return null;
        }
        int si = p.sentenceIndex(at);
        int from = p.sentence(Math.max(0, si - 3)).start();
        Prose.Name name = null;
        Prose.Name subject = null; // the last name before a verb of giving whose object a later name is
        for (Prose.Name n : p.namesIn(from, at)) {
            if (roles.inSourcePhrase(p, n)) { // "According to a report of the Soviet consulate, it numbered": who counted
                continue;
            }
            if (!n.isGroup() && !roles.afterPreposition(p, n) && transferVerbs.contains(p.wordBefore(n.start()))) {
                name = subject; // "the Soviet Union shipped the Mongolian army 40 armoured cars, and … it had sent": the
                continue;       // giver, not the force given to
            }
            if (!n.isGroup() && !roles.afterPreposition(p, n)) {
                subject = n;
            }
            java.util.regex.Matcher numbered = NUMBERED.matcher(p.text).region(Math.min(n.end() + 1, at), at);
            boolean beforeFormation = n.end() < at && p.text.charAt(n.end()) == ' ' && numbered.lookingAt()
                    && forceNouns.contains(SideFinder.lastWord(numbered.group())); // "the Soviet 57th Special Corps"
            if (!n.isGroup() && (forces.isForce(p, n) || beforeFormation) && !roles.afterPreposition(p, n) && !asPredicate(p, n.start())
                    && !p.wordBefore(n.start()).equals("from") // "formed from 5th Army units": what it was formed of
                    && !modifiesAThing(p, n)) {
                name = n;
            }
        }
        int unknownAt = -1;
        String unknown = null;
        for (Prose.Actor x : p.actorsIn(from, at)) {
            String w = p.wordBefore(x.start());
            String next = x.possessive() ? null : ArticleContext.nextWord(p.text, x.end()); // "the Malian army"
            boolean nounAfter = next != null && forceNouns.contains(next);
            if ((forceNouns.contains(SideFinder.lastWord(x.text())) || nounAfter) && !(prepositions.contains(w) && !w.equals("the"))
                    && !asPredicate(p, x.start())) {
                unknownAt = x.start();
                unknown = nounAfter ? x.text() + " " + next : x.text();
            }
        }
        for (Prose.Name n : p.namesIn(from, at)) { // "The Albanian company relieved the post …; … it lost 12 killed"
            String next = n.isGroup() ? ArticleContext.nextWord(p.text, n.end()) : null;
            String w = p.wordBefore(n.start());
            if (next != null && forceNouns.contains(next) && n.start() > unknownAt
                    && !(prepositions.contains(w) && !w.equals("the")) && !asPredicate(p, n.start())) {
                unknownAt = n.start();
                unknown = n.text() + " " + next;
            }
        }
        java.util.regex.Matcher f = NUMBERED.matcher(p.text).region(from, at);
        while (f.find()) {
            String w = p.wordBefore(f.start());
            boolean named = name != null && name.end() + 1 == f.start(); // "Soviet 57th Special Corps": a known force
            if (forceNouns.contains(SideFinder.lastWord(f.group())) && !(prepositions.contains(w) && !w.equals("the"))
                    && !asPredicate(p, f.start()) && !named && p.namesIn(f.start(), f.end()).isEmpty() && f.start() > unknownAt) {
                unknownAt = f.start();
                unknown = f.group();
            }
        }
        if (unknown != null && (name == null || unknownAt > name.start())) {
            return new Reading("Other", unknown, "the force '" + SideFinder.lastWord(unknown) + "' the pronoun before the figure"
                    + " stands for, which the gazetteer does not know");
        }
        return name == null ? null : forces.reading(p, name, date, "the force the pronoun before the figure stands for");
    }

    /**
     * True when a name right after "the" modifies a lower-case noun that is no force and no people and ends the noun
     * phrase ("on the Red Army pattern;", "the Soviet model of"): a kind of thing, no force a pronoun can stand for.
     */
    private boolean modifiesAThing(Prose p, Prose.Name n) {
        String next = ArticleContext.nextWord(p.text, n.end());
        if (next == null || !Character.isLowerCase(p.text.charAt(n.end() + 1)) || !p.wordsBefore(n.start(), 1).equals(List.of("the"))
                || forceNouns.contains(next) || personnel.contains(next)) {
            return false;
        }
        int after = n.end() + 1 + next.length(); // the noun phrase ends there: not "the Soviet Union raised it"
        return after >= p.text.length() || ",;:.)".indexOf(p.text.charAt(after)) >= 0 || p.text.startsWith(" of ", after);
    }

    /** True when "as" (or "as the") stands right before {@code at}: a predicate ("reorganised as the 17th Army"), no subject. */
    private static boolean asPredicate(Prose p, int at) {
        List<String> b = p.wordsBefore(at, 2);
        int k = b.size() - 1;
        if (k >= 0 && b.get(k).equals("the")) {
            k--;
        }
        return k >= 0 && b.get(k).equals("as");
    }

    /**
     * The side of a numbered formation that opens a sentence ("The 17th Infantry Regiment took over"): that of the first
     * sentence of the article naming it after a known name not after a preposition nor its attacker ("the 340th Regiment
     * attacked the 1st Battalion"), its parent ("The US 7th Infantry Division fielded about 16,000 men, with … the 17th
     * Infantry Regiment in reserve"); else {@code Other}, a force
     * the gazetteer does not know. Read only for such an opening, so the article's prose is searched rarely.
     */
    private Reading parentOf(Prose p, String formation, int openedAt, LocalDate date) {
        for (Prose q : p.article.prose) {
            for (int at = q.text.indexOf(formation); at >= 0 && (q != p || at < openedAt);
                    at = q.text.indexOf(formation, at + 1)) {
                int sentenceStart = q.sentence(q.sentenceIndex(at)).start();
                for (Prose.Name n : q.namesIn(sentenceStart, at)) {
                    if (otherFormationBefore(q, sentenceStart, n.start(), formation)) {
                        break; // "In May the 31st Infantry sent out patrols, and the Chinese raided the 32nd Infantry"
                    }
                    if (!n.isGroup() && !roles.afterPreposition(q, n) && !roles.placePassed(q, n)
                            && attacks.attackBetween(q, n.end(), at) < 0) { // not "the 340th Regiment attacked the 1st Battalion"
                        return forces.reading(q, n, date, "the previous sentence's subject, the " + formation
                                + ", which the sentence first naming it places under " + n.text());
                    }
                }
            }
        }
        return new Reading("Other", formation, "the previous sentence's subject, the " + formation
                + ", a numbered formation the gazetteer does not know");
    }

    /** Whether a numbered formation other than {@code formation} stands in {@code [from, to)}: the sentence's subject. */
    private static boolean otherFormationBefore(Prose q, int from, int to, String formation) {
        java.util.regex.Matcher m = NUMBERED_ANYWHERE.matcher(q.text).region(from, to);
        while (m.find()) {
            if (!m.group().equals(formation)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern NUMBERED_ANYWHERE = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\d])\\d+(?:st|nd|rd|th)(?: \\p{Lu}[\\p{L}-]*)+");

    /**
     * "The 32nd Infantry, which had held the ridge, met them with a force of about 1,900 men": the numbered formation
     * ({@code force_nouns} its last word) opening the figure's sentence before it, with no known name between, read as
     * {@link #parentOf}; or null.
     */
    Reading numberedOpening(Prose p, int sentenceStart, int start, LocalDate date) {
        java.util.regex.Matcher numbered = NUMBERED_OPENING.matcher(p.text).region(sentenceStart, start);
        if (!numbered.lookingAt() || !forceNouns.contains(SideFinder.lastWord(numbered.group(1)))
                || !p.namesIn(numbered.end(), start).isEmpty()) {
            return null;
        }
        Reading parent = parentOf(p, numbered.group(1), sentenceStart, date);
        return new Reading(parent.side(), parent.force(), "the numbered formation opening the sentence: " + parent.basis());
    }

    /**
     * The name the gazetteer does not know that opens the sentence ("The Amur Rifle Legion, which …"), the first
     * word or after "The", when the sentence names nothing else before the figure, the article does not use it as a
     * place and no source noun follows it ("Ninth Corps intelligence"); or null.
     */
    Prose.Actor sentenceSubject(Prose p, int sentenceStart, int start) {
        List<Prose.Actor> xs = p.actorsIn(sentenceStart, start);
        if (xs.isEmpty() || !p.namesIn(sentenceStart, start).isEmpty()) {
            return null;
        }
        Prose.Actor x = xs.get(0);
        String lead = Chars.strippedIfAtMost(p.text, sentenceStart, x.start(), 3);
        if (lead == null || !(lead.isEmpty() || lead.equals("The")) || x.possessive() || p.article.placeUses.usesAsPlace(x.text())) {
            return null;
        }
        // "Ninth Corps intelligence estimated them at 900 killed": who counted, not whose men the figure counts
        return roles.sourceAfter(p, x.end()) ? null : x;
    }

    /** How far after a clause's start its subject is looked for. */
    private static final int SUBJECT_REACH = 80;

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "these", "those");
    /** A sentence opening with a possessive and its noun: "His troops", "Their riders", "Its men". */
    private static final java.util.regex.Pattern POSSESSIVE_OPENING = java.util.regex.Pattern.compile(
            "(?:His|Her|Their|Its) \\p{Ll}+,? |Its \\d+(?:st|nd|rd|th)(?: \\p{Lu}[\\p{L}-]*)+ ");
    /** A numbered formation opening a sentence, after at most "The": "The 17th Infantry Regiment took over". */
    private static final java.util.regex.Pattern NUMBERED_OPENING = java.util.regex.Pattern.compile(
            "(?:The )?(\\d+(?:st|nd|rd|th)(?: \\p{Lu}[\\p{L}-]*)+)");

    /**
     * For a figure whose clause has the subject "he", "she", "they", "these" or "those" ("He took Dushanbe …,
     * and claimed to command sixteen thousand men"; "On paper these counted 10,000 horsemen"), the side of the
     * previous sentence's subject, a known name or an unknown one ({@code Other}); or null.
     */
    Reading pronounAntecedent(Prose p, int clauseStart, int start, LocalDate date) {
        int si = p.sentenceIndex(start);
        int sentenceStart = p.sentence(si).start();
        List<String> words = p.wordsBefore(start, 30);
        boolean pronoun = p.text.startsWith("It ", sentenceStart) // "It counted about 111,000 men": the previous subject
                || POSSESSIVE_OPENING.matcher(p.text).region(sentenceStart, start).lookingAt(); // "His troops, 5,000 strong"
        for (String w : words) {
            pronoun |= SUBJECT_PRONOUNS.contains(w);
        }
        if (!pronoun || si == 0 || !p.namesIn(sentenceStart, start).stream().allMatch(Prose.Name::isGroup)) {
            return null;
        }
        return previousSubject(p, si, date);
    }

    /**
     * The subject of the sentence before sentence {@code si}: its first unknown name ({@code Other}) or known name (not
     * after a preposition, attacked or a place passed), whichever comes first, within its opening clause; or null.
     */
    Reading previousSubject(Prose p, int si, LocalDate date) {
        return subjectOf(p, si - 1, date);
    }

    /**
     * The subject of the main clause of the figure at {@code start} (from its sentence's start or the last ";" before
     * it): its first known name not after a preposition, attacked or a place passed ("…; Chinese sources put their own
     * dead at 1,000"); else the sentence's subject ({@link #subjectOf}); or null.
     */
    Reading mainClauseSubject(Prose p, int start, LocalDate date) {
        int si = p.sentenceIndex(start);
        int sentenceStart = p.sentence(si).start();
        int from = Math.max(sentenceStart, Chars.lastIndexIn(p.text, ";", start, sentenceStart) + 1); // in the sentence
        if (from > sentenceStart) {
            for (Prose.Name n : p.namesIn(from, start)) {
                if (!n.isGroup() && !roles.afterPreposition(p, n) && !roles.placePassed(p, n) && !attacks.isAttacked(p, n)) {
                    return forces.reading(p, n, date, "the subject of its clause, " + n.text());
                }
            }
        }
        return subjectOf(p, si, date);
    }

    /**
     * The subject of sentence {@code si}: its first unknown name ({@code Other}) or known name (not after a preposition,
     * attacked or a place passed), whichever comes first, within its opening clause; or null.
     */
    Reading subjectOf(Prose p, int si, LocalDate date) {
        org.etrkit.datasets.extract.Sentence prev = p.sentence(si);
        int from = prev.start();
        int to = Math.min(prev.end(), from + 120);
        int comma = p.text.indexOf(',', from);
        List<Prose.Name> names = p.namesIn(from, to);
        List<Prose.Actor> xs = p.actorsIn(from, to);
        Prose.Name firstName = names.stream().filter(n -> !n.isGroup() && !roles.afterPreposition(p, n)
                && !roles.inSourcePhrase(p, n)).findFirst().orElse(null); // not "a report of the Soviet consulate"
        Prose.Actor firstActor = null;
        for (Prose.Actor x : xs) {
            List<String> b = p.wordsBefore(x.start(), 1);
            if (b.isEmpty() || !prepositions.contains(b.get(0)) || b.get(0).equals("the")) {
                firstActor = x;
                break;
            }
        }
        java.util.regex.Matcher numbered = NUMBERED_OPENING.matcher(p.text).region(from, to);
        if (numbered.lookingAt() && forceNouns.contains(SideFinder.lastWord(numbered.group(1)))
                && (firstActor == null || firstActor.start() >= numbered.end())
                && (firstName == null || firstName.start() >= numbered.end())) {
            // "The 3rd Battalion was cut off …, when some 300 Chinese infantry entered": the formation opening the sentence
            return parentOf(p, numbered.group(1), from, date);
        }
        if (firstActor != null && (firstName == null || firstActor.start() < firstName.start())
                && (comma < 0 || firstActor.start() < comma || firstActor.start() - from < 40)) {
            return new Reading("Other", firstActor.text(), "the previous sentence's subject, "
                    + firstActor.text() + ", which the gazetteer does not know");
        }
        if (firstName != null && (comma < 0 || firstName.start() < comma || firstName.start() - from < 40)
                && !attacks.isAttacked(p, firstName) && !roles.placePassed(p, firstName)) {
            return forces.reading(p, firstName, date, "the previous sentence's subject, " + firstName.text());
        }
        return null;
    }
}
