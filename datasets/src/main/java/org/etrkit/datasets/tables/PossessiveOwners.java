package org.etrkit.datasets.tables;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.etrkit.datasets.tables.SideFinder.Reading;

/**
 * The owner a possessive gives a figure, for {@link SideFinder}: the owner of "some 1,400 of its men" or "about
 * 1,500 of Bakich's men" ({@link #possessiveOwner}), the name a relative "whose" follows ("Oraz Khan, whose
 * followers numbered about 900", {@link #whoseOwner}), and the known owner of a name without a side ("the
 * provincial army's White Russian regiment", {@link #knownOwner}).
 */
final class PossessiveOwners {

    /** Words after which a name is a place or an object ({@link SideFinder}'s prepositions). */
    private final Set<String> prepositions;
    /** The attack verbs around a figure ({@link AttackWords}). */
    private final AttackWords attacks;
    /** The words around a name that make it no force ({@link NameRoles}). */
    private final NameRoles roles;
    /** The force a name stands for, and the reading a figure takes from a name ({@link ForceNames}). */
    private final ForceNames forces;
    /** The subject a figure's clause or sentence speaks of ({@link ClauseSubjects}). */
    private final ClauseSubjects subjects;

    PossessiveOwners(Set<String> prepositions, AttackWords attacks, NameRoles roles, ForceNames forces,
            ClauseSubjects subjects) {
        this.prepositions = prepositions;
        this.attacks = attacks;
        this.roles = roles;
        this.forces = forces;
        this.subjects = subjects;
    }

    private static final java.util.regex.Pattern OF_POSSESSIVE = java.util.regex.Pattern.compile(
            "^ of (?:its|his|their|her) ");
    /** " of Bakich's ", " of the Emir's ": a named owner of the figure's men after it. */
    private static final java.util.regex.Pattern OF_NAMED_POSSESSIVE = java.util.regex.Pattern.compile(
            "^ of (?:the )?(\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*){0,3})['’]s (?=\\p{Ll})");

    /**
     * For "some 1,400 of its men" or "400 of his soldiers": the nearest owner before the figure in its sentence,
     * a known name (not attacked, nor after a preposition or a verb of passage, nor a source: "by Soviet
     * accounts"), a people ("the Kazakh bands", {@code Other}) or an unknown name ({@code Other}); or null.
     */
    Reading possessiveOwner(Prose p, int start, int end, LocalDate date) {
        java.util.regex.Matcher named = OF_NAMED_POSSESSIVE.matcher(p.text).region(end, Math.min(p.text.length(), end + 60));
        if (named.lookingAt()) { // "about 1,500 of Bakich's men": the named owner
            for (Prose.Name n : p.namesIn(named.start(1), named.end(1))) {
                return n.isGroup() ? new Reading("Other", n.text(), "a people, the owner named after the figure ('of "
                        + named.group(1) + "'s')") : forces.reading(p, n, date, "the owner named after the figure ('of "
                        + named.group(1) + "'s')");
            }
            return new Reading("Other", named.group(1), "the owner named after the figure ('of " + named.group(1)
                    + "'s'), which the gazetteer does not know");
        }
        if (!OF_POSSESSIVE.matcher(p.text).region(end, Math.min(p.text.length(), end + 12)).lookingAt()) {
            return null;
        }
        int si = p.sentenceIndex(start);
        int sentenceStart = p.sentence(si).start();
        // "It was destroyed by …: about 7,000 of its soldiers", "Some 1,500 of his men were captured": the owner is the
        // antecedent of the pronoun, the previous sentence's subject, when the sentence opens with its subject form or
        // names no owner before the figure
        String owner = p.text.substring(end + 4, Math.min(p.text.length(), end + 12));
        String subjectForm = owner.startsWith("its ") ? "It " : owner.startsWith("his ") ? "He "
                : owner.startsWith("her ") ? "She " : "They ";
        if (si > 0 && (p.text.startsWith(subjectForm, sentenceStart) || p.namesIn(sentenceStart, start).isEmpty()
                && p.actorsIn(sentenceStart, start).isEmpty())) {
            Reading antecedent = subjects.previousSubject(p, si, date);
            if (antecedent != null) {
                return new Reading(antecedent.side(), antecedent.force(), "the owner before the figure ('of its men'): "
                        + antecedent.basis());
            }
        }
        int from = Math.max(sentenceStart, start - Prose.WINDOW);
        Prose.Name name = null;
        for (Prose.Name n : p.namesIn(from, start)) {
            if (!roles.afterPreposition(p, n) && !roles.placePassed(p, n) && !roles.isSource(p, n)
                    && (n.isGroup() || !attacks.isAttacked(p, n) && !attacks.passiveAgent(p, n))) {
                name = n;
            }
        }
        Prose.Actor actor = null;
        for (Prose.Actor x : p.actorsIn(from, start)) {
            String w = p.wordBefore(x.start());
            if (!roles.notSubject.contains(w) && !(prepositions.contains(w) && !w.equals("the") && !w.equals("and"))) {
                actor = x;
            }
        }
        if (actor != null && (name == null || actor.start() > name.end())) {
            return new Reading("Other", actor.text(), "the owner before the figure ('of its men'), which the gazetteer does not know");
        }
        if (name != null && name.isGroup()) {
            return new Reading("Other", name.text(), "a people, the owner before the figure ('of their men')");
        }
        return name == null ? null : forces.reading(p, name, date, "the owner before the figure ('of its men')");
    }

