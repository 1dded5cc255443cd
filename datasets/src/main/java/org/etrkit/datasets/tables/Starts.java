package org.etrkit.datasets.tables;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a pattern's matches can start at, to search a text only there. {@link Matcher#find()} tries
 * its pattern at every position of the text, which costs tens of nanoseconds a character when the pattern opens
 * with a group, a look-behind or a word boundary; {@link #find} passes over the other characters with one table
 * lookup and tries the pattern only where one of the set stands, with {@link Matcher#lookingAt()} on a region
 * from there to the end of the text. The matcher comes from {@link #matcher}, with transparent and
 * non-anchoring bounds, so the pattern's look-behinds, word boundaries and anchors see the whole text as
 * {@code find} does.
 *
 * <pre>{@code
 * Matcher m = Starts.matcher(NAME_BEFORE_VERB, text);
 * for (int at = 0; (at = Starts.UPPERCASE.find(m, text, at)) >= 0; ) {
 *     names.add(m.group(1));
 * }
 * }</pre>
 *
 * <p>This finds the same matches in the same order as {@code while (m.find())} on the same text whenever every
 * match of the pattern starts at a character of the set; with {@code wordStart}, the set also passes over a
 * character right after an ASCII letter, digit or underscore, which is the same whenever the pattern opens with
 * a word boundary ({@code \b}) and the set holds only letters and digits (a word boundary before a letter needs
 * no letter, digit or underscore before it).
 */
final class Starts {

    /** Upper-case letters ({@code \p{Lu}}) and high surrogates (a supplementary upper-case letter's first half). */
    static final Starts UPPERCASE = new Starts(
            c -> Character.getType(c) == Character.UPPERCASE_LETTER || Character.isHighSurrogate((char) c), false, false);

    /** Every character: {@link #find} is {@link Matcher#find(int)}. */
    static final Starts ANYWHERE = new Starts(c -> true, false, true);

    private final boolean[] accepts = new boolean[Character.MAX_VALUE + 1];
    private final boolean wordStart;
    private final boolean anywhere;

    private Starts(IntPredicate accepts, boolean wordStart, boolean anywhere) {
        boolean lettersAndDigits = true;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            this.accepts[c] = accepts.test(c);
            lettersAndDigits &= !this.accepts[c] || Character.isLetterOrDigit(c);
        }
        this.wordStart = wordStart && lettersAndDigits;
        this.anywhere = anywhere;
    }

    /**
     * The characters the entries of a lexicon list can start with, ignoring case (as Unicode case folding
     * compares, which takes in every pair ASCII folding matches), for a pattern with the list's alternation at
     * its start, optionally behind a word boundary ({@code wordBoundary}: then the set passes over a character
     * after a word's letter, unless it holds a character other than a letter or digit); {@link #ANYWHERE} when
     * the list is empty or some entry does not start with a letter or digit of its own (empty, a blank, a
     * surrogate).
     */
    static Starts ofEntries(List<String> entries, boolean wordBoundary) {
        boolean[] first = new boolean[Character.MAX_VALUE + 1];
        if (entries.isEmpty()) {
            return ANYWHERE;
        }
        for (String e : entries) {
            if (e.isEmpty() || Character.isSurrogate(e.charAt(0)) || !Character.isLetterOrDigit(e.charAt(0))) {
                return ANYWHERE;
            }
            first[fold(e.charAt(0))] = true;
            first[e.charAt(0)] = true;
        }
        return new Starts(c -> !Character.isSurrogate((char) c) && (first[c] || first[fold((char) c)]), wordBoundary,
                false);
    }

    /** {@code toLowerCase(toUpperCase(c))}: what a case-insensitive Unicode comparison compares. */
    private static char fold(char c) {
        int f = Character.toLowerCase(Character.toUpperCase((int) c));
        return f <= Character.MAX_VALUE ? (char) f : c;
    }

    /** A matcher of {@code pattern} over {@code text} for {@link #find}. */
    static Matcher matcher(Pattern pattern, CharSequence text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * Finds the first match of {@code m}'s pattern that starts at or after {@code from} at a character of this
     * set, and leaves it in {@code m}; returns where the next search starts (the match's end, one past an
     * empty match), or -1 when there is none.
     */
    int find(Matcher m, CharSequence text, int from) {
        int n = text.length();
        if (anywhere) {
            m.region(0, n);
            return from <= n && m.find(from) ? (m.end() > m.start() ? m.end() : m.end() + 1) : -1;
        }
        for (int i = from; i < n; i++) {
            if (!accepts[text.charAt(i)]) {
                continue;
            }
            if (wordStart && i > 0 && wordChar(text.charAt(i - 1))) {
                continue;
            }
            m.region(i, n);
            if (m.lookingAt()) {
                return m.end() > i ? m.end() : i + 1;
            }
        }
        return -1;
    }

    private static boolean wordChar(char c) {
        return c < 128 && (Chars.isLetterOrDigit(c) || c == '_');
    }
}
