package org.etrkit.datasets.extract;

import static org.etrkit.datasets.extract.Lexicon.isDigit;
import static org.etrkit.datasets.extract.Lexicon.isLetter;
import static org.etrkit.datasets.extract.Lexicon.isWordChar;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One quantity scan of one text, the stage that makes mentions: it walks the candidates, skips the
 * date spans it is given, has a figure read ({@link DigitNumbers}, {@link NumberWords}), then reads the
 * whole mention around it: the hedge before or after ({@link Hedges}), the second figure of a range
 * ("25,000 to 30,000", "between 8,000 and 9,500"), the counted noun ({@link CountedNouns}), and stores it
 * as a {@link Quantity}, or as a {@link RejectedFigure} when no stored number equals it. It keeps the
 * state of the scan: the date it stands at, the offset below which nothing may be read (the end of the
 * last mention, date or identifier) and what it found; figures joined by "and" or "or" share the noun of
 * the last. {@link Quantities} is its entry point.
 */
final class QuantityScanner {
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

    QuantityScanner(String text, char[] t, List<DateMention> dates) {
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
            if (Quantities.isCandidate(t, i)) {
                i = at(i);
            } else if (isWordChar(t[i])) {
                i = x.skipToken(i);
            } else {
                i++;
            }
        }
    }

    Quantities.Found result() {
        return new Quantities.Found(shareNouns(out), rejected);
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
        boolean numeric = isDigit(t[i]) || t[i] == '$' || Quantities.currencySign(t, i) != null;
        NumberRead num = numeric ? digitNumbers.digits(i, floor) : numberWords.words(i, floor, lastFound());
        if (num == null) {
            // skip the whole token, as the date pass does: "1,2345" and "$1,2345" hold no figure
            return !numeric ? x.skipToken(i) : isDigit(t[i]) ? Quantities.numberTokenEnd(t, i)
                    : i + 1 < n && isDigit(t[i + 1]) ? Quantities.numberTokenEnd(t, i + 1) : i + 1;
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
        return restOfDigitGroup(Math.max(complete(num), i + 1));
    }

    /**
     * Where to look on after a mention ending at {@code end}: past the rest of a digit group it ends inside ("5 A-1,000":
     * the noun took the group's head, so its tail "000" is no figure), as the date pass skips a number token whole.
     */
    private int restOfDigitGroup(int end) {
        boolean insideGroup = end > 0 && end + 1 < n && isDigit(t[end - 1]) && Quantities.isInnerSeparator(t[end])
                && isDigit(t[end + 1]);
        return insideGroup ? Quantities.numberTokenEnd(t, end) : end;
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
        double lo = Quantities.exactDouble(low);
        double hi = Quantities.exactDouble(high);
        if (inexact != null || Double.isNaN(lo) || Double.isNaN(hi)) {
            String reason = inexact != null ? "not stored: the fraction has no exact decimal value"
                    : Quantities.whyNotExact(Double.isNaN(lo) ? low : high);
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

    /** "by another" or "by a further" right before a figure: a further change, which "to" does not make a range. */
    private static final java.util.regex.Pattern FURTHER_CHANGE = java.util.regex.Pattern.compile(
            "\\bby (?:another|a further) $");

    /** A second number after "to", a dash or ("between ...") "and". */
    private NumberRead rangeEnd(NumberRead first, boolean between) {
        int k = first.end();
        int after;
        if (k < n && Lexicon.isDash(t[k])) {
            after = k + 1;
        } else if (k + 1 < n && t[k] == '\u2212' && isDigit(t[k + 1])) {
            after = k + 1; // "1,000−1,200": a minus sign typed for the dash between two figures
        } else if (startsWithJoiner(k)) {
            if (text.startsWith(" to ", k) && FURTHER_CHANGE.matcher(text).region(Math.max(0, first.start() - 20), first.start()).find()) {
                return null; // "had fallen by another 9,100 to 23,600": a further change, then the level it reached
            }
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
        if (isDigit(c) || Quantities.currencySign(t, after) != null) {
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
