package org.etrkit.datasets.extract;

/**
 * A figure the text gives that is not stored, because no stored number would equal it:
 * {@code 12,345,678,901,234,567} has more digits than a number column keeps exactly. It is reported
 * rather than rounded, so that no table holds a number the article does not give.
 *
 * @param text   the figure as written
 * @param start  offset of the figure in the scanned text (inclusive)
 * @param end    offset just after the figure
 * @param reason why it is not stored, in words for the reader ("more than 15 significant digits ...")
 */
public record RejectedFigure(String text, int start, int end, String reason) {

    /** Checks the figure: a null text or reason, an empty reason or a bad span is an {@link IllegalArgumentException}. */
    public RejectedFigure {
        if (text == null || reason == null || reason.isEmpty() || start < 0 || end <= start) {
            throw new IllegalArgumentException("bad rejected figure '" + text + "' at " + start + ".." + end);
        }
    }
}
