package org.etrkit.datasets.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.etrkit.datasets.extract.Lexicon.isDash;
import static org.etrkit.datasets.extract.Lexicon.isLetter;
import static org.etrkit.datasets.extract.Lexicon.isWordChar;

/**
 * Finds dates in text: {@code 7 November 1944}, {@code August 21, 1937}, {@code July 1942},
 * {@code 1945}, decades ({@code the 1970s}), and ranges ({@code 1944–1946}, {@code 1944–45},
 * {@code from 1946 to 1947}, {@code between 1937 and 1941}, {@code April–June 1952},
 * {@code August 1945 – 1946}). A day and month without a year ({@code 12 November}) is found too, so
 * that its day is not read as a quantity, but it has no year. A month may also be written as its first three
 * letters and a full stop ({@code 12 Feb. 1945}, {@code Sept. 1944}: also "Sept."), and a day with the
 * letters of an ordinal ({@code 12th November 1944}, {@code November 12th, 1944}).
 *
 * <p>A year is a four-digit number from 1000 to 2199 written without a thousands separator.
 *
 * <p>A day its month does not have (day 0, {@code 31 February 1945}, {@code April 31, 1947}, {@code 29 February 1945})
 * is no date: with its year, the whole text is its month ({@code 1945-02}), a {@link DateMention} whose
 * {@link DateMention#impossibleDay()} is the day as written (31), so that the day's digits are read neither as a
 * quantity nor as a day; without a year ({@code 31 June}) it is no date at all, and a range with such a day at one end
 * ({@code 30–31 February 1945}) is not read as a range (its month with the year is found). 29 February is a day of
 * a leap year only; without a year it is taken to be one.
 */
public final class Dates {

    private static final String[] MONTH_NAMES = Lexicon.monthNames().toArray(String[]::new);

    private Dates() {
    }

    /**
     * The month (1-12) named by the word text[start, end) followed by a full stop: its first three letters ("Feb.")
     * or "Sept."; else null. The month's name then ends after the stop, at {@code end + 1}.
     */
    private static Integer abbreviatedMonth(String text, int start, int end) {
        return end < text.length() && text.charAt(end) == '.' ? month(text, start, end, true) : null;
    }

    /** The month named by text[start, end) (1-12), or null; allocates nothing. */
    private static Integer month(String text, int start, int end) {
        return month(text, start, end, false);
    }

    /** The month whose full name, or ({@code abbreviated}) first three letters or "Sept", is text[start, end); or null. */
    private static Integer month(String text, int start, int end, boolean abbreviated) {
        int len = end - start;
        if (len < 3 || len > (abbreviated ? 4 : 9)) {
            return null;
        }
        char c = text.charAt(start);
        if (c < 'A' || c > 'Z') {
            return null;
        }
        for (int m : MONTHS_BY_LETTER[c - 'A']) {
            String name = MONTH_NAMES[m];
            if (abbreviated ? (len == 3 || m == 8) && text.regionMatches(start, name, 0, len)
                    : name.length() == len && text.startsWith(name, start)) {
                return m + 1;
            }
        }
        return null;
    }

    /** For each capital letter, the months (0-11) whose names start with it. */
    private static final int[][] MONTHS_BY_LETTER = new int[26][];

    static {
        for (char c = 'A'; c <= 'Z'; c++) {
            final char first = c;
            MONTHS_BY_LETTER[c - 'A'] = java.util.stream.IntStream.range(0, 12)
                    .filter(m -> MONTH_NAMES[m].charAt(0) == first).toArray();
        }
    }

    /** All dates in {@code text}, in order, not overlapping. */
    public static List<DateMention> find(String text) {
        return find(text, text.toCharArray(), null);
    }

