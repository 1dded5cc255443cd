package org.etrkit.datasets.tables;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.tables.SideFinder.Reading;

/**
 * Step 1'''' of {@link SideFinder#find}, for {@link FigureOwners}: "The fighting cost the 12th Lancer Regiment 45 killed",
 * "a fight that cost the battalion and the Belgians about 130 killed and wounded": the losses a verb "cost" counts are
 * those of its first object, the noun phrase between the verb and the figure. Only the first figure after the verb is
 * read (a later one, "and the Chinese an estimated 700 dead", names its own object, which the nearest name finds; a
 * bare one listed after it follows it): a name of a side in the object, else a people or a force the gazetteer does not
 * know there ({@code Other}); null when the object names nothing ("cost the regiment 40 killed") or is "of" ("at a cost
 * of", read by {@link OpposingPhrases}).
 */
final class CostObjects {

    /** The force a name stands for, and the reading a figure takes from a name ({@link ForceNames}). */
    private final ForceNames forces;

    CostObjects(ForceNames forces) {
        this.forces = forces;
    }

    /** "cost", "costing", "costs" as a verb: the word before the object. */
    private static final Pattern COST = Pattern.compile("\\bcost(?:s|ing)? ");

    /** What may not stand in the object: a figure, a clause break, or "of" opening it ("a cost of"). */
    private static final Pattern NO_OBJECT = Pattern.compile(
            "[,;:()]|\\b[0-9]+\\b|^of\\b|^(?:him|her|them|it|us|me)\\b");

    /** The side of the figure at {@code start} as the first object of "cost" before it, or null. */
    Reading objectOfCost(Prose p, int start, LocalDate date) {
        int sentenceStart = p.sentence(p.sentenceIndex(start)).start();
        Matcher m = COST.matcher(p.text).region(Math.max(sentenceStart, start - 100), start);
        int from = -1;
        while (m.find()) {
            from = m.end();
        }
        if (from < 0) {
            return null;
        }
        if (NO_OBJECT.matcher(p.text.substring(from, start)).find()) {
            return laterObject(p, from, start, date);
        }
        List<Prose.Name> names = p.namesIn(from, start);
        Prose.Name chosen = null;
        for (Prose.Name n : names) {
            if (!n.isGroup() && !n.side().side().equals("Other")) {
                chosen = n; // "the battalion and the Ruritanians": a name of a side before a people or unknown force
                break;
            }
        }
        if (chosen != null) {
            return forces.reading(p, chosen, date, "the object of 'cost' before the figure ('" + chosen.text() + "')");
        }
        for (Prose.Name n : names) {
            return n.isGroup() ? new Reading("Other", n.text(), "a people the cost before the figure fell on ('"
                    + n.text() + "')") : forces.reading(p, n, date, "the object of 'cost' before the figure ('" + n.text() + "')");
        }
        List<Prose.Actor> unknown = p.actorsIn(from, start);
        if (!unknown.isEmpty() || ORDINAL.matcher(p.text.substring(from, start)).find()) {
            String what = unknown.isEmpty() ? p.text.substring(from, start).strip() : unknown.get(0).text();
            return new Reading("Other", what, "a force the gazetteer does not know, the object of 'cost' before the figure");
        }
        return null;
    }

    /**
     * "cost the battalion about 130 killed and wounded and the Chinese an estimated 700 dead": a later figure of the same
     * verb, after " and ", takes a name of a side the words between " and " and it name; or null.
     */
    private Reading laterObject(Prose p, int from, int start, LocalDate date) {
        int and = p.text.lastIndexOf(" and ", start);
        if (and < from || NO_OBJECT.matcher(p.text.substring(and + 5, start)).find()
                || !FIGURE.matcher(p.text.substring(from, and)).find()) {
            return null;
        }
        for (Prose.Name n : p.namesIn(and + 5, start)) {
            if (!n.isGroup() && !n.side().side().equals("Other")) {
                return forces.reading(p, n, date, "the later object of 'cost' before the figure ('" + n.text() + "')");
            }
        }
        return null;
    }

    /** A figure in digits. */
    private static final Pattern FIGURE = Pattern.compile("\\b[0-9][0-9,]*\\b");

    /** "the 45th Division": a numbered formation, which the gazetteer does not know when no name was found. */
    private static final Pattern ORDINAL = Pattern.compile("\\b[0-9]+(?:st|nd|rd|th) [A-Z]");
}
