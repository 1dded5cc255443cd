package org.etrkit.datasets.tables;

import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.tables.DemographicsTable.Row;

/**
 * Whether a bare figure is the next item of a list of counts its sentence began, with only lower-case words, years
 * and "that of 1969" between ("83,629 in 1982, 172,932 in 1990"; "…, that of 1969 2,068,155"), and so counts what
 * the list's first count counts. Moved unchanged out of {@link PopulationStatements}.
 */
final class ListedCounts {

    private ListedCounts() {
    }

    /** The gap after a dated item of a list of counts: "83,629 in 1982, 172,932 in 1990". */
    private static final Pattern DATED_LIST_GAP = Pattern.compile("%?\\)?,?\\s+(?:and )?in \\d{4}\\s*,\\s*");
    /** The gap before a count listed by the year of its survey: ", that of 1969 ", " and that of 1979 ". */
    private static final Pattern THAT_OF_GAP = Pattern.compile("[\\s,]*(?:and\\s+)?(?:that|those) of \\d{4},?\\s+");
    private static final Pattern LIST_GAP = Pattern.compile(
        "%?\\)?[\\s\\p{Ll}\\d,–-]*\\b(?:and|or|to|against|versus|compared with|up from|down from)\\b[\\s\\p{Ll}\\d,–-]*");

    /** A bare figure listed after a count of its sentence with only lower-case words and dates between. */
    static boolean continuesCount(Prose p, Quantity q, Row last, int lastEnd) {
        return last != null && last.population() != null && q.unit().isEmpty() && lastEnd >= 0 && lastEnd <= q.start()
                && q.start() - lastEnd < 60 && p.sentenceIndex(lastEnd - 1) == p.sentenceIndex(q.start())
                && (LIST_GAP.matcher(p.text.substring(lastEnd, q.start())).matches()
                    || DATED_LIST_GAP.matcher(p.text.substring(lastEnd, q.start())).matches()
                    || THAT_OF_GAP.matcher(p.text.substring(lastEnd, q.start())).matches()); // "…, that of 1969 2,068,155"
    }
}
