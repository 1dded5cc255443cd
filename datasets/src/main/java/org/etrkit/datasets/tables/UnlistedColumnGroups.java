package org.etrkit.datasets.tables;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people a population table's column counts when the caption says no more than that it names it, also a people
 * the {@code groups} list does not know: a header of one capitalised plural with a year in brackets ("Tavars (1951)")
 * under a caption that opens with that people's name ("Tavar special settlers in Norland by oblast, …", "Tavars in
 * Norland, 1951 and 1955"). The group is the name without its plural ending ("Tavar") where nothing else names it.
 */
final class UnlistedColumnGroups {

    private UnlistedColumnGroups() {
    }

    /** "Tavars (1951)": a capitalised plural and a bracketed year, nothing else. */
    private static final Pattern PLURAL_OF_YEAR = Pattern.compile("(\\p{Lu}\\p{Ll}{2,})s\\s*\\(\\s*\\d{4}\\s*\\)");

    /**
     * The people header {@code h} counts, or null: its name must open {@code caption}, as the singular or the plural,
     * followed by a lower-case word or " in ".
     */
    static String of(String h, String caption) {
        Matcher m = PLURAL_OF_YEAR.matcher(h.strip());
        if (!m.matches() || caption == null) {
            return null;
        }
        String stem = m.group(1);
        Pattern opening = Pattern.compile("^\\s*(?:-\\s*)?" + Pattern.quote(stem) + "s? \\p{Ll}");
        return opening.matcher(caption).find() ? stem : null;
    }
}
