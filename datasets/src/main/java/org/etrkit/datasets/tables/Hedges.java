package org.etrkit.datasets.tables;

/**
 * The hedge words a count may follow in the readers' patterns ("about 41,200", "some 3,600", "perhaps 700,000"; the
 * demographics statements, and the aid reader's "built a cold store for some 2,000 tonnes"), written once for every
 * pattern that lets a hedge stand before a figure.
 */
final class Hedges {

    /** One hedge word, as a non-capturing group to put in a pattern: "about", "some", ..., "perhaps". */
    static final String WORD = "(?:about|some|around|roughly|nearly|over|almost|perhaps)";

    /**
     * One hedge word before a share ("about 2.7%", ", some 84 per cent"): those of {@link #WORD} but "over" and
     * "perhaps", which the share patterns of {@link SharesOfCounts} have never let stand there.
     */
    static final String SHARE_WORD = "(?:about|some|around|roughly|nearly|almost)";

    private Hedges() {
    }
}
