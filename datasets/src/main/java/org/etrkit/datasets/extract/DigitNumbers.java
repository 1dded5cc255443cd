package org.etrkit.datasets.extract;

import static org.etrkit.datasets.extract.Lexicon.isDigit;
import static org.etrkit.datasets.extract.Lexicon.isLetter;
import static org.etrkit.datasets.extract.Lexicon.isWordChar;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The digit reading of a quantity scan: a number in digits at a position, with thousands separators
 * and decimals ({@code 705,168}, {@code 2.5}), a digit fraction ({@code 2½}), a currency sign or word
 * before it ({@code $}, {@code US$}, {@code Rs}), a minus sign standing alone before it, and a percent
 * sign or word and scale words after it ({@code 52.1%}, {@code 4 per cent}, {@code 1.5 million}). It
 * refuses ordinals, decades, times, model numbers and years the date finder left ({@code 42nd},
 * {@code 1970s}, {@code 10:30}, {@code Tu-4}), asks {@link NumberWords} for the scale words and
 * {@link Identifiers} whether the figure names a thing. It reads the {@link ScanText} and is passed the
 * offset below which nothing may be read.
 */
final class DigitNumbers extends ScanPart {

    private final NumberWords numberWords;
    private final Identifiers identifiers;
    private final StringBuilder digitBuf = new StringBuilder(24);

    DigitNumbers(ScanText x, NumberWords numberWords, Identifiers identifiers) {
        super(x);
        this.numberWords = numberWords;
        this.identifiers = identifiers;
    }

    /**
     * The number in digits at {@code i} (a digit, or a currency sign before one), with its currency
     * sign or word, minus sign, percent and scale words; an identifier as {@link NumberRead#identifier};
     * or null when the token there holds no figure. Nothing before {@code floor} is read into it.
     */
    NumberRead digits(int i, int floor) {
        String currency = "";
        int s = i;
        int start = i;
        if (!isDigit(t[i])) {
            currency = Quantities.currencySign(t, i);
            if (currency == null || i + 1 >= n || !isDigit(t[i + 1])) {
                return null;
            }
            s = i + 1;
            if (t[i] == '$' && Quantities.usDollar(t, i) && i - 2 >= floor) {
                start = i - 2;
            }
        } else if (i > 1 && t[i - 1] == '-' && isLetter(t[i - 2])) {
            return null; // Tu-4
        } else if (i > 2 && t[i - 1] == ' ' && (isLetter(t[i - 2]) || t[i - 2] == '.')) {
            for (Map.Entry<String, String> w : Lexicon.currencyWords().entrySet()) {
                int a = i - 1 - w.getKey().length();
                if (a >= floor && a >= 0 && (a == 0 || !isWordChar(t[a - 1]))
                        && regionIs(t, a, w.getKey())) {
                    currency = w.getValue(); // "Rs 40 crore": the abbreviation starts the figure
                    start = a;
                    break;
                }
            }
        }
        boolean negative = false;
        if (start > 0 && Lexicon.isMinus(t[start - 1]) && signBefore(start - 1, floor)) {
            negative = true;
            start--;
        }
        int j = s;
        while (j < n && isDigit(t[j])) {
            j++;
        }
        int intEnd = j;
        boolean grouped = false;
        char sep = j < n && isSpaceGroupSeparator(t[j]) && intEnd - s <= 3 ? t[j] : ',';
        while (j + 3 < n && t[j] == sep && isDigit(t[j + 1]) && isDigit(t[j + 2]) && isDigit(t[j + 3])
                && (j + 4 == n || !isDigit(t[j + 4]))) {
            j += 4;
            grouped = true;
        }
        int digitsEnd = j;
        boolean decimal = false;
        if (j + 1 < n && t[j] == '.' && isDigit(t[j + 1])) {
            decimal = true;
            j++;
            while (j < n && isDigit(t[j])) {
                j++;
            }
        }
        int quarters = 0;
        if (!decimal && j < n) {
            Integer q = Lexicon.digitFractions().get(t[j]);
            if (q != null) {
                quarters = q;
                j++;
            }
        }
        if (j < n && (isWordChar(t[j]) || Quantities.isInnerSeparator(t[j]) && j + 1 < n && isDigit(t[j + 1]))) {
            return null; // 42nd, 1970s, 3D, 1,23, 1.5.7, 10:30, 1/3
        }
        if (s > 0 && (t[s - 1] == ':' || t[s - 1] == '/') && s > 1 && isDigit(t[s - 2])) {
            return null; // the 30 of 10:30 when read on its own
        }
        if (!grouped && currency.isEmpty() && !decimal && quarters == 0 && intEnd - s == 4
                && Dates.yearAt(text, s) > 0) {
            return null; // a year the date finder did not claim
        }
        int end = j;
        boolean percent = false;
        if (end < n && t[end] == '%') {
            percent = true;
            end++;
        } else {
            int pw = percentWordEnd(end);
            if (pw > 0) {
                percent = true;
                end = pw;
            }
        }
        BigDecimal scale = BigDecimal.ONE;
        if (!percent) {
            for (int se = numberWords.scaleWordEnd(end); se > 0; se = numberWords.scaleWordEnd(end)) {
                scale = scale.multiply(BigDecimal.valueOf(numberWords.scaleValue(end + 1, se)));
                end = se;
            }
        }
        boolean plainInteger = !grouped && !decimal && quarters == 0;
        if (currency.isEmpty() && !percent && scale.signum() > 0 && scale.compareTo(BigDecimal.ONE) == 0
                && !negative && identifiers.isIdentifier(s, plainInteger, end)) {
            return NumberRead.identifier(s, identifiers.identifierChainEnd(end));
        }
        digitBuf.setLength(0);
        for (int k = s; k < digitsEnd; k++) {
            if (t[k] != sep) {
                digitBuf.append(t[k]);
            }
        }
        if (decimal) {
            digitBuf.append(t, digitsEnd, j - digitsEnd);
        }
        BigDecimal value = new BigDecimal(digitBuf.toString());
        if (quarters > 0) {
            value = value.add(BigDecimal.valueOf(quarters * 25L, 2));
        }
        value = value.multiply(scale);
        if (negative) {
            value = value.negate();
        }
        return new NumberRead(value, start, end, currency, percent, scale, false, "", null);
    }

