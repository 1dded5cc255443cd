package org.etrkit.datasets.extract;

import static org.etrkit.datasets.extract.Lexicon.isDigit;
import static org.etrkit.datasets.extract.Lexicon.isLetter;

import java.util.Locale;

/**
 * The counted-noun reading of a quantity scan: the noun phrase after a figure ("3,000 cavalry",
 * "1,000 poorly armed men", "light and heavy machine guns", "members of the air force") and where it
 * ends, before a stop word, a verb, a word in -ing or -ed after the first, a number word, or after a
 * plural head noun; and the end of one word of such a phrase, which keeps model names ("T-62",
 * "MiG-15") whole. It reads only the {@link ScanText}; the scan asks it for the noun of each
 * mention, whether a name before a figure has a noun after (then the figure names a thing), and where
 * a capitalised word after a number word ends.
 */
final class CountedNouns extends ScanPart {


    CountedNouns(ScanText x) {
        super(x);
    }

    /**
     * The noun phrase after {@code end}: {end of phrase, start of head noun, end of head noun}; the
     * head is the last word, or the counting noun of "members of the air force"; {end, end, end} if
     * none. The phrase ends before a stop word, a verb ("sent", "fought", or a word in -ed after the
     * first), a word in -ing, a number word, an adverb in -ly after capitalised words ("Greeks actually"),
     * or after a plural head noun. An "other" right after the figure opens the phrase ("80 other Soviet
     * specialists").
     */
    int[] nounEnd(int end) {
        int pos = end;
        int lastWordStart = end;
        int headEnd = end;
        int words = 0;
        boolean allCapitalised = true;
        boolean relational = false;
        int max = 4;
        while (words < max) {
            if (pos + 1 >= n || t[pos] != ' ' || !isLetter(t[pos + 1])) {
                break;
            }
            int ws = pos + 1;
            int we = phraseWordEnd(ws);
            String lw = text.substring(ws, we).toLowerCase(Locale.ROOT);
            boolean capital = Character.isUpperCase(t[ws]);
            if (lw.equals("other") && words == 0 && pos == end && we + 1 < n && t[we] == ' ' && isLetter(t[we + 1])
                    && !text.startsWith("ranks", we + 1)) {
                // "some 80 other Soviet specialists": "other" qualifies the noun after it; "745 other ranks" is a
                // term of its own (the men who are not officers), read as before
                pos = we;
                continue;
            }
            if (lw.equals("and") && words > 0 && allCapitalised && we + 1 < n
                    && Character.isUpperCase(t[we + 1])) {
                pos = we; // Hui and Han troops
                continue;
            }
            if (lw.equals("of") && words == 1 && !relational
                    && Lexicon.isRelationalNoun(text.substring(lastWordStart, pos).toLowerCase(Locale.ROOT))) {
                relational = true;
                headEnd = pos;
                max = 5;
                pos = we;
                if (text.startsWith(" the ", pos)) {
                    pos += 4;
                }
                continue;
            }
            if (lw.equals("and") && words > 0 && coordinatedModifier(we)) {
                pos = we; // "light and heavy machine guns"
                continue;
            }
            if (words > 0 && Lexicon.isVerb(lw) && lw.endsWith("s") && !objectFollows(we)) {
                lastWordStart = ws; // "100 border guards held": the plural noun, not the verb of "guards the town"
                pos = we;
                words++;
                break;
            }
            if (adverbBeforeParticiple(lw, we)) {
                pos = phraseWordEnd(we + 1); // "1,000 poorly armed men": the adverb and participle modify the noun
                continue;
            }
            if (words > 0 && allCapitalised && !capital && lw.length() > 4 && lw.endsWith("ly") && !lw.equals("family")) {
                break; // "2,400 Greeks actually lived": an adverb after a name ends the phrase
            }
            if (endsPhrase(lw, words) || words == 0 && lw.endsWith("ed") && !nounFollows(we)) {
                break; // "2,000 killed and ...", but "200 armed men"
            }
            lastWordStart = ws;
            pos = we;
            words++;
            allCapitalised &= capital;
            if (!capital && !relational && lw.length() > 2 && lw.endsWith("s") && !lw.endsWith("ss")
                    && !(words == 1 && Lexicon.isRelationalNoun(lw) && text.startsWith(" of ", pos))
                    && !(words < max && pluralNounAfter(pos))) {
                break; // a plural head noun ends the phrase, unless a plural noun it qualifies follows ("fisheries specialists")
            }
        }
        return relational ? new int[] {pos, end + 1, headEnd} : new int[] {pos, lastWordStart, pos};
    }

