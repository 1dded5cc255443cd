package org.etrkit.datasets.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;

import org.etrkit.datasets.Datasets;
import org.etrkit.datasets.parse.Article;
import org.junit.jupiter.api.Test;

class ExtractorTest {

    /** The extractor reads quantities only where the date pass saw a candidate; it must find the same. */
    @Test
    void candidateScanFindsWhatAFullScanFinds() {
        Path seeds = Path.of(System.getProperty("etr.root", "..")).resolve("seeds");
        int blocks = 0;
        for (Article a : Datasets.readArticles(seeds)) {
            for (TextBlock b : Extractor.analyze(a)) {
                assertEquals(Quantities.find(b.text()), b.quantities(), b.at().toString());
                assertEquals(Dates.find(b.text()), b.dates(), b.at().toString());
                assertEquals(Sentences.split(b.text()).size(), b.sentences().size());
                blocks++;
            }
        }
        assertFalse(blocks == 0);
    }
}
