package org.etrkit.datasets.tables;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;
import org.etrkit.datasets.tables.TransferWords.Kind;
import org.etrkit.datasets.tables.TransferWords.Transfer;

/**
 * The value of goods given in the sentence before, and a new level of a sum given there ("the figure rose to some 3.3
 * billion rubles"): "China shipped consumer goods …. These goods, worth some $200
 * million, …": a sentence opened by "These" or "Those" and a noun, with a figure after "worth", values what the
 * giving verb of the sentence before passed on when that noun follows the verb in its clause; a sum opening a sentence
 * after "Of this," ("… granted $620 million. Of this, $400 million was set aside") is a part of what it gave.
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
        Sentence before = p.sentence(si - 1);
        if (!m.matches()) {
            // "The agreement for 1976–1980 provided credits of 1.5 billion rubles …. For 1981–1985 the figure rose to
            // some 3.3 billion rubles": a new level of the sum the sentence before gave, given by the same verb
            Matcher level = LEVEL.matcher(p.text).region(open, q.start());
            // "… granted $620 million. Of this, $400 million was set aside": a part of the sum the sentence before gave
            return level.matches() || OF_THIS.matcher(p.text).region(open, q.start()).matches()
                    ? firstGiving(before, transfers) : null;
        }
        String noun = m.group(1);
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

    /** The first active giving verb of sentence {@code s}, its main verb ("The agreement provided credits"), or null. */
    private static Transfer firstGiving(Sentence s, List<Transfer> transfers) {
        for (Transfer t : transfers) {
            if (t.start() >= s.start() && t.end() <= s.end() && t.kind() == Kind.GIVE && !t.passive()) {
                return t;
            }
        }
        return null;
    }

    /**
     * "For 1981–1985 the figure rose to some ": an opening without a clause break up to the figure, in which the figure,
     * total or sum rose or fell to it.
     */
    private static final Pattern LEVEL = Pattern.compile(
            "[^;,.]*?\\bthe\\s+(?:figure|total|sum)\\s+(?:rose|grew|increased|fell|dropped|declined)\\s+to\\s+(?:\\p{Ll}+\\s+)?");

    /** "Of this, ", "Of the sum ": an opening that takes a part of what the sentence before names. */
    private static final Pattern OF_THIS = Pattern.compile(
            "Of\\s+(?:this|that|it|the\\s+(?:sum|total|grant|loan|credit))\\s*,?\\s*");

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
