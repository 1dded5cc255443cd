package org.etrkit.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.etrkit.datasets.error.DatasetException;
import org.etrkit.datasets.parse.ArticleParser;
import org.etrkit.datasets.tables.Corpus;
import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/**
 * A batch's curated tables when a reader fails. No reader of the builder is known to fail (each failure found was
 * fixed, with a test in its reader's tests), so the failing reader here is a function that fails on one article.
 */
class ArticlePipelineTest {

    private static final List<Path> FILES = List.of(Path.of("seeds", "alpha.txt"), Path.of("seeds", "beta.txt"),
            Path.of("seeds", "gamma.txt"));

    private static final List<Corpus.Entry> ENTRIES = FILES.stream()
            .map(f -> Corpus.Entry.of(ArticleParser.parse(f.toString(), "= " + f.getFileName() + " =\n\nSome text.\n")))
            .toList();

    /** A reader that fails on any batch holding the article {@code bad}, with {@code failure}. */
    private static Function<List<Corpus.Entry>, List<Table>> failingOn(String bad, Throwable failure) {
        return entries -> {
            for (Corpus.Entry e : entries) {
                if (e.article().source().endsWith(bad)) {
                    if (failure instanceof Error err) {
                        throw err;
                    }
                    throw (RuntimeException) failure;
                }
            }
            return List.of();
        };
    }

    @Test
    void aReaderBugIsOneErrorNamingTheArticleThatFailsAlone() {
        DatasetException e = assertThrows(DatasetException.class, () -> ArticlePipeline.curated(FILES, ENTRIES,
                failingOn("beta.txt", new StackOverflowError())));
        assertEquals("beta.txt", e.file());
        assertEquals(0, e.line());
        assertEquals("beta.txt: the builder failed while making the curated tables of this article"
                + " (java.lang.StackOverflowError); this is a bug of the builder, please report it with the article",
                e.getMessage());
    }

    @Test
    void aReaderExceptionKeepsItsMessageInTheError() {
        DatasetException e = assertThrows(DatasetException.class, () -> ArticlePipeline.curated(FILES, ENTRIES,
                failingOn("gamma.txt", new IllegalStateException("no side"))));
        assertEquals("gamma.txt", e.file());
        assertEquals("gamma.txt: the builder failed while making the curated tables of this article"
                + " (java.lang.IllegalStateException: no side); this is a bug of the builder, please report it with the"
                + " article", e.getMessage());
    }

    @Test
    void aProblemTheBuilderNamesItselfPassesUnchanged() {
        DatasetException own = new DatasetException("alpha.txt", 3, "bad row");
        assertSame(own, assertThrows(DatasetException.class, () -> ArticlePipeline.curated(FILES, ENTRIES,
                failingOn("alpha.txt", own))));
    }
}
