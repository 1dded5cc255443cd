package org.etrkit.datasets.tables;

import java.util.List;

import org.etrkit.datasets.parse.Element;

import tech.tablesaw.api.Table;

/** Every {@code Key: Value} entry of every article's infobox. */
final class InfoboxTable implements CuratedTable {

    static final TableSpec SPEC = new TableSpec("infobox", "Infoboxes",
            "Every Key: Value entry of every article's infobox.",
            List.of(CommonFields.SOURCE, Field.string("key", "The infobox key."),
                    Field.string("value", "The value as written."), CommonFields.LINE));

    /** One entry. */
    record Row(String source, String key, String value, int line) {
    }

    @Override
    public TableSpec spec() {
        return SPEC;
    }

    @Override
    public Table build(Analysis a) {
        Table t = SPEC.newTable();
        for (Corpus.Entry e : a.corpus.entries()) {
            for (Element.InfoboxEntry ie : e.article().infobox()) {
                Row r = new Row(ie.at().source(), ie.key(), ie.value(), ie.at().line());
                Cells.string(t, "source", r.source());
                Cells.string(t, "key", r.key());
                Cells.string(t, "value", r.value());
                Cells.integer(t, "line", r.line());
            }
        }
        return Cells.checkRectangular(t);
    }
}
