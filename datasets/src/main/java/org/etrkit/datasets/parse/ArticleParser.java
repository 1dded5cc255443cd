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
 * first row is the header, with an optional caption line above ({@code   - Caption**}, any indented bullet
 * that the table follows, or a line of text right above it that ends with no full stop) and an
 * optional trailing {@code | Sources: ... |} footnote row; a Markdown delimiter row under the header
 * ({@code |---|---|}) is skipped.
 *
 * <p>Problems throw {@link DatasetException} naming the file and line.
 */
public final class ArticleParser {

    private ArticleParser() {
    }

    /**
     * The largest article read, in bytes (1 GiB). A larger file is refused with an error naming it,
     * before it is read.
     */
    public static final long MAX_ARTICLE_BYTES = 1L << 30;

    /**
     * The longest line read, in bytes of the file or characters of a text (256 MiB): a paragraph is one
     * line, and a longer one is an error naming its file and line.
     */
    public static final int MAX_LINE_LENGTH = 1 << 28;

    /**
     * The Java heap that parsing and extracting an article may need, per byte of the file. An article
     * larger than the heap divided by this is refused before it is read, with an error that says how
     * much memory to give Java. Measured at under 3 bytes of heap per byte for prose like the seeds'
     * (README, "Performance").
     */
    public static final int HEAP_PER_ARTICLE_BYTE = 4;

    /**
     * Reads and parses one article; the source is the file name. Bytes must be UTF-8. The file is
     * decoded line by line, so the whole text is never held twice. A file that cannot be read, is not UTF-8, is too
     * large for the heap or is malformed is a {@link DatasetException} naming the file (and line).
     */
    public static Article parse(Path file) {
        String source = file.getFileName().toString();
        long size;
        try {
            java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            if (!a.isRegularFile()) {
                // a pipe made in its place after the folder was listed: reading it would wait for a writer for ever
                throw new DatasetException(file.toString(), 0, "cannot read article: not a file (a named pipe, a device or a folder)");
            }
            size = a.size();
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
        checkSize(source, size, Runtime.getRuntime().maxMemory());
        try {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw cannotRead(file, e);
            }
            return parse(source, bytes, MAX_LINE_LENGTH);
        } catch (OutOfMemoryError e) {
            throw outOfMemory(source, size, e);
        }
    }

    /** The error for an article file that could not be read (its size or its bytes). */
    private static DatasetException cannotRead(Path file, IOException e) {
        return new DatasetException(file.toString(), 0, "cannot read article: " + DatasetException.reason(e), e);
    }

    /**
     * Parses an article from its UTF-8 bytes (a byte order mark is skipped); {@code source} names it
     * in provenance and errors.
     */
    public static Article parse(String source, byte[] utf8) {
        return parse(source, utf8, MAX_LINE_LENGTH);
    }

    static Article parse(String source, byte[] utf8, int maxLineLength) {
        return new Parser(source, new ByteLines(source, utf8, maxLineLength)).run();
    }

    /** Refuses an article over {@link #MAX_ARTICLE_BYTES}, or too large for a heap of {@code maxHeap} bytes. */
    static void checkSize(String source, long size, long maxHeap) {
        if (size > MAX_ARTICLE_BYTES) {
            throw new DatasetException(source, 0, "article is " + megabytes(size) + ", over the limit of "
                    + megabytes(MAX_ARTICLE_BYTES) + "; split it into several articles");
        }
        if (size > maxHeap / HEAP_PER_ARTICLE_BYTE) {
            throw new DatasetException(source, 0, "article is " + megabytes(size) + "; reading it needs about "
                    + megabytes(size * HEAP_PER_ARTICLE_BYTE) + " of Java heap and this Java has "
                    + megabytes(maxHeap) + ": run Java with more memory (for example -Xmx"
                    + Math.max(1, (size * HEAP_PER_ARTICLE_BYTE * 2 + (1L << 30) - 1) >> 30)
                    + "g) or split the article");
        }
    }

    /** The error for an article that did not fit in memory after all. */
    private static DatasetException outOfMemory(String source, long size, OutOfMemoryError e) {
        return new DatasetException(source, 0, "not enough Java heap for this " + megabytes(size) + " article ("
                + megabytes(Runtime.getRuntime().maxMemory()) + " heap): run Java with more memory (-Xmx)"
                + " or split the article", e);
    }

