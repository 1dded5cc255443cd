package org.etrkit.datasets.tables;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.etrkit.datasets.error.DatasetException;
import org.etrkit.datasets.parse.Article;
import org.etrkit.datasets.parse.Element;
import org.etrkit.datasets.parse.Element.PipeTable;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Every pipe table of every article, as a table of text columns named by the article's header,
 * published as {@code tables/<article>-<n>}. Footnote rows are already dropped by the parser.
 */
public final class ArticleTables {

    /** A pipe table with its spec and its source. */
    public record Published(TableSpec spec, Table table, PipeTable source) {
    }

    /**
     * The most columns a table may have. Tablesaw checks each column it adds against the ones before,
     * so adding n columns takes time in n squared: 1,000 take a few milliseconds, 100,000 minutes.
     */
    public static final int MAX_COLUMNS = 1000;

    private ArticleTables() {
    }

    /**
     * The tables of every article, in order. Two articles whose file names reduce to one stem
     * ({@code Foo.txt} and {@code foo.txt}, {@code a b.txt} and {@code a-b.txt}) would publish tables
     * under one name, and one would be lost: that throws, naming both files.
     */
    public static List<Published> of(List<Article> articles) {
        List<Published> out = new ArrayList<>();
        Names names = new Names();
        for (Article a : articles) {
            for (Published p : of(a)) {
                names.claim(p);
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The names of the tables published so far, for a build that publishes them article by article: a
     * name claimed twice throws, naming both files. It keeps each name with its file and line only.
     */
    public static final class Names {

        private record Claim(String source, int line) {
        }

        private final Map<String, Claim> byName = new HashMap<>();

        /** Claims the name of {@code p}; a name another article's table has throws. */
        public void claim(Published p) {
            claim(p.spec().name(), p.source().at().source(), p.source().at().line());
        }

        /** Claims {@code name} for the table at {@code line} of {@code source}; a name another article's table has throws. */
        public void claim(String name, String source, int line) {
            Claim before = byName.putIfAbsent(name, new Claim(source, line));
            if (before != null) {
                throw new DatasetException(source, line, "its table would be published as "
                        + name + ", the name of a table of " + before.source() + " (line "
                        + before.line() + "), because both file names reduce to '"
                        + stem(source) + "'; rename one of the two articles");
            }
        }
    }

    /** The tables of {@code article}, in order. */
    public static List<Published> of(Article article) {
        List<Published> out = new ArrayList<>();
        for (PipeTable pt : article.tables()) {
            if (pt.header().size() > MAX_COLUMNS) {
                throw new DatasetException(article.source(), pt.at().line(), "the table has " + pt.header().size()
                        + " columns; a table may have at most " + MAX_COLUMNS);
            }
            String name = "tables/" + stem(article.source()) + "-" + pt.index();
            List<String> headers = uniqueHeaders(pt.header());
            List<Field> fields = new ArrayList<>();
            for (int i = 0; i < headers.size(); i++) {
                fields.add(Field.string(headers.get(i), "Column '" + pt.header().get(i) + "' of the article's table."));
            }
            int last = pt.rows().isEmpty() ? pt.at().line() : pt.rows().get(pt.rows().size() - 1).at().line();
            String what = pt.caption().isEmpty() ? "Table " + pt.index() : pt.caption();
            String description = what + ", as in " + article.source() + " lines " + pt.at().line() + "-" + last
                    + " (header on line " + pt.at().line() + ", data rows on the lines after it).";
            TableSpec spec = new TableSpec(name, what, description, fields);
            List<Column<?>> columns = new ArrayList<>(headers.size());
            for (int i = 0; i < headers.size(); i++) {
                StringColumn c = StringColumn.create(headers.get(i));
                for (Element.Row row : pt.rows()) {
                    // as the CSV reader reads it back: without control characters or spaces at its ends
                    c.append(row.cell(i).trim());
                }
                columns.add(c);
            }
            out.add(new Published(spec, Table.create(name, columns), pt));
        }
        return out;
    }

    /**
     * The file name without extension, lower case, reduced to {@code [a-z0-9._-]}: accents dropped
     * ({@code Ürümqi} gives {@code urumqi}), any other letter or digit written as its code point
     * ({@code 中文} gives {@code u4e2du6587}, so names in other scripts stay apart), the rest as '-'.
     */
    static String stem(String source) {
        int dot = source.lastIndexOf('.');
        String s = Normalizer.normalize(dot > 0 ? source.substring(0, dot) : source, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c >= 128 && Character.isLetterOrDigit(c)) {
                b.append('u').append(Integer.toHexString(c));
            } else {
                b.appendCodePoint(c);
            }
        });
        s = b.toString().replaceAll("[^a-z0-9._-]+", "-");
        return s.isEmpty() ? "article" : s;
    }

    /**
     * The column names: each header cell without the control characters and spaces at its ends (the
     * CSV reader drops those, so a name keeping them would not read back), an empty one
     * {@code column_<n>}, a repeated one with {@code (2)}, {@code (3)}, ….
     */
    private static List<String> uniqueHeaders(List<String> header) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i).trim();
            String h = cell.isEmpty() ? "column_" + (i + 1) : cell;
            String candidate = h;
            for (int k = 2; !seen.add(candidate.toLowerCase(Locale.ROOT)); k++) {
                candidate = h + " (" + k + ")";
            }
            out.add(candidate);
        }
        return out;
    }
}
