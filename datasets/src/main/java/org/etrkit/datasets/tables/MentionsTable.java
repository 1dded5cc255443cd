package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.Field.Type.INTEGER;
import static org.etrkit.datasets.tables.Field.Type.NUMBER;

import java.util.List;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.RejectedFigure;
import org.etrkit.datasets.extract.TextBlock;

import tech.tablesaw.api.Table;

/** Every quantity the recognizer finds in every text block of every article. */
final class MentionsTable implements CuratedTable {

    static final TableSpec SPEC = new TableSpec("mentions", "Quantity mentions",
            "Every quantity the recognizer finds in every article, with its place in the text; a figure that "
                    + "cannot be stored exactly has no value and a note.",
            List.of(CommonFields.SOURCE, CommonFields.LINE,
                    new Field("column", INTEGER, "The 1-based column (in characters) where the mention starts."),
                    Field.string("text", "The mention as written, qualifier to noun."),
                    new Field("value", NUMBER, "The value, or the low end of a range (scale words and money resolved)."),
                    new Field("value_high", NUMBER, "The high end of a range; empty for a single figure."),
                    CommonFields.QUALIFIER,
                    Field.string("unit", "The counted noun (lower case), percent, USD, or empty."),
                    Field.string("noun", "The noun phrase after the figure, as written."),
                    Field.string("kind", "Where the text sits: paragraph, item, infobox or table."),
                    Field.string("note", "Empty for a stored figure. For a figure no stored number equals "
                            + "(more digits than are kept exactly), why it is not stored; its value is empty.")));

    /**
     * One mention: a stored quantity ({@code rejected} null) or a figure the recognizer could not store
     * exactly ({@code q} null).
     */
    record Row(String source, int line, int column, Quantity q, RejectedFigure rejected, String kind) {
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
                List<RejectedFigure> rejected = b.rejected();
                int r = 0;
                for (Quantity q : b.quantities()) {
                    for (; r < rejected.size() && rejected.get(r).start() < q.start(); r++) {
                        append(t, rejected(b, rejected.get(r)));
                    }
                    append(t, new Row(b.at().source(), b.at().line(), b.column(q.start()), q, null, b.kind()));
                }
                for (; r < rejected.size(); r++) {
                    append(t, rejected(b, rejected.get(r)));
                }
            }
        }
        return Cells.checkRectangular(t);
    }

    private static Row rejected(TextBlock b, RejectedFigure f) {
        return new Row(b.at().source(), b.at().line(), b.column(f.start()), null, f, b.kind());
    }

    private static void append(Table t, Row r) {
        Quantity q = r.q();
        Cells.string(t, "source", r.source());
        Cells.integer(t, "line", r.line());
        Cells.integer(t, "column", r.column());
        Cells.string(t, "text", q != null ? q.text() : r.rejected().text());
        Cells.number(t, "value", q != null ? q.value() : null);
        Cells.number(t, "value_high", q != null && q.isRange() ? q.high() : null);
        Cells.string(t, "qualifier", q != null ? q.qualifier().code() : "");
        Cells.string(t, "unit", q != null ? q.unit() : "");
        Cells.string(t, "noun", q != null ? q.noun() : "");
        Cells.string(t, "kind", r.kind());
        Cells.string(t, "note", q != null ? "" : r.rejected().reason());
    }
}
