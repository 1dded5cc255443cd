package org.etrkit.datasets.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.etrkit.datasets.error.DatasetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleParserTest {

    private static final String ARTICLE = """
            = Test Republic =

            Infobox
            - Capital: Ghulja
            - Population Estimate: 705,168

            The lead paragraph.

            == History ==
            === Background ===
            A paragraph under Background.
            - a bullet
            ==Government==
              - The Council**

            | Name | Ethnicity | Position(s) |
            | Alpha | Uzbek | President |
            | Beta | Uyghur | |
            | Sources: ; . | | |

            After the table.
            """;

    @Test
    void readsTitleInfoboxHeadingsParagraphsAndBulletsWithLines() {
        Article a = ArticleParser.parse("test.txt", ARTICLE);
        assertEquals("Test Republic", a.title());
        assertEquals(List.of("Capital", "Population Estimate"), a.infobox().stream().map(Element.InfoboxEntry::key).toList());
        assertEquals("705,168", a.infobox().get(1).value());
        assertEquals(5, a.infobox().get(1).at().line());
        assertEquals(24, a.infobox().get(1).valueColumn());

        List<Element.Heading> headings = a.elements(Element.Heading.class).toList();
        assertEquals(List.of("History", "Background", "Government"), headings.stream().map(Element.Heading::text).toList());
        assertEquals(List.of(2, 3, 2), headings.stream().map(Element.Heading::level).toList());

        List<Element.Paragraph> paragraphs = a.elements(Element.Paragraph.class).toList();
        assertEquals("The lead paragraph.", paragraphs.get(0).text());
        assertEquals(7, paragraphs.get(0).at().line());
        assertEquals("", paragraphs.get(0).section());
        assertEquals("Background", paragraphs.get(1).section());
        assertEquals(11, paragraphs.get(1).at().line());
        assertEquals("After the table.", paragraphs.get(2).text());
        assertEquals(21, paragraphs.get(2).at().line());

        Element.ListItem bullet = a.elements(Element.ListItem.class).findFirst().orElseThrow();
        assertEquals("a bullet", bullet.text());
        assertEquals(12, bullet.at().line());
    }

    @Test
    void readsPipeTableWithCaptionAndDropsSourcesFootnoteRow() {
        Element.PipeTable t = ArticleParser.parse("test.txt", ARTICLE).tables().get(0);
        assertEquals("The Council", t.caption());
        assertEquals(List.of("Name", "Ethnicity", "Position(s)"), t.header());
        assertEquals(2, t.rows().size());
        assertEquals(List.of("Beta", "Uyghur", ""), t.rows().get(1).cells());
        assertEquals(17, t.rows().get(0).at().line());
        assertEquals(List.of(3, 11, 19), t.rows().get(0).columns());
        assertEquals("Sources: ; .", t.footnote());
        assertEquals("Government", t.section());
        assertEquals(1, t.index());
    }

    @Test
    void rejectsEmptyFile() {
        DatasetException e = assertThrows(DatasetException.class, () -> ArticleParser.parse("empty.txt", ""));
        assertEquals("empty.txt:1: empty article: expected a title line like '= Title ='", e.getMessage());
    }

    @Test
    void rejectsFileWithoutTitleLine() {
        DatasetException e = assertThrows(DatasetException.class,
                () -> ArticleParser.parse("x.txt", "Just text.\n== H ==\n"));
        assertEquals("x.txt", e.file());
        assertEquals(1, e.line());
        assertTrue(e.getMessage().startsWith("x.txt:1: first line is not a title"), e.getMessage());
    }

    @Test
    void rejectsTableRowWithWrongNumberOfCellsNamingItsLine() {
        String text = "= T =\n\n| a | b | c |\n| 1 | 2 | 3 |\n| 1 | 2 |\n";
        DatasetException e = assertThrows(DatasetException.class, () -> ArticleParser.parse("t.txt", text));
        assertEquals("t.txt:5: table row has 2 cells, header has 3", e.getMessage());
    }

    /**
     * A file cut short inside the last row of a table (a download or copy that stopped): the row had as many cells as
     * the header, its last one cut ("Vice" for "Vice President ..."), and was read as a whole row with no word said.
     * A row that ends the file with neither its closing '|', which the header has, nor a line end is refused naming
     * its line; the same row closed, or followed by a line end, or in a table written without closing bars, reads.
     */
    @Test
    void aTableRowCutShortAtTheEndOfTheFileIsRefusedNamingItsLine() {
        String table = "= T =\n\n| Name | Ethnicity | Position |\n| Elihan Tore | Uzbek | President |\n";
        for (String text : List.of(table + "| Hakim Beg | Uyghur | Vice", table + "| Hakim")) {
            DatasetException e = assertThrows(DatasetException.class, () -> ArticleParser.parse("t.txt", text));
            assertEquals("t.txt:5: the file ends inside this table row, with no closing '|' (the header has one) and no"
                    + " line end: is the file cut short? End the row with '|' if it is whole", e.getMessage());
            e = assertThrows(DatasetException.class,
                    () -> ArticleParser.parse("t.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertEquals(5, e.line());
        }
        assertEquals(2, rowsOf(table + "| Hakim Beg | Uyghur | Vice |"));
        assertEquals(2, rowsOf(table + "| Hakim Beg | Uyghur | Vice\n"));
        assertEquals(2, rowsOf("= T =\n\n| Name | Ethnicity | Position\n| Elihan Tore | Uzbek | President\n| Hakim Beg | Uyghur | Vice"));
    }

    private static int rowsOf(String text) {
        return ArticleParser.parse("t.txt", text).elements().stream()
                .filter(el -> el instanceof Element.PipeTable).mapToInt(el -> ((Element.PipeTable) el).rows().size()).sum();
    }

    @Test
    void rejectsMalformedHeading() {
        DatasetException e = assertThrows(DatasetException.class,
                () -> ArticleParser.parse("h.txt", "= T =\n\n== Unbalanced ===\n"));
        assertEquals(3, e.line());
    }

    /**
     * An article listed as a file and made a named pipe before it is read (replaced during a long build): reading it
     * waited for a writer for ever (its size is 0, so the size check passed). It is named at once, not opened.
     */
    @Test
    void anArticleThatIsNoLongerAFileWhenReadIsNamedNotWaitedFor(@TempDir Path dir) throws Exception {
        Path pipe = dir.resolve("b.txt");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start().waitFor());
        DatasetException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> assertThrows(DatasetException.class, () -> ArticleParser.parse(pipe)));
        assertEquals(pipe + ": cannot read article: not a file (a named pipe, a device or a folder)", e.getMessage());
    }

    @Test
    void rejectsBytesThatAreNotUtf8NamingTheLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("latin1.txt");
        byte[] head = "= T =\n\nFine line.\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "Caf\u00e9 in Latin-1.\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + bad.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        Files.write(f, all);
        DatasetException e = assertThrows(DatasetException.class, () -> ArticleParser.parse(f));
        assertEquals("latin1.txt", e.file());
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("not valid UTF-8: byte 0xE9"), e.getMessage());
    }

    @Test
    void acceptsCrlfLineEndingsAndByteOrderMark() {
        Article a = ArticleParser.parse("w.txt", ArticleParser.decodeUtf8("w.txt",
                "\uFEFF= T =\r\n\r\nA paragraph.\r\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("T", a.title());
        Element.Paragraph p = a.elements(Element.Paragraph.class).findFirst().orElseThrow();
        assertEquals("A paragraph.", p.text());
        assertEquals(3, p.at().line());
    }

    /**
     * Old Mac editors (and some exports) end lines with a lone carriage return: the whole file was one
     * line, refused as "first line is not a title" with the carriage returns printed raw into the error.
     * Read as files and as text, such an article is the one its LF version is, line for line.
     */
    @Test
    void loneCarriageReturnsEndLinesAsLineFeedsDo(@TempDir Path dir) throws Exception {
        String lf = ARTICLE + "| A | B |\n| 1 | 2 |\n\nLast line.\n";
        for (String ends : List.of("\r", "\r\n")) {
            String other = lf.replace("\n", ends);
            Path f = Files.write(dir.resolve("mac.txt"), other.getBytes(StandardCharsets.UTF_8));
            Article fromLf = ArticleParser.parse("mac.txt", lf);
            for (Article a : List.of(ArticleParser.parse(f), ArticleParser.parse("mac.txt", other))) {
                assertEquals(fromLf.title(), a.title());
                assertEquals(fromLf.elements(), a.elements(), ends.equals("\r") ? "CR" : "CRLF");
            }
        }
    }

    /** Notepad's "Unicode" is UTF-16: said so, instead of an invalid byte 0xFF. */
    @Test
    void anArticleSavedAsUtf16IsNamedAsSuch() {
        for (java.nio.charset.Charset utf16 : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] bytes = "\uFEFF= T =\n\nText.\n".getBytes(utf16);
            DatasetException e = assertThrows(DatasetException.class, () -> ArticleParser.parse("u.txt", bytes));
            assertEquals("u.txt:1: the file is UTF-16 (it starts with a UTF-16 byte order mark); save the article as UTF-8",
                    e.getMessage());
        }
    }

    /**
     * UTF-16 with no byte order mark (some Windows tools, a Word "Unicode text" export): every other byte is
     * NUL, and the build said "first line is not a title like '= Title =': '=\u0000 \u0000S\u0000...'". A NUL
     * byte in any article (a binary or a half-copied file) now names its line and what to do.
     */
    @Test
    void anArticleWithNulBytesIsNamedAsUtf16OrNotText() {
        for (java.nio.charset.Charset utf16 : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] bytes = "= T =\n\nText.\n".getBytes(utf16);
            DatasetException e = assertThrows(DatasetException.class, () -> ArticleParser.parse("u.txt", bytes));
            assertEquals("u.txt:1: a NUL byte at byte " + (utf16 == StandardCharsets.UTF_16LE ? 2 : 1)
                    + " of the line: the file is UTF-16 with no byte order mark, or not text; save the article as UTF-8",
                    e.getMessage());
        }
        byte[] nul = "= T =\n\nThe 2,000\u0000 soldiers came in 1945.\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("n.txt:3: a NUL byte at byte 10 of the line: the file is UTF-16 with no byte order mark, or not text;"
                + " save the article as UTF-8",
                assertThrows(DatasetException.class, () -> ArticleParser.parse("n.txt", nul)).getMessage());
    }

    /**
     * A table written as Markdown has a delimiter row under its header: it was kept as a data row of
     * "---" cells. A row of single hyphens (no data) stays a row.
     */
    @Test
    void aMarkdownDelimiterRowUnderTheHeaderIsNoRow() {
        Article a = ArticleParser.parse("md.txt", "= T =\n\n| Army | Men |\n|:---|----:|\n| A | 100 |\n\n| B | C |\n| - | - |\n");
        Element.PipeTable t = a.tables().get(0);
        assertEquals(List.of("Army", "Men"), t.header());
        assertEquals(1, t.rows().size());
        assertEquals(List.of("A", "100"), t.rows().get(0).cells());
        assertEquals(5, t.rows().get(0).at().line());
        assertEquals(List.of("-", "-"), a.tables().get(1).rows().get(0).cells());
    }

    @Test
    void anIndentedBulletRightAboveATableIsItsCaptionWithoutTheClosingStars() {
        Article a = ArticleParser.parse("c.txt", "= T =\n  - Strengths of the two armies, 1939\n\n| Army | Men |\n| A | 100 |\n");
        assertEquals("Strengths of the two armies, 1939", a.tables().get(0).caption());
        assertEquals(0, a.elements(Element.ListItem.class).count());
    }

    @Test
    void aLineOfTextRightAboveATableWithNoFullStopIsItsCaption() {
        Article a = ArticleParser.parse("c.txt", "= T =\n\nSome text.\n\nHerders of the upper valley, 1931\n| Clan | Herders |\n| A | 100 |\n");
        assertEquals("Herders of the upper valley, 1931", a.tables().get(0).caption());
        assertEquals(List.of("Some text."), a.elements(Element.Paragraph.class).map(Element.Paragraph::text).toList());
    }

    @Test
    void aSentenceRightAboveATableStaysAParagraph() {
        Article a = ArticleParser.parse("c.txt", "= T =\n\nThe herders were counted in 1931.\n| Clan | Herders |\n| A | 100 |\n");
        assertEquals("", a.tables().get(0).caption());
        assertEquals(1, a.elements(Element.Paragraph.class).count());
    }

    @Test
    void anIndentedBulletFollowedByTextStaysABulletWhereItStood() {
        Article a = ArticleParser.parse("c.txt", "= T =\n== S ==\n  - an aside\nText.\n== U ==\n  - last\n");
        List<Element.ListItem> items = a.elements(Element.ListItem.class).toList();
        assertEquals(List.of("an aside", "last"), items.stream().map(Element.ListItem::text).toList());
        assertEquals(3, items.get(0).at().line());
        assertEquals(5, items.get(0).at().column());
        assertEquals("S", items.get(0).section());
        assertEquals("U", items.get(1).section());
        assertTrue(a.elements().indexOf(items.get(0)) < a.elements().indexOf(a.elements(Element.Paragraph.class).findFirst().orElseThrow()));
    }

    @Test
    void captionWithoutTableIsKeptAsBullet() {
        Article a = ArticleParser.parse("c.txt", "= T =\n  - Lonely caption**\n\nText.\n");
        assertEquals("Lonely caption", a.elements(Element.ListItem.class).findFirst().orElseThrow().text());
        assertTrue(a.tables().isEmpty());
    }
}
