package org.etrkit.datasets.tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.etrkit.datasets.parse.Article;
import org.etrkit.datasets.parse.ArticleParser;

/**
 * The development articles ({@code src/test/resources/articles}, held-out ones left out) and the seeds, analysed
 * once, for tests that compare a reader's pre-check with the reader's full work on real prose.
 */
final class DevelopmentArticles {

    private static Analysis analysis;

    private DevelopmentArticles() {
    }

    /** The analysis of every development article and seed, in name order (made on first use). */
    static synchronized Analysis analysis() {
        if (analysis == null) {
            List<Article> articles = new ArrayList<>();
            for (Path dir : List.of(GoldScoresTest.ARTICLES, Path.of("..", "seeds"))) {
                try (Stream<Path> s = Files.list(dir)) {
                    for (Path f : s.filter(p -> p.toString().endsWith(".txt"))
                            .filter(p -> !p.getFileName().toString().startsWith("heldout-")).sorted().toList()) {
                        articles.add(ArticleParser.parse(f));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            analysis = new Analysis(Corpus.of(articles), Rules.defaults());
        }
        return analysis;
    }
}
