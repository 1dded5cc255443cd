package org.etrkit.datasets.tables;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.etrkit.datasets.tables.SideFinder.Reading;

/**
 * Steps 4-7 of {@link SideFinder#find}, for a figure of people whose own words and clause name no side: the force a
 * definite force noun refers to ("the army counted"), the article's side for the noun the figure counts or renames,
 * the previous sentence's subject for a pronoun ({@link #forceNoun}); then the nearest name before the clause in its
 * sentence, an unknown name opening the sentence, the previous sentence's subject, the force the article is about,
 * the nearest name in an earlier sentence and the article's side ({@link #beyondClause}).
 */
final class SidesBeyondClause {

    private final Set<String> forceNouns;
    private final Set<String> irregular;
    /** Subject pronouns ("it", "they"), which make the nearest name before the clause the attacked's too. */
    private final Set<String> pronouns;
    /** Words after which a name is a place or an object ({@link SideFinder}'s prepositions). */
    private final Set<String> prepositions;
    private final NameRoles roles;
    private final ForceNames forces;
    private final ClauseSubjects subjects;
    private final RenamedPhrases phrases;
    /** The lexicon's {@code combat_nouns} ("troops", "regulars"): men a donor of aid names when they are its own. */
    private final Set<String> combatNouns;
    /** The donor and recipient of an article on aid ({@link ArticleParties#frameOf}). */
    private final ArticleParties parties;
    /** The lexicon's {@code raise_verbs} ("raised", "reduced"): verbs that take a force from one level to another. */
    private final Set<String> raiseVerbs;

    SidesBeyondClause(Set<String> forceNouns, Set<String> irregular, Set<String> pronouns, Set<String> prepositions,
            NameRoles roles, ForceNames forces, ClauseSubjects subjects, RenamedPhrases phrases, Set<String> combatNouns,
            ArticleParties parties, Set<String> raiseVerbs) {
        this.raiseVerbs = raiseVerbs;
        this.combatNouns = combatNouns;
        this.parties = parties;
        this.forceNouns = forceNouns;
        this.irregular = irregular;
        this.pronouns = pronouns;
        this.prepositions = prepositions;
        this.roles = roles;
        this.forces = forces;
        this.subjects = subjects;
        this.phrases = phrases;
    }

    /**
     * Steps 4-4b of {@link SideFinder#find}: the force a definite force noun refers to ("the army counted"), the article's side
     * for the force noun the figure renames, the previous sentence's subject for a subject pronoun, the article's side
     * for the counted noun; or null.
     */
    Reading forceNoun(Prose p, int start, String unit, LocalDate date, int clauseStart) {
        ArticleContext a = p.article;
        // 4. "the army counted 1,300 men": the force the paragraph first names with that noun
        Reading definite = phrases.definiteForce(p, clauseStart, start, date);
        if (definite == null) {
            definite = phrases.definiteRenamed(p, start, date); // "The company, 160 strong, held …"
        }
        if (definite != null) {
            return definite;
        }
        // 4'. "The Grenadiers … were attacked by 4,000 Chinese. The brigade lost 11 killed": a definite force noun as the
        // subject of a verb of loss, which the paragraph names no force by, is the previous sentence's subject
        if (p.sentenceIndex(start) > 0 && phrases.definiteLoser(p, clauseStart, start)) {
            Reading previous = subjects.previousSubject(p, p.sentenceIndex(start), date);
            if (previous != null) {
                return new Reading(previous.side(), previous.force(), "a definite force noun as the subject of a verb of"
                        + " loss, which the paragraph names no force by: " + previous.basis());
            }
        }
        // 4a. the article's side for the counted noun ("rebels"), or for the force the figure renames
        String renamed = phrases.renamedForce(p, start);
        String irregulars = renamed == null ? null : phrases.irregularsRenamed(p, start);
        if (irregulars != null) { // "irregular bands of local militia and former puppet soldiers, up to 10,000 strong"
            return new Reading("Other", irregulars, "irregulars the figure renames ('" + irregulars + "'), tied to no side");
        }
        if (renamed != null && phrases.possessiveOpening(p, start, renamed) && p.sentenceIndex(start) > 0) {
            // "Ma fell back. His troops, no fewer than 5,000 strong, took Kashgar": the force of the previous subject
            Reading owner = subjects.previousSubject(p, p.sentenceIndex(start), date);
            if (owner != null) {
                return new Reading(owner.side(), owner.force(), "the owner ('His " + renamed + "') of the force the figure"
                        + " renames: " + owner.basis());
            }
        }
        String byRenamed = a.nounDefault(renamed);
        if (byRenamed != null) {
            return new Reading(byRenamed, renamed, "the article's side for '" + renamed + "', which the figure renames");
        }
        // 4a'. "; a village militia counted some 4,000 more": an indefinite militia or irregulars, named by no side, as the
        // subject of a verb of counting right before the figure
        java.util.regex.Matcher m = INDEFINITE_SUBJECT.matcher(p.text).region(clauseStart, start);
        if (m.find() && (m.group(1).startsWith("militia") || irregular.contains(m.group(1).toLowerCase(Locale.ROOT)))
                && p.namesIn(m.start(), start).isEmpty() && p.actorsIn(m.start(), start).isEmpty()) {
            return new Reading("Other", m.group(1), "an indefinite '" + m.group(1) + "' of no named side, the subject that"
                    + " counts the figure");
        }
        // 4a''. ", while the dead among the rebels were put at about 800": losses among irregulars no name marks
        Reading amongIrregulars = LossesAmongIrregulars.reading(p, clauseStart, start, unit, irregular);
        if (amongIrregulars != null) {
            return amongIrregulars;
        }
        // 4b. "He took Dushanbe …, and claimed to command sixteen thousand men", "In March he returned with 1,800 men":
        // the previous sentence's subject, before the article's side for the counted noun
        Reading antecedent = subjects.pronounAntecedent(p, clauseStart, start, date);
        if (antecedent != null) {
            return antecedent;
        }
        String noun = unit == null || unit.isEmpty() ? personnelNounBefore(p, start) : unit;
        String byNoun = a.nounDefault(noun);
        if (byNoun != null) {
            return new Reading(byNoun, noun, "the article's side for '" + noun + "'");
        }
        if (noun != null && irregular.contains(noun.toLowerCase(Locale.ROOT))) {
            return new Reading("Other", noun, "'" + noun + "' without a name of a side");
        }
        return null;
    }

