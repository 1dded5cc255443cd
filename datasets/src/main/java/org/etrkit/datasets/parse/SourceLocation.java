package org.etrkit.datasets.parse;

/**
 * Where a piece of text comes from: the article's file name, a 1-based line and a 1-based column
 * (counted in Unicode characters).
 */
public record SourceLocation(String source, int line, int column) {

    /** Checks the place: an empty or null source, or a line or column below 1, is an {@link IllegalArgumentException}. */
    public SourceLocation {
        if (source == null || source.isEmpty()) {
            throw new IllegalArgumentException("source must not be empty");
        }
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }

    /** The start of {@code line}; mistakes as for the constructor. */
    public static SourceLocation of(String source, int line) {
        return new SourceLocation(source, line, 1);
    }

    /** The same line, at another column; a column below 1 is an {@link IllegalArgumentException}. */
    public SourceLocation atColumn(int newColumn) {
        return new SourceLocation(source, line, newColumn);
    }

    /** {@code source:line:column}, as the kit's messages name a place. */
    @Override
    public String toString() {
        return source + ":" + line + ":" + column;
    }
}
