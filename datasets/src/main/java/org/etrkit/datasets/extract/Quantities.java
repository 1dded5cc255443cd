package org.etrkit.datasets.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds quantities in text: digits with thousands separators and decimals ({@code 705,168},
 * {@code 1.5 million}), percentages ({@code 52.1%}), money ({@code $250 million}), number words
 * ({@code fourteen}, {@code forty-two}, {@code one million}), and ranges ({@code 25,000 to 30,000},
 * {@code between 8,000 and 9,500}, {@code 2,100–2,600}), with the hedge in front
 * ({@link Qualifier}) and the counted noun after.
 *
 * <p>Not quantities: years and other dates (give {@link Dates#find} spans to skip), ordinals
 * ({@code 42nd}), identifiers ({@code Tu-4}, {@code Resolution 324}), number words that are part of a
 * name ({@code the Three Districts}), {@code one} without a scale word, and vague plurals
 * ({@code thousands of}).
 */
public final class Quantities {

    private static final Map<String, Integer> WORDS = new HashMap<>();
    private static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1_000L,
            "million", 1_000_000L, "billion", 1_000_000_000L, "trillion", 1_000_000_000_000L);
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "from", "by",
            "with", "for", "against", "under", "into", "onto", "during", "as", "than", "and", "or", "nor", "but",
            "were", "was", "is", "are", "be", "been", "being", "had", "has", "have", "do", "did", "does", "who",
            "whom", "whose", "which", "that", "this", "these", "those", "while", "after", "before", "since",
            "until", "till", "per", "each", "also", "still", "only", "then", "now", "later", "both", "all",
            "would", "could", "should", "will", "can", "may", "might", "must", "shall", "not", "out", "up",
            "down", "over", "about", "around", "between", "across", "through", "toward", "towards", "via",
            "including", "among", "along", "within", "without", "where", "when", "there", "their", "its",
            "his", "her", "our", "your", "my", "it", "they", "he", "she", "we", "you", "i", "more", "less",
            "fewer", "most", "least", "some", "many", "much", "few", "such", "other", "another", "same",
            "so", "if", "because", "though", "although", "whereas", "became", "become", "made", "make",
            "took", "take", "went", "go", "came", "come", "got", "get", "gave", "give", "met", "left",
            "led", "saw", "said", "says", "say");
    /** Nouns that count what follows "of": "2,000 members of the air force". */
    private static final Set<String> RELATIONAL = Set.of("members", "units", "pieces", "sets", "batches",
            "tons", "tonnes", "crates", "groups", "squadrons", "battalions", "regiments", "companies");

    static {
        String[] ones = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int k = 0; k < ones.length; k++) {
            WORDS.put(ones[k], k + 1);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int k = 0; k < tens.length; k++) {
            WORDS.put(tens[k], (k + 2) * 10);
        }
    }

    private Quantities() {
    }

    private static final String[] NUMBER_WORDS = WORDS.keySet().stream().sorted().toArray(String[]::new);
    private static final int[] NUMBER_VALUES = java.util.Arrays.stream(NUMBER_WORDS).mapToInt(WORDS::get).toArray();
    private static final char[][] NUMBER_CHARS = java.util.Arrays.stream(NUMBER_WORDS).map(String::toCharArray)
            .toArray(char[][]::new);
    /** For each lower-case first letter, the indexes of the number words that start with it. */
    private static final int[][] BY_FIRST_LETTER = new int[26][];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            final char first = c;
            BY_FIRST_LETTER[c - 'a'] = java.util.stream.IntStream.range(0, NUMBER_WORDS.length)
                    .filter(k -> NUMBER_WORDS[k].charAt(0) == first).toArray();
        }
    }

    /** True if a number word can start with {@code c}: one, two, ..., ninety (either case). */
    static boolean mayStartNumberWord(char c) {
        return switch (c) {
            case 'o', 't', 'f', 's', 'e', 'n', 'O', 'T', 'F', 'S', 'E', 'N' -> true;
            default -> false;
        };
    }

    /** The value of the number word t[start, end) in any case ("Forty" is 40), or -1; allocates nothing. */
    static int wordValue(char[] t, int start, int end) {
        int len = end - start;
        if (len < 3 || len > 9) {
            return -1;
        }
        char c = (char) (t[start] | 0x20);
        if (!mayStartNumberWord(c)) {
            return -1;
        }
        char c2 = Character.toLowerCase(t[start + 1]);
        int[] candidates = BY_FIRST_LETTER[c - 'a'];
        for (int k : candidates) {
            char[] w = NUMBER_CHARS[k];
            if (w.length != len || w[1] != c2) {
                continue;
            }
            int j = 2;
            while (j < len && Character.toLowerCase(t[start + j]) == w[j]) {
                j++;
            }
            if (j == len) {
                return NUMBER_VALUES[k];
            }
        }
        return -1;
    }

    /** All quantities in {@code text}, in order. */
    public static List<Quantity> find(String text) {
        return find(text, Dates.find(text));
    }

    /** All quantities in {@code text} outside the given date spans (as found by {@link Dates#find}). */
    public static List<Quantity> find(String text, List<DateMention> dates) {
        return new Scanner(text, text.toCharArray(), dates).run();
    }

    /**
     * As {@link #find(String, List)}, looking only at the {@code candidates} noted by
     * {@link Dates#find(String, char[], Positions)} ({@code t} equals {@code text}).
     */
    static List<Quantity> find(String text, char[] t, List<DateMention> dates, Positions candidates) {
        Scanner s = new Scanner(text, t, dates);
        int i = 0;
        for (int k = 0; k < candidates.size(); k++) {
            int at = candidates.get(k);
            if (at >= i) {
                i = s.at(at);
            }
        }
        return s.out;
    }

    /** A number read at a position: value, where its digits start and where it (with any scale word) ends. */
    private record Num(double value, int start, int end, boolean money, boolean percent, boolean hasScale,
                       String compoundUnit) {
    }

    private static final class Scanner {
        private final String text;
        private final List<DateMention> dates;
        private final int n;
        private int dateIdx;
        final List<Quantity> out = new ArrayList<>();

        /** The text as an array: scanning it is several times faster than {@code String.charAt}. */
        private final char[] t;

        Scanner(String text, char[] t, List<DateMention> dates) {
            this.text = text;
            this.t = t;
            this.dates = dates;
            this.n = text.length();
        }

        List<Quantity> run() {
            int i = 0;
            while (i < n) {
                char c = t[i];
                boolean digit = isDigit(c) || c == '$' && i + 1 < n && isDigit(t[i + 1]);
                if (!digit && !isLetter(c)) {
                    i++;
                    continue;
                }
                if (i > 0 && isWordChar(t[i - 1]) || !digit && !mayStartNumberWord(c)) {
                    i = skipToken(i); // inside a word or number, or a word that is no number
                    continue;
                }
                i = at(i);
            }
            return out;
        }

        /** Reads a quantity starting at {@code i} if there is one; returns where to look next. */
        int at(int i) {
            if (i > 0 && isWordChar(t[i - 1])) {
                return skipToken(i);
            }
            int dateEnd = dateAt(i);
            if (dateEnd > i) {
                return dateEnd;
            }
            char c = t[i];
            boolean digit = isDigit(c) || c == '$';
            Num num = digit ? digits(i) : words(i);
            if (num == null) {
                return skipToken(i);
            }
            Quantity q = complete(num);
            out.add(q);
            return Math.max(q.end(), i + 1);
        }

        /** The end of a date span starting at or covering {@code i}, or -1. */
        private int dateAt(int i) {
            while (dateIdx < dates.size() && dates.get(dateIdx).end() <= i) {
                dateIdx++;
            }
            if (dateIdx < dates.size()) {
                DateMention d = dates.get(dateIdx);
                if (d.start() <= i && i < d.end()) {
                    return d.end();
                }
            }
            return -1;
        }

        private boolean inDate(int i) {
            for (int k = dateIdx; k < dates.size(); k++) {
                DateMention d = dates.get(k);
                if (d.start() > i) {
                    return false;
                }
                if (i < d.end()) {
                    return true;
                }
            }
            return false;
        }

        // ---- numbers in digits

        private Num digits(int i) {
            boolean money = t[i] == '$';
            int s = money ? i + 1 : i;
            if (!money && i > 0 && t[i - 1] == '-' && i > 1 && isLetter(t[i - 2])) {
                return null; // Tu-4
            }
            int j = s;
            while (j < n && isDigit(t[j])) {
                j++;
            }
            if (j - s > 15) {
                return null; // a serial number, not a count
            }
            StringBuilder digits = new StringBuilder(j - s + 8).append(text, s, j);
            boolean grouped = false;
            while (j + 3 < n && t[j] == ',' && isDigit(t[j + 1]) && isDigit(t[j + 2])
                    && isDigit(t[j + 3]) && (j + 4 == n || !isDigit(t[j + 4]))
                    && digits.length() < 16) {
                digits.append(text, j + 1, j + 4);
                j += 4;
                grouped = true;
            }
            if (j + 1 < n && t[j] == '.' && isDigit(t[j + 1])) {
                digits.append('.');
                j++;
                int fracStart = j;
                while (j < n && isDigit(t[j]) && j - fracStart < 12) {
                    j++;
                }
                digits.append(text, fracStart, j);
            }
            if (j < n && isLetter(t[j])) {
                return null; // 42nd, 1970s, 3D
            }
            if (j < n && isDigit(t[j])) {
                return null;
            }
            if (!grouped && !money && j - s == 4 && Dates.yearAt(text, s) > 0) {
                return null; // a year the date finder did not claim
            }
            double value = Double.parseDouble(digits.toString());
            boolean percent = false;
            int end = j;
            if (end < n && t[end] == '%') {
                percent = true;
                end++;
            } else if (text.startsWith(" percent", end) && (end + 8 == n || !isLetter(t[end + 8]))) {
                percent = true;
                end += 8;
            }
            boolean hasScale = false;
            if (!percent) {
                int[] scaled = scale(end);
                if (scaled != null) {
                    value *= SCALES.get(text.substring(end + 1, scaled[0]));
                    end = scaled[0];
                    hasScale = true;
                }
            }
            if (!money && !percent && !hasScale && isIdentifier(i, end)) {
                return null;
            }
            return new Num(value, i, end, money, percent, hasScale, "");
        }

        /** "Resolution 324 to ...": a number right after a capitalised word mid-sentence, with no noun after. */
        private boolean isIdentifier(int start, int end) {
            int k = start - 1;
            if (k < 1 || t[k] != ' ' || !isLetter(t[k - 1])) {
                return false;
            }
            int wStart = k;
            while (wStart > 0 && isLetter(t[wStart - 1])) {
                wStart--;
            }
            if (!Character.isUpperCase(t[wStart]) || atSentenceStart(wStart)) {
                return false;
            }
            return nounEnd(end)[0] == end;
        }

        /** If a scale word follows at {@code end} (" million"), its end offset; else null. */
        private int[] scale(int end) {
            if (end + 1 >= n || t[end] != ' ' || !isLetter(t[end + 1])) {
                return null;
            }
            int wEnd = wordEnd(end + 1);
            String w = text.substring(end + 1, wEnd);
            if (!SCALES.containsKey(w)) {
                return null;
            }
            return new int[] {wEnd};
        }

        // ---- numbers in words

        private Num words(int i) {
            int wEnd = wordEnd(i);
            int len = wEnd - i;
            if (len < 3 || len > 9) {
                return null;
            }
            int base = wordValue(t, i, wEnd);
            if (base < 0) {
                return null;
            }
            if (Character.isUpperCase(t[i])
                    && (!atSentenceStart(i) || wEnd + 1 < n && t[wEnd] == ' '
                        && Character.isUpperCase(t[wEnd + 1]))) {
                return null; // the Three Districts, Gang of Four, "Three Districts Economic Commission"
            }
            long value = base;
            int end = wEnd;
            String compoundUnit = "";
            if (end + 1 < n && t[end] == '-' && isLetter(t[end + 1])) {
                int w2End = wordEnd(end + 1);
                String second = text.substring(end + 1, w2End).toLowerCase(Locale.ROOT);
                Integer unit = WORDS.get(second);
                if (base >= 20 && base % 10 == 0 && unit != null && unit < 10) {
                    value += unit; // forty-two
                    end = w2End;
                } else if (unit == null && !SCALES.containsKey(second)) {
                    compoundUnit = second; // two-year
                    end = w2End;
                } else {
                    return null;
                }
            }
            boolean hasScale = false;
            if (compoundUnit.isEmpty()) {
                int[] scaled = scale(end);
                while (scaled != null) {
                    value *= SCALES.get(text.substring(end + 1, scaled[0]));
                    end = scaled[0];
                    hasScale = true;
                    scaled = scale(end);
                }
            }
            if (base == 1 && !hasScale) {
                return null; // "one" is too often not a count
            }
            if (end < n && isLetter(t[end])) {
                return null;
            }
            return new Num(value, i, end, false, false, hasScale, compoundUnit);
        }

        // ---- the whole mention: qualifier, range, noun

        private Quantity complete(Num num) {
            int start = num.start();
            Qualifier qualifier = Qualifier.EXACT;
            boolean between = false;
            int[] q = qualifierBefore(start);
            if (q != null) {
                if (q[1] < 0) {
                    between = true;
                } else {
                    qualifier = Qualifier.values()[q[1]];
                }
                start = q[0];
            }
            double low = num.value();
            double high = low;
            int end = num.end();
            Num second = rangeEnd(num, between);
            if (second != null) {
                high = second.value();
                if (second.hasScale() && !num.hasScale() && !num.percent()) {
                    double factor = scaleOf(second);
                    if (low * factor <= high) {
                        low *= factor;
                    }
                }
                if (high < low) {
                    second = null;
                    high = low = num.value();
                } else {
                    end = second.end();
                }
            } else if (between) {
                start = num.start(); // "between" without "and N" hedges nothing
            }
            boolean money = num.money();
            boolean percent = num.percent() || second != null && second.percent();
            String unit;
            String noun = "";
            if (money) {
                unit = "USD";
            } else if (percent) {
                unit = "percent";
            } else if (!num.compoundUnit().isEmpty() && second == null) {
                unit = num.compoundUnit();
                noun = unit;
            } else {
                int[] ne = nounEnd(end);
                if (ne[0] > end) {
                    noun = text.substring(end + 1, ne[0]);
                    unit = text.substring(ne[1], ne[2]).toLowerCase(Locale.ROOT);
                    end = ne[0];
                } else {
                    unit = "";
                }
            }
            return new Quantity(low, high, qualifier, unit, noun, text.substring(start, end), start, end);
        }

        private double scaleOf(Num n2) {
            String written = text.substring(n2.start(), n2.end());
            for (Map.Entry<String, Long> e : SCALES.entrySet()) {
                if (written.endsWith(" " + e.getKey())) {
                    return e.getValue();
                }
            }
            return 1;
        }

        /** The qualifier before {@code start}: {start of qualifier, ordinal} or {start, -1} for "between". */
        private int[] qualifierBefore(int start) {
            int[] w1 = wordBefore(start);
            if (w1 == null) {
                return null;
            }
            String a = text.substring(w1[0], w1[1]).toLowerCase(Locale.ROOT);
            switch (a) {
                case "about", "around", "approximately", "roughly", "some", "nearly", "almost", "circa" -> {
                    return new int[] {w1[0], Qualifier.ABOUT.ordinal()};
                }
                case "over" -> {
                    return new int[] {w1[0], Qualifier.MORE_THAN.ordinal()};
                }
                case "under" -> {
                    return new int[] {w1[0], Qualifier.LESS_THAN.ordinal()};
                }
                case "between" -> {
                    return new int[] {w1[0], -1};
                }
                default -> {
                }
            }
            int[] w2 = wordBefore(w1[0]);
            if (w2 == null) {
                return null;
            }
            String b = text.substring(w2[0], w2[1]).toLowerCase(Locale.ROOT);
            Qualifier two = switch (b + " " + a) {
                case "more than" -> Qualifier.MORE_THAN;
                case "fewer than", "less than" -> Qualifier.LESS_THAN;
                case "up to", "at most" -> Qualifier.UP_TO;
                case "at least" -> Qualifier.AT_LEAST;
                default -> null;
            };
            return two == null ? null : new int[] {w2[0], two.ordinal()};
        }

        /** The word just before {@code pos} (one space between), as {start, end}, or null. */
        private int[] wordBefore(int pos) {
            int k = pos - 1;
            if (k < 1 || t[k] != ' ' || !isLetter(t[k - 1])) {
                return null;
            }
            int s = k;
            while (s > 0 && isLetter(t[s - 1])) {
                s--;
            }
            return new int[] {s, k};
        }

        /** A second number after "to", "–", "-" or ("between ...") "and". */
        private Num rangeEnd(Num first, boolean between) {
            int k = first.end();
            int after;
            if (k < n && Dates.isDash(t[k])) {
                after = k + 1;
            } else if (text.startsWith(" to ", k)) {
                after = k + 4;
            } else if (k + 3 <= n && t[k] == ' ' && Dates.isDash(t[k + 1])
                    && t[k + 2] == ' ') {
                after = k + 3;
            } else if (between && text.startsWith(" and ", k)) {
                after = k + 5;
            } else {
                return null;
            }
            if (after >= n || inDate(after)) {
                return null;
            }
            char c = t[after];
            Num second;
            if (first.money() && c == '$' || isDigit(c)) {
                second = digits(after);
            } else if (isLetter(c)) {
                second = words(after);
            } else {
                return null;
            }
            if (second == null || second.money() != first.money()
                    || second.percent() != first.percent() && !(second.percent() && !first.percent())) {
                return null;
            }
            return second;
        }

        /**
         * The noun phrase after {@code end}: {end of phrase, start of head noun, end of head noun}; the
         * head is the last word, or the counting noun of "members of the air force"; {end, end, end} if none.
         */
        private int[] nounEnd(int end) {
            int pos = end;
            int lastWordStart = end;
            int headEnd = end;
            int words = 0;
            boolean allCapitalised = true;
            boolean relational = false;
            int max = 4;
            while (words < max) {
                if (pos + 1 >= n || t[pos] != ' ' || !isLetter(t[pos + 1])) {
                    break;
                }
                int ws = pos + 1;
                int we = phraseWordEnd(ws);
                String lw = text.substring(ws, we).toLowerCase(Locale.ROOT);
                boolean capital = Character.isUpperCase(t[ws]);
                if (lw.equals("and") && words > 0 && allCapitalised && we + 1 < n
                        && Character.isUpperCase(t[we + 1])) {
                    pos = we; // Hui and Han troops
                    continue;
                }
                if (lw.equals("of") && words == 1 && !relational
                        && RELATIONAL.contains(text.substring(lastWordStart, pos).toLowerCase(Locale.ROOT))) {
                    relational = true;
                    headEnd = pos;
                    max = 5;
                    pos = we;
                    if (text.startsWith(" the ", pos)) {
                        pos += 4;
                    }
                    continue;
                }
                if (STOP.contains(lw) || lw.length() > 4 && lw.endsWith("ing")
                        || words > 0 && lw.endsWith("ed") || WORDS.containsKey(lw)) {
                    break;
                }
                lastWordStart = ws;
                pos = we;
                words++;
                allCapitalised &= capital;
                if (!capital && !relational && lw.length() > 2 && lw.endsWith("s") && !lw.endsWith("ss")
                        && !(words == 1 && RELATIONAL.contains(lw) && text.startsWith(" of ", pos))) {
                    break; // a plural head noun ends the phrase
                }
            }
            return relational ? new int[] {pos, end + 1, headEnd} : new int[] {pos, lastWordStart, pos};
        }

        /** End of a phrase word: letters, inner hyphens and apostrophes; split "languagesUyghur" at the case change. */
        private int phraseWordEnd(int i) {
            int j = i + 1;
            while (j < n) {
                char c = t[j];
                if (isLetter(c)) {
                    if (Character.isUpperCase(c) && Character.isLowerCase(t[j - 1])) {
                        break;
                    }
                    j++;
                } else if ((c == '-' || c == '\'') && j + 1 < n && isLetter(t[j + 1])) {
                    j++;
                } else {
                    break;
                }
            }
            return j;
        }

        private boolean atSentenceStart(int i) {
            int k = i - 1;
            while (k >= 0 && (t[k] == ' ' || t[k] == '"' || t[k] == '('
                    || t[k] == '\u201C')) {
                k--;
            }
            if (k < 0) {
                return true;
            }
            char c = t[k];
            return c == '.' || c == '!' || c == '?';
        }

        private int wordEnd(int i) {
            int j = i;
            while (j < n && isLetter(t[j])) {
                j++;
            }
            return j;
        }

        private int skipToken(int i) {
            int j = i + 1;
            while (j < n && isWordChar(t[j])) {
                j++;
            }
            return j;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c > 127 && Character.isLetter(c);
    }

    private static boolean isWordChar(char c) {
        return isLetter(c) || isDigit(c) || c == '_';
    }
}