    private static String megabytes(long bytes) {
        return bytes >= 1L << 30 && bytes % (1L << 30) == 0 ? (bytes >> 30) + " GiB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    /** Decodes UTF-8 strictly; invalid bytes throw with the line they are on. */
    static String decodeUtf8(String source, byte[] bytes) {
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
        return parse(source, text, MAX_LINE_LENGTH);
    }

    static Article parse(String source, String text, int maxLineLength) {
        return new Parser(source, new StringLines(source, text, maxLineLength)).run();
    }

    private static DatasetException lineTooLong(String source, int line, long length, int limit, String unit) {
        String max = limit == MAX_LINE_LENGTH ? "256 Mi " + unit : String.format(java.util.Locale.ROOT, "%,d %s",
                limit, unit);
        return new DatasetException(source, line, String.format(java.util.Locale.ROOT,
                "line is %,d %s long, over the limit of %s; break the paragraph into several lines", length, unit,
                max));
    }

    /**
     * The lines of an article in order, without their terminators: {@code \n}, {@code \r\n}, or a lone
     * {@code \r} (old Mac editors' line end).
     */
    private interface Lines {
        /** The next line, or null at the end. */
        String next();

        /** Whether the line {@link #next} returned last is the file's last and has no line end after it. */
        boolean lastHasNoLineEnd();
    }

    private static final class StringLines implements Lines {
        private final String source;
        private final String text;
        private final int maxLineLength;
        private int pos;
        private int lineNo;
        private boolean noLineEnd;

        StringLines(String source, String text, int maxLineLength) {
            this.source = source;
            this.text = text;
            this.maxLineLength = maxLineLength;
        }

        @Override
        public String next() {
            if (pos >= text.length()) {
                return null;
            }
            int end = pos;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            lineNo++;
            if (end - pos > maxLineLength) {
                throw lineTooLong(source, lineNo, end - pos, maxLineLength, "characters");
            }
            String line = text.substring(pos, end);
            noLineEnd = end >= text.length();
            pos = end + (end + 1 < text.length() && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n' ? 2 : 1);
            return line;
        }

        @Override
        public boolean lastHasNoLineEnd() {
            return noLineEnd;
        }
    }

    /**
     * Lines decoded one at a time from the UTF-8 bytes of a file ('\n' never occurs inside a multi-byte
     * character). A line that decodes to U+FFFD is checked strictly, so invalid bytes are an error
     * naming their line and a U+FFFD written in the file is kept.
     */
    private static final class ByteLines implements Lines {
        private final String source;
        private final byte[] bytes;
        private final int maxLineLength;
        private int pos;
        private int lineNo;
        private boolean noLineEnd;

        ByteLines(String source, byte[] bytes, int maxLineLength) {
            this.source = source;
            this.bytes = bytes;
            this.maxLineLength = maxLineLength;
            if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF) {
                pos = 3; // byte order mark
            } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                    || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
                throw new DatasetException(source, 1,
                        "the file is UTF-16 (it starts with a UTF-16 byte order mark); save the article as UTF-8");
            }
        }

        @Override
        public String next() {
            if (pos >= bytes.length) {
                return null;
            }
            lineNo++;
            int end = pos;
            while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
                if (bytes[end] == 0) {
                    throw new DatasetException(source, lineNo, "a NUL byte at byte " + (end - pos + 1) + " of the line: "
                            + "the file is UTF-16 with no byte order mark, or not text; save the article as UTF-8");
                }
                end++;
            }
            if (end - pos > maxLineLength) {
                throw lineTooLong(source, lineNo, end - pos, maxLineLength, "bytes");
            }
            String line = new String(bytes, pos, end - pos, StandardCharsets.UTF_8);
            if (line.indexOf('\uFFFD') >= 0) {
                checkUtf8(pos, end);
            }
            noLineEnd = end >= bytes.length;
            pos = end + (end + 1 < bytes.length && bytes[end] == '\r' && bytes[end + 1] == '\n' ? 2 : 1);
            return line;
        }

        @Override
        public boolean lastHasNoLineEnd() {
            return noLineEnd;
        }

