package org.etrkit.datasets.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.etrkit.datasets.extract.DateMention;
import org.etrkit.datasets.extract.EventDate;
import org.etrkit.datasets.extract.Sentence;
import org.etrkit.datasets.extract.TextBlock;

/**
 * A paragraph or bullet read for the curated tables: its sentences, clauses, dated mentions, and the
 * names of forces and ethnic groups in it. Lookups by offset are binary searches and every scan of the
 * text around a figure is bounded ({@link #WINDOW} characters), so reading a block costs time in
 * proportion to its length, however long its sentences are.
 */
final class Prose {

    /** How far (in characters) the readers look around a figure for its clause, names and words. */
    static final int WINDOW = 400;

    /** A name in the text: a gazetteer name (with its side) or an ethnic group (side null). */
    record Name(int start, int end, String text, Gazetteer.Side side, String group) {

        boolean isGroup() {
            return side == null;
        }
    }

    /**
     * A capitalised name that neither the gazetteer nor the groups know ("Enver Pasha", "the Whites",
     * "Junaid's men"): a person, force or state without a side code. A word opening a sentence is one only
     * when the article writes it capitalised elsewhere; a name right before or after a known name ("Marshal
     * Choibalsan", "Soviet Tajikistan") is part of that name.
     */
    record Actor(int start, int end, String text, boolean possessive) {
    }

    final TextBlock block;
    final String text;
    final ArticleContext article;
    private final List<Sentence> sentences;
    private final List<DateMention> dates;
    final List<Name> names;

    Prose(TextBlock block, ArticleContext article) {
        this.block = block;
        this.text = block.text();
        this.article = article;
        this.sentences = block.sentences();
        List<DateMention> withYear = new ArrayList<>();
        for (DateMention d : block.dates()) {
            if (d.hasYear()) {
                withYear.add(d);
            }
        }
        this.dates = withYear;
        this.names = article.names(text);
    }

    /**
     * The unknown names of the block, in order ({@link Actor}); found on first use ({@link #actors()}), since the
     * readers ask for them only around some figures and most blocks have none they read.
     */
    private List<Actor> actors;

    /** The unknown names of the block, in order ({@link Actor}), found the first time they are asked for. */
    List<Actor> actors() {
        List<Actor> a = actors;
        if (a == null) {
            a = findActors(article.words(text));
            actors = a;
        }
        return a;
    }

    private static final Set<String> NOT_NAMES = Set.of("I", "January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday");

