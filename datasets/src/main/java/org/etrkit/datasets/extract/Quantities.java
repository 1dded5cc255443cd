package org.etrkit.datasets.extract;

import static org.etrkit.datasets.extract.Lexicon.isDigit;
import static org.etrkit.datasets.extract.Lexicon.isWordChar;

import java.math.BigDecimal;
import java.util.List;

/**
 * Finds quantities in text: digits with thousands separators and decimals ({@code 705,168},
 * {@code 1.5 million}, {@code 2½ million}), negative figures ({@code −5,000}), percentages
 * ({@code 52.1%}), money ({@code $250 million}, {@code £3 million}), number words ({@code fourteen},
 * {@code forty-two}, {@code one hundred and fifty}, {@code a dozen}, {@code half a million}), and
 * ranges ({@code 25,000 to 30,000}, {@code between 8,000 and 9,500}, {@code 2,100–2,600}), with the
 * hedge before or after ({@link Qualifier}: "no more than 200", "aged 18 or over") and the counted
 * noun after. Every word it knows comes from the {@link Lexicon}.
 *
 * <p>Not quantities: years and other dates (give {@link Dates#find} spans to skip), ordinals
 * ({@code 42nd}), identifiers ({@code Tu-4}, {@code Resolution 112}, {@code Decree No. 14},
 * {@code Article 8}), number words that are part of a name ({@code the Three Districts}),
 * {@code one} without a scale word, proportions in words ({@code a quarter of the population}) and
 * vague plurals ({@code thousands of}, {@code tens of thousands}, {@code dozens of}), which give no
 * figure. A descending pair ({@code from 30,000 to 25,000}) is two figures, not a range.
 *
 * <p>Figures are stored exactly or not at all: a whole number up to {@link #MAX_WHOLE}, or a
 * fraction of at most {@link #MAX_SIGNIFICANT_DIGITS} significant digits and
 * {@link #MAX_DECIMAL_PLACES} decimal places. Any other figure ({@code 12,345,678,901,234,567},
 * {@code a third of a million}) is a {@link RejectedFigure}, never a rounded number.
 *
 * <p>This class is the entry point; one scan is a {@link QuantityScanner}, which makes the mentions
 * and asks the readers of each part over a shared {@link ScanText}: {@link DigitNumbers} and
 * {@link NumberWords} read the figure, {@link Identifiers} the numbers that name a thing,
 * {@link Hedges} the qualifier, {@link CountedNouns} the noun.
 */
public final class Quantities {

    /** The largest whole number stored: 2^53 − 1 = 9,007,199,254,740,991, the last a double holds exactly. */
    public static final long MAX_WHOLE = (1L << 53) - 1;
    /** The most significant digits of a stored fraction (a double keeps 15 decimal digits exactly). */
    public static final int MAX_SIGNIFICANT_DIGITS = 15;
    /** The most digits after the decimal point of a stored fraction (what the CSV writer writes). */
    public static final int MAX_DECIMAL_PLACES = 10;

    private static final BigDecimal MAX_WHOLE_DECIMAL = BigDecimal.valueOf(MAX_WHOLE);

    /** What one scan finds: quantities, and figures that are not stored because no number equals them. */
    public record Found(List<Quantity> quantities, List<RejectedFigure> rejected) {
        /** Keeps unmodifiable copies of both lists; a null list (or element) is a {@link NullPointerException}. */
        public Found {
            quantities = List.copyOf(quantities);
            rejected = List.copyOf(rejected);
        }
    }

    private Quantities() {
    }

    /** All quantities in {@code text}, in order. */
    public static List<Quantity> find(String text) {
        return scan(text).quantities();
    }

    /** All quantities in {@code text} outside the given date spans (as found by {@link Dates#find}). */
    public static List<Quantity> find(String text, List<DateMention> dates) {
        return scan(text, dates).quantities();
    }

    /** The quantities and the rejected figures of {@code text}, in order. */
    public static Found scan(String text) {
        return scan(text, Dates.find(text));
    }

