package org.etrkit.plot.internal;

import java.util.List;

/**
 * How the names under a category axis (bars, histogram bins) are written so that none runs into the next,
 * in the PNG and the interactive view alike: across, each cut to the width of its slot, or, when the slots
 * are too narrow for a name of 8 characters and a name is longer than its slot, upright, cut to
 * {@link #UPRIGHT_CHARS} characters.
 */
public final class CategoryNames {

    /** Pixels a character of the 12-point tick labels takes, about. */
    static final double CHAR_PIXELS = 7.5;
    /** Upright names are cut to this many characters (about {@link #UPRIGHT_PIXELS} pixels). */
    public static final int UPRIGHT_CHARS = 16;
    /** The view's limit of an upright name, in pixels, a quarter of a 450-pixel chart. */
    public static final int UPRIGHT_PIXELS = 120;
    /** Slots narrower than this many characters turn names longer than them upright. */
    private static final int MIN_ACROSS_CHARS = 8;
    /** Pixels of a chart's width that are not the category axis (the value axis, its title, margins). */
    private static final int MARGINS = 120;

    private CategoryNames() {
    }

    /** The width in pixels each of {@code count} categories has on a chart {@code width} pixels wide. */
    public static int slotPixels(int width, int count) {
        return (int) ((width - MARGINS) / (double) Math.max(1, count));
    }

    /** Whether {@code names} stand upright on a chart {@code width} pixels wide. */
    public static boolean upright(List<String> names, int width) {
        double chars = slotPixels(width, names.size()) / CHAR_PIXELS;
        int longest = names.stream().mapToInt(n -> n.codePointCount(0, n.length())).max().orElse(0);
        return longest > chars && chars < MIN_ACROSS_CHARS;
    }

    /** The characters a name keeps on a chart {@code width} pixels wide: its slot's across, or {@link #UPRIGHT_CHARS}. */
    public static int chars(List<String> names, int width) {
        return upright(names, width) ? UPRIGHT_CHARS
                : Math.max(4, (int) (slotPixels(width, names.size()) / CHAR_PIXELS));
    }

    /**
     * Sets the view's x {@code axis} (a Vega-Lite axis object) to write the names as the PNG does: upright with
     * a label limit of {@link #UPRIGHT_PIXELS}, or across, limited to the slot (Vega-Lite cuts with an ellipsis).
     * Names across on a chart {@code width} pixels wide are so in a view that wide; in a view drawn narrower, as wide as
     * its cell ({@link Vega#FIT_WIDTH}), they are limited to their narrower slot and stand upright where the PNG's rule
     * says so for that width: the five names across an 800-pixel view ran into each other at 194 pixels.
     */
    static void onViewAxis(java.util.Map<String, Object> axis, List<String> names, int width) {
        // names that would still run into each other (40 upright names in a 328-pixel view, 6 pixels a bar) are left
        // out in turn, every other one, as Vega does for numbers; hovering a bar shows its name
        axis.put("labelOverlap", true);
        if (upright(names, width)) {
            axis.put("labelAngle", -90);
            axis.put("labelLimit", UPRIGHT_PIXELS);
        } else {
            int longest = names.stream().mapToInt(n -> n.codePointCount(0, n.length())).max().orElse(0);
            // upright(names, w) as an expression of the view's width: a slot narrower than min(longest, 8) characters
            String slots = "(" + Vega.FIT_WIDTH + " - " + MARGINS + ")";
            String narrow = slots + " < " + (int) Math.ceil(Math.max(1, names.size()) * CHAR_PIXELS * Math.min(longest, MIN_ACROSS_CHARS));
            axis.put("labelAngle", Json.obj("expr", narrow + " ? -90 : 0"));
            // the anchor too: Vega-Lite's own, for an angle given as an expression, is no anchor at 0 degrees, which the
            // view draws as "start", each name beginning at its bar's middle ("Othe" cut at the view's right edge)
            axis.put("labelAlign", Json.obj("expr", narrow + " ? 'right' : 'center'"));
            axis.put("labelBaseline", Json.obj("expr", narrow + " ? 'middle' : 'top'"));
            axis.put("labelLimit", Json.obj("expr", narrow + " ? " + UPRIGHT_PIXELS + " : max(30, " + slots + " / "
                    + Math.max(1, names.size()) + " - 6)"));
        }
    }
}
