package org.etrkit.kernel;

import java.util.List;
import java.util.Locale;

import org.etrkit.kernel.error.EtrException;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A table as {@link Etr} hands it out: a Tablesaw {@link Table} whose lookup of a column it does not have
 * ({@code column("count_hgh")}, {@code numberColumn("share")}, {@code stringColumn}, ...) fails in one line
 * naming the table, the column, the nearest name and the columns there are: {@code no column 'count_hgh'
 * in table 'troops'; did you mean count_high? columns: force, side, ...}.
 *
 * <p>Why a subclass: JJava formats an exception thrown in a cell itself (the kernel's {@code formatError},
 * which prints every stack frame) and gives an extension no hook for it, so the only way to one line is
 * an {@link EtrException} (no stack trace) thrown by the kit's own code.
 *
 * <p>Tables derived from this one keep the one-line error where Tablesaw builds them through a method a
 * subclass can override: {@link #emptyCopy()} and {@link #emptyCopy(int)} start every table of selected or
 * reordered rows ({@code where}, {@code dropWhere}, {@code sortOn}, {@code sortAscendingOn},
 * {@code sortDescendingOn}, {@code copy}, {@code first}, {@code last}, {@code inRange}, {@code dropRange},
 * {@code rows}, {@code dropRows}, {@code sampleN}, {@code sampleX}, {@code dropDuplicateRows},
 * {@code dropRowsWithMissingValues}, {@code stratifiedSampleSplit}), and {@code selectColumns} and
 * {@code rejectColumns} (all their forms) are wrapped as they return. Tables Tablesaw makes from scratch
 * with no such step are its own and keep its multi-line trace for a missing column: a summary
 * ({@code summarize(...).by(...)}, {@code apply()}), {@code countBy}, {@code xTabCounts} and the other
 * cross tabs, {@code pivot}, {@code transpose}, {@code structure}, {@code missingValueCounts}, a join, the
 * tables of {@code splitOn}, and a {@code Table.create} of the user's. The names asked of this table on the
 * way there ({@code summarize("count_hgh", ...)}, {@code .by("sides")}, {@code countBy("sides")}) are still
 * looked up here, so they fail in one line, and so do {@code sortOn("count_hgh")} (whose names Tablesaw checks
 * itself) and a column asked for as another type ({@code stringColumn("count_high")} of a {@code LongColumn},
 * a {@code ClassCastException} in Tablesaw), which names the accessor to use. {@code first} and {@code last}
 * refuse a negative count in one line, with the {@code inRange} that leaves rows out.
 */
final class EtrTable extends Table {

    private EtrTable(Table table) {
        super(table.name(), table.columns());
    }

    /** {@code table} with one-line errors for a missing column; its columns are shared, not copied. */
    static Table of(Table table) {
        return new EtrTable(table);
    }

    /** An empty table of the same columns, as {@code where}, {@code sortOn}, {@code copy}, ... start theirs. */
    @Override
    public Table emptyCopy() {
        return of(super.emptyCopy());
    }

    /** {@link #emptyCopy()} with room for {@code rowSize} rows. */
    @Override
    public Table emptyCopy(int rowSize) {
        return of(super.emptyCopy(rowSize));
    }

    @Override
    public Table selectColumns(String... columnNames) {
        return of(super.selectColumns(columnNames));
    }

    @Override
    public Table selectColumns(Column<?>... columns) {
        return of(super.selectColumns(columns));
    }

    @Override
    public Table selectColumns(int... columnIndexes) {
        return of(super.selectColumns(columnIndexes));
    }

    /** Also {@code rejectColumns(String...)} and {@code rejectColumns(Column...)}, which Tablesaw makes with this one. */
    @Override
    public Table rejectColumns(int... columnIndexes) {
        return of(super.rejectColumns(columnIndexes));
    }

    /** Tablesaw checks the names itself, in three messages; a name that is no column (less a - or +) is one line. */
    @Override
    public Table sortOn(String... columnNames) {
        for (String n : columnNames) {
            if (n != null && !n.isEmpty() && !containsColumn(n)) {
                column(n.charAt(0) == '-' || n.charAt(0) == '+' ? n.substring(1) : n);
            }
        }
        return super.sortOn(columnNames);
    }

    /** Tablesaw takes a negative count to a range RoaringBitmap refuses in a trace; here it is one line. */
    @Override
    public Table first(int nRows) {
        refuseNegative("first", nRows);
        return super.first(nRows);
    }

    /** As {@link #first(int)}: a negative count is one line. */
    @Override
    public Table last(int nRows) {
        refuseNegative("last", nRows);
        return super.last(nRows);
    }

    /** A negative count (pandas' {@code head(-1)}: all rows but the last) is refused with the range that gives those rows. */
    private void refuseNegative(String method, int nRows) {
        if (nRows < 0) {
            int rows = rowCount();
            int k = nRows == Integer.MIN_VALUE ? rows : Math.min(-nRows, rows);
            throw new EtrException(method + "(" + nRows + ") of table '" + name() + "': a number of rows cannot be "
                    + "negative; give 0 to " + rows + " (its rows), or " + (method.equals("first")
                    ? "inRange(0, " + (rows - k) + ") for all rows but the last " + k
                    : "inRange(" + k + ", " + rows + ") for all rows but the first " + k));
        }
    }

    @Override
    public StringColumn stringColumn(String columnName) {
        return typed(columnName, StringColumn.class);
    }

    @Override
    public IntColumn intColumn(String columnName) {
        return typed(columnName, IntColumn.class);
    }

    @Override
    public LongColumn longColumn(String columnName) {
        return typed(columnName, LongColumn.class);
    }

    @Override
    public DoubleColumn doubleColumn(String columnName) {
        return typed(columnName, DoubleColumn.class);
    }

    @Override
    public BooleanColumn booleanColumn(String columnName) {
        return typed(columnName, BooleanColumn.class);
    }

    @Override
    public DateColumn dateColumn(String columnName) {
        return typed(columnName, DateColumn.class);
    }

    @Override
    public NumericColumn<?> numberColumn(String columnName) {
        return typed(columnName, NumericColumn.class);
    }

    /** Column {@code columnName} as a {@code type}, or one line naming its own type and the accessor for it. */
    private <C> C typed(String columnName, Class<C> type) {
        Column<?> c = column(columnName);
        if (type.isInstance(c)) {
            return type.cast(c);
        }
        String kind = c.getClass().getSimpleName();
        String accessor = Character.toLowerCase(kind.charAt(0)) + kind.substring(1);
        boolean known = List.of(StringColumn.class, IntColumn.class, LongColumn.class, DoubleColumn.class,
                BooleanColumn.class, DateColumn.class).contains(c.getClass());
        String use = (known ? accessor : "column") + "(\"" + c.name() + "\")"
                + (c instanceof NumericColumn && type != NumericColumn.class ? " or numberColumn(\"" + c.name() + "\")" : "");
        throw new EtrException("column '" + c.name() + "' of table '" + name() + "' is a " + kind + ", not a "
                + type.getSimpleName() + "; use " + use);
    }

    @Override
    public Column<?> column(String columnName) {
        try {
            return super.column(columnName);
        } catch (IllegalStateException e) {
            throw noColumn(columnName);
        }
    }

    @Override
    public int columnIndex(String columnName) {
        try {
            return super.columnIndex(columnName);
        } catch (IllegalArgumentException e) {
            throw noColumn(columnName);
        }
    }

    private EtrException noColumn(String name) {
        List<String> names = columnNames();
        String meant = nearest(name, names);
        return new EtrException("no column '" + name + "' in table '" + name() + "'; "
                + (meant == null ? "" : "did you mean " + meant + "? ") + "columns: " + String.join(", ", names));
    }

    /**
     * The column name {@code typed} most likely means: one that starts with it or it starts with
     * ({@code share}: {@code share_pct}), else the nearest by edits if at most a third of its letters
     * differ ({@code count_hgh}: {@code count_high}); null when none is near.
     */
    static String nearest(String typed, List<String> names) {
        String t = typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String n : names) {
            String l = n.toLowerCase(Locale.ROOT);
            int d = l.startsWith(t) || t.startsWith(l) ? 0 : distance(t, l);
            if (d < bestDistance) {
                best = n;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.max(1, t.length() / 3) ? best : null;
    }

    /** The edits from {@code a} to {@code b}: a letter left out, added, changed, or two swapped ({@code nmae}: 1). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
