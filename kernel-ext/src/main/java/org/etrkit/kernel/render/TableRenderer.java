package org.etrkit.kernel.render;

import org.dflib.jjava.jupyter.kernel.display.RenderContext;
import org.dflib.jjava.jupyter.kernel.display.RenderFunction;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;

import tech.tablesaw.api.Table;

/** Renders Tablesaw tables as {@code text/html} (preferred) and {@code text/plain}. */
public final class TableRenderer implements RenderFunction<Table> {

    private final DisplayOptions options;

    public TableRenderer(DisplayOptions options) {
        this.options = options;
    }

    @Override
    public void render(Table table, RenderContext context) {
        context.renderIfRequested(MIMEType.TEXT_HTML, () -> TableHtml.render(table, options));
        context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> TableText.render(table, options));
    }
}
