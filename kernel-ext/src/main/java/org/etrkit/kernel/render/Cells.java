package org.etrkit.kernel.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/**
 * How a cell reads, shared by the HTML and text forms: missing values as {@code NaN} (doubles and
 * floats, whose missing value is NaN in Tablesaw) or {@code null} (every other type; Tablesaw keeps a
 * missing text as the empty string, so an empty text shows as {@code null} too), doubles rounded to the
 * display precision, and text cut on grapheme boundaries so that no emoji or accent is split.
 */
final class Cells {

    /** The marker of a missing value in a double or float column, as pandas shows it. */
    static final String NAN = "NaN";
    /** The marker of a missing value in any other column. */
    static final String NULL = "null";

    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    private Cells() {
    }

    /** Whether the column holds numbers (right-aligned). */
    static boolean numeric(Column<?> c) {
        return c instanceof NumericColumn<?>;
    }

    /** Whether the column holds numbers, dates or times, which must not wrap inside a cell. */
    static boolean unbreakable(Column<?> c) {
        ColumnType t = c.type();
        return numeric(c) || t == ColumnType.LOCAL_DATE || t == ColumnType.LOCAL_DATE_TIME
                || t == ColumnType.LOCAL_TIME || t == ColumnType.INSTANT;
    }

    /** The marker shown for a missing value of this column. */
    static String missing(Column<?> c) {
        return c instanceof DoubleColumn || c instanceof FloatColumn ? NAN : NULL;
    }

    /** The text of a present value, or {@code null} when the value is missing. */
    static String text(Column<?> c, int row, int precision) {
        if (c.isMissing(row)) {
            return null;
        }
        if (c instanceof DoubleColumn d) {
            return number(d.getDouble(row), precision);
        }
        if (c instanceof FloatColumn f) {
            return number(f.getFloat(row), precision);
        }
        return c.getString(row);
    }

    /**
     * A double rounded to {@code precision} decimals (half up, on its shortest decimal form), trailing
     * zeros dropped but one kept: {@code 28214.285714}, {@code 37.5}, {@code 5.0}. Magnitudes of
     * 10<sup>16</sup> and more, and non-zero values that would round to zero, use scientific notation
     * ({@code 1.5e+20}); infinities read {@code inf} and {@code -inf}, as in pandas.
     */
    static String number(double v, int precision) {
        if (Double.isNaN(v)) {
            return NAN;
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        double abs = Math.abs(v);
        if (abs >= 1e16 || (abs > 0 && abs < 0.5 * Math.pow(10, -precision))) {
            return scientific(v, precision);
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(precision, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.signum() == 0) {
            d = BigDecimal.ZERO;
        }
        String s = d.toPlainString();
        if (d.scale() <= 0 && precision > 0) {
            s = s + ".0";
        }
        return v < 0 && d.signum() == 0 ? "-" + s : s;
    }

    private static String scientific(double v, int precision) {
        String s = String.format(Locale.ROOT, "%." + Math.max(precision, 1) + "e", v);
        int e = s.indexOf('e');
        String mantissa = s.substring(0, e).replaceAll("0+$", "");
        if (mantissa.endsWith(".")) {
            mantissa = mantissa + "0";
        }
        return mantissa + s.substring(e);
    }

    /**
     * {@code s} on one line, for the text form: a line break or tab written as its escape ({@code \\n},
     * {@code \\r}, {@code \\t}, as pandas writes them), any other control character or line separator as
     * {@code \\uXXXX}, so that a cell can neither start a new line nor shift the columns after it.
     */
    static String oneLine(String s) {
        int i = 0;
        while (i < s.length() && !breaksLine(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 8).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (breaksLine(c)) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static boolean breaksLine(char c) {
        return c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /** The number of user-perceived characters (grapheme clusters) of {@code s}. */
    static int width(String s) {
        if (isAscii(s)) {
            return s.length();
        }
        Matcher m = GRAPHEME.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /**
     * {@code s} cut to at most {@code max} user-perceived characters, the last being an ellipsis when it
     * is cut; a cut never splits an emoji, a flag or a letter from its accent.
     */
    static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        if (isAscii(s)) {
            return s.substring(0, max - 1) + "…";
        }
        Matcher m = GRAPHEME.matcher(s);
        int n = 0;
        int end = 0;
        while (m.find()) {
            n++;
            if (n == max) {
                // exactly max graphemes fit only if nothing follows
                return m.end() == s.length() ? s : s.substring(0, end) + "…";
            }
            end = m.end();
        }
        return s;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
