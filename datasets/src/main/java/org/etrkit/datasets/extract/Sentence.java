package org.etrkit.datasets.extract;

/**
 * A sentence of a paragraph: offsets {@code [start, end)} into the paragraph's line. The text is cut
 * from the line only when asked for, since most sentences are never quoted.
 */
public record Sentence(String line, int start, int end) {

    /** Checks the span: one that is not inside {@code line} is an {@link IllegalArgumentException}. */
    public Sentence {
        if (start < 0 || end < start || end > line.length()) {
            throw new IllegalArgumentException("bad sentence span " + start + ".." + end);
        }
    }

    /** The whole of {@code text} as one sentence. */
    public static Sentence whole(String text) {
        return new Sentence(text, 0, text.length());
    }

    /** The sentence's text, cut from the line now. */
    public String text() {
        return line.substring(start, end);
    }

    /** True when {@code offset} of the line falls inside this sentence. */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
