package org.etrkit.plot.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.function.Function;

/**
 * How the numbers of one axis are written, chosen from the largest value the axis shows:
 * {@link #COMPACT} ({@code 500k}, {@code 1.5M}) when it reaches a million, {@link #GROUPED}
 * ({@code 20,000}, {@code 0.25}; a value too small for three decimals as {@code 1e-300}) below that, and {@link #YEAR} ({@code 1945}) for years. The same
 * choice gives the PNG's tick labels ({@link #label(double)}) and the Vega-Lite axis
 * ({@link #vegaLiteLabelExpr()}).
 */
public enum AxisFormat {
    /** {@code 0}, {@code 500k}, {@code 1M}, {@code 1.5M}, {@code 2B}: for axes that reach a million. */
    COMPACT,
    /** {@code 0}, {@code 1,500}, {@code 200,000}, {@code 0.25}. */
    GROUPED,
    /** {@code 1945}, {@code 1945.5}: no thousands separator. */
    YEAR;

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

    /** The format for an axis whose values reach {@code maxAbs} (years are chosen by the caller). */
    public static AxisFormat forMagnitude(double maxAbs) {
        return Math.abs(maxAbs) >= 1_000_000 ? COMPACT : GROUPED;
    }

    /**
     * Whether the values read as years: all between 1000 and 2999 and, when {@code whole}, whole
     * numbers (a time axis in decimal years, 1944.75, need not be).
     */
    public static boolean looksLikeYears(double[] values, boolean whole) {
        if (values.length == 0) {
            return false;
        }
        for (double v : values) {
            if (Double.isNaN(v)) {
                continue;
            }
            if ((whole && v != Math.rint(v)) || v < 1000 || v >= 3000) {
                return false;
            }
        }
        return true;
    }

    /** One tick label. */
    public String label(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        if (this != YEAR && (Math.abs(value) >= 1e16 || (value != 0 && Math.abs(value) < 0.001))) {
            // past the whole numbers a double holds exactly: 1.8e308, not 309 digits (as the tables write it); and
            // a value too small for three decimals: 1e-300 and 3e-4, not 0 (which a bar of 1e-300 read as before)
            return format("0.##E0", value).replace('E', 'e');
        }
        return switch (this) {
            case YEAR -> format("0.##", value);
            case GROUPED -> format("#,##0.###", value);
            case COMPACT -> compact(value);
        };
    }

    /**
     * {@link #label(double)} as a function, for XChart's custom tick label formatters. A {@link #YEAR} axis writes a tick
     * between whole years as the month it falls in ({@code Mar 1905}, not {@code 1905.2}, on an axis of one dated row).
     */
    public Function<Double, String> labels() {
        return this == YEAR ? AxisFormat::yearOrMonth : this::label;
    }

    /** A decimal year as its year ({@code 1905}) when whole, else the month it falls in ({@code Mar 1905}). */
    static String yearOrMonth(double value) {
        if (value == Math.rint(value) || !Double.isFinite(value) || Math.abs(value) > 100_000) {
            return YEAR.label(value);
        }
        int year = (int) Math.floor(value);
        java.time.Year y = java.time.Year.of(year);
        int day = Math.min(y.length(), 1 + (int) ((value - year) * y.length()));
        return y.atDay(day).getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ROOT) + " " + year;
    }

    /**
     * The Vega-Lite axis {@code labelExpr} writing ticks the same way (a Vega expression, not a
     * script): d3's SI format with {@code B} for billions, grouped digits, or plain years (a tick
     * between whole years as its month).
     */
    public String vegaLiteLabelExpr() {
        return switch (this) {
            // a tick between whole years as its month, as labels() writes it: Mar 1905, not 1905.2
            case YEAR -> "datum.value == floor(datum.value) ? format(datum.value, '~r') : timeFormat(datetime(floor(datum.value), 0, "
                    + "1 + floor((datum.value - floor(datum.value)) * 365.25)), '%b %Y')";
            case GROUPED -> "datum.value != 0 && abs(datum.value) < 0.001 ? format(datum.value, '.3~e') : format(datum.value, ',~r')";
            case COMPACT -> "datum.value == 0 ? '0' : replace(format(datum.value, '~s'), 'G', 'B')";
        };
    }

    private static String compact(double value) {
        double a = Math.abs(value);
        String[] suffix = {"", "k", "M", "B", "T"};
        int power = 0;
        while (a >= 1000 && power < suffix.length - 1) {
            a /= 1000;
            power++;
        }
        String digits = BigDecimal.valueOf(a).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return (value < 0 ? "-" : "") + digits + suffix[power];
    }

    private static String format(String pattern, double value) {
        String s = new DecimalFormat(pattern, SYMBOLS).format(value);
        return s.equals("-0") ? "0" : s;
    }
}
