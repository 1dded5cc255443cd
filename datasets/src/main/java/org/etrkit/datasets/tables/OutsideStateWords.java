package org.etrkit.datasets.tables;

import java.util.Locale;
import java.util.Set;

/** Words of a state outside the list of sides ({@code outside_state_words}: "American", "British") near a transfer. */
final class OutsideStateWords {

    /** "American", "British": words of a state outside the list ({@code outside_state_words}). */
    private final Set<String> outsideStates;

    OutsideStateWords(Lexicon lex) {
        this.outsideStates = lex.set("outside_state_words");
    }

    /** True when the word right before {@code at} is a word of a state outside the list ("an American grant"). */
    boolean outsideStateRightBefore(String text, int at) {
        int e = Chars.backOverSpaces(text, at);
        int b = Chars.letterRunStart(text, e);
        return b < e && outsideStates.contains(text.substring(b, e).toLowerCase(Locale.ROOT));
    }

    /** True when a word of a state outside the list ({@code outside_state_words}: "American") stands in [from, to). */
    boolean outsideStateBefore(String text, int from, int to) {
        int k = from;
        while (k < to) {
            if (!Chars.isLetter(text.charAt(k))) {
                k++;
                continue;
            }
            int j = Chars.letterRunEnd(text, k, to);
            if (outsideStates.contains(text.substring(k, j).toLowerCase(Locale.ROOT))) {
                return true;
            }
            k = j;
        }
        return false;
    }
}
