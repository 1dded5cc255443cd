package org.etrkit.datasets.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of the time the prose gives the article's own place as a Soviet republic ("the Kazakh SSR", "the Kazakh
 * ASSR" in an article on Kazakhstan), for {@link PopulationStatements}: a figure that names no place, in a section
 * that wrote that name before it, is counted in that republic ("… were living in the Kazakh SSR. … The 1959 census
 * counted 762,131 Ukrainians (8.2%)"), when its year is not after 1991, the year the Soviet republics ended. A new
 * section, or an article, starts with none.
 */
final class OwnRepublics {

    /** A name with a Soviet republic's abbreviation: "Kazakh SSR", "Karakalpak ASSR". */
    static final Pattern REPUBLIC = Pattern.compile("(?-i:\\b(\\p{Lu}[\\p{L}'’-]+) (?:A?SSR))\\b");

    /** The last year a Soviet republic's name is the name of the time. */
    private static final int LAST_SOVIET_YEAR = 1991;

    private ArticleContext article;
    private String section;
    /** The own republic's name written last before the paragraph read, in its section. */
    private String carried;
    /** The paragraph read and its own republic's names with their offsets. */
    private Prose paragraph;
    private final List<Integer> offsets = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    /** Starts on a paragraph: carries the last name of the paragraph before, unless the section or article changed. */
    void read(ArticleContext ac, Prose p, String home) {
        String last = names.isEmpty() ? carried : names.get(names.size() - 1);
        String heading = p.block.section() == null ? "" : p.block.section();
        carried = ac == article && heading.equals(section) ? last : null;
        article = ac;
        section = heading;
        paragraph = p;
        offsets.clear();
        names.clear();
        if (home == null || home.isEmpty() || !p.text.contains("SSR")) {
            return;
        }
        Matcher m = REPUBLIC.matcher(p.text);
        while (m.find()) {
            if (sameStem(m.group(1), home)) {
                offsets.add(m.start());
                names.add(m.group());
            }
        }
    }

    /**
     * The own republic's name written last before {@code offset} of the paragraph read, in its section, for a figure
     * of {@code year} (null: unknown); or null after 1991 or when none was written.
     */
    String before(Prose p, int offset, Integer year) {
        if (p != paragraph || year != null && year > LAST_SOVIET_YEAR) {
            return null;
        }
        String out = carried;
        for (int i = 0; i < offsets.size() && offsets.get(i) < offset; i++) {
            out = names.get(i);
        }
        return out;
    }

    /** The letters a name's spellings vary in ("Kirghiz", "Kyrgyz"): vowels, y and h. */
    private static final Pattern VARIANT_LETTERS = Pattern.compile("[aeiouyh]");

    /**
     * Whether a name's first word and the article's place's are one stem, the shorter (of four letters or more)
     * opening the longer, also when written in two spellings that differ only in vowels, y and h ("Kirghiz SSR" and
     * "Kyrgyzstan": their consonants "krgz" open both, four of them at least).
     */
    static boolean sameStem(String a, String b) {
        String x = a.split(" ")[0].toLowerCase(Locale.ROOT);
        String y = b.split(" ")[0].toLowerCase(Locale.ROOT);
        String shorter = x.length() <= y.length() ? x : y;
        if (shorter.length() >= 4 && x.startsWith(shorter) && y.startsWith(shorter)) {
            return true;
        }
        String cx = VARIANT_LETTERS.matcher(x).replaceAll("");
        String cy = VARIANT_LETTERS.matcher(y).replaceAll("");
        String fewer = cx.length() <= cy.length() ? cx : cy;
        return fewer.length() >= 4 && x.charAt(0) == y.charAt(0) && cx.startsWith(fewer) && cy.startsWith(fewer);
    }
}