    /**
     * As {@link #find(String)}, with the text also given as an array ({@code t} equals {@code text}).
     * While it reads every word anyway, it notes in {@code candidates} (if not null) each place outside
     * a date where a quantity may start (a digit, a '$' or a possible number word at a word boundary),
     * so that {@link Quantities} need not read the text again.
     */
    static List<DateMention> find(String text, char[] t, Positions candidates) {
        List<DateMention> out = new ArrayList<>();
        int n = t.length;
        int i = 0;
        while (i < n) {
            char c = t[i];
            Point p;
            if (c >= 'a' && c <= 'z') {
                if (candidates != null && (i == 0 || !isWordChar(t[i - 1])) && Quantities.isCandidate(t, i)) {
                    candidates.add(i);
                }
                i = wordEnd(t, i + 1);
                continue;
            } else if (c >= '0' && c <= '9' && (i == 0 || !isWordChar(t[i - 1]))) {
                p = dayFirst(text, i);
                if (p == null) {
                    p = year(text, i);
                }
                if (p == null) {
                    if (candidates != null) {
                        candidates.add(i);
                    }
                    i = Quantities.numberTokenEnd(t, i);
                    continue;
                }
            } else if (c >= 'A' && c <= 'Z' && (i == 0 || !isLetter(t[i - 1]))) {
                int e = wordEnd(t, i + 1);
                p = e - i >= 3 && e - i <= 9 && "JFMASOND".indexOf(c) >= 0 ? monthFirst(text, i) : null;
                if (p == null) {
                    if (candidates != null && (i == 0 || !isWordChar(t[i - 1])) && Quantities.isCandidate(t, i)) {
                        candidates.add(i);
                    }
                    i = e;
                    continue;
                }
            } else {
                if (candidates != null && !isWordChar(c) && Quantities.isCandidate(t, i)) {
                    candidates.add(i);
                }
                i++;
                continue;
            }
            DateMention m = withRange(text, p);
            out.add(m);
            i = m.end();
        }
        return out;
    }

    /** The end of the run of letters at {@code i}. */
    private static int wordEnd(char[] t, int i) {
        while (i < t.length && isLetter(t[i])) {
            i++;
        }
        return i;
    }

    /**
     * A single date point: ISO text, the first and last year it covers (0 when the text gives none),
     * and for a day or month the (first) month and day (0 when not given).
     */
    private record Point(String iso, int year, int lastYear, int start, int end, int month, int day, int impossibleDay) {

        Point(String iso, int year, int lastYear, int start, int end, int month, int day) {
            this(iso, year, lastYear, start, end, month, day, DateMention.NO_IMPOSSIBLE_DAY);
        }
    }

    // ---- single points

    /** "7 November 1944", "12 November", "6–7 November 1944", "between 6 and 9 May 1945". */
    private static Point dayFirst(String text, int i) {
        int n = text.length();
        int j = digitsEnd(text, i);
        if (j - i > 2 || j >= n) {
            return null;
        }
        int day = Integer.parseInt(text, i, j, 10);
        int day2 = 0;
        int monthStart;
        int k2 = dayRangeSecond(text, i, j);
        if (k2 > 0) {
            int d2End = digitsEnd(text, k2);
            day2 = Integer.parseInt(text, k2, d2End, 10);
            monthStart = d2End + 1;
        } else if (text.charAt(j) == ' ') {
            monthStart = j + 1;
        } else if (ordinalEnd(text, j) > 0 && j + 3 < n && text.charAt(j + 2) == ' ') {
            monthStart = j + 3;   // "12th November 1944"
        } else {
            return listedDay(text, i, j, day);
        }
        int monthEnd = wordEnd(text, monthStart);
        Integer month = month(text, monthStart, monthEnd);
        int yearlessEnd = monthEnd;
        if (month == null) {
            month = abbreviatedMonth(text, monthStart, monthEnd);
            if (month != null) {
                monthEnd++;   // "12 Feb. 1945"; a day without its year ends before the stop, which may end the sentence
            }
        }
        if (month == null && day2 == 0) {
            return listedDay(text, i, j, day);
        }
        if (month == null || day2 != 0 && day2 <= day) {
            return null;
        }
        int start = day2 != 0 && !isDash(text.charAt(j)) ? withOpener(text, i) : i;
        int k = monthEnd;
        if (k + 1 < n && text.charAt(k) == ',') {
            k++;
        }
        if (k + 5 <= n && text.charAt(k) == ' ') {
            int y = yearAt(text, k + 1);
            if (y > 0) {
                return dayPoint(y, month, day, day2, start, k + 5);
            }
        }
        return yearlessDayPoint(month, day, day2, start, yearlessEnd);
    }

