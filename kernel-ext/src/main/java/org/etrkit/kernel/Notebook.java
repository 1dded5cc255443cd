package org.etrkit.kernel;

import org.dflib.jjava.jupyter.kernel.BaseNotebookStatics;

/**
 * Statics imported into every notebook of the kernel, over JJava's own of the same name.
 *
 * <p>JJava's {@code display(x)} returns the new output's id, so {@code display(table);} as the last line of a
 * cell also shows that id (a UUID) as the cell's result. These return nothing. For an id to update the
 * output later, call JJava's own: {@code String id = BaseNotebookStatics.display(x);} then
 * {@code updateDisplay(id, y)}.
 */
public final class Notebook {

    private Notebook() {
    }

    /** Shows {@code o} as an output of the cell, in its preferred formats. */
    public static void display(Object o) {
        BaseNotebookStatics.display(o);
    }

    /** Shows {@code o} as an output of the cell, in the MIME types {@code as} ("image/svg+xml", ...). */
    public static void display(Object o, String... as) {
        BaseNotebookStatics.display(o, as);
    }
}
