package org.etrkit.datasets.tables;

import java.util.Locale;
import java.util.Set;

import org.etrkit.datasets.tables.TransferWords.Kind;
import org.etrkit.datasets.tables.TransferWords.Transfer;

/**
 * A state's own outlay: a giving verb whose subject is a budget or a plan ({@code budget_nouns}: "Ceylon's 1963 budget
 * allotted 900 million rupees to irrigation works", "the plan for 1964 allocated"), which spends the state's own money,
 * no gift from one side to another. A budget or plan before a name ("Under the plan the Soviet Union sent") is no
 * subject.
 */
final class OwnOutlays {

    /** "budget", "plan" ({@code budget_nouns}). */
    private final Set<String> budgetNouns;

    OwnOutlays(Lexicon lex) {
        this.budgetNouns = lex.set("budget_nouns");
    }

    /**
     * True when {@code t} is an active giving verb whose subject right before it is headed by a budget or plan: going back
     * from the verb over at most six words, a budget noun comes before a comma, a joining word or a capitalised name
     * ("Ceylon's 1963 budget allotted", "the plan for 1964 allocated"; not "For the plan of 1966 Moscow committed", nor
     * "The Third Plan drew on …, and in 1974 the Soviet government pledged").
     */
    boolean budgetGives(Prose p, Transfer t) {
        if (t.kind() != Kind.GIVE || t.passive()) {
            return false;
        }
        int from = p.clauseStart(t.start());
        int k = t.start();
        for (int words = 0; words < 6; words++) {
            while (k > from && !Chars.isLetter(p.text.charAt(k - 1))) {
                char c = p.text.charAt(k - 1);
                if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')') {
                    return false;
                }
                k--;
            }
            if (k <= from) {
                return false;
            }
            int b = Chars.letterRunStart(p.text, k);
            String w = p.text.substring(b, k);
            if (budgetNouns.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (Character.isUpperCase(w.charAt(0)) || STOPS.contains(w)) {
                return false; // "the Soviet government pledged": a name is the subject
            }
            k = b;
        }
        return false;
    }

    /** Words that end the subject going back from its verb. */
    private static final Set<String> STOPS = Set.of("and", "or", "but", "which", "that", "who", "while", "when");
}
