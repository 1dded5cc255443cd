package org.etrkit.datasets.tables;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.etrkit.datasets.extract.Quantity;

/**
 * What a troops figure measures, for {@link TroopsTable}: {@code strength}, or a measure of the lexicon
 * ({@code killed}, {@code captured}, {@code sent}, ...) read from the figure's noun, then from the words after it,
 * then from the verb before it, where a change of level ("fell from", "rose to") is a strength ({@link #measure});
 * and the measure of an infobox figure or a table cell, read from its noun or the first words after it
 * ({@link #measureAfter}).
 */
final class FigureMeasures {

    private final Lexicon lex;
    /** "fell from", "rose to": the words before a figure that make it a level, not men who fell. */
    private final Set<String> levelChanges;

    FigureMeasures(Lexicon lex) {
        this.lex = lex;
        this.levelChanges = lex.set("level_changes");
    }

    /** What the figure measures: its noun, then the words after it, then the verb before it (a level change is a strength); else strength. */
    String measure(Prose p, Quantity q) {
        String byUnit = lex.measureOf(q.unit());
        if (byUnit != null) {
            return byUnit;
        }
        String afterName = PersonnelFigures.wordAfterName(q.noun());
        if (afterName != null && !afterName.equals("lost") && lex.measureOf(afterName) != null) {
            return lex.measureOf(afterName); // "2,000 Japanese dead nevertheless": the noun ran on past its head
        }
        // the words after it up to a comma or the clause's end, skipping other figures ("and 8,000 were taken prisoner")
        String t = p.text;
        int end = Math.min(p.clauseEnd(q.end()), q.end() + 120);
        int i = q.end();
        String previous = null;
        String twoBack = null;
        for (int words = 0; i < end && words < 10; words++) {
            while (i < end && !Chars.isLetterOrDigit(t.charAt(i)) && t.charAt(i) != ',') {
                i++;
            }
            if (i >= end || t.charAt(i) == ',') {
                break;
            }
            int j = i;
            while (j < end && (Chars.isLetterOrDigit(t.charAt(j)) || t.charAt(j) == '-' || t.charAt(j) == '\'')) {
                j++;
            }
            String w = t.substring(i, j).toLowerCase(Locale.ROOT);
            i = j;
            if (Character.isDigit(w.charAt(0))) {
                previous = null;
                twoBack = null;
                continue;
            }
            if (twoBack != null) {
                String three = lex.measureOf(twoBack + " " + previous + " " + w);
                if (three != null) {
                    return three; // "lost their lives"
                }
            }
            if (previous != null) {
                String two = lex.measureOf(previous + " " + w);
                if (two != null) {
                    return two;
                }
            }
            String one = lex.measureOf(w);
            if (words == 0 && w.equals("trained") && trainsAnObject(t, j)) {
                return "strength"; // "about 40 Soviet instructors trained its 200 recruits": they train, they serve
            }
            if (one != null && !w.equals("lost") && !w.equals("losing") && !w.equals("taken")) {
                return one;
            }
            twoBack = previous;
            previous = w;
        }
        List<String> before = p.wordsBefore(q.start(), 4);
        for (int k = before.size() - 1; k >= 0; k--) {
            if (k > 0 && levelChanges.contains(before.get(k - 1) + " " + before.get(k))) {
                return "strength"; // a level that "fell from" or "rose to" a figure, not men who fell
            }
            String m = lex.measureOf(before.get(k));
            if (m != null) {
                return m;
            }
        }
        return "strength";
    }

    /** "the", "its", "their": words that open the object of an active "trained" ("trained the navy"). */
    private static final Set<String> OBJECT_OPENERS = Set.of("the", "its", "their", "his", "her",
            "a", "an", "some", "about", "local", "new");

    /**
     * True when an object follows the verb ending at {@code end} ("trained the coast guard", "trained its 200
     * recruits", "trained 300 pilots"): the figure before the verb counts those who train, not the trainees.
     */
    private static boolean trainsAnObject(String t, int end) {
        if (end + 1 >= t.length() || t.charAt(end) != ' ') {
            return false;
        }
        int k = end + 1;
        if (Character.isDigit(t.charAt(k))) {
            return true;
        }
        int j = Chars.letterRunEnd(t, k, t.length());
        return OBJECT_OPENERS.contains(t.substring(k, j).toLowerCase(Locale.ROOT));
    }

    /** The measure of an infobox figure: its noun, or the first words after it up to a comma ("8,550 captured"). */
    String measureAfter(String text, Quantity q) {
        String byUnit = lex.measureOf(q.unit());
        if (byUnit != null) {
            return byUnit;
        }
        int end = q.end();
        int stop = end;
        while (stop < text.length() && ",;(".indexOf(text.charAt(stop)) < 0) {
            stop++;
        }
        String[] words = Chars.words(text.substring(end, stop).toLowerCase(Locale.ROOT).strip());
        for (int i = 0; i < words.length && i < 3; i++) {
            if (i + 1 < words.length && lex.measureOf(words[i] + " " + words[i + 1]) != null) {
                return lex.measureOf(words[i] + " " + words[i + 1]);
            }
            if (lex.measureOf(words[i]) != null) {
                return lex.measureOf(words[i]);
            }
        }
        return null;
    }
}
