package org.etrkit.datasets.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.etrkit.datasets.Datasets;
import org.etrkit.datasets.parse.Article;
import org.etrkit.datasets.parse.ArticleParser;
import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** What the tables learn from an article stays with it: adding unrelated articles changes no seed row. */
class SeedIsolationTest {

    @Test
    void addingTheTestArticlesChangesNoRowOfTheSeeds() throws IOException {
        List<Article> seeds = Datasets.readArticles(SeedTablesTest.SEEDS);
        List<Article> all = new ArrayList<>(seeds);
        try (Stream<Path> s = Files.list(GoldScoresTest.ARTICLES)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                all.add(ArticleParser.parse(p));
            }
        }
        // the others first, so that the seeds' place in the corpus changes too
        List<Article> othersFirst = new ArrayList<>(all.subList(seeds.size(), all.size()));
        othersFirst.addAll(seeds);
        Datasets alone = Datasets.fromArticles(seeds, Rules.defaults());
        Datasets together = Datasets.fromArticles(othersFirst, Rules.defaults());
        for (String name : List.of("roster", "demographics", "aid", "troops", "mentions", "timeline", "infobox")) {
            Table a = alone.table(name);
            Table t = together.table(name);
            Table seedRows = t.where(t.stringColumn("source").isIn(seeds.stream().map(Article::source).toList()));
            assertTrue(t.rowCount() > seedRows.rowCount() || name.equals("roster") && t.rowCount() >= seedRows.rowCount(),
                    name + ": the test articles add rows");
            assertEquals(a.print(Integer.MAX_VALUE), seedRows.print(Integer.MAX_VALUE).replace(seedRows.name(), a.name()),
                    name);
        }
    }
}
