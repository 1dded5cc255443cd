package org.etrkit.datasets.pack;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.etrkit.datasets.tables.Field;
import org.etrkit.datasets.tables.TableSpec;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What a text column of an article's own table holds when every cell is a plain number as the article
 * writes it: digits, with ',' between groups of three ({@code 1,250}, or {@code 1250}), an optional
 * decimal point ({@code 12.5}) and an optional leading minus ({@code -3}). Anything else in a cell
 * ({@code about 1,250}, {@code 1,250–1,300}, {@code 12%}, {@code n/a}, {@code 1,25}, a code such as
 * {@code 007}) keeps the column text. The data package then types the column {@code integer} or
 * {@code number} with {@code groupChar ","} (Frictionless Table Schema) and its CSV keeps the
 * article's text; Tablesaw's number parsers drop the ',' when the column is read. {@link #columns} decides it
 * for the package ({@link PackageWriter}) and for a build in memory ({@link DataPackage.Resource#asRead}) alike.
 *
 * <pre>{@code
 * PlainNumbers.typeOf(StringColumn.create("Population", "1,250", "", "980"));   // INTEGER
 * PlainNumbers.typeOf(StringColumn.create("Share", "12.5", "n/a"));             // null: text
 * }</pre>
 */
final class PlainNumbers {

    /** The group character of the article's numbers, as the Table Schema's {@code groupChar} says. */
    static final String GROUP_CHAR = ",";

    private static final Pattern PLAIN = Pattern.compile("-?(?:0|[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]*)(?:\\.[0-9]+)?");

    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private PlainNumbers() {
    }

    /** Whether {@code cell} is a plain number as an article writes it. */
    static boolean isPlain(String cell) {
        return PLAIN.matcher(cell).matches();
    }

    /**
     * The type of a column whose non-empty cells (at least one) are all plain numbers: {@link Field.Type#INTEGER}
     * when they are whole and fit an int (a year, a count), {@link Field.Type#LONG} when whole and larger,
     * {@link Field.Type#NUMBER} when one has decimals (or is too large for a long); null for text.
     */
    static Field.Type typeOf(StringColumn cells) {
        boolean any = false;
        boolean whole = true;
        boolean fitsInt = true;
        boolean fitsLong = true;
        for (String cell : cells) {
            if (cell == null || cell.isEmpty()) {
                continue;
            }
            if (!isPlain(cell)) {
                return null;
            }
            any = true;
            if (cell.indexOf('.') >= 0) {
                whole = false;
                continue;
            }
            BigDecimal v = new BigDecimal(cell.replace(GROUP_CHAR, ""));
            fitsInt &= v.compareTo(INT_MIN) >= 0 && v.compareTo(INT_MAX) <= 0;
            fitsLong &= v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0;
        }
        if (!any) {
            return null;
        }
        return !whole || !fitsLong ? Field.Type.NUMBER : fitsInt ? Field.Type.INTEGER : Field.Type.LONG;
    }

    /**
     * The text columns of an article's own table ({@code tables/<article>-<n>}) whose every non-empty cell
     * is a plain number as the article writes it, by index, with their type; none for another table, whose
     * spec types its columns. {@code csv} is the table as the package holds it ({@link CsvDialect}).
     */
    static Map<Integer, Field.Type> columns(TableSpec spec, byte[] csv) {
        if (!mayHold(spec)) {
            return Map.of();
        }
        List<Field> fields = spec.fields();
        Table t = CsvDialect.read(new ByteArrayInputStream(csv), spec.name(), spec.columnTypes());
        Map<Integer, Field.Type> out = new TreeMap<>();
        for (int i = 0; i < fields.size(); i++) {
            Field.Type type = fields.get(i).type() == Field.Type.STRING ? typeOf(t.stringColumn(i)) : null;
            if (type != null) {
                out.put(i, type);
            }
        }
        return out;
    }

    /** Whether {@code spec} is an article's own table with a text column, the tables {@link #columns} may type. */
    static boolean mayHold(TableSpec spec) {
        return spec.name().startsWith("tables/") && spec.fields().stream().anyMatch(f -> f.type() == Field.Type.STRING);
    }

    /** {@code spec} with the fields at the indexes of {@code types} of the type given there. */
    static TableSpec typed(TableSpec spec, Map<Integer, Field.Type> types) {
        List<Field> fields = new ArrayList<>(spec.fields());
        types.forEach((i, type) -> fields.set(i, new Field(fields.get(i).name(), type, fields.get(i).description())));
        return new TableSpec(spec.name(), spec.title(), spec.description(), fields);
    }
}
