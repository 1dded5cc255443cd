package org.etrkit.datasets.tables;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The full names of states as a text writes them, for {@link ArticleNames}: a run of capitalised words ending in a
 * state noun ("Tuvan People's Republic", "Turkestan ASSR"), with an "of" part after it, or a state noun and "of" and
 * a name ("Emirate of Bukhara"), in the case written ({@link #statePattern}). A text is searched only in the run of
 * name characters ({@link #inRun}) around each state noun, which a scan for the nouns finds ({@link #findNoun}), and
 * there only at the characters a name can start at; the patterns of each list of state nouns are made once.
 */
final class StateNames {

    /** The state-name pattern ({@link #statePattern}). */
    private final Pattern name;
    /** The pattern of the state nouns alone, which every state name holds (a text without one is not searched for a name). */
    private final Pattern noun;
    /** The nouns as the noun pattern writes them, in its order (empty for no state nouns). */
    private final List<String> nouns;
    /** The nouns that start with each ASCII character, in the pattern's order; null for none. */
    private final List<String>[] byAsciiFirst;
    /** The nouns that start with a character past ASCII, in the pattern's order; null for none (the usual case). */
    private final List<String> nonAsciiFirst;
    /** The characters a state name can start at. */
    private final Starts nameStarts;

    @SuppressWarnings("unchecked")
    private StateNames(Pattern name, Pattern noun, List<String> nouns, Starts nameStarts) {
        this.name = name;
        this.noun = noun;
        this.nouns = nouns;
        this.nameStarts = nameStarts;
        this.byAsciiFirst = new List[128];
        this.nonAsciiFirst = nouns.stream().anyMatch(n -> n.charAt(0) >= 128)
                ? nouns.stream().filter(n -> n.charAt(0) >= 128).toList() : null;
        for (int c = 0; c < 128; c++) { // the nouns that start with c, in the pattern's order; null for none
            int first = c;
            List<String> starting = nouns.stream().filter(n -> n.charAt(0) == first).toList();
            byAsciiFirst[c] = starting.isEmpty() ? null : starting;
        }
    }

    /** The state names of a list of state nouns (lower case, as the lexicon's {@code state_nouns}), made once. */
    static StateNames of(List<String> stateNouns) {
        return BY_NOUNS.computeIfAbsent(stateNouns, StateNames::compile);
    }

    /** The pattern of a whole state name: "Tuvan People's Republic", "Emirate of Bukhara". */
    Pattern pattern() {
        return name;
    }

    /**
     * Gives {@code found} each state name in {@code t} in order, as the pattern matches it: the same matches as
     * {@code pattern().matcher(t).find()} from the start. A name is words and blanks around a state noun, so it lies
     * inside the run of such characters around the next noun ({@link #inRun}), and only that run is searched.
     */
    void forEach(String t, java.util.function.Consumer<String> found) {
        Matcher m = name.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        int[] noun = new int[2];
        int from = 0;
        while (from < t.length() && findNoun(t, from, noun)) {
            int runEnd = runEnd(t, noun[1]);
            if (nameStarts.findWithin(m, t, runStart(t, from, noun[0]), runEnd) >= 0) {
                found.accept(m.group());
                from = m.end();
            } else {
                from = runEnd;
            }
        }
    }

    /**
     * Where the noun pattern finds a state noun first at or after {@code from}, put in {@code found} (start, end);
     * false if nowhere. A scan for the nouns as the pattern writes them, in the pattern's order, where the
     * pattern's matcher tries every position; the pattern itself when there are no nouns.
     */
    private boolean findNoun(String t, int from, int[] found) {
        if (nouns.isEmpty()) {
            Matcher m = noun.matcher(t);
            if (!m.find(from)) {
                return false;
            }
            found[0] = m.start();
            found[1] = m.end();
            return true;
        }
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            // only a noun that starts with c can start at i: those, in the pattern's order
            List<String> candidates = c < 128 ? byAsciiFirst[c] : nonAsciiFirst;
            if (candidates == null) {
                continue;
            }
            for (int k = 0; k < candidates.size(); k++) {
                String n = candidates.get(k);
                if (t.startsWith(n, i)) {
                    found[0] = i;
                    found[1] = i + n.length();
                    return true;
                }
            }
        }
        return false;
    }

    /** The patterns of each list of state nouns, compiled once (lists are compared by value). */
    private static final Map<List<String>, StateNames> BY_NOUNS = new ConcurrentHashMap<>();

    private static StateNames compile(List<String> stateNouns) {
        List<String> spelled = stateNouns.stream().map(n -> Character.toUpperCase(n.charAt(0)) + n.substring(1)).toList();
        String noun = "(?:" + String.join("|", spelled.stream().map(Pattern::quote).toList()) + ")";
        String firsts = stateNouns.stream().map(n -> { // the first letter as the noun pattern writes it
                    int c = n.codePointAt(0);
                    return String.format("\\x{%x}", Character.isBmpCodePoint(c) ? Character.toUpperCase((char) c) : c);
                }).distinct().collect(java.util.stream.Collectors.joining());
        if (firsts.isEmpty()) { // no state nouns: nothing to guard on
            return new StateNames(statePattern(noun, null), Pattern.compile(noun), List.of(), Starts.ANYWHERE);
        }
        // where a name can start: the look-ahead's class [\p{Lu}firsts], a capital or a noun's first letter (or its
        // first half); tested for each char without the class's pattern (a matcher for each of the 65,536 chars
        // cost some 0.1 s of every build): \p{Lu} is Character.getType's UPPERCASE_LETTER, and a single char
        // matches no supplementary letter of firsts
        boolean[] nounFirst = new boolean[Character.MAX_VALUE + 1];
        for (String n : stateNouns) {
            int c = n.codePointAt(0);
            if (Character.isBmpCodePoint(c)) {
                nounFirst[Character.toUpperCase((char) c)] = true;
            }
        }
        Starts nameStarts = Starts.of(c -> Character.isHighSurrogate((char) c)
                || Character.getType(c) == Character.UPPERCASE_LETTER || nounFirst[c]);
        return new StateNames(statePattern(noun, firsts), Pattern.compile("(?=[" + firsts + "])" + noun), spelled,
                nameStarts);
    }

    /**
     * A run of capitalised words ending in a state noun, or a state noun and "of" and a name (case as written).
     * Every such name starts with a capital or with a state noun's first letter: a look-ahead for those lets a
     * search pass over every other place at once.
     */
    private static Pattern statePattern(String noun, String nounFirsts) { // nounFirsts: "\\x{41}\\x{42}", or null
        String word = "\\p{Lu}[\\p{L}'’-]*";
        String start = nounFirsts == null ? "" : "(?=[\\p{Lu}" + nounFirsts + "])";
        return Pattern.compile(start + "(?:(?:" + word + "\\s+){1,4}" + noun + "\\b(?:\\s+of\\s+(?:the\\s+)?" + word
                + "(?:\\s+" + word + ")?)?|(?:(?:" + word + "\\s+){0,3})" + noun + "\\s+of\\s+(?:the\\s+)?"
                + word + "(?:\\s+" + word + ")?)");
    }

    /**
     * True for the characters a state name is made of ({@link #statePattern}: letters, apostrophes, hyphens and the
     * blanks of {@code \\s}) and for surrogates, so that a run of them is never shorter than the name it holds.
     */
    private static boolean inRun(char c) {
        return Chars.isLetter(c) || Character.isSurrogate(c) || c == ' ' || c == '\t' || c == '\n' || c == '\u000B'
                || c == '\f' || c == '\r' || c == '\'' || c == '\u2019' || c == '-';
    }

    /** Where the run of {@link #inRun} characters that ends at {@code noun} starts, at {@code from} at the earliest. */
    static int runStart(String t, int from, int noun) {
        int i = noun;
        while (i > from && inRun(t.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Where the run of {@link #inRun} characters from {@code i} ends. */
    private static int runEnd(String t, int i) {
        int j = i;
        while (j < t.length() && inRun(t.charAt(j))) {
            j++;
        }
        return j;
    }
}
