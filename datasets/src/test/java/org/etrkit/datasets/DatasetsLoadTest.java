package org.etrkit.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.etrkit.datasets.error.DatasetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading a large package reads its tables on first use (here the size limit for reading whole is
 * set to 0, so the seeds' package counts as large).
 */
class DatasetsLoadTest {

    private static Path seedsPackage(Path tmp) {
        Path out = tmp.resolve("out");
        Datasets.builder().write(TestCorpus.SEEDS, out);
        return out;
    }

    @Test
    void aLargePackageReadsATableOnlyWhenItIsUsed(@TempDir Path tmp) throws IOException {
        Path out = seedsPackage(tmp);
        Datasets whole = Datasets.load(out);
        // a table file changed after the build: only using that table notices
        Path troops = out.resolve("troops.csv");
        Files.writeString(troops, Files.readString(troops, StandardCharsets.UTF_8).replace("ETR", "XYZ"),
                StandardCharsets.UTF_8);
        Datasets lazy = Datasets.load(out, 0);
        assertEquals(whole.names(), lazy.names());
        assertEquals(whole.sources(), lazy.sources());
        assertEquals(whole.roster().printAll(), lazy.roster().printAll());
        assertEquals(whole.spec("troops"), lazy.spec("troops"));
        DatasetException e = assertThrows(DatasetException.class, lazy::troops);
        assertTrue(e.getMessage().contains("troops.csv") && e.getMessage().contains("SHA-256"), e.getMessage());
        assertThrows(DatasetException.class, () -> Datasets.load(out), "read whole, the package is refused at once");
    }

    @Test
    void rowCountsComeFromTheFilesWithoutMakingTables(@TempDir Path tmp) {
        Path out = seedsPackage(tmp);
        Datasets whole = Datasets.load(out);
        Datasets lazy = Datasets.load(out, 0);
        for (String name : whole.names()) {
            assertEquals(whole.rowCount(name), lazy.rowCount(name), name);
        }
        assertTrue(whole.rowCount("timeline") > 50);
    }

    @Test
    void aTableNotReadBeforeABuildReplacedThePackageIsRefusedNotMixed(@TempDir Path tmp) throws IOException {
        Path out = seedsPackage(tmp);
        Datasets lazy = Datasets.load(out, 0);
        String roster = lazy.roster().printAll();
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("war.txt"), "= War =\n\nIn 1944 some 2,000 troops came.\n");
        Datasets.builder().write(other, out);
        assertEquals(roster, lazy.roster().printAll(), "a table read before stays as it was");
        DatasetException e = assertThrows(DatasetException.class, lazy::timeline);
        assertEquals(out + ": a build replaced the data package after it was loaded, so its tables cannot be read"
                + " from it any more; load the folder again", e.getMessage());
        assertEquals(1, Datasets.load(out, 0).timeline().rowCount());
    }

    @Test
    void anUnknownNameListsTheCuratedTablesAndCountsTheArticlesTables(@TempDir Path tmp) {
        Path corpus = tmp.resolve("corpus");
        TestCorpus.write(corpus, 36);
        Datasets d = Datasets.builder().build(corpus);
        DatasetException e = assertThrows(DatasetException.class, () -> d.table("rooster"));
        assertEquals("no table 'rooster'; tables: roster, demographics, aid, troops, mentions, timeline, infobox,"
                + " and 12 tables tables/<article>-<n>", e.getMessage());
    }
}
