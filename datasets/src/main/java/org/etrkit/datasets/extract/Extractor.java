package org.etrkit.datasets.extract;

import java.util.ArrayList;
import java.util.List;

import org.etrkit.datasets.error.DatasetException;
import org.etrkit.datasets.parse.Article;
import org.etrkit.datasets.parse.Element;
import org.etrkit.datasets.parse.SourceLocation;

/**
 * Runs the recognizers over every piece of text of an article: paragraphs and bullets (split into
 * sentences), infobox values and table cells. The work is linear in the size of the text.
 */
public final class Extractor {

    private Extractor() {
    }

    /**
     * The article's text blocks in reading order, each with its sentences, dates and quantities. If the
     * Java heap runs out, the error names the article and the line being read.
     */
    public static List<TextBlock> analyze(Article article) {
        int[] line = new int[1];
        try {
            return analyze(article, line);
        } catch (OutOfMemoryError e) {
            throw new DatasetException(article.source(), line[0], "not enough Java heap to read this article ("
                    + Runtime.getRuntime().maxMemory() / 1_000_000 + " MB heap): run Java with more memory (-Xmx)"
                    + " or split the article", e);
        }
    }

    /** The blocks; {@code line[0]} is the line of the element being read. */
    private static List<TextBlock> analyze(Article article, int[] line) {
        List<TextBlock> out = new ArrayList<>();
        for (Element e : article.elements()) {
            line[0] = e.at().line();
            if (e instanceof Element.Paragraph p) {
                out.add(prose("paragraph", p.text(), p.section(), e.at()));
            } else if (e instanceof Element.ListItem li) {
                out.add(prose("item", li.text(), li.section(), e.at()));
            } else if (e instanceof Element.InfoboxEntry ie) {
                if (!ie.value().isEmpty()) {
                    out.add(block("infobox", ie.value(), "", ie.at().atColumn(ie.valueColumn())));
                }
            } else if (e instanceof Element.PipeTable t) {
                for (Element.Row row : t.rows()) {
                    line[0] = row.at().line();
                    for (int c = 0; c < row.cells().size(); c++) {
                        String cell = row.cell(c);
                        if (!cell.isEmpty()) {
                            out.add(block("table", cell, t.section(), row.at().atColumn(row.columns().get(c))));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** A paragraph or bullet: one pass finds dates and notes where quantities may start, a second reads them. */
    private static TextBlock prose(String kind, String text, String section, SourceLocation at) {
        char[] t = text.toCharArray();
        Positions candidates = new Positions();
        List<DateMention> dates = Dates.find(text, t, candidates);
        Quantities.Found found = Quantities.scan(text, t, dates, candidates);
        return new TextBlock(kind, text, section, at, Sentences.split(text, t), dates, found.quantities(),
                found.rejected());
    }

    /** An infobox value or table cell: one sentence. */
    private static TextBlock block(String kind, String text, String section, SourceLocation at) {
        List<DateMention> dates = Dates.find(text);
        Quantities.Found found = Quantities.scan(text, dates);
        return new TextBlock(kind, text, section, at, List.of(Sentence.whole(text)), dates, found.quantities(),
                found.rejected());
    }
}
