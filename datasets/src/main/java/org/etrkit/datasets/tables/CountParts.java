package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.FigureRegion.OF_WHOM_BEFORE;

import java.util.List;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;
import org.etrkit.datasets.tables.DemographicsTable.Row;

/**
 * The parts of a population count that a statement lists after it, each with its own place or its urban or rural part:
 * "of whom 30,100 lived in X, 7,900 in Y", "Of these, about 800,000 lived in the Old Town", "The Greeks remained an
 * urban people: 40,300 lived in towns", "of whom about 70 percent lived in rural areas". Split out of
 * {@link PopulationStatements} unchanged.
 */
final class CountParts {

    /** A sentence that opens "Of these" or "Of them", with a people's name or not: "Of these Greeks 51,836 lived in towns". */
    static final Pattern OF_THESE_OPENING = Pattern.compile("\\s*(?-i:Of) (?:them|these|those)(?: (?-i:\\p{Lu})\\p{L}+)?,?\\s");

    /** A sentence that opens with the whole its parts are of, past a comma: "Of the 27,500 counted in 2021, " 11,200 lived in towns. */
    private static final Pattern OF_THE_COUNT_OPENING = Pattern.compile(
            "\\s*(?-i:Of) the (?:" + Hedges.WORD + " )?\\d[\\d,.]*(?: million)?\\b[^,;:]{0,40},\\s*(?:" + Hedges.WORD + " )?");

    /** Where a list of a count's parts opens: "of whom", "of them", or the sentence's opening "Of the 27,500". */
    private static final Pattern PARTS_OPENED = Pattern.compile("\\b[Oo]f (?:whom|them|these)\\b|^\\s*(?-i:Of) the (?:" + Hedges.WORD + " )?\\d");

    /** "them" or "they" in a clause: the people a clause before a colon is about ("Nearly all of them were town dwellers"). */
    private static final Pattern THEM = Pattern.compile("\\b(?:them|they|They)\\b");

    private final FigureKinds figureKinds;
    private final StatementPlaces statementPlaces;
    private final FigureGroup figureGroups;

    CountParts(FigureKinds figureKinds, StatementPlaces statementPlaces, FigureGroup figureGroups) {
        this.figureKinds = figureKinds;
        this.statementPlaces = statementPlaces;
        this.figureGroups = figureGroups;
    }

    /**
     * The largest count of {@code group} the paragraph's sentence before {@code si} gives, when it is not its last
     * row (the whole a list of its places divides); else null.
     */
    static Row largestCountOf(Prose p, List<Row> rows, String group, int si) {
        Row largest = null;
        for (int i = rows.size() - 1; i >= 0; i--) {
            Row r = rows.get(i);
            if (r.line() != p.block.at().line() || p.sentenceIndex(r.place().offset()) < si - 1) {
                break;
            }
            if (p.sentenceIndex(r.place().offset()) == si - 1 && r.group().equals(group) && r.population() != null
                    && (largest == null || r.population() > largest.population())) {
                largest = r;
            }
        }
        return largest == null || largest == rows.get(rows.size() - 1) ? null : largest;
    }

    /**
     * Whether a bare figure is a part of the population read just before, in its sentence or the one before,
     * with its own place: after "of whom"/"Of these," or later in a list, and followed by "(lived) in X"; or after
     * "of whom"/"Of them," and followed by where in a place's urban or rural part it lived ("lived in towns").
     */
    boolean partOfCount(Prose p, Quantity q, Quantity prior, int si) {
        if (!q.unit().isEmpty() || si - p.sentenceIndex(prior.start()) > 1 || prior.unit().equalsIgnoreCase("usd")) {
            return false;
        }
        Sentence s = p.sentence(si);
        boolean ofWhom = OF_WHOM_BEFORE.matcher(p.text).region(LookBacks.ofWhomFrom(p.text, s.start(), q.start()), q.start()).find() || partsAfterColon(p, s, q) != null
                || OF_THE_COUNT_OPENING.matcher(p.text).region(s.start(), q.start()).matches();
        boolean listed = p.sentenceIndex(prior.start()) == si
                && (FigureRegion.listFigureBefore(p.text, s.start(), q.start())
                    || FigureRegion.COLON_LIST_BEFORE.matcher(p.text).region(s.start(), q.start()).find());
        // "Of them, 40,100 lived in towns and 12,300 in the countryside": a part of the count's place; "of whom 6,100
        // were urban and 3,320 rural": the list's later part too
        boolean partsListed = listed && PARTS_OPENED.matcher(p.text).region(s.start(), q.start()).find();
        return (ofWhom || listed) && (figureKinds.livesInNamedPlace(p, q)
                || (ofWhom || partsListed) && statementPlaces.countPart(p, q) != null);
    }

    /**
     * The people a clause before a colon of the figure's sentence is about, when the clause after the colon counts
     * where in a place's urban or rural part they lived: the group it names ("The Greeks remained an urban people:
     * 40,300 lived in towns and 6,500 in rural areas"), or "" for "them" or "they" ("Nearly all of them were town
     * dwellers: 7,600 lived in urban settlements", the people counted before); else null.
     */
    String partsAfterColon(Prose p, Sentence s, Quantity q) {
        int colon = p.text.lastIndexOf(':', q.start());
        if (colon <= s.start() || !q.unit().isEmpty() || statementPlaces.countPart(p, q) == null) {
            return null;
        }
        String named = figureGroups.groupBefore(p, colon);
        if (named != null) {
            return named;
        }
        int from = Math.max(s.start(), Math.max(p.text.lastIndexOf(';', colon), p.text.lastIndexOf(',', colon)));
        return THEM.matcher(p.text).region(from, colon).find() ? "" : null;
    }

    /**
     * The urban or rural part of its place a share "of whom" or "of them" right after a count of its sentence says
     * lived in ("had 2,400,000 inhabitants, of whom about 70 percent lived in rural areas": rural), the share of the
     * count's people living there; or null.
     */
    String partOfWhomShare(Prose p, Quantity q, int si, Row last) {
        if (!q.unit().equalsIgnoreCase("percent") || last == null || last.population() == null || last.line() != p.block.at().line()
                || p.sentenceIndex(last.place().offset()) != si || last.place().offset() >= q.start()
                || !OF_WHOM_BEFORE.matcher(p.before(q.start(), 30)).find()) {
            return null;
        }
        return statementPlaces.countPart(p, q);
    }
}
