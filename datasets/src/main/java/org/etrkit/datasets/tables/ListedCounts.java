package org.etrkit.datasets.tables;

import java.util.List;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;
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

    /** A sentence that opens with an existential clause before its bare figure: "By 1970 there were about". */
    private static final Pattern THERE_OPENING = Pattern.compile(
            "\\s*(?:(?:By|In) \\d{4},? )?there (?:were|was) (?:" + Hedges.WORD + " )?");

    /**
     * The row of the one people the sentence before counted, which a bare figure of a sentence opening "By 1970 there
     * were" goes on counting ("… counted 41,200 Greeks in the republic, 1.2% of its 3,400,000 inhabitants. By 1970 there
     * were 52,300"): the people's count, not the whole of its share; or null when that sentence counted no people or
     * more than one.
     */
    static Row thereWereAfter(Prose p, Quantity q, int si, List<Row> rows) {
        Sentence s = p.sentence(si);
        if (si == 0 || !q.unit().isEmpty() || !THERE_OPENING.matcher(p.text).region(s.start(), q.start()).matches()) {
            return null;
        }
        Row counted = null;
        for (int i = rows.size() - 1; i >= 0; i--) {
            Row r = rows.get(i);
            if (r.line() != p.block.at().line() || r.place().offset() >= s.start() || p.sentenceIndex(r.place().offset()) != si - 1) {
                break;
            }
            if (r.group().equals("All") || r.population() == null) {
                continue;
            }
            if (r.group().equals(DemographicsTable.REMAINDER) || counted != null && !counted.group().equals(r.group())) {
                return null;
            }
            counted = r;
        }
        return counted;
    }
}
