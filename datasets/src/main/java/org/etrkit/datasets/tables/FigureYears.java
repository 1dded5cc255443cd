package org.etrkit.datasets.tables;

import java.util.List;

import org.etrkit.datasets.extract.DateMention;
import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;
import org.etrkit.datasets.tables.DemographicsTable.Row;

/**
 * The year a population figure is counted at, for {@link PopulationStatements}: the figure's own date or that of "the
 * same survey", a list's lead-in, the census above, and the count a part is of. Moved unchanged out of
 * {@code PopulationStatements.read}, whose bytecode had grown past the 8,000 bytes above which the JIT compiler
 * leaves a method interpreted.
 */
final class FigureYears {
    private final FigureDate figureDates;
    private final ListItems listItems;
    private final StatementPlaces statementPlaces;

    FigureYears(FigureDate figureDates, ListItems listItems, StatementPlaces statementPlaces) {
        this.figureDates = figureDates;
        this.listItems = listItems;
        this.statementPlaces = statementPlaces;
    }

    /**
     * The date a figure is counted at: its own, else that of "the same survey", else the date of the paragraph's last
     * population figure where the date found is a later event of that figure's sentence.
     */
    Prose.Dated figureDate(Prose p, Quantity q, Sentence s, int si, Prose.Dated surveyDate, int surveySentence) {
        Prose.Dated census = figureDates.censusYearBefore(p, q, s); // "The 1959 census counted 36,570 …, the 1970 census"
        Prose.Dated dated = census != null ? census : FigureDate.ownDate(p, q, s, p.statementDateOf(q.start(), q.end()));
        if (dated == null || !dated.basis().equals("sentence")) {
            Prose.Dated same = figureDates.sameSurveyDate(p, si);
            dated = same != null ? same : dated; // "counted 62,000 inhabitants in the same survey"
        }
        if ((dated == null || dated.basis().equals("infobox")) && surveyDate != null && surveySentence < si) {
            // "Norland, whose 1980 census counted 195,703 inhabitants, … since the 1960s. Its capital was a town of
            // fewer than 30,000 people": no date of the figure's own, and those before stand in relative clauses; the
            // date of the paragraph's last population figure
            return new Prose.Dated(surveyDate.date(), "earlier sentence");
        }
        if (dated != null && dated.basis().equals("earlier sentence") && surveyDate != null
                && p.sentenceIndex(dated.date().start()) == surveySentence
                && dated.date().start() > surveyDate.date().start()) {
            // "a country of 3.7 million people in 1939, a grand duchy until 1917. … numbered 354,000":
            // the population's year, not another event's of the same sentence
            dated = new Prose.Dated(surveyDate.date(), "earlier sentence");
        }
        return dated;
    }

    /** A figure's year and where it comes from. */
    record YearOf(Integer year, String basis) {
    }

    /**
     * A figure's year and its basis from its date, else from a list's lead-in, "the same census" above or the line
     * above.
     */
    YearOf yearOf(Prose p, int si, Prose.Dated dated, List<Row> rows) {
        Integer year = dated == null ? null : dated.date().year();
        String basis = dated == null ? "" : dated.basis().equals("earlier sentence") ? "paragraph" : dated.basis();
        if (dated == null && listItems.leadInYear != null) {
            year = listItems.leadInYear; // "… taken in 1947, found 2,140,000 people. The figures by league were:"
            basis = "paragraph";
        }
        if (year == null && figureDates.sameSurveyDate(p, si) == null) {
            year = figureDates.sameSurveyAbove(p, si, rows, p.block.at().line()); // "The same census found …"
            basis = year == null ? basis : "paragraph";
        }
        if (year == null || basis.equals("infobox")) {
            Integer above = FigureDate.yearOfLineAbove(rows, p.block.at().line());
            if (above != null) { // "At the 1939 census … 108,419.\nRussians formed about 76 per cent"
                year = above;
                basis = "paragraph";
            }
        }
        return new YearOf(year, basis);
    }

    /**
     * The year of a part of a count ("… recorded 52,400 Greeks. Of them, 40,100 lived in towns, the reverse of the
     * pattern of 1939"): the count's, not a later clause's; else the given year and basis.
     */
    YearOf partsYear(Prose p, Sentence s, Quantity q, int si, String kind, String region, boolean partOfWhole,
            Prose.Dated dated, Integer year, String basis, List<Row> rows) {
        // the count a part is of, or the part before it ("… and 12,300 in the countryside")
        Row partsWhole = (partOfWhole || kind.equals("count") && region.endsWith(")") && statementPlaces.countPart(p, q) != null)
                && !rows.isEmpty() && rows.get(rows.size() - 1).line() == p.block.at().line()
                && si - p.sentenceIndex(rows.get(rows.size() - 1).place().offset()) <= 1 ? rows.get(rows.size() - 1) : null;
        if (partsWhole != null && partsWhole.year() != null && dated != null && basis.equals("sentence") && dated.date().start() >= q.end()
                && p.text.lastIndexOf(',', dated.date().start()) >= q.end()
                && p.datesIn(s.start(), q.start()).stream().noneMatch(DateMention::hasYear)) {
            // "… recorded 52,400 Greeks. Of them, 40,100 lived in towns, the reverse of the pattern of 1939": a part of
            // a count is counted when the count is, not at a date of a later clause
            year = partsWhole.year();
            basis = partsWhole.line() == p.block.at().line() && p.sentenceIndex(partsWhole.place().offset()) == si ? partsWhole.yearBasis() : "paragraph";
        }
        return new YearOf(year, basis);
    }
}