    /**
     * Day {@code day} (to {@code day2}, 0 for none) of {@code month} of year {@code y}. A single day the month does not
     * have is the month, marked with the day; a range with such a day is null.
     */
    private static Point dayPoint(int y, int month, int day, int day2, int start, int end) {
        String iso = isoDay(y, month, day);
        String iso2 = day2 == 0 ? null : isoDay(y, month, day2);
        if (iso == null && day2 == 0) {
            return new Point(isoMonth(y, month), y, y, start, end, month, 0, day);
        }
        if (iso == null || day2 != 0 && iso2 == null) {
            return null;
        }
        return new Point(day2 == 0 ? iso : iso + "/" + iso2, y, y, start, end, month, day);
    }

    /** {@link #dayPoint} of no year ("--11-07"); null for a day the month has in no year (0, 31 June, 30 February). */
    private static Point yearlessDayPoint(int month, int day, int day2, int start, int end) {
        int days = java.time.Month.of(month).maxLength();
        if (day < 1 || day > days || day2 > days) {
            return null;
        }
        String iso = "--" + twoDigits(month) + "-" + twoDigits(day);
        if (day2 != 0) {
            iso += "/--" + twoDigits(month) + "-" + twoDigits(day2);
        }
        return new Point(iso, 0, 0, start, end, month, day);
    }

    /**
     * The first day of a list of days before one month ("on 3 and 14 October 1939", "5, 7 and 9 May"):
     * a date of its own, in the month and year of the date that ends the list; null when none follows.
     */
    private static Point listedDay(String text, int i, int j, int day) {
        int k;
        if (text.startsWith(" and ", j)) {
            k = j + 5;
        } else if (text.startsWith(", ", j)) {
            k = j + 2;
        } else {
            return null;
        }
        if (day < 1 || day > 31 || k >= text.length() || !isAsciiDigit(text.charAt(k))) {
            return null;
        }
        Point next = dayFirst(text, k);
        if (next == null || next.month() == 0 || next.day() == 0 || next.start() != k) {
            return null;   // also after a day its month does not have ("30 and 31 February 1945"), which is no day
        }
        String iso = next.year() > 0 ? isoDay(next.year(), next.month(), day)
                : "--" + twoDigits(next.month()) + "-" + twoDigits(day);
        return iso == null ? null : new Point(iso, next.year(), next.year(), i, j, next.month(), day);
    }

    /**
     * After the day digits {@code [i, j)}: if a second day follows ("–7", " to 7", " and 9" after
     * "between") and then a space, the offset of its digits; else -1.
     */
    private static int dayRangeSecond(String text, int i, int j) {
        int n = text.length();
        int k;
        if (isDash(text.charAt(j))) {
            k = j + 1;
        } else if (text.startsWith(" to ", j)) {
            k = j + 4;
        } else if (text.startsWith(" and ", j) && precededBy(text, i, Lexicon.between())) {
            k = j + 5;
        } else {
            return -1;
        }
        int e = digitsEnd(text, k);
        return e > k && e - k <= 2 && e + 1 < n && text.charAt(e) == ' ' ? k : -1;
    }

    /** The start of "from" or "between" right before {@code s}, or {@code s}. */
    private static int withOpener(String text, int s) {
        if (precededBy(text, s, Lexicon.between()) || precededBy(text, s, Lexicon.from())) {
            return text.lastIndexOf(' ', s - 2) + 1;
        }
        return s;
    }

