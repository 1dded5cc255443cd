package org.etrkit.datasets.tables;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which side a figure of people belongs to, read from the names around it, nearest first:
 * <ol>
 * <li>"this number was reduced to …": the side of the figure before it in the paragraph; so is
 *     "2,000 of them" of the figure before it in its sentence;</li>
 * <li>a name in the figure's own noun phrase ("one million Kwantung Army troops"); an unknown proper
 *     name there ("7,000 Tashkurgan rebel force") makes it {@code Other};</li>
 * <li>a name joined to the figure after it by "of", "in", "under", "serving", "sent by" ("60,000 soldiers
 *     were in the Ili army"), unless an unknown capitalised name comes first ("men of the First Field
 *     Army"); a passive attack after it ("…, was broken up by PLA units") makes it the attacked side;</li>
 * <li>the nearest name before it in its clause that is not the object of an attack verb or of "with",
 *     "to", "against" …; when an attack verb stands between that name and the figure ("attacked the post,
 *     which had 300 defenders") the figure is the attacked's: the attacked name, or the infobox's other
 *     combatant, or {@code Other}; a passive ("19 soldiers were killed and 3 …") or a noun ("the March
 *     fighting") is no attack; "returned the 8,000 prisoners" are the other combatant's; a name inside an
 *     appositive between commas ("the Ili army, nominally part of the provincial forces, had …") is
 *     skipped; a plural ethnic group there ("The Kazakhs lost 14 killed") makes it {@code Other};</li>
 * <li>the article's side for the force noun a figure renames ("the garrison, some 80,000 men") or for a
 *     generic noun such as "rebels"; unnamed rebels, guerrillas … are {@code Other};</li>
 * <li>the nearest name before the clause in its sentence, skipping finished brackets, groups and names
 *     without a side, and, when the clause has a pronoun subject ("it was wiped out"), the attacked;</li>
 * <li>the nearest such name earlier in the paragraph (not a place passed: "through China");</li>
 * <li>in an article about a force ({@link ArticleContext#aboutAForce}), that force's side;</li>
 * <li>otherwise {@code Other}.</li>
 * </ol>
 * Every step looks at most {@link Prose#WINDOW} characters (or a small multiple) away, so reading every
 * figure of a block is linear in its length.
 */
final class SideFinder {

    /**
     * A side, the force name it was read from ("" when none), and how it was found; {@code end} is where
     * the figure read ends in its paragraph (-1 when not known).
     */
    record Reading(String side, String force, String basis, int end) {

        Reading(String side, String force, String basis) {
            this(side, force, basis, -1);
        }
    }

    private static final Set<String> CONNECTORS = Set.of("of", "in", "into", "under", "from", "serving",
            "within", "belonging", "among", "with");
    private static final Set<String> STOPS = Set.of("to", "toward", "towards", "across", "near", "at", "while",
            "but", "whereas", "although", "and", "or", "by", "against");
    private static final Set<String> SENT_BY = Set.of("sent", "dispatched", "deployed", "led", "commanded", "raised",
            "organized", "organised", "fielded", "mobilized", "mobilised");
    private static final Set<String> RELATIVES = Set.of("which", "who", "whose", "whom", "where");

    private final Set<String> opposition;
    private final Set<String> forceNouns;
    private final Set<String> pronouns;
    private final Set<String> irregular;
    private final Set<String> measures;

    SideFinder(Lexicon lexicon) {
        this.opposition = lexicon.set("opposition_words");
        this.forceNouns = lexicon.set("force_nouns");
        this.pronouns = lexicon.set("pronoun_subjects");
        this.irregular = lexicon.set("irregular_nouns");
        this.measures = new java.util.HashSet<>(lexicon.list("measure_verbs").stream()
                .map(w -> w.toLowerCase(Locale.ROOT)).toList());
    }

    /** The side of the figure at {@code [start, end)} of {@code p}; {@code unit} is its counted noun. */
    Reading find(Prose p, int start, int end, String unit, LocalDate date) {
        return find(p, start, end, unit, date, null);
    }

    /**
     * As {@link #find(Prose, int, int, String, LocalDate)}; {@code previous} is the reading of the figure
     * before it in the same paragraph, which "this number" refers to (null if none).
     */
    Reading find(Prose p, int start, int end, String unit, LocalDate date, Reading previous) {
        ArticleContext a = p.article;
        // 0. "this number was reduced to 11,000": the figure before it
        if (previous != null && refersBack(p, start)) {
            return new Reading(previous.side(), previous.force(), "the figure before it ('this number')");
        }
        // 0b. "3,665 Soviet servicemen …, more than 2,000 of them pilots": a part of the figure before it
        if (previous != null && previous.end() >= 0 && previous.end() <= start
                && p.sentenceIndex(previous.end() - 1) == p.sentenceIndex(start) && partOfBefore(p, end)) {
            return new Reading(previous.side(), previous.force(), "a part of the figure before it ('of them')");
        }
        // 1. the figure's own noun phrase
        List<Prose.Name> inNoun = p.namesIn(start, end);
        for (int i = inNoun.size() - 1; i >= 0; i--) {
            if (!inNoun.get(i).isGroup()) {
                return reading(p, inNoun.get(i), date, "the figure's noun phrase");
            }
        }
        String unknown = unknownName(p, start, end, inNoun);
        if (unknown != null) {
            return new Reading("Other", unknown, "the figure's noun phrase names no side");
        }
        // 2. a name joined to the figure after it
        int clauseEnd = p.clauseEnd(end);
        for (Prose.Name n : p.namesIn(end, Math.min(clauseEnd, end + 120))) {
            if (n.isGroup()) {
                continue;
            }
            if (capitalisedWordIn(p.text, end, n.start())) {
                break; // "90,000 men of the First Field Army … into the province": an unknown force comes first
            }
            String between = p.text.substring(end, n.start()).toLowerCase(Locale.ROOT);
            if (joins(between) && (!locative(between) || isForce(p, n))) {
                return reading(p, n, date, "a name joined to the figure after it");
            }
            break;
        }
        // 2b. the attacked of a passive attack after it ("…, was broken up by PLA units")
        Reading attacked = attackedBy(p, end, clauseEnd, date);
        if (attacked != null) {
            return attacked;
        }
        // 3. the nearest name before it in its clause
        int clauseStart = p.clauseStart(start);
        List<Prose.Name> left = p.namesIn(clauseStart, start);
        Prose.Name object = null;
        for (int i = left.size() - 1; i >= 0; i--) {
            Prose.Name n = left.get(i);
            if (isAttacked(p, n)) {
                if (object == null) {
                    object = n;
                }
                continue;
            }
            if (afterPreposition(p, n)) {
                continue; // "the peace agreement with Chiang Kai-shek", "sent to China"
            }
            if (inAppositive(p, left, i, start)) {
                continue; // "the Ili National Army, nominally a part of the provincial forces, still had"
            }
            if (n.isGroup()) {
                if (!isPlural(n)) {
                    continue; // "the Hui cavalry regiment": a group as an adjective names no force
                }
                return new Reading("Other", n.text(), "an ethnic group before the figure in its clause");
            }
            int attack = attackBetween(p, n.end(), start);
            if (attack < 0) {
                if (heldPrisoners(p, start, unit)) {
                    String opponent = a.opponent(n.side().at(date));
                    if (opponent != null) {
                        return new Reading(opponent, "", "the infobox's other combatant: prisoners held by " + n.text());
                    }
                }
                return reading(p, n, date, "the nearest name before the figure in its clause");
            }
            boolean relative = p.anyWordIn(attack, start, RELATIVES);
            if (!relative && endsWithWith(p.before(start, 40))) {
                return reading(p, n, date, "the name whose force the figure is ('with')");
            }
            if (object != null && !object.isGroup()) {
                return reading(p, object, date, "the attacked name before the figure");
            }
            String opponent = a.opponent(n.side().at(date));
            if (opponent != null) {
                return new Reading(opponent, "", "the infobox's other combatant, attacked by " + n.text());
            }
            return new Reading("Other", "", "attacked by " + n.text() + "; the text names no side for the attacked");
        }
        if (object != null && !object.isGroup() && left.stream().noneMatch(n -> !isAttacked(p, n))) {
            return reading(p, object, date, "the attacked name before the figure in its clause");
        }
        String unknownForce = unknownForceBefore(p, clauseStart, start);
        if (unknownForce != null) {
            return new Reading("Other", unknownForce, "a force the gazetteer does not know before the figure");
        }
        // 4. the article's side for the counted noun ("rebels"), or for the force the figure renames
        String renamed = renamedForce(p, start);
        String byRenamed = a.nounDefault(renamed);
        if (byRenamed != null) {
            return new Reading(byRenamed, renamed, "the article's side for '" + renamed + "', which the figure renames");
        }
        String noun = unit == null || unit.isEmpty() ? personnelNounBefore(p, start) : unit;
        String byNoun = a.nounDefault(noun);
        if (byNoun != null) {
            return new Reading(byNoun, noun, "the article's side for '" + noun + "'");
        }
        if (noun != null && irregular.contains(noun.toLowerCase(Locale.ROOT))) {
            return new Reading("Other", noun, "'" + noun + "' without a name of a side");
        }
        // 5. the nearest name before the clause in its sentence
        int sentenceStart = p.sentence(p.sentenceIndex(start)).start();
        boolean pronoun = p.anyWordIn(Math.max(clauseStart, start - 120), start, pronouns);
        Prose.Name inSentence = nearestBefore(p, Math.max(sentenceStart, clauseStart - 2 * Prose.WINDOW), clauseStart,
                !pronoun);
        if (inSentence != null) {
            return reading(p, inSentence, date, "the nearest name before the figure in its sentence");
        }
        // 6. earlier in the paragraph
        Prose.Name earlier = start - sentenceStart > 2 * Prose.WINDOW ? null
                : nearestBefore(p, Math.max(0, sentenceStart - 4 * Prose.WINDOW), sentenceStart, false);
        if (earlier != null) {
            return reading(p, earlier, date, "the nearest name in an earlier sentence");
        }
        if (a.aboutAForce) {
            return new Reading(a.ownSide, "", "the side of the force the article is about (" + a.ownSideBasis + ")");
        }
        return new Reading("Other", "", "no name of a side near the figure");
    }

    /** True when a capitalised word (not at a sentence start) stands in {@code t[from, to)}. */
    private static boolean capitalisedWordIn(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isUpperCase(t.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)))
                    && !atSentenceStart(t, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when name {@code left[i]} stands in an appositive between commas right after an earlier name,
     * with the figure after the appositive: "the Ili National Army, nominally a part of the provincial
     * forces, still had 14,000 soldiers" speaks of the Ili National Army.
     */
    private static boolean inAppositive(Prose p, List<Prose.Name> left, int i, int figure) {
        Prose.Name n = left.get(i);
        int close = p.text.indexOf(',', n.end());
        if (close < 0 || close >= figure) {
            return false;
        }
        for (int k = i - 1; k >= 0; k--) {
            Prose.Name m = left.get(k);
            int open = m.end();
            if (open < p.text.length() && p.text.charAt(open) == ',' && p.text.indexOf(',', open + 1) >= n.end()) {
                java.util.regex.Matcher w = FIRST_WORD.matcher(p.text).region(open + 1, n.start());
                boolean participle = w.lookingAt() && (w.group(1).endsWith("ed") || w.group(1).endsWith("ing"));
                return !m.isGroup() && !participle; // ", strengthened with Red Army units, that …" is no appositive
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern FIRST_WORD = java.util.regex.Pattern.compile("\\s*(\\p{L}+)");

    /** "garrison" in "surrendered the garrison, some 80,000 men, to": the force noun the figure renames, or null. */
    private String renamedForce(Prose p, int start) {
        List<String> words = p.wordsBefore(start, 3);
        int k = words.size() - 1;
        while (k >= 0 && HEDGE_WORDS.contains(words.get(k))) {
            k--;
        }
        if (k >= 1 && words.get(k).equals(",") && forceNouns.contains(words.get(k - 1))) {
            return words.get(k - 1);
        }
        return null;
    }

    private static final Set<String> HEDGE_WORDS = Set.of("some", "about", "around", "roughly", "nearly", "over",
            "almost", "perhaps");

    /** The side of a figure that a passive attack after it names the attacker of, or null. */
    private Reading attackedBy(Prose p, int from, int to, LocalDate date) {
        int limit = Math.min(to, from + 160);
        for (Prose.Name n : p.namesIn(from, limit)) {
            if (n.isGroup()) {
                continue;
            }
            List<String> before = p.wordsBefore(n.start(), 4);
            int by = before.lastIndexOf("by");
            if (by < 0 || by < before.size() - 2) {
                return null;
            }
            boolean attack = false;
            for (int i = 0; i < by; i++) {
                attack |= opposition.contains(before.get(i));
            }
            String between = p.text.substring(from, n.start()).toLowerCase(Locale.ROOT);
            if (!attack || !between.matches("(?s).*\\b(?:was|were|been|being)\\b.*")) {
                return null;
            }
            String opponent = p.article.opponent(n.side().at(date));
            return opponent != null ? new Reading(opponent, "", "the infobox's other combatant, attacked by " + n.text())
                    : new Reading("Other", "", "attacked by " + n.text() + "; the text names no side for the attacked");
        }
        return null;
    }

    /**
     * A name with a side before {@code to} and after {@code from}, skipping finished brackets and groups, and
     * the attacked unless {@code attackedToo} ("drove the Soviet defenders from both hills; of the 300 border
     * troops …" speaks of the attacked; "it was wiped out" of the attacker).
     */
    private Prose.Name nearestBefore(Prose p, int from, int to, boolean attackedToo) {
        List<Prose.Name> names = p.namesIn(from, to);
        int depth = 0;
        int scan = to - 1;
        for (int i = names.size() - 1; i >= 0; i--) {
            Prose.Name n = names.get(i);
            for (; scan >= n.end(); scan--) {
                char c = p.text.charAt(scan);
                if (c == ')') {
                    depth++;
                } else if (c == '(' && depth > 0) {
                    depth--;
                }
            }
            if (depth > 0 || n.isGroup() || n.side().side().equals("Other") || !attackedToo && isAttacked(p, n)
                    || placePassed(p, n)) {
                continue; // "passed through China": a place passed, not a force
            }
            return n;
        }
        return null;
    }

    private Reading reading(Prose p, Prose.Name n, LocalDate date, String basis) {
        return new Reading(n.side().at(date), forceName(p, n), basis);
    }

    /** The name, with the force noun after it when there is one ("Ili" + "army"). */
    private String forceName(Prose p, Prose.Name n) {
        int i = n.end();
        String t = p.text;
        if (i + 1 < t.length() && t.charAt(i) == ' ') {
            int j = i + 1;
            while (j < t.length() && Character.isLetter(t.charAt(j))) {
                j++;
            }
            String w = t.substring(i + 1, j);
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && forceNouns.contains(w)) {
                return t.substring(n.start(), j);
            }
        }
        return n.text();
    }

    private static final Set<String> NOT_SUBJECT = Set.of("with", "to", "against", "toward", "towards", "into", "at",
            "near", "onto", "entered", "reached", "crossed", "left", "through", "via", "across");
    private static final Set<String> BACK_NOUNS = Set.of("number", "figure", "strength", "total", "force", "army");
    private static final Set<String> BACK_WORDS = Set.of("this", "that", "these", "the same");

    private static final Set<String> PASSED = Set.of("through", "via", "across", "into", "onto", "toward", "towards",
            "entered", "reached", "crossed", "left");

    /** True when the name is a place moved through or to ("passed through China", "crossed the Amur"). */
    private static boolean placePassed(Prose p, Prose.Name n) {
        List<String> before = p.wordsBefore(n.start(), 2);
        if (before.isEmpty()) {
            return false;
        }
        String w = before.get(before.size() - 1);
        if (w.equals("the") && before.size() > 1) {
            w = before.get(0);
        }
        return PASSED.contains(w);
    }

    /** True when the name follows a preposition that makes it no subject ("agreement with Chiang Kai-shek"). */
    private static boolean afterPreposition(Prose p, Prose.Name n) {
        List<String> before = p.wordsBefore(n.start(), 2);
        if (before.isEmpty()) {
            return false;
        }
        String w = before.get(before.size() - 1);
        if (w.equals("the") && before.size() > 1) {
            w = before.get(0);
        }
        return NOT_SUBJECT.contains(w);
    }

    private static final java.util.regex.Pattern OF_THEM = java.util.regex.Pattern.compile(
            "^ of (?:them|whom|these|those|this number)\\b");

    /** True when "of them" or "of whom" follows the figure: it counts a part of the figure before it. */
    static boolean partOfBefore(Prose p, int end) {
        return OF_THEM.matcher(p.text.substring(end, Math.min(p.text.length(), end + 20))).find();
    }

    /** True when "this number", "that figure" or "this force" stands shortly before the figure in its clause. */
    private static boolean refersBack(Prose p, int start) {
        List<String> words = p.wordsBefore(start, 6);
        for (int i = 0; i + 1 < words.size(); i++) {
            if (BACK_WORDS.contains(words.get(i)) && BACK_NOUNS.contains(words.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> LOCATIVE = Set.of("in", "into", "within", "among");

    /** True when only "in", "into", "within" or "among" join the figure to the name: a place, unless a force. */
    private static boolean locative(String between) {
        boolean in = false;
        for (String w : between.split("[^\\p{L}']+")) {
            if (w.equals("by") || CONNECTORS.contains(w) && !LOCATIVE.contains(w)) {
                return false;
            }
            in |= LOCATIVE.contains(w);
        }
        return in;
    }

    /** "the Ili army", "KMT units": a name that is, or is followed by, a force noun. */
    private boolean isForce(Prose p, Prose.Name n) {
        String last = n.text().substring(n.text().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return forceNouns.contains(last) || !forceName(p, n).equals(n.text());
    }

    /**
     * "Northeast Democratic United Army", "the US Navy": capitalised words ending in a force noun before the
     * figure in its clause that no gazetteer name covers, or null.
     */
    private String unknownForceBefore(Prose p, int from, int to) {
        String t = p.text;
        int i = Math.max(from, to - Prose.WINDOW);
        String found = null;
        while (i < to) {
            if (!Character.isUpperCase(t.charAt(i)) || i > 0 && Character.isLetterOrDigit(t.charAt(i - 1))) {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            String last = null;
            while (end < to && Character.isUpperCase(t.charAt(end))) { // a run of capitalised words
                int we = end;
                while (we < to && (Character.isLetter(t.charAt(we)) || t.charAt(we) == '-' || t.charAt(we) == '\'')) {
                    we++;
                }
                last = t.substring(end, we);
                if (we + 1 < to && t.charAt(we) == ' ' && Character.isUpperCase(t.charAt(we + 1))) {
                    end = we + 1;
                } else {
                    end = we;
                    break;
                }
            }
            if (last != null && forceNouns.contains(last.toLowerCase(Locale.ROOT).replaceAll("'s$", ""))
                    && end > start && p.namesIn(start, end).isEmpty() && !atSentenceStart(t, start)) {
                found = t.substring(start, end).replaceAll("'s$", "");
            }
            i = Math.max(end, i + 1);
        }
        return found;
    }

    /** "Kazakhs" for the group "Kazakh": the group named as people, not as an adjective. */
    private static boolean isPlural(Prose.Name n) {
        return n.text().length() > n.group().length() && n.text().endsWith("s");
    }

    /** True when the text between a figure and a name after it ties them ("were in the", "of the"). */
    private boolean joins(String between) {
        boolean connector = false;
        String previous = "";
        for (String w : between.split("[^\\p{L}']+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (w.equals("by") && SENT_BY.contains(previous)) {
                connector = true; // "cavalry were sent by the Soviets": the sender's troops
            } else if (STOPS.contains(w) || opposition.contains(w)) {
                return false;
            }
            connector |= CONNECTORS.contains(w);
            previous = w;
        }
        for (int i = 0; i < between.length(); i++) {
            char c = between.charAt(i);
            if (Character.isDigit(c) || c == ',' || c == ';') {
                return false;
            }
        }
        return connector;
    }

    /** True when the name is the object of an attack verb a few words before it ("attacked the Soviet and Mongolian"). */
    private boolean isAttacked(Prose p, Prose.Name n) {
        List<String> words = p.wordsBefore(n.start(), 5);
        for (int i = words.size() - 1; i >= 0; i--) {
            String w = words.get(i);
            if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("(") || w.equals(")")) {
                return false;
            }
            if (opposition.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The offset of an attack verb in {@code [from, to)}, or -1. */
    private int attackBetween(Prose p, int from, int to) {
        int i = from;
        while (i < to) {
            if (!Character.isLetter(p.text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < to && Character.isLetter(p.text.charAt(j))) {
                j++;
            }
            String w = p.text.substring(i, j).toLowerCase(Locale.ROOT);
            if (opposition.contains(w) && !afterNumber(p.text, i, measures.contains(w)) && !passiveOrNoun(p, i, w)) {
                return i;
            }
            i = j;
        }
        return -1;
    }

    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "being", "be", "is", "are");
    /** Words before an attack word that make it a noun ("the fighting", "heavy fighting", "a renewed attack"). */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "its", "their", "his",
            "her", "heavy", "further", "renewed");

    /**
     * True when the attack word at {@code i} says no attack by the name before it: a passive ("19 soldiers
     * were killed and 3 …": the subject is the attacked, so the figures after it are the subject's), or a
     * noun after a determiner ("the March fighting", "the attack").
     */
    private static boolean passiveOrNoun(Prose p, int i, String w) {
        List<String> before = p.wordsBefore(i, 3);
        if (before.isEmpty()) {
            return false;
        }
        String last = before.get(before.size() - 1);
        if (PASSIVE.contains(last) || before.size() > 1 && PASSIVE.contains(before.get(before.size() - 2))
                && last.endsWith("ly")) {
            return true; // "were killed", "were quickly routed"
        }
        if (w.endsWith("ed")) {
            return false;
        }
        boolean twoBack = before.size() > 1 && DETERMINERS.contains(before.get(before.size() - 2));
        return DETERMINERS.contains(last) || twoBack && (w.endsWith("ing")
                || Character.isUpperCase(p.text.charAt(i - 1 - last.length()))); // "the spring fighting", "the March attack"
    }

    /** "returned the 8,000 prisoners": prisoners as the object of a verb belong to the side that did not take them. */
    private static boolean heldPrisoners(Prose p, int start, String unit) {
        if (unit == null || !(unit.equalsIgnoreCase("prisoners") || unit.equalsIgnoreCase("captives"))) {
            return false;
        }
        List<String> before = p.wordsBefore(start, 2);
        if (before.isEmpty()) {
            return false;
        }
        String verb = before.get(before.size() - 1);
        if (Set.of("the", "its", "their", "his", "all").contains(verb) && before.size() > 1) {
            verb = before.get(before.size() - 2);
        }
        return Set.of("took", "taken", "held", "holding", "returned", "released", "freed", "exchanged", "captured")
                .contains(verb);
    }

    /** True when the word at {@code i} follows a number ("120 killed"): it is that figure's noun, not a verb. */
    private static boolean afterNumber(String t, int i, boolean measureWord) {
        int k = i - 1;
        while (k >= 0 && t.charAt(k) == ' ') {
            k--;
        }
        if (k >= 0 && Character.isDigit(t.charAt(k))) {
            return true;
        }
        if (!measureWord) {
            return false; // "600 men attacked": a verb
        }
        // "526 men killed": one word between the number and this measure word
        while (k >= 0 && Character.isLetter(t.charAt(k))) {
            k--;
        }
        while (k >= 0 && t.charAt(k) == ' ') {
            k--;
        }
        return k >= 0 && Character.isDigit(t.charAt(k));
    }

    private static boolean endsWithWith(String before) {
        String b = before.toLowerCase(Locale.ROOT).stripTrailing();
        return b.endsWith(" with") || b.matches(".*\\bwith (?:a|an|the) [\\p{L}-]+ of$");
    }

    /** A capitalised word in the figure's noun phrase that is neither a known name nor an ethnic group, or null. */
    private static String unknownName(Prose p, int start, int end, List<Prose.Name> known) {
        int i = start;
        String t = p.text;
        // skip the figure itself: the noun phrase starts after the last digit or number word
        while (i < end) {
            int ws = i;
            while (ws < end && !Character.isLetter(t.charAt(ws))) {
                ws++;
            }
            int we = ws;
            while (we < end && (Character.isLetter(t.charAt(we)) || t.charAt(we) == '-' || t.charAt(we) == '\'')) {
                we++;
            }
            if (we == ws) {
                break;
            }
            boolean covered = false;
            for (Prose.Name n : known) {
                if (n.start() <= ws && ws < n.end()) {
                    covered = true;
                    break;
                }
            }
            if (!covered && Character.isUpperCase(t.charAt(ws)) && ws > start && !atSentenceStart(t, ws)) {
                return t.substring(ws, end).strip();
            }
            i = we;
        }
        return null;
    }

    private static boolean atSentenceStart(String t, int i) {
        int k = i - 1;
        while (k >= 0 && t.charAt(k) == ' ') {
            k--;
        }
        return k < 0 || ".!?".indexOf(t.charAt(k)) >= 0;
    }

    /** "rebels" in "number of rebels is over 1,500": a force noun shortly before a bare figure in its clause. */
    private String personnelNounBefore(Prose p, int start) {
        List<String> words = p.wordsBefore(start, 4);
        for (int i = words.size() - 1; i >= 0; i--) {
            if (forceNouns.contains(words.get(i))) {
                return words.get(i);
            }
        }
        return null;
    }
}
