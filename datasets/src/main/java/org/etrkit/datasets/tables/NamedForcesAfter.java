package org.etrkit.datasets.tables;

import java.util.Locale;
import java.util.Set;

/**
 * The force a name heads, read from the capitalised words right after it that end in a force noun ("Amur Flotilla"
 * in "Soviet Amur Flotilla", "18th Army" in "Zhang Guohua's 18th Army"), for the aliases an article learns from its
 * prose. Moved unchanged out of {@link ArticleContext}.
 */
final class NamedForcesAfter {

    private NamedForcesAfter() {
    }

    /** Words of a region before a state's name that make the two a place ("North China", "Central China"). */
    private static final Set<String> REGION_WORDS = Set.of("north", "south", "east", "west", "central", "northern",
            "southern", "eastern", "western", "northeast", "northwest", "southeast", "southwest", "inner", "outer");

    /**
     * Whether a capitalised word of a region stands right before the name at {@code start} ("Central China
     * Expeditionary Army"): the name is part of a place's name, which heads no force of its side.
     */
    static boolean regionWordBefore(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != ' ') {
            return false;
        }
        int ws = start - 1;
        while (ws > 0 && Chars.isLetter(text.charAt(ws - 1))) {
            ws--;
        }
        return ws < start - 1 && Chars.isUpperCase(text.charAt(ws))
                && REGION_WORDS.contains(text.substring(ws, start - 1).toLowerCase(Locale.ROOT));
    }

    /**
     * "Amur Flotilla" in "Soviet Amur Flotilla": the capitalised words right after a name, ending in a
     * force noun ("Flotilla", "Division", "Group"), or null.
     */
    static String capitalisedPhraseAfter(String text, int end, Set<String> forceNouns) {
        int i = end;
        if (text.startsWith("'s ", i) || text.startsWith("’s ", i)) {
            i += 2; // "Zhang Guohua's 18th Army"
        }
        int start = -1;
        int lastEnd = -1;
        boolean endsInForceNoun = false;
        for (int words = 0; words < 5; words++) {
            if (i + 1 >= text.length() || text.charAt(i) != ' ') {
                break;
            }
            int ws = i + 1;
            char c = text.charAt(ws);
            if (!(Chars.isUpperCase(c) || Character.isDigit(c))) {
                break;
            }
            int we = ws;
            while (we < text.length() && (Chars.isLetterOrDigit(text.charAt(we)) || text.charAt(we) == '-')) {
                we++;
            }
            if (Character.isDigit(c) && !Prose.isOrdinal(text, ws, we)) {
                break;
            }
            if (start < 0) {
                start = ws;
            }
            lastEnd = we;
            endsInForceNoun = forceNouns.contains(text.substring(ws, we).toLowerCase(Locale.ROOT));
            i = we;
        }
        return start >= 0 && endsInForceNoun ? text.substring(start, lastEnd) : null;
    }
}
