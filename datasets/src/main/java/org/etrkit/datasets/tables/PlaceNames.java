package org.etrkit.datasets.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a capitalised word of an article's prose is to the demographics reader: one of the article's places (the
 * words it writes after "in", "at", "from"), a group of the lexicon, a month, an abbreviation or an adjective of
 * a place or people; and a place's name, without the administrative word it was named with, which it remembers
 * per article ({@link #adminPlace}: "Semirechye oblast", then "the oblast").
 */
final class PlaceNames {

    /** A place name: up to four capitalised words ("Altay", "Turkestan ASSR", "Mongolian People's Republic"). */
    static final String NAME = "(?-i:\\p{Lu})[\\p{L}'’-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}'’-]*){0,3}";

    static final Pattern NAME_PATTERN = Pattern.compile(NAME);

    static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}'’-]+");

    static final Set<String> LEADING = Set.of(
            "at", "in", "the", "a", "an", "by", "on", "of", "for", "from", "during", "after", "before", "since",
            "under", "with", "across", "its", "their", "his", "her", "this", "these", "those", "there", "then",
            "when", "while", "although", "according", "some", "about", "over", "nearly", "almost", "around",
            "roughly", "between", "until", "as", "to", "and", "but", "both", "all", "most", "many", "only", "still",
            "later", "earlier", "official", "census", "it", "they", "he", "she", "together", "however", "meanwhile",
            "also", "thus", "therefore", "instead", "moreover", "furthermore", "nevertheless", "yet", "overall",
            "altogether", "among", "within", "whose", "where", "which", "who", "each", "every", "no", "not", "whole",
            "half", "one", "two", "three");

    private static final Pattern AFTER_PLACE_PREPOSITION = Pattern.compile(
            "\\b(?:" + String.join("|", AfterPlace.PREPOSITIONS) + ") ((?-i:\\p{Lu})[\\p{L}'’-]+)");

    /** The prepositions of {@link #AFTER_PLACE_PREPOSITION}, and where its matches can start ({@link Starts}). */
    private static final class AfterPlace {
        static final List<String> PREPOSITIONS = List.of("in", "at", "from", "to", "near", "around", "of");
        static final Starts STARTS = Starts.ofWordsBeforeName(PREPOSITIONS);
    }

    /** Regular expressions compiled once, which String.matches, replaceAll and split compiled at every call. */
    private static final class Once {
        static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
    }

    /** The month names of the extractor's lexicon, which dates are read with. */
    private static final Set<String> MONTHS = Set.copyOf(org.etrkit.datasets.extract.Lexicon.monthNames());
    private final Set<String> admin;
    private final Set<String> genericAdmin;
    /** Lower-case nouns that stay part of a place's name ("Nonni valley", "Przhevalsk uezd"). */
    private final Set<String> keptNouns;
    /** Words of a designation between a name and a generic admin word it drops ("Special" of "Yanbian Special Region"). */
    private final Set<String> adminModifiers;
    /** The administrative noun a place was named with and which its name leaves out ("oblast" of "Semirechye"). */
    final Map<String, String> adminNounOf = new HashMap<>();
    /** The last place of the article named with each administrative noun ("oblast": Semirechye). */
    final Map<String, String> lastPlaceWithNoun = new HashMap<>();
    /** The article whose {@link #places} are known. */
    private ArticleContext placesOf;
    private Set<String> places = Set.of();
    /** The words of the prose of the article {@link #wordsOf}, as written ({@link #articleWords()}). */
    private Set<String> articleWords = Set.of();
    /** The article whose {@link #articleWords} are known. */
    private ArticleContext wordsOf;

    /** Nouns of a time after a capitalised word ("in Soviet times", "from Ottoman days": {@code era_nouns}): no place. */
    private final Set<String> eraNouns;

    PlaceNames(Lexicon lex) {
        this.eraNouns = lex.set("era_nouns");
        this.genericAdmin = lex.set("generic_admin_words");
        this.adminModifiers = lex.set("admin_modifiers");
        this.admin = lex.set("admin_words");
        this.keptNouns = lex.set("name_nouns");
    }

    /** The group {@code text} names as a whole ("Kazakhs", "Han Chinese"), canonical; or null. */
    static String wholeGroup(ArticleContext ac, String text) {
        String t = text.strip();
        List<PhraseMatcher.Hit<String>> g = ac.groups(t);
        return g.size() == 1 && g.get(0).start() == 0 && g.get(0).end() == t.length() ? g.get(0).value() : null;
    }

    /**
     * The words of the prose of the article {@link #placesOf}, as written (none before there is one): made
     * when first asked for, which few articles are.
     */
    private Set<String> articleWords() {
        if (placesOf != null && wordsOf != placesOf) {
            wordsOf = placesOf;
            articleWords = new java.util.HashSet<>();
            for (Prose p : placesOf.prose) {
                addWords(p.text, articleWords);
            }
        }
        return articleWords;
    }

    /**
     * Adds the strings {@code text.split("[^\\p{L}'’-]+")} gives, without a regular expression: each run of
     * letters, apostrophes and hyphens, and the empty string where split gives it (an empty text, or a text
     * that opens with another character and holds a run).
     */
    private static void addWords(String text, Set<String> words) {
        int n = text.length();
        int i = 0;
        boolean any = false;
        while (i < n) {
            int start = i;
            while (i < n && wordCodePoint(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i > start) {
                words.add(text.substring(start, i));
                any = true;
            }
            while (i < n && !wordCodePoint(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
        }
        if (n == 0 || any && !wordCodePoint(text.codePointAt(0))) {
            words.add("");
        }
    }

    private static boolean wordCodePoint(int c) {
        return c < 128 ? Chars.isLetter((char) c) || c == '\'' || c == '-' : c == '\u2019' || Character.isLetter(c);
    }

    /**
     * The capitalised words the article writes after "in", "at", "from", "to" or "near": places; not a word of a
     * time ("arrived in Soviet times": {@code era_nouns}).
     */
    Set<String> placeWords(ArticleContext ac) {
        if (ac != placesOf) {
            placesOf = ac;
            places = new java.util.HashSet<>();
            for (Prose p : ac.prose) {
                Matcher m = Starts.matcher(AFTER_PLACE_PREPOSITION, p.text);
                for (int at = 0; (at = AfterPlace.STARTS.find(m, p.text, at)) >= 0; ) {
                    if (!eraNouns.contains(nextWord(p.text, m.end(1)))) {
                        places.add(m.group(1));
                    }
                }
            }
        }
        return places;
    }

    /** The word after the blank at {@code end} of {@code text}, as written; else "". */
    private static String nextWord(String text, int end) {
        if (end >= text.length() || text.charAt(end) != ' ') {
            return "";
        }
        int to = end + 1;
        while (to < text.length() && Chars.isLetter(text.charAt(to))) {
            to++;
        }
        return text.substring(end + 1, to);
    }

    /** The place of a match of {@code placeAdmin} pattern: the name with a generic admin word dropped ("Altay" of "Altay District"). */
    String adminPlace(Matcher m) {
        if (m.group("before") != null) {
            String admin = m.group("admin");
            boolean keep = Chars.isUpperCase(admin.charAt(0)) && !genericAdmin.contains(admin.toLowerCase(Locale.ROOT))
                    || keptNouns.contains(admin.toLowerCase(Locale.ROOT)); // "the Nonni valley", "Pishpek uezd"
            String before = m.group("before");
            if (!keep) { // "the Yanbian Special Region": "Yanbian"
                int sp = before.lastIndexOf(' ');
                while (sp > 0 && adminModifiers.contains(before.substring(sp + 1).toLowerCase(Locale.ROOT))) {
                    before = before.substring(0, sp);
                    sp = before.lastIndexOf(' ');
                }
            }
            if (placeName(before) == null) {
                return null; // "The okrug's population": a noun standing for a place named before, no name
            }
            String name = placeName(keep ? before + " " + admin : before);
            if (name == null || isAdjective(name.split(" ")[0]) && !keep) {
                return null;
            }
            if (!keep) {
                adminNounOf.put(name, admin.toLowerCase(Locale.ROOT)); // "Semirechye oblast": "the oblast" after it
            }
            if (!keep || Chars.isLowerCase(admin.charAt(0))) {
                lastPlaceWithNoun.put(admin.toLowerCase(Locale.ROOT), name); // "Chuguchak okrug": "the okrug" after it
            } else if (admin.endsWith("SR")) {
                lastPlaceWithNoun.put("republic", name); // "the Tatar ASSR" (a Soviet Socialist Republic): "the republic" after it
            }
            return name;
        }
        String name = placeName(m.group("after") != null ? m.group("after") : m.group("possessive"));
        return name == null || isAdjective(name) ? null : name;
    }

    static boolean isGroup(Prose p, String word) {
        List<PhraseMatcher.Hit<String>> g = p.article.groups(word);
        return !g.isEmpty() && g.get(0).start() == 0 && g.get(0).end() == word.length();
    }

    /** A name written in capitals only ("NKVD", "UNHCR"). */
    static boolean isAbbreviation(String w) {
        if (w.length() < 2) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isUpperCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A word that looks like an adjective ("Mongolian", "Japanese"), unless the article writes it as a place ("in Dalian"). */
    boolean isAdjective(String w) {
        if (w.endsWith("ese") || w.endsWith("ish") || w.endsWith("ic")) {
            return !places.contains(w);
        }
        // "Mongolian" (Mongolia), "Canadian" (Canada), "Russian" (a people) but not "Dalian" or "Yanbian"
        return w.endsWith("ian") && !places.contains(w) && (articleWords().contains(w.substring(0, w.length() - 1))
                || articleWords().contains(w.substring(0, w.length() - 3) + "a")
                || placesOf != null && wholeGroup(placesOf, w) != null || w.length() > 8);
    }

    static boolean isMonth(String w) {
        return MONTHS.contains(w);
    }

    /**
     * A place name as written, without a leading function word ("The Fergana Valley"), a war's name run together
     * with it ("the Second World War Hungary": Hungary), a possessive ("Ili's") or a trailing generic admin word;
     * null when nothing is left or it is a function word or month.
     */
    String placeName(String phrase) {
        if (phrase == null) {
            return null;
        }
        List<String> words = new ArrayList<>(List.of(Chars.words(phrase.strip())));
        while (!words.isEmpty() && LEADING.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            words.remove(0);
        }
        int war = words.lastIndexOf("War");
        if (war >= 0 && war < words.size() - 1) {
            words = new ArrayList<>(words.subList(war + 1, words.size())); // "After the Second World War Hungary, a country of": Hungary
        }
        if (!words.isEmpty()) {
            String last = Once.POSSESSIVE.matcher(words.get(words.size() - 1)).replaceAll("");
            words.set(words.size() - 1, last);
            if (words.size() > 1 && genericAdmin.contains(last.toLowerCase(Locale.ROOT))) {
                words.remove(words.size() - 1);
            }
        }
        if (words.size() > 1 && placesOf != null && words.get(words.size() - 1).endsWith("s")
                && wholeGroup(placesOf, words.get(words.size() - 1)) != null) {
            words.remove(words.size() - 1); // "in Wilno Poles made up": the place, then the people its clause counts
            words.set(words.size() - 1, Once.POSSESSIVE.matcher(words.get(words.size() - 1)).replaceAll("")); // "Ostburg's Poles": Ostburg
        }
        int autonomous = words.indexOf("Autonomous");
        if (autonomous > 1 && placesOf != null && wholeGroup(placesOf, words.get(autonomous - 1)) != null) {
            words = new ArrayList<>(words.subList(0, autonomous - 1)); // "Yanbian Korean Autonomous Region": Yanbian
        }
        String name = String.join(" ", words);
        return name.isEmpty() || isMonth(name) ? null : name;
    }
}
