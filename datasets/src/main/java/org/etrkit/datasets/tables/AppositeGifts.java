package org.etrkit.datasets.tables;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.tables.TransferWords.Transfer;

/**
 * Goods that an apposition after them names as a gift ("a freighter unloaded 5,000 tonnes of rice at Conakry, a
 * donation announced as …"): the transfer noun right after the comma that ends the goods' noun phrase governs them,
 * though the verb of their clause ("unloaded", "landed") gives nothing.
 */
final class AppositeGifts {

    private AppositeGifts() {
    }

    /**
     * The transfer noun of {@code transfers} that opens an apposition after the figure ("…, a donation", "…, the gift of"):
     * after the figure, at most a short phrase without another figure ("at Conakry"), a comma, an article and at most one
     * more word; else null.
     */
    static Transfer after(Prose p, Quantity q, List<Transfer> transfers) {
        int end = Math.min(p.text.length(), q.end() + 48);
        int comma = Chars.indexIn(p.text, ",", q.end(), end);
        if (comma < 0 || !p.quantitiesIn(q.end(), comma).isEmpty()) {
            return null;
        }
        Matcher m = APPOSITION.matcher(p.text).region(comma, Math.min(p.text.length(), comma + 40));
        if (!m.lookingAt()) {
            return null;
        }
        for (Transfer t : transfers) {
            if (t.kind() == TransferWords.Kind.NOUN && t.start() >= m.end()
                    && ONE_WORD.matcher(p.text).region(m.end(), t.start()).matches()) {
                return t;
            }
            if (t.start() > q.end() && t.start() < comma) {
                return null; // a transfer word of the goods' own phrase governs them, not the apposition
            }
        }
        return null;
    }

    /** ", a ", ", an ", ", the ". */
    private static final Pattern APPOSITION = Pattern.compile(",\\s+(?:a|an|the)\\s+");
    /** At most one word between the article and the noun ("a generous donation"). */
    private static final Pattern ONE_WORD = Pattern.compile("(?:\\p{Ll}+\\s+)?");
}