    /** "August 21, 1937", "July 1942", "October 03", "April–June 1952", "May 5–8, 1945". */
    private static Point monthFirst(String text, int i) {
        int wordEnd = wordEnd(text, i);
        Integer month = month(text, i, wordEnd);
        if (month == null) {
            month = abbreviatedMonth(text, i, wordEnd);
            if (month == null) {
                return null;
            }
            wordEnd++;   // "Feb. 1945"
        }
        int n = text.length();
        int k = wordEnd;
        // April–June 1952
        if (k < n && isDash(text.charAt(k))) {
            int m2End = wordEnd(text, k + 1);
            Integer month2 = month(text, k + 1, m2End);
            if (month2 == null) {
                month2 = abbreviatedMonth(text, k + 1, m2End);
                m2End = month2 == null ? m2End : m2End + 1;
            }
            if (month2 != null && m2End + 5 <= n && text.charAt(m2End) == ' ') {
                int y = yearAt(text, m2End + 1);
                if (y > 0) {
                    return new Point(isoMonth(y, month) + "/" + isoMonth(y, month2), y, y, i, m2End + 5, month, 0);
                }
            }
            return null;
        }
        if (k + 1 >= n || text.charAt(k) != ' ' || !isAsciiDigit(text.charAt(k + 1))) {
            return null;
        }
        int y = yearAt(text, k + 1);
        if (y > 0) {
            return new Point(isoMonth(y, month), y, y, i, k + 5, month, 0);
        }
        int dEnd = digitsEnd(text, k + 1);
        if (dEnd - (k + 1) > 2) {
            return null;
        }
        int day = Integer.parseInt(text, k + 1, dEnd, 10);
        dEnd = Math.max(dEnd, ordinalEnd(text, dEnd));   // "November 12th, 1944"
        if (dEnd < n && isWordChar(text.charAt(dEnd))) {
            return null;
        }
        int day2 = 0;
        // May 5–8, 1945
        if (dEnd + 1 < n && isDash(text.charAt(dEnd)) && isAsciiDigit(text.charAt(dEnd + 1))) {
            int d2End = digitsEnd(text, dEnd + 1);
            if (d2End - dEnd - 1 <= 2 && (d2End == n || !isWordChar(text.charAt(d2End)))) {
                day2 = Integer.parseInt(text, dEnd + 1, d2End, 10);
                if (day2 <= day) {
                    return null;
                }
                dEnd = d2End;
            }
        }
        int yearStart = -1;
        if (dEnd + 6 <= n && text.charAt(dEnd) == ',' && text.charAt(dEnd + 1) == ' ') {
            yearStart = dEnd + 2;
        } else if (dEnd + 5 <= n && text.charAt(dEnd) == ' ') {
            yearStart = dEnd + 1;
        }
        int y2 = yearStart < 0 ? 0 : yearAt(text, yearStart);
        if (y2 > 0) {
            return dayPoint(y2, month, day, day2, i, yearStart + 4);
        }
        return yearlessDayPoint(month, day, day2, i, dEnd);
    }

    /** "1945", "1970s". */
    private static Point year(String text, int i) {
        int y = yearAt(text, i);
        if (y == 0) {
            return null;
        }
        if (i > 0 && text.charAt(i - 1) == '$') {
            return null;
        }
        int end = i + 4;
        if (end < text.length() && text.charAt(end) == 's' && (end + 1 == text.length()
                || !Character.isLetterOrDigit(text.charAt(end + 1))) && y % 10 == 0) {
            return new Point(y + "/" + (y + 9), y, y + 9, i, end + 1, 0, 0);
        }
        return new Point(yearString(y), y, y, i, end, 0, 0);
    }

    // ---- ranges

    private static DateMention withRange(String text, Point p) {
        int n = text.length();
        int k = p.end();
        int after = -1;
        boolean dashed = false;
        if (k < n && isDash(text.charAt(k))) {
            after = k + 1;
            dashed = true;
        } else if (k + 3 <= n && text.charAt(k) == ' ' && isDash(text.charAt(k + 1)) && text.charAt(k + 2) == ' ') {
            after = k + 3;
            dashed = true;
        } else if (text.startsWith(" to ", k) && precededBy(text, p.start(), Lexicon.from())) {
            after = k + 4;
        } else if (text.startsWith(" and ", k) && precededBy(text, p.start(), Lexicon.between())) {
            after = k + 5;
        }
        if (p.impossibleDay() != DateMention.NO_IMPOSSIBLE_DAY) {
            return new DateMention(p.iso(), p.year(), text.substring(p.start(), p.end()), p.start(), p.end(),
                    p.impossibleDay());
        }
        if (after < 0 || p.year() == 0 && (p.day() == 0 || !p.iso().equals(firstPart(p.iso())))) {
            return mention(text, p.iso(), p.year(), p.start(), p.end());
        }
        after = skipPeriodWord(text, after);
        Point q = null;
        if (after < n && isAsciiDigit(text.charAt(after))) {
            q = dayFirst(text, after);
            if (q == null && p.year() > 0) {
                q = year(text, after);
            }
            if (q == null && dashed && p.year() > 0) {
                // 1944–45
                int dEnd = digitsEnd(text, after);
                if (dEnd - after == 2 && (dEnd == n || !isWordChar(text.charAt(dEnd)))) {
                    int y2 = p.lastYear() / 100 * 100 + Integer.parseInt(text, after, dEnd, 10);
                    if (y2 > p.lastYear()) {
                        q = new Point(Integer.toString(y2), y2, y2, after, dEnd, 0, 0);
                    }
                }
            }
        } else if (after < n && Character.isUpperCase(text.charAt(after))) {
            q = monthFirst(text, after);
        }
        if (q != null && q.impossibleDay() != DateMention.NO_IMPOSSIBLE_DAY) {
            q = null;   // a day its month does not have ends no range: it is found on its own, as its month
        }
        String start;
        int year;
        if (p.year() == 0) {
            // 31 January – 4 February 1934: the first day takes its year from the second
            if (q == null || q.day() == 0) {
                return mention(text, p.iso(), 0, p.start(), p.end());
            }
            if (q.year() == 0) {
                start = p.iso();
                year = 0;
            } else {
                year = p.month() > q.month() ? q.year() - 1 : q.year();
                start = isoDay(year, p.month(), p.day());
                if (start == null) {
                    return mention(text, p.iso(), 0, p.start(), p.end());
                }
            }
        } else {
            if (q == null || q.year() == 0 || q.lastYear() < p.year()) {
                return mention(text, p.iso(), p.year(), p.start(), p.end());
            }
            start = firstPart(p.iso());
            year = p.year();
        }
        String end = q.iso().contains("/") ? q.iso().substring(q.iso().indexOf('/') + 1) : q.iso();
        return mention(text, start + "/" + end, year, withOpener(text, p.start()), q.end());
    }

