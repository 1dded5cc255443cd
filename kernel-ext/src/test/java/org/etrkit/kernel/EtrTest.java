package org.etrkit.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.etrkit.datasets.Datasets;
import org.etrkit.plot.Plot;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

import org.etrkit.kernel.error.EtrException;
import org.junit.jupiter.api.Test;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class EtrTest {

    @Test
    void usePathStartingWithATildeIsInTheHomeFolderAsForExport() {
        // Etr.use("~/etr/data") looked in a folder named ~ in the kernel's folder, unlike %export ~/r.csv
        String home = System.getProperty("user.home");
        assertEquals("Etr.use: " + java.nio.file.Path.of(home, "no-etr-package-here") + " holds no datapackage.json; "
                        + "give the folder that etr-datasets build --out wrote",
                assertThrows(EtrException.class, () -> Etr.use("~/no-etr-package-here")).getMessage());
        // a variable not set yet: a NullPointerException trace from Path.of
        assertEquals("Etr.use: the folder is null; pass the folder that etr-datasets build --out wrote, such as "
                + "Etr.use(\"../datasets/data\")", assertThrows(EtrException.class, () -> Etr.use((String) null)).getMessage());
    }

    @Test
    void useOfThePackagesDatapackageJsonReadsItsFolderAndOfAnotherFileSaysItIsNoFolder() {
        // Etr.use(".../datapackage.json"), as Frictionless's tools take a package, said ".../datapackage.json holds
        // no datapackage.json"
        Path data = Path.of("../datasets/data").toAbsolutePath().normalize();
        assertTrue(Etr.use(data.resolve("datapackage.json")).startsWith("Etr reads " + data + ": "));
        assertEquals(data.toString(), Etr.origin());
        assertEquals("Etr.use: " + data.resolve("roster.csv") + " is a file, not a folder; give the folder that"
                + " etr-datasets build --out wrote, the one holding its datapackage.json",
                assertThrows(EtrException.class, () -> Etr.use(data.resolve("roster.csv"))).getMessage());
        assertEquals(data.toString(), Etr.origin());
    }

    /**
     * A datapackage.json that is a named pipe, a link to a device or a link out of the folder was "holds no
     * datapackage.json" (File.isFile follows the link and says no to a pipe): it is there, so say what it is, in
     * the package reader's one line, at once (the pipe is never opened).
     */
    @Test
    void useOfAFolderWhoseDescriptorIsAPipeADeviceOrALinkOutSaysWhatItIs(@TempDir Path tmp) throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path descriptor = out.resolve("datapackage.json");
        Process mk = new ProcessBuilder("mkfifo", descriptor.toString()).inheritIO().start();
        assertEquals(0, mk.waitFor());
        assertEquals("Etr.use: " + descriptor + ": is a device, a pipe or a socket, not a regular file; a package's"
                + " datapackage.json is a JSON file", refused(out));
        Files.delete(descriptor);
        Files.createSymbolicLink(descriptor, Path.of("/dev/zero"));
        assertEquals("Etr.use: " + descriptor + ": links to /dev/zero, outside the package folder; a package's"
                + " datapackage.json is a file of its own folder: copy the file in instead of linking it", refused(out));
        Files.delete(descriptor);
        Path elsewhere = Files.writeString(tmp.resolve("elsewhere.json"), "{}");
        Files.createSymbolicLink(descriptor, elsewhere);
        assertEquals("Etr.use: " + descriptor + ": links to " + elsewhere.toRealPath() + ", outside the package"
                + " folder; a package's datapackage.json is a file of its own folder: copy the file in instead of"
                + " linking it", refused(out));
    }

    private static String refused(Path dir) {
        return org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> assertThrows(EtrException.class, () -> Etr.use(dir))).getMessage();
    }

    /**
     * An article's census table ("| Year | Population | Share |", cells "1,250" and "12.5") was all text, so
     * Plot.bar refused it: read from the package the builder writes, as Etr.table reads it, its plain numbers
     * are number columns (the ',' groups dropped) and Plot.bar draws them; a column of "about ..." stays text.
     */
    @Test
    void anArticlesOwnTableOfPlainNumbersIsReadAsNumbersThatPlotBarDraws(@TempDir Path tmp) throws IOException {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.writeString(seeds.resolve("census.txt"), "= Census =\n\n| Year | Population | Share | Note |\n"
                + "| 1941 | 1,250 | 12.5 | about 1,250 |\n| 1944 | 2,730,000 | 7 | |\n| 1949 | 980 | 0.5 | n/a |\n");
        Datasets.build(seeds).writePackage(tmp.resolve("out"));
        Table census = EtrTable.of(Datasets.load(tmp.resolve("out")).table("tables/census-1"));
        assertEquals(List.of(ColumnType.INTEGER, ColumnType.INTEGER, ColumnType.DOUBLE, ColumnType.STRING),
                census.types());
        assertEquals(List.of(1250, 2_730_000, 980), census.intColumn("Population").asList());
        CategoryChart bars = Plot.bar(census, "Year", "Population");
        CategorySeries s = bars.getSeriesMap().get("Population");
        assertEquals(List.of(1250.0, 2_730_000.0, 980.0), s.getYData().stream().map(Number::doubleValue).toList());
        assertEquals(3, s.getXData().size());
        CategorySeries shares = Plot.bar(census, "Year", "Share").getSeriesMap().get("Share");
        assertEquals(List.of(12.5, 7.0, 0.5), shares.getYData().stream().map(Number::doubleValue).toList());
    }

    @Test
    void dayReadsADayWithItsYearAsTheArticlesAreRead() {
        assertEquals(LocalDate.of(1944, 11, 12), Etr.day("12 November 1944"));
        assertEquals(LocalDate.of(1937, 8, 21), Etr.day("August 21, 1937"));
        assertEquals(LocalDate.of(1946, 6, 27), Etr.day("27 June 1946"));
    }

    @Test
    void dayRefusesTextThatNamesNoSingleDayInOneLine() {
        assertEquals("Etr.day: 'November 1944' names 1944-11, not one day; pass one day with its year, such as \"12 November 1944\"",
                assertThrows(EtrException.class, () -> Etr.day("November 1944")).getMessage());
        assertEquals("Etr.day: '12 November' names a day without its year; pass one day with its year, such as \"12 November 1944\"",
                assertThrows(EtrException.class, () -> Etr.day("12 November")).getMessage());
        assertEquals("Etr.day: 'soon' names no date; pass one day with its year, such as \"12 November 1944\"",
                assertThrows(EtrException.class, () -> Etr.day("soon")).getMessage());
        assertEquals("Etr.day: '1 May 1945 or 9 May 1945' names 2 dates (1945-05-01, 1945-05-09); pass one day with its year,"
                + " such as \"12 November 1944\"", assertThrows(EtrException.class, () -> Etr.day("1 May 1945 or 9 May 1945")).getMessage());
        assertTrue(assertThrows(EtrException.class, () -> Etr.day("from 1946 to 1947")).getMessage()
                .startsWith("Etr.day: 'from 1946 to 1947' names 1946/1947, not one day"));
        assertThrows(EtrException.class, () -> Etr.day(null));
    }

    @Test
    void dayRefusesADayItsMonthDoesNotHaveSayingHowManyDaysTheMonthHas() {
        // as test_bad_input.py's test_a_day_past_the_end_of_its_month_is_named_as_such, and the date reader's forms
        for (String[] c : new String[][] {{"31 February 1945", "February 1945 has 28 days, not a day 31"},
                {"February 29, 1945", "February 1945 has 28 days, not a day 29"},
                {"30 Feb. 1946", "February 1946 has 28 days, not a day 30"},
                {"31 April 1945", "April 1945 has 30 days, not a day 31"},
                {"February 30th, 1945", "February 1945 has 28 days, not a day 30"},
                {"0 May 1945", "May 1945 has 31 days, not a day 0"}}) {
            assertEquals("Etr.day: '" + c[0] + "' names no day: " + c[1] + "; pass one day with its year, such as"
                    + " \"12 November 1944\"", assertThrows(EtrException.class, () -> Etr.day(c[0])).getMessage());
        }
        assertEquals(LocalDate.of(1944, 2, 29), Etr.day("29 February 1944"));
        assertEquals(LocalDate.of(1945, 2, 12), Etr.day("12 Feb. 1945"));
        assertEquals("Etr.day: 'February 1945' names 1945-02, not one day; pass one day with its year, such as"
                + " \"12 November 1944\"", assertThrows(EtrException.class, () -> Etr.day("February 1945")).getMessage());
    }

    @Test
    void dayRefusesADayBeforeTheCommonEraInsteadOfReadingItAsAd() {
        // "12 November 1944 BC" gave 1944-11-12: the era was ignored
        for (String bc : new String[] {"12 November 1944 BC", "12 November 1944 B.C.", "12 November 1944 BCE",
                "12 November 1944 bc", "12 November 1944 B.C.E."}) {
            assertEquals("Etr.day: '" + bc + "' names a day before the Common Era; the kit's dates are all AD,"
                    + " as the articles' are: pass one AD day, such as \"12 November 1944\"",
                    assertThrows(EtrException.class, () -> Etr.day(bc)).getMessage());
        }
        assertEquals(LocalDate.of(1944, 11, 12), Etr.day("12 November 1944 AD"));
        assertEquals(LocalDate.of(1944, 11, 12), Etr.day("12 November 1944 CE"));
        assertEquals(LocalDate.of(1944, 11, 12), Etr.day("12 November 1944 (Bcn archive)"));
    }

    @Test
    void figuresGiveEachRowsFigureAsTheArticleGivesIt() {
        Table aid = Table.create("aid", DoubleColumn.create("quantity", 900, 82),
                StringColumn.create("qualifier", "more_than", "exact"), StringColumn.create("unit", "aircraft", "tanks"));
        assertEquals(java.util.List.of("more than 900 aircraft", "82 tanks"), Etr.figures(aid).asList());
        EtrException e = assertThrows(EtrException.class, () -> Etr.figures(Table.create("roster", StringColumn.create("name", "a"))));
        assertEquals("Etr.figures: table 'roster' has no figures to read: it needs count_low (and count_high), quantity,"
                + " or value (and value_high); columns: name", e.getMessage());
        assertThrows(EtrException.class, () -> Etr.figures(null));
    }

    @Test
    void quotesListEachSentenceWithItsLineAndRefuseATableWithoutThem() {
        Table t = Table.create("t", StringColumn.create("quote", "They had 500 men."), StringColumn.create("source", "a.txt"),
                tech.tablesaw.api.IntColumn.create("line", new int[] {4}));
        assertEquals("\"They had 500 men.\"\n    (a.txt, line 4)", Etr.quotes(t));
        EtrException e = assertThrows(EtrException.class, () -> Etr.quotes(t.removeColumns("line")));
        assertTrue(e.getMessage().startsWith("Etr.quotes: table 't' has no line column"), e.getMessage());
    }
}