    /**
     * The unknown names of the text, read from the places a name can start at ({@link #nextStart}): a letter after
     * none of a letter, a digit and a hyphen.
     */
    private List<Actor> findActors(PhraseMatcher.Words words) {
        List<Actor> out = new ArrayList<>();
        int n = text.length();
        int k = 0; // the next known name
        int[] word = {0}; // the word of words where the next place a name can start is looked for
        int i = 0;
        while ((i = nextStart(words, word, i)) < n) {
            char c = text.charAt(i);
            while (k < names.size() && names.get(k).end() <= i) {
                k++;
            }
            if (k < names.size() && names.get(k).start() <= i) {
                i = names.get(k).end();
                continue;
            }
            if (!Chars.isUpperCase(c)) {
                i++; // a word in lower case
                continue;
            }
            int start = -1;
            int end = i;
            boolean possessive = false;
            int j = i;
            while (j < n && Chars.isUpperCase(text.charAt(j)) && (k >= names.size() || j < names.get(k).start())) {
                int we = j;
                while (we < n && (Chars.isLetter(text.charAt(we)) || text.charAt(we) == '-'
                        || (text.charAt(we) == '\'' || text.charAt(we) == '’') && we + 1 < n && Chars.isLetter(text.charAt(we + 1)))) {
                    we++;
                }
                String w = text.substring(j, we);
                possessive = w.endsWith("'s") || w.endsWith("’s");
                String bare = possessive ? w.substring(0, w.length() - 2) : w;
                boolean opening = start < 0 && atSentenceStart(j);
                // an opening word is a name word when the article writes it capitalised elsewhere, or when a
                // capitalised word follows and the article never writes it in lower case ("Lin Biao's order")
                if (NOT_NAMES.contains(bare) || opening && !openingName(bare, possessive, we)) {
                    if (start >= 0) {
                        break;
                    }
                    j = we;
                    break;
                }
                if (start < 0) {
                    start = j;
                }
                end = possessive ? we - 2 : we;
                if (we + 1 >= n || text.charAt(we) != ' ' || !Chars.isUpperCase(text.charAt(we + 1))) {
                    j = we;
                    break;
                }
                possessive = false; // "People's Revolutionary Army": the name goes on
                end = we;
                j = we + 1;
            }
            boolean model = start >= 0 && end > start && end < n && text.charAt(end - 1) == '-' && Character.isDigit(text.charAt(end)); // "MiG-17"
            if (start >= 0 && !nextToKnownName(start, end, k) && !designation(start) && !model) {
                out.add(new Actor(start, end, text.substring(start, end), possessive));
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    /**
     * The first place at or after {@code i} where a name can start (a letter after none of a letter, a digit and a
     * hyphen), or the text's length: read word by word from {@code words} (the word characters of the text, with
     * the hyphens and apostrophes between them), from word {@code word[0]} on, which it moves to the word of the
     * place. Such a place is the start of a word of {@code words} after no hyphen, or a letter right after an
     * apostrophe inside one ("Neil" of "O'Neil"); every other letter of a word follows a letter, a digit or a hyphen.
     */
    private int nextStart(PhraseMatcher.Words words, int[] word, int i) {
        int count = words.count();
        for (int w = word[0]; w < count; w++) {
            int s = words.start(w);
            int e = words.end(w);
            if (e <= i) {
                continue;
            }
            word[0] = w;
            if (s >= i && Chars.isLetter(text.charAt(s)) && (s == 0 || !inWord(text.charAt(s - 1)))) {
                return s;
            }
            if (words.mayHoldApostrophe(w)) {
                for (int p = Math.max(s + 1, i); p < e; p++) {
                    char b = text.charAt(p - 1);
                    if ((b == '\'' || b == '’') && Chars.isLetter(text.charAt(p))) {
                        return p;
                    }
                }
            }
        }
        word[0] = count;
        return text.length();
    }

    /** Whether the opening word {@code bare}, which ends at {@code we}, is a name word (see {@link #findActors}). */
    private boolean openingName(String bare, boolean possessive, int we) {
        int n = text.length();
        return article.articleNames.isProperWord(bare)
                || !possessive && we + 1 < n && text.charAt(we) == ' ' && Chars.isUpperCase(text.charAt(we + 1))
                && !article.articleNames.isWrittenLowerCase(bare);
    }

    /** A letter, digit or hyphen: a name starts at a letter after none of these. */
    private static boolean inWord(char c) {
        return Chars.isLetterOrDigit(c) || c == '-';
    }

    /**
     * True when a known name stands right before {@code start} (one space apart, or with a possessive:
     * "the Red Army's Turkestan Front") or right after {@code end}, one space apart.
     */
    private boolean nextToKnownName(int start, int end, int k) {
        boolean after = k < names.size() && names.get(k).start() == end + 1 && !names.get(k).isGroup();
        boolean before = k > 0 && !names.get(k - 1).isGroup() && possessiveSpace(text, names.get(k - 1).end(), start);
        return after || before;
    }

    /**
     * True when the name at {@code start} is a designation, not an actor: quoted ("\"Order No. 1\"") or
     * after an ordinal ("the 15th and 17th Brigades").
     */
    private boolean designation(int start) {
        if (start > 0 && "\"“‘'".indexOf(text.charAt(start - 1)) >= 0) {
            return true;
        }
        int k = start - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        int we = k + 1;
        while (k >= 0 && Chars.isLetterOrDigit(text.charAt(k))) {
            k--;
        }
        return isOrdinal(text, k + 1, we);
    }

    /** True when {@code t[from, to)} is one space, or a possessive and a space ("'s ", "’s "): {@code (?:['’]s)? }. */
    private static boolean possessiveSpace(String t, int from, int to) {
        int n = to - from;
        return n == 1 && t.charAt(from) == ' '
                || n == 3 && (t.charAt(from) == '\'' || t.charAt(from) == '’') && t.charAt(from + 1) == 's'
                && t.charAt(from + 2) == ' ';
    }

    /** True when {@code t[from, to)} is an ordinal in digits, "15th", "2nd": the regular expression {@code \d+(?:st|nd|rd|th)}. */
    static boolean isOrdinal(String t, int from, int to) {
        if (to - from < 3) {
            return false;
        }
        for (int i = from; i < to - 2; i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        char a = t.charAt(to - 2);
        char b = t.charAt(to - 1);
        return a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h';
    }

    /** True when {@code i} starts its sentence (after blanks, quotes and brackets). */
    boolean atSentenceStart(int i) {
        int k = i - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || "\"“‘'(".indexOf(text.charAt(k)) >= 0)) {
            k--;
        }
        return k < 0 || ".!?:".indexOf(text.charAt(k)) >= 0;
    }

    /** The unknown names inside {@code [from, to)}, in order. */
    List<Actor> actorsIn(int from, int to) {
        List<Actor> actors = actors();
        int first = TextBlock.lastStartingAtOrBefore(actors.size(), i -> actors.get(i).start(), from - 1) + 1;
        List<Actor> out = new ArrayList<>();
        for (int i = first; i < actors.size() && actors.get(i).end() <= to; i++) {
            out.add(actors.get(i));
        }
        return out;
    }

    /** Scans of one pattern over one sentence ({@link SentenceScan}), made the first time a reader asks for them. */
    private java.util.Map<ScanKey, SentenceScan> scans;

    private record ScanKey(java.util.regex.Pattern pattern, int start, int end) {
    }

    /**
     * What {@code pattern.matcher(text).region(s.start(), to).find()} finds, one match after the other, from one scan
     * of sentence {@code s} kept for every figure in it ({@link SentenceScan}: {@code maxRead} bounds what an attempt
     * reads).
     */
    List<java.util.regex.MatchResult> findsBefore(java.util.regex.Pattern pattern, int maxRead, Sentence s, int to) {
        java.util.Map<ScanKey, SentenceScan> m;
        synchronized (this) { // a block's readers may run on several threads (CuratedTables#build)
            m = scans;
            if (m == null) {
                m = new java.util.concurrent.ConcurrentHashMap<>();
                scans = m;
            }
        }
        SentenceScan scan = m.computeIfAbsent(new ScanKey(pattern, s.start(), s.end()),
                k -> new SentenceScan(pattern, maxRead, text, s.start(), s.end()));
        return scan.upTo(to);
    }

    /** Where the block's semicolons are, in order, found the first time {@link #lastSemicolon} is asked. */
    private int[] semicolons;

    /**
     * {@code Chars.lastIndexIn(text, ";", at, floor)} by a binary search of the block's semicolons: the readers ask it
     * from every figure back to its sentence's start, which was quadratic in a sentence without a stop.
     */
    int lastSemicolon(int at, int floor) {
        int[] semis = semicolons;
        if (semis == null) {
            semis = positionsOf(text, ';');
            semicolons = semis;
        }
        return lastAtOrBefore(semis, Math.min(at, text.length() - 1), floor);
    }

    /** Where each word asked of {@link #indexOf}/{@link #lastIndexOf} starts in the block, in order (readers may share a block). */
    private final java.util.concurrent.ConcurrentHashMap<String, int[]> wordPositions = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * {@code Chars.indexIn(text, word, from, before)} by a binary search of the word's places in the block, found the
     * first time it is asked: the readers search from every figure to its sentence's end, quadratic in a long sentence.
     */
    int indexOf(String word, int from, int before) {
        return firstAtOrAfter(wordPositions.computeIfAbsent(word, w -> positionsOf(text, w)), from, before);
    }

    /** The first of the ordered {@code at} at or after {@code from} and before {@code before}, or -1. */
    static int firstAtOrAfter(int[] at, int from, int before) {
        int lo = 0;
        int hi = at.length; // the first position at or after from
        int floor = Math.max(from, 0);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (at[mid] < floor) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < at.length && at[lo] < before ? at[lo] : -1;
    }

    /** {@code Chars.lastIndexIn(text, word, from, floor)} by a binary search of the word's places (see {@link #indexOf}). */
    int lastIndexOf(String word, int from, int floor) {
        return lastAtOrBefore(wordPositions.computeIfAbsent(word, w -> positionsOf(text, w)), from, floor);
    }

    /** Where {@code word} starts in {@code text} (overlaps included), in order. */
    static int[] positionsOf(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        int[] out = new int[n];
        n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            out[n++] = i;
        }
        return out;
    }

    /** Where {@code c} is in {@code text}, in order. */
    static int[] positionsOf(String text, char c) {
        return positionsOf(text, String.valueOf(c));
    }

    /** The last of the ordered {@code positions} at or before {@code top} and at or after {@code floor}, or -1. */
    static int lastAtOrBefore(int[] positions, int top, int floor) {
        int lo = 0;
        int hi = positions.length; // the number of positions at or before top
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (positions[mid] <= top) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && positions[lo - 1] >= Math.max(floor, 0) ? positions[lo - 1] : -1;
    }

    // ---- sentences and clauses

    /** The index of the sentence holding {@code offset} (the last one before it if none does). */
    int sentenceIndex(int offset) {
        return Math.max(0, TextBlock.lastStartingAtOrBefore(sentences.size(), i -> sentences.get(i).start(), offset));
    }

    Sentence sentence(int index) {
        return sentences.isEmpty() ? Sentence.whole(text) : sentences.get(index);
    }

    int sentenceCount() {
        return sentences.size();
    }

    private static boolean isBoundary(String t, int i) {
        char c = t.charAt(i);
        if (c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']' || c == '\u2014') {
            return true;
        }
        return (c == '\u2013' || c == '-') && i > 0 && i + 1 < t.length() && t.charAt(i - 1) == ' '
                && t.charAt(i + 1) == ' ';
    }

    /** The start of the clause holding {@code offset}: after the nearest ; : ( ) — or spaced dash before it. */
    int clauseStart(int offset) {
        Sentence s = sentence(sentenceIndex(offset));
        int limit = Math.max(s.start(), offset - WINDOW);
        for (int i = Math.min(offset, text.length()) - 1; i >= limit; i--) {
            if (isBoundary(text, i)) {
                return i + 1;
            }
        }
        return limit;
    }

    /** The end of the clause holding {@code offset}. */
    int clauseEnd(int offset) {
        Sentence s = sentence(sentenceIndex(offset));
        int limit = Math.min(s.end(), offset + WINDOW);
        for (int i = offset; i < limit; i++) {
            if (isBoundary(text, i)) {
                return i;
            }
        }
        return limit;
    }

    /** The text of the clause before {@code offset}, at most {@code max} characters. */
    String before(int offset, int max) {
        return text.substring(Math.max(clauseStart(offset), offset - max), offset);
    }

    /** The text of the clause from {@code offset}, at most {@code max} characters. */
    /**
     * The match of {@code pattern} right after the bare figure {@code q} (one with no unit), within {@code span}
     * characters of its end; or null, when the figure has a unit or the pattern does not match right there.
     */
    java.util.regex.Matcher rightAfterBare(org.etrkit.datasets.extract.Quantity q, java.util.regex.Pattern pattern, int span) {
        if (!q.unit().isEmpty()) {
            return null;
        }
        java.util.regex.Matcher m = pattern.matcher(text).region(q.end(), Math.min(text.length(), q.end() + span));
        return m.lookingAt() ? m : null;
    }

    String after(int offset, int max) {
        return text.substring(offset, Math.max(offset, Math.min(clauseEnd(offset), offset + max)));
    }

    /**
     * The word that governs a name at {@code offset}: the word right before it in its sentence, or the one before
     * that when it is "the" ("crossed the Amur": "crossed"); lower case, "" when the sentence starts there.
     */
    String wordBefore(int offset) {
        List<String> before = wordsBefore(offset, 2);
        if (before.isEmpty()) {
            return "";
        }
        String w = before.get(before.size() - 1);
        return w.equals("the") && before.size() > 1 ? before.get(0) : w;
    }

    /** The last {@code n} words before {@code offset} in its sentence (lower case), nearest last. */
    List<String> wordsBefore(int offset, int n) {
        Sentence s = sentence(sentenceIndex(offset));
        int limit = Math.max(s.start(), offset - WINDOW);
        List<String> out = new ArrayList<>();
        int i = offset;
        while (out.size() < n && i > limit) {
            int end = i;
            while (end > limit && !Chars.isLetter(text.charAt(end - 1))) {
                char c = text.charAt(end - 1);
                if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')') {
                    out.add(0, String.valueOf(c));
                }
                end--;
            }
            int start = end;
            while (start > limit && (Chars.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-'
                    || text.charAt(start - 1) == '\'')) {
                start--;
            }
            if (start == end) {
                break;
            }
            out.add(0, text.substring(start, end).toLowerCase(Locale.ROOT));
            i = start;
        }
        return out.size() > n ? out.subList(out.size() - n, out.size()) : out;
    }

