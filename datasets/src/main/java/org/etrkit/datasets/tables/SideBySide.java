package org.etrkit.datasets.tables;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.tables.DemographicsTable.Row;

/**
 * Whether a figure and the row read before it are one population's count and share, side by side in one sentence
 * ("Kazakhs 492,000 (10.1%)"), for {@link PopulationStatements} (moved out of it to keep it under ~900 lines).
 */
final class SideBySide {

    private SideBySide() {
    }

    /** A count and a share of the same group side by side ("Kazakhs 492,000 (10.1%)") make one row. */
    static boolean mergesWith(Row last, String group, String region, Integer year, Long population,
                              Double share, Prose p, Quantity q) {
        if (!last.group().equals(group) || !last.region().equals(region)
                || !java.util.Objects.equals(last.year(), year)) {
            return false;
        }
        if (population != null && last.population() != null || share != null && last.share() != null) {
            return false;
        }
        int gap = q.start() - last.place().offset();
        return last.line() == p.block.at().line() && gap >= 0 && gap < 120
                && p.sentenceIndex(q.start()) == p.sentenceIndex(last.place().offset())
                && p.text.indexOf(';', Math.min(q.start(), last.place().offset())) < 0
                || p.text.indexOf(';', Math.min(q.start(), last.place().offset())) > Math.max(q.start(),
                        last.place().offset()) && last.line() == p.block.at().line() && gap >= 0 && gap < 120
                && p.sentenceIndex(q.start()) == p.sentenceIndex(last.place().offset());
    }
}
