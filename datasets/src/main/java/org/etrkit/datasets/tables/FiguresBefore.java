package org.etrkit.datasets.tables;

import java.time.LocalDate;
import java.util.List;

import org.etrkit.datasets.tables.SideFinder.Reading;

/**
 * Steps 0-0c of {@link SideFinder#find}: a figure that refers back to a figure of people before it in its paragraph
 * ("this number", "of the 153 dead", "2,000 of them", "a further 9"), is set against a side's figure before it ("while
 * the attackers lost 24,000") or counts men who went over to a side (the side they left).
 */
final class FiguresBefore {

    /** Figures that refer back to an earlier one ({@link BackReferences}). */
    private final BackReferences backReferences;
    /** The phrases that put a figure on the other side ({@link OpposingPhrases}). */
    private final OpposingPhrases opposing;

    FiguresBefore(BackReferences backReferences, OpposingPhrases opposing) {
        this.backReferences = backReferences;
        this.opposing = opposing;
    }

    /**
     * Step 0' of {@link SideFinder#find}: a figure of two digits or more after "the" ("of the 153 dead") that a figure before it in
     * its paragraph wrote alike ("lost 153 killed") is that figure again: its side; or null.
     */
    private static Reading sameFigureBefore(Prose p, int start, int end, List<Reading> earlier) {
        List<String> before = p.wordsBefore(start, 1);
        if (earlier.isEmpty() || before.isEmpty() || !before.get(0).equals("the")) {
            return null;
        }
        String digits = digitsOf(p.text, start, end);
        if (digits.length() < 2) {
            return null;
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Reading r = earlier.get(i);
            if (r.start() >= 0 && r.end() <= start && digits.equals(digitsOf(p.text, r.start(), r.end()))) {
                return new Reading(r.side(), r.force(), "the same figure given before in its paragraph ('the "
                        + p.text.substring(start, end) + "')");
            }
        }
        return null;
    }

    /** " of the 120": "of the" and a figure in digits right after a figure. */
    private static final java.util.regex.Pattern OF_THE_FIGURE = java.util.regex.Pattern.compile(
            "^ of the ([0-9][0-9,]*[0-9]|[0-9]{2,})\\b(?! ?%| per)");

    /**
     * Step 0'' of {@link SideFinder#find}: "set off with 120 men … only 31 of the 120 were still aboard": a figure right
     * before "of the" and a figure of two digits or more that a figure before it in its paragraph wrote alike is a part of
     * those men: their side; or null.
     */
    private static Reading partOfSameFigureAfter(Prose p, int end, List<Reading> earlier) {
        java.util.regex.Matcher m = OF_THE_FIGURE.matcher(p.after(end, 30));
        if (earlier.isEmpty() || !m.find()) {
            return null;
        }
        String digits = digitsOf(m.group(1), 0, m.group(1).length());
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Reading r = earlier.get(i);
            if (r.start() >= 0 && r.end() <= end && digits.equals(digitsOf(p.text, r.start(), r.end()))) {
                return new Reading(r.side(), r.force(), "a part of the men the figure after it counts again ('of the "
                        + m.group(1) + "')");
            }
        }
        return null;
    }

    /** The digits of {@code text[from, to)}, in order ("1,419" is "1419"). */
    private static String digitsOf(String text, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int k = Math.max(0, from); k < Math.min(text.length(), to); k++) {
            if (Character.isDigit(text.charAt(k))) {
                out.append(text.charAt(k));
            }
        }
        return out.toString();
    }

    /**
     * Steps 0-0c of {@link SideFinder#find}: the figure before it ("this number", "2,000 of them", "a further 9"), the other
     * side than a figure it is set against ("while the attackers lost 24,000"), or the side men left who went over to
     * the side named after them; or null.
     */
    Reading figureBefore(Prose p, int start, int end, String unit, LocalDate date, List<Reading> earlier) {
        Reading previous = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
        // 0. "this number was reduced to 11,000": the figure before it
        if (previous != null && backReferences.refersBack(p, start)) {
            return new Reading(previous.side(), previous.force(), "the figure before it ('this number')");
        }
        // 0'. "lost 153 killed …; of the 153 dead, 61 were British": the same figure after "the" is the one given before
        Reading same = sameFigureBefore(p, start, end, earlier);
        if (same != null) {
            return same;
        }
        // 0''. "only 31 of the 120 were still aboard": a part of the men the figure after it counts again
        Reading whole = partOfSameFigureAfter(p, end, earlier);
        if (whole != null) {
            return whole;
        }
        // 0a. "while the attackers lost 24,000", "and their own as 69,000", "some 600 wounded of its own": a figure set
        // against a side's figure before it in its sentence is the other side's
        Reading contrasted = opposing.contrasted(p, start, end, date, earlier);
        if (contrasted != null) {
            return contrasted;
        }
        // 0b. "3,665 Soviet servicemen …, more than 2,000 of them pilots", "of whom 17,000 served", "a further 9
        // went missing", "40 rebels were killed and roughly 300 surrendered": a part of the figure before it
        Reading part = backReferences.partOfEarlier(p, start, end, unit, earlier);
        if (part != null) {
            return part;
        }
        // 0c. "led some 23,000 men ... over to the PLA", "brought 5,500 of his men across to the Communist lines": men
        // who went over to a side are the other combatant's, the side they left
        boolean namedInNoun = false; // "1,800 collaborationist soldiers who went over": the noun phrase names their side
        for (Prose.Name n : p.namesIn(start, end)) {
            namedInNoun |= !n.isGroup();
        }
        Reading left0 = namedInNoun ? null : opposing.sideLeft(p, end, date);
        if (left0 != null) {
            return left0;
        }
        return null;
    }}