    /** True if one of {@code words} stands as a whole word in {@code text[from, to)} (lower-case comparison). */
    boolean anyWordIn(int from, int to, Set<String> words) {
        int i = Math.max(0, from);
        int end = Math.min(to, text.length());
        while (i < end) {
            if (!Chars.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < end && (Chars.isLetter(text.charAt(j)) || text.charAt(j) == '-')) {
                j++;
            }
            if (words.contains(text.substring(i, j).toLowerCase(Locale.ROOT))) {
                return true;
            }
            i = j;
        }
        return false;
    }

    /** The comma and space after a renamed noun, which every match of {@link #RENAMED} holds. */
    private static final String RENAMED_COMMA = ", ";

    /**
     * The most characters a match of {@link #RENAMED} has after its comma and space, and of the region after the
     * match: a hedge (matched as written, {@link org.etrkit.datasets.extract.Lexicon#hedgeBeforeRegex}) and a
     * space, and a line end of up to two characters before which {@code $} matches.
     */
    private static final int RENAMED_TAIL = org.etrkit.datasets.extract.Lexicon.hedgesBefore().keySet().stream()
            .mapToInt(String::length).max().orElse(0) + 1 + 2;

    private static final java.util.regex.Pattern RENAMED = java.util.regex.Pattern.compile(
            "(\\p{L}+)" + RENAMED_COMMA + "(?:"
            + org.etrkit.datasets.extract.Lexicon.hedgeBeforeRegex() + " )?$");

