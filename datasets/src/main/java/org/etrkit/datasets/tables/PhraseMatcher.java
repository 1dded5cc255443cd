package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.WrittenPhrases.asciiWordEnd;
import static org.etrkit.datasets.tables.WrittenPhrases.isWordChar;
import static org.etrkit.datasets.tables.WrittenPhrases.wordEnd;

import java.util.ArrayList;
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
 * <p>Words are compared where they stand in the text: a word of ASCII letters is looked up by a hash of
 * its characters ({@link WordTable}), so only a phrase found makes a string. A word with other
 * characters is looked up as a string, whose lower case may differ in length.
 *
 * <p>The phrases by their first word are kept by {@link PhraseIndex}; where a word of the text ends and whether a
 * phrase stands at a word are read by {@link WrittenPhrases}.
 *
 * @param <T> what each phrase stands for (a side code, a canonical group name)
 */
final class PhraseMatcher<T> {

    /** A phrase found in text: offsets, the words as written, and the value of the phrase. */
    record Hit<T>(int start, int end, String text, T value) {
    }

    /** The phrases by their first word ({@link PhraseIndex}: this matcher's own lists, then its parent's). */
    private final PhraseIndex<T> index;
    private final boolean plurals;

    PhraseMatcher(Map<String, T> phrases, boolean plurals) {
        this(new PhraseIndex<>(phrases), plurals);
    }

    private PhraseMatcher(PhraseIndex<T> index, boolean plurals) {
        this.index = index;
        this.plurals = plurals;
    }

    /**
     * This matcher with {@code first}'s phrases ahead of its own: the same as a matcher of a map that holds
     * {@code first}'s entries and then this one's (so a phrase in both keeps its place in {@code first} and
     * this matcher's value).
     */
    PhraseMatcher<T> withFirst(Map<String, T> first) {
        return withFirst(first, java.util.Set.of());
    }

    /** As {@link #withFirst(Map)}, but the phrases of {@code firstWins} that both hold take {@code first}'s value. */
    PhraseMatcher<T> withFirst(Map<String, T> first, java.util.Set<String> firstWins) {
        return first.isEmpty() ? this : new PhraseMatcher<>(new PhraseIndex<>(first, index, firstWins), plurals);
    }

    /**
     * False when the ASCII word {@code text[start, end)} cannot be the first word of any phrase: it is
     * looked up as written, without a possessive or a plural "s", and (capitalised) in lower case, so it
     * can only match an ASCII key of one of those lengths that starts with its first letter in one of
     * those cases.
     */
    private boolean mayStart(String text, int start, int end) {
        int n = end - start;
        char first = text.charAt(start);
        char lower = first >= 'A' && first <= 'Z' ? (char) (first + 32) : first; // an ASCII word's lower case
        return keyFits(n, first, lower)
                || n > 2 && text.charAt(end - 2) == '\'' && text.charAt(end - 1) == 's' && keyFits(n - 2, first, lower)
                || plurals && n > 3 && text.charAt(end - 1) == 's' && keyFits(n - 1, first, lower);
    }

    private boolean keyFits(int length, char first, char lower) {
        return PhraseIndex.keyFits(index.firstChars, length, first, lower);
    }

    /** Every phrase in {@code text}, in order. */
    List<Hit<T>> find(String text) {
        return find(text, 0, text.length());
    }

    /** Every phrase in {@code text[from, to)}, in order. */
    List<Hit<T>> find(String text, int from, int to) {
        List<Hit<T>> out = new ArrayList<>();
        scan(text, from, to, Integer.MAX_VALUE, out);
        return out;
    }

    /**
     * The words of a whole text as {@link #find} reads them, found once so that several matchers (the gazetteer,
     * the ethnic groups) can each read the text word by word instead of character by character.
     */
    static final class Words {