    /**
     * True for a space that groups thousands as French, Russian and SI style write them and a word
     * processor keeps in one piece: a no-break space ({@code 12\u00A0000}), a narrow no-break space
     * ({@code 12\u202F000}) or a thin space. A plain space does not: "in 1945 300 men" is two figures.
     */
    static boolean isSpaceGroupSeparator(char c) {
        return c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    /**
     * True when the minus sign at {@code m}, not before {@code floor}, stands alone before the figure:
     * "was -5,000", "(−40".
     */
    private boolean signBefore(int m, int floor) {
        if (m < floor) {
            return false;
        }
        if (m == 0) {
            return true;
        }
        char p = t[m - 1];
        if (p != ' ' && p != '(' && p != '[' && p != '\t') {
            return false;
        }
        int k = m - 1;
        while (k >= 0 && t[k] == ' ') {
            k--;
        }
        return k < 0 || !isDigit(t[k]); // "5 -3" is a dash between figures
    }

    /** If " percent" or " per cent" follows at {@code end}, its end; else -1. */
    int percentWordEnd(int end) {
        if (end >= n || t[end] != ' ') {
            return -1;
        }
        for (String w : Lexicon.percentWords()) {
            int e = end + 1 + w.length();
            if (text.regionMatches(true, end + 1, w, 0, w.length()) && (e == n || !isLetter(t[e]))) {
                return e;
            }
        }
        return -1;
    }


    /** True when {@code t} holds {@code word} at {@code a} (a plain char comparison). */
    private static boolean regionIs(char[] t, int a, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (t[a + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
