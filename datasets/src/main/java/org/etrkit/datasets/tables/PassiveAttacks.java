package org.etrkit.datasets.tables;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.etrkit.datasets.tables.SideFinder.Reading;

/**
 * A passive attack after a figure, for {@link SideFinder}: "…, was broken up by PLA units" (an attack verb of the
 * lexicon's {@code opposition_words} before "by", a passive auxiliary between the figure and the name) makes the
 * figure the attacked side's: the force named before it in its sentence, else the infobox's other combatant, else
 * {@code Other} ({@link #attackedBy}).
 */
final class PassiveAttacks {

    private final Set<String> opposition;
    /** Words after which a name is a place or an object ({@link SideFinder}'s prepositions). */
    private final Set<String> prepositions;
    /** The attack verbs around a figure ({@link AttackWords}). */
    private final AttackWords attacks;
    /** The words around a name that make it no force ({@link NameRoles}). */
    private final NameRoles roles;
    /** The force a name stands for, and the reading a figure takes from a name ({@link ForceNames}). */
    private final ForceNames forces;

    PassiveAttacks(Set<String> opposition, Set<String> prepositions, AttackWords attacks, NameRoles roles,
            ForceNames forces) {
        this.opposition = opposition;
        this.prepositions = prepositions;
        this.attacks = attacks;
        this.roles = roles;
        this.forces = forces;
    }

    /** A passive's auxiliary anywhere in a text: "was", "were", "been", "being". */
    private static final java.util.regex.Pattern PASSIVE_AUXILIARY = java.util.regex.Pattern.compile(
            "\\b(?:was|were|been|being)\\b");

    /** The side of a figure that a passive attack after it names the attacker of, or null. */
    Reading attackedBy(Prose p, int from, int to, LocalDate date) {
        int limit = Math.min(to, from + 160);
        for (Prose.Name n : p.namesIn(from, limit)) {
            if (n.isGroup()) {
                continue;
            }
            List<String> before = p.wordsBefore(n.start(), 4);
            int by = before.lastIndexOf("by");
            if (by < 0 || by < before.size() - 2) {
                return null;
            }
            boolean attack = false;
            for (int i = 0; i < by; i++) {
                attack |= opposition.contains(before.get(i));
            }
            String between = p.text.substring(from, n.start()).toLowerCase(Locale.ROOT);
            if (!attack || !PASSIVE_AUXILIARY.matcher(between).find()) {
                return null;
            }
            // "The Soviet 16th Army, with some 20,000 troops, … was opposed by the Japanese": the force named before the
            // figure in its sentence, not after a preposition, is the one attacked
            int sentenceStart = p.sentence(p.sentenceIndex(from)).start();
            List<Prose.Name> named = p.namesIn(sentenceStart, from);
            for (int i = named.size() - 1; i >= 0; i--) {
                Prose.Name b = named.get(i);
                if (!b.isGroup() && !roles.afterPreposition(p, b) && !prepositions.contains(p.wordBefore(b.start()))
                        && !attacks.isAttacked(p, b) && !SideFinder.holdsAny(p.text, b.end(), from, ";")
                        && !b.side().at(date).equals(n.side().at(date))) {
                    return forces.reading(p, b, date, "the force named before the figure, which a passive attack after it strikes ("
                            + n.text() + ")");
                }
            }
            String opponent = p.article.opponent(n.side().at(date));
            return opponent != null ? new Reading(opponent, "", "the infobox's other combatant, attacked by " + n.text())
                    : new Reading("Other", "", "attacked by " + n.text() + "; the text names no side for the attacked");
        }
        return null;
    }
}
