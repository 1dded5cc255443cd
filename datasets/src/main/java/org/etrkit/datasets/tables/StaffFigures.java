package org.etrkit.datasets.tables;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;

/**
 * Counts of people by the work they do ({@code profession_nouns}: doctors, engineers, teachers …) or by their being
 * employed ("6,500 Greeks in Norland were employed, of whom 4,300 worked in agriculture"), which no population
 * statement gives: a clause whose subject is such a noun and whose verb counts the figure ("Visiting nurses working in
 * Ostby and Vesterby numbered 14 and 9 respectively"), and a figure such a noun is said of ("of whom about 110 were
 * doctors and 70 were engineers").
 */
final class StaffFigures {

    /** From the sentence's start to the figure: a noun of work as the subject, then a verb of counting. */
    private final Pattern staffSubject;
    /** Right after the figure: "were" and a noun of work (" were engineers"). */
    private final Pattern staffPredicate;
    /** Right after the figure: a verb of being employed ("6,500 Greeks in Norland were employed", "4,300 worked in"). */
    private static final Pattern EMPLOYED_AFTER = Pattern.compile("^(?:\\s+(?:in|at|on)\\s+[^,;:.]{1,40}?)?\\s+(?:"
            + "(?:were|was)\\s+(?:employed|in work|at work)\\b|worked\\s+(?:in|on|as|at)\\b)");

    /** The nouns of work ({@code profession_nouns}). */
    private final Set<String> professions;

    StaffFigures(Lexicon lex) {
        this.professions = lex.set("profession_nouns");
        this.staffSubject = lex.compile("(?-i:^(?:(?:[Tt]he|[Ss]ome|\\p{Lu}[\\p{L}'’-]*|\\p{Ll}[\\p{L}-]*-\\p{Ll}+) ){0,3})"
                + "(?:{profession_nouns})\\b[^,;:.]{0,60}?\\b(?:numbered|totalled|totaled|stood at)\\s+(?:" + Hedges.WORD
                + "\\s+)?(?:[\\d,.]+(?:,|\\s+and|\\s+or)?\\s+(?:" + Hedges.WORD + "\\s+)?)*$");
        this.staffPredicate = lex.compile("^\\s+(?:were|was)\\s+(?:{profession_nouns})\\b");
    }

    /**
     * Whether {@code q} counts people by their work: its own noun ("some 150 Chinese technicians were in X"), the
     * subject of its clause, or a noun said of it right after.
     */
    boolean counts(Prose p, Quantity q) {
        String noun = q.noun();
        if (professions.contains(noun.substring(noun.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT))) {
            return true; // "some 150 Chinese technicians were in Norland"
        }
        if (staffPredicate.matcher(p.after(q.end(), 30)).find()) {
            return true; // "of whom about 110 were doctors"
        }
        if (EMPLOYED_AFTER.matcher(p.after(q.end(), 60)).find()) {
            return true; // "about 6,500 Greeks in Norland were employed, of whom 4,300 worked in agriculture"
        }
        int start = p.sentence(p.sentenceIndex(q.start())).start();
        return q.start() - start <= 140 && staffSubject.matcher(p.text).region(start, q.start()).matches();
    }
}
