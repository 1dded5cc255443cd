package org.etrkit.datasets.tables;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.etrkit.datasets.parse.Article;
import org.etrkit.datasets.parse.Element;
import org.etrkit.datasets.parse.Element.PipeTable;

/**
 * The forces a table's caption of strength names column by column, for {@link BattleTables}: "Estimated strength of
 * the BPLA and of Syldavian forces" over "| Year | BPLA | Syldavian troops |" counts two forces, one a column, and a
 * column's header is the name of its force when the caption writes that name with a capital inside it (not as its
 * first word). A column so named counts its force's strength, and a name the gazetteer does not know is {@code Other}.
 */
final class CaptionForceColumns {

    private CaptionForceColumns() {
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * The name a strength column's header gives its force, when the table's caption names a strength
     * ({@code strengthHeaders}) and writes that name with a capital after its first word: the header without its
     * last word when that word counts people or a strength ("Syldavian troops" is "Syldavian"), else the whole header
     * ("BPLA"); or null.
     */
    static String forceName(String caption, PipeTable pt, int column, Set<String> strengthHeaders,
                            Set<String> personnel) {
        if (caption.isEmpty() || column >= pt.header().size() || !namesStrength(caption, strengthHeaders, personnel)) {
            return null;
        }
        String header = pt.header().get(column).strip();
        String[] words = SPACES.split(header);
        if (header.isEmpty() || words.length > 3) {
            return null;
        }
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        String name = words.length > 1 && (personnel.contains(last) || strengthHeaders.contains(last)
                || last.equals("forces")) ? header.substring(0, header.lastIndexOf(words[words.length - 1])).strip()
                : header;
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
            return null;
        }
        int at = caption.indexOf(name);
        while (at >= 0) {
            boolean wordStart = at == 0 || !Character.isLetterOrDigit(caption.charAt(at - 1));
            int end = at + name.length();
            boolean wordEnd = end == caption.length() || !Character.isLetterOrDigit(caption.charAt(end));
            if (at > 0 && wordStart && wordEnd) {
                return name;
            }
            at = caption.indexOf(name, at + 1);
        }
        return null;
    }

    /**
     * The table's caption: its own, else a paragraph on the line right above its header that is a title, not a
     * sentence (no full stop at its end, at most {@value #TITLE_WORDS} words): "Estimated strength of the BPLA and of
     * Syldavian forces in Borduria" written as a plain line over the table.
     */
    static String captionOf(Article article, PipeTable pt) {
        if (pt.caption() != null && !pt.caption().isBlank()) {
            return pt.caption().strip();
        }
        for (Element.Paragraph p : (Iterable<Element.Paragraph>) article.elements(Element.Paragraph.class)::iterator) {
            String t = p.text().strip();
            if (p.at().line() == pt.at().line() - 1 && !t.endsWith(".") && SPACES.split(t).length <= TITLE_WORDS) {
                return t;
            }
        }
        return "";
    }

    private static final int TITLE_WORDS = 16;

    /**
     * Whether the caption names a strength: a word of {@code strengthHeaders} that counts no people ("Estimated
     * strength of ...", "Size of ..."), so that a caption of troops alone ("Syldavian troops in Borduria") is none.
     */
    private static boolean namesStrength(String caption, Set<String> strengthHeaders, Set<String> personnel) {
        for (String w : SPACES.split(caption.toLowerCase(Locale.ROOT))) {
            String one = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
            if (!personnel.contains(w) && (strengthHeaders.contains(w) || strengthHeaders.contains(one))) {
                return true;
            }
        }
        return false;
    }
}
