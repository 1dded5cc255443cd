package org.etrkit.kernel.render;

import org.dflib.jjava.jupyter.kernel.display.RenderContext;
import org.dflib.jjava.jupyter.kernel.display.RenderFunction;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.etrkit.kernel.error.EtrException;

import tech.tablesaw.api.Row;

/**
 * Renders a Tablesaw {@link Row} as {@code text/plain}, as Tablesaw writes it. Tablesaw makes a row of any
 * number without checking it ({@code table.row(0)} of a filter that kept no row): such a row fails only
 * when it is read, so here it is one line, not a trace from inside the kernel's renderer.
 */
public final class RowRenderer implements RenderFunction<Row> {

    /**
     * Puts the row's text, as Tablesaw writes it, in the output; a row past the end of its table (of a filter that kept
     * no row) is an {@link EtrException} of one line.
     */
    @Override
    public void render(Row row, RenderContext context) {
        String text;
        try {
            text = row.toString();
        } catch (IndexOutOfBoundsException e) {
            throw new EtrException("row " + row.getRowNumber() + " is past the end of its table, which has fewer rows"
                    + " (did a filter keep no row? check table.rowCount() before taking a row)");
        }
        context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> text);
    }
}