    /** "for an army of some ", "a force of ": an indefinite force noun and "of" right before the figure. */
    private static final java.util.regex.Pattern INDEFINITE_FORCE_OF = java.util.regex.Pattern.compile(
            "\\b(?:a|an)\\s+(?:army|force|militia)\\s+of\\s+(?:about |some |around |roughly |nearly |over |up to )?$");

    /**
     * "a village militia counted ", "an armed band numbered ": "a" or "an", at most two words, the subject's noun (group 1)
     * and a verb of counting, right before the figure, opening its clause or after a joiner.
     */
    private static final java.util.regex.Pattern INDEFINITE_SUBJECT = java.util.regex.Pattern.compile(
            "(?:^\\s*|[;,:]\\s*|\\band\\s+|\\bwhile\\s+)\\b(?:a|an|A|An)\\s+(?:[\\p{Ll}'’-]+\\s+){0,2}?(\\p{Ll}+)\\s+"
                    + "(?:numbered|counted|mustered|totalled|totaled|had)\\s+(?:about |some |around |roughly |nearly |over )?$");

    /**
     * Steps 5-7 of {@link SideFinder#find}: the nearest name before the clause in its sentence, an unknown name opening the
     * sentence, the previous sentence's subject, the side of the force the article is about, the nearest name in an
     * earlier sentence, the article's side; else {@code Other}.
     */
    Reading beyondClause(Prose p, int start, String unit, LocalDate date, int clauseStart, List<Reading> earlier) {
        ArticleContext a = p.article;
        // 5. the nearest name before the clause in its sentence
        int sentenceStart = p.sentence(p.sentenceIndex(start)).start();
        boolean pronoun = p.anyWordIn(Math.max(clauseStart, start - 120), start, pronouns);
        Prose.Name inSentence = roles.nearestBefore(p, Math.max(sentenceStart, clauseStart - 2 * Prose.WINDOW), clauseStart,
                !pronoun);
        if (inSentence != null) {
            return forces.reading(p, inSentence, date, "the nearest name before the figure in its sentence");
        }
        // 5a. "The Trans-Amur district of the Russian Border Guard, which protected the railway, had about 25,000
        // men": a name the gazetteer does not know opening the sentence is its subject, before any earlier name
        Prose.Actor opening = subjects.sentenceSubject(p, sentenceStart, start);
        if (opening != null) {
            return new Reading("Other", opening.text(), "the sentence's subject, which the gazetteer does not know");
        }
        // 5a'. "The 32nd Infantry, which had held the ridge, met them with a force of about 1,900 men": a numbered
        // formation opening the sentence
        Reading numbered = subjects.numberedOpening(p, sentenceStart, start, date);
        if (numbered != null) {
            return numbered;
        }
        // 5a''. "The army itself numbered about 8,700 men": in an article on the donor's aid, a sentence whose subject
        // is a definite force noun no name marks counts the recipient's force, not the previous subject's (the donor's
        // advisers)
        Reading recipientsForce = recipientsForceSubject(p, sentenceStart, start);
        if (recipientsForce != null) {
            return recipientsForce;
        }
        // 5b. the subject of the previous sentence ("The Kwantung Army itself grew with the threat from the Soviet
        // Union. From about 94,000 men in late 1932 it reached …")
        int si = p.sentenceIndex(start);
        if (si > 0 && start - sentenceStart <= 2 * Prose.WINDOW) {
            org.etrkit.datasets.extract.Sentence prev = p.sentence(si - 1);
            for (Prose.Name n : p.namesIn(prev.start(), Math.min(prev.end(), prev.start() + 60))) {
                List<String> b = p.wordsBefore(n.start(), 1);
                String w = b.isEmpty() || n.start() - prev.start() < 2 ? "" : b.get(0);
                if (n.isGroup() || prepositions.contains(w) && !w.equals("the") || n.side().side().equals("Other")
                        || roles.inSourcePhrase(p, n)) { // "According to a report of the Soviet consulate, it …"
                    continue;
                }
                String attacked = DefendedPlaces.countsDefenders(p, start)
                        && DefendedPlaces.attackedPlace(p, n.end(), prev.end()) ? a.opponent(n.side().at(date)) : null;
                if (attacked != null) {
                    // "… attacked the town of Lindau, held by the 40th Division. Some 1,900 of the defenders were killed"
                    return new Reading(attacked, "", "the infobox's other combatant: the defenders of the place the"
                            + " previous sentence's subject (" + n.text() + ") attacked");
                }
                return forces.reading(p, n, date, "the subject of the previous sentence");
            }
        }
        // 5c. "After the Albanian-led raid on the port, in which a force of some 300 men attacked …": a people its
        // sentence says led the action, a side of none of the list
        java.util.regex.Matcher led = LED.matcher(p.text).region(Math.max(sentenceStart, start - 2 * Prose.WINDOW), start);
        if (led.find()) {
            Gazetteer.Side known = a.gazetteer.firstIn(led.group(1));
            return known != null ? new Reading(known.at(date), led.group(), "the side its sentence says led the action ('"
                    + led.group() + "')") : new Reading("Other", led.group(), "a people its sentence says led the action ('"
                    + led.group() + "'), a side of none of the list");
        }
        // 6. in an article about a force, a figure its sentence names no side for is that force's ("In all, 99
        // pilots sailed ..."), before a name of an earlier sentence ("a bonus for every Japanese aircraft")
        if (a.aboutAForce) {
            return new Reading(a.ownSide, "", "the side of the force the article is about (" + a.ownSideBasis + ")");
        }
        // 6a. earlier in the paragraph
        Prose.Name earlierName = start - sentenceStart > 2 * Prose.WINDOW ? null
                : roles.nearestBefore(p, Math.max(0, sentenceStart - 4 * Prose.WINDOW), sentenceStart, false);
        if (earlierName != null) {
            return forces.reading(p, earlierName, date, "the nearest name in an earlier sentence");
        }
        // 7. an article about one side's affairs (its infobox names no combatants, its Country or title a side):
        // a figure no name near it ties to a side is that side's ("Their strength grew to 8,000 cavalry")
        if (a.sideOfNoneNamed != null && INDEFINITE_FORCE_OF.matcher(p.text).region(Math.max(0, start - 40), start).find()) {
            // "light weapons for an army of some 20,000 men": an army the text does not name is none of the article's
            return new Reading("Other", "", "an indefinite force ('an army of') that no name ties to a side");
        }
        // 7a. "equipped an army that grew from about 46,000 troops": in an article on one side's aid, combat troops no name
        // ties to a side are no donor's men (it names its advisers and crews), but the recipient's
        Reading received = a.sideOfNoneNamed == null ? null : recipientsTroops(p, start, unit, earlier);
        if (received != null) {
            return received;
        }
        if (a.sideOfNoneNamed != null) {
            return new Reading(a.sideOfNoneNamed.side(), "", "no name of a side near the figure; the article's side ("
                    + a.sideOfNoneNamed.basis() + ")");
        }
        return new Reading("Other", "", "no name of a side near the figure");
    }

