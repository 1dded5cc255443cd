package org.etrkit.datasets.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.etrkit.datasets.parse.Element;
import org.etrkit.datasets.parse.Element.PipeTable;

import tech.tablesaw.api.Table;

/**
 * The members of every government body an article tabulates: any pipe table with a name column and
 * an office column (header words from the lexicon: Name/Member, Office/Position/Portfolio/Post ...)
 * whose caption, or else whose section heading, names a government body (council, cabinet,
 * government, committee ...). The body is the capitalised phrase of the caption around that word
 * ("Interim Government Council" of "Interim Government Council of the East Turkestan Republic").
 */
final class RosterTable implements CuratedTable {

    static final TableSpec SPEC = new TableSpec("roster", "Government rosters",
            "Members of the government bodies the articles tabulate (councils, cabinets, governments, committees), "
                    + "one row per member.",
            List.of(Field.string("name", "The member's name as written in the article."),
                    Field.string("ethnicity", "The member's ethnicity as written; empty where the table has none."),
                    Field.string("position", "The office(s) held, from the table's office/position/portfolio column; "
                            + "empty where the article gives none."),
                    Field.string("body", "The government body, from the table's caption (or its section heading)."),
                    CommonFields.SOURCE, CommonFields.LINE));

    /** One member. */
    record Row(String name, String ethnicity, String position, String body, String source, int line) {
    }

    @Override
    public TableSpec spec() {
        return SPEC;
    }

    @Override
    public Table build(Analysis a) {
        Lexicon lex = a.rules.lexicon();
        Set<String> bodies = lex.set("government_bodies");
        Table t = SPEC.newTable();
        for (Corpus.Entry e : a.corpus.entries()) {
            for (PipeTable pt : e.article().tables()) {
                for (Row r : rows(pt, lex, bodies)) {
                    Cells.string(t, "name", r.name());
                    Cells.string(t, "ethnicity", r.ethnicity());
                    Cells.string(t, "position", r.position());
                    Cells.string(t, "body", r.body());
                    Cells.string(t, "source", r.source());
                    Cells.integer(t, "line", r.line());
                }
            }
        }
        return Cells.checkRectangular(t);
    }

    /** The members of {@code pt}, or nothing when it is not a government table. */
    static List<Row> rows(PipeTable pt, Lexicon lex, Set<String> bodies) {
        String body = body(pt.caption(), bodies);
        if (body == null) {
            body = body(pt.section(), bodies);
        }
        if (body == null) {
            return List.of();
        }
        int name = TroopsTable.Reader.header(pt, lex.set("roster_name_headers"), -1);
        int office = TroopsTable.Reader.header(pt, lex.set("roster_office_headers"), name);
        if (name < 0 || office < 0) {
            return List.of();
        }
        int ethnicity = TroopsTable.Reader.header(pt, lex.set("roster_ethnicity_headers"), name);
        List<Row> out = new ArrayList<>();
        for (Element.Row row : pt.rows()) {
            if (row.cell(name).isEmpty()) {
                continue;
            }
            out.add(new Row(row.cell(name), ethnicity < 0 ? "" : row.cell(ethnicity), row.cell(office), body,
                    row.at().source(), row.at().line()));
        }
        return out;
    }

    /**
     * The government body a caption names: the capitalised words around its first body word,
     * or null when it names none ("Order of battle, 1939").
     */
    static String body(String caption, Set<String> bodies) {
        if (caption == null || caption.isBlank()) {
            return null;
        }
        String[] words = caption.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = bare(words[i]);
            if (!bodies.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            int from = i;
            while (from > 0 && capitalised(words[from - 1]) && !words[from - 1].endsWith(",")) {
                from--;
            }
            int to = i;
            while (to + 1 < words.length && !words[to].endsWith(",") && capitalised(words[to + 1])) {
                to++;
            }
            StringBuilder b = new StringBuilder();
            for (int k = from; k <= to; k++) {
                b.append(k > from ? " " : "").append(k == to ? bare(words[k]) : words[k]);
            }
            return b.toString();
        }
        return null;
    }

    private static boolean capitalised(String word) {
        String w = bare(word);
        return !w.isEmpty() && Chars.isUpperCase(w.charAt(0));
    }

    private static String bare(String word) {
        int s = 0;
        int e = word.length();
        while (s < e && !Chars.isLetterOrDigit(word.charAt(s))) {
            s++;
        }
        while (e > s && !Chars.isLetterOrDigit(word.charAt(e - 1))) {
            e--;
        }
        return word.substring(s, e);
    }
}
