package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.Field.Type.INTEGER;

import java.util.List;

import org.etrkit.datasets.extract.DateMention;
import org.etrkit.datasets.extract.Sentence;

import tech.tablesaw.api.Table;

/** Every prose sentence that carries a date with a year, with its first such date as an interval of days. */
final class TimelineTable implements CuratedTable {

    static final TableSpec SPEC = new TableSpec("timeline", "Timeline",
            "Every sentence that carries a date placed in a year, with its first date.",
            List.of(Field.string("date", "The sentence's first date, ISO 8601 at the precision the text gives."),
                    CommonFields.DATE_FROM, CommonFields.DATE_TO,
                    Field.string("event", "The sentence; one longer than " + Quote.MAX
                            + " characters is cut around its date, with '…' where text is left out."),
                    CommonFields.SOURCE, CommonFields.LINE,
                    new Field("year", INTEGER, "The (first) year of the date, for sorting and charts."),
                    Field.string("date_text", "The date as written."),
                    new Field("column", INTEGER, "The 1-based column where the sentence starts."),
                    Field.string("date_basis", "'sentence' when the sentence writes the year, 'year from paragraph' "
                            + "when it gives a day and month and the year is the one the paragraph gives before it.")));

    /** One dated sentence; {@code date} carries the year, also where the text gives only day and month. */
    record Row(DateMention date, String basis, Period period, String event, String source, int line, int column) {
    }

    @Override
    public TableSpec spec() {
        return SPEC;
    }

    @Override
    public Table build(Analysis a) {
        Table t = SPEC.newTable();
        for (ArticleContext ac : a.articles) {
            for (Prose p : ac.prose) {
                for (int i = 0; i < p.sentenceCount(); i++) {
                    Sentence s = p.sentence(i);
                    Prose.Dated dated = p.eventDate(s);
                    if (dated == null) {
                        continue;
                    }
                    DateMention d = dated.date();
                    append(t, new Row(d, dated.basis(), Period.of(d.iso()), Quote.of(s, d.start(), d.end()),
                            p.block.at().source(), p.block.at().line(), p.block.column(s.start())));
                }
            }
        }
        return Cells.checkRectangular(t);
    }

    private static void append(Table t, Row r) {
        Cells.string(t, "date", r.date().iso());
        Cells.date(t, "date_from", r.period() == null ? null : r.period().from());
        Cells.date(t, "date_to", r.period() == null ? null : r.period().to());
        Cells.string(t, "event", r.event());
        Cells.string(t, "source", r.source());
        Cells.integer(t, "line", r.line());
        Cells.integer(t, "year", r.date().year());
        Cells.string(t, "date_text", r.date().text());
        Cells.integer(t, "column", r.column());
        Cells.string(t, "date_basis", r.basis());
    }
}
