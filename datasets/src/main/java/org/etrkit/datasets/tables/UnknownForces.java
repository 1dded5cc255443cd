package org.etrkit.datasets.tables;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The forces and names around a figure that the gazetteer does not know, for {@link SideFinder}: a capitalised word
 * in the figure's noun phrase ({@link #unknownName}) or between the figure and a name after it
 * ({@link #capitalisedWordIn}); capitalised words ending in a force noun before the figure ("Northeast Democratic
 * United Army", {@link #unknownForceBefore}), unless a numbered formation's designation ("the 41st Rifle Corps");
 * a noun phrase with an unknown capitalised word before "of" and the figure ("an American military mission of some
 * 30 officers", {@link #unknownPhraseOf}); and a formation after it ("of the 9th Regiment",
 * {@link #unknownFormationAfter}).
 */
final class UnknownForces {

    private final Set<String> forceNouns;
    /** "Rifle", "Aviation": branch words of a numbered formation's designation ("41st Rifle Corps"). */
    private final Set<String> formationWords;

    UnknownForces(Lexicon lexicon) {
        this.forceNouns = lexicon.set("force_nouns");
        this.formationWords = lexicon.set("formation_words");
    }

    /** True when a capitalised word (not at a sentence start) stands in {@code t[from, to)}. */
    static boolean capitalisedWordIn(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Chars.isUpperCase(t.charAt(i)) && (i == 0 || !Chars.isLetterOrDigit(t.charAt(i - 1)))
                    && !atSentenceStart(t, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Northeast Democratic United Army", "the US Navy": capitalised words ending in a force noun before the
     * figure in its clause that no gazetteer name covers, or null.
     */
    String unknownForceBefore(Prose p, int from, int to) {
        String t = p.text;
        int i = Math.max(from, to - Prose.WINDOW);
        String found = null;
        while (i < to) {
            if (!Chars.isUpperCase(t.charAt(i)) || i > 0 && Chars.isLetterOrDigit(t.charAt(i - 1))) {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            String last = null;
            while (end < to && Chars.isUpperCase(t.charAt(end))) { // a run of capitalised words
                int we = end;
                while (we < to && (Chars.isLetter(t.charAt(we)) || t.charAt(we) == '-' || t.charAt(we) == '\'')) {
                    we++;
                }
                last = t.substring(end, we);
                if (we + 1 < to && t.charAt(we) == ' ' && Chars.isUpperCase(t.charAt(we + 1))) {
                    end = we + 1;
                } else {
                    end = we;
                    break;
                }
            }
            boolean opening = atSentenceStart(t, start);
            if (opening && t.startsWith("The ", start) && end > start + 4) {
                start += 4; // "The Communist-led Northeast Anti-Japanese United Army, which …"
                opening = false;
            }
            if (last != null && forceNouns.contains(Once.POSSESSIVE_S.matcher(last.toLowerCase(Locale.ROOT)).replaceAll(""))
                    && end > start && p.namesIn(start, end).isEmpty() && !opening && !numberedFormation(t, start, end)) {
                found = Once.POSSESSIVE_S.matcher(t.substring(start, end)).replaceAll("");
            } else if (last != null && end > start && !opening && p.namesIn(start, end).isEmpty() && !last.endsWith("'s")
                    && !last.endsWith("’s") && !ORDINAL_BEFORE.matcher(t).region(Math.max(0, start - 8), start).find()
                    && !PREPOSITION_BEFORE.matcher(t).region(Math.max(0, start - 16), start).find()) {
                String noun = forceNounAfter(t, end, to); // "the South African force": a people's adjective, then a force noun
                if (noun != null) {
                    found = t.substring(start, end) + " " + noun;
                }
            }
            i = Math.max(end, i + 1);
        }
        return found;
    }

    /**
     * The force noun of the lexicon's {@code force_nouns}, in lower case, that follows {@code t[.., end)} after one
     * space and ends before {@code to} ("South African force"); or null.
     */
    private String forceNounAfter(String t, int end, int to) {
        if (end + 1 >= to || t.charAt(end) != ' ' || !Chars.isLowerCase(t.charAt(end + 1))) {
            return null;
        }
        int we = Chars.letterRunEnd(t, end + 1, to);
        String word = t.substring(end + 1, we);
        return forceNouns.contains(word) ? word : null;
    }

    /**
     * "an American military mission of some 30 officers", "a Rhodesian commando party of about 30 men": the noun
     * phrase right before "of" and the figure (with its hedge word), from its article "a", "an" or "the", when it
     * holds a capitalised word the gazetteer does not know and ends in a common noun, or in a numbered formation after
     * that word ("the Ruritanian 9th Division of about 8,000 men"); else null.
     */
    static String unknownPhraseOf(Prose p, int clauseStart, int start) {
        String before = p.text.substring(Math.max(clauseStart, start - 90), start);
        int base = start - before.length();
        int of = before.lastIndexOf(" of ");
        if (of < 0 || !BackReferences.QUALIFIER_ALONE.matcher(before.substring(of + 4).strip()).matches()) {
            return null;
        }
        String[] words = Chars.words(before.substring(0, of));
        int det = -1;
        for (int i = words.length - 2; i >= 0 && i >= words.length - 7; i--) {
            String w = words[i];
            if (w.equals("a") || w.equals("an") || w.equals("the")) {
                det = i;
                break;
            }
        }
        if (det < 0) {
            return null;
        }
        boolean capitalised = false;
        // "the Ruritanian 9th Division of about 8,000": an unknown adjective, then a numbered formation
        boolean numbered = words.length - det >= 4 && ORDINAL_WORD.matcher(words[words.length - 2]).matches()
                && Chars.isUpperCase(words[words.length - 1].charAt(0));
        for (int i = det + 1; i < words.length; i++) {
            String w = words[i];
            if (numbered && i == words.length - 2) {
                continue;
            }
            if (w.isEmpty() || !Chars.isLetter(w.charAt(0))) {
                return null;
            }
            capitalised |= Chars.isUpperCase(w.charAt(0)) && !(numbered && i == words.length - 1);
        }
        String last = words[words.length - 1];
        if (!capitalised || Chars.isUpperCase(last.charAt(0)) && !numbered) {
            return null;
        }
        int phraseStart = before.lastIndexOf(words[det] + " " + words[det + 1], of);
        if (phraseStart < 0 || !p.namesIn(base + phraseStart, base + of).isEmpty()) {
            return null;
        }
        return before.substring(phraseStart + words[det].length() + 1, of);
    }

    /** "on the Finnish front", "against the Rhodesian army": a force noun after a preposition is a place or an object. */
    private static final java.util.regex.Pattern PREPOSITION_BEFORE = java.util.regex.Pattern.compile(
            "\\b(?:on|in|at|to|into|against|with|from|of|toward|towards|near|through|across|along|behind)\\s+(?:the\\s+)?$");

    /** "9th", "163rd": an ordinal numeral as a word. */
    private static final java.util.regex.Pattern ORDINAL_WORD = java.util.regex.Pattern.compile("\\d+(?:st|nd|rd|th)");

    private static final java.util.regex.Pattern ORDINAL_BEFORE = java.util.regex.Pattern.compile("\\d+(?:st|nd|rd|th) $");

    /**
     * True when {@code t[start, end)} is a numbered formation's designation, an ordinal and only force and
     * branch words ("the 39th Army", "the 41st Rifle Corps"): it names no force of its own, the text around
     * it gives the side.
     */
    private boolean numberedFormation(String t, int start, int end) {
        if (!ORDINAL_BEFORE.matcher(t).region(Math.max(0, start - 8), start).find()) {
            return false;
        }
        for (String w : t.substring(start, end).toLowerCase(Locale.ROOT).split(" ")) {
            if (!forceNouns.contains(w) && !formationWords.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern FORMATION_AFTER = java.util.regex.Pattern.compile(
            "^\\s+(?:of|from) (?:the )?((?:(?:\\d+(?:st|nd|rd|th)|\\p{Lu}[\\p{L}'’-]*) )+)(\\p{L}+)");

    /** "of the 9th Regiment" after a figure: an ordinal or capitalised formation no name of the gazetteer covers, or null. */
    String unknownFormationAfter(Prose p, int end) {
        java.util.regex.Matcher m = FORMATION_AFTER.matcher(p.text).region(end, Math.min(p.text.length(), end + 80));
        if (!m.lookingAt() || !forceNouns.contains(m.group(2).toLowerCase(Locale.ROOT))
                || !p.namesIn(m.start(1), m.end(2)).isEmpty()) {
            return null;
        }
        return m.group(1) + m.group(2);
    }

    /** A capitalised word in the figure's noun phrase that is neither a known name nor an ethnic group, or null. */
    static String unknownName(Prose p, int start, int end, List<Prose.Name> known) {
        int i = start;
        String t = p.text;
        // skip the figure itself: the noun phrase starts after the last digit or number word
        while (i < end) {
            int ws = i;
            while (ws < end && !Chars.isLetter(t.charAt(ws))) {
                ws++;
            }
            int we = ws;
            while (we < end && (Chars.isLetter(t.charAt(we)) || t.charAt(we) == '-' || t.charAt(we) == '\'')) {
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
            if (!covered && Chars.isUpperCase(t.charAt(ws)) && ws > start && !atSentenceStart(t, ws)) {
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

    /** Regular expressions compiled once, which String.matches, replaceAll and split compiled at every call. */
    private static final class Once {
        static final java.util.regex.Pattern POSSESSIVE_S = java.util.regex.Pattern.compile("'s$");
    }
}
