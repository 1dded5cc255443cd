package org.etrkit.datasets.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The phrases of a {@link PhraseMatcher} by their first word, which the matcher looks up at each word of a text:
 * each phrase split into its words, the lists of phrases that start with each first word (longest first), kept in a
 * {@link PhraseMatcher.WordTable} so that a run of characters is looked up where it stands, and the first letters of
 * the ASCII first words by length ({@link #firstChars}), so that most words are passed over unlooked. An index made
 * by {@link PhraseMatcher#withFirst} from another holds only the lists its own phrases change and reads every other
 * list from the index it was made from ({@link #parent}); a phrase keeps its case as given, and a first word in
 * lower case is kept in lower case, to be matched with its first letter in either case.
 *
 * @param <T> what each phrase stands for (a side code, a canonical group name)
 */
final class PhraseIndex<T> {

    /** A phrase: its words, its value, and the phrase as given (the key of the map it was built from). */
    record Entry<T>(String[] words, T value, String phrase) {
    }

    /**
     * Entries by the lookup key of their first word, longest phrase first, in the order given on a tie: every key's
     * for an index made from a map; for one made by {@link PhraseMatcher#withFirst}, only the keys whose lists differ
     * from its {@link #parent}'s, which holds the others ({@link #entries}).
     */
    private final Map<String, List<Entry<T>>> byFirstWord;
    /** {@link #byFirstWord}, looked up by a run of characters ({@link #lookUp}). */
    private final PhraseMatcher.WordTable<List<Entry<T>>> table;
    /** The index this one was made from by {@link PhraseMatcher#withFirst}, or null for an index made from a map. */
    private final PhraseIndex<T> parent;
    /**
     * The value of each phrase, by the phrase as given: made at once for an index made from a map, and on first use
     * for one made by {@link PhraseMatcher#withFirst} (only an index made from it reads it), from {@link #first} and
     * {@link #firstWins}.
     */
    private volatile Map<String, T> phrases;
    private final Map<String, T> first;
    private final java.util.Set<String> firstWins;
    /**
     * For ASCII first words: {@code firstChars[n]} holds the first characters of the ASCII keys of length
     * n, so most words of a text are passed over without looking them up (see {@link PhraseMatcher}'s mayStart).
     */
    final boolean[][] firstChars;
    /**
     * The index this one was made from by {@link PhraseMatcher#withFirst} (itself for an index made from a map), and
     * the first-word keys whose lists differ from that index's: a word looked up by no such key finds the same
     * entries in both ({@link PhraseMatcher#find(PhraseMatcher.Words, PhraseMatcher.Pass)}).
     */
    final PhraseIndex<T> root;
    final java.util.Set<String> addedKeys;

    PhraseIndex(Map<String, T> phrases) {
        this.root = this;
        this.parent = null;
        this.first = null;
        this.firstWins = null;
        this.addedKeys = java.util.Set.of();
        this.phrases = new LinkedHashMap<>(phrases);
        this.byFirstWord = new HashMap<>();
        phrases.forEach((phrase, value) -> {
            Entry<T> e = entry(phrase, value);
            byFirstWord.computeIfAbsent(key(e), k -> new ArrayList<>()).add(e);
        });
        byFirstWord.values().forEach(l -> l.sort(LONGEST_FIRST));
        this.table = new PhraseMatcher.WordTable<>(byFirstWord);
        this.firstChars = firstChars(byFirstWord);
    }

    /**
     * The index of the map that holds {@code first}'s phrases and then {@code base}'s (a phrase in both
     * keeps its place in {@code first} and takes its value from {@code base}), made without matching or copying
     * {@code base}'s phrases: only the lists of the first words of {@code first} are made, and every other first
     * word is looked up in {@code base} ({@link #entries}, {@link #lookUp}).
     */
    PhraseIndex(Map<String, T> first, PhraseIndex<T> base, java.util.Set<String> firstWins) {
        this.root = base.root;
        this.parent = base;
        this.first = new LinkedHashMap<>(first);
        this.firstWins = java.util.Set.copyOf(firstWins);
        Map<String, T> basePhrases = base.phrases();
        Map<String, List<Entry<T>>> added = new LinkedHashMap<>();
        first.forEach((phrase, value) -> {
            Entry<T> e = entry(phrase, basePhrases.containsKey(phrase) && !firstWins.contains(phrase)
                    ? basePhrases.get(phrase) : value);
            added.computeIfAbsent(key(e), k -> new ArrayList<>()).add(e);
        });
        this.byFirstWord = new HashMap<>();
        added.forEach((key, ahead) -> {
            ahead.sort(LONGEST_FIRST);
            List<Entry<T>> merged = new ArrayList<>();
            int i = 0;
            List<Entry<T>> own = base.entries(key);
            for (Entry<T> e : own == null ? List.<Entry<T>>of() : own) {
                if (first.containsKey(e.phrase())) {
                    continue; // in place of first's entry
                }
                while (i < ahead.size() && ahead.get(i).words().length >= e.words().length) {
                    merged.add(ahead.get(i++)); // a stable sort: first's entries before base's of the same length
                }
                merged.add(e);
            }
            while (i < ahead.size()) {
                merged.add(ahead.get(i++));
            }
            byFirstWord.put(key, merged);
        });
        this.table = new PhraseMatcher.WordTable<>(byFirstWord);
        this.firstChars = firstChars(base.firstChars, byFirstWord.keySet());
        java.util.Set<String> keys = new java.util.HashSet<>(base.addedKeys);
        keys.addAll(added.keySet());
        this.addedKeys = keys;
    }

    /** The value of each phrase, by the phrase as given ({@link #phrases}). */
    Map<String, T> phrases() {
        Map<String, T> p = phrases;
        if (p == null) { // the map the index was made of: first's phrases, then the parent's
            p = new LinkedHashMap<>(first);
            p.putAll(parent.phrases());
            for (String phrase : firstWins) {
                if (first.containsKey(phrase)) {
                    p.put(phrase, first.get(phrase));
                }
            }
            phrases = p;
        }
        return p;
    }

    /** The entries of first-word key {@code key}, longest phrase first, or null when no phrase starts with it. */
    List<Entry<T>> entries(String key) {
        for (PhraseIndex<T> m = this; m != null; m = m.parent) {
            List<Entry<T>> c = m.byFirstWord.get(key);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /**
     * {@link #entries} of the key {@code text[from, to)} (in ASCII lower case if {@code lower}: only for ASCII
     * runs), looked up where it stands: its hash is made once for this index's table and its parents'.
     */
    List<Entry<T>> lookUp(String text, int from, int to, boolean lower) {
        int h = PhraseMatcher.WordTable.hash(text, from, to, lower);
        for (PhraseIndex<T> m = this; m != null; m = m.parent) {
            List<Entry<T>> c = m.table.get(h, text, from, to, lower);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private static final Comparator<Entry<?>> LONGEST_FIRST = Comparator.comparingInt((Entry<?> e) -> e.words().length)
            .reversed();

    private static <T> Entry<T> entry(String phrase, T value) {
        return new Entry<>(words(phrase.strip()), value, phrase);
    }

    /** {@code s.split("\\s+")} for a stripped phrase: its words between runs of blanks. */
    private static String[] words(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int j = i;
            while (j < n && !isSplitBlank(s.charAt(j))) {
                j++;
            }
            out.add(s.substring(i, j));
            while (j < n && isSplitBlank(s.charAt(j))) {
                j++;
            }
            i = j;
        }
        if (out.isEmpty()) {
            out.add(""); // "".split("\\s+") is [""]
        }
        return out.toArray(String[]::new);
    }

    /** The blanks of the regular expression {@code \s}: space, tab, newline, vertical tab, form feed, return. */
    private static boolean isSplitBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static String key(Entry<?> e) {
        String w = e.words()[0];
        return Chars.isLowerCase(w.charAt(0)) ? w.toLowerCase(Locale.ROOT) : w;
    }

    private static boolean[][] firstChars(Map<String, ?> byFirstWord) {
        return firstChars(byFirstWord.keySet());
    }

    /**
     * {@link #firstChars(java.util.Set)} of the keys of {@code base} and {@code keys}: {@code base}'s rows, a row
     * copied only where a key of {@code keys} adds to it.
     */
    private static boolean[][] firstChars(boolean[][] base, java.util.Set<String> keys) {
        int longest = keys.stream().mapToInt(String::length).max().orElse(0);
        boolean[][] chars = java.util.Arrays.copyOf(base, Math.max(base.length, longest + 1));
        boolean[] copied = new boolean[chars.length];
        for (String key : keys) {
            if (!key.isEmpty() && key.chars().allMatch(c -> c < 128)) {
                int n = key.length();
                if (!copied[n]) {
                    chars[n] = chars[n] == null ? new boolean[128] : chars[n].clone();
                    copied[n] = true;
                }
                chars[n][key.charAt(0)] = true;
            }
        }
        for (int n = base.length; n < chars.length; n++) {
            if (chars[n] == null) {
                chars[n] = new boolean[128];
            }
        }
        return chars;
    }

    /** For the ASCII keys of {@code keys}: {@code [n][c]} holds whether one of length n starts with c. */
    static boolean[][] firstChars(java.util.Set<String> keys) {
        int longest = keys.stream().mapToInt(String::length).max().orElse(0);
        boolean[][] chars = new boolean[longest + 1][128];
        for (String key : keys) {
            if (!key.isEmpty() && key.chars().allMatch(c -> c < 128)) {
                chars[key.length()][key.charAt(0)] = true;
            }
        }
        return chars;
    }

    /** Whether {@code chars} ({@link #firstChars}) holds an ASCII key of {@code length} that starts with {@code first} or {@code lower}. */
    static boolean keyFits(boolean[][] chars, int length, char first, char lower) {
        return length < chars.length && (chars[length][first] || chars[length][lower]);
    }
}
