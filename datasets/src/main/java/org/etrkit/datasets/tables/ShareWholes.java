package org.etrkit.datasets.tables;

import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;

/**
 * Whether a count is the whole a share right before it is of: "or 4.1% of 126,800 inhabitants" (a noun of a whole
 * after the count, {@code share_wholes}), or a bare figure that ends its clause ("41,250 Greeks, 1.6% of 2,578,000,
 * and …"). Moved unchanged out of {@link PopulationStatements}.
 */
final class ShareWholes {

    /** A share's "of" right before a count and a noun of a whole right after it: "4.1% of" 126,800 "inhabitants". */
    private static final Pattern SHARE_OF_BEFORE = Pattern.compile("(?:%|\\bper ?cent) of\\s*$");
    private final Pattern wholeNounAfter;
    /** A clause's end right after a bare figure: "3.7% of 14,953,126, a fall …", the whole a share is of. */
    private static final Pattern CLAUSE_END_AFTER = Pattern.compile("\\s*(?:[,;.)]|$)");

    ShareWholes(Lexicon lex) {
        this.wholeNounAfter = lex.compile("(?-i:\\s+(?:{share_wholes})\\b)");
    }

    /**
     * Whether a count is the whole a share right before it is of: "or 4.1% of 126,800 inhabitants", or a bare figure
     * that ends its clause ("41,250 Greeks, 1.6% of 2,578,000, and …").
     */
    boolean shareOfWhole(Prose p, Quantity q) {
        return SHARE_OF_BEFORE.matcher(p.before(q.start(), 20)).find()
                && (populationWholes(q.unit()) || wholeNounAfter.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + 20)).lookingAt()
                    || q.unit().isEmpty() && CLAUSE_END_AFTER.matcher(p.text).region(q.end(), p.text.length()).lookingAt());
    }

    private boolean populationWholes(String unit) {
        return !unit.isEmpty() && wholeNounAfter.matcher(" " + unit.toLowerCase(java.util.Locale.ROOT)).lookingAt();
    }
}