    /** As {@link #scan(String)}, outside the given date spans (as found by {@link Dates#find}). */
    public static Found scan(String text, List<DateMention> dates) {
        QuantityScanner s = new QuantityScanner(text, text.toCharArray(), dates);
        s.run();
        return s.result();
    }

    /**
     * As {@link #scan(String, List)}, looking only at the {@code candidates} noted by
     * {@link Dates#find(String, char[], Positions)} ({@code t} equals {@code text}).
     */
    static Found scan(String text, char[] t, List<DateMention> dates, Positions candidates) {
        QuantityScanner s = new QuantityScanner(text, t, dates);
        int i = 0;
        for (int k = 0; k < candidates.size(); k++) {
            int at = candidates.get(k);
            if (at >= i) {
                i = s.at(at);
            }
        }
        return s.result();
    }

    /**
     * True if a quantity may start at {@code t[i]}: at the start of a token, a digit, a currency sign
     * before a digit, or a letter that may start a number or scale word; or the {@code $} of
     * {@code US$}. Both ways of scanning ask this one question.
     */
    static boolean isCandidate(char[] t, int i) {
        char c = t[i];
        if (i > 0 && isWordChar(t[i - 1])) {
            return c == '$' && usDollar(t, i) && i + 1 < t.length && isDigit(t[i + 1]);
        }
        if (isDigit(c)) {
            return true;
        }
        if (currencySign(t, i) != null) {
            return i + 1 < t.length && isDigit(t[i + 1]);
        }
        return Lexicon.mayStartNumberWord(c);
    }

    /** True when the '$' at {@code i} is written {@code US$} with a token boundary before the U. */
    static boolean usDollar(char[] t, int i) {
        return i >= 2 && t[i - 2] == 'U' && t[i - 1] == 'S' && (i == 2 || !isWordChar(t[i - 3]));
    }

    /** The unit of the one-character currency sign at {@code i}, or null. */
    static String currencySign(char[] t, int i) {
        char c = t[i];
        if (c == '$' || c == '\u00A3' || c == '\u20AC') {
            return Lexicon.currencySigns().get(String.valueOf(c));
        }
        return null;
    }

    /**
     * The end of the numeric token at {@code i}: digits and letters, and ',' '.' ':' or '/' between
     * digits ("1,500", "10:30", "7/11/44").
     */
    static int numberTokenEnd(char[] t, int i) {
        int n = t.length;
        int j = i;
        while (j < n) {
            char c = t[j];
            if (isWordChar(c)) {
                j++;
            } else if (isInnerSeparator(c) && j + 1 < n && isDigit(t[j + 1])) {
                j++;
            } else {
                break;
            }
        }
        return Math.max(j, i + 1);
    }

    /** True for the separators that may stand between digits of one token: ',' '.' ':' '/'. */
    static boolean isInnerSeparator(char c) {
        return c == ',' || c == '.' || c == ':' || c == '/';
    }

    /**
     * The double equal to {@code v}, or NaN when no stored number equals it: a whole number beyond
     * {@link #MAX_WHOLE}, or a fraction with too many digits.
     */
    static double exactDouble(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() <= 0) {
            return s.abs().compareTo(MAX_WHOLE_DECIMAL) <= 0 ? s.doubleValue() : Double.NaN;
        }
        return s.precision() <= MAX_SIGNIFICANT_DIGITS && s.scale() <= MAX_DECIMAL_PLACES ? s.doubleValue() : Double.NaN;
    }

    /** Why {@code v} is not stored: the message of its {@link RejectedFigure}. */
    static String whyNotExact(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() <= 0) {
            return "not stored: a whole number beyond 9,007,199,254,740,991 (2^53 - 1) cannot be kept exactly";
        }
        if (s.scale() > MAX_DECIMAL_PLACES) {
            return "not stored: more than " + MAX_DECIMAL_PLACES + " decimal places cannot be kept exactly";
        }
        return "not stored: more than " + MAX_SIGNIFICANT_DIGITS + " significant digits cannot be kept exactly";
    }
}
