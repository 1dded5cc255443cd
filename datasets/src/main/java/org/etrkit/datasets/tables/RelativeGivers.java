package org.etrkit.datasets.tables;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The giver of a transfer noun that is the object of a relative clause after a name ("Nimeiry turned to China, which
 * had promised an interest-free loan of $40 million"): the name right before ", which"; and its receiver, the subject
 * of the clause whose "to" phrase names that giver ({@link TransferSubjects#receiverOfRelative}), before any "to" phrase
 * later in the relative clause ("during his visit to Beijing": where he went).
 */
final class RelativeGivers {

    private RelativeGivers() {
    }

    /**
     * {giver, receiver} of the transfer noun at {@code noun} when a relative clause after a name holds it as the object
     * of its verb; null when it does not; the receiver may be null.
     */
    static String[] ofNoun(Prose p, int noun, TransferSubjects subjects, LocalDate day) {
        int sentence = p.sentence(p.sentenceIndex(noun)).start();
        Matcher m = RELATIVE_OBJECT.matcher(p.text).region(Math.max(sentence, noun - 90), noun);
        if (!m.find()) {
            return null;
        }
        List<Prose.Name> names = p.namesIn(sentence, m.start());
        if (names.isEmpty() || names.get(names.size() - 1).end() != m.start() || names.get(names.size() - 1).isGroup()) {
            return null;
        }
        String giver = subjects.sideOf(names.get(names.size() - 1), day);
        return new String[] {giver, subjects.receiverOfRelative(p, m.end(1), day)};
    }

    /**
     * ", which had promised an interest-free ": ", which", a verb in the past (after an auxiliary or an adverb), and the
     * article and modifiers of its object, right before the noun. Group 1 ends at "which " (for the verb's start).
     */
    private static final Pattern RELATIVE_OBJECT = Pattern.compile(",\\s*(which\\s+)(?:had\\s+|has\\s+|have\\s+)?"
            + "(?:\\p{L}+ly\\s+|also\\s+|already\\s+)?\\p{Ll}+ed\\s+(?:an?\\s+|the\\s+|its\\s+|further\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}$");
}
