package org.etrkit.plot.internal;

/** Field names Vega-Lite reads as plain names: dots and brackets (nested access) become underscores. */
public final class VegaFields {

    private VegaFields() {
    }

    /** {@code name} with {@code . [ ] \} replaced. */
    public static String safe(String name) {
        return name.replaceAll("[.\\[\\]\\\\]", "_");
    }
}
