package org.etrkit.datasets.tables;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The people and forces the gazetteer does not know that may own a figure, for {@link SideFinder}: a possessive
 * owner of a force noun before it ("Colonel Petrov's remaining force", {@link #unknownOwnersForce}), a leader after
 * "under" or "led by" ("1,000 men under Irgash Bey", {@link #leaderAfter}), and the nearest unknown name before it
 * in its clause that can be its subject or owner ({@link #actorBefore}).
 */
final class UnknownActors {

    private final Set<String> forceNouns;
    private final Set<String> personnel;
    /** Nouns for what is left of a force ("remnants"), owned like a force noun ("Kolchak's remnants"). */
    private final Set<String> remnants;
    /** Titles and role nouns before a person's name ("commander", "Colonel"): the person belongs to the side named before. */
    private final Set<String> roles;
    /** Words after which a name is a place or an object ({@link SideFinder}'s prepositions). */
    private final Set<String> prepositions;
    /**
     * Verbs whose subject owns the men it sends or loses ({@code sender_verbs}: "sent", "dispatched"; {@code loss_verbs}:
     * "lost", "suffered"): a name used elsewhere as a place stands for its force before one.
     */
    private final Set<String> senders;

    UnknownActors(Set<String> forceNouns, Set<String> personnel, Set<String> remnants, Set<String> roles,
            Set<String> prepositions, Set<String> senders) {
        this.senders = senders;
        this.forceNouns = forceNouns;
        this.personnel = personnel;
        this.remnants = remnants;
        this.roles = roles;
        this.prepositions = prepositions;
    }

    /** Clause joiners after which a new subject may stand: a possessive owner's force before them is not the figure's. */
    private static final List<String> NEW_SUBJECT = List.of(", and ", ", but ", " while ", " whereas ", ";", ":");

    /**
     * The nearest possessive owner before the figure in its sentence that the gazetteer does not know, when the noun
     * it owns (after at most two words in lower case) is a force or personnel noun ("Colonel Petrov's remaining force",
     * "Zhao's army", "Kolchak's remnants"), it follows neither a preposition nor a comma (an appositive renaming a noun
     * before it: "The largest unit, Ma's brigade"), and no name of a side, clause joiner or
     * other owner stands between that noun and the figure; or null.
     */
    Prose.Actor unknownOwnersForce(Prose p, int start) {
        int sentenceStart = p.sentence(p.sentenceIndex(start)).start();
        List<Prose.Actor> xs = p.actorsIn(Math.max(sentenceStart, start - Prose.WINDOW), start);
        Prose.Actor x = null;
        for (int i = xs.size() - 1; i >= 0 && x == null; i--) {
            if (xs.get(i).possessive()) {
                x = xs.get(i);
            }
        }
        if (x == null) {
            return null;
        }
        List<String> before = p.wordsBefore(x.start(), 1);
        String w = before.isEmpty() ? "" : before.get(0);
        if (prepositions.contains(w) && !w.equals("the") && !w.equals("and") || w.equals(",")) {
            return null; // "the attack on Zhao's army": an object; "The largest unit, Ma's brigade, …": it renames a noun before
        }
        String t = p.text;
        int i = x.end();
        while (i < start && t.charAt(i) != ' ') {
            i++; // past "'s"
        }
        int nounEnd = -1;
        for (int k = 0; k < 3 && nounEnd < 0 && i < start && t.charAt(i) == ' '; k++) {
            int j = Chars.letterRunEnd(t, i + 1, start);
            if (j == i + 1 || !Chars.isLowerCase(t.charAt(i + 1))) {
                return null;
            }
            String word = t.substring(i + 1, j);
            if (forceNouns.contains(word) || personnel.contains(word) || remnants.contains(word)) {
                nounEnd = j;
            }
            i = j;
        }
        if (nounEnd < 0) {
            return null;
        }
        String between = t.substring(nounEnd, start);
        for (String joiner : NEW_SUBJECT) {
            if (between.contains(joiner)) {
                return null;
            }
        }
        for (Prose.Name n : p.namesIn(nounEnd, start)) {
            if (!n.isGroup() && !n.side().side().equals("Other")) {
                return null;
            }
        }
        return x;
    }

    private static final java.util.regex.Pattern UNDER = java.util.regex.Pattern.compile(
            "^[^,;:()]{0,40}?\\b(?:under|led by|commanded by)\\s+(?:the\\s+)?$");

    /** An unknown person or force after "under", "led by" in the figure's clause ("1,000 men under Irgash Bey"), or null. */
    Prose.Actor leaderAfter(Prose p, int end, int clauseEnd) {
        for (Prose.Actor x : p.actorsIn(end, Math.min(clauseEnd, end + 60))) {
            if (UNDER.matcher(p.text.substring(end, x.start())).find() && p.namesIn(end, x.start()).isEmpty()
                    && !forceNouns.contains(SideFinder.lastWord(x.text()))) {
                return x;
            }
            return null;
        }
        return null;
    }

    /**
     * The nearest unknown name before the figure in its clause that can be its subject or owner: not after a
     * preposition or verb ("in Bukhara", "took Dushanbe"), not a finished bracket; or null.
     */
    Prose.Actor actorBefore(Prose p, int from, int to) {
        List<Prose.Actor> xs = p.actorsIn(Math.max(from, to - Prose.WINDOW), to);
        for (int i = xs.size() - 1; i >= 0; i--) {
            Prose.Actor x = xs.get(i);
            List<String> before = p.wordsBefore(x.start(), 1);
            String w = before.isEmpty() || afterNumber(p, x.start()) ? "" : before.get(0); // "In 1927 Junaid's men"
            if (prepositions.contains(w) && !(w.equals("the") && (x.possessive() || atClauseStart(p, x.start())))
                    && !(w.equals("and") && afterCommaAnd(p, x.start()))) {
                continue; // not ", and Lagonia stationed some 2,000": the subject of a new clause
            }
            if (roles.contains(w) || roles.contains(x.text().split(" ")[0].toLowerCase(Locale.ROOT))) {
                continue; // "the Soviet commander Georgy Zhukov had …": a person of a side named before
            }
            List<String> two = p.wordsBefore(x.start(), 2);
            if (two.size() == 2 && !w.isEmpty() && !w.equals("the") && Chars.isLetter(w.charAt(0))
                    && prepositions.contains(two.get(0)) && !Set.of("the", "an", "a", "and").contains(two.get(0))
                    && !PlaceNames.isMonth(Character.toUpperCase(w.charAt(0)) + w.substring(1))) { // "of 24 April Carne had"
                continue; // "over northern Korea": a place after a preposition and an adjective
            }
            if (!x.possessive() && p.article.placeUses.usesAsPlace(x.text()) && !sendsAfter(p.text, x.end(), to)
                    && !LOSSES_AFTER.matcher(p.text).region(x.end(), to).lookingAt()) { // not "Lagonian losses were put at"
                continue; // "Changchun with about 80,000 troops", "Yixian fell … 10,000 defenders": a place, no force
            }
            String gap = p.text.substring(x.end(), to);
            if (gap.contains(")") || gap.contains(",") || gap.contains(";")) {
                continue; // a finished bracket, or a list of names ("… Kurban, Baichurin and others, number of …")
            }
            return x;
        }
        return null;
    }

    /**
     * True when a sending or loss verb ({@link #senders}) follows the name at {@code end}, alone or after "had", "has" or
     * "have", before {@code to} ("Washington had sent some 400 advisers", "FAPLA lost an estimated 1,000 killed"): a
     * place that sends or loses men stands for its government or force.
     */
    private boolean sendsAfter(String text, int end, int to) {
        java.util.regex.Matcher m = SENDING.matcher(text).region(end, to);
        return m.lookingAt() && senders.contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    /** " losses", " casualties" right after a name: the losses of what it names, a force, whatever else the article uses it as. */
    private static final java.util.regex.Pattern LOSSES_AFTER = java.util.regex.Pattern.compile("\\s+(?:losses|casualties)\\b");

    private static final java.util.regex.Pattern SENDING = java.util.regex.Pattern.compile(
            "\\s+(?:(?:had|has|have)\\s+)?(\\p{L}+)\\b");

    /** True when ", and" stands right before {@code at}: a name there opens a clause of its own, as its subject. */
    private static boolean afterCommaAnd(Prose p, int at) {
        List<String> two = p.wordsBefore(at, 2);
        return two.size() == 2 && two.get(0).equals(",") && two.get(1).equals("and");
    }

    /** True when a numeral stands right before {@code at} ("In 1927 Junaid's men"). */
    private static boolean afterNumber(Prose p, int at) {
        int k = at - 1;
        while (k >= 0 && p.text.charAt(k) == ' ') {
            k--;
        }
        return k >= 0 && Character.isDigit(p.text.charAt(k));
    }

    /**
     * True when only "the" stands between a clause opening and {@code at}, or a time phrase opening the sentence
     * ("By midnight the Colombians had lost …", "On 23 March the …").
     */
    static boolean atClauseStart(Prose p, int at) {
        List<String> before = p.wordsBefore(at, 3);
        int k = before.size() - 1;
        if (k >= 0 && before.get(k).equals("the")) {
            k--;
        }
        return k < 0 || before.get(k).equals(",") || before.get(k).equals(";") || before.get(k).equals("and")
                || openingTimePhrase(p, at, before.subList(0, k + 1));
    }

    /** Prepositions that open a time phrase ("By midnight", "On 23 March", "In 1951"). */
    private static final Set<String> TIME_OPENERS = Set.of("by", "on", "in", "at", "after", "before", "until", "during");
    /** Nouns of a time of day that a time phrase may hold ("By midnight", "At dawn"). */
    private static final Set<String> TIMES_OF_DAY = Set.of("midnight", "dawn", "noon", "nightfall", "dusk", "daybreak",
            "morning", "evening", "night");

    /**
     * True when {@code words} (the words before {@code at}, without its "the") are all a time phrase that opens the
     * sentence: a preposition of {@link #TIME_OPENERS}, then one or more times of day or months (figures of the date
     * are no words); a preposition alone ("During the Second World War") opens no time phrase here.
     */
    private static boolean openingTimePhrase(Prose p, int at, List<String> words) {
        if (words.size() < 2 || !TIME_OPENERS.contains(words.get(0))) { // not "During the Second World War"
            return false;
        }
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            if (!TIMES_OF_DAY.contains(w) && !PlaceNames.isMonth(Character.toUpperCase(w.charAt(0)) + w.substring(1))) {
                return false;
            }
        }
        int i = p.sentence(p.sentenceIndex(at)).start();
        while (i < at && Character.isWhitespace(p.text.charAt(i))) {
            i++;
        }
        String opener = words.get(0);
        return p.text.regionMatches(true, i, opener, 0, opener.length()) && i + opener.length() < at
                && p.text.charAt(i + opener.length()) == ' '; // the phrase opens the sentence
    }
}
