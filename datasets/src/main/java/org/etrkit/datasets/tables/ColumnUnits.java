package org.etrkit.datasets.tables;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;

/**
 * The scale and unit a table's column header gives its bare figures, in brackets at its end: "Cost (million rupees)",
 * "Value (US$ million)", "Grain (thousand tonnes)", "Credit (millions)". A figure of such a column with no unit of its
 * own ("57") is that many of the scale, in that unit: 57 million rupees.
 */
final class ColumnUnits {

    /** The scale (1 where the header gives none) and unit ("" where it gives none) of a column. */
    record Scaled(double scale, String unit) {
        /** The figure's value in the header's scale. */
        double value(Quantity q) {
            return q.value() * scale;
        }
    }

    /** No scale and no unit. */
    static final Scaled NONE = new Scaled(1, "");

    private final List<String> currencies;

    /** Units of weight a header may name (lexicon {@code weight_units}). */
    private final List<String> weights;

    ColumnUnits(Lexicon lex) {
        this.currencies = lex.list("currencies");
        this.weights = lex.list("weight_units");
    }

    /** The words in brackets at the end of a header: "million rupees" of "Cost (million rupees)". */
    private static final Pattern BRACKET = Pattern.compile("\\(([^()]+)\\)\\s*$");

    /**
     * The scale and unit of the header's bracket, {@link #NONE} where it names neither: a scale word ("million",
     * "millions", "thousand") and a currency of the lexicon, a currency sign ("US$", "$": USD) or a unit of weight.
     */
    Scaled of(String header) {
        Matcher m = BRACKET.matcher(header.strip());
        if (!m.find()) {
            return NONE;
        }
        String inside = m.group(1).strip();
        double scale = 1;
        String unit = "";
        for (Map.Entry<String, String> sign : org.etrkit.datasets.extract.Lexicon.currencySigns().entrySet()) {
            if (inside.startsWith(sign.getKey())) {
                unit = sign.getValue();
                inside = inside.substring(sign.getKey().length()).strip();
                break;
            }
        }
        Matcher w = SCALE.matcher(inside);
        if (w.lookingAt()) {
            String word = w.group(1).toLowerCase(Locale.ROOT);
            Long s = org.etrkit.datasets.extract.Lexicon.scaleWords().get(word);
            s = s != null ? s : org.etrkit.datasets.extract.Lexicon.scaleWords().get(word.replaceAll("s$", ""));
            if (s == null) {
                return unit.isEmpty() ? NONE : new Scaled(1, unit);
            }
            scale = s;
            inside = inside.substring(w.end()).strip();
        }
        if (unit.isEmpty()) {
            for (String c : currencies) {
                if (inside.equalsIgnoreCase(c)) {
                    unit = inside;
                }
            }
            for (String c : weights) {
                if (inside.equalsIgnoreCase(c)) {
                    unit = inside;
                }
            }
        }
        if (!inside.isEmpty() && unit.isEmpty()) {
            return NONE; // "(million people)", "(per cent)": no unit of an item given
        }
        return scale == 1 && unit.isEmpty() ? NONE : new Scaled(scale, unit);
    }

    private static final Pattern SCALE = Pattern.compile("(\\p{L}+)\\b");
}
