package org.etrkit.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.etrkit.datasets.error.DatasetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

class DatasetsTest {

    @Test
    void unknownTableNamesWhatWasAskedAndWhatExists() {
        DatasetException e = assertThrows(DatasetException.class, () -> Datasets.packaged().table("rooster"));
        assertTrue(e.getMessage().startsWith("no table 'rooster'; tables: roster, demographics, aid, troops,"),
                e.getMessage());
    }

    /** Changing a returned table in place (Tablesaw's dropRows returns a new table, so it is not used) leaves the next copy alone. */
    @Test
    void eachCallReturnsAFreshCopy() {
        Table t = Datasets.packaged().roster();
        int rows = t.rowCount();
        String first = t.stringColumn("name").get(0);
        t.stringColumn("name").set(0, "changed");
        t.stringColumn("ethnicity").append("extra row");
        t.removeColumns("source");
        Table again = Datasets.packaged().roster();
        assertEquals(rows, again.rowCount());
        assertEquals(first, again.stringColumn("name").get(0));
        assertTrue(again.columnNames().contains("source"));
    }

    /**
     * An article's table of plain numbers ("1,250", "12.5") was typed integer/number in the package the builder
     * writes, so Etr.table charted it, but Datasets.build gave the same table in memory as text: the column types
     * depended on the path taken. Both paths now give the same spec, column types and values; writing the
     * in-memory build still gives the build command's bytes.
     */
    @Test
    void anArticlesTableOfPlainNumbersHasTheSameTypesInMemoryAsInItsPackage(@TempDir Path dir) throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("census.txt"), "= Census =\n\n| Year | Population | Share | Big | Note |\n"
                + "| 1941 | 1,250 | 12.5 | 3,000,000,000 | about 1,250 |\n| 1944 | 2,730,000 | 7 | | |\n"
                + "| 1949 | 980 | 0.50 | 12 | n/a |\n");
        Datasets memory = Datasets.build(seeds);
        Datasets.builder().write(seeds, dir.resolve("out"));
        Datasets packaged = Datasets.load(dir.resolve("out"));
        assertEquals(packaged.names(), memory.names());
        for (String name : packaged.names()) {
            Table m = memory.table(name);
            Table p = packaged.table(name);
            assertEquals(packaged.spec(name), memory.spec(name), name);
            assertEquals(p.types(), m.types(), name);
            assertEquals(p.printAll(), m.printAll(), name);
        }
        Table census = memory.table("tables/census-1");
        assertEquals(List.of(ColumnType.INTEGER, ColumnType.INTEGER, ColumnType.DOUBLE, ColumnType.LONG, ColumnType.STRING),
                census.types());
        assertEquals(List.of(1250, 2_730_000, 980), census.intColumn("Population").asList());
        assertEquals(List.of(12.5, 7.0, 0.5), census.doubleColumn("Share").asList());
        memory.writePackage(dir.resolve("again"));
        for (String file : new String[] {"datapackage.json", "tables/census-1.csv"}) {
            assertEquals(Files.readString(dir.resolve("out").resolve(file)), Files.readString(dir.resolve("again").resolve(file)), file);
        }
    }

    /**
     * A header cell of control characters only (a fuzzed article: "|\u0001") named its column "\u0001"
     * in memory, which the CSV reader reads back as "": the build in memory threw IllegalArgumentException
     * instead of giving the table. Names and cells are now as the package reads them back.
     */
    @Test
    void controlCharactersAtTheEndsOfATablesCellsReadTheSameInMemoryAndFromItsPackage(@TempDir Path dir)
            throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("odd.txt"), "= Odd =\n\n| \u0001 | Unit\u001F | Men |\n"
                + "| \u0002a | b\u0003 | 1,200 |\n| c | d | 300 |\n");
        Datasets memory = Datasets.build(seeds);
        Datasets.builder().write(seeds, dir.resolve("out"));
        Datasets packaged = Datasets.load(dir.resolve("out"));
        Table m = memory.table("tables/odd-1");
        assertEquals(List.of("column_1", "Unit", "Men"), m.columnNames());
        assertEquals(packaged.spec("tables/odd-1"), memory.spec("tables/odd-1"));
        assertEquals(packaged.table("tables/odd-1").printAll(), m.printAll());
        assertEquals(List.of("a", "c"), m.stringColumn("column_1").asList());
    }

    @Test
    void seedsDirectoryWithoutArticlesIsAnError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes.md"), "not an article");
        DatasetException e = assertThrows(DatasetException.class, () -> Datasets.build(dir));
        assertEquals(dir + ": no articles (*.txt files) in the seeds directory", e.getMessage());
    }

    /**
     * An article linked from elsewhere whose original was moved: the build went on without it ("from 1
     * articles") and nobody was told. Now it stops naming the link; a folder named *.txt is
     * still no article (a pipe or a device named *.txt is named: see the test after this one).
     */
    @Test
    void aLinkToAMissingArticleIsAnErrorNotAnArticleLeftOut(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "= A =\n\nText.\n");
        Files.createDirectory(dir.resolve("drafts.txt"));
        assertEquals(List.of(dir.resolve("a.txt")), DatasetBuilder.articleFiles(dir));
        Files.createSymbolicLink(dir.resolve("b.txt"), dir.resolve("../moved/b.txt"));
        DatasetException e = assertThrows(DatasetException.class, () -> DatasetBuilder.articleFiles(dir));
        assertEquals(dir.resolve("b.txt") + ": a symbolic link to " + dir.resolve("../moved/b.txt")
                + ", which does not exist; restore the article or remove the link", e.getMessage());
    }

    /** Two links to each other (or one to itself): the build said "a symbolic link to b.txt, which does not exist". */
    @Test
    void aLinkThatLoopsIsNamedAsALoop(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "= A =\n\nText.\n");
        Files.createSymbolicLink(dir.resolve("b.txt"), Path.of("c.txt"));
        Files.createSymbolicLink(dir.resolve("c.txt"), Path.of("b.txt"));
        DatasetException e = assertThrows(DatasetException.class, () -> DatasetBuilder.articleFiles(dir));
        assertEquals(dir.resolve("b.txt") + ": a symbolic link to c.txt, which leads back to b.txt through links "
                + "(a loop) and to no article; point it at the article or remove the link", e.getMessage());
        Files.delete(dir.resolve("b.txt"));
        Files.delete(dir.resolve("c.txt"));
        Files.createSymbolicLink(dir.resolve("self.txt"), Path.of("self.txt"));
        assertEquals(dir.resolve("self.txt") + ": a symbolic link to self.txt, which leads back to self.txt through links"
                + " (a loop) and to no article; point it at the article or remove the link",
                assertThrows(DatasetException.class, () -> DatasetBuilder.articleFiles(dir)).getMessage());
    }

    /**
     * A named pipe or a device named *.txt in the seeds folder (an article streamed in with mkfifo, a link to
     * /dev/null): the build left it out and said "from 3 articles" with nobody told, as it did a link to nothing.
     * Reading it would wait for a writer or never end, so it is named, not read; a folder named *.txt is still
     * no article.
     */
    @Test
    void aPipeOrADeviceNamedAsAnArticleIsNamedNotLeftOutUnsaid(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "= A =\n\nText.\n");
        assertEquals(0, new ProcessBuilder("mkfifo", dir.resolve("b.txt").toString()).inheritIO().start().waitFor());
        assertEquals(dir.resolve("b.txt") + ": a named pipe, not a file; an article is a text file: save it as one,"
                + " or move this out of the seeds folder",
                assertThrows(DatasetException.class, () -> DatasetBuilder.articleFiles(dir)).getMessage());
        Files.delete(dir.resolve("b.txt"));
        Files.createSymbolicLink(dir.resolve("b.txt"), Path.of("/dev/null"));
        assertEquals(dir.resolve("b.txt") + ": a symbolic link to /dev/null, a device, not a file; an article is a text"
                + " file: save it as one, or move this out of the seeds folder",
                assertThrows(DatasetException.class, () -> DatasetBuilder.articleFiles(dir)).getMessage());
        Files.delete(dir.resolve("b.txt"));
        assertEquals(List.of(dir.resolve("a.txt")), DatasetBuilder.articleFiles(dir));
    }

    /** --seeds naming a link to itself said "does not exist or is not a directory", as for a typo. */
    @Test
    void aSeedsFolderThatIsALoopOfLinksIsNamedAsALoop(@TempDir Path dir) throws Exception {
        Path loop = Files.createSymbolicLink(dir.resolve("seeds"), Path.of("seeds"));
        assertEquals(loop + ": a symbolic link to seeds, which leads back to seeds through links (a loop) and to no"
                + " folder; point it at the seeds folder or remove the link",
                assertThrows(DatasetException.class, () -> DatasetBuilder.articleFiles(loop)).getMessage());
    }

    /** An article or seeds folder the user may not read said "cannot read article: /path/b.txt", the path twice. */
    @Test
    void aFileThatCannotBeReadSaysWhy() {
        assertEquals("permission denied", DatasetException.reason(new java.nio.file.AccessDeniedException("/s/b.txt")));
        assertEquals("no such file", DatasetException.reason(new java.nio.file.NoSuchFileException("/s/b.txt")));
        assertEquals("Is a directory", DatasetException.reason(
                new java.nio.file.FileSystemException("/s/b.txt", null, "Is a directory")));
    }

    @Test
    void missingSeedsDirectoryIsAnError(@TempDir Path dir) {
        DatasetException e = assertThrows(DatasetException.class, () -> Datasets.build(dir.resolve("nope")));
        assertTrue(e.getMessage().contains("does not exist"));
    }

    @Test
    void newArticleYieldsItsInfoboxTablesAndQuantitiesWithNoCodeChange(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("new.txt"), """
                = Another Article =

                Infobox
                - Founded: 1921

                == Forces ==
                In March 1921 about 4,000 cavalry crossed the river.

                | Unit | Strength |
                | First | 1,200 |
                """);
        Datasets d = Datasets.build(dir);
        assertEquals(1, d.infobox().rowCount());
        assertEquals("tables/new-1", d.names().get(d.names().size() - 1));
        assertEquals(2, d.mentions().rowCount());
        assertEquals("1921-03", d.timeline().stringColumn("date").get(0));
        assertEquals(List.of(4000L, 1200L), d.troops().longColumn("count_low").asList(),
                "the prose figure and the table's strength column, with no rule written for them");
        assertEquals(List.of("Other", "Other"), d.troops().stringColumn("side").asList());
    }
}
