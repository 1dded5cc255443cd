package org.etrkit.datasets.extract;

import static org.etrkit.datasets.extract.Lexicon.isDigit;
import static org.etrkit.datasets.extract.Lexicon.isLetter;

import java.util.Locale;

/**
 * The identifiers of a quantity scan: a number in digits that names a thing rather than counts one,
 * after a number mark or a naming noun ("Decree No. 14", "#3", "Resolution 112", "Article 8") or
 * after a capitalised word mid-sentence with no noun after it ("Tu 4"), and the numbers chained to it
 * ("Articles 8 and 9", "Resolutions 1–3"), which are skipped with it. It reads the {@link ScanText}
 * and asks {@link CountedNouns} whether a noun follows the figure; the digits reader asks it of every
 * plain figure without a currency, percent or scale word.
 */
final class Identifiers extends ScanPart {

    private final CountedNouns nouns;

    Identifiers(ScanText x, CountedNouns nouns) {
        super(x);
        this.nouns = nouns;
    }

    /**
     * "Resolution 112", "Article 8 allowed", "Decree No. 14", "#3": a number that names a thing. A
     * capitalised word mid-sentence before a plain integer with no noun after is a name too
     * ("Tu 4"); a grouped count after a name is not ("Kazakhs 326,000"). The digits start at {@code s}
     * and the figure ends at {@code end}.
     */
    boolean isIdentifier(int s, boolean plainInteger, int end) {
        for (String mark : Lexicon.numberMarks()) {
            int at = s - mark.length();
            if (at >= 0 && text.regionMatches(true, at, mark, 0, mark.length())
                    && (at == 0 || !isLetter(t[at - 1]))) {
                return true; // No.14
            }
        }
        int m = s - 1;
        if (m >= 0 && t[m] == ' ') {
            m--;
        }
        if (m >= 0 && (t[m] == '#' || t[m] == '\u2116')) {
            return true;
        }
        int[] w = x.wordBefore(s, true);
        if (w == null) {
            return false;
        }
        String word = text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
        if (Lexicon.numberMarks().contains(word)) {
            return true;
        }
        String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        if (plainInteger && Lexicon.isIdentifierNoun(bare)) {
            return true;
        }
        boolean plural = word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us");
        return plainInteger && !word.endsWith(".") && !plural && Character.isUpperCase(t[w[0]])
                && !x.atSentenceStart(w[0]) && Lexicon.hedgesBefore().get(word) == null && nouns.nounEnd(end)[0] == end
                && !lossAfter(end);
    }

    /** "cost the 12th Lancer Regiment 45 killed": a loss participle right after the figure makes it a count. */
    private boolean lossAfter(int end) {
        if (end >= n || t[end] != ' ') {
            return false;
        }
        int e = end + 1;
        while (e < n && isLetter(t[e])) {
            e++;
        }
        return Lexicon.isLossParticiple(text.substring(end + 1, e).toLowerCase(Locale.ROOT));
    }

    /** "Articles 8 and 9", "Resolutions 1–3": the end of the numbers that follow an identifier. */
    int identifierChainEnd(int end) {
        while (true) {
            int k = end;
            if (text.startsWith(", ", k)) {
                k += 2;
            } else if (text.startsWith(" and ", k)) {
                k += 5;
            } else if (text.startsWith(" or ", k)) {
                k += 4;
            } else if (text.startsWith(" to ", k)) {
                k += 4;
            } else if (k < n && Lexicon.isDash(t[k])) {
                k += 1;
            } else {
                return end;
            }
            if (k >= n || !isDigit(t[k])) {
                return end;
            }
            end = Quantities.numberTokenEnd(t, k);
        }
    }
}
