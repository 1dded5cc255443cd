package org.etrkit.datasets.tables;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.DateMention;
import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;
import org.etrkit.datasets.extract.TextBlock;
import org.etrkit.datasets.parse.Element;
import org.etrkit.datasets.parse.Element.PipeTable;
import org.etrkit.datasets.tables.TroopsTable.Row;

/**
 * The troops figures of tables of men trained, for {@link TroopsTable}: a column whose header is a word of trainees
 * ({@code trainee_headers}: "| Period | Trained | Main centre |") and whose cells mostly hold figures counts men
 * {@code trained}, its total row too. They are of the trainees the caption names before its word of training (a side
 * the gazetteer knows, "Ruritanian officers trained in …"), not of the state that trains them, a name after a
 * preposition ("in the Soviet Union"); else, in an article on one side's aid, of the frame's recipient; else {@code Other}.
 */
final class TraineeTables {

    private final Analysis a;
    private final Set<String> traineeHeaders;
    private final ArticleParties parties;

    TraineeTables(Analysis a) {
        this.a = a;
        Lexicon lex = a.rules.lexicon();
        this.traineeHeaders = lex.set("trainee_headers");
        this.parties = new ArticleParties(lex);
    }

    /** The figures of the trainee columns of the article's pipe tables, added to {@code rows}. */
    void read(ArticleContext ac, int order, List<Row> rows) {
        Map<String, TextBlock> cells = null;
        for (PipeTable pt : ac.article.tables()) {
            int column = traineeColumn(pt);
            if (column < 0) {
                continue;
            }
            if (cells == null) {
                cells = cells(ac);
            }
            String caption = CaptionForceColumns.captionOf(ac.article, pt);
            DateMention date = BattleTables.firstYearDate(caption);
            LocalDate day = date == null ? ac.fallbackDay() : Period.of(date.iso()).from();
            String[] side = sideOf(ac, caption == null ? "" : caption, day);
            for (Element.Row row : pt.rows()) {
                TextBlock b = column < row.columns().size() ? cells.get(row.at().line() + ":" + row.columns().get(column)) : null;
                if (b == null) {
                    continue;
                }
                for (Quantity q : b.quantities()) {
                    if (!q.unit().isEmpty()) {
                        continue; // "12 %", "$40": no count of men
                    }
                    String quote = Quote.ofRow(row.cells());
                    int focus = focus(row, column);
                    rows.add(new Row(new Place(order, row.at().line(), row.columns().get(column) + q.start()), "", side[0],
                            date, date == null ? "" : "caption", Math.round(q.value()), Math.round(q.high()),
                            q.qualifier().code(), q.unit(), "trained", row.at().source(), row.at().line(),
                            Quote.of(Sentence.whole(quote), focus + q.start(), focus + q.end()), side[1], "table"));
                }
            }
        }
    }

    /** The first column whose bare header is a word of trainees and whose cells mostly hold figures; or -1. */
    private int traineeColumn(PipeTable pt) {
        for (int i = 0; i < pt.header().size(); i++) {
            if (!traineeHeaders.contains(BattleTables.bare(pt.header().get(i)))) {
                continue;
            }
            int figures = 0;
            for (Element.Row row : pt.rows()) {
                if (i < row.cells().size() && BattleTables.holdsFigure(row.cell(i))) {
                    figures++;
                }
            }
            if (!pt.rows().isEmpty() && 2 * figures >= pt.rows().size()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {side, basis} of the men trained: a side the caption names before its word of training, after no preposition;
     * else the recipient of the article's frame; else {@code Other}.
     */
    private String[] sideOf(ArticleContext ac, String caption, LocalDate day) {
        Matcher m = TRAINING_WORD.matcher(caption);
        String before = m.find() ? caption.substring(0, m.start()) : "";
        Matcher p = PREPOSITION.matcher(before);
        if (p.find()) {
            before = before.substring(0, p.start()); // "Officers of the Ruritanian army trained": no object of "of"
        }
        Gazetteer.Side s = before.isBlank() ? null : ac.gazetteer.firstIn(before);
        if (s != null) {
            return new String[] {s.at(day), "the trainees the table's caption names"};
        }
        String[] frame = parties.frameOf(ac);
        if (frame[0] != null && frame[1] != null) {
            return new String[] {frame[1], "men trained in a table of an article on aid: the recipient's"};
        }
        return new String[] {"Other", "men trained in a table that names no side of the trainees"};
    }

    private Map<String, TextBlock> cells(ArticleContext ac) {
        Corpus.Entry entry = a.corpus.entries().get(a.order(ac.article.source()));
        Map<String, TextBlock> out = new HashMap<>();
        for (TextBlock b : entry.blocks()) {
            if (b.kind().equals("table")) {
                out.put(b.at().line() + ":" + b.at().column(), b);
            }
        }
        return out;
    }

    /** Where cell {@code column} starts in the row's cells joined by " | ". */
    private static int focus(Element.Row row, int column) {
        int at = 0;
        for (int i = 0; i < column; i++) {
            at += row.cell(i).length() + 3;
        }
        return at;
    }

    /** "trained", "schooled", "graduated": the caption's word of training. */
    private static final Pattern TRAINING_WORD = Pattern.compile("\\b(?:trained|schooled|graduated|trainees)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A preposition in the words before the training word: what follows it is no trainee. */
    private static final Pattern PREPOSITION = Pattern.compile("\\b(?:in|at|by|from|of)\\b");
}
