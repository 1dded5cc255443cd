package org.etrkit.datasets.tables;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Makes a lexicon list's alternation cheap to try where it cannot match. Java's regular expressions try
 * every alternative of {@code (?:troops|soldiers|men|…)} in turn, each comparing ignoring case, at every
 * place a search reaches; {@link #guarded} puts a look-ahead in front that lets through only the
 * characters some entry can start with, so a search passes over the other places with one table lookup.
 *
 * <p>The look-ahead changes no match: every entry is a literal (its spaces match any blank), so it can
 * match only where its first character stands, and the look-ahead's class holds every character that
 * the first character of some entry matches under the lexicon's flags ({@code CASE_INSENSITIVE} and
 * {@code UNICODE_CASE}: characters {@code x} and {@code c} match when
 * {@code toLowerCase(toUpperCase(x)) == toLowerCase(toUpperCase(c))}, the comparison {@link Pattern}
 * makes). The class itself is compared exactly (case sensitive), so it lets through that set and nothing
 * else. The guarded alternation is a group of its own, which is the same regular expression only where
 * the list stands alone between alternation bars or group brackets ({@code (?:{personnel})},
 * {@code (?:{collective}|strength)}): {@link #alternativesAlone} finds those places; elsewhere
 * ({@code ^ {personnel}}) the list is left as it is.
 */
final class RegexGuard {

    /** A group's opening up to its body: "(", "(?:", "(?<name>", "(?=", "(?!", "(?<=", "(?<!", "(?>", "(?i-u:". */
    private static final Pattern GROUP_OPENING = Pattern.compile(
            "\\((?:\\?(?:[:=!>]|<[=!]|<[A-Za-z][A-Za-z0-9]*>|[A-Za-z]*(?:-[A-Za-z]*)?:))?$");

    /** {@code toLowerCase(toUpperCase(c))} of every char: what a case-insensitive Unicode comparison compares. */
    private static volatile char[] folded;

    private RegexGuard() {
    }

    /**
     * For each offset of {@code template}: true when a list reference ({@code {name}}) starting there
     * stands alone between alternation bars or group brackets, outside any character class, quote or
     * escape, so that it can be replaced by a group without changing the regular expression.
     */
    static boolean[] alternativesAlone(String template) {
        int n = template.length();
        boolean[] syntax = new boolean[n]; // a character of the regular expression's syntax, not a literal
        int i = 0;
        int classDepth = 0;
        boolean quoted = false;
        while (i < n) {
            char c = template.charAt(i);
            if (quoted) {
                if (template.startsWith("\\E", i)) {
                    quoted = false;
                    i += 2;
                } else {
                    i++;
                }
            } else if (c == '\\') {
                if (template.startsWith("\\Q", i)) {
                    quoted = true;
                }
                i += 2;
            } else if (classDepth > 0) {
                if (c == '[') {
                    classDepth++;
                } else if (c == ']') {
                    classDepth--;
                }
                i++;
            } else if (c == '[') {
                classDepth = 1;
                i++;
                if (i < n && template.charAt(i) == '^') {
                    i++;
                }
                if (i < n && template.charAt(i) == ']') {
                    i++; // "[]…]": a literal bracket
                }
            } else {
                syntax[i] = true;
                i++;
            }
        }
        boolean[] alone = new boolean[n + 1];
        for (int s = 0; s < n; s++) {
            if (!syntax[s] || template.charAt(s) != '{') {
                continue;
            }
            int e = template.indexOf('}', s);
            if (e < 0) {
                break;
            }
            e++;
            boolean before = s == 0 || syntax[s - 1] && template.charAt(s - 1) == '|' || opensGroup(template, syntax, s);
            boolean after = e == n || syntax[e] && (template.charAt(e) == '|' || template.charAt(e) == ')');
            alone[s] = before && after;
        }
        return alone;
    }

    private static boolean opensGroup(String template, boolean[] syntax, int at) {
        java.util.regex.Matcher m = GROUP_OPENING.matcher(template).region(Math.max(0, at - 64), at);
        if (!m.find()) {
            return false;
        }
        for (int k = m.start(); k < at; k++) {
            if (!syntax[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code alternation} (the alternation of {@code entries}) behind a look-ahead for the characters an
     * entry can start with; {@code alternation} itself when some entry does not start with a character
     * of its own (an empty entry, a blank, a surrogate).
     */
    static String guarded(List<String> entries, String alternation) {
        if (entries.isEmpty()) {
            return alternation;
        }
        String cls = CLASSES.computeIfAbsent(entries, RegexGuard::firstCharacters);
        return cls == null ? alternation : "(?:(?-iu:(?=[" + cls + "]))(?:" + alternation + "))";
    }

    /** The look-ahead classes of the lists guarded so far (a build compiles its patterns per batch). */
    private static final java.util.Map<List<String>, String> CLASSES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The class of the characters the entries can start with, or null when one starts with none of its own. */
    private static String firstCharacters(List<String> entries) {
        char[] fold = folded();
        boolean[] firstFolded = new boolean[Character.MAX_VALUE + 1];
        for (String e : entries) {
            if (e.isEmpty()) {
                return null;
            }
            char c = e.charAt(0);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isSurrogate(c)) {
                return null;
            }
            firstFolded[fold[c]] = true;
            firstFolded[c] = true;
        }
        StringBuilder cls = new StringBuilder();
        int x = 0;
        while (x <= Character.MAX_VALUE) {
            if (!(firstFolded[fold[x]] || firstFolded[x]) || Character.isSurrogate((char) x)) {
                x++;
                continue;
            }
            int from = x;
            while (x + 1 <= Character.MAX_VALUE && (firstFolded[fold[x + 1]] || firstFolded[x + 1])
                    && !Character.isSurrogate((char) (x + 1))) {
                x++;
            }
            cls.append(String.format("\\x{%x}", from));
            if (x > from) {
                cls.append(String.format("-\\x{%x}", x));
            }
            x++;
        }
        return cls.toString();
    }

    private static char[] folded() {
        char[] f = folded;
        if (f == null) {
            f = new char[Character.MAX_VALUE + 1];
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                int folded = Character.toLowerCase(Character.toUpperCase(c));
                f[c] = folded <= Character.MAX_VALUE ? (char) folded : (char) c;
            }
            folded = f;
        }
        return f;
    }
}
