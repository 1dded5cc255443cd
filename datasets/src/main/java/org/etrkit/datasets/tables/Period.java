package org.etrkit.datasets.tables;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The days an ISO 8601 date at the precision the text gives covers, both ends included:
 * {@code 1945} is 1945-01-01 to 1945-12-31, {@code 1945-08} is 1945-08-01 to 1945-08-31,
 * {@code 1945-08-08} is that day, and an interval {@code 1946/1947} runs from the first day of its
 * start to the last day of its end.
 *
 * @param from the first day covered
 * @param to   the last day covered (inclusive)
 */
record Period(LocalDate from, LocalDate to) {

    Period {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("bad period " + from + " to " + to);
        }
    }

    /**
     * The period of an ISO date or interval as the extractor writes them ({@code 1945}, {@code 1945-08},
     * {@code 1945-08-08}, {@code 1946/1947}); null for a date without a year ({@code --11-12}) or text that
     * is not such a date.
     */
    static Period of(String iso) {
        if (iso == null || iso.isEmpty() || iso.startsWith("--")) {
            return null;
        }
        int slash = iso.indexOf('/');
        try {
            if (slash >= 0) {
                LocalDate from = first(iso.substring(0, slash));
                LocalDate to = last(iso.substring(slash + 1));
                return from == null || to == null || to.isBefore(from) ? null : new Period(from, to);
            }
            LocalDate from = first(iso);
            LocalDate to = last(iso);
            return from == null || to == null ? null : new Period(from, to);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate first(String iso) {
        String[] p = iso.split("-");
        return switch (p.length) {
            case 1 -> LocalDate.of(Integer.parseInt(p[0]), 1, 1);
            case 2 -> LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), 1);
            case 3 -> LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
            default -> null;
        };
    }

    private static LocalDate last(String iso) {
        String[] p = iso.split("-");
        return switch (p.length) {
            case 1 -> LocalDate.of(Integer.parseInt(p[0]), 12, 31);
            case 2 -> YearMonth.of(Integer.parseInt(p[0]), Integer.parseInt(p[1])).atEndOfMonth();
            case 3 -> LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
            default -> null;
        };
    }
}
