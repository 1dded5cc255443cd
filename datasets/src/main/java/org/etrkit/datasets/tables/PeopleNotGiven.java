package org.etrkit.datasets.tables;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words around a figure of people in a clause of transfer that make them no gift: trainees passing through a
 * side's institutions ("passed through Soviet academies"), men said to have completed courses, and the size a force
 * is brought to ("to a force of 10,000 men"); and the purpose that does make men arriving a gift ("to advise").
 */
final class PeopleNotGiven {

    private PeopleNotGiven() {
    }

    /**
     * True when a name and a plural common noun follow {@code from} ("Soviet academies", "Red Army courses"):
     * the institutions of a side that people pass through to be trained, not a country they serve in.
     */
    static boolean throughInstitutions(Prose p, int from) {
        if (TRAINING_PLACE.matcher(p.text).region(from, p.text.length()).lookingAt()) {
            return true; // "1,500 soldiers passed through the Soviet-run school at Halane": trainees
        }
        List<Prose.Name> names = p.namesIn(from, Math.min(p.text.length(), from + 40));
        if (names.isEmpty() || names.get(0).isGroup() || !p.text.substring(from, names.get(0).start()).isBlank()) {
            return false;
        }
        return INSTITUTIONS.matcher(p.text).region(names.get(0).end(), p.text.length()).lookingAt();
    }

    /** "to advise", "to train": the purpose that makes men arriving advisers or instructors of another side. */
    static final Pattern TO_ADVISE = Pattern.compile("\\bto\\s+(?:advise|train|instruct)\\b");

    /** "the Soviet-run school", "their courses": a place of training, up to two words after "through". */
    static final Pattern TRAINING_PLACE = Pattern.compile("\\s+(?:the\\s+|their\\s+|its\\s+)?(?:[\\p{L}-]+\\s+){0,2}"
            + "(?:schools?|academy|academies|colleges?|courses?|institutes?|universit(?:y|ies))\\b");

    /**
     * "had completed courses", "graduated from military academies": people whose clause says they were trained, not
     * sent to serve.
     */
    static final Pattern TRAINED_AFTER = Pattern.compile("[^,;.]{0,48}?\\b(?:completed|finished|attended|graduated\\s+from)"
            + "\\s+(?:[\\p{L}-]+\\s+){0,2}(?:courses?|training|studies|schools?|academy|academies|colleges?)\\b");

    /** "to a force of some ", "to a strength of ": the size a force is brought to, right before a figure. */
    static final Pattern FORCE_OF_BEFORE = Pattern.compile(
            "\\bto\\s+an?\\s+(?:force|army|strength|establishment)\\s+of\\s+(?:(?:some|about|around|roughly|nearly|over)\\s+)?$");

    /** A plural common noun right after a name ("academies", "plants", "courses"). */
    static final Pattern INSTITUTIONS = Pattern.compile("\\s+\\p{Ll}{3,}s\\b");
}
