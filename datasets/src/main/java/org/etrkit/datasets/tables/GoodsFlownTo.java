package org.etrkit.datasets.tables;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;

/**
 * A verb that carries goods ({@code carry_in_verbs}: "flew") with a figure of goods by weight or of materiel right
 * after it and a "to" phrase naming a receiver later in its clause: "flew 1,200 tons of fuel over the mountains to the
 * southern armies" gives what it carries; men flown, or goods flown nowhere named, are no gift.
 */
final class GoodsFlownTo {

    /** " to the Chinese", " to Yan'an": a "to" phrase opening with a capitalised word, after "the" at most. */
    private static final Pattern TO_NAMED = Pattern.compile("\\bto\\s+(?:the\\s+)?\\p{Lu}");

    private final Set<String> carry;
    private final Set<String> weights;
    private final Set<String> materiel;

    GoodsFlownTo(Lexicon lex) {
        this.carry = lex.set("carry_in_verbs");
        this.weights = lex.set("weight_units");
        this.materiel = lex.set("materiel");
    }

    /** True when the carrying verb {@code w} ending at {@code end} flies a figure of goods to a named receiver. */
    boolean flownTo(Prose p, String w, int end) {
        if (!carry.contains(w)) {
            return false;
        }
        int clauseEnd = p.clauseEnd(end);
        List<Quantity> after = p.quantitiesIn(end, Math.min(clauseEnd, end + 40));
        if (after.isEmpty() || !p.text.substring(end, after.get(0).start()).isBlank()) {
            return false;
        }
        String unit = after.get(0).unit().toLowerCase(Locale.ROOT);
        if (!weights.contains(unit) && !materiel.contains(unit)) {
            return false;
        }
        return TO_NAMED.matcher(p.text).region(after.get(0).end(), clauseEnd).find();
    }
}
