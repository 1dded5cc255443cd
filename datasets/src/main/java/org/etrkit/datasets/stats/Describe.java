package org.etrkit.datasets.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Summary statistics of every column of a table, like pandas' {@code DataFrame.describe(include="all")}:
 * one row per statistic, one column per column of the table.
 *
 * <ul>
 * <li>Numeric columns (integer, long, short, double, float): {@code count} (values present),
 *     {@code missing}, {@code mean}, {@code std} (the sample standard deviation, as pandas: divided by
 *     count − 1; missing when count &lt; 2), {@code min}, {@code 25%}, {@code 50%}, {@code 75%} (linear
 *     interpolation between the closest values, numpy's and pandas' default) and {@code max}. Missing
 *     values (Tablesaw's NaN for doubles) are left out of every statistic. The column of the result
 *     is a double column.</li>
 * <li>Every other column (text, dates, booleans): {@code count}, {@code missing}, {@code unique}
 *     (distinct values present), {@code top} (the most frequent; on a tie, the one that comes first in
 *     the table) and {@code freq} (how often {@code top} occurs). The column of the result is a text
 *     column. Tablesaw stores a missing text value as the empty string, so an empty string counts as
 *     missing.</li>
 * </ul>
 *
 * <p>The rows are {@code count, missing, mean, std, min, 25%, 50%, 75%, max} when the table has a
 * numeric column, then {@code unique, top, freq} when it has another; a statistic that does not apply to
 * a column is missing there. The first column, {@code statistic}, names the row. One pass per column
 * plus a sort of its numbers: a million rows take well under a second ({@code make bench}).
 *
 * <pre>{@code
 * Table stats = Describe.of(table);
 * }</pre>
 */
public final class Describe {

    /** The numeric statistics, in row order. */
    public static final List<String> NUMERIC = List.of("count", "missing", "mean", "std", "min", "25%", "50%", "75%", "max");
    /** The statistics of other columns that numeric ones do not have, in row order. */
    public static final List<String> OTHER = List.of("unique", "top", "freq");

    private Describe() {
    }

    /**
     * The statistics of every column of {@code table}; the result is named after it ({@code "<name> described"}). A
     * null table is a {@link NullPointerException}; nothing else is thrown.
     */
    public static Table of(Table table) {
        boolean anyNumeric = false;
        boolean anyOther = false;
        for (Column<?> c : table.columns()) {
            if (c instanceof NumericColumn<?>) {
                anyNumeric = true;
            } else {
                anyOther = true;
            }
        }
        List<String> rows = new ArrayList<>();
        if (anyNumeric || !anyOther) {
            rows.addAll(NUMERIC);
        } else {
            rows.addAll(List.of("count", "missing"));
        }
        if (anyOther) {
            rows.addAll(OTHER);
        }
        List<Column<?>> out = new ArrayList<>();
        out.add(StringColumn.create("statistic", rows));
        for (Column<?> c : table.columns()) {
            Map<String, Object> stats = c instanceof NumericColumn<?> n ? numeric(n) : other(c);
            if (c instanceof NumericColumn<?>) {
                DoubleColumn d = DoubleColumn.create(c.name());
                for (String r : rows) {
                    Object v = stats.get(r);
                    if (v == null) {
                        d.appendMissing();
                    } else {
                        d.append(((Number) v).doubleValue());
                    }
                }
                out.add(d);
            } else {
                StringColumn s = StringColumn.create(c.name());
                for (String r : rows) {
                    Object v = stats.get(r);
                    s.append(v == null ? null : v.toString());
                }
                out.add(s);
            }
        }
        String name = table.name() == null || table.name().isEmpty() ? "described" : table.name() + " described";
        return Table.create(name, out);
    }

    /** count, missing, mean, std, min, quartiles and max of a numeric column; NaN values left out. */
    static Map<String, Object> numeric(NumericColumn<?> c) {
        int size = c.size();
        double[] values = new double[size];
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (!c.isMissing(i)) {
                double v = c.getDouble(i);
                if (!Double.isNaN(v)) {
                    values[n++] = v;
                }
            }
        }
        Map<String, Object> s = new HashMap<>();
        s.put("count", n);
        s.put("missing", size - n);
        if (n == 0) {
            return s;
        }
        double[] moments = moments(values, n, 1);
        if (!Double.isFinite(moments[0]) || (n > 1 && !Double.isFinite(moments[1]))) {
            // finite values whose sum or squares pass Double.MAX_VALUE (1e300 and -1e300 gave a std of inf, 1e308 twice a mean of NaN): the
            // same sums over the values divided by a power of two near the largest, which is exact, then scaled back
            double largest = 0;
            for (int i = 0; i < n; i++) {
                largest = Math.max(largest, Math.abs(values[i]));
            }
            if (Double.isFinite(largest)) {
                double scale = Math.scalb(1.0, Math.getExponent(largest));
                moments = moments(values, n, scale);
                moments[0] *= scale;
                moments[1] *= scale;
            }
        }
        s.put("mean", moments[0]);
        if (n > 1) {
            s.put("std", moments[1]);
        }
        double[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        s.put("min", sorted[0]);
        s.put("25%", quantile(sorted, 0.25));
        s.put("50%", quantile(sorted, 0.5));
        s.put("75%", quantile(sorted, 0.75));
        s.put("max", sorted[n - 1]);
        return s;
    }

    /**
     * The mean and the sample standard deviation (NaN for one value) of the first {@code n} values, each divided by
     * {@code scale}: the mean with a compensated sum, then the squared deviations from it (two passes: exact enough to
     * agree with numpy's pairwise sums to the last few digits).
     */
    private static double[] moments(double[] values, int n, double scale) {
        double sum = 0;
        double comp = 0;
        for (int i = 0; i < n; i++) {
            double y = values[i] / scale - comp;
            double t = sum + y;
            comp = (t - sum) - y;
            sum = t;
        }
        double mean = sum / n;
        double sq = 0;
        for (int i = 0; i < n; i++) {
            double d = values[i] / scale - mean;
            sq += d * d;
        }
        return new double[] {mean, n > 1 ? Math.sqrt(sq / (n - 1)) : Double.NaN};
    }

    /** The {@code q} quantile of sorted values by linear interpolation (numpy's default method). */
    static double quantile(double[] sorted, double q) {
        double pos = (sorted.length - 1) * q;
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        double frac = pos - lo;
        if (frac == 0) {
            return sorted[lo];
        }
        double span = sorted[hi] - sorted[lo];
        // a span past Double.MAX_VALUE (-1e308 to 1e308) is weighted end by end: the median is 0, not infinity
        return Double.isInfinite(span) ? sorted[lo] * (1 - frac) + sorted[hi] * frac : sorted[lo] + span * frac;
    }

    /** count, missing, unique, top and freq of a column of any other type. */
    static Map<String, Object> other(Column<?> c) {
        int size = c.size();
        // value -> {count, first row}
        Map<Object, int[]> counts = new HashMap<>();
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (c.isMissing(i)) {
                continue;
            }
            n++;
            int row = i;
            counts.computeIfAbsent(c.get(i), x -> new int[] {0, row})[0]++;
        }
        Map<String, Object> s = new HashMap<>();
        s.put("count", n);
        s.put("missing", size - n);
        s.put("unique", counts.size());
        Object top = null;
        int[] best = null;
        for (Map.Entry<Object, int[]> e : counts.entrySet()) {
            int[] k = e.getValue();
            if (best == null || k[0] > best[0] || (k[0] == best[0] && k[1] < best[1])) {
                top = e.getKey();
                best = k;
            }
        }
        if (best != null) {
            s.put("top", top);
            s.put("freq", best[0]);
        }
        return s;
    }
}
