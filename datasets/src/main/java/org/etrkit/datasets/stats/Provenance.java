package org.etrkit.datasets.stats;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.etrkit.datasets.error.DatasetException;

import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Where a table's rows come from, to read beside it: each sentence its rows are read from, with the
 * article and line to check it against.
 *
 * <pre>{@code
 * System.out.println(Provenance.quotes(troops.first(3)));
 * // "On the head of bandits are ..., number of rebels is over 1,500."
 * //     (second-east-turkestan-republic.txt, line 52)
 * }</pre>
 */
public final class Provenance {

    /** The columns {@link #quotes(Table)} reads. */
    public static final List<String> COLUMNS = List.of("quote", "source", "line");

    private Provenance() {
    }

    /**
     * Each distinct sentence of the {@code quote} column, in row order, in quotation marks, with its
     * {@code source} and {@code line} on the next line; rows without a quote (a derived row) are left
     * out, and a table without any gives "". A table without the three columns throws, naming them.
     */
    public static String quotes(Table table) {
        List<String> missing = COLUMNS.stream().filter(c -> !table.containsColumn(c)).toList();
        if (!missing.isEmpty()) {
            throw new DatasetException("table '" + table.name() + "' has no " + String.join(", ", missing)
                    + " column: quotes need quote, source and line; columns: " + String.join(", ", table.columnNames()));
        }
        Column<?> quote = table.column("quote"), source = table.column("source"), line = table.column("line");
        Set<String> seen = new LinkedHashSet<>();
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < table.rowCount(); r++) {
            String q = quote.isMissing(r) ? "" : quote.getString(r).strip();
            String where = (source.isMissing(r) ? "?" : source.getString(r)) + ", line " + (line.isMissing(r) ? "?" : line.getString(r));
            if (q.isEmpty() || !seen.add(q + "\u0000" + where)) {
                continue;
            }
            b.append(b.length() == 0 ? "" : "\n").append('"').append(q).append("\"\n    (").append(where).append(')');
        }
        return b.toString();
    }
}
