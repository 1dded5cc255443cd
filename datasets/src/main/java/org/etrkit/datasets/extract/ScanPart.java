package org.etrkit.datasets.extract;

/**
 * A part of the quantity scan that reads one {@link ScanText}: the text, its characters and their count,
 * held in fields of its own for the scan's loops, as each part (digits, number words, counted nouns, hedges,
 * identifiers) reads them.
 */
abstract class ScanPart {

    /** The text being scanned. */
    final ScanText x;
    /** {@code x.text()}. */
    final String text;
    /** {@code x.t()}: the text's characters. */
    final char[] t;
    /** {@code x.n()}: how many characters the scan reads. */
    final int n;

    ScanPart(ScanText x) {
        this.x = x;
        this.text = x.text();
        this.t = x.t();
        this.n = x.n();
    }
}
