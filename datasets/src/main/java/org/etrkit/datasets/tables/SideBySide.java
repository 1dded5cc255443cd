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
                && Chars.indexIn(p.text, ";", Math.min(q.start(), last.place().offset()), // no semicolon between them
                        Math.max(q.start(), last.place().offset()) + 1) < 0;
    }

    /**
     * The index in {@code rows} of the count, read earlier in the share's sentence, of the same group in the same urban
     * or rural part of a place in the same year, without a share of its own ("of whom some 9,000 lived in towns and
     * 18,000 in villages; Greeks then made up 2% of the urban population": the urban count and its share are one
     * row); or -1.
     */
    static int partCountOf(java.util.List<Row> rows, String group, String region, Integer year, Prose p, Quantity q) {
        return countOf(rows, group, region, year, p, q, true);
    }

    /**
     * The index in {@code rows} of the whole count a share of the state's people is of, read earlier in the share's
     * sentence, of the same group and year, in the state under any of its names, without a share of its own, past the
     * counts of its parts ("Of the
     * 41,200 Greeks counted in 1989, 30,100 lived in villages and 11,100 in towns, and they formed 2.5 per cent of the
     * republic's people": 41,200 and 2.5 are one row); or -1.
     */
    static int wholeCountOf(java.util.List<Row> rows, String group, String region, Integer year, Prose p, Quantity q) {
        return region.endsWith(")") ? -1 : countOf(rows, group, region, year, p, q, false);
    }

    private static int countOf(java.util.List<Row> rows, String group, String region, Integer year, Prose p, Quantity q,
                               boolean part) {
        if (part && !region.endsWith(")")) {
            return -1;
        }
        int si = p.sentenceIndex(q.start());
        for (int i = rows.size() - 1; i >= 0; i--) {
            Row r = rows.get(i);
            if (r.line() != p.block.at().line() || r.place().offset() >= q.start() || p.sentenceIndex(r.place().offset()) != si) {
                return -1;
            }
            // the state's count under its name of the time ("Norland SSR" for the share's "Norland"), never a part's
            boolean place = part ? r.region().equals(region) : !r.region().endsWith(")");
            if (r.population() != null && r.share() == null && r.group().equals(group) && place
                    && java.util.Objects.equals(r.year(), year)) {
                return i;
            }
        }
        return -1;
    }
}