    /**
     * Step 7a: for a figure of combat troops ({@code combat_nouns}, or a bare figure going on counting such a figure of
     * its sentence: "from about 46,000 troops in 1976 to some 55,000") in an article whose frame names a donor that is
     * the article's side, the frame's recipient ({@code Other} when it names none); or null.
     */
    private Reading recipientsTroops(Prose p, int start, String unit, List<Reading> earlier) {
        String noun = unit == null ? "" : unit.toLowerCase(Locale.ROOT);
        if (noun.isEmpty() && !earlier.isEmpty()) {
            Reading last = earlier.get(earlier.size() - 1);
            int sentenceStart = p.sentence(p.sentenceIndex(start)).start();
            noun = last.start() >= sentenceStart && last.end() <= start ? last.unit().toLowerCase(Locale.ROOT) : "";
        }
        if (!combatNouns.contains(noun)) {
            return null;
        }
        String[] frame = parties.frameOf(p.article);
        if (frame[0] == null || !frame[0].equals(p.article.sideOfNoneNamed.side())) {
            return null;
        }
        String recipient = frame[1] == null ? "Other" : frame[1];
        return new Reading(recipient, "", "combat troops no name ties to a side in an article on the donor's aid: the"
                + " recipient's");
    }

    /**
     * "The army itself numbered ", "The regular army had ", "Government forces lost ": a sentence opening with "The", at
     * most one word, a noun, or with "Government" and a noun (a recipient's government's forces).
     */
    private static final java.util.regex.Pattern DEFINITE_SUBJECT = java.util.regex.Pattern.compile(
            "^\\s*(?:The|Government)\\s+([\\p{Ll}-]+)(?:\\s+(\\p{Ll}+))?\\b");