    private static String firstPart(String iso) {
        int slash = iso.indexOf('/');
        return slash < 0 ? iso : iso.substring(0, slash);
    }

    /** Skips "early ", "mid ", "late " after a range dash ("late 1950s – early 1960s"). */
    private static int skipPeriodWord(String text, int i) {
        for (String w : Lexicon.periodWords()) {
            if (text.startsWith(w, i)) {
                return i + w.length();
            }
        }
        return i;
    }

    private static DateMention mention(String text, String iso, int year, int start, int end) {
        boolean asIso = end - start == iso.length() && text.regionMatches(start, iso, 0, iso.length());
        return new DateMention(iso, year, asIso ? iso : text.substring(start, end), start, end);
    }

    /** The ISO text of each year 1000-2199, made once: most dates are bare years, and they repeat. */
    private static final String[] YEARS = new String[1200];

    private static String yearString(int y) {
        String s = YEARS[y - 1000];
        if (s == null) {
            s = Integer.toString(y);
            YEARS[y - 1000] = s; // a benign race: every thread writes an equal string
        }
        return s;
    }

    // ---- helpers

    /** The year written at {@code i} (four digits, 1000–2199, then no digit, comma-digit or letter but 's'), or 0. */
    static int yearAt(String text, int i) {
        int n = text.length();
        if (i + 4 > n) {
            return 0;
        }
        for (int k = i; k < i + 4; k++) {
            if (!isAsciiDigit(text.charAt(k))) {
                return 0;
            }
        }
        if (i + 4 < n) {
            char next = text.charAt(i + 4);
            if (isAsciiDigit(next) || next == '%' || (Character.isLetter(next) && next != 's')) {
                return 0;
            }
            if ((next == ',' || next == '.') && i + 5 < n && isAsciiDigit(text.charAt(i + 5))) {
                return 0;
            }
        }
        int y = Integer.parseInt(text, i, i + 4, 10);
        return y >= 1000 && y <= 2199 ? y : 0;
    }

    private static boolean precededBy(String text, int start, String word) {
        int k = start - 1;
        if (k < 0 || text.charAt(k) != ' ') {
            return false;
        }
        int wStart = k - word.length();
        return wStart >= 0 && text.regionMatches(true, wStart, word, 0, word.length())
                && (wStart == 0 || !Character.isLetter(text.charAt(wStart - 1)));
    }

    private static String isoDay(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String isoMonth(int y, int m) {
        return y + "-" + twoDigits(m);
    }

    private static String twoDigits(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    /** After a day's digits at {@code j}, the end of an ordinal's letters there ("st", "nd", "rd", "th"), or -1. */
    private static int ordinalEnd(String text, int j) {
        if (j + 2 > text.length()) {
            return -1;
        }
        char a = text.charAt(j);
        char b = text.charAt(j + 1);
        boolean ordinal = a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h';
        return ordinal && (j + 2 == text.length() || !isWordChar(text.charAt(j + 2))) ? j + 2 : -1;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitsEnd(String text, int i) {
        while (i < text.length() && isAsciiDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int wordEnd(String text, int i) {
        while (i < text.length() && isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
