package org.etrkit.datasets.stats;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import org.etrkit.datasets.error.DatasetException;

import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Figures as the articles give them, to read beside a table's numbers: the hedge of the
 * {@code qualifier}, the number or range with grouped digits, and the {@code unit}, as in
 * "more than 1,500 advisers", "11,000 to 12,000 troops", "about 60,000 troops" or "82 tanks".
 *
 * <pre>{@code
 * troops.addColumns(Figures.column(troops));   // a "figure" column, one text per row
 * }</pre>
 *
 * <p>The number comes from the first pair a table has of {@code count_low}/{@code count_high} (troops),
 * {@code quantity} (aid) or {@code value}/{@code value_high} (mentions); a row without it has no figure
 * (a missing value). The hedge words are the qualifier codes read out ({@code more_than} is "more
 * than"); {@code exact} adds none.
 */
public final class Figures {

    /** The name of the column {@link #column(Table)} makes. */
    public static final String FIGURE = "figure";

    /** The number columns a figure is read from, low then high (the high one may be absent), in order of preference. */
    private static final List<String[]> NUMBERS = List.of(new String[] {"count_low", "count_high"},
            new String[] {"quantity", null}, new String[] {"value", "value_high"});

    private Figures() {
    }

    /**
     * One figure as text: {@code qualifier} read out ({@code about}, {@code more_than}, ...; null,
     * empty or {@code exact} for none), then {@code low}, then {@code "to " high} when the two differ,
     * then {@code unit} when there is one.
     */
    public static String text(double low, double high, String qualifier, String unit) {
        StringBuilder b = new StringBuilder();
        if (qualifier != null && !qualifier.isBlank() && !qualifier.equals("exact")) {
            b.append(qualifier.strip().replace('_', ' ')).append(' ');
        }
        b.append(number(low));
        if (!Double.isNaN(high) && high != low) {
            b.append(" to ").append(number(high));
        }
        if (unit != null && !unit.isBlank()) {
            b.append(' ').append(unit.strip());
        }
        return b.toString();
    }

    /**
     * A text column named {@value #FIGURE} with each row's figure ({@link #text}), to add to the table;
     * a table with none of the number columns throws, naming the columns it would read.
     */
    public static StringColumn column(Table table) {
        String[] pair = NUMBERS.stream().filter(p -> table.containsColumn(p[0])
                && table.column(p[0]) instanceof NumericColumn<?>).findFirst()
                .orElseThrow(() -> new DatasetException("table '" + table.name() + "' has no figures to read: it needs"
                        + " count_low (and count_high), quantity, or value (and value_high); columns: "
                        + String.join(", ", table.columnNames())));
        NumericColumn<?> low = table.numberColumn(pair[0]);
        NumericColumn<?> high = pair[1] != null && table.containsColumn(pair[1])
                && table.column(pair[1]) instanceof NumericColumn<?> h ? h : low;
        Column<?> qualifier = table.containsColumn("qualifier") ? table.column("qualifier") : null;
        Column<?> unit = table.containsColumn("unit") ? table.column("unit") : null;
        StringColumn out = StringColumn.create(FIGURE);
        for (int r = 0; r < table.rowCount(); r++) {
            if (low.isMissing(r)) {
                out.appendMissing();
                continue;
            }
            double hi = high.isMissing(r) ? Double.NaN : high.getDouble(r);
            out.append(text(low.getDouble(r), hi, qualifier == null || qualifier.isMissing(r) ? "" : qualifier.getString(r),
                    unit == null || unit.isMissing(r) ? "" : unit.getString(r)));
        }
        return out;
    }

    /** A number with grouped digits and up to three decimals: 1,500, 52.1, 250,000,000. */
    private static String number(double v) {
        return new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }
}