        private final String text;
        /**
         * Start, end and what {@link #mayStart} reads of each word, three ints a word: for a word of ASCII
         * characters, its first character, that in lower case (bits 8-15), whether it ends in "'s" ({@link #POSSESSIVE})
         * and in "s" ({@link #ENDS_IN_S}); 0 for another word.
         */
        private final int[] words;
        private final int count;

        private Words(String text, int[] words, int count) {
            this.text = text;
            this.words = words;
            this.count = count;
        }

        /** The words of {@code text}: the words {@link #find} reads when it finds no phrase. */
        static Words of(String text) {
            int to = text.length();
            int[] w = new int[Math.max(48, to / 2)]; // three ints a word: room for words of five characters and a blank
            int count = 0;
            int apostrophe = -1; // the next "'" at or after the word (an ASCII word's apostrophe lies between its letters)
            int i = 0;
            while (i < to) {
                if (!isWordChar(text.charAt(i))) {
                    i++;
                    continue;
                }
                int end = asciiWordEnd(text, i, to); // the word's end, and whether it is ASCII, in one reading
                boolean ascii = end >= 0;
                end = ascii ? end : ~end;
                if (apostrophe < i) {
                    apostrophe = text.indexOf('\'', i);
                    apostrophe = apostrophe < 0 ? to : apostrophe;
                }
                if (3 * count + 3 > w.length) {
                    w = java.util.Arrays.copyOf(w, w.length * 2);
                }
                w[3 * count] = i;
                w[3 * count + 1] = end;
                w[3 * count + 2] = ascii ? asciiWord(text, i, end) | (apostrophe < end ? APOSTROPHE : 0) : 0;
                count++;
                i = end; // text[end] is no word character: the next word starts after it
            }
            return new Words(text, w, count);
        }

        String text() {
            return text;
        }

        /** How many words. */
        int count() {
            return count;
        }

        /** Where word {@code k} starts. */
        int start(int k) {
            return words[3 * k];
        }

        /** Where word {@code k} ends. */
        int end(int k) {
            return words[3 * k + 1];
        }

        /**
         * False when word {@code k} holds no apostrophe ("'" or "’") between its letters: an ASCII word without
         * "'" (a word past ASCII may hold either).
         */
        boolean mayHoldApostrophe(int k) {
            int word = words[3 * k + 2];
            return word == 0 || (word & APOSTROPHE) != 0;
        }

        static final int ASCII = 1 << 18;
        /** An ASCII word that holds an apostrophe. */
        static final int APOSTROPHE = 1 << 19;
        static final int POSSESSIVE = 1 << 16;
        static final int ENDS_IN_S = 1 << 17;

        /** The third int of the ASCII word {@code text[start, end)}. */
        private static int asciiWord(String text, int start, int end) {
            char first = text.charAt(start);
            char lower = first >= 'A' && first <= 'Z' ? (char) (first + 32) : first; // Character.toLowerCase in ASCII
            boolean s = text.charAt(end - 1) == 's';
            boolean possessive = s && end - start > 2 && text.charAt(end - 2) == '\'';
            return ASCII | first | lower << 8 | (possessive ? POSSESSIVE : 0) | (s ? ENDS_IN_S : 0);
        }
    }

    /** {@link #mayStart} of an ASCII word of {@code n} characters, from what {@link Words} keeps of it. */
    private boolean mayStart(int n, int word) {
        return mayStart(index.firstChars, n, word);
    }

    /**
     * {@link #mayStart(int, int)} for the ASCII keys of {@code chars} ({@link PhraseIndex#firstChars}): false when no form of the
     * word that {@link #asciiCandidates} looks up can be one of those keys.
     */
    private boolean mayStart(boolean[][] chars, int n, int word) {
        char first = (char) (word & 0x7F);
        char lower = (char) (word >>> 8 & 0x7F);
        return PhraseIndex.keyFits(chars, n, first, lower)
                || n > 2 && (word & Words.POSSESSIVE) != 0 && PhraseIndex.keyFits(chars, n - 2, first, lower)
                || plurals && n > 3 && (word & Words.ENDS_IN_S) != 0 && PhraseIndex.keyFits(chars, n - 1, first, lower);
    }

