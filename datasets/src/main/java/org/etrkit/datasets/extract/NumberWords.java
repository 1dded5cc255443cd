package org.etrkit.datasets.extract;

import static org.etrkit.datasets.extract.Lexicon.isLetter;
import static org.etrkit.datasets.extract.Lexicon.isWordChar;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The number-word reading of a quantity scan: a number in words at a position ("fourteen",
 * "forty-two", "one hundred and fifty", "one million two hundred thousand", "two and a half"), a scale
 * word with its article and any fraction before it ("a dozen", "half a million", "a quarter of a
 * million"), a hyphenated measure ("two-year"), and the scale words after a figure in digits
 * ("1.5 million"). It refuses a number word that is part of a name ("the Three Districts"), a fraction
 * ("two thirds of") and a bare "one" that counts nothing. It reads the {@link ScanText}, asks
 * {@link CountedNouns} where a capitalised word ends, and is passed the little of the scan it needs:
 * the offset below which nothing may be read and the last quantity found.
 */
final class NumberWords extends ScanPart {

    /** A model name ("La-5"), compiled once (it was compiled at every String.matches). */
    private static final Pattern MODEL_NAME = Pattern.compile("\\p{Lu}[\\p{L}]*-\\d[\\p{L}\\d]*");
    /** What may stand between a figure and "one" in a list: its measure word and a comma or "and". */
    private static final Pattern LIST_GAP = Pattern.compile(
            "(?: [a-z]+)?(?:, | and |, and )");

    private final CountedNouns nouns;

    NumberWords(ScanText x, CountedNouns nouns) {
        super(x);
        this.nouns = nouns;
    }

    /**
     * The number in words at {@code i} ("fourteen", "forty-two", "one hundred and fifty", "a dozen" with
     * its article before, "two-year" with its measure word), or null when the word there is no count.
     * Nothing before {@code floor} is read into it; {@code last} is the last quantity the scan found (or
     * null), after which "one" may be an item of a list.
     */
    NumberRead words(int i, int floor, Quantity last) {
        int wEnd = x.wordEnd(i);
        if (wEnd < n && isWordChar(t[wEnd])) {
            return null;
        }
        int base = numberWordValue(i, wEnd);
        if (base < 0) {
            long scale = scaleValue(i, wEnd);
            return scale < 0 || Character.isUpperCase(t[i]) ? null : scaleWithArticle(i, wEnd, floor);
        }
        if (Character.isUpperCase(t[i])
                && (!x.atSentenceStart(i) || wEnd + 1 < n && t[wEnd] == ' '
                    && Character.isUpperCase(t[wEnd + 1]) && !countedNameAfter(wEnd + 1))) {
            return null; // the Three Districts, Gang of Four, "Three Districts Economic Commission"
        }
        int value = base;
        int end = wEnd;
        String compoundUnit = "";
        if (end + 1 < n && t[end] == '-' && isLetter(t[end + 1])) {
            int w2End = x.wordEnd(end + 1);
            int unit = numberWordValue(end + 1, w2End);
            if (base >= 20 && base % 10 == 0 && unit > 0 && unit < 10) {
                value += unit; // forty-two
                end = w2End;
            } else if (unit < 0 && scaleValue(end + 1, w2End) < 0 && !isFractionWord(end + 1, w2End)) {
                compoundUnit = text.substring(end + 1, w2End).toLowerCase(Locale.ROOT); // two-year
                end = w2End;
            } else {
                return null; // two-thirds, two-three
            }
        }
        if (!compoundUnit.isEmpty()) {
            return base == 1 ? null
                    : new NumberRead(BigDecimal.valueOf(value), i, end, "", false, BigDecimal.ONE, false, compoundUnit,
                        null);
        }
        if (nextWordIsFraction(end)) {
            return null; // two thirds of the army
        }
        boolean bareOne = base == 1 && value == 1 && !oneCounts(i, end, last);
        return composite(i, end, BigDecimal.valueOf(value), bareOne);
    }

    /** Whether {@code w} reads as an English plural: longer than three letters, ending in "s" but not "ss". */
    private static boolean isPlural(String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss");
    }

    /**
     * True when the capitalised word at {@code start}, after a number word opening a sentence, is what
     * the number counts, not the rest of a name: a model name ("Twelve La-5 fighters") or a plural
     * standing alone before a lower-case word or a comma ("Two Tuvans, A and B, were named"), or an adjective before a
     * plural of one or two words ("Fifteen Soviet advisers", "Six Soviet patrol boats"); but not
     * "Three Districts Economic Commission".
     */
    private boolean countedNameAfter(int start) {
        int we = nouns.phraseWordEnd(start);
        String w = text.substring(start, we);
        if (MODEL_NAME.matcher(w).matches()) {
            return true;
        }
        boolean plural = isPlural(w);
        if (!plural && we + 1 < n && t[we] == ' ' && Character.isLowerCase(t[we + 1])) {
            // "Fifteen Soviet advisers", "Two Iranian gunboats": an adjective before the plural it counts, or before a
            // noun of two words ("Six Soviet patrol boats")
            int ne = we + 1;
            while (ne < n && isLetter(t[ne])) {
                ne++;
            }
            if (isPlural(text.substring(we + 1, ne))) {
                return true;
            }
            if (ne + 1 < n && t[ne] == ' ' && Character.isLowerCase(t[ne + 1])) {
                int ne2 = ne + 1;
                while (ne2 < n && isLetter(t[ne2])) {
                    ne2++;
                }
                return isPlural(text.substring(ne + 1, ne2));
            }
            return false;
        }
        return plural && we < n && (t[we] == ',' || t[we] == ' ' && we + 1 < n && Character.isLowerCase(t[we + 1]));
    }

    /**
     * True when the word "one" at {@code [start, end)} is a count: before a noun of
     * {@link Lexicon#isCountedAfterOne} ("one soldier"), or as an item of a list of figures right after
     * another figure ("68 wounded and one missing", "3 tanks, one aircraft"), but not in "one of".
     * {@code last} is the last quantity found before it, or null.
     */
    private boolean oneCounts(int start, int end, Quantity last) {
        if (end + 1 < n && t[end] == ' ' && isLetter(t[end + 1])) {
            String next = text.substring(end + 1, x.wordEnd(end + 1)).toLowerCase(Locale.ROOT);
            if (Lexicon.isCountedAfterOne(next)) {
                return true;
            }
            if (next.equals("of") || next.equals("another") || next.equals("by")) {
                return false;
            }
        }
        if (last == null) {
            return false;
        }
        String gap = text.substring(Math.min(last.end(), start), start);
        return last.end() <= start && gap.length() <= 24 && LIST_GAP.matcher(gap).matches();
    }

    /**
     * Reads on from a number in words ending at {@code end}: "and a half", scale words, "hundred
     * and fifty", "one million two hundred thousand". {@code bareOne} is true for "one" alone, which
     * is no count unless more follows.
     */
    private NumberRead composite(int start, int end, BigDecimal first, boolean bareOne) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal current = first;
        BigDecimal scale = BigDecimal.ONE;
        String inexact = null;
        boolean more = false;
        int half = fractionAfterAnd(end);
        if (half > 0) {
            Lexicon.Fraction f = fractionAt(end + 5, half);
            current = current.add(BigDecimal.valueOf(f.numerator()).divide(BigDecimal.valueOf(f.denominator()),
                    java.math.MathContext.DECIMAL64));
            if (!f.exact()) {
                inexact = text.substring(start, half);
            }
            end = half;
            more = true;
        }
        while (true) {
            int se = scaleWordEnd(end);
            if (se > 0) {
                long factor = scaleValue(end + 1, se);
                scale = scale.multiply(BigDecimal.valueOf(factor));
                if (factor >= 1000) {
                    if (current.signum() == 0) {
                        total = total.multiply(BigDecimal.valueOf(factor)); // a million million
                    } else {
                        total = total.add(current.multiply(BigDecimal.valueOf(factor)));
                        current = BigDecimal.ZERO;
                    }
                } else {
                    current = current.multiply(BigDecimal.valueOf(factor));
                }
                end = se;
                more = true;
                if (factor == 100) {
                    int[] rest = numberAfter(end, true);
                    if (rest != null && rest[1] < 100) {
                        current = current.add(BigDecimal.valueOf(rest[1])); // hundred and fifty
                        end = rest[0];
                    }
                }
                continue;
            }
            if (more && current.signum() == 0 && total.signum() > 0) {
                int[] next = numberAfter(end, false);
                if (next != null) {
                    current = BigDecimal.valueOf(next[1]); // one million two hundred thousand
                    end = next[0];
                    continue;
                }
            }
            break;
        }
        if (bareOne && !more) {
            return null; // "one" is too often not a count
        }
        BigDecimal value = total.add(current);
        return new NumberRead(value, start, end, "", false, scale, false, "", inexact);
    }

    /** A number word after {@code end} (" fifty", " and fifty" when {@code and}): {end, value}; or null. */
    private int[] numberAfter(int end, boolean and) {
        int k = end;
        if (and && text.startsWith(" and ", k)) {
            k += 4;
        }
        if (k + 1 >= n || t[k] != ' ' || !isLetter(t[k + 1]) || Character.isUpperCase(t[k + 1])) {
            return null;
        }
        int ws = k + 1;
        int we = x.wordEnd(ws);
        int v = numberWordValue(ws, we);
        if (v < 0) {
            return null;
        }
        if (we + 1 < n && t[we] == '-' && isLetter(t[we + 1])) {
            int w2 = x.wordEnd(we + 1);
            int u = numberWordValue(we + 1, w2);
            if (v >= 20 && v % 10 == 0 && u > 0 && u < 10) {
                return new int[] {w2, v + u};
            }
            return null;
        }
        return we < n && isWordChar(t[we]) ? null : new int[] {we, v};
    }

    /** If " and a half" (or another fraction) follows at {@code end}, its end; else -1. */
    private int fractionAfterAnd(int end) {
        if (!text.startsWith(" and ", end)) {
            return -1;
        }
        for (String f : Lexicon.fractionWords().keySet()) {
            int e = end + 5 + f.length();
            if (Lexicon.followsAnd(f) && text.regionMatches(true, end + 5, f, 0, f.length())
                    && (e == n || !isLetter(t[e]))) {
                return e;
            }
        }
        return -1;
    }

    private Lexicon.Fraction fractionAt(int s, int e) {
        return Lexicon.fractionWords().get(text.substring(s, e).toLowerCase(Locale.ROOT));
    }

    /**
     * "a million", "a dozen", "half a million", "a quarter of a million": a scale word at {@code i}
     * with "a" and any fraction before it, none of them before {@code floor}.
     */
    private NumberRead scaleWithArticle(int i, int wEnd, int floor) {
        int[] a = x.wordBefore(i, false);
        if (a == null || a[0] < floor || a[1] - a[0] != 1 || (t[a[0]] | 0x20) != 'a') {
            return null;
        }
        int start = a[0];
        Lexicon.Fraction fraction = null;
        int[] w1 = x.wordBefore(start, false);
        if (w1 != null && w1[0] >= floor) {
            String word = text.substring(w1[0], w1[1]).toLowerCase(Locale.ROOT);
            if (word.equals("half")) {
                fraction = Lexicon.fractionWords().get("half");
                start = w1[0];
            } else if (word.equals("of")) {
                int[] w2 = x.wordBefore(w1[0], false);
                int[] w3 = w2 == null ? null : x.wordBefore(w2[0], false);
                Lexicon.Fraction f2 = w3 == null || w3[0] < floor ? null : fractionAt(w3[0], w2[1]);
                Lexicon.Fraction f1 = w2 == null || w2[0] < floor ? null
                        : Lexicon.fractionWords().get(hyphenatedWordBefore(w1[0]));
                if (f2 != null) {
                    fraction = f2;
                    start = w3[0];
                } else if (f1 != null) {
                    fraction = f1;
                    start = hyphenatedStart(w1[0]);
                }
            }
        }
        BigDecimal first = fraction == null ? BigDecimal.ONE : BigDecimal.valueOf(fraction.numerator())
                .divide(BigDecimal.valueOf(fraction.denominator()), java.math.MathContext.DECIMAL64);
        NumberRead num = composite(start, a[1], first, false);
        if (num == null || num.end() <= i) {
            return null;
        }
        if (fraction == null || fraction.exact()) {
            return num;
        }
        return new NumberRead(num.value(), num.start(), num.end(), "", false, num.scale(), false, "",
                text.substring(num.start(), num.end())); // a third of a million
    }

    /** The word (letters and inner hyphens) ending one space before {@code pos}, lower case, or "". */
    private String hyphenatedWordBefore(int pos) {
        int s = hyphenatedStart(pos);
        return s < 0 ? "" : text.substring(s, pos - 1).toLowerCase(Locale.ROOT);
    }

    private int hyphenatedStart(int pos) {
        int k = pos - 1;
        if (k < 1 || t[k] != ' ' || !isLetter(t[k - 1])) {
            return -1;
        }
        int s = k;
        while (s > 0 && (isLetter(t[s - 1]) || t[s - 1] == '-' && s > 1 && isLetter(t[s - 2]))) {
            s--;
        }
        return s;
    }

    private boolean isFractionWord(int s, int e) {
        String w = text.substring(s, e).toLowerCase(Locale.ROOT);
        return Lexicon.isFractionDenominator(w);
    }

    private boolean nextWordIsFraction(int end) {
        if (end + 1 >= n || t[end] != ' ' || !isLetter(t[end + 1])) {
            return false;
        }
        return isFractionWord(end + 1, x.wordEnd(end + 1));
    }

    /** If a scale word follows at {@code end} (" million"), the end of that word; else -1. */
    int scaleWordEnd(int end) {
        if (end + 1 >= n || t[end] != ' ' || !isLetter(t[end + 1])) {
            return -1;
        }
        int wEnd = x.wordEnd(end + 1);
        if (Character.isUpperCase(t[end + 1]) || scaleValue(end + 1, wEnd) < 0) {
            return -1;
        }
        return wEnd;
    }

    /** The value of the number word at {@code [s, e)} ("fourteen"), or -1. */
    private int numberWordValue(int s, int e) {
        return Lexicon.numberWordValue(t, s, e);
    }

    /** The value of the scale word at {@code [s, e)} ("million", "dozen"), or -1. */
    long scaleValue(int s, int e) {
        return Lexicon.scaleWordValue(t, s, e);
    }
}
