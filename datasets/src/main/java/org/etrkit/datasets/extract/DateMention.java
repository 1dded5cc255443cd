package org.etrkit.datasets.extract;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date found in text, as ISO 8601 at the precision the text gives: {@code 1944-11-07},
 * {@code 1942-07}, {@code 1945}, an interval {@code 1946/1947} or {@code 1944-11-06/1944-11-07}, a
 * decade {@code 1970/1979}, or a day without a year {@code --11-12} or {@code --11-06/--11-07} (which
 * has {@code year == 0}). A day its month does not have, with its year ({@code 31 February 1945}), is
 * found as its month ({@code 1945-02}) with that day in {@link #impossibleDay}.
 *
 * @param iso           the date in ISO 8601 form
 * @param year          the (first) year, or 0 when the text gives none
 * @param text          the date as written
 * @param start         offset in the scanned text (inclusive)
 * @param end           offset just after the date
 * @param impossibleDay the day as written when the text names a day its month does not have (31 of
 *                      {@code 31 February 1945}, 0 of {@code 0 May 1945}) and {@code iso} is that month;
 *                      {@link #NO_IMPOSSIBLE_DAY} otherwise
 */
public record DateMention(String iso, int year, String text, int start, int end, int impossibleDay) {

    /** The {@link #impossibleDay} of a date that names no day its month does not have. */
    public static final int NO_IMPOSSIBLE_DAY = -1;

    /**
     * Checks the mention; an empty or null {@code iso}, a negative {@code start} or an {@code end} not after it is an
     * {@link IllegalArgumentException}.
     */
    public DateMention {
        if (iso == null || iso.isEmpty() || start < 0 || end <= start) {
            throw new IllegalArgumentException("bad date mention '" + text + "'");
        }
    }

    /**
     * A mention that names no impossible day; mistakes as for the canonical constructor.
     *
     * <p>Why it exists: only one path of {@link Dates} meets a day its month does not have and passes
     * {@link #impossibleDay}; every other date is built from a date read whole, {@code Dates.mention} for the dates
     * scanned and the table readers' {@code Prose.dated}, which gives an event date its year. This constructor says
     * "a real date" at those call sites without their naming {@link #NO_IMPOSSIBLE_DAY}, and keeps the record's
     * six components where the impossible day matters. It stays a constructor, not a factory, as it builds the same
     * record with one component defaulted, like the canonical one.
     */
    public DateMention(String iso, int year, String text, int start, int end) {
        this(iso, year, text, start, end, NO_IMPOSSIBLE_DAY);
    }

    /** True when the text names a year, so the date can be placed on a timeline. */
    public boolean hasYear() {
        return year != 0;
    }

    /** The last year the date covers: 1946 for {@code 1944/1946}, the year itself for a single date, 0 without one. */
    int lastYear() {
        if (!hasYear()) {
            return 0;
        }
        int slash = iso.indexOf('/');
        return slash < 0 ? year : Integer.parseInt(iso, slash + 1, slash + 5, 10);
    }

    /** The month of the (first) day or month, 1-12, or 0 when the date is a year or years. */
    int firstMonth() {
        int at = hasYear() ? 5 : 2;
        return iso.length() >= at + 2 && (at == 2 || iso.charAt(4) == '-')
                ? Integer.parseInt(iso, at, at + 2, 10) : 0;
    }

    /**
     * For a day without a year ({@code --10-03}, {@code --12-28/--01-03}), the same day in year
     * {@code y}: {@code 1944-10-03}; an end month before the start month falls in the next year.
     * Null when the day does not exist in that year (29 February) or the date has a year.
     */
    String withYear(int y) {
        if (hasYear()) {
            return null;
        }
        int slash = iso.indexOf('/');
        String first = day(y, slash < 0 ? iso : iso.substring(0, slash));
        if (slash < 0 || first == null) {
            return first;
        }
        String second = iso.substring(slash + 1);
        int m1 = Integer.parseInt(iso, 2, 4, 10);
        int m2 = Integer.parseInt(second, 2, 4, 10);
        String last = day(m2 < m1 ? y + 1 : y, second);
        return last == null ? null : first + "/" + last;
    }

    private static String day(int y, String monthDay) {
        try {
            return LocalDate.of(y, Integer.parseInt(monthDay, 2, 4, 10), Integer.parseInt(monthDay, 5, 7, 10))
                    .toString();
        } catch (DateTimeException | IndexOutOfBoundsException | NumberFormatException e) {
            return null;
        }
    }
}