    /**
     * Every phrase in the text of {@code words}, in order: the same as {@link #find(String)}, reading the words
     * found once. A phrase that ends inside a word ("Ili" of "Ili's") is read on from there character by
     * character, as {@link #find(String, int, int)} reads it, up to the next word of {@code words}.
     */
    List<Hit<T>> find(Words words) {
        return find(words, null, null, null);
    }

    /**
     * What one matcher found in the text of a {@link Words}: its phrases ({@link #hits}, as {@link #find(Words)}
     * gives them), and the phrase that starts at each word it tried (null where none does), so that a matcher
     * made from the same one by {@link #withFirst} (an article's gazetteer before and after it learns more
     * aliases) tries again only the words that may start a phrase one of them added ({@link #find(Words, Pass)}).
     *
     * @param <T> what each phrase stands for
     */
    static final class Pass<T> {

        private final PhraseMatcher<T> matcher;
        private final Words words;
        /** The phrase that starts at word k, or null, where {@code tried[k]}. */
        private final Object[] at;
        private final boolean[] tried;
        private List<Hit<T>> hits;

        private Pass(PhraseMatcher<T> matcher, Words words) {
            this.matcher = matcher;
            this.words = words;
            this.at = new Object[words.count];
            this.tried = new boolean[words.count];
        }

        /** The phrases found, in order. */
        List<Hit<T>> hits() {
            return hits;
        }
    }

    /** {@link #find(Words)}, kept with the phrase found at each word tried, for {@link #find(Words, Pass)}. */
    Pass<T> pass(Words words) {
        Pass<T> pass = new Pass<>(this, words);
        pass.hits = find(words, null, null, pass);
        return pass;
    }

    /**
     * {@link #find(Words)}: the same phrases, taking the phrase that {@code earlier} found at a word it tried
     * when this matcher and the earlier one were made by {@link #withFirst} from the same matcher and the word
     * cannot start a phrase whose first word either of them added (the lists of every other first word are that
     * matcher's in both, so both find the same phrase there). Another word is tried as {@link #find(Words)} tries it.
     */
    List<Hit<T>> find(Words words, Pass<T> earlier) {
        if (earlier == null || earlier.words != words || earlier.matcher.index.root != index.root) {
            return find(words);
        }
        Differ differ = this.differ;
        if (differ == null || differ.from() != earlier.matcher) {
            java.util.Set<String> keys = new java.util.HashSet<>(index.addedKeys);
            keys.addAll(earlier.matcher.index.addedKeys);
            differ = new Differ(earlier.matcher, PhraseIndex.firstChars(keys));
            this.differ = differ; // the blocks of an article ask about the same earlier matcher
        }
        return find(words, earlier, differ.chars(), null);
    }

    /** The first-word keys where this matcher and {@code from} may differ, as {@link PhraseIndex#firstChars} of them. */
    private record Differ(PhraseMatcher<?> from, boolean[][] chars) {
    }

    /** The last {@link Differ} made, kept for the next block of the same article (a race only makes another). */
    private volatile Differ differ;

