package org.etrkit.datasets.tables;

import java.time.LocalDate;
import java.util.List;

import org.etrkit.datasets.tables.SideFinder.Reading;

/**
 * The phrases that put a figure on the other side, for {@link SideFinder}: men its sentence takes over to a side
 * after it ("led 8,000 men over to the PLA", the lexicon's {@code defection_phrases}, {@link #sideLeft}), and a
 * figure its clause sets against the side of the figure before it ("while the attackers lost 24,000", "some 600
 * wounded of its own", "for the loss of 23 pilots": its {@code contrast_phrases}, {@code own_phrases} and
 * {@code cost_phrases}, {@link #contrasted}).
 */
final class OpposingPhrases {

    /** "over to", "across to", "defected to": a figure's men going over to the side named next. */
    private final java.util.regex.Pattern defection;
    /** "the attackers", "of its own": a figure set against the side before it. */
    private final java.util.regex.Pattern contrast;
    /** "of its own" after a figure: a figure set against the side before it. */
    private final java.util.regex.Pattern ownAfter;
    /** "for the loss of" right before a figure: the losses of whoever attacked the name before it. */
    private final java.util.regex.Pattern costBefore;
    /** The attack verbs around a figure ({@link AttackWords}). */
    private final AttackWords attacks;
    /** The words around a name that make it no force ({@link NameRoles}): a source or the object of a preposition. */
    private final NameRoles roles;
    /** The donor and recipient of an article on aid ({@link ArticleParties#frameOf}). */
    private final ArticleParties parties;
    /** ", while", ", whereas", ", but": a clause of its own between a figure and a phrase after it. */
    private static final java.util.regex.Pattern ANOTHER_CLAUSE = java.util.regex.Pattern.compile(
            ",\\s+(?:while|whereas|but|although)\\b");

    OpposingPhrases(Lexicon lexicon, AttackWords attacks, NameRoles roles) {
        this.roles = roles;
        this.parties = new ArticleParties(lexicon);
        this.contrast = lexicon.compile("\\b(?:{contrast_phrases})\\b");
        this.ownAfter = lexicon.compile("\\b(?:{own_phrases})\\b");
        this.costBefore = lexicon.compile("\\b(?:{cost_phrases})\\s+(?:\\S+\\s+)?$");
        this.defection = lexicon.compile("\\b(?:{defection_phrases})\\s+");
        this.attacks = attacks;
    }

    /**
     * For a figure of men its sentence takes over to a side after it ("led 8,000 men over to the PLA", "went over to
     * the Communists", the lexicon's {@code defection_phrases}): the infobox's other combatant, the side they left;
     * null when no such phrase follows in the sentence (before a clause of its own: ", while …"), when the name after
     * it is no side, or when the infobox does not name two sides.
     */
    Reading sideLeft(Prose p, int end, LocalDate date) {
        int sentenceEnd = p.sentence(p.sentenceIndex(Math.max(0, end - 1))).end();
        java.util.regex.Matcher m = defection.matcher(p.text).region(end, Math.min(sentenceEnd, end + 160));
        if (!m.find() || ANOTHER_CLAUSE.matcher(p.text).region(end, m.start()).find()) {
            return null; // "lost 400 killed, while 700 of its men deserted to …": the going over is the later figure's
        }
        for (Prose.Name n : p.namesIn(m.end(), Math.min(sentenceEnd, m.end() + 40))) {
            if (n.isGroup() || !p.text.substring(m.end(), n.start()).isBlank()
                    && !p.text.substring(m.end(), n.start()).strip().equalsIgnoreCase("the")) {
                return null;
            }
            String to = n.side().at(date);
            String opponent = p.article.opponent(to);
            return opponent == null ? null
                    : new Reading(opponent, "", "the infobox's other combatant, the side left by men who went over to "
                            + n.text());
        }
        // "across to the Communist lines": the adjective of a side's plural name ("Communists")
        int w = m.end();
        if (p.text.startsWith("the ", w)) {
            w += 4;
        }
        int we = Chars.letterRunEnd(p.text, w, sentenceEnd);
        if (we > w && Chars.isUpperCase(p.text.charAt(w))) {
            Gazetteer.Side s = p.article.gazetteer.firstIn(p.text.substring(w, we) + "s");
            String opponent = s == null ? null : p.article.opponent(s.at(date));
            if (opponent != null) {
                return new Reading(opponent, "", "the infobox's other combatant, the side left by men who went over to "
                        + p.text.substring(w, we) + " lines");
            }
        }
        return null;
    }

    /**
     * For a figure whose clause sets it against what its sentence said before (the lexicon's
     * {@code contrast_phrases} before it in its clause: "the attackers", "their own as"; its {@code own_phrases} after it
     * in its sentence: "of its own"): the other side than that of the
     * nearest figure of a side before it in its sentence, or in the sentence before when the phrase opens the sentence
     * ("Their own losses were"; "which had 140,000 men of its own" sets against no figure):
     * the infobox's other combatant, else the article's side when it differs; or null.
     */
    /**
     * "while the 5th Army reported fewer than 1,200 killed and wounded of its own": the nearest name of a side before
     * the figure in its clause, not a people, a source, a name after a preposition or one attacked, nor a name in the
     * noun phrase of a figure before ("1,000 Japanese soldiers"), owns what is "of its own" when no punctuation stands
     * between the figure and the phrase (not "the garrison of 1,086, at a cost of 393 of its own dead"); or null.
     */
    /** "1,000 ", "400 armed ": a figure and at most two words right before a name: the name is in its noun phrase. */
    private static final java.util.regex.Pattern FIGURE_RIGHT_BEFORE = java.util.regex.Pattern.compile(
            "\\d(?:[\\d,.]*\\d)?\\s+(?:[\\p{Ll}-]+\\s+){0,2}$");