    /** "raised the army from ", "reduced the navy to ": a verb (group 1), "the", a noun (group 2), "from" or "to". */
    private static final java.util.regex.Pattern RAISED_OBJECT = java.util.regex.Pattern.compile(
            "\\b(\\p{Ll}+) the (\\p{Ll}+) (?:from|to)\\b");

    /**
     * Step 5a': in an article whose frame's donor is the article's side, a sentence opening with a definite force noun
     * ({@code force_nouns}: "The army itself numbered about 8,700 men"), or one whose verb of level ({@code raise_verbs})
     * takes a definite force noun from or to the figure ("The build-up raised the army from about 9,000 men"), and no
     * name before the figure counts the frame's recipient's force ({@code Other} when it names none); or null.
     */
    private Reading recipientsForceSubject(Prose p, int sentenceStart, int start) {
        if (p.article.sideOfNoneNamed == null || !p.namesIn(sentenceStart, start).isEmpty()
                || !p.actorsIn(sentenceStart, start).isEmpty()) {
            return null;
        }
        java.util.regex.Matcher m = DEFINITE_SUBJECT.matcher(p.text).region(sentenceStart, start);
        String noun = !m.lookingAt() ? null : forceNouns.contains(m.group(1)) ? m.group(1) : m.group(2);
        String role = "the sentence's subject";
        if (noun == null || !forceNouns.contains(noun)) { // "The build-up raised the army from about 9,000 men": the force raised
            m = RAISED_OBJECT.matcher(p.text).region(sentenceStart, start);
            noun = null;
            while (noun == null && m.find()) {
                noun = raiseVerbs.contains(m.group(1)) ? m.group(2) : null;
            }
            role = "the force a verb of level takes";
        }
        if (noun == null || !forceNouns.contains(noun) || combatNouns.contains(noun)) {
            return null;
        }
        String[] frame = parties.frameOf(p.article);
        if (frame[0] == null || !frame[0].equals(p.article.sideOfNoneNamed.side())) {
            return null;
        }
        return new Reading(frame[1] == null ? "Other" : frame[1], noun, role + " '" + m.group().strip()
                + "', a force no name marks in an article on the donor's aid: the recipient's");
    }

    /** "Albanian-led": a capitalised word and "-led". */
    private static final java.util.regex.Pattern LED = java.util.regex.Pattern.compile("\\b(\\p{Lu}[\\p{L}]+)-led\\b");

    /** "rebels" in "number of rebels is over 1,500": a force noun shortly before a bare figure in its clause. */
    private String personnelNounBefore(Prose p, int start) {
        List<String> words = p.wordsBefore(start, 4);
        for (int i = words.size() - 1; i >= 0; i--) {
            if (forceNouns.contains(words.get(i))) {
                return words.get(i);
            }
        }
        return null;
    }
}
