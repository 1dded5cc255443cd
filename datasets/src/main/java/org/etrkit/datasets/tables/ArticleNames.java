package org.etrkit.datasets.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Sentence;
import org.etrkit.datasets.extract.TextBlock;
import org.etrkit.datasets.parse.Article;
import org.etrkit.datasets.parse.Element;

/**
 * What an article says about names, learned from that article only:
 * <ul>
 * <li>its proper words: the words it writes capitalised inside a sentence, so that a capitalised word
 *     opening a sentence ("Herders contributed …", "Wool shipped north …") is read as a name only when
 *     the article writes it so elsewhere;</li>
 * <li>the abbreviations it defines: "the Mongolian People's Republic (MPR)";</li>
 * <li>the states it names in full ("Tuvan People's Republic", "Emirate of Bukhara"), each with its short
 *     names: the first word without its adjective ending ("Tuva", "Mongolia"), the name after "of"
 *     ("Bukhara"), its initials ("MPR") and the abbreviation the article defines; a place written with
 *     a short name is given the full name ({@link #canonicalPlace}), so one state has one name; the full names
 *     as a text writes them are found by {@link StateNames};</li>
 * <li>its subject, when the article is about a state (its title names a state, or its infobox has a
 *     state's keys: {@code Conventional Long Name}, {@code Capital}): the state's name, its other names
 *     in the infobox and text, and "the republic", "the country", "the state" stand for it.</li>
 * </ul>
 */
final class ArticleNames {

    /**
     * The state an article is about: its name (the title), its side (of the gazetteer, else {@code Other}),
     * and every phrase that stands for it in the article, anaphors ("the republic") included.
     */
    record Subject(String name, String side, List<String> names) {
    }