    private static final java.util.regex.Pattern WHOSE = java.util.regex.Pattern.compile(",\\s+whose\\s");

    /**
     * For a figure in a relative clause opened by "whose" ("Oraz Khan, whose followers numbered about 900"): the
     * name right before ", whose", known (its side), a people or unknown ({@code Other}); null when there is no
     * such clause, when the clause names a force of its own, or when no name ends right before it.
     */
    Reading whoseOwner(Prose p, int start, LocalDate date) {
        int from = Math.max(p.sentence(p.sentenceIndex(start)).start(), start - Prose.WINDOW);
        java.util.regex.Matcher m = WHOSE.matcher(p.text).region(from, start);
        int comma = -1;
        while (m.find()) {
            comma = m.start();
        }
        if (comma < 0 || SideFinder.holdsAny(p.text, comma + 1, start, ",;()") || !p.namesIn(comma, start).isEmpty()) {
            return null; // no "whose" clause, the figure is past its end, or the clause names its force ("whose Northeastern Army")
        }
        List<Prose.Name> names = p.namesIn(from, comma);
        Prose.Name last = names.isEmpty() ? null : names.get(names.size() - 1);
        if (last != null && last.end() == comma) {
            return last.isGroup() ? new Reading("Other", last.text(), "a people, the owner the 'whose' clause follows")
                    : forces.reading(p, last, date, "the owner the 'whose' clause follows");
        }
        List<Prose.Actor> actors = p.actorsIn(from, comma);
        Prose.Actor actor = actors.isEmpty() ? null : actors.get(actors.size() - 1);
        if (actor != null && actor.end() == comma) {
            return new Reading("Other", actor.text(), "the owner the 'whose' clause follows, which the gazetteer does not know");
        }
        return null;
    }

    private static final java.util.regex.Pattern POSSESSIVE_AFTER = java.util.regex.Pattern.compile("['’]s\\s+$");

    /**
     * For a name without a side ({@code Other}) right after a possessive known name ("the provincial army's White
     * Russian regiment"), that owner, whose force it is; else null.
     */
    Prose.Name knownOwner(Prose p, Prose.Name n) {
        if (!n.side().side().equals("Other")) {
            return null;
        }
        for (Prose.Name o : p.namesIn(Math.max(0, n.start() - 60), n.start())) {
            if (!o.isGroup() && !o.side().side().equals("Other")
                    && POSSESSIVE_AFTER.matcher(p.text).region(o.end(), n.start()).matches()) {
                return o;
            }
        }
        return null;
    }
}
