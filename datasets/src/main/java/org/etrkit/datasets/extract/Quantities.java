package org.etrkit.datasets.extract;

import static org.etrkit.datasets.extract.Lexicon.isDigit;
import static org.etrkit.datasets.extract.Lexicon.isLetter;
import static org.etrkit.datasets.extract.Lexicon.isWordChar;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        Scanner s = new Scanner(text, text.toCharArray(), dates);
        s.run();
        return s.result();
    }

    /**
     * As {@link #scan(String, List)}, looking only at the {@code candidates} noted by
     * {@link Dates#find(String, char[], Positions)} ({@code t} equals {@code text}).
     */
    static Found scan(String text, char[] t, List<DateMention> dates, Positions candidates) {
        Scanner s = new Scanner(text, t, dates);
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

    private static String whyNotExact(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() <= 0) {
            return "not stored: a whole number beyond 9,007,199,254,740,991 (2^53 - 1) cannot be kept exactly";
        }
        if (s.scale() > MAX_DECIMAL_PLACES) {
            return "not stored: more than " + MAX_DECIMAL_PLACES + " decimal places cannot be kept exactly";
        }
        return "not stored: more than " + MAX_SIGNIFICANT_DIGITS + " significant digits cannot be kept exactly";
    }

    private static final class Scanner {
        private final ScanText x;
        private final String text;
        /** The text as an array: scanning it is several times faster than {@code String.charAt}. */
        private final char[] t;
        private final int n;
        private final CountedNouns nouns;
        private final Hedges hedges;
        private final NumberWords numberWords;
        private final DigitNumbers digitNumbers;
        private final List<DateMention> dates;
        private int dateIdx;
        /** Nothing before this offset is read into a mention: the end of the last mention, date or identifier. */
        private int floor;
        private final List<Quantity> out = new ArrayList<>();
        private final List<RejectedFigure> rejected = new ArrayList<>();

        Scanner(String text, char[] t, List<DateMention> dates) {
            this.x = new ScanText(text, t);
            this.text = text;
            this.t = t;
            this.dates = dates;
            this.n = t.length;
            this.nouns = new CountedNouns(x);
            this.hedges = new Hedges(x);
            this.numberWords = new NumberWords(x, nouns);
            this.digitNumbers = new DigitNumbers(x, numberWords, new Identifiers(x, nouns));
        }

        void run() {
            int i = 0;
            while (i < n) {
                if (isCandidate(t, i)) {
                    i = at(i);
                } else if (isWordChar(t[i])) {
                    i = x.skipToken(i);
                } else {
                    i++;
                }
            }
        }

        Found result() {
            return new Found(shareNouns(out), rejected);
        }

        /** Reads what starts at candidate {@code i}; returns where to look next. */
        int at(int i) {
            int dateEnd = dateAt(i);
            if (dateEnd > i) {
                floor = Math.max(floor, dateEnd);
                return dateEnd;
            }
            if (dateIdx > 0) {
                floor = Math.max(floor, dates.get(dateIdx - 1).end());
            }
            boolean numeric = isDigit(t[i]) || t[i] == '$' || currencySign(t, i) != null;
            NumberRead num = numeric ? digitNumbers.digits(i, floor) : numberWords.words(i, floor, lastFound());
            if (num == null) {
                // skip the whole token, as the date pass does: "1,2345" and "$1,2345" hold no figure
                return !numeric ? x.skipToken(i) : isDigit(t[i]) ? numberTokenEnd(t, i)
                        : i + 1 < n && isDigit(t[i + 1]) ? numberTokenEnd(t, i + 1) : i + 1;
            }
            if (num.identifier()) {
                floor = num.end();
                return num.end();
            }
            if (!numeric && !num.hasScale()) {
                int pw = digitNumbers.percentWordEnd(num.end());
                if (pw > 0) { // "four per cent", as "4 per cent"
                    num = new NumberRead(num.value(), num.start(), pw, "", true, num.scale(), false, "", num.inexact());
                }
            }
            return Math.max(complete(num), i + 1);
        }

        /** The last quantity found, or null. */
        private Quantity lastFound() {
            return out.isEmpty() ? null : out.get(out.size() - 1);
        }

        /** The end of a date span starting at or covering {@code i}, or -1. */
        private int dateAt(int i) {
            while (dateIdx < dates.size() && dates.get(dateIdx).end() <= i) {
                dateIdx++;
            }
            if (dateIdx < dates.size()) {
                DateMention d = dates.get(dateIdx);
                if (d.start() <= i && i < d.end()) {
                    return d.end();
                }
            }
            return -1;
        }

        private boolean inDate(int i) {
            for (int k = dateIdx; k < dates.size(); k++) {
                DateMention d = dates.get(k);
                if (d.start() > i) {
                    return false;
                }
                if (i < d.end()) {
                    return true;
                }
            }
            return false;
        }

        // ---- the whole mention: qualifier, range, noun

        private int complete(NumberRead num) {
            int start = num.start();
            Qualifier qualifier = Qualifier.EXACT;
            boolean between = false;
            int[] q = hedges.hedgeBefore(start, floor);
            if (q != null) {
                if (q[1] < 0) {
                    between = true;
                } else {
                    qualifier = Qualifier.values()[q[1]];
                }
                start = q[0];
            }
            BigDecimal low = num.value();
            BigDecimal high = low;
            int end = num.end();
            NumberRead second = rangeEnd(num, between);
            if (second != null) {
                high = second.value();
                if (second.hasScale() && !num.hasScale() && !num.percent()) {
                    BigDecimal scaled = low.multiply(second.scale());
                    if (scaled.compareTo(high) <= 0) {
                        low = scaled;
                    }
                }
                if (high.compareTo(low) < 0) {
                    second = null; // 30,000 to 25,000: two figures
                    high = low = num.value();
                } else {
                    end = second.end();
                }
            }
            if (second == null && between) {
                start = num.start(); // "between" without "and N" hedges nothing
            }
            int figureEnd = end;
            if (qualifier == Qualifier.EXACT && second == null && !between) {
                int[] after = hedges.hedgeAfter(end);
                if (after != null) {
                    qualifier = Qualifier.values()[after[1]];
                    end = after[0];
                }
            }
            String hedge = q != null && q[1] >= 0 ? text.substring(q[0], num.start() - 1).toLowerCase(Locale.ROOT) : "";
            String inexact = num.inexact() != null ? num.inexact() : second != null ? second.inexact() : null;
            double lo = exactDouble(low);
            double hi = exactDouble(high);
            if (inexact != null || Double.isNaN(lo) || Double.isNaN(hi)) {
                String reason = inexact != null ? "not stored: the fraction has no exact decimal value"
                        : whyNotExact(Double.isNaN(lo) ? low : high);
                rejected.add(new RejectedFigure(text.substring(num.start(), figureEnd), num.start(), figureEnd, reason));
                floor = figureEnd;
                return figureEnd;
            }
            boolean percent = num.percent() || second != null && second.percent();
            String unit;
            String noun = "";
            if (!num.currency().isEmpty()) {
                unit = num.currency();
            } else if (percent) {
                unit = "percent";
            } else if (!num.compoundUnit().isEmpty() && second == null) {
                unit = num.compoundUnit();
                noun = unit;
            } else {
                int[] ne = nouns.nounEnd(end);
                if (ne[0] > end) {
                    noun = text.substring(end + 1, ne[0]);
                    unit = (ne[1] == end + 1 && ne[2] == ne[0] ? noun : text.substring(ne[1], ne[2]))
                            .toLowerCase(Locale.ROOT); // the same string as the noun when it is one word
                    end = ne[0];
                } else {
                    unit = "";
                }
            }
            if (hedge.equals("over") && Lexicon.isTimeUnit(unit) && hedges.spanOfTime(start, end)) {
                qualifier = Qualifier.EXACT; // "repayable over five years": how long, not more than
                start = num.start();
            }
            out.add(new Quantity(lo, hi, qualifier, unit, noun, text.substring(start, end), start, end));
            floor = end;
            return end;
        }

        /** A second number after "to", a dash or ("between ...") "and". */
        private NumberRead rangeEnd(NumberRead first, boolean between) {
            int k = first.end();
            int after;
            if (k < n && Lexicon.isDash(t[k])) {
                after = k + 1;
            } else if (startsWithJoiner(k)) {
                after = k + 4;
            } else if (k + 3 <= n && t[k] == ' ' && Lexicon.isDash(t[k + 1]) && t[k + 2] == ' ') {
                after = k + 3;
            } else if (between && text.startsWith(" and ", k)) {
                after = k + 5;
            } else {
                return null;
            }
            if (after >= n || inDate(after)) {
                return null;
            }
            char c = t[after];
            NumberRead second;
            if (isDigit(c) || currencySign(t, after) != null) {
                second = digitNumbers.digits(after, floor);
            } else if (Lexicon.isMinus(c) && after + 1 < n && isDigit(t[after + 1]) && !Lexicon.isDash(t[k])) {
                second = digitNumbers.digits(after + 1, floor);
            } else if (isLetter(c)) {
                second = numberWords.words(after, floor, lastFound());
            } else {
                return null;
            }
            if (second == null || second.identifier() || first.percent() && !second.percent()
                    || !second.currency().isEmpty() && !second.currency().equals(first.currency())
                    || second.currency().isEmpty() && !first.currency().isEmpty() && !isDigit(c)) {
                return null; // $2–3 million: the sign of the first covers both
            }
            return second;
        }

        private boolean startsWithJoiner(int k) {
            for (String j : Lexicon.rangeJoiners()) {
                if (k + j.length() + 2 <= n && t[k] == ' ' && text.startsWith(j, k + 1) && t[k + 1 + j.length()] == ' ') {
                    return true;
                }
            }
            return false;
        }

        /**
         * "2,000 and 3,000 cavalry", "10 or 12 men": a figure with no noun, joined by "and" or "or" to
         * the next, which has a counted noun, counts the same thing.
         */
        private List<Quantity> shareNouns(List<Quantity> qs) {
            for (int k = qs.size() - 2; k >= 0; k--) {
                Quantity a = qs.get(k);
                Quantity b = qs.get(k + 1);
                if (!a.unit().isEmpty() || b.noun().isEmpty()) {
                    continue;
                }
                int gap = b.start() - a.end();
                if (gap == 5 && text.startsWith(" and ", a.end()) || gap == 4 && text.startsWith(" or ", a.end())) {
                    qs.set(k, new Quantity(a.value(), a.high(), a.qualifier(), b.unit(), "", a.text(), a.start(),
                            a.end()));
                }
            }
            return qs;
        }

    }
}
