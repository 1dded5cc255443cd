package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.DemographicsTable.REMAINDER;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;
import org.etrkit.datasets.tables.DemographicsTable.Row;

/**
 * The group of a bare share, one that names no group of its own, taken from the row read just before it: "the share"
 * as its subject ("…, of whom 9,800 were Poles; in Lowtown the share reached 83%"), a place and a share listed after
 * such a share ("…, and in Hightown 82%"), or a joined clause that leaves out its subject and verb ("…, but only 14.2
 * per cent in 1989"). Moved unchanged out of {@link PopulationStatements}.
 */
final class BareShares {

    private BareShares() {
    }

    /** "the share" as the subject of the share right after: "in Lowtown the share reached", "the proportion was about". */
    private static final Pattern BARE_SHARE_SUBJECT = Pattern.compile("(?:^|[,;]\\s|\\bin (?:the )?(?:\\p{L}+ ){0,4})(?-i:[Tt]he) (?:share|proportion|percentage)"
            + " (?:was|is|reached|stood at|rose to|fell to|came to)(?: (?:about|some|around|roughly|nearly|over|almost|just))?\\s*$");

    /** A joined clause that is a bare share, its subject and verb left out: ", but only " 14.2 per cent. */
    private static final Pattern JOINED_BARE_SHARE = Pattern.compile(
            "(?:(?:,|;) (?:but |and |while )?| but )(?:(?:only|just|still|about|some|roughly|nearly|almost|over) )?$");

    /** A share's own part of a population right after it: " of the rural population" of "only 10% of the rural population". */
    private static final Pattern OWN_PART_AFTER = Pattern.compile("(?:\\s*per ?cent)?\\s+of the (?:urban|rural) population\\b");

    /** A share's own year right after it: " in 1989" of "14.2 per cent in 1989". */
    private static final Pattern OWN_YEAR_AFTER = Pattern.compile("(?:\\s*per ?cent)?\\s+(?:in|by) \\d{4}\\b");

    /** A place listed between two shares: "%, and in Hightown ", "% of the population in 2011, and in Tosk District, at roughly ". */
    private static final Pattern SHARE_LIST_GAP = Pattern.compile("%?(?: of (?:the|its|their) (?:population|inhabitants|residents))?"
            + "(?: in \\d{4})?,? (?:and )?in (?:the )?(?-i:\\p{Lu})[\\p{L}'’-]+(?: (?-i:\\p{Lu})[\\p{L}'’-]+)?,? (?:at )?(?:(?:about|some|around|roughly|nearly|over|almost|just) )?");

    /**
     * The words between two shares of one people, each of a part of the population, joined: "% of the country's rural
     * population but only ", "% of the urban and ", "% of its urban population, against ".
     */
    private static final Pattern SHARES_OF_PARTS_GAP = Pattern.compile("%?(?: ?per ?cent)? of (?:the |its |their )?"
            + "(?:[\\p{L}'’-]+['’]s )?(?-i:\\p{Ll}+)(?: (?:population|inhabitants|residents))?,? (?:and|but|while|whereas|against)"
            + " (?:(?:only|just|about|some|around|roughly|nearly|over|almost) )?");