    /**
     * {@link #find(Words)}, taking the phrase at a word that {@code earlier} tried unless the word may start a
     * phrase of a key of {@code differ} ({@link #mayStart(boolean[][], int, int)}), and keeping what it tries in
     * {@code record}; either may be null.
     */
    private List<Hit<T>> find(Words words, Pass<T> earlier, boolean[][] differ, Pass<T> record) {
        String text = words.text;
        int to = text.length();
        int[] w = words.words;
        List<Hit<T>> out = new ArrayList<>();
        int k = 0;
        while (k < words.count) {
            int i = w[3 * k];
            int end = w[3 * k + 1];
            Hit<T> hit;
            if (earlier != null && earlier.tried[k] && w[3 * k + 2] != 0 && !mayStart(differ, end - i, w[3 * k + 2])) {
                @SuppressWarnings("unchecked")
                Hit<T> same = (Hit<T>) earlier.at[k];
                hit = same;
            } else {
                hit = w[3 * k + 2] == 0 ? match(candidates(text.substring(i, end)), text, i, to)
                        : mayStart(end - i, w[3 * k + 2]) ? match(asciiCandidates(text, i, end), text, i, to) : null;
            }
            if (record != null) {
                record.tried[k] = true;
                record.at[k] = hit;
            }
            if (hit == null) {
                k++;
                continue;
            }
            out.add(hit);
            int next = hit.end();
            while (k < words.count && w[3 * k + 1] <= next) {
                k++; // the words the phrase covers
            }
            if (k < words.count && w[3 * k] < next) {
                // the phrase ends inside word k: read the rest of it as find(String, int, int) does
                next = scan(text, next, text.length(), w[3 * k + 1], out);
                while (k < words.count && w[3 * k] < next) {
                    k++;
                }
            }
        }
        return out;
    }

