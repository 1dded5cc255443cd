package org.etrkit.plot.internal;

import java.util.Set;

/**
 * Field names Vega-Lite reads as plain names: dots and brackets (nested access) become underscores; and the
 * key of a user's column in a view's data, which never is one of the view's own fields.
 */
public final class VegaFields {

    /** The fields the views' marks read (positions, colours, labels), which no user column may overwrite. */
    private static final Set<String> OWN = Set.of("x", "x2", "y", "y2", "group", "series", "label", "order", "top", "mid",
            "labelColor", "shape", "from", "to", "precision", "lane", "text");

    private VegaFields() {
    }

    /**
     * The data key of the column (or hover field) {@code name}: its {@link #safe} form, with an underscore in
     * front when that is one of the views' own fields or itself starts with one, so that a column named "x",
     * "label" or "a.b" neither overwrites a position or label nor goes missing from the hover; two different
     * safe forms never share a key.
     */
    public static String key(String name) {
        String s = safe(name);
        return OWN.contains(s) || s.startsWith("_") ? "_" + s : s;
    }

    /** {@code name} with {@code . [ ] \} replaced. */
    private static String safe(String name) {
        return name.replaceAll("[.\\[\\]\\\\]", "_");
    }
}