    /**
     * The group of the last row, read in this sentence or the one before, for a share said of no group: "the share"
     * as its subject ("…, of whom 9,800 were Poles; in Lowtown the share reached 83%"), a place and a share listed
     * after such a share ("…, and in Hightown 82%"), or a share of another urban or rural part joined to such a share
     * ("they made up 4.7% of the country's rural population but only 2.3% of its urban population"); or null.
     */
    static String shareOfGroupBefore(Prose p, Quantity q, int si, List<Row> rows, Quantity priorShare) {
        String respective = figuresWereGroup(p, q, si, rows);
        if (respective != null) {
            return respective; // "…, 47.3% were Greeks and 36.5% Turks; in Westburg the figures were 51.3% and 20.0%"
        }
        Row before = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        if (before == null || before.group().equals("All") || before.group().equals(REMAINDER)
                || before.line() != p.block.at().line() || si - p.sentenceIndex(before.place().offset()) > 1) {
            return null;
        }
        if (BARE_SHARE_SUBJECT.matcher(p.before(q.start(), 60)).find()) {
            return before.group();
        }
        boolean listed = priorShare != null && priorShare.unit().equalsIgnoreCase("percent")
                && p.sentenceIndex(priorShare.start()) == si && priorShare.end() <= q.start()
                && (SHARE_LIST_GAP.matcher(p.text).region(priorShare.end(), q.start()).matches()
                    || SHARES_OF_PARTS_GAP.matcher(p.text).region(priorShare.end(), q.start()).matches()
                        && StatementPlaces.PART_OF_PLACE.matcher(p.after(q.end(), 60)).lookingAt()); // "… of its urban population"
        return listed ? before.group() : null;
    }

    /** "the figures were" and the shares of its list before a share: "in Westburg the figures were 51.3% and ". */
    private static final Pattern FIGURES_WERE = Pattern.compile("\\b(?-i:the) (?:figures|shares) (?:were|are) "
            + "((?:(?:" + Hedges.WORD + " )?[\\d.]+ ?(?:%|per ?cent)(?:, | and |, and ))*)(?:" + Hedges.WORD + " )?$");

    /** A share in a list of shares. */
    private static final Pattern SHARE = Pattern.compile("[\\d.]+ ?(?:%|per ?cent)");

    /**
     * For the n-th share after "the figures were" ("in Westburg the figures were 51.3% and 20.0%"), the group of the
     * n-th of the shares of different groups read last before it in its sentence ("Of Ostburg's 91,000 inhabitants,
     * 47.3% were Greeks and 36.5% Turks;"), each figure its group in order; or null.
     */
    static String figuresWereGroup(Prose p, Quantity q, int si, List<Row> rows) {
        Sentence s = p.sentence(si);
        Matcher m = FIGURES_WERE.matcher(p.text).region(Math.max(s.start(), q.start() - 80), q.start());
        if (!m.find()) {
            return null;
        }
        int n = 0;
        for (Matcher share = SHARE.matcher(m.group(1)); share.find(); ) {
            n++;
        }
        int end = rows.size(); // the shares read last before "the figures", each of another group
        while (end > 0 && rows.get(end - 1).line() == p.block.at().line() && rows.get(end - 1).place().offset() >= m.start()) {
            end--; // the shares of the list read before this one
        }
        int start = end;
        while (start > 0) {
            Row r = rows.get(start - 1);
            if (r.line() != p.block.at().line() || p.sentenceIndex(r.place().offset()) != si || r.place().offset() >= m.start()
                    || r.share() == null || r.group().equals("All") || r.group().equals(REMAINDER)) {
                break;
            }
            start--;
        }
        return end - start >= 2 && n < end - start ? rows.get(start + n).group() : null;
    }

    /**
     * The group of the last row, a share of this sentence, for a share in a joined clause that leaves out its subject
     * and verb and gives its own year ("made up 41.3 per cent … in 1926, with 20,400 people, but only 14.2 per cent in
     * 1989") or its own part of the population ("were 42% of the urban population but only 10% of the rural
     * population"); or null.
     */
    static String joinedBareShareGroup(Prose p, Quantity q, int si, List<Row> rows) {
        Row before = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        if (before == null || before.share() == null || before.group().equals("All") || before.group().equals(REMAINDER)
                || before.line() != p.block.at().line() || p.sentenceIndex(before.place().offset()) != si
                || before.place().offset() >= q.start()) {
            return null;
        }
        return JOINED_BARE_SHARE.matcher(p.before(q.start(), 30)).find()
                && (OWN_YEAR_AFTER.matcher(p.after(q.end(), 20)).lookingAt()
                    || OWN_PART_AFTER.matcher(p.after(q.end(), 40)).lookingAt()) ? before.group() : null;
    }
}
