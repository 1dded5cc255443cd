package org.etrkit.datasets.tables;

import java.util.Locale;
import java.util.Set;

/**
 * Step 4a'' of {@link SideFinder}: a bare figure whose clause counts the losses among irregulars that no name of a side
 * marks (", while the dead among the rebels were put at about 800", "the losses of the insurgents came to 300") is
 * {@code Other}, not the force of a name in an earlier sentence.
 */
final class LossesAmongIrregulars {

    private LossesAmongIrregulars() {
    }

    /** "the dead among the rebels", "losses of the insurgents": a noun of losses, "among" or "of", "the", a noun. */
    private static final java.util.regex.Pattern LOSSES_AMONG = java.util.regex.Pattern.compile(
            "\\b(?:dead|losses|casualties|killed|wounded)\\s+(?:among|of)\\s+the\\s+(\\p{Ll}+)\\b");

    /** The reading of a bare figure after losses among irregulars ({@code irregular_nouns}) in its clause; or null. */
    static SideFinder.Reading reading(Prose p, int clauseStart, int start, String unit, Set<String> irregular) {
        if (unit != null && !unit.isEmpty() || clauseStart >= start) {
            return null;
        }
        java.util.regex.Matcher m = LOSSES_AMONG.matcher(p.text).region(clauseStart, start);
        while (m.find()) {
            String noun = m.group(1).toLowerCase(Locale.ROOT);
            if (irregular.contains(noun) && p.namesIn(m.start(), start).isEmpty() && p.actorsIn(m.start(), start).isEmpty()) {
                return new SideFinder.Reading("Other", noun, "losses among '" + noun + "' that no name of a side marks,"
                        + " counted by the figure");
            }
        }
        return null;
    }
}
