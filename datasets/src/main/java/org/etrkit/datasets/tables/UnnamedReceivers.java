package org.etrkit.datasets.tables;

import java.util.regex.Pattern;

/**
 * A receiver written as a definite common noun without a name right before its verb ("deliveries grew: the air force
 * received a dozen fighters", "the army got 40 tanks"): a party without a name ({@link AidTable#UNNAMED}), which the
 * paragraph's or the article's receiver resolves, not the last name of the paragraph before it, which stands for a
 * pronoun only ("he obtained").
 */
final class UnnamedReceivers {

    private UnnamedReceivers() {
    }

    /** True when a lower-case definite noun phrase, opening its clause, stands right before the verb at {@code verb}. */
    static boolean definiteSubjectBefore(String text, int clauseStart, int verb) {
        return DEFINITE_SUBJECT.matcher(text).region(Math.max(clauseStart, verb - 60), verb).find();
    }

    /**
     * "the air force ", ": the army ": "the" and up to three lower-case words, after the clause's opening or a mark; no
     * auxiliary ("The landing force was drawn from": a passive, whose subject is what was drawn on, not a receiver).
     */
    private static final Pattern DEFINITE_SUBJECT = Pattern.compile(
            "(?:^\\s*|[:;,]\\s+|\\band\\s+)[Tt]he(?:\\s+(?!(?:was|were|is|are|had|has|have|been|being)\\b)[\\p{Ll}-]+){1,3}\\s+$");
}
