package org.etrkit.datasets.tables;

import java.util.Comparator;

/**
 * Where a row's figure stands, for sorting rows in reading order: the article's position in the
 * corpus, the line, and the offset of the figure in its text block.
 */
record Place(int article, int line, int offset) implements Comparable<Place> {

    private static final Comparator<Place> ORDER = Comparator.comparingInt(Place::article)
            .thenComparingInt(Place::line).thenComparingInt(Place::offset);

    @Override
    public int compareTo(Place o) {
        return ORDER.compare(this, o);
    }
}
