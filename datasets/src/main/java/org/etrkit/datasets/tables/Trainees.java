package org.etrkit.datasets.tables;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.etrkit.datasets.tables.SideFinder.Reading;

/**
 * The trainees a figure of men trained counts, for {@link SideFinder} (step 2g): men "trained" or schooled ("were at
 * Soviet military academies", "passed through the Soviet-run school") are of the people its sentence names as trainees,
 * not of the state that trains them; men a verb of training counts ("training about 3,000 militiamen") are of the force
 * the trainers served with; men trained whose sentence names no one before them, of the paragraph's figure of men
 * before their sentence.
 */
final class Trainees {

    private final Set<String> personnel;
    /** Words after which a name is a place or an object ({@link SideFinder}'s prepositions). */
    private final Set<String> prepositions;
    /** The words around a name that make it no force ({@link NameRoles}). */
    private final NameRoles roles;
    /** The force a name stands for, and the reading a figure takes from a name ({@link ForceNames}). */
    private final ForceNames forces;

    Trainees(Set<String> personnel, Set<String> prepositions, NameRoles roles, ForceNames forces) {
        this.personnel = personnel;
        this.prepositions = prepositions;
        this.roles = roles;
        this.forces = forces;
    }

    /**
     * "had been trained", "were trained" right after a figure (its noun, if any, before it), or an intransitive "trained
     * at" or "trained in" after its noun phrase ("about 60 pilots and mechanics trained at Kiev").
     */
    private static final java.util.regex.Pattern TRAINED_AFTER = java.util.regex.Pattern.compile(
            "^(?:(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:(?:had|have|has)\\s+been\\s+|(?:were|was)\\s+)trained\\b"
                    + "|(?:\\s+[\\p{L}-]+){0,4}?\\s+trained\\s+(?:at|in)\\s)");

    /**
     * Step 2g of {@link SideFinder#find}: a figure of men trained ("some 3,700 had been trained there") whose noun phrase names no
     * side is of the trainees its sentence names first as people, a name right before a personnel noun that no
     * preposition opens ("Afghan officers went to Soviet academies"): a people's men are {@code Other}; or null.
     */
    Reading of(Prose p, int start, int end, LocalDate date, List<Prose.Name> inNoun, List<Reading> earlier) {
        if (!inNoun.isEmpty()) {
            return null;
        }
        int sentenceStart = p.sentence(p.sentenceIndex(start)).start();
        if (TRAINING_BEFORE.matcher(p.text).region(Math.max(sentenceStart, start - 30), start).find()) {
            return trainedFor(p, sentenceStart, start, date);
        }
        int after = Math.min(p.text.length(), end + 60);
        if (!TRAINED_AFTER.matcher(p.text).region(end, after).lookingAt()
                && !SCHOOLED_AFTER.matcher(p.text).region(end, after).lookingAt()) {
            return null;
        }
        for (Prose.Name n : p.namesIn(Math.max(sentenceStart, start - 2 * Prose.WINDOW), start)) {
            String next = ArticleContext.nextWord(p.text, n.end());
            boolean opened = roles.afterPreposition(p, n) && !Character.isDigit(p.text.charAt(Math.max(0, n.start() - 2)));
            if (next != null && personnel.contains(next) && !opened) {
                return n.isGroup() ? new Reading("Other", n.text() + " " + next, "the trainees its sentence names ('"
                        + n.text() + " " + next + "')")
                        : forces.reading(p, n, date, "the trainees its sentence names ('" + n.text() + " " + next + "')");
            }
        }
        // "Albanian officers were also sent abroad: … some 90 cadets were at Soviet military academies": a
        // people's adjective the gazetteer does not know, before a personnel noun and after no preposition
        java.util.regex.Matcher m = CAPITALISED_NOUN.matcher(p.text).region(Math.max(sentenceStart, start - 2 * Prose.WINDOW), start);
        while (m.find()) {
            if (personnel.contains(m.group(2)) && !prepositions.contains(p.wordBefore(m.start()))
                    && p.namesIn(m.start(), m.end()).isEmpty()) {
                return new Reading("Other", m.group(), "the trainees its sentence names ('" + m.group() + "'), a people"
                        + " the gazetteer does not know");
            }
        }
        // "The army numbered 4,000 men. Foreign officers organised it. Some 200 officers passed through a school": men
        // trained whose sentence names no one before them add to the force of the paragraph's figure of men before
        // the sentence, not to the trainers a sentence between names
        if (!earlier.isEmpty() && p.namesIn(sentenceStart, start).isEmpty()) {
            Reading last = null;
            for (Reading r : earlier) {
                if (r.end() <= sentenceStart) {
                    last = r;
                }
            }
            if (last != null && !last.side().isEmpty()) {
                return new Reading(last.side(), last.force(), "men trained whose sentence names no trainees: the force of"
                        + " the figure of men before it in its paragraph (" + last.basis() + ")");
            }
        }
        return null;
    }

