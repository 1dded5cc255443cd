package org.etrkit.datasets.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds known phrases (names of forces and places, ethnic groups) in text, word by word, in one pass:
 * the words of the text are looked up by their first word, so the cost grows with the text, not with
 * the number of phrases. The longest phrase wins at each place; matches do not overlap.
 *
 * <p>A phrase written with a capital letter matches only that way ("Soviet", not "soviet"); a phrase
 * written in lower case ("provincial army") matches with its first letter in either case. The last
 * word of the text may carry a possessive ("Ili's") and, if {@code plurals} is set, a plural "s"
 * ("Kazakhs" for "Kazakh").
 *
 * @param <T> what each phrase stands for (a side code, a canonical group name)
 */
final class PhraseMatcher<T> {

    /** A phrase found in text: offsets, the words as written, and the value of the phrase. */
    record Hit<T>(int start, int end, String text, T value) {
    }

    private record Entry<T>(String[] words, T value) {
    }

    private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();
    private final boolean plurals;
    /**
     * For ASCII first words: {@code firstChars[n]} holds the first characters of the ASCII keys of length
     * n, so most words of a text are passed over without making a string of them (see {@link #mayStart}).
     */
    private final boolean[][] firstChars;

    PhraseMatcher(Map<String, T> phrases, boolean plurals) {
        this.plurals = plurals;
        phrases.forEach((phrase, value) -> {
            String[] words = phrase.strip().split("\\s+");
            String key = Character.isLowerCase(words[0].charAt(0)) ? words[0].toLowerCase(Locale.ROOT) : words[0];
            byFirstWord.computeIfAbsent(key, k -> new ArrayList<>()).add(new Entry<>(words, value));
        });
        byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt((Entry<T> e) -> e.words().length).reversed()));
        int longest = byFirstWord.keySet().stream().mapToInt(String::length).max().orElse(0);
        firstChars = new boolean[longest + 1][128];
        for (String key : byFirstWord.keySet()) {
            if (!key.isEmpty() && key.chars().allMatch(c -> c < 128)) {
                firstChars[key.length()][key.charAt(0)] = true;
            }
        }
    }

    /**
     * False when the word {@code text[start, end)} cannot be the first word of any phrase, which
     * {@link #candidates} would find out only after making strings of it: an ASCII word is looked up as
     * written, without a possessive or a plural "s", and (capitalised) in lower case, so it can only
     * match an ASCII key of one of those lengths that starts with its first letter in one of those cases.
     * Other words are not judged here (true).
     */
    private boolean mayStart(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) >= 128) {
                return true;
            }
        }
        int n = end - start;
        char first = text.charAt(start);
        char lower = Character.isUpperCase(first) ? Character.toLowerCase(first) : first;
        return keyFits(n, first, lower)
                || n > 2 && text.charAt(end - 2) == '\'' && text.charAt(end - 1) == 's' && keyFits(n - 2, first, lower)
                || plurals && n > 3 && text.charAt(end - 1) == 's' && keyFits(n - 1, first, lower);
    }

    private boolean keyFits(int length, char first, char lower) {
        return length < firstChars.length && (firstChars[length][first] || firstChars[length][lower]);
    }

    /** Every phrase in {@code text}, in order. */
    List<Hit<T>> find(String text) {
        return find(text, 0, text.length());
    }

    /** Every phrase in {@code text[from, to)}, in order. */
    List<Hit<T>> find(String text, int from, int to) {
        List<Hit<T>> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!isWordChar(text.charAt(i)) || i > 0 && isWordChar(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int end = wordEnd(text, i, to);
            Hit<T> hit = mayStart(text, i, end) ? match(text, i, end, to) : null;
            if (hit != null) {
                out.add(hit);
                i = hit.end();
            } else {
                i = end;
            }
        }
        return out;
    }

    private Hit<T> match(String text, int start, int firstEnd, int to) {
        String first = text.substring(start, firstEnd);
        List<Entry<T>> candidates = candidates(first);
        if (candidates == null) {
            return null;
        }
        for (Entry<T> e : candidates) {
            int end = matches(e.words(), text, start, to);
            if (end > 0) {
                return new Hit<>(start, end, text.substring(start, end), e.value());
            }
        }
        return null;
    }

    private List<Entry<T>> candidates(String word) {
        List<Entry<T>> c = byFirstWord.get(word); // "People's Liberation Army" starts with a possessive
        if (c != null) {
            return c;
        }
        c = byFirstWord.get(stripSuffix(word));
        if (c == null && Character.isUpperCase(word.charAt(0))) {
            c = byFirstWord.get(stripSuffix(word).toLowerCase(Locale.ROOT));
        }
        return c;
    }

    /** The word without a possessive, for the first-word lookup ("Ili's" is looked up as "Ili"). */
    private String stripSuffix(String word) {
        if (word.endsWith("'s") || word.endsWith("\u2019s")) {
            return word.substring(0, word.length() - 2);
        }
        if (plurals && word.length() > 3 && word.endsWith("s") && !byFirstWord.containsKey(word)) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** Where the phrase {@code words} ends if it stands at {@code start}, else -1. */
    private int matches(String[] words, String text, int start, int to) {
        int pos = start;
        for (int w = 0; w < words.length; w++) {
            if (w > 0) {
                if (pos >= to || text.charAt(pos) != ' ') {
                    return -1;
                }
                pos++;
            }
            int end = wordEnd(text, pos, to);
            if (end == pos) {
                return -1;
            }
            String written = text.substring(pos, end);
            String want = words[w];
            boolean last = w == words.length - 1;
            if (!sameWord(written, want, w == 0)) {
                if (!last) {
                    return -1;
                }
                int stem = suffixStart(written, want);
                if (stem < 0) {
                    return -1;
                }
                return pos + stem; // the phrase ends before "'s"; a plural "s" stays part of it
            }
            pos = end;
        }
        return pos;
    }

    private static boolean sameWord(String written, String want, boolean first) {
        if (written.equals(want)) {
            return true;
        }
        return first && Character.isLowerCase(want.charAt(0)) && written.equalsIgnoreCase(want)
                && written.substring(1).equals(want.substring(1));
    }

    /** For "Ili's" and want "Ili": 3; for "Kazakhs" and "Kazakh" (plurals on): 7; otherwise -1. */
    private int suffixStart(String written, String want) {
        for (String suffix : new String[] {"'s", "\u2019s"}) {
            if (written.endsWith(suffix) && sameWord(written.substring(0, written.length() - 2), want, true)) {
                return written.length() - 2;
            }
        }
        if (plurals && written.endsWith("s") && sameWord(written.substring(0, written.length() - 1), want, true)) {
            return written.length();
        }
        return -1;
    }

    private static int wordEnd(String text, int i, int to) {
        int j = i;
        while (j < to) {
            char c = text.charAt(j);
            if (isWordChar(c) || (c == '-' || c == '\'' || c == '\u2019') && j + 1 < to && isWordChar(text.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
