package org.etrkit.plot.internal;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.Objects;

/**
 * The days an ISO 8601 date covers at the precision it is written: {@code 1945} is the whole year,
 * {@code 1945-08} the month, {@code 1945-08-08} one day, an interval {@code 1946/1947} from the first
 * day of the one to the last day of the other.
 *
 * @param first the first day covered
 * @param last  the last day covered (inclusive)
 */
public record Period(LocalDate first, LocalDate last) {

    /** A period; a null day is a {@link NullPointerException}, a last day before the first an {@link IllegalArgumentException}. */
    public Period {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("period ends before it starts: " + first + " / " + last);
        }
    }

    /** One day. */
    public static Period of(LocalDate day) {
        return new Period(day, day);
    }

    /** Parses {@code 1945}, {@code 1945-08}, {@code 1945-08-08} or {@code A/B} of those; other text is an {@link IllegalArgumentException}. */
    public static Period parse(String iso) {
        String s = iso == null ? "" : iso.strip();
        try {
            int slash = s.indexOf('/');
            if (slash >= 0) {
                return new Period(parseOne(s.substring(0, slash)).first, parseOne(s.substring(slash + 1)).last);
            }
            return parseOne(s);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an ISO date or interval: '" + iso + "'");
        }
    }

    private static Period parseOne(String s) {
        String[] p = s.split("-", -1);
        LocalDate first = LocalDate.of(Integer.parseInt(p[0]), p.length > 1 ? Integer.parseInt(p[1]) : 1,
                p.length > 2 ? Integer.parseInt(p[2]) : 1);
        if (p.length > 3 || p[0].length() != 4) {
            throw new IllegalArgumentException(s);
        }
        LocalDate next = p.length == 1 ? first.plusYears(1) : p.length == 2 ? first.plusMonths(1) : first.plusDays(1);
        return new Period(first, next.minusDays(1));
    }

    /** The start as a decimal year: 1945-01-01 is 1945.0, 1945-07-02 is 1945.5. */
    public double fromYear() {
        return decimalYear(first);
    }

    /** The end of the last day as a decimal year: the year 1945 ends at 1946.0. */
    public double toYear() {
        return decimalYear(last.plusDays(1));
    }

    /** The middle, as a decimal year. */
    public double midYear() {
        return (fromYear() + toYear()) / 2;
    }

    /** Whether the period is one day. */
    public boolean isDay() {
        return first.equals(last);
    }

    /**
     * The period as a reader writes it, at the precision it covers: {@code 1945-08-08} (a day),
     * {@code 1945-08} (a month), {@code 1945} (a year), {@code 1946–1947} (whole years),
     * {@code 1945-08 – 1946-01} (whole months), else {@code 1944-11-06 – 1944-11-07}.
     */
    public String label() {
        if (isDay()) {
            return first.toString();
        }
        boolean wholeMonths = first.getDayOfMonth() == 1 && last.plusDays(1).getDayOfMonth() == 1;
        if (wholeMonths && first.getMonthValue() == 1 && last.getMonthValue() == 12) {
            return first.getYear() == last.getYear() ? String.valueOf(first.getYear())
                    : first.getYear() + "\u2013" + last.getYear();
        }
        if (wholeMonths) {
            String a = first.toString().substring(0, 7), b = last.toString().substring(0, 7);
            return a.equals(b) ? a : a + " \u2013 " + b;
        }
        return first + " \u2013 " + last;
    }

    /** A day as a decimal year. */
    public static double decimalYear(LocalDate d) {
        return d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
    }
}
