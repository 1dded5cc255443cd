package org.etrkit.datasets.extract;

/**
 * A date found in text, as ISO 8601 at the precision the text gives: {@code 1944-11-07},
 * {@code 1942-07}, {@code 1945}, an interval {@code 1946/1947}, a decade {@code 1970/1979}, or a
 * day without a year {@code --11-12} (which has {@code year == 0}).
 *
 * @param iso   the date in ISO 8601 form
 * @param year  the (first) year, or 0 when the text gives none
 * @param text  the date as written
 * @param start offset in the scanned text (inclusive)
 * @param end   offset just after the date
 */
public record DateMention(String iso, int year, String text, int start, int end) {

    public DateMention {
        if (iso == null || iso.isEmpty() || start < 0 || end <= start) {
            throw new IllegalArgumentException("bad date mention '" + text + "'");
        }
    }

    /** True when the text names a year, so the date can be placed on a timeline. */
    public boolean hasYear() {
        return year != 0;
    }
}