    /**
     * "served with the Ruritanian Home Guard, training about 3,000 militiamen": men a verb of training before
     * the figure counts are of the force the trainers served with or were sent to, the last name after "with" or "to"
     * before the figure in its sentence (an unknown one: {@code Other}); or null.
     */
    private Reading trainedFor(Prose p, int sentenceStart, int start, LocalDate date) {
        int from = Math.max(sentenceStart, start - 2 * Prose.WINDOW);
        Prose.Name name = null;
        for (Prose.Name n : p.namesIn(from, start)) {
            if (TRAINERS_JOINED.contains(p.wordBefore(n.start()))) {
                name = n;
            }
        }
        Prose.Actor actor = null;
        for (Prose.Actor x : p.actorsIn(from, start)) {
            if (TRAINERS_JOINED.contains(p.wordBefore(x.start()))) {
                actor = x;
            }
        }
        if (actor != null && (name == null || actor.start() > name.start())) {
            return new Reading("Other", actor.text(), "the force the trainers served with ('" + actor.text()
                    + "'), which the gazetteer does not know");
        }
        if (name == null) {
            return null;
        }
        return name.isGroup() ? new Reading("Other", name.text(), "the people the trainers served with ('" + name.text() + "')")
                : forces.reading(p, name, date, "the force the trainers served with ('" + name.text() + "')");
    }

    /** "training some", "trained": an active verb of training right before a figure. */
    private static final java.util.regex.Pattern TRAINING_BEFORE = java.util.regex.Pattern.compile(
            "\\b(?:training|trained|to train)\\s+(?:(?:some|about|around|over|more than|nearly|roughly|up to|at least)\\s+)?$");
    /**
     * "were at Soviet military academies", "passed through the Soviet-run school": men schooled, right after a figure
     * and its noun, or a list of nouns ("officers, pilots and technicians passed through Soviet schools").
     */
    private static final java.util.regex.Pattern SCHOOLED_AFTER = java.util.regex.Pattern.compile(
            "^(?:\\s+[\\p{L}-]+|,\\s+[\\p{L}-]+(?=,|\\s+and\\b)|\\s+and\\s+[\\p{L}-]+){0,4}?\\s+(?:(?:were|was|had been)\\s+(?:at|in)|passed\\s+through|went\\s+through)\\s+"
                    + "(?:[\\p{L}-]+\\s+){0,3}?(?:schools?|academ(?:y|ies)|colleges?|courses?)\\b");
    /** A capitalised word and the lower-case word after it ("Albanian officers"). */
    private static final java.util.regex.Pattern CAPITALISED_NOUN = java.util.regex.Pattern.compile(
            "\\b(\\p{Lu}\\p{Ll}+)\\s+(\\p{Ll}+)\\b");
    /** The words before the force trainers serve with or are sent to. */
    private static final Set<String> TRAINERS_JOINED = Set.of("with", "to");
}
