package org.etrkit.datasets.extract;

/**
 * The date an event of a sentence is placed at, and where it comes from: see
 * {@link TextBlock#eventDate(Sentence)} and {@link TextBlock#dateFor(Sentence)}.
 *
 * <p>"The garrison surrendered on 3 October." in a paragraph that earlier says "in September 1944"
 * gives {@code iso = 1944-10-03}, {@code mention} = "3 October", {@code yearFrom} = "September 1944"
 * and basis {@link Basis#YEAR_FROM_PARAGRAPH}.
 *
 * @param iso      ISO 8601 at the precision the text gives, with the year filled in where it comes
 *                 from the paragraph ({@code 1944-10-03}, {@code 1944-11-06/1944-11-07}, {@code 1945})
 * @param year     the (first) year
 * @param mention  the date as written that the event is dated by
 * @param yearFrom the date as written that gives the year: {@code mention} itself unless the basis is
 *                 {@link Basis#YEAR_FROM_PARAGRAPH}
 * @param basis    where the date comes from
 */
public record EventDate(String iso, int year, DateMention mention, DateMention yearFrom, Basis basis) {

    /** Checks the date: an empty ISO text, year 0 or a null part is an {@link IllegalArgumentException}. */
    public EventDate {
        if (iso == null || iso.isEmpty() || year == 0 || mention == null || yearFrom == null || basis == null) {
            throw new IllegalArgumentException("incomplete event date " + iso);
        }
    }

    /** Where an event's date comes from. */
    public enum Basis {
        /** The sentence gives the whole date. */
        SENTENCE("sentence"),
        /**
         * The sentence gives a day and month ("on 3 October"); the year is that of the last date given
         * before it in the paragraph, or the next year when the month comes earlier in the year than
         * that date's month (dates in a paragraph are taken to move forward).
         */
        YEAR_FROM_PARAGRAPH("year from paragraph"),
        /** The sentence gives no date; it is the last date given before it in the paragraph. */
        EARLIER_SENTENCE("earlier sentence");

        private final String code;

        Basis(String code) {
            this.code = code;
        }

        /** The text written in a {@code date_basis} column: {@code sentence}, {@code year from paragraph}, ... */
        public String code() {
            return code;
        }
    }
}
