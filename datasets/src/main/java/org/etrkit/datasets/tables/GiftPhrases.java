package org.etrkit.datasets.tables;

import java.util.regex.Pattern;

/**
 * The shapes of the words between a figure and a transfer word that tie them: an apposition that names the people again
 * before a verb of service, a clause that restates the figure before, ", of which" that takes a part of what came
 * before, and " in " or " of " before a transfer noun ("$40 million in military aid").
 */
final class GiftPhrases {

    private GiftPhrases() {
    }

    /**
     * True when {@code [from, to)}, between a figure and a verb of service, is the figure's noun and an apposition that
     * names the people again with their state's name (" KATUSA soldiers, South Korean recruits "): the service verb
     * after the apposition says whom the figure's people serve.
     */
    static boolean apposedService(String text, int from, int to) {
        return to - from <= 80 && APPOSED.matcher(text).region(from, to).matches();
    }

    private static final Pattern APPOSED = Pattern.compile(
            "[\\p{L} -]{0,40},\\s+(?:the\\s+)?(?:(?-i:\\p{Lu})[\\p{L}-]*\\s+){1,3}(?-i:\\p{Ll})\\p{L}+\\s+");

    /**
     * True when the clause at {@code [from, to)} opens with "the figure", "the number", "the total" or "the sum" not
     * followed by "of" ("; the figure for 1981–1985 was $3.1 billion", "; the figure rose to some 1,500 in 1983"): its
     * figures carry the count or sum of the clause before on to other dates ("the number of experts" names its own).
     */
    static boolean restatesTheFigureBefore(String text, int from, int to) {
        return THE_FIGURE.matcher(text).region(from, to).lookingAt();
    }

    private static final Pattern THE_FIGURE = Pattern.compile("\\s*the\\s+(?:figure|number|total|sum)\\b(?!\\s+of\\b)");

    /**
     * True when ", of which" stands between {@code from} and {@code verb} ("arms sent to China, of which Ningxia
     * received …"): the verb's clause takes a part of what the clause before it names.
     */
    static boolean partOfWhatCameBefore(Prose p, int from, int verb) {
        return from < 0 || p.lastIndexOf(", of which ", verb, from) >= 0; // by a binary search of the block's places
    }

    /** {@link #partOfWhatCameBefore(Prose, int, int)} in a bare text. */
    static boolean partOfWhatCameBefore(String text, int from, int verb) {
        return from < 0 || Chars.lastIndexIn(text, ", of which ", verb, from) >= 0; // back to from, not the paragraph's start
    }

    /**
     * True when only " in " or " of " and at most two words stand between a figure ending at {@code end} and a
     * transfer noun at {@code noun} ("$40 million in military aid", "$2 million in aid", "$33 million of aid").
     */
    static boolean inNounAfter(String text, int end, int noun) {
        if (noun <= end || !text.startsWith(" in ", end) && !text.startsWith(" of ", end)) {
            return false;
        }
        int words = 0;
        int k = end + 4;
        while (k < noun) {
            int j = k;
            while (j < noun && (Chars.isLetter(text.charAt(j)) || text.charAt(j) == '-')) {
                j++;
            }
            if (j == k || j >= noun || text.charAt(j) != ' ' || ++words > 2) {
                return false;
            }
            k = j + 1;
        }
        return k == noun;
    }
}
