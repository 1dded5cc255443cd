package org.etrkit.datasets.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.etrkit.datasets.Datasets;
import org.etrkit.datasets.parse.Article;
import org.junit.jupiter.api.Test;

class ExtractorTest {

    /**
     * In prose the extractor reads quantities only where the date pass saw a candidate; on the seeds it
     * must find what a full scan finds (random text: {@link ScanPathsTest}).
     */
    @Test
    void candidateScanFindsWhatAFullScanFindsInTheSeeds() {
        Path seeds = Path.of(System.getProperty("etr.root", "..")).resolve("seeds");
        int figures = 0;
        for (Article a : Datasets.readArticles(seeds)) {
            for (TextBlock b : Extractor.analyze(a)) {
                if (!b.isProse()) {
                    continue; // infobox values and cells are read by the full scan itself
                }
                Quantities.Found full = Quantities.scan(b.text());
                assertEquals(full.quantities(), b.quantities(), b.at().toString());
                assertEquals(full.rejected(), b.rejected(), b.at().toString());
                figures += b.quantities().size();
            }
        }
        assertTrue(figures > 50, "the seeds' prose has figures: " + figures);
    }

    @Test
    void blocksComeInReadingOrderWithTheirLinesAndColumns() {
        Article a = org.etrkit.datasets.parse.ArticleParser.parse("o.txt", """
                = T =

                Infobox
                - Strength: about 2,000

                In 1944 some 500 men came.
                - a bullet with 3 tanks

                | Unit | Men |
                | First | 1,200 |
                """);
        var blocks = Extractor.analyze(a);
        assertEquals(java.util.List.of("infobox", "paragraph", "item", "table", "table"),
                blocks.stream().map(TextBlock::kind).toList());
        TextBlock infobox = blocks.get(0);
        assertEquals(4, infobox.at().line());
        assertEquals(13, infobox.column(infobox.quantities().get(0).start()));
        TextBlock cell = blocks.get(4);
        assertEquals("1,200", cell.text());
        assertEquals(10, cell.at().line());
        assertEquals(11, cell.column(0));
        assertEquals(1200.0, cell.quantities().get(0).value());
    }
}
