package org.etrkit.datasets.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.etrkit.datasets.error.DatasetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Articles are read line by line from their bytes, within limits that fail with one clear line. */
class ArticleLimitsTest {

    @Property(tries = 500)
    void bytesAndTextGiveTheSameArticle(@ForAll("articles") String text) {
        Article fromText;
        try {
            fromText = ArticleParser.parse("a.txt", text);
        } catch (DatasetException e) {
            DatasetException fromBytes = assertThrows(DatasetException.class,
                    () -> ArticleParser.parse("a.txt", text.getBytes(StandardCharsets.UTF_8)));
            assertEquals(e.getMessage(), fromBytes.getMessage());
            return;
        }
        assertEquals(fromText, ArticleParser.parse("a.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Provide
    Arbitrary<String> articles() {
        return Arbitraries.of("= T =\n", "= T =\r\n", "== H ==\n", "Infobox\n", "- K: V\n", "| a | b |\n",
                "| 1 | 2 |\r\n", "| Sources: x | |\n", "  - Cap**\n", "\n", "\r\n", "Some 2,000 men \u2013 caf\u00e9 ",
                "\u4e2d\u6587 ", "\uFFFD", "\uD83D\uDE00", "text").list().ofMaxSize(20).map(l -> String.join("", l));
    }

    @Test
    void aByteOrderMarkIsSkipped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "= T =\nText.\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        assertEquals("T", ArticleParser.parse("b.txt", all).title());
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsKept() {
        Article a = ArticleParser.parse("r.txt", "= T =\nA \uFFFD sign.\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("A \uFFFD sign.", a.elements(Element.Paragraph.class).findFirst().orElseThrow().text());
    }

    @Test
    void aLineOverTheLimitIsAnErrorNamingItsLine() {
        String text = "= T =\n\n" + "x".repeat(11) + "\n";
        DatasetException e = assertThrows(DatasetException.class,
                () -> ArticleParser.parse("l.txt", text.getBytes(StandardCharsets.UTF_8), 10));
        assertEquals("l.txt:3: line is 11 bytes long, over the limit of 10 bytes; break the paragraph into"
                + " several lines", e.getMessage());
        DatasetException t = assertThrows(DatasetException.class, () -> ArticleParser.parse("l.txt", text, 10));
        assertEquals("l.txt:3: line is 11 characters long, over the limit of 10 characters; break the paragraph"
                + " into several lines", t.getMessage());
        assertEquals("x".repeat(10), ArticleParser.parse("l.txt", "= T =\n\n" + "x".repeat(10) + "\n", 10)
                .elements(Element.Paragraph.class).findFirst().orElseThrow().text());
    }

    @Test
    void anArticleOverTheSizeLimitIsRefusedBeforeItIsRead() {
        DatasetException e = assertThrows(DatasetException.class,
                () -> ArticleParser.checkSize("huge.txt", ArticleParser.MAX_ARTICLE_BYTES + 1, Long.MAX_VALUE));
        assertEquals("huge.txt: article is 1073.7 MB, over the limit of 1 GiB; split it into several articles",
                e.getMessage());
        ArticleParser.checkSize("fits.txt", ArticleParser.MAX_ARTICLE_BYTES, Long.MAX_VALUE);
    }

    @Test
    void anArticleTooLargeForTheHeapIsRefusedSayingHowMuchMemoryToGive() {
        DatasetException e = assertThrows(DatasetException.class,
                () -> ArticleParser.checkSize("big.txt", 300_000_000L, 1L << 30));
        assertEquals("big.txt: article is 300.0 MB; reading it needs about 1200.0 MB of Java heap and this Java"
                + " has 1 GiB: run Java with more memory (for example -Xmx3g) or split the article", e.getMessage());
        ArticleParser.checkSize("ok.txt", 200_000_000L, 1L << 30);
    }

    /** What the user sees: the command exits 1 with one line on stderr, no Java trace. */
    @Test
    void theBuildRefusesAnArticleTooLargeForItsHeapInOneLine(@TempDir Path dir) throws Exception {
        Path seeds = Files.createDirectory(dir.resolve("seeds"));
        String paragraph = "In 1944 about 2,000 men and 7 tanks crossed the river. ".repeat(400) + "\n";
        StringBuilder article = new StringBuilder("= Big =\n\n");
        while (article.length() < 24_000_000) {
            article.append(paragraph);
        }
        Files.writeString(seeds.resolve("big.txt"), article, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                "org.etrkit.datasets.cli.Main", "build", "--seeds", seeds.toString(), "--out",
                dir.resolve("out").toString()));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), err);
        List<String> lines = err.lines().toList();
        assertEquals(1, lines.size(), err);
        assertTrue(lines.get(0).startsWith("error: big.txt: article is 24.0 MB; reading it needs about 96.0 MB of"
                + " Java heap and this Java has "), err);
        assertTrue(lines.get(0).endsWith("or split the article"), err);
        assertTrue(Files.notExists(dir.resolve("out")));
    }

    @Test
    void invalidBytesAreAnErrorNamingTheirLineAndByte(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.txt");
        byte[] head = "= T =\n\nOK.\n".getBytes(StandardCharsets.UTF_8);
        byte[] tail = {'A', 'b', (byte) 0xC3, '(', '\n'};
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        Files.write(f, all);
        DatasetException e = assertThrows(DatasetException.class, () -> ArticleParser.parse(f));
        assertEquals("bad.txt:4: not valid UTF-8: byte 0xC3 at byte 3 of the line; save the article as UTF-8",
                e.getMessage());
    }
}
