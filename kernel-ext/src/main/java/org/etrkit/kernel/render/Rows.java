package org.etrkit.kernel.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.ToLongFunction;

/**
 * The rows of a {@link TableView} that fit an output budget, taken from the head and the tail in turn
 * so that a cut table still shows both ends, like an elided one.
 *
 * @param head   the rendered head rows, in order
 * @param tail   the rendered tail rows, in order
 * @param hidden how many rows lie between them, not shown
 * @param cut    whether the budget, not the display options, left rows out
 */
record Rows<R>(List<R> head, List<R> tail, int hidden, boolean cut) {

    /** Renders rows of {@code view} with {@code render} while their {@code cost} stays within {@code budget}. */
    static <R> Rows<R> fit(TableView view, long budget, IntFunction<R> render, ToLongFunction<R> cost) {
        int n = view.rowCount();
        List<R> head = new ArrayList<>();
        List<R> tail = new ArrayList<>();
        int hi = 0;
        int ti = n - 1;
        long used = 0;
        boolean cut = false;
        while (hi < view.headEnd() || ti >= view.tailStart()) {
            boolean fromHead = hi < view.headEnd() && (ti < view.tailStart() || hi <= n - 1 - ti);
            R row = render.apply(fromHead ? hi : ti);
            long c = cost.applyAsLong(row);
            if (used + c > budget) {
                cut = true;
                break;
            }
            used += c;
            if (fromHead) {
                head.add(row);
                hi++;
            } else {
                tail.add(row);
                ti--;
            }
        }
        Collections.reverse(tail);
        return new Rows<>(head, tail, ti + 1 - hi, cut);
    }

    /** UTF-8 length of {@code s}, without encoding it. */
    static long utf8Length(CharSequence s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