    /** Infobox keys of an article about a state. */
    private static final Pattern STATE_KEYS = Pattern.compile(
            "(?i)conventional[ _]?long[ _]?name|common[ _]?name|capital|government[ _]?type");
    private static final Pattern NAME_KEYS = Pattern.compile(
            "(?i)conventional[ _]?long[ _]?name|common[ _]?name|native[ _]?name");
    private static final Pattern DEFINITION = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}'’-]*|of|the|and)(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|of|the|and)){1,6})\\s+\\((\\p{Lu}{2,6})\\)");
    /** What every {@link #DEFINITION} holds: a text without it is not searched for one. */
    private static final Pattern ABBREVIATION = Pattern.compile("\\(\\p{Lu}{2,6}\\)");
    /** What {@code split("\\s+")} splits on, compiled once (String.split compiles it at every call). */
    private static final Set<String> ANAPHOR_ADJECTIVES = Set.of("", "young ", "new ", "small ", "whole ");
    private static final Set<String> LEADING = Set.of("The", "A", "An", "In", "On", "By", "Of", "From", "Under", "At");

    private final WordSet properWords = new WordSet();
    /** The words the article writes in lower case somewhere ("the", "when", "his"). */
    private final WordSet lowerWords = new WordSet();
    private final Set<String> groups;
    private final Map<String, String> abbreviations = new LinkedHashMap<>();
    /**
     * The capitalised word right before the full name an abbreviation's initials spell, when there is one ("Japanese" of
     * "the Japanese Kwantung Defence Army (KDA)"), by abbreviation.
     */
    private final Map<String, String> qualifiers = new HashMap<>();
    /** Each state the article names in full, with the forms that stand for it (lower case). */
    private final Map<String, Set<String>> states = new LinkedHashMap<>();
    /** A form of a state name (lower case) to the state's full name. */
    private final Map<String, String> formToState = new HashMap<>();
    /**
     * The name each state is given: its full name, or its abbreviation when the article mostly writes that; made on
     * first use ({@link #canonicalPlace}), since only some articles' readers ask for it.
     */
    private Map<String, String> canonical;
    /** How often the prose writes each form of each state, by full name (made with {@link #canonical}). */
    private Map<String, Map<String, Integer>> written;
    /** The texts of the article's prose blocks, for {@link #chooseCanonicalNames}. */
    private final List<String> prose;
    /**
     * The words of a prose block's text as the article's context found them once ({@link PhraseMatcher.Words}), or
     * null for a text it did not read: {@link #chooseCanonicalNames} reads them instead of the text's characters.
     */
    private final java.util.function.Function<String, PhraseMatcher.Words> wordsOf;
    private final Subject subject;
    private final Set<String> anaphors = new HashSet<>();

    /** The names of {@code article}; {@code wordsOf} gives the words of a prose block's text found once, or null. */
    ArticleNames(Article article, List<TextBlock> blocks, Gazetteer gazetteer, Lexicon lex,
                 java.util.function.Function<String, PhraseMatcher.Words> wordsOf) {
        this.wordsOf = wordsOf;
        Set<String> stateNouns = lex.set("state_nouns");
        this.groups = lex.set("groups");
        List<String> prose = new ArrayList<>();
        this.prose = prose;
        for (TextBlock b : blocks) {
            if (b.isProse()) {
                learnProperWords(b);
                prose.add(b.text());
            }
        }
        List<String> texts = new ArrayList<>();
        if (article.title() != null) {
            texts.add(article.title());
        }
        for (Element.InfoboxEntry e : article.infobox()) {
            texts.add(e.value());
        }
        texts.addAll(prose);
        for (String t : texts) {
            Matcher abbreviation = ABBREVIATION.matcher(t);
            Matcher m = DEFINITION.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
            int from = 0;
            // the same matches as m.find() from the start: a definition is words and blanks before its "(ABC)",
            // so only the run of such characters before each "(ABC)" is searched (see StateNames.inRun)
            while (from < t.length() && findAbbreviation(abbreviation, t, from)) {
                int start = StateNames.runStart(t, from, abbreviation.start());
                from = abbreviation.end();
                if (!m.region(start, from).find()) {
                    continue;
                }
                String[] words = Chars.words(m.group(1));
                for (int k = 0; k < words.length; k++) { // the longest run of words the initials spell
                    String full = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
                    if (Chars.isUpperCase(words[k].charAt(0)) && initials(full).equals(m.group(2))) {
                        if (abbreviations.putIfAbsent(m.group(2), stripLeading(full)) == null && k > 0
                                && Chars.isUpperCase(words[k - 1].charAt(0))) {
                            qualifiers.put(m.group(2), words[k - 1]);
                        }
                        break;
                    }
                }
            }
        }
        StateNames stateNames = StateNames.of(lex.list("state_nouns"));
        Pattern stateName = stateNames.pattern();
        // a name written again adds nothing: its forms are the same (the proper words are all known by now), and a
        // form keeps the state it was first given
        Set<String> added = new HashSet<>();
        for (String t : texts) {
            stateNames.forEach(t, written -> {
                String name = stripLeading(written.strip());
                if (name.contains(" ") && added.add(name)) {
                    addState(name, formsOf(name, stateNouns));
                }
            });
        }
        abbreviations.forEach((abbr, full) -> {
            String state = formToState.get(full.toLowerCase(Locale.ROOT));
            if (state != null) {
                addState(state, Set.of(abbr));
            }
        });
        this.subject = subjectOf(article, gazetteer, stateNouns, stateName, lex.set("transfer_nouns"));
    }

    /** Records {@code forms} as names of state {@code full} (a form already taken by another state stays with it). */
    private void addState(String full, Set<String> forms) {
        String key = formToState.getOrDefault(full.toLowerCase(Locale.ROOT), full);
        Set<String> own = states.computeIfAbsent(key, k -> new LinkedHashSet<>(Set.of(k)));
        formToState.putIfAbsent(key.toLowerCase(Locale.ROOT), key);
        for (String f : forms) {
            String lower = f.toLowerCase(Locale.ROOT);
            if (formToState.putIfAbsent(lower, key) == null || formToState.get(lower).equals(key)) {
                own.add(f);
            }
        }
    }

    /** Each state's name: its full name, or the abbreviation the article defines when the prose writes that more often. */
    private Map<String, String> chooseCanonicalNames() {
        Map<String, String> canonical = new HashMap<>();
        Map<String, String> phrases = new LinkedHashMap<>();
        states.forEach((full, forms) -> forms.forEach(f -> phrases.putIfAbsent(f, full)));
        anaphors.forEach(phrases::remove);
        PhraseMatcher<String> matcher = new PhraseMatcher<>(phrases, false);
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (String t : prose) {
            PhraseMatcher.Words words = wordsOf.apply(t); // the same hits as find(t), read word by word
            for (PhraseMatcher.Hit<String> h : words != null ? matcher.find(words) : matcher.find(t)) {
                counts.computeIfAbsent(h.value(), k -> new HashMap<>()).merge(h.text(), 1, Integer::sum);
            }
        }
        states.keySet().forEach(full -> {
            Map<String, Integer> c = counts.getOrDefault(full, Map.of());
            String best = full;
            int most = c.getOrDefault(full, 0);
            for (Map.Entry<String, Integer> e : c.entrySet()) {
                if (e.getValue() > most && abbreviations.containsKey(e.getKey())) { // "ETR", not the adjective "Soviet"
                    best = e.getKey();
                    most = e.getValue();
                }
            }
            canonical.put(full, best);
        });
        written = counts;
        return canonical;
    }

    private void learnProperWords(TextBlock b) {
        String text = b.text();
        for (Sentence s : b.sentences()) {
            boolean first = true;
            int i = s.start();
            while (i < s.end()) {
                char c = text.charAt(i);
                if (!Chars.isLetter(c)) {
                    i++;
                    continue;
                }
                int j = i;
                int h = 0; // the word's String.hashCode, for the sets
                for (char d; j < s.end() && (Chars.isLetter(d = text.charAt(j)) || d == '-'); j++) {
                    h = 31 * h + d;
                }
                if (!first && Chars.isUpperCase(c)) {
                    properWords.add(text, i, j, h);
                } else if (Chars.isLowerCase(c)) {
                    lowerWords.add(text, i, j, h);
                }
                first = false;
                i = j;
            }
        }
    }

    /**
     * {@code abbreviation.find(from)} ({@link #ABBREVIATION}), tried only at each "(": {@code find} tries every
     * character.
     */
    private static boolean findAbbreviation(Matcher abbreviation, String t, int from) {
        for (int p = t.indexOf('(', from); p >= 0; p = t.indexOf('(', p + 1)) {
            if (abbreviation.region(p, t.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** {@code name} without its leading words ("The", "In" ...) and the blanks after them ("The  Republic": "Republic"). */
    private static String stripLeading(String name) {
        String s = name;
        while (true) {
            int space = s.indexOf(' ');
            if (space < 0 || !LEADING.contains(s.substring(0, space))) {
                return s;
            }
            s = s.substring(space + 1).stripLeading();
        }
    }

    /** "MPR" for "Mongolian People's Republic": the initials of the capitalised words. */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : Chars.words(name)) {
            if (!w.isEmpty() && Chars.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    /** Words that leave the first word of a state's name its short name: "Tuva" of "Tuvan People's Republic". */
    private static final Pattern ADJECTIVE = Pattern.compile("(?:ian|ese|ish|ic)$");
    private static final Set<String> GENERIC = Set.of("people's", "soviet", "socialist", "democratic", "autonomous",
            "revolutionary", "federal", "federative", "islamic", "national", "free", "united", "popular", "provisional");

    /**
     * The forms of a full state name, as written: the name; the name after "of" ("bukhara" of "Emirate of
     * Bukhara"); the first word and its stem when only generic words stand between it and the state noun
     * ("tuva" of "Tuvan People's Republic", "turkestan" of "Turkestan ASSR", not the people "Tuvan");
     * its initials when the article writes them ("mpr").
     */
    private Set<String> formsOf(String full, Set<String> stateNouns) {
        Set<String> out = new LinkedHashSet<>();
        out.add(full);
        String[] words = Chars.words(full);
        int of = java.util.Arrays.asList(words).indexOf("of");
        if (of > 0 && stateNouns.contains(words[of - 1].toLowerCase(Locale.ROOT))) {
            int from = of + 1 < words.length && words[of + 1].equals("the") ? of + 2 : of + 1;
            out.add(String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length)));
        } else if (words.length > 1 && stateNouns.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            boolean generic = true;
            for (int i = 1; i < words.length - 1; i++) {
                generic &= GENERIC.contains(words[i].toLowerCase(Locale.ROOT));
            }
            String first = withoutPossessive(words[0]);
            String stem = first.endsWith("n") && first.length() > 4 ? first.substring(0, first.length() - 1) : null;
            if (generic && stem != null && properWords.contains(stem)) {
                out.add(stem); // Tuvan → Tuva, Mongolian → Mongolia
            } else if (generic && !groups.contains(first.toLowerCase(Locale.ROOT)) && !ADJECTIVE.matcher(first).find()) {
                out.add(first); // "Turkestan" of "Turkestan ASSR", not the people "Tuvan" or "Mongolian"
            }
        }
        String initials = initials(full);
        if (initials.length() > 1 && properWords.contains(initials)) {
            out.add(initials);
        }
        return out;
    }

    private Subject subjectOf(Article article, Gazetteer gazetteer, Set<String> stateNouns, Pattern stateName,
            Set<String> transferNouns) {
        String whole = article.title() == null ? "" : article.title().strip();
        boolean stateKeys = article.infobox().stream().anyMatch(e -> STATE_KEYS.matcher(e.key()).matches());
        boolean stateTitle = stateName.matcher(whole).matches();
        if (whole.isEmpty() || !stateKeys && !stateTitle) {
            return null;
        }
        // "Soviet aid to the People's Republic of X" with a "Capital" entry: the state is the receiver, not the title
        String[] transfer = TransferTitles.partiesOf(whole, transferNouns);
        String receiver = transfer == null ? "" : stripLeading(transfer[1].replaceFirst("^the\\s+", ""));
        String title = receiver.isBlank() ? whole : receiver;
        Set<String> names = new LinkedHashSet<>(formsOf(title, stateNouns));
        for (Element.InfoboxEntry e : article.infobox()) {
            if (NAME_KEYS.matcher(e.key()).matches()) {
                String v = e.value().replaceAll("\\(.*?\\)", "").strip();
                if (!v.isEmpty()) {
                    names.addAll(formsOf(v, stateNouns));
                }
            }
        }
        for (Map.Entry<String, Set<String>> state : states.entrySet()) { // "People's Republic of Tannu Tuva"
            if (state.getValue().stream().anyMatch(names::contains)) {
                names.addAll(state.getValue());
            }
        }
        String side = "Other";
        for (String n : names) {
            Gazetteer.Side s = gazetteer.firstIn(n);
            if (s != null) {
                side = s.side();
                break;
            }
        }
        String[] words = Chars.words(title);
        String own = words[words.length - 1].toLowerCase(Locale.ROOT);
        for (String adjective : ANAPHOR_ADJECTIVES) {
            for (String noun : List.of("country", "state", stateNouns.contains(own) ? own : "country")) {
                anaphors.add("the " + adjective + noun);
            }
        }
        for (String n : names) {
            String other = formToState.get(n.toLowerCase(Locale.ROOT));
            if (other != null && !other.equals(title)) {
                Set<String> moved = states.remove(other);
                if (moved != null) {
                    moved.forEach(f -> formToState.put(f.toLowerCase(Locale.ROOT), title));
                }
            }
        }
        addState(title, names);
        states.get(title).addAll(anaphors);
        anaphors.forEach(a -> formToState.put(a, title));
        names.addAll(anaphors);
        return new Subject(title, side, List.copyOf(names));
    }

    /** True when the article writes {@code word} capitalised inside a sentence (a name, not a common noun). */
    boolean isProperWord(String word) {
        return properWords.contains(withoutPossessive(word));
    }

    /** {@code word} without a final possessive {@code 's} or {@code ’s} ("Tuva's" → "Tuva"). */
    private static String withoutPossessive(String word) {
        int n = word.length();
        boolean possessive = n >= 2 && word.charAt(n - 1) == 's' && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '’');
        return possessive ? word.substring(0, n - 2) : word;
    }

    /** True when the article writes {@code word} in lower case somewhere: a common word, not a name. */
    boolean isWrittenLowerCase(String word) {
        return lowerWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The state the article is about, or null when it is not about a state. */
    Subject subject() {
        return subject;
    }

    /** The abbreviations the article defines, with their full names. */
    Map<String, String> abbreviations() {
        return abbreviations;
    }

    /** The capitalised word right before the full name of {@code abbreviation} in its definition ("Japanese"), or null. */
    String qualifierOf(String abbreviation) {
        return qualifiers.get(abbreviation);
    }

    /** True for a phrase that stands for the article's subject: "the republic", "the country", "the young state". */
    boolean isAnaphor(String phrase) {
        return subject != null && anaphors.contains(phrase.toLowerCase(Locale.ROOT).strip());
    }

    /**
     * The name a place is given: the name the article mostly uses for the state that a short name,
     * abbreviation, full name or anaphor stands for ("Mongolia", "MPR" and "Mongolian People's Republic" are
     * one state; "the republic" is the article's subject), else the place as written.
     */
    String canonicalPlace(String place) {
        if (place == null || place.isEmpty()) {
            return place;
        }
        String key = place.strip().toLowerCase(Locale.ROOT);
        String state = formToState.get(key);
        if (state == null && key.startsWith("the ")) {
            state = formToState.get(key.substring(4));
        }
        if (state == null) {
            return place;
        }
        synchronized (this) { // the tables' readers may run in parallel (CuratedTables.build)
            if (canonical == null) {
                canonical = chooseCanonicalNames();
            }
            return canonical.getOrDefault(state, state);
        }
    }

    /**
     * The state of the article whose full name has {@code noun} ("empire": "Russian Empire"): the one {@code near}
     * writes, else the only one; or null.
     */
    String stateWithNoun(String noun, String near) {
        String found = null;
        String written = null;
        int all = 0;
        int inNear = 0;
        for (String full : states.keySet()) {
            if ((" " + full.toLowerCase(Locale.ROOT) + " ").contains(" " + noun + " ")) {
                found = full;
                all++;
                if (near.contains(full)) {
                    written = full;
                    inNear++;
                }
            }
        }
        return inNear == 1 ? written : all == 1 ? found : null;
    }

    /**
     * Whether the prose writes {@code form}, a name of a state, at least as often as the name {@link #canonicalPlace}
     * gives that state ("Tatarstan" more often than "Republic of Tatarstan").
     */
    boolean writtenMoreThanCanonical(String form) {
        String name = canonicalPlace(form);
        if (name == null || name.equals(form)) {
            return false;
        }
        synchronized (this) {
            Map<String, Integer> c = written.getOrDefault(formToState.get(form.strip().toLowerCase(Locale.ROOT)), Map.of());
            return c.getOrDefault(form.strip(), 0) >= c.getOrDefault(name, 0);
        }
    }

    /**
     * A set of words added where they stand in a text, so that a word already in it (most words of an article
     * are) makes no string: open addressing on {@link String#hashCode}, which the characters give one by one.
     */
    static final class WordSet {

        private String[] keys = new String[2048]; // an article writes hundreds of distinct words: few rehashes
        private int size;

        /** Adds the word {@code text[from, to)}, whose {@link String#hashCode} is {@code h}. */
        void add(String text, int from, int to, int h) {
            int n = to - from;
            int mask = keys.length - 1;
            int i = spread(h) & mask;
            for (String key = keys[i]; key != null; key = keys[i]) {
                if (key.length() == n && key.hashCode() == h && text.regionMatches(from, key, 0, n)) {
                    return;
                }
                i = (i + 1) & mask;
            }
            keys[i] = text.substring(from, to);
            if (++size * 2 > keys.length) {
                grow();
            }
        }

        boolean contains(String word) {
            int mask = keys.length - 1;
            for (int i = spread(word.hashCode()) & mask; keys[i] != null; i = (i + 1) & mask) {
                if (keys[i].equals(word)) {
                    return true;
                }
            }
            return false;
        }

        private void grow() {
            String[] old = keys;
            keys = new String[old.length * 2];
            int mask = keys.length - 1;
            for (String key : old) {
                if (key != null) {
                    int i = spread(key.hashCode()) & mask;
                    while (keys[i] != null) {
                        i = (i + 1) & mask;
                    }
                    keys[i] = key;
                }
            }
        }

        private static int spread(int h) {
            return h ^ (h >>> 16);
        }
    }
}
