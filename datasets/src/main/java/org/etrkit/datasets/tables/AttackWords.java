package org.etrkit.datasets.tables;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The attack verbs around a figure, for {@link SideFinder}: whether a name is the object of an attack verb of the
 * lexicon's {@code opposition_words} a few words before it ("attacked the Soviet and Mongolian"), where an attack
 * verb stands between a name and a figure ({@link #attackBetween}), skipping a passive ("were killed"), a noun
 * ("the March fighting") and a figure's own measure word ("120 killed"), and past the measure word that opens a
 * figure's words ({@link #pastMeasureWord}).
 */
final class AttackWords {

    private final Set<String> opposition;
    /** The lexicon's {@code measure_verbs}, lower case. */
    private final Set<String> measures;

    AttackWords(Set<String> opposition, Set<String> measures) {
        this.opposition = opposition;
        this.measures = measures;
    }

    /** True when the name is the object of an attack verb a few words before it ("attacked the Soviet and Mongolian"). */
    boolean isAttacked(Prose p, Prose.Name n) {
        List<String> words = p.wordsBefore(n.start(), 5);
        for (int i = words.size() - 1; i >= 0; i--) {
            String w = words.get(i);
            if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("(") || w.equals(")")) {
                return false;
            }
            if (opposition.contains(w)) {
                // "In three days of fighting the PLA landed": a gerund after a duration and "of" is a noun, no attack
                return !(w.endsWith("ing") && i >= 2 && words.get(i - 1).equals("of")
                        && DURATION_NOUNS.contains(words.get(i - 2)));
            }
        }
        return false;
    }

    /** "days", "weeks": a duration before "of" and a gerund ("three days of fighting"), which make the gerund a noun. */
    private static final java.util.Set<String> DURATION_NOUNS = java.util.Set.of("hours", "days", "nights", "weeks",
            "months", "years");

    /**
     * True when the name is the agent of a passive attack ("was attacked by the 63rd Army", "gave way under the assault
     * of the 40th Army") or of an attack noun ("held the pass against repeated assaults by a Japanese regiment"): the
     * attacker, whose side is not that of the losses the subject then suffered ("… and lost more than 1,000 men", "… and
     * 5,000 of its soldiers fled").
     */
    boolean passiveAgent(Prose p, Prose.Name n) {
        for (Prose.Name before : p.namesIn(Math.max(0, n.start() - 40), n.start())) {
            if (before.end() + 1 == n.start() && p.text.charAt(before.end()) == ' ') {
                return passiveAgent(p, before); // "the Japanese 23rd Division": the name the formation's name follows
            }
        }
        List<String> words = new java.util.ArrayList<>(p.wordsBefore(n.start(), 5));
        if (!words.isEmpty() && ARTICLES.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        int k = words.size();
        if (k >= 2 && words.get(k - 1).equals("by") && ATTACK_NOUNS.contains(words.get(k - 2))) {
            return true; // "held the pass against two attacks by a Japanese regiment … and lost 40 killed": the attacker
        }
        boolean under = k >= 3 && (words.get(k - 3).equals("under")
                || k >= 4 && words.get(k - 3).equals("the") && words.get(k - 4).equals("under"));
        if (under && AGENT_PREPOSITIONS.contains(words.get(k - 1)) && ATTACK_NOUNS.contains(words.get(k - 2))) {
            return true; // "gave way under the assault of the Chinese 40th Army": the attacker of the subject
        }
        return k >= 3 && words.get(k - 1).equals("by") && opposition.contains(words.get(k - 2))
                && PASSIVE_AUXILIARIES.contains(words.get(k - 3));
    }

    /** Nouns of an attack suffered "under" ("under the assault of", "under fire from"). */
    private static final java.util.Set<String> ATTACK_NOUNS = java.util.Set.of("attack", "attacks", "assault", "assaults",
            "onslaught", "pressure", "fire", "bombardment");
    /** " two attacks", " repeated assaults": an attack noun within three words after "against". */
    private static final java.util.regex.Pattern DEFENDED = java.util.regex.Pattern.compile(
            "(?:\\s+\\p{Ll}+){0,2}?\\s+(?:attacks?|assaults?|onslaughts?|counter-attacks?|counterattacks?)\\b");
    /** "the", "a", "an" before a name. */
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "a", "an");
    /** Prepositions that join the attacker to such a noun. */
    private static final java.util.Set<String> AGENT_PREPOSITIONS = java.util.Set.of("of", "from", "by");

    private static final java.util.Set<String> PASSIVE_AUXILIARIES = java.util.Set.of("was", "were", "been", "being",
            "is", "are");

    /** The offset of an attack verb in {@code [from, to)}, or -1. */
    /**
     * Past the measure word that opens {@code [from, to)} ("1,267 officers and men killed and 1,982 wounded": the
     * figure's own loss, no attack), else {@code from}.
     */
    int pastMeasureWord(Prose p, int from, int to) {
        int i = from;
        for (int words = 0; words < 4 && i < to; words++) { // the figure's nouns, then its measure word
            while (i < to && p.text.charAt(i) == ' ') {
                i++;
            }
            int j = Chars.letterRunEnd(p.text, i, to);
            if (j == i) {
                return from;
            }
            if (measures.contains(p.text.substring(i, j).toLowerCase(Locale.ROOT))) {
                return j;
            }
            i = j;
        }
        return from;
    }

    int attackBetween(Prose p, int from, int to) {
        int i = from;
        while (i < to) {
            if (!Chars.isLetter(p.text.charAt(i))) {
                i++;
                continue;
            }
            int j = Chars.letterRunEnd(p.text, i, to);
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
     * were killed and 3 …": the subject is the attacked, so the figures after it are the subject's), a noun after a
     * determiner ("the March fighting", "the attack"), an attack noun whose agent "by" names ("two attacks by"), or
     * "against" an attack noun ("held the pass against two attacks"), a defence.
     */
    private static boolean passiveOrNoun(Prose p, int i, String w) {
        if (ATTACK_NOUNS.contains(w) && p.text.startsWith(" by ", i + w.length())) {
            return true; // "held the pass against two attacks by a Japanese regiment": the attack is the agent's after "by"
        }
        if (w.equals("against") && DEFENDED.matcher(p.text).region(i + w.length(), Math.min(p.text.length(), i + 60)).lookingAt()) {
            return true; // "held the pass against two attacks": a defence, the subject attacked no one
        }
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
                || Chars.isUpperCase(p.text.charAt(i - 1 - last.length()))); // "the spring fighting", "the March attack"
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
        while (k >= 0 && Chars.isLetter(t.charAt(k))) {
            k--;
        }
        while (k >= 0 && t.charAt(k) == ' ') {
            k--;
        }
        return k >= 0 && Character.isDigit(t.charAt(k));
    }
}
