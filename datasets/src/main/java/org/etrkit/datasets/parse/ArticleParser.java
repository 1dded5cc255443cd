package org.etrkit.datasets.parse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.etrkit.datasets.error.DatasetException;

/**
 * Parses an article in the seed format into {@link Element}s that keep their file and line.
 *
 * <p>The format: a {@code = Title =} first line; an optional {@code Infobox} line followed by
 * {@code - Key: Value} lines; headings {@code ==X==}, {@code == X ==}, {@code === X ===};
 * one paragraph per line; bullets {@code - text}; pipe tables of {@code | a | b |} rows whose
 * first row is the header, with an optional caption line above ({@code   - Caption**}) and an
 * optional trailing {@code | Sources: ... |} footnote row.
 *
 * <p>Problems throw {@link DatasetException} naming the file and line.
 */
public final class ArticleParser {

    private ArticleParser() {
    }

    /** Reads and parses one article; the source is the file name. Bytes must be UTF-8. */
    public static Article parse(Path file) {
        String source = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DatasetException(file.toString(), 0, "cannot read article: " + e.getMessage(), e);
        }
        return parse(source, decodeUtf8(source, bytes));
    }

    /** Decodes UTF-8 strictly; invalid bytes throw with the line they are on. */
    public static String decodeUtf8(String source, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new DatasetException(source, line, String.format(
                    "not valid UTF-8: byte 0x%02X at byte %d of the line; save the article as UTF-8",
                    bytes[at] & 0xFF, at - lineStart + 1));
        }
        result = decoder.flush(out);
        if (result.isError()) {
            try {
                result.throwException();
            } catch (CharacterCodingException e) {
                throw new DatasetException(source, 0, "not valid UTF-8: " + e.getMessage(), e);
            }
        }
        out.flip();
        String text = out.toString();
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /** Parses article text; {@code source} names it in provenance and errors. */
    public static Article parse(String source, String text) {
        return new Parser(source, text).run();
    }

    private static final class Parser {
        private final String source;
        private final String text;
        private final List<Element> elements = new ArrayList<>();
        private int pos;
        private int lineNo;
        private String section = "";
        private int tableCount;

        Parser(String source, String text) {
            this.source = source;
            this.text = text;
        }

        /** The next line without its terminator, or null at the end. */
        private String nextLine() {
            if (pos >= text.length()) {
                return null;
            }
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = text.length();
            }
            int contentEnd = end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end;
            String line = text.substring(pos, contentEnd);
            pos = end + 1;
            lineNo++;
            return line;
        }

        private DatasetException error(int line, String problem) {
            return new DatasetException(source, line, problem);
        }

        Article run() {
            if (text.isBlank()) {
                throw error(1, "empty article: expected a title line like '= Title ='");
            }
            String first = nextLine();
            String title = title(first);
            if (title == null) {
                throw error(1, "first line is not a title like '= Title =': '" + abbreviate(first) + "'");
            }
            String caption = null;
            int captionLine = 0;
            List<String[]> tableLines = new ArrayList<>();
            int tableStart = 0;
            boolean inInfobox = false;
            String line;
            while ((line = nextLine()) != null) {
                String trimmed = line.strip();
                boolean tableRow = trimmed.startsWith("|");
                if (!tableRow && !tableLines.isEmpty()) {
                    finishTable(tableLines, tableStart, caption);
                    tableLines.clear();
                    caption = null;
                }
                if (trimmed.isEmpty()) {
                    inInfobox = false;
                    continue;
                }
                if (tableRow) {
                    if (tableLines.isEmpty()) {
                        tableStart = lineNo;
                    }
                    tableLines.add(new String[] {line, Integer.toString(lineNo)});
                    continue;
                }
                if (caption != null) {
                    // a caption not followed by a table is an ordinary bullet
                    elements.add(new Element.ListItem(caption, section, SourceLocation.of(source, captionLine)));
                    caption = null;
                }
                if (trimmed.equals("Infobox") && elements.isEmpty()) {
                    inInfobox = true;
                    continue;
                }
                if (inInfobox && trimmed.startsWith("- ")) {
                    infoboxEntry(line, line.indexOf('-') + 2);
                    continue;
                }
                inInfobox = false;
                if (trimmed.startsWith("==")) {
                    heading(trimmed);
                    continue;
                }
                if (trimmed.startsWith("- ") || trimmed.startsWith("* ")) {
                    String item = trimmed.substring(2).strip();
                    boolean indented = line.charAt(0) == ' ' || line.charAt(0) == '\t';
                    if (indented && item.endsWith("**")) {
                        caption = item.substring(0, item.length() - 2).strip();
                        captionLine = lineNo;
                        continue;
                    }
                    elements.add(new Element.ListItem(item, section,
                            new SourceLocation(source, lineNo, line.indexOf(item) + 1)));
                    continue;
                }
                elements.add(new Element.Paragraph(trimmed, section,
                        new SourceLocation(source, lineNo, line.length() - line.stripLeading().length() + 1)));
            }
            if (!tableLines.isEmpty()) {
                finishTable(tableLines, tableStart, caption);
            } else if (caption != null) {
                elements.add(new Element.ListItem(caption, section, SourceLocation.of(source, captionLine)));
            }
            return new Article(source, title, elements);
        }

        private static String title(String line) {
            String t = line.strip();
            if (t.length() < 3 || t.charAt(0) != '=' || t.charAt(1) == '=' || !t.endsWith("=")) {
                return null;
            }
            String inner = t.substring(1, t.length() - 1).strip();
            return inner.isEmpty() || inner.startsWith("=") ? null : inner;
        }

        private void infoboxEntry(String line, int keyStart) {
            int colon = line.indexOf(':', keyStart);
            String key = colon < 0 ? "" : line.substring(keyStart, colon).strip();
            if (key.isEmpty()) {
                throw error(lineNo, "infobox line is not '- Key: Value': '" + abbreviate(line.strip()) + "'");
            }
            int valueStart = colon + 1;
            while (valueStart < line.length() && Character.isWhitespace(line.charAt(valueStart))) {
                valueStart++;
            }
            String value = line.substring(valueStart).strip();
            elements.add(new Element.InfoboxEntry(key, value, line.codePointCount(0, valueStart) + 1,
                    SourceLocation.of(source, lineNo)));
        }

        private void heading(String trimmed) {
            int level = 0;
            while (level < trimmed.length() && trimmed.charAt(level) == '=') {
                level++;
            }
            int close = 0;
            while (close < trimmed.length() - level && trimmed.charAt(trimmed.length() - 1 - close) == '=') {
                close++;
            }
            String inner = trimmed.substring(level, trimmed.length() - close).strip();
            if (close != level || inner.isEmpty()) {
                throw error(lineNo, "malformed heading: '" + abbreviate(trimmed)
                        + "' (write it as '== Heading ==' with the same number of '=' on both sides)");
            }
            section = inner;
            elements.add(new Element.Heading(level, inner, SourceLocation.of(source, lineNo)));
        }

        private void finishTable(List<String[]> lines, int startLine, String caption) {
            List<String> header = new ArrayList<>();
            cells(lines.get(0)[0], header, new ArrayList<>());
            List<Element.Row> rows = new ArrayList<>();
            String footnote = "";
            for (int i = 1; i < lines.size(); i++) {
                int rowLine = Integer.parseInt(lines.get(i)[1]);
                List<String> cells = new ArrayList<>();
                List<Integer> columns = new ArrayList<>();
                cells(lines.get(i)[0], cells, columns);
                if (i == lines.size() - 1 && isFootnote(cells)) {
                    footnote = cells.get(0);
                    continue;
                }
                if (cells.size() != header.size()) {
                    throw error(rowLine, "table row has " + cells.size() + " cells, header has " + header.size());
                }
                rows.add(new Element.Row(cells, columns, SourceLocation.of(source, rowLine)));
            }
            tableCount++;
            elements.add(new Element.PipeTable(tableCount, caption == null ? "" : caption, header, rows, footnote,
                    section, SourceLocation.of(source, startLine)));
        }

        private static boolean isFootnote(List<String> cells) {
            String first = cells.get(0).toLowerCase(java.util.Locale.ROOT);
            if (!(first.startsWith("sources:") || first.startsWith("source:"))) {
                return false;
            }
            for (int i = 1; i < cells.size(); i++) {
                if (!cells.get(i).isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        /** Splits a raw table line into trimmed cells and the 1-based column where each cell's text starts. */
        private static void cells(String line, List<String> cells, List<Integer> columns) {
            int start = line.indexOf('|') + 1;
            int end = line.stripTrailing().length();
            if (end > start && line.charAt(end - 1) == '|') {
                end--;
            }
            int from = start;
            for (int i = start; i <= end; i++) {
                if (i == end || line.charAt(i) == '|') {
                    int s = from;
                    while (s < i && Character.isWhitespace(line.charAt(s))) {
                        s++;
                    }
                    cells.add(line.substring(s, i).strip());
                    columns.add(line.codePointCount(0, s) + 1);
                    from = i + 1;
                }
            }
        }

        private static String abbreviate(String s) {
            return s.length() <= 60 ? s : s.substring(0, 57) + "...";
        }
    }
}
