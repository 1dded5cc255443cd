package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.Field.Type.INTEGER;
import static org.etrkit.datasets.tables.Field.Type.NUMBER;

import java.util.List;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.TextBlock;

import tech.tablesaw.api.Table;

/** Every quantity the recognizer finds in every text block of every article. */
final class MentionsTable implements CuratedTable {

    static final TableSpec SPEC = new TableSpec("mentions", "Quantity mentions",
            "Every quantity the recognizer finds in every article, with its place in the text.",
            List.of(CommonFields.SOURCE, CommonFields.LINE,
                    new Field("column", INTEGER, "The 1-based column (in characters) where the mention starts."),
                    Field.string("text", "The mention as written, qualifier to noun."),
                    new Field("value", NUMBER, "The value, or the low end of a range (scale words and money resolved)."),
                    new Field("value_high", NUMBER, "The high end of a range; empty for a single figure."),
                    CommonFields.QUALIFIER,
                    Field.string("unit", "The counted noun (lower case), percent, USD, or empty."),
                    Field.string("noun", "The noun phrase after the figure, as written."),
                    Field.string("kind", "Where the text sits: paragraph, item, infobox or table.")));

    /** One mention. */
    record Row(String source, int line, int column, Quantity q, String kind) {
    }

    @Override
    public TableSpec spec() {
        return SPEC;
    }

    @Override
    public Table build(Analysis a) {
        Table t = SPEC.newTable();
        for (Corpus.Entry e : a.corpus.entries()) {
            for (TextBlock b : e.blocks()) {
                for (Quantity q : b.quantities()) {
                    append(t, new Row(b.at().source(), b.at().line(), b.column(q.start()), q, b.kind()));
                }
            }
        }
        return Cells.checkRectangular(t);
    }

    private static void append(Table t, Row r) {
        Cells.string(t, "source", r.source());
        Cells.integer(t, "line", r.line());
        Cells.integer(t, "column", r.column());
        Cells.string(t, "text", r.q().text());
        Cells.number(t, "value", r.q().value());
        Cells.number(t, "value_high", r.q().isRange() ? r.q().high() : null);
        Cells.string(t, "qualifier", r.q().qualifier().code());
        Cells.string(t, "unit", r.q().unit());
        Cells.string(t, "noun", r.q().noun());
        Cells.string(t, "kind", r.kind());
    }
}
