package org.etrkit.kernel.render;

import java.util.Set;
import java.util.function.Supplier;

import org.dflib.jjava.jupyter.kernel.display.RenderContext;
import org.dflib.jjava.jupyter.kernel.display.RenderFunction;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;

import tech.tablesaw.api.Table;

/**
 * Renders Tablesaw tables as {@code text/html} (preferred) and {@code text/plain}; rows from the data
 * package carry their source and line.
 */
public final class TableRenderer implements RenderFunction<Table> {

    private final DisplayOptions options;
    private final Supplier<Set<String>> sources;

    /** Renders under {@code options}; {@code sources} gives the data package's article files when a table is shown. */
    public TableRenderer(DisplayOptions options, Supplier<Set<String>> sources) {
        this.options = options;
        this.sources = sources;
    }

    @Override
    public void render(Table table, RenderContext context) {
        context.renderIfRequested(MIMEType.TEXT_HTML, () -> TableHtml.render(table, options, sources.get()));
        context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> TableText.render(table, options));
    }
}