    private Reading ownersSubject(Prose p, int clauseStart, int start, LocalDate date, String phrase) {
        Prose.Name subject = null;
        for (Prose.Name n : p.namesIn(clauseStart, start)) {
            subject = n;
        }
        if (subject != null && FIGURE_RIGHT_BEFORE.matcher(p.text).region(clauseStart, subject.start()).find()) {
            return null; // "killed about 1,000 Japanese soldiers …, while losing 340 killed … of its own": no subject
        }
        if (subject == null || subject.isGroup() || subject.side().at(date).equals("Other") || roles.isSource(p, subject)
                || roles.afterPreposition(p, subject) || attacks.isAttacked(p, subject)) {
            return null;
        }
        return new Reading(subject.side().at(date), subject.text(), "the subject of its clause ('" + subject.text()
                + "'), whose own the figure is ('" + phrase.strip() + "')");
    }

    Reading contrasted(Prose p, int start, int end, LocalDate date, List<Reading> earlier) {
        org.etrkit.datasets.extract.Sentence sentence = p.sentence(p.sentenceIndex(start));
        int clauseStart = p.clauseStart(start);
        java.util.regex.Matcher before = contrast.matcher(p.text).region(Math.max(clauseStart, start - 40), start);
        java.util.regex.Matcher after = ownAfter.matcher(p.text).region(end, Math.min(sentence.end(), end + 50));
        java.util.regex.Matcher cost = costBefore.matcher(p.text).region(Math.max(sentence.start(), start - 40), start);
        boolean costs = cost.find();
        boolean contrasts = !costs && before.find();
        if (!costs && !contrasts && !after.find()) {
            return null;
        }
        if (!costs && !contrasts && !p.text.substring(end, after.start()).matches("(?s).*[,;:].*")
                && !p.text.substring(start, after.start()).matches("(?s).*\\b(?:prisoners?|captives?)\\b.*")) {
            // not "took 40 prisoners of their own": prisoners a side took are the other side's men
            Reading subject = ownersSubject(p, clauseStart, start, date, after.group());
            if (subject != null) {
                return subject;
            }
        }
        // "Their own losses were 41 killed": a phrase opening its sentence sets the figure against the sentence before
        boolean opening = contrasts && p.text.substring(sentence.start(), before.start()).isBlank()
                && p.sentenceIndex(start) > 0;
        int from = opening ? p.sentence(p.sentenceIndex(start) - 1).start() : sentence.start();
        int to = opening ? before.start() : start; // "41 killed and 96 wounded": both set against the sentence before
        String against = null;
        String by = null;
        if (costs) { // "credited with destroying 296 Japanese aircraft, for the loss of 23 pilots": the attacked's opponent
            Prose.Name last = null;
            for (Prose.Name n : p.namesIn(sentence.start(), cost.start())) {
                last = n;
            }
            if (last == null || last.isGroup() || last.side().side().equals("Other")) {
                return null;
            }
            if (!attacks.isAttacked(p, last) && !p.wordBefore(last.start()).equals("from")) {
                // "the PLA landed 3,000 men, took both islands …, at a cost of 393 of its own dead": the cost of the
                // side that acted, named before the phrase and attacked by no one; not a source ("by Soviet accounts")
                // or a name after a preposition
                if (roles.isSource(p, last) || roles.afterPreposition(p, last)) {
                    return null;
                }
                return new Reading(last.side().at(date), last.text(), "the side that paid the cost ('" + last.text()
                        + " …, " + cost.group().strip() + "')");
            }
            against = last.side().at(date);
            // "took the ridge from the Kuomintang at a cost of 73 killed": the side something was taken from is the other's
            by = (attacks.isAttacked(p, last) ? "the attacked " : "the side taken from, ") + last.text();
        }
        for (int i = earlier.size() - 1; i >= 0 && against == null; i--) {
            Reading r = earlier.get(i);
            // an Other read from a named force ("Company F lost 30 killed …, while the attackers lost 400") is a side too;
            // an Other no name gave is none
            if (r.start() >= from && r.end() <= to && (!r.side().equals("Other") || !r.force().isEmpty())) {
                against = r.side();
                by = "the figure before it";
            }
        }
        if (against == null) {
            return null;
        }
        String opponent = p.article.opponent(against);
        if (opponent != null) {
            return new Reading(opponent, "", "the infobox's other combatant, set against " + by);
        }
        ArticleContext.SideWithBasis own = p.article.sideOfNoneNamed;
        if (own != null && !own.side().equals(against)) {
            String[] frame = parties.frameOf(p.article);
            if (own.side().equals(frame[0])) {
                // "Guinean losses were put at 300 killed; the attackers lost 20 dead": in an article on the article's
                // side's aid, the donor fought no one: the recipient's, or a third party's when set against the recipient
                String recipient = frame[1] == null ? "Other" : frame[1];
                return new Reading(recipient.equals(against) ? "Other" : recipient, "", "set against " + by
                        + "; in an article on the donor's aid, not the donor's");
            }
            return new Reading(own.side(), "", "the article's side, set against " + by + " (" + own.basis() + ")");
        }
        return null;
    }
}
