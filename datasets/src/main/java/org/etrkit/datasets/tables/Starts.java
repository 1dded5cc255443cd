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

    /** The characters {@code accepts} accepts, which must be every character a match can start at. */
    static Starts of(IntPredicate accepts) {
        return new Starts(accepts, false, false);
    }

    /** Every character: {@link #find} is {@link Matcher#find(int)}. */
    static final Starts ANYWHERE = new Starts(c -> true, false, true);

    private final boolean[] accepts = new boolean[Character.MAX_VALUE + 1];
    private final boolean wordStart;
    private final boolean anywhere;
    /** The lengths of the entries, one of which blanks and a capital must follow ({@link #ofWordsBeforeName}), or null. */
    private final int[] blankAfter;
    /**
     * For a set of a list's entries ({@link #ofEntries}), the first two letters they can open with, or null: see
     * {@link SecondLetters}.
     */
    private final SecondLetters second;

    private Starts(IntPredicate accepts, boolean wordStart, boolean anywhere) {
        this(accepts, wordStart, anywhere, null, null);
    }

    private Starts(IntPredicate accepts, boolean wordStart, boolean anywhere, int[] blankAfter, SecondLetters second) {
        this.blankAfter = blankAfter;
        this.second = second;
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
        return (wordBoundary ? OF_WORDS : OF_ENTRIES).computeIfAbsent(List.copyOf(entries),
                e -> make(e, wordBoundary));
    }

    /** The sets made so far, by their entries (the readers ask for theirs for every batch of articles). */
    private static final java.util.Map<List<String>, Starts> OF_WORDS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<List<String>, Starts> OF_ENTRIES = new java.util.concurrent.ConcurrentHashMap<>();

    private static Starts make(List<String> entries, boolean wordBoundary) {
        boolean[] first = new boolean[Character.MAX_VALUE + 1];
        if (entries.isEmpty()) {
            return ANYWHERE;
        }
        for (String e : entries) {
            if (e.isEmpty() || Character.isSurrogate(e.charAt(0)) || !Chars.isLetterOrDigit(e.charAt(0))) {
                return ANYWHERE;
            }
            first[fold(e.charAt(0))] = true;
            first[e.charAt(0)] = true;
        }
        return new Starts(c -> !Character.isSurrogate((char) c) && (first[c] || first[fold((char) c)]), wordBoundary,
                false, null, SecondLetters.of(entries));
    }

    /**
     * The ASCII pairs of letters or digits a list's entries open with, in ASCII lower case, so that a place whose
     * first character is of the set but whose first two characters begin no entry ("th" for "to", "in", "at") is
     * passed over without trying the pattern there: a match of the alternation at its start begins with one entry's
     * characters, in either case. A first letter of an entry that is one character long, or whose second character
     * is no ASCII letter or digit or may be left out ("a\s+third", "as?"), takes any second character
     * ({@code anySecond}); so does every character past ASCII in the text, which a case-insensitive pattern may take
     * for an ASCII letter ("ſ" for "s", the Kelvin sign for "k"). No pairs (null) when an entry opens with a character
     * past ASCII.
     */
    record SecondLetters(boolean[] pairs, boolean[] anySecond) {

        static SecondLetters of(List<String> entries) {
            boolean[] pairs = new boolean[128 * 128];
            boolean[] anySecond = new boolean[128];
            for (String e : entries) {
                char a = e.charAt(0);
                if (a >= 128 || e.length() > 1 && e.charAt(1) >= 128) {
                    return null;
                }
                char b = e.length() > 1 ? e.charAt(1) : ' ';
                if (e.length() == 1 || !Chars.isLetterOrDigit(b)
                        || e.length() > 2 && "?*{|".indexOf(e.charAt(2)) >= 0) {
                    anySecond[lower(a)] = true;
                } else {
                    pairs[lower(a) * 128 + lower(b)] = true;
                }
            }
            return new SecondLetters(pairs, anySecond);
        }

        /**
         * False when no entry can open at {@code i} of a text that ends (for the match) at {@code n}: its first
         * character is ASCII, takes a second one, and with the next character (ASCII, or none before {@code n})
         * begins no entry.
         */
        boolean mayOpenAt(CharSequence text, int i, int n) {
            char a = text.charAt(i);
            if (a >= 128 || anySecond[lower(a)]) {
                return true;
            }
            if (i + 1 >= n) {
                return false;
            }
            char b = text.charAt(i + 1);
            return b >= 128 || pairs[lower(a) * 128 + lower(b)];
        }

        private static int lower(char c) {
            return c >= 'A' && c <= 'Z' ? c + 32 : c;
        }
    }

    /** Whether this set may find a match at {@code i} of a text whose match ends by {@code n} (the second letters). */
    boolean mayOpenAt(CharSequence text, int i, int n) {
        return second == null || second.mayOpenAt(text, i, n);
    }

    /**
     * {@link #ofEntries ofEntries(entries, true)} for a pattern that opens with a word boundary, the entries'
     * alternation, blanks and a capital letter matched case-sensitively ({@code \b(?i:in|at|…)\s+(\p{Lu}…)},
     * {@code \b(?:in|at|…) ((?-i:\p{Lu})…)}): its matches start where an entry's first letter stands with a blank
     * ({@code \s}) as many characters on as some entry is long, and a capital ({@code \p{Lu}}, or a surrogate)
     * after the blanks there, since an ASCII entry without a blank of its own matches as many characters as it
     * has. {@link #ofEntries} when some entry holds a blank or a character beyond ASCII.
     */
    static Starts ofWordsBeforeName(List<String> entries) {
        Starts starts = ofEntries(entries, true);
        if (starts == ANYWHERE || entries.stream().anyMatch(e -> e.chars().anyMatch(c -> blank(c) || c >= 128))) {
            return starts;
        }
        int[] lengths = entries.stream().mapToInt(String::length).distinct().sorted().toArray();
        return new Starts(c -> starts.accepts[c], starts.wordStart, false, lengths, starts.second);
    }

    /** {@code \s}: a space, a tab, a line end, a vertical tab or a form feed. */
    private static boolean blank(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
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
        return find(m, text, from, n, n);
    }

    /**
     * {@code m.region(from, end).find()} for a matcher with transparent bounds (whose look-arounds see past the
     * region, as {@link #matcher} makes them), tried only at the characters of this set; returns where the next
     * search starts, or -1 when there is no match.
     */
    int findWithin(Matcher m, CharSequence text, int from, int end) {
        if (anywhere) {
            return m.region(from, end).find() ? (m.end() > m.start() ? m.end() : m.end() + 1) : -1;
        }
        return find(m, text, from, end, end);
    }

    /** The first match that starts in {@code [from, to)} in a region that ends at {@code end}. */
    private int find(Matcher m, CharSequence text, int from, int to, int end) {
        int n = end;
        int capital = -1; // with blankAfter: the first capital after a blank past i (capitalAfterBlank)
        for (int i = from; i < to; i++) {
            if (blankAfter != null && capital <= i) {
                capital = capitalAfterBlank(text, i + 1, n);
                if (capital < 0) {
                    return -1;
                }
                i = Math.max(i, blankRunStart(text, i, capital) - blankAfter[blankAfter.length - 1]);
                if (i >= to) {
                    return -1;
                }
            }
            if (!accepts[text.charAt(i)]) {
                continue;
            }
            if (wordStart && i > 0 && wordChar(text.charAt(i - 1))) {
                continue;
            }
            if (blankAfter != null && !nameAfterSome(text, i, n)) {
                continue;
            }
            if (second != null && !second.mayOpenAt(text, i, n)) {
                continue;
            }
            m.region(i, n);
            if (m.lookingAt()) {
                return m.end() > i ? m.end() : i + 1;
            }
        }
        return -1;
    }

    /**
     * {@code m.region(from, to).find()} for a matcher with its default bounds (opaque and anchoring), tried only
     * at the characters of this set: for a set of {@link #ofEntries ofEntries(entries, true)} and a pattern that
     * opens with a word boundary before an entry and has no other look-behind and no anchor
     * ({@code \b(?:{population_words})\b}). The boundary before a letter of the set holds at the region's start
     * (its bounds are opaque) and elsewhere when the character before is no word character ({@code \b}'s own
     * test: a letter, a digit, an underscore, or a combining mark after one inside the region); there the pattern
     * matches from that letter in a region from it exactly when the search of the whole region matches there.
     * {@code m.region(from, to).find()} itself for another set.
     */
    boolean findIn(Matcher m, CharSequence text, int from, int to) {
        if (anywhere || !wordStart || blankAfter != null) {
            return m.region(from, to).find();
        }
        for (int i = from; i < to; i++) {
            if (!accepts[text.charAt(i)] || i > from && wordBefore(text, from, i)
                    || second != null && !second.mayOpenAt(text, i, to)) {
                continue;
            }
            if (m.region(i, to).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** What {@code \b} finds left of {@code i} in a region from {@code from} with opaque bounds (i > from). */
    private static boolean wordBefore(CharSequence text, int from, int i) {
        int c = Character.codePointBefore(text, i);
        if (c == '_' || Character.isLetterOrDigit(c)) {
            return true;
        }
        if (Character.getType(c) != Character.NON_SPACING_MARK) {
            return false;
        }
        for (int x = i - 1; x >= from; x--) { // a combining mark counts when a letter or digit carries it
            int b = Character.codePointAt(text, x);
            if (Character.isLetterOrDigit(b)) {
                return true;
            }
            if (Character.getType(b) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return false;
    }

    /**
     * {@link #find(Matcher, CharSequence, int)} for a pattern each match of which opens with a name, letters,
     * hyphens and blanks ({@code \p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)*}), and goes on with a mark that no name
     * holds (" and ", an apostrophe): such a match runs from its start to the first mark after it over name
     * characters only, so only the run of them right before each mark ({@code nextMark}: where the first mark at
     * or after a place stands, or -1) is searched. Not for {@link #ANYWHERE}.
     */
    int findBeforeMark(Matcher m, String text, int from, java.util.function.IntUnaryOperator nextMark) {
        int at = from;
        while (at < text.length()) {
            int mark = nextMark.applyAsInt(at);
            if (mark < 0) {
                return -1;
            }
            int run = mark;
            while (run > at && nameChar(text.charAt(run - 1))) {
                run--;
            }
            int next = find(m, text, run, mark, text.length());
            if (next >= 0) {
                return next;
            }
            at = mark + 1;
        }
        return -1;
    }

    /** A character of a name's run: a letter, a hyphen, a space, or half of a supplementary letter. */
    private static boolean nameChar(char c) {
        return Chars.isLetter(c) || c == '-' || c == ' ' || Character.isSurrogate(c);
    }

    /**
     * The first place at or after {@code from} and before {@code n} where a capital ({@link #UPPERCASE}) stands
     * right after a blank, or -1. {@link #nameAfterSome} holds at {@code i} only where such a capital stands past
     * {@code i}, with the blanks before it starting at most the longest entry's length past {@code i} (a capital
     * after a blank nearer to {@code i} stands inside that entry's length): so the places before the blanks of the
     * first such capital less that length are passed over without a test.
     */
    private static int capitalAfterBlank(CharSequence text, int from, int n) {
        for (int j = Math.max(from, 1); j < n; j++) {
            if (UPPERCASE.accepts[text.charAt(j)] && blank(text.charAt(j - 1))) {
                return j;
            }
        }
        return -1;
    }

    /** Where the run of blanks that ends right before {@code capital} starts, not before {@code floor}. */
    private static int blankRunStart(CharSequence text, int floor, int capital) {
        int s = capital - 1;
        while (s > floor && blank(text.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    private boolean nameAfterSome(CharSequence text, int i, int n) {
        for (int length : blankAfter) {
            int j = i + length;
            if (j < n && blank(text.charAt(j))) {
                while (j < n && blank(text.charAt(j))) {
                    j++;
                }
                if (j < n && UPPERCASE.accepts[text.charAt(j)]) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean wordChar(char c) {
        return c < 128 && (Chars.isLetterOrDigit(c) || c == '_');
    }
}
