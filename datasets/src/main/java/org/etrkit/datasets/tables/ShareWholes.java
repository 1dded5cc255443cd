package org.etrkit.datasets.tables;

import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;

/**
 * Whether a count is the whole a share right before it is of: "or 4.1% of 126,800 inhabitants" (a noun of a whole
 * after the count, {@code share_wholes}), or the count after shares and "in a population of", or a bare figure that ends its clause ("41,250 Greeks, 1.6% of 2,578,000,
 * and …"), or the level a share's whole changed to ("1.7% of a population that had fallen to 2.4 million"). Moved unchanged out of {@link PopulationStatements}.
 */
final class ShareWholes {

    /** A share's "of" right before a count and a noun of a whole right after it: "4.1% of" 126,800 "inhabitants". */
    private static final Pattern SHARE_OF_BEFORE = Pattern.compile("(?:%|\\bper ?cent) of\\s*$");
    private final Pattern wholeNounAfter;
    /** A clause's end right after a bare figure: "3.7% of 14,953,126, a fall …", the whole a share is of. */
    private static final Pattern CLAUSE_END_AFTER = Pattern.compile("\\s*(?:[,;.)]|$)");

    /** A share's whole that changed to the count right after: "% of a population that had fallen to", "per cent of the population, which grew to". */
    private final Pattern changedWholeBefore;

    /** A share, its bracket closed, and "in a population of" right before a count: "(1.0%) in a population of" 2.8 million. */
    private final Pattern inAWholeBefore;

    ShareWholes(Lexicon lex) {
        this.wholeNounAfter = lex.compile("(?-i:\\s+(?:{share_wholes})\\b)");
        this.inAWholeBefore = lex.compile("(?-i:(?:%|\\bper ?cent)\\)?,?\\s+(?:in|out of) (?:a|the) (?:total )?(?:{share_wholes}) of "
                + "(?:" + Hedges.WORD + " )?$)");
        this.changedWholeBefore = lex.compile("(?-i:(?:%|\\bper ?cent) of (?:a|the|its|their) (?:\\p{Ll}+ )?(?:{share_wholes}),? (?:that|which) "
                + "(?:had |has |have )?(?:{level_verbs}) to (?:(?:about|some|around|roughly|nearly|almost|just|over) )?$)");
    }

    /**
     * Whether a count is the whole a share right before it is of: "or 4.1% of 126,800 inhabitants", or a bare figure
     * that ends its clause ("41,250 Greeks, 1.6% of 2,578,000, and …"), or the level a share's whole changed to ("1.7%
     * of a population that had fallen to 2.4 million").
     */
    boolean shareOfWhole(Prose p, Quantity q) {
        if (changedWholeBefore.matcher(p.before(q.start(), 80)).find()) {
            return true; // "0.7 per cent of a population that had fallen to 14.95 million": the whole, at its new level
        }
        if (inAWholeBefore.matcher(p.text).region(Math.max(p.sentence(p.sentenceIndex(q.start())).start(), q.start() - 40),
                q.start()).find()) {
            return true; // "46,829 Greeks (2.4%) and 18,772 Armenians (1.0%) in a population of 2.8 million"
        }
        return SHARE_OF_BEFORE.matcher(p.before(q.start(), 20)).find()
                && (populationWholes(q.unit()) || wholeNounAfter.matcher(p.text).region(q.end(), Math.min(p.text.length(), q.end() + 20)).lookingAt()
                    || q.unit().isEmpty() && CLAUSE_END_AFTER.matcher(p.text).region(q.end(), p.text.length()).lookingAt());
    }

    private boolean populationWholes(String unit) {
        return !unit.isEmpty() && wholeNounAfter.matcher(" " + unit.toLowerCase(java.util.Locale.ROOT)).lookingAt();
    }
}