    /**
     * True when a lower-case plural that is no stop word, verb or word in -ing follows the word ending at {@code pos}:
     * "25 fisheries specialists", "12 arms factories" (a plural modifier and the noun it qualifies).
     */
    private boolean pluralNounAfter(int pos) {
        if (pos + 1 >= n || t[pos] != ' ' || !Character.isLowerCase(t[pos + 1])) {
            return false;
        }
        int we = phraseWordEnd(pos + 1);
        if (we < n && (isLetter(t[we]) || t[we] == '\'' || t[we] == '-')) {
            return false;
        }
        String next = text.substring(pos + 1, we).toLowerCase(Locale.ROOT);
        return next.length() > 3 && next.endsWith("s") && !next.endsWith("ss") && !endsPhrase(next, 1)
                && !next.endsWith("ous");
    }

    /** True for an adverb in -ly before a participle in -ed and a noun ("poorly armed men", "newly raised troops"). */
    private boolean adverbBeforeParticiple(String lw, int we) {
        if (lw.length() <= 4 || !lw.endsWith("ly") || we + 1 >= n || t[we] != ' ' || !isLetter(t[we + 1])) {
            return false;
        }
        int pe = phraseWordEnd(we + 1);
        String participle = text.substring(we + 1, pe).toLowerCase(Locale.ROOT);
        return participle.endsWith("ed") && nounFollows(pe);
    }

    private boolean endsPhrase(String lw, int words) {
        return Lexicon.isStopWord(lw) || Lexicon.isVerb(lw) || lw.length() > 4 && lw.endsWith("ing")
                || words > 0 && lw.endsWith("ed") || Lexicon.numberWords().containsKey(lw)
                || Lexicon.scaleWords().containsKey(lw);
    }

    /**
     * True when after "and" ending at {@code pos} come a word and then another word of the same noun
     * phrase ("light and heavy machine guns"), so "and" joins two modifiers of one head noun.
     */
    private boolean coordinatedModifier(int pos) {
        if (pos + 1 >= n || t[pos] != ' ' || !isLetter(t[pos + 1]) || Character.isUpperCase(t[pos + 1])) {
            return false;
        }
        int we = phraseWordEnd(pos + 1);
        String w = text.substring(pos + 1, we).toLowerCase(Locale.ROOT);
        if (endsPhrase(w, 1) || w.endsWith("s") || !nounFollows(we)) {
            return false;
        }
        return true;
    }

    /** True when the word after {@code pos} starts an object ("guards the town"). */
    private boolean objectFollows(int pos) {
        if (pos + 1 >= n || t[pos] != ' ') {
            return false;
        }
        if (isDigit(t[pos + 1])) {
            return true;
        }
        return isLetter(t[pos + 1]) && Lexicon.startsAnObject(text.substring(pos + 1, x.wordEnd(pos + 1))
                .toLowerCase(Locale.ROOT));
    }

    /** True when a word that may be a noun follows at {@code pos} (" men"), so "armed" is an adjective. */
    private boolean nounFollows(int pos) {
        if (pos + 1 >= n || t[pos] != ' ' || !isLetter(t[pos + 1])) {
            return false;
        }
        int we = phraseWordEnd(pos + 1);
        return !endsPhrase(text.substring(pos + 1, we).toLowerCase(Locale.ROOT), 1);
    }

    /** True when the word from {@code i}, capitalised, runs on in letters from {@code j} to a hyphen and a figure. */
    private boolean modelNameAhead(int i, int j) {
        if (!Character.isUpperCase(t[i])) {
            return false;
        }
        int k = j;
        while (k < n && isLetter(t[k])) {
            k++;
        }
        return k + 1 < n && t[k] == '-' && isDigit(t[k + 1]);
    }

    /** End of a phrase word: letters, inner hyphens and apostrophes; split "languagesUyghur" at the case change. */
    int phraseWordEnd(int i) {
        int j = i + 1;
        while (j < n) {
            char c = t[j];
            if (isLetter(c)) {
                if (Character.isUpperCase(c) && Character.isLowerCase(t[j - 1]) && !modelNameAhead(i, j)) {
                    break; // but "MiG-15", "LaGG-3": a model name in mixed case
                }
                j++;
            } else if ((c == '-' || c == '\'') && j + 1 < n && isLetter(t[j + 1])) {
                j++;
            } else if (c == '-' && j + 1 < n && isDigit(t[j + 1]) && Character.isUpperCase(t[i])) {
                j++; // a model name: "T-62", "I-16", "BM-21"
                while (j < n && (isDigit(t[j]) || isLetter(t[j]))) {
                    j++;
                }
            } else {
                break;
            }
        }
        return j;
    }
}