    /**
     * Reads {@code text[i, to)} word by word, adding the phrases it finds to {@code out}, and returns where it
     * stopped: at {@code to}, or at the first word that starts at or after {@code wordEnd} (where a phrase ended
     * inside a word, {@code wordEnd} is the end of that word; {@link #find} passes {@link Integer#MAX_VALUE}).
     */
    private int scan(String text, int i, int to, int wordEnd, List<Hit<T>> out) {
        boolean afterWordChar = i > 0 && isWordChar(text.charAt(i - 1));
        while (i < to) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                afterWordChar = false;
                i++;
                continue;
            }
            if (afterWordChar) {
                i++;
                continue;
            }
            if (i >= wordEnd) {
                return i; // a word of Words starts here
            }
            int end = asciiWordEnd(text, i, to);
            boolean ascii = end >= 0;
            end = ascii ? end : ~end;
            Hit<T> hit = !ascii ? match(candidates(text.substring(i, end)), text, i, to)
                    : mayStart(text, i, end) ? match(asciiCandidates(text, i, end), text, i, to) : null;
            if (hit != null) {
                out.add(hit);
                i = hit.end();
                if (wordEnd != Integer.MAX_VALUE) {
                    wordEnd = Math.max(wordEnd, wordEnd(text, i, to)); // the end of the word the phrase ends in
                }
            } else {
                i = end;
            }
            afterWordChar = i > 0 && isWordChar(text.charAt(i - 1));
        }
        return i;
    }

    /**
     * The first of {@code candidates} (the phrases of one first word, longest first) that stands at {@code start}, or
     * null. The text's word after the first is read once for all of them: a phrase of two or more words whose second
     * word that word cannot be ({@link WrittenPhrases#maySecond}) is passed over without reading the text again
     * ("the republic", "the country", … at a "the" of the text).
     */
    private Hit<T> match(List<PhraseIndex.Entry<T>> candidates, String text, int start, int to) {
        if (candidates == null) {
            return null;
        }
        int second = -1; // where the text's second word starts, once read; 0 when no blank and word follow the first
        int secondEnd = 0;
        for (PhraseIndex.Entry<T> e : candidates) {
            String[] words = e.words();
            if (words.length > 1) {
                if (second < 0) {
                    int firstEnd = wordEnd(text, start, to);
                    second = firstEnd < to && text.charAt(firstEnd) == ' ' ? firstEnd + 1 : 0;
                    secondEnd = second > 0 ? wordEnd(text, second, to) : 0;
                }
                if (!WrittenPhrases.maySecond(words[1], text, second, secondEnd)) {
                    continue; // WrittenPhrases.matches would find no such second word
                }
            }
            int end = WrittenPhrases.matches(words, text, start, to, plurals);
            if (end > 0) {
                return new Hit<>(start, end, text.substring(start, end), e.value());
            }
        }
        return null;
    }

    private List<PhraseIndex.Entry<T>> candidates(String word) {
        List<PhraseIndex.Entry<T>> c = index.entries(word); // "People's Liberation Army" starts with a possessive
        if (c != null) {
            return c;
        }
        c = index.entries(stripSuffix(word));
        if (c == null && Chars.isUpperCase(word.charAt(0))) {
            c = index.entries(stripSuffix(word).toLowerCase(Locale.ROOT));
        }
        return c;
    }

    /**
     * {@link #candidates} of the ASCII word {@code text[start, end)}, looked up where it stands. (An ASCII
     * word ends in no curly apostrophe, and its lower case is its letters' ASCII lower case.)
     */
    private List<PhraseIndex.Entry<T>> asciiCandidates(String text, int start, int end) {
        List<PhraseIndex.Entry<T>> c = index.lookUp(text, start, end, false);
        if (c != null) {
            return c;
        }
        int n = end - start;
        int stem = end;
        if (n >= 2 && text.charAt(end - 2) == '\'' && text.charAt(end - 1) == 's') {
            stem = end - 2;
        } else if (plurals && n > 3 && text.charAt(end - 1) == 's') {
            stem = end - 1; // the word as written is no key (looked up above)
        }
        c = stem == end ? null : index.lookUp(text, start, stem, false); // the word as written was looked up above
        if (c == null && Chars.isUpperCase(text.charAt(start))) {
            c = index.lookUp(text, start, stem, true);
        }
        return c;
    }

    /** The word without a possessive, for the first-word lookup ("Ili's" is looked up as "Ili"). */
    private String stripSuffix(String word) {
        if (word.endsWith("'s") || word.endsWith("\u2019s")) {
            return word.substring(0, word.length() - 2);
        }
        if (plurals && word.length() > 3 && word.endsWith("s") && index.entries(word) == null) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /**
     * Values by string key, looked up by a run of characters of a text without making a string of it:
     * open addressing on {@link String#hashCode}, which a run's characters give one by one.
     */
    static final class WordTable<V> {

        private final String[] keys;
        private final Object[] values;
        private final int mask;

        WordTable(Map<String, V> map) {
            int size = Integer.highestOneBit(Math.max(4, map.size() * 3)) << 1;
            keys = new String[size];
            values = new Object[size];
            mask = size - 1;
            map.forEach((k, v) -> {
                int i = spread(k.hashCode()) & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = k;
                values[i] = v;
            });
        }

        /**
         * The value of the key {@code text[from, to)} (in ASCII lower case if {@code lower}: only for
         * ASCII runs), or null.
         */
        V get(String text, int from, int to, boolean lower) {
            return get(hash(text, from, to, lower), text, from, to, lower);
        }

        /** The {@link String#hashCode} of the key {@code text[from, to)} (in ASCII lower case if {@code lower}). */
        static int hash(String text, int from, int to, boolean lower) {
            int h = 0;
            for (int k = from; k < to; k++) {
                h = 31 * h + (lower ? asciiLower(text.charAt(k)) : text.charAt(k));
            }
            return h;
        }

        /** {@link #get(String, int, int, boolean)} of a key whose {@link #hash} is {@code h}. */
        @SuppressWarnings("unchecked")
        V get(int h, String text, int from, int to, boolean lower) {
            int n = to - from;
            for (int i = spread(h) & mask; keys[i] != null; i = (i + 1) & mask) {
                String key = keys[i];
                if (key.length() == n && key.hashCode() == h && same(key, text, from, lower)) {
                    return (V) values[i];
                }
            }
            return null;
        }

        private static boolean same(String key, String text, int from, boolean lower) {
            for (int k = 0; k < key.length(); k++) {
                char c = text.charAt(from + k);
                if (key.charAt(k) != (lower ? asciiLower(c) : c)) {
                    return false;
                }
            }
            return true;
        }

        private static char asciiLower(char c) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }

        private static int spread(int h) {
            return h ^ (h >>> 16);
        }
    }
}
