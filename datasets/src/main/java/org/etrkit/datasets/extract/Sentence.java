package org.etrkit.datasets.extract;

/** A sentence of a paragraph: its text and its offset in the paragraph's line (0-based). */
public record Sentence(String text, int start) {

    /** The offset just after the sentence. */
    public int end() {
        return start + text.length();
    }

    /** True when {@code offset} of the line falls inside this sentence. */
    public boolean contains(int offset) {
        return offset >= start && offset < end();
    }
}
