package org.etrkit.datasets.tables;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;
import org.etrkit.datasets.tables.TransferWords.Kind;
import org.etrkit.datasets.tables.TransferWords.Transfer;

/**
 * The value of goods given in the sentence before: "China shipped consumer goods …. These goods, worth some $200
 * million, …": a sentence opened by "These" or "Those" and a noun, with a figure after "worth", values what the
 * giving verb of the sentence before passed on when that noun follows the verb in its clause.
 */
final class GoodsValues {

    private GoodsValues() {
    }

    /** "These goods, worth some ": the opening of the sentence up to the figure; group 1 the noun referred back to. */
    private static final Pattern OPENING = Pattern.compile("(?:These|Those)\\s+(\\p{Ll}+),?\\s+worth\\s+(?:\\p{Ll}+\\s+)?");

    /** How far after the giving verb its object's noun may stand. */
    private static final int OBJECT_SPAN = 40;

    /**
     * The active giving verb of the sentence before {@code q}'s that the opening of {@code q}'s sentence refers back
     * to ("shipped consumer goods" for "These goods, worth …"), or null.
     */
    static Transfer givenBefore(Prose p, Quantity q, List<Transfer> transfers) {
        int si = p.sentenceIndex(q.start());
        if (si == 0) {
            return null;
        }
        Sentence s = p.sentence(si);
        int open = s.start();
        while (open < q.start() && !Chars.isLetter(p.text.charAt(open))) {
            open++;
        }
        Matcher m = OPENING.matcher(p.text).region(open, q.start());
        if (!m.matches()) {
            return null;
        }
        String noun = m.group(1);
        Sentence before = p.sentence(si - 1);
        Transfer out = null;
        for (Transfer t : transfers) {
            if (t.start() < before.start() || t.end() > before.end() || t.kind() != Kind.GIVE || t.passive()) {
                continue;
            }
            int end = Math.min(before.end(), t.end() + OBJECT_SPAN);
            int comma = p.text.indexOf(',', t.end());
            end = comma >= 0 && comma < end ? comma : end;
            if (hasWord(p.text, t.end(), end, noun)) {
                out = t;
            }
        }
        return out;
    }

    /** True when {@code word} stands as a whole word in {@code text[from, to)}, ignoring case. */
    private static boolean hasWord(String text, int from, int to, String word) {
        for (int k = from; k + word.length() <= to; k++) {
            if (text.regionMatches(true, k, word, 0, word.length())
                    && (k == 0 || !Chars.isLetter(text.charAt(k - 1)))
                    && (k + word.length() == text.length() || !Chars.isLetter(text.charAt(k + word.length())))) {
                return true;
            }
        }
        return false;
    }
}
