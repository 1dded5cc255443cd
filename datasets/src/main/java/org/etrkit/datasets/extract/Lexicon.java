package org.etrkit.datasets.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one word list of the recognizers: hedges, number and scale words, fractions, currency signs,
 * identifier nouns, the words that end a counted noun, and the character classes. {@link Quantities},
 * {@link Dates} and {@link Sentences} read their words from here, and {@link #quantityRegex()} is
 * generated from the same lists, so a word added here is known everywhere.
 *
 * <p>All words are lower case; matching ignores case. Its methods throw nothing; the lists they return are
 * unmodifiable (changing one is an {@link UnsupportedOperationException}).
 */
public final class Lexicon {

    private Lexicon() {
    }

    private static final String BETWEEN = "between";

    // ---- hedges

    /** Hedges written before a figure ("no more than 200 men"), by the qualifier they give. */
    private static final Map<String, Qualifier> HEDGES_BEFORE = ordered(
            Qualifier.ABOUT, List.of("about", "around", "approximately", "approx.", "roughly", "some", "nearly",
                    "almost", "circa", "c.", "ca.", "an estimated", "estimated at", "perhaps", "close to",
                    "in the region of", "on the order of"),
            Qualifier.MORE_THAN, List.of("more than", "over", "well over", "just over", "slightly over",
                    "a little over", "above", "well above", "upwards of", "in excess of"),
            Qualifier.LESS_THAN, List.of("less than", "fewer than", "under", "just under", "well under",
                    "slightly under", "a little under", "below", "well below", "just below"),
            Qualifier.UP_TO, List.of("up to", "at most", "as many as", "as much as", "no more than",
                    "not more than", "a maximum of", "at the most"),
            Qualifier.AT_LEAST, List.of("at least", "no fewer than", "no less than", "not less than",
                    "not fewer than", "a minimum of", "at the very least"));

    /** Hedges written after a figure ("aged 18 or over", "2,000-odd"), by the qualifier they give. */
    private static final Map<String, Qualifier> HEDGES_AFTER = ordered(
            Qualifier.ABOUT, List.of("or so", "-odd"),
            Qualifier.AT_LEAST, List.of("or more", "or over", "and over", "or older", "and older", "or above",
                    "and above", "and upwards", "or upwards"),
            Qualifier.UP_TO, List.of("or less", "or fewer", "or younger", "or under"));

    /** Words that open a range whose ends are joined by "and" ("between 8,000 and 9,500"). */
    private static final List<String> RANGE_OPENERS = List.of(BETWEEN);

    /** Words that join the ends of a range, besides the dashes ("25,000 to 30,000"). */
    private static final List<String> RANGE_JOINERS = List.of("to");

    // ---- numbers

    private static final Map<String, Integer> NUMBER_WORDS = buildNumberWords();

    /** Scale words, which multiply what comes before them ("1.5 million", "two dozen"). */
    private static final Map<String, Long> SCALE_WORDS = orderedScales();

    /** Fractions that may stand before "a" and a scale word ("half a million", "a quarter of a million"). */
    private static final Map<String, Fraction> FRACTIONS = fractions();

    /** Currency signs written before a figure and the unit they give. */
    private static final Map<String, String> CURRENCY_SIGNS = orderedStrings("US$", "USD", "$", "USD",
            "\u00A3", "GBP", "\u20AC", "EUR");

    /**
     * Currency abbreviations written before a figure with one space ("Rs 40 crore") and the unit they give, longest
     * first.
     */
    private static final Map<String, String> CURRENCY_WORDS = orderedStrings("Rs.", "rupees", "Rs", "rupees");

    /** Signs that make a figure negative when written right before it: hyphen-minus and the minus sign. */
    private static final String MINUS_SIGNS = "-\u2212";

    /** Vulgar fractions written right after digits ("2½ million"), with their value in quarters. */
    private static final Map<Character, Integer> DIGIT_FRACTIONS = Map.of('\u00BD', 2, '\u00BC', 1, '\u00BE', 3);

    /** Words that name a part of a whole: after a number they make a proportion, not a count ("two thirds"). */
    private static final Set<String> FRACTION_DENOMINATORS = Set.of("half", "halves", "third", "thirds", "quarter",
            "quarters", "fifth", "fifths", "sixth", "sixths", "eighth", "eighths", "tenth", "tenths");

    // ---- dates and sentences

    /** Month names, January first, as written (capitalised). */
    private static final List<String> MONTH_NAMES = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");

    /** Words before a date range whose ends are joined by "to" ({@code from}) or "and" ({@code between}). */
    private static final String FROM = "from";

    /** Words that may stand before the second end of a range of years ("late 1950s – early 1960s"). */
    private static final List<String> PERIOD_WORDS = List.of("early ", "mid-", "mid ", "late ");

    /** Abbreviations whose full stop does not end a sentence ("Gen. Ma", "No. 14"), lower case, without the stop. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "col", "lt", "capt",
            "st", "jr", "sr", "no", "nos", "vs", "etc", "prof", "rev", "mt", "gov", "sgt", "maj", "adm", "ft",
            "approx", "ca", "c", "cf", "e.g", "i.e", "fig", "vol", "ed");

    /** The words after a figure that make it a percentage. */
    private static final List<String> PERCENT_WORDS = List.of("percent", "per cent");

    // ---- identifiers and nouns

    /** Nouns after which a bare number names a thing rather than counting it ("Article 8", "Resolution 112"). */
    private static final Set<String> IDENTIFIER_NOUNS = Set.of("article", "articles", "resolution", "resolutions",
            "decree", "decrees", "order", "law", "section", "sections", "chapter", "chapters", "clause", "clauses",
            "paragraph", "paragraphs", "protocol", "point", "points", "directive", "regulation", "amendment", "act",
            "item", "items", "page", "pages", "volume", "vol", "route", "highway", "unit", "hill", "camp", "plant",
            "factory", "room", "building", "block", "case", "document", "telegram", "note", "appendix", "annex",
            "table", "figure", "fig", "type", "model", "mark", "mk", "flight", "train", "platform", "gate",
            "number", "no", "nos");

    /** Marks written before an identifier's number ("No. 14", "#3"). */
    private static final List<String> NUMBER_MARKS = List.of("no.", "nos.", "#", "\u2116");

    /** Words that end the noun phrase after a figure: articles, prepositions, pronouns, auxiliaries, conjunctions. */
    private static final Set<String> STOP_WORDS = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "from",
            "by", "with", "for", "against", "under", "into", "onto", "during", "as", "than", "and", "or", "nor",
            "but", "were", "was", "is", "are", "be", "been", "being", "had", "has", "have", "do", "did", "does",
            "who", "whom", "whose", "which", "that", "this", "these", "those", "while", "after", "before", "since",
            "until", "till", "per", "each", "also", "still", "only", "then", "now", "later", "both", "all", "would",
            "could", "should", "will", "can", "may", "might", "must", "shall", "not", "out", "up", "down", "over",
            "about", "around", "between", "across", "through", "toward", "towards", "via", "including", "among",
            "along", "within", "without", "where", "when", "there", "their", "its", "his", "her", "our", "your",
            "my", "it", "they", "he", "she", "we", "you", "i", "more", "less", "fewer", "most", "least", "some",
            "many", "much", "few", "such", "other", "another", "same", "so", "if", "because", "though", "although",
            "whereas", "strong", "apiece", "respectively", "altogether", "plus");

    /**
     * Verbs that end the noun phrase after a figure ("3,000 cavalry sent by ..."): irregular past forms
     * and common present forms. Regular past forms ending in -ed are recognised by their ending.
     */
    private static final Set<String> VERBS = Set.of("sent", "led", "held", "fought", "lost", "won", "took", "taken",
            "gave", "given", "fled", "left", "came", "come", "went", "gone", "brought", "built", "kept", "met",
            "paid", "ran", "run", "saw", "seen", "sold", "spent", "stood", "struck", "told", "thought", "began",
            "begun", "fell", "fallen", "flew", "flown", "drove", "driven", "rose", "risen", "shot", "slew",
            "slain", "withdrew", "withdrawn", "overran", "overrun", "became", "become", "made", "said", "put",
            "set", "hit", "cut", "let", "got", "sought", "caught", "laid", "lay", "sat", "sank", "sunk", "swore",
            "sworn", "bore", "borne", "broke", "broken", "chose", "chosen", "knew", "known", "grew", "grown",
            "threw", "thrown", "wrote", "written", "remain", "remains", "stay", "stays", "serve", "serves",
            "fight", "fights", "hold", "holds", "join", "joins", "defend", "defends", "guard", "guards", "march",
            "marches", "arrive", "arrives", "attack", "attacks", "surrender", "surrenders", "die", "dies",
            "survive", "survives", "face", "faces", "occupy", "occupies");

    /**
     * Units of time. "over" right before a span of them says how long something took ("repayable over five
     * years"), not "more than", unless a word of {@link #OVER_HEDGES_TIME_AFTER} stands before it.
     */
    private static final Set<String> TIME_UNITS = Set.of("year", "years", "month", "months", "week", "weeks", "day",
            "days", "hour", "hours", "minute", "minutes", "decade", "decades", "century", "centuries");

    /** Words before "over" and a span of time that make "over" mean "more than" ("for over five years"). */
    private static final Set<String> OVER_HEDGES_TIME_AFTER = Set.of("for", "after", "in", "of", "aged", "age",
            "lasted", "lasting", "took", "taking", "spent", "than", "at");

    /** Words after a span of time that make "over" before it mean "more than" ("over 300 years old"). */
    private static final List<String> AGE_WORDS = List.of(" old", " of age");

    /**
     * Singular nouns after which the word "one" is a count ("one soldier", "one tank"); elsewhere "one"
     * alone is a count only as an item of a list of figures ("72 killed, 68 wounded and one missing").
     */
    private static final Set<String> COUNTED_AFTER_ONE = Set.of("soldier", "man", "officer", "pilot", "airman",
            "sailor", "guard", "civilian", "prisoner", "person", "woman", "child", "adviser", "advisor", "volunteer",
            "rider", "horseman", "fighter", "tank", "aircraft", "plane", "bomber", "gun", "ship", "gunboat",
            "battalion", "regiment", "division", "brigade", "company", "squadron");

    /** Words that make a verb's -s form after a noun phrase a verb with an object ("cavalry guards the town"). */
    private static final Set<String> OBJECT_STARTS = Set.of("the", "a", "an", "their", "its", "his", "her", "our",
            "them", "it", "him", "this", "that", "these", "those");

    /** Nouns that count what follows "of": "2,000 members of the air force". */
    private static final Set<String> RELATIONAL_NOUNS = Set.of("members", "units", "pieces", "sets", "batches",
            "tons", "tonnes", "crates", "groups", "squadrons", "battalions", "regiments", "companies", "head",
            "rounds", "cases", "boxes", "wagonloads", "trainloads", "carloads", "barrels", "bales", "pairs");

    // ---- views (the public ones read by the table rules in org.etrkit.datasets.tables)

    /** Hedges written before a figure, longest first, with the qualifier each gives. */
    public static Map<String, Qualifier> hedgesBefore() {
        return HEDGES_BEFORE;
    }

    /** Hedges written after a figure ("or more", "-odd"), longest first, with the qualifier each gives. */
    public static Map<String, Qualifier> hedgesAfter() {
        return HEDGES_AFTER;
    }

    /**
     * A regular expression, without capturing groups, that matches any hedge written before a figure
     * ({@link #hedgesBefore()}), as written in the lexicon; callers add case-insensitivity if they want it.
     */
    public static String hedgeBeforeRegex() {
        return "(?:" + alternation(new ArrayList<>(HEDGES_BEFORE.keySet())) + ")";
    }

    /** Number words and their values: one to nineteen and the tens ("one" = 1, "ninety" = 90). */
    static Map<String, Integer> numberWords() {
        return NUMBER_WORDS;
    }

    /** Scale words and their factors: hundred, thousand, lakh, million, crore, billion, trillion, dozen. */
    public static Map<String, Long> scaleWords() {
        return SCALE_WORDS;
    }

    /** Currency signs and the unit code they give ({@code $} is USD). */
    public static Map<String, String> currencySigns() {
        return CURRENCY_SIGNS;
    }

    /** Currency abbreviations written before a figure with a space ("Rs 40") and the unit they give, longest first. */
    static Map<String, String> currencyWords() {
        return CURRENCY_WORDS;
    }

    /** Nouns after which a bare number is an identifier, not a count ("Article 8"). */
    static Set<String> identifierNouns() {
        return IDENTIFIER_NOUNS;
    }

    /** Verbs that can never be the counted noun ("sent", "fought", "remain"). */
    public static Set<String> verbs() {
        return VERBS;
    }

    /**
     * A regular expression for where a recognized quantity stands in text: an optional hedge, an
     * optional "between", a sign or currency, a number in digits or words, a percent sign or word,
     * and scale words. It matches at the start of every quantity {@link Quantities} finds; it has no
     * capturing groups. Statement patterns put it where a {@code {placeholder}} stands.
     */
    static String quantityRegex() {
        return QUANTITY_REGEX;
    }

    private static final String QUANTITY_REGEX = buildQuantityRegex();

    private static String buildQuantityRegex() {
        List<String> hedges = new ArrayList<>(HEDGES_BEFORE.keySet());
        hedges.addAll(RANGE_OPENERS);
        String hedge = "(?:(?i:" + alternation(hedges) + ") )?";
        String sign = "[" + escaped(MINUS_SIGNS) + "]?";
        String currency = "(?:" + alternation(new ArrayList<>(CURRENCY_SIGNS.keySet())) + ")?";
        StringBuilder quarters = new StringBuilder();
        DIGIT_FRACTIONS.keySet().forEach(quarters::append);
        String digits = "\\d[\\d,]*(?:\\.\\d+)?[" + quarters + "]?";
        List<String> fractions = new ArrayList<>(FRACTIONS.keySet());
        String fraction = "(?:(?i:" + alternation(fractions) + ") (?:of )?)?(?:(?i:an?) )?";
        String andFraction = "(?: and (?i:" + alternation(fractions.stream().filter(Lexicon::followsAnd).toList())
                + "))?";
        String words = "[A-Za-z]+(?:-[A-Za-z]+)?" + andFraction;
        String percent = "(?:%|(?i: " + alternation(PERCENT_WORDS) + "))?";
        String scale = "(?: (?i:" + alternation(new ArrayList<>(SCALE_WORDS.keySet())) + "))*";
        String after = "(?:(?i:" + alternation(new ArrayList<>(HEDGES_AFTER.keySet()).stream()
                .map(h -> h.startsWith("-") ? h : " " + h).toList()) + "))?";
        // a quantity starts where a token starts (see isWordChar): the look-behind rejects other positions at once
        String boundary = "(?<![\\p{L}\\p{Nd}_])";
        return boundary + hedge + sign + "(?:" + currency + digits + "|" + fraction + words + ")" + percent + scale
                + after;
    }

    /** Each character of {@code chars}, escaped for a regex character class. */
    private static String escaped(String chars) {
        StringBuilder out = new StringBuilder();
        for (char c : chars.toCharArray()) {
            out.append(Character.isLetterOrDigit(c) || c > 127 ? "" : "\\").append(c);
        }
        return out.toString();
    }

    /** True for a fraction that may follow a number and "and": "one and a half", "two and three quarters". */
    static boolean followsAnd(String fraction) {
        return fraction.startsWith("a ") || fraction.startsWith("three");
    }

    /**
     * A regex that matches any of the literal {@code phrases}, written as a trie ("a(?:bout|round)"), so
     * that the engine rejects a position at its first letter instead of trying each phrase in turn. At
     * each branch the longer continuation is tried first.
     */
    static String alternation(List<String> phrases) {
        Trie root = new Trie();
        for (String p : phrases) {
            Trie node = root;
            for (char c : p.toCharArray()) {
                node = node.children.computeIfAbsent(c, k -> new Trie());
            }
            node.terminal = true;
        }
        return root.regex();
    }

    private static final class Trie {
        final java.util.TreeMap<Character, Trie> children = new java.util.TreeMap<>();
        boolean terminal;

        String regex() {
            if (children.isEmpty()) {
                return "";
            }
            List<String> branches = new ArrayList<>();
            for (Map.Entry<Character, Trie> e : children.entrySet()) {
                branches.add(literal(e.getKey()) + e.getValue().regex());
            }
            String body = branches.size() == 1 ? branches.get(0) : "(?:" + String.join("|", branches) + ")";
            if (!terminal) {
                return body;
            }
            return branches.size() == 1 && branches.get(0).length() == 1 ? body + "?" : "(?:" + body + ")?";
        }

        private static String literal(char c) {
            return Character.isLetterOrDigit(c) || c == ' ' || c > 127 ? String.valueOf(c) : "\\" + c;
        }
    }

    // ---- package-private lookups for the recognizers

    /** A fraction as numerator/denominator; {@code exact} is false when it has no finite decimal form. */
    record Fraction(int numerator, int denominator) {
        boolean exact() {
            int d = denominator;
            while (d % 2 == 0) {
                d /= 2;
            }
            while (d % 5 == 0) {
                d /= 5;
            }
            return d == 1;
        }
    }

    static Map<String, Fraction> fractionWords() {
        return FRACTIONS;
    }

    static List<String> rangeOpeners() {
        return RANGE_OPENERS;
    }

    static List<String> rangeJoiners() {
        return RANGE_JOINERS;
    }

    static List<String> percentWords() {
        return PERCENT_WORDS;
    }

    static List<String> numberMarks() {
        return NUMBER_MARKS;
    }

    static Map<Character, Integer> digitFractions() {
        return DIGIT_FRACTIONS;
    }

    static boolean isFractionDenominator(String lower) {
        return FRACTION_DENOMINATORS.contains(lower);
    }

    /** The value of the number word {@code t[start, end)} in any case ("Forty" is 40), or -1; allocates nothing. */
    static int numberWordValue(char[] t, int start, int end) {
        int k = lookup(t, start, end);
        return k >= 0 && k < NUMBER_COUNT ? (int) WORD_VALUES[k] : -1;
    }

    /** The factor of the scale word {@code t[start, end)} in any case ("million" is 1,000,000), or -1. */
    static long scaleWordValue(char[] t, int start, int end) {
        int k = lookup(t, start, end);
        return k >= NUMBER_COUNT ? WORD_VALUES[k] : -1;
    }

    /** Index into WORD_CHARS of the word t[start, end), compared without case, or -1. */
    private static int lookup(char[] t, int start, int end) {
        int len = end - start;
        if (len < 3 || len > MAX_WORD_LENGTH) {
            return -1;
        }
        int c = t[start] | 0x20;
        if (t[start] >= 128 || c < 'a' || c > 'z') {
            return -1;
        }
        for (int k : BY_FIRST_LETTER[c - 'a']) {
            char[] w = WORD_CHARS[k];
            if (w.length != len) {
                continue;
            }
            int j = 1;
            while (j < len && (t[start + j] | 0x20) == w[j] && t[start + j] < 128) {
                j++;
            }
            if (j == len) {
                return k;
            }
        }
        return -1;
    }

    static boolean isStopWord(String lower) {
        return STOP_WORDS.contains(lower);
    }

    static boolean isVerb(String lower) {
        return VERBS.contains(lower);
    }

    static boolean isRelationalNoun(String lower) {
        return RELATIONAL_NOUNS.contains(lower);
    }

    static boolean isTimeUnit(String lower) {
        return TIME_UNITS.contains(lower);
    }

    static boolean overHedgesTimeAfter(String lower) {
        return OVER_HEDGES_TIME_AFTER.contains(lower);
    }

    static List<String> ageWords() {
        return AGE_WORDS;
    }

    static boolean isCountedAfterOne(String lower) {
        return COUNTED_AFTER_ONE.contains(lower);
    }

    static boolean startsAnObject(String lower) {
        return OBJECT_STARTS.contains(lower);
    }

    static boolean isIdentifierNoun(String lower) {
        return IDENTIFIER_NOUNS.contains(lower);
    }

    /** Participles of loss after a count ("45 killed, 210 wounded"): after a name, the figure counts its losses. */
    private static final Set<String> LOSS_PARTICIPLES = Set.of("killed", "wounded", "missing", "dead", "captured");

    static boolean isLossParticiple(String lower) {
        return LOSS_PARTICIPLES.contains(lower);
    }

    /** The longest number of words in a hedge written before a figure. */
    static final int MAX_HEDGE_WORDS = HEDGES_BEFORE.keySet().stream().mapToInt(h -> h.split(" ").length).max()
            .orElse(1);

    /** The month names, January first, capitalised. */
    public static List<String> monthNames() {
        return MONTH_NAMES;
    }

    static String from() {
        return FROM;
    }

    static String between() {
        return BETWEEN;
    }

    static List<String> periodWords() {
        return PERIOD_WORDS;
    }

    static boolean isAbbreviation(String lower) {
        return ABBREVIATIONS.contains(lower);
    }

    // ---- character classes

    /** A mark that ends a sentence: {@code . ! ?}. */
    static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    /** A quote or bracket that may close a sentence after its end mark ({@code "won."} then a space). */
    static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019';
    }

    /** A quote or bracket that may open a sentence before its first word. */
    static boolean isOpener(char c) {
        return c == '"' || c == '\u201C' || c == '(';
    }

    /** A letter, with a fast path for ASCII. */
    public static boolean isLetter(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    /** An ASCII digit: the only digits read as numbers. */
    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * A character that belongs to a word or number token: a letter, a digit of any script, or '_'.
     * A figure starts only where the character before it is not one of these, so the "5" of "٣5" is
     * not read.
     */
    public static boolean isWordChar(char c) {
        return c < 128 ? isLetter(c) || isDigit(c) || c == '_' : Character.isLetter(c) || Character.isDigit(c);
    }

    /** A dash that joins the ends of a range: hyphen, en dash or em dash. */
    static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014';
    }

    /** A sign that makes the figure right after it negative: hyphen-minus or minus sign. */
    static boolean isMinus(char c) {
        return MINUS_SIGNS.indexOf(c) >= 0;
    }

    /** True if a number or scale word can start with {@code c} (either case): a cheap filter for candidates. */
    static boolean mayStartNumberWord(char c) {
        int lower = c | 0x20;
        return c < 128 && lower >= 'a' && lower <= 'z' && FIRST_LETTERS[lower - 'a'];
    }

    private static final boolean[] FIRST_LETTERS = new boolean[26];
    /** Number words, then scale words, as char arrays with their values, indexed by first letter. */
    private static final int NUMBER_COUNT = NUMBER_WORDS.size();
    private static final char[][] WORD_CHARS = new char[NUMBER_WORDS.size() + SCALE_WORDS.size()][];
    private static final long[] WORD_VALUES = new long[WORD_CHARS.length];
    private static final int[][] BY_FIRST_LETTER = new int[26][];
    private static final int MAX_WORD_LENGTH = java.util.stream.Stream.concat(NUMBER_WORDS.keySet().stream(),
            SCALE_WORDS.keySet().stream()).mapToInt(String::length).max().orElse(0);

    // ---- building the lists

    private static Map<String, Integer> buildNumberWords() {
        Map<String, Integer> words = new LinkedHashMap<>();
        String[] ones = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int k = 0; k < ones.length; k++) {
            words.put(ones[k], k + 1);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int k = 0; k < tens.length; k++) {
            words.put(tens[k], (k + 2) * 10);
        }
        return Collections.unmodifiableMap(words);
    }

    private static Map<String, Long> orderedScales() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("dozen", 12L);
        m.put("hundred", 100L);
        m.put("thousand", 1_000L);
        m.put("lakh", 100_000L); // the Indian scale words: "Rs 3.5 lakh", "Rs 12 crore"
        m.put("million", 1_000_000L);
        m.put("crore", 10_000_000L);
        m.put("billion", 1_000_000_000L);
        m.put("trillion", 1_000_000_000_000L);
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, Fraction> fractions() {
        Map<String, Fraction> m = new LinkedHashMap<>();
        m.put("half", new Fraction(1, 2));
        m.put("a half", new Fraction(1, 2));
        m.put("one half", new Fraction(1, 2));
        m.put("a quarter", new Fraction(1, 4));
        m.put("one quarter", new Fraction(1, 4));
        m.put("three quarters", new Fraction(3, 4));
        m.put("three-quarters", new Fraction(3, 4));
        m.put("a third", new Fraction(1, 3));
        m.put("one third", new Fraction(1, 3));
        m.put("two thirds", new Fraction(2, 3));
        m.put("two-thirds", new Fraction(2, 3));
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, Qualifier> ordered(Object... pairs) {
        Map<String, Qualifier> m = new LinkedHashMap<>();
        List<Map.Entry<String, Qualifier>> all = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Qualifier q = (Qualifier) pairs[i];
            @SuppressWarnings("unchecked")
            List<String> words = (List<String>) pairs[i + 1];
            for (String w : words) {
                all.add(Map.entry(w, q));
            }
        }
        all.sort(Comparator.comparingInt((Map.Entry<String, Qualifier> e) -> e.getKey().length()).reversed());
        for (Map.Entry<String, Qualifier> e : all) {
            if (m.put(e.getKey(), e.getValue()) != null) {
                throw new IllegalStateException("hedge listed twice: " + e.getKey());
            }
        }
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, String> orderedStrings(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }

    static {
        int k = 0;
        for (Map.Entry<String, Integer> e : NUMBER_WORDS.entrySet()) {
            WORD_CHARS[k] = e.getKey().toCharArray();
            WORD_VALUES[k++] = e.getValue();
        }
        for (Map.Entry<String, Long> e : SCALE_WORDS.entrySet()) {
            WORD_CHARS[k] = e.getKey().toCharArray();
            WORD_VALUES[k++] = e.getValue();
        }
        for (char c = 'a'; c <= 'z'; c++) {
            final char first = c;
            BY_FIRST_LETTER[c - 'a'] = java.util.stream.IntStream.range(0, WORD_CHARS.length)
                    .filter(i -> WORD_CHARS[i][0] == first).toArray();
            FIRST_LETTERS[c - 'a'] = BY_FIRST_LETTER[c - 'a'].length > 0;
        }
    }
}
