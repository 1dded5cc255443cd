package org.etrkit.datasets.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds dates in text: {@code 7 November 1944}, {@code August 21, 1937}, {@code July 1942},
 * {@code 1945}, decades ({@code the 1970s}), and ranges ({@code 1944–1946}, {@code 1944–45},
 * {@code from 1946 to 1947}, {@code between 1937 and 1941}, {@code April–June 1952},
 * {@code August 1945 – 1946}). A day and month without a year ({@code 12 November}) is found too, so
 * that its day is not read as a quantity, but it has no year.
 *
 * <p>A year is a four-digit number from 1000 to 2199 written without a thousands separator.
 */
public final class Dates {

    private static final String[] MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private Dates() {
    }

    /** The month named by text[start, end) (1-12), or null; allocates nothing. */
    private static Integer month(String text, int start, int end) {
        int len = end - start;
        if (len < 3 || len > 9) {
            return null;
        }
        char c = text.charAt(start);
        if (c < 'A' || c > 'Z') {
            return null;
        }
        for (int m : MONTHS_BY_LETTER[c - 'A']) {
            String name = MONTH_NAMES[m];
            if (name.length() == len && text.startsWith(name, start)) {
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
                if (candidates != null && Quantities.mayStartNumberWord(c) && (i == 0 || !isWordChar(t[i - 1]))) {
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
                    i = skipNumber(text, i);
                    continue;
                }
            } else if (c >= 'A' && c <= 'Z' && (i == 0 || !isLetter(t[i - 1]))) {
                int e = wordEnd(t, i + 1);
                p = e - i >= 3 && e - i <= 9 && "JFMASOND".indexOf(c) >= 0 ? monthFirst(text, i) : null;
                if (p == null) {
                    if (candidates != null && Quantities.mayStartNumberWord(c) && (i == 0 || !isWordChar(t[i - 1]))) {
                        candidates.add(i);
                    }
                    i = e;
                    continue;
                }
            } else {
                if (candidates != null && c == '$' && i + 1 < n && t[i + 1] >= '0' && t[i + 1] <= '9'
                        && (i == 0 || !isWordChar(t[i - 1]))) {
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

    /** A letter, with a fast path for ASCII. */
    static boolean isLetter(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    /** A single date point: ISO text, precision, and the first and last year it covers. */
    private record Point(String iso, int year, int lastYear, int start, int end) {
    }

    // ---- single points

    /** "7 November 1944", "12 November". */
    private static Point dayFirst(String text, int i) {
        int j = digitsEnd(text, i);
        if (j - i > 2 || j >= text.length() || text.charAt(j) != ' ') {
            return null;
        }
        int day = Integer.parseInt(text, i, j, 10);
        int monthStart = j + 1;
        int monthEnd = wordEnd(text, monthStart);
        Integer month = month(text, monthStart, monthEnd);
        if (month == null) {
            return null;
        }
        int k = monthEnd;
        if (k + 1 < text.length() && text.charAt(k) == ',') {
            k++;
        }
        if (k + 5 <= text.length() && text.charAt(k) == ' ') {
            int y = yearAt(text, k + 1);
            if (y > 0) {
                String iso = isoDay(y, month, day);
                if (iso != null) {
                    return new Point(iso, y, y, i, k + 5);
                }
                return null;
            }
        }
        if (day < 1 || day > 31) {
            return null;
        }
        return new Point("--" + twoDigits(month) + "-" + twoDigits(day), 0, 0, i, monthEnd);
    }

    /** "August 21, 1937", "July 1942", "October 03", "April–June 1952". */
    private static Point monthFirst(String text, int i) {
        int wordEnd = wordEnd(text, i);
        Integer month = month(text, i, wordEnd);
        if (month == null) {
            return null;
        }
        int n = text.length();
        int k = wordEnd;
        // April–June 1952
        if (k < n && isDash(text.charAt(k))) {
            int m2End = wordEnd(text, k + 1);
            Integer month2 = month(text, k + 1, m2End);
            if (month2 != null && m2End + 5 <= n && text.charAt(m2End) == ' ') {
                int y = yearAt(text, m2End + 1);
                if (y > 0) {
                    return new Point(isoMonth(y, month) + "/" + isoMonth(y, month2), y, y, i, m2End + 5);
                }
            }
            return null;
        }
        if (k + 1 >= n || text.charAt(k) != ' ' || !Character.isDigit(text.charAt(k + 1))) {
            return null;
        }
        int y = yearAt(text, k + 1);
        if (y > 0) {
            return new Point(isoMonth(y, month), y, y, i, k + 5);
        }
        int dEnd = digitsEnd(text, k + 1);
        if (dEnd - (k + 1) > 2 || dEnd < n && isWordChar(text.charAt(dEnd))) {
            return null;
        }
        int day = Integer.parseInt(text, k + 1, dEnd, 10);
        if (dEnd + 6 <= n && text.charAt(dEnd) == ',' && text.charAt(dEnd + 1) == ' ') {
            int y2 = yearAt(text, dEnd + 2);
            if (y2 > 0) {
                String iso = isoDay(y2, month, day);
                return iso == null ? null : new Point(iso, y2, y2, i, dEnd + 6);
            }
        }
        if (dEnd + 5 <= n && text.charAt(dEnd) == ' ') {
            int y2 = yearAt(text, dEnd + 1);
            if (y2 > 0) {
                String iso = isoDay(y2, month, day);
                return iso == null ? null : new Point(iso, y2, y2, i, dEnd + 5);
            }
        }
        if (day < 1 || day > 31) {
            return null;
        }
        return new Point("--" + twoDigits(month) + "-" + twoDigits(day), 0, 0, i, dEnd);
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
            return new Point(y + "/" + (y + 9), y, y + 9, i, end + 1);
        }
        return new Point(Integer.toString(y), y, y, i, end);
    }

    // ---- ranges

    private static DateMention withRange(String text, Point p) {
        if (p.year() == 0) {
            return mention(text, p.iso(), 0, p.start(), p.end());
        }
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
        } else if (text.startsWith(" to ", k) && precededBy(text, p.start(), "from")) {
            after = k + 4;
        } else if (text.startsWith(" and ", k) && precededBy(text, p.start(), "between")) {
            after = k + 5;
        }
        if (after < 0) {
            return mention(text, p.iso(), p.year(), p.start(), p.end());
        }
        after = skipPeriodWord(text, after);
        Point q = null;
        if (after < n && Character.isDigit(text.charAt(after))) {
            q = dayFirst(text, after);
            if (q == null) {
                q = year(text, after);
            }
            if (q == null && dashed) {
                // 1944–45
                int dEnd = digitsEnd(text, after);
                if (dEnd - after == 2 && (dEnd == n || !isWordChar(text.charAt(dEnd)))) {
                    int y2 = p.lastYear() / 100 * 100 + Integer.parseInt(text, after, dEnd, 10);
                    if (y2 > p.lastYear()) {
                        q = new Point(Integer.toString(y2), y2, y2, after, dEnd);
                    }
                }
            }
        } else if (after < n && Character.isUpperCase(text.charAt(after))) {
            q = monthFirst(text, after);
        }
        if (q == null || q.year() == 0 || q.lastYear() < p.year()) {
            return mention(text, p.iso(), p.year(), p.start(), p.end());
        }
        String end = q.iso().contains("/") ? q.iso().substring(q.iso().indexOf('/') + 1) : q.iso();
        String start = p.iso().contains("/") ? p.iso().substring(0, p.iso().indexOf('/')) : p.iso();
        int s = p.start();
        if (precededBy(text, s, "between") || precededBy(text, s, "from")) {
            s = text.lastIndexOf(' ', s - 2) + 1;
        }
        return mention(text, start + "/" + end, p.year(), s, q.end());
    }

    /** Skips "early ", "mid ", "late " after a range dash ("late 1950s – early 1960s"). */
    private static int skipPeriodWord(String text, int i) {
        for (String w : new String[] {"early ", "mid-", "mid ", "late "}) {
            if (text.startsWith(w, i)) {
                return i + w.length();
            }
        }
        return i;
    }

    private static DateMention mention(String text, String iso, int year, int start, int end) {
        return new DateMention(iso, year, text.substring(start, end), start, end);
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

    static boolean isDash(char c) {
        return c == '\u2013' || c == '\u2014' || c == '-';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(char c) {
        return isLetter(c) || c >= '0' && c <= '9' || c == '_' || c > 127 && Character.isDigit(c);
    }

    private static int digitsEnd(String text, int i) {
        while (i < text.length() && isAsciiDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int wordEnd(String text, int i) {
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Skips a whole numeric token (digits, separators, decimals) so its parts are not read as years. */
    private static int skipNumber(String text, int i) {
        int n = text.length();
        int j = i;
        while (j < n) {
            char c = text.charAt(j);
            if (isAsciiDigit(c) || Character.isLetter(c)) {
                j++;
            } else if ((c == ',' || c == '.') && j + 1 < n && isAsciiDigit(text.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        return Math.max(j, i + 1);
    }
}