        private void checkUtf8(int from, int to) {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
            CoderResult result = decoder.decode(in, CharBuffer.allocate(to - from), true);
            if (result.isError()) {
                int at = in.position();
                throw new DatasetException(source, lineNo, String.format(
                        "not valid UTF-8: byte 0x%02X at byte %d of the line; save the article as UTF-8",
                        bytes[at] & 0xFF, at - from + 1));
            }
        }
    }

    private static final class Parser {
        private final String source;
        private final Lines lines;
        private final List<Element> elements = new ArrayList<>();
        private int lineNo;
        private String section = "";
        private int tableCount;

        Parser(String source, Lines lines) {
            this.source = source;
            this.lines = lines;
        }

        /** The next line without its terminator, or null at the end. */
        private String nextLine() {
            String line = lines.next();
            if (line != null) {
                lineNo++;
            }
            return line;
        }

        private DatasetException error(int line, String problem) {
            return new DatasetException(source, line, problem);
        }

        Article run() {
            String first = nextLine();
            String title = first == null ? null : title(first);
            if (title == null) {
                if (first == null || first.isBlank() && restIsBlank()) {
                    throw error(1, "empty article: expected a title line like '= Title ='");
                }
                throw error(1, "first line is not a title like '= Title =': '" + abbreviate(first) + "'");
            }
            String caption = null;
            SourceLocation captionAt = null;
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
                        if (caption == null && lineAboveIsTitle()) {
                            // "Tatars by region, 1999 and 2009" on the line right above the table: its caption
                            Element.Paragraph p = (Element.Paragraph) elements.remove(elements.size() - 1);
                            caption = p.text();
                            captionAt = p.at();
                        }
                    }
                    tableLines.add(new String[] {line, Integer.toString(lineNo), lines.lastHasNoLineEnd() ? "cut" : ""});
                    continue;
                }
                if (caption != null) {
                    // a caption not followed by a table is an ordinary bullet
                    elements.add(new Element.ListItem(caption, section, captionAt));
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
                        captionAt = SourceLocation.of(source, lineNo);
                        continue;
                    }
                    SourceLocation at = new SourceLocation(source, lineNo, line.indexOf(item) + 1);
                    if (indented) {
                        // an indented bullet right above a table is its caption, with or without the closing "**"
                        caption = item;
                        captionAt = at;
                        continue;
                    }
                    elements.add(new Element.ListItem(item, section, at));
                    continue;
                }
                elements.add(new Element.Paragraph(trimmed, section,
                        new SourceLocation(source, lineNo, line.length() - line.stripLeading().length() + 1)));
            }
            if (!tableLines.isEmpty()) {
                finishTable(tableLines, tableStart, caption);
            } else if (caption != null) {
                elements.add(new Element.ListItem(caption, section, captionAt));
            }
            return new Article(source, title, elements);
        }

        /**
         * Whether the element read last is a line of text on the line right above the current one (no blank line
         * between) that ends with no sentence's stop: a table's title written as a plain line.
         */
        private boolean lineAboveIsTitle() {
            if (elements.isEmpty() || !(elements.get(elements.size() - 1) instanceof Element.Paragraph p)
                    || p.at().line() != lineNo - 1 || p.text().isEmpty()) {
                return false;
            }
            char last = p.text().charAt(p.text().length() - 1);
            return last != '.' && last != '!' && last != '?' && last != ':' && last != ';';
        }

        private boolean restIsBlank() {
            for (String line = nextLine(); line != null; line = nextLine()) {
                if (!line.isBlank()) {
                    return false;
                }
            }
            return true;
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
                if (i == 1 && isMarkdownDelimiterRow(cells)) {
                    continue;
                }
                if (i == lines.size() - 1 && isFootnote(cells)) {
                    footnote = cells.get(0);
                    continue;
                }
                if (lines.get(i)[2].equals("cut") && lines.get(0)[0].strip().endsWith("|") && !lines.get(i)[0].strip().endsWith("|")) {
                    // a row that ends the file with neither its closing '|' (which the header has) nor a line end: the
                    // file was cut short in it, and its last cell would be read cut ("| Hakim Beg | Uyghur | Vice")
                    throw error(rowLine, "the file ends inside this table row, with no closing '|' (the header has one)"
                            + " and no line end: is the file cut short? End the row with '|' if it is whole");
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

        /** A Markdown table's delimiter row under the header, {@code |---|:---:|}: no row of the table. */
        private static boolean isMarkdownDelimiterRow(List<String> cells) {
            for (String c : cells) {
                if (!c.matches(":?-{3,}:?")) {
                    return false;
                }
            }
            return true;
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

        /**
         * Splits a raw table line into trimmed cells and the 1-based column where each cell's text starts. A pipe
         * after a backslash ({@code \|}, as Markdown and pandoc escape one in a cell) is a character of its cell,
         * written without the backslash, not a cell boundary.
         */
        private static void cells(String line, List<String> cells, List<Integer> columns) {
            int start = line.indexOf('|') + 1;
            int end = line.stripTrailing().length();
            if (end > start && line.charAt(end - 1) == '|' && !escaped(line, end - 1, start)) {
                end--;
            }
            int from = start;
            for (int i = start; i <= end; i++) {
                if (i == end || line.charAt(i) == '|' && !escaped(line, i, start)) {
                    int s = from;
                    while (s < i && Character.isWhitespace(line.charAt(s))) {
                        s++;
                    }
                    cells.add(line.substring(s, i).strip().replace("\\|", "|"));
                    columns.add(line.codePointCount(0, s) + 1);
                    from = i + 1;
                }
            }
        }

        /** True when the pipe at {@code i} follows a backslash that is inside the row (from {@code start}). */
        private static boolean escaped(String line, int i, int start) {
            return i - 1 >= start && line.charAt(i - 1) == '\\';
        }

        private static String abbreviate(String s) {
            return s.length() <= 60 ? s : s.substring(0, 57) + "...";
        }
    }
}
