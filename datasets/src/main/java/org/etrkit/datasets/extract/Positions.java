package org.etrkit.datasets.extract;

import java.util.Arrays;

/** A growable list of text offsets, without boxing. */
final class Positions {

    private int[] values = new int[16];
    private int size;

    void add(int offset) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = offset;
    }

    int size() {
        return size;
    }

    int get(int i) {
        return values[i];
    }
}