    /**
     * The noun a figure renames, in lower case: "aircraft" for "their remaining aircraft, about 100 in
     * number", "garrison" for "the garrison, some 80,000 men"; or null.
     */
    String renamedNoun(int start) {
        return renamedNoun(text, start);
    }

    /**
     * {@link #renamedNoun(int)} of {@code text}: {@link #RENAMED} searched in the 40 characters before
     * {@code start}, only when they hold its comma and space ({@link #RENAMED_COMMA}) at most {@link #RENAMED_TAIL}
     * characters before their end, where every match has it.
     */
    static String renamedNoun(String text, int start) {
        int from = Math.max(0, start - 40);
        if (start - from < RENAMED_COMMA.length() || !hasComma(text, Math.max(from,
                start - RENAMED_COMMA.length() - RENAMED_TAIL), start - RENAMED_COMMA.length())) {
            return null;
        }
        java.util.regex.Matcher m = RENAMED.matcher(text).region(from, start);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /**
     * Whether {@link #RENAMED_COMMA} starts at an index from {@code lo} to {@code hi}, looked for in that span only
     * ({@code String.lastIndexOf} would go on to the start of the text: quadratic on a long paragraph without one).
     */
    private static boolean hasComma(String text, int lo, int hi) {
        for (int i = hi; i >= lo; i--) {
            if (text.startsWith(RENAMED_COMMA, i)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #renamedNoun(String, int)} by the regular expression alone, for tests. */
    static String renamedNounByPattern(String text, int start) {
        java.util.regex.Matcher m = RENAMED.matcher(text).region(Math.max(0, start - 40), start);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    // ---- names

    /** The index of the first name starting at or after {@code offset}. */
    int firstNameFrom(int offset) {
        return TextBlock.lastStartingAtOrBefore(names.size(), i -> names.get(i).start(), offset - 1) + 1;
    }

    /** The names inside {@code [from, to)}, in order. */
    List<Name> namesIn(int from, int to) {
        List<Name> out = new ArrayList<>();
        for (int i = firstNameFrom(from); i < names.size() && names.get(i).end() <= to; i++) {
            out.add(names.get(i));
        }
        return out;
    }

    // ---- figures

    /** The quantities inside {@code [from, to)}, in order (a binary search, then a walk). */
    List<org.etrkit.datasets.extract.Quantity> quantitiesIn(int from, int to) {
        List<org.etrkit.datasets.extract.Quantity> qs = block.quantities();
        int first = TextBlock.lastStartingAtOrBefore(qs.size(), i -> qs.get(i).start(), from - 1) + 1;
        List<org.etrkit.datasets.extract.Quantity> out = new ArrayList<>();
        for (int i = first; i < qs.size() && qs.get(i).end() <= to; i++) {
            out.add(qs.get(i));
        }
        return out;
    }

    // ---- dates

    /** The dated mention (with a year) in the sentence nearest to {@code offset}, or null. */
    DateMention nearestDateInSentence(int offset) {
        return nearestDateInSentence(offset, offset);
    }

    /** The dated mention (with a year) in the sentence nearest to the figure at {@code [start, end)}, or null. */
    DateMention nearestDateInSentence(int start, int end) {
        int offset = start;
        Sentence s = sentence(sentenceIndex(offset));
        int next = firstDateFrom(offset);
        DateMention before = next > 0 ? dates.get(next - 1) : null; // dates do not overlap: the neighbours are nearest
        DateMention after = next < dates.size() ? dates.get(next) : null;
        if (before != null && before.start() < s.start()) {
            before = null;
        }
        if (after != null && after.start() >= s.end()) {
            after = null;
        }
        if (before == null || after == null) {
            return before == null ? after : before;
        }
        return after.start() - end <= offset - before.end() ? after : before; // "N in 1940" on a tie
    }

    /** The last dated mention (with a year) that ends before {@code offset} in this block, or null. */
    DateMention lastDateBefore(int offset) {
        int i = firstDateFrom(offset) - 1;
        while (i >= 0 && dates.get(i).end() > offset) {
            i--;
        }
        return i >= 0 ? dates.get(i) : null;
    }

    /** The dated mentions (with a year) in {@code [from, to)}. */
    List<DateMention> datesIn(int from, int to) {
        List<DateMention> out = new ArrayList<>();
        for (int i = firstDateFrom(from); i < dates.size() && dates.get(i).start() < to; i++) {
            out.add(dates.get(i));
        }
        return out;
    }

    /** The index of the first dated mention starting at or after {@code offset}, or dates.size(). */
    private int firstDateFrom(int offset) {
        return TextBlock.lastStartingAtOrBefore(dates.size(), i -> dates.get(i).start(), offset - 1) + 1;
    }

    /**
     * A date for a figure: the date with a year nearest to it in its sentence ({@code sentence}); else
     * the sentence's day and month placed in the year the paragraph gives ({@code year from paragraph});
     * else the last date placed in a year earlier in the paragraph ({@code earlier sentence}).
     */
    Dated dateOf(int offset) {
        return dateOf(offset, offset);
    }

    /** As {@link #dateOf(int)} for a figure at {@code [start, end)}. */
    Dated dateOf(int start, int end) {
        DateMention d = nearestDateInSentence(start, end);
        if (d != null) {
            return new Dated(d, "sentence");
        }
        return block.dateFor(sentence(sentenceIndex(start))).map(Prose::dated).orElse(null);
    }

    /**
     * A date for a figure of a population statement: as {@link #dateOf(int, int)}, but a date in a relative
     * clause ("…, nearly all of whom were repatriated in 1946") dates that clause's event, not the figure,
     * and so does a date in a later part of the sentence after a semicolon ("540 million people; the census
     * of 1953 …"), and so does a date the figure is compared with or counted from ("fewer than in 1939", "the
     * capital since 1997"); with no other date in the paragraph, the article's infobox date ({@code infobox}).
     */
    Dated statementDateOf(int start, int end) {
        Sentence s = sentence(sentenceIndex(start));
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        // the part of the sentence between semicolons: "a country of 540 million people; the census of 1953 …"
        int partStart = Math.max(s.start(), lastIndexOf(";", start, s.start()) + 1); // in the sentence only
        int semicolon = indexOf(";", end, s.end());
        int partEnd = semicolon < 0 ? s.end() : Math.min(s.end(), semicolon);
        DateMention right = dateRightAfter(end, partEnd);
        if (right != null && !comparedDate(right.start())) {
            return new Dated(right, "sentence"); // "5.3 million at the census of 1920", "a town of 10,000 by 1944"
        }
        for (DateMention d : datesIn(Math.max(partStart, start - WINDOW), Math.min(partEnd, end + WINDOW))) {
            int relative = relativeClauseStart(d.start());
            if (relative >= 0 && start < relative) {
                continue; // the date of another clause's event; a figure inside that clause keeps it
            }
            if (comparedDate(d.start())) {
                continue; // "fewer than in 1939", "the capital since 1997": a time the figure is set against, not its own
            }
            int distance = d.start() >= end ? d.start() - end : start - d.end();
            if (distance <= bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        if (best == null && partStart > s.start()) {
            // none in the figure's part: the last date of the parts before it ("In 1921 …; the Turkmen numbered …"), not
            // one of a participle's event ("settlements founded by migrants in the 1900s; in X about 900 were counted")
            for (DateMention d : datesIn(Math.max(s.start(), partStart - WINDOW), partStart)) {
                if (relativeClauseStart(d.start()) < 0 && !PARTICIPLE_BY_BEFORE.matcher(text)
                        .region(Math.max(clauseStart(d.start()), d.start() - 120), d.start()).find()) {
                    best = d;
                }
            }
        }
        if (best != null) {
            return new Dated(best, "sentence");
        }
        Dated own = eventDate(s);
        if (own != null && own.basis().equals("year from paragraph") && relativeClauseStart(own.date().start()) < 0
                && own.date().start() >= partStart && own.date().start() < partEnd) {
            return own;
        }
        DateMention earlier = lastDateBefore(s.start());
        for (int tries = 0; earlier != null && relativeClauseStart(earlier.start()) >= 0; tries++) {
            earlier = tries < 4 ? lastDateBefore(earlier.start()) : null; // a bounded look back
        }
        if (earlier != null) {
            return new Dated(earlier, "earlier sentence");
        }
        return article.infoboxDate == null ? null : new Dated(article.infoboxDate, "infobox");
    }

    /** Right before a date that a figure is compared with or counted from: "fewer than in ", "than at the census of ", "since ". */
    private static final java.util.regex.Pattern COMPARED_BEFORE = java.util.regex.Pattern.compile(
            "\\b(?:than(?: (?:in|at|by|during))?(?: the)?(?: (?:\\p{Ll}+ )?(?:census|count|survey) of)?|since) $");

    /** Whether the date at {@code offset} follows "than" or "since": a time a figure is set against, not the figure's. */
    private boolean comparedDate(int offset) {
        return COMPARED_BEFORE.matcher(text).region(Math.max(0, offset - 40), offset).find();
    }

    private static final java.util.regex.Pattern CONJUNCT_END = java.util.regex.Pattern.compile(
            "[;,(]|\\b(?:and|or|but|while|whereas|which|who|whom|whose|when)\\b|\\d");

    /**
     * The date in the phrase right after a figure, before a conjunction, comma or another figure ("7.1 million
     * inhabitants in 1917 and …", "at the census of 1920"), within 60 characters; or null.
     */
    private DateMention dateRightAfter(int end, int limit) {
        int to = Math.min(limit, Math.min(text.length(), end + 60));
        for (DateMention d : datesIn(end, to)) {
            java.util.regex.Matcher stop = CONJUNCT_END.matcher(text).region(end, d.start());
            return stop.find() ? null : d;
        }
        return null;
    }

    /**
     * A noun's past participle with its agent, up to a date, which dates the participle's event ("settlements founded
     * by migrants from the Volga in the "); not after an auxiliary ("were counted by the census in").
     */
    private static final java.util.regex.Pattern PARTICIPLE_BY_BEFORE = java.util.regex.Pattern.compile(
            "\\b(?!(?:was|were|is|are|be|been|being|had|has|have)\\b)\\p{Ll}+ \\p{Ll}+ed by\\b[^,;:()]*$");

    private static final java.util.regex.Pattern RELATIVE = java.util.regex.Pattern.compile(
            ",\\s+(?:[a-z]+\\s+){0,3}(?:who|whom|which|whose)\\b[^,;:()]*$");

    /** Where the relative clause (", who", ", which", ", of whom") holding {@code offset} starts, or -1. */
    int relativeClauseStart(int offset) {
        int from = Math.max(clauseStart(offset), offset - 120);
        java.util.regex.Matcher m = RELATIVE.matcher(text).region(from, offset);
        return m.find() ? m.start() : -1;
    }

    /** The event date of a sentence ({@code sentence} or {@code year from paragraph}), or null. */
    Dated eventDate(Sentence s) {
        return block.eventDate(s).map(Prose::dated).orElse(null);
    }

    /** An event date as a date mention with the year filled in, and its basis. */
    private static Dated dated(EventDate e) {
        DateMention m = e.mention();
        return new Dated(new DateMention(e.iso(), e.year(), m.text(), m.start(), m.end()), e.basis().code());
    }

    /**
     * A date and where it came from: {@code sentence}, {@code year from paragraph}, {@code earlier sentence}
     * (and for tables {@code infobox}, {@code caption}).
     */
    record Dated(DateMention date, String basis) {
    }
}
