package org.etrkit.datasets.tables;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;

/**
 * Figures of what a given plant, mine or fishery makes or holds, which a clause of giving also counts but nobody gave:
 * a weight after an output noun of its sentence with no verb of giving between them ("aiming to raise output from 300,000
 * tonnes to 1.2 million tonnes a year", "output in 1966 was only 30,000 tonnes", "the mine's output, planned at 3.5
 * million tonnes a year"), and what a thing built is built for ("built a cold store for 2,000 tonnes of meat").
 */
final class OutputFigures {

    /** Units of weight (lexicon {@code weight_units}) and of volume a plant's output is counted in. */
    private final Set<String> madeUnits;

    OutputFigures(Lexicon lex) {
        Set<String> units = new HashSet<>(lex.set("weight_units"));
        units.addAll(OTHER_MADE_UNITS);
        this.madeUnits = Set.copyOf(units);
    }

    /** "output", "production", "catches", "harvest": nouns of what is made, whose figures are no gift. */
    private static final Pattern OUTPUT = Pattern.compile("\\b(?:[Oo]utput|[Pp]roduction|[Cc]atch(?:es)?|[Hh]arvests?)\\b");

    /** Units a plant's output is counted in besides those of {@code weight_units}. */
    private static final Set<String> OTHER_MADE_UNITS = Set.of("barrels", "kilograms", "litres", "liters",
            "cubic metres", "cubic meters");

    /**
     * "built a cold store for ", "constructed an elevator for some ": a thing built and what it is built to hold; the
     * hedge before the figure is one of {@link Hedges#WORD} or "up to".
     */
    private static final Pattern BUILT_FOR = Pattern.compile("\\b(?:built|constructed|erected)\\s+(?:a|an|the)\\s+"
            + "(?:[\\p{L}-]+\\s+){1,3}?for\\s+(?:(?:" + Hedges.WORD + "|up to)\\s+)?$");

    /** How far before a figure an output noun may stand. */
    private static final int REACH = 80;

    /**
     * True when {@code q} counts what a thing built holds, or is a weight after an output noun of its sentence, past
     * {@code sentenceStart}, with no transfer of {@code transfers} between the noun and the figure and no semicolon.
     */
    boolean madeOrHeld(String text, int sentenceStart, Quantity q, List<TransferWords.Transfer> transfers) {
        if (BUILT_FOR.matcher(text).region(Math.max(sentenceStart, q.start() - 60), q.start()).find()) {
            return true;
        }
        if (!madeUnits.contains(q.unit().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int from = Math.max(sentenceStart, q.start() - REACH);
        int semicolon = text.lastIndexOf(';', q.start());
        from = Math.max(from, semicolon + 1);
        var m = OUTPUT.matcher(text).region(from, q.start());
        int noun = -1;
        while (m.find()) {
            noun = m.end();
        }
        if (noun < 0) {
            return false;
        }
        for (TransferWords.Transfer t : transfers) {
            if (t.start() >= noun && t.start() < q.start()) {
                return false; // "to raise production, the USSR supplied 300,000 tonnes of oil": given all the same
            }
        }
        return true;
    }
}
