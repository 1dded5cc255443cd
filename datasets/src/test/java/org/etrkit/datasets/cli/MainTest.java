package org.etrkit.datasets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void buildsThePackageAndListsTheTables(@TempDir Path tmp) {
        Path seeds = Path.of(System.getProperty("etr.root", "..")).resolve("seeds");
        assertEquals(0, run("build", "--seeds", seeds.toString(), "--out", tmp.resolve("out").toString()));
        assertTrue(Files.exists(tmp.resolve("out/datapackage.json")));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("roster.csv"));
    }

    @Test
    void theSummaryCountsOneArticleAndOneTableInTheSingular(@TempDir Path tmp) throws Exception {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.writeString(seeds.resolve("notes.txt"), "= T =\n\n| a | b |\n| 1 | 2 |\n");
        assertEquals(0, run("build", "--seeds", seeds.toString(), "--out", tmp.resolve("out").toString()), err());
        String shown = out.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains(" from 1 article to "), shown);
        assertTrue(shown.contains(" rows in 1 table\n") || shown.contains(" row in 1 table\n"), shown);
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run());
        assertEquals(2, run("bild"));
        assertTrue(err().contains("unknown command 'bild'"));
        assertEquals(2, run("build", "--seeds", "x"));
        assertEquals(2, run("build", "--seeds"));
        assertEquals(2, run("build", "--colour", "x"));
        assertEquals(2, run("build", "--seeds", "x", "--out", "y", "--threads", "0"));
        assertTrue(err().contains("--threads needs a whole number from 1 to 256, not '0'"));
        // each thread holds a batch of articles in memory: thousands of them would only run out of heap
        assertEquals(2, run("build", "--seeds", "x", "--out", "y", "--threads", "100000"));
        assertTrue(err().contains("--threads needs a whole number from 1 to 256, not '100000'"));
        assertEquals(2, run("build", "--seeds", "x", "--out", "y", "--threads", "two"));
        assertEquals(2, run("build", "--seeds", "x", "--out", "y", "--threads"));
        assertEquals(2, run("build", "--seeds", "a", "--seeds", "b", "--out", "y"));
        assertTrue(err().contains("option --seeds is given twice"), err());
        assertEquals(0, run("--help"));
    }

    /**
     * A command or option typed with a slip (a letter swapped, left out or doubled, a capital) names the one meant
     * on its first line, as the kernel's magics do; before, 'unknown command 'biuld'' and the usage, which the user
     * had to compare letter by letter. A word far from any is not guessed at.
     */
    @Test
    void aMistypedCommandOrOptionNamesTheOneMeant() {
        err.reset();
        assertEquals(2, run("biuld", "--seeds", "x", "--out", "y"));
        assertEquals("unknown command 'biuld'; did you mean 'build'?", firstErrorLine());
        err.reset();
        assertEquals(2, run("Build", "--seeds", "x", "--out", "y"));
        assertEquals("unknown command 'Build'; did you mean 'build'?", firstErrorLine());
        err.reset();
        assertEquals(2, run("build", "--seeds", "x", "--out", "y", "--thread", "2"));
        assertEquals("unknown option '--thread'; did you mean '--threads'?", firstErrorLine());
        err.reset();
        assertEquals(2, run("build", "--seed", "x", "--out", "y"));
        assertEquals("unknown option '--seed'; did you mean '--seeds'?", firstErrorLine());
        err.reset();
        assertEquals(2, run("shard", "--seeds", "x", "--out", "y", "--parts", "1/2"));
        assertEquals("unknown option '--parts' for shard; did you mean '--part'?", firstErrorLine());
        err.reset();
        assertEquals(2, run("build", "--seeds", "x", "--out", "y", "-o", "z"));
        assertEquals("unknown option '-o'", firstErrorLine());
        err.reset();
        assertEquals(2, run("compile", "--seeds", "x"));
        assertEquals("unknown command 'compile'", firstErrorLine());
    }

    private String firstErrorLine() {
        return err().lines().findFirst().orElse("");
    }

    /** {@code build --help}, as a user types it after reading the usage's first line: the usage, exit 0, nothing built. */
    @Test
    void helpAfterACommandPrintsTheUsage(@TempDir Path tmp) {
        for (String command : List.of("build", "shard", "merge")) {
            out.reset();
            err.reset();
            assertEquals(0, run(command, "--help"), command);
            assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: java -jar etr-datasets.jar build"), command);
            assertEquals("", err(), command);
            assertEquals(0, run(command, "-h"), command);
        }
        assertEquals(0, run("build", "--seeds", "seeds", "--out", tmp.resolve("out").toString(), "--help"));
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    /** An unset variable ({@code --out "$OUT"}) gives an empty value: a usage error naming the option, nothing built. */
    @Test
    void anEmptyFolderNameIsAUsageError(@TempDir Path tmp) throws Exception {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.writeString(seeds.resolve("a.txt"), "= A =\n\nSome 2,000 troops came.\n");
        assertEquals(2, run("build", "--seeds", seeds.toString(), "--out", ""));
        assertTrue(err().startsWith("--out needs a folder name, not an empty value\n"), err());
        err.reset();
        assertEquals(2, run("build", "--seeds", " ", "--out", tmp.resolve("out").toString()));
        assertTrue(err().startsWith("--seeds needs a folder name, not an empty value\n"), err());
        err.reset();
        assertEquals(2, run("build", "--seeds", seeds.toString(), "--out", tmp.resolve("out").toString(), "--rules", ""));
        assertTrue(err().startsWith("--rules needs a file name, not an empty value\n"), err());
        try (var s = Files.list(tmp)) {
            assertEquals(List.of("seeds"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    /**
     * The build writes as it goes, so a bad article found late stops a build that has written much:
     * the output keeps the previous package byte for byte, and only the lock file stays beside it.
     */
    @Test
    void badArticleExitsWithOneNamingFileAndLineAndLeavesOutputAlone(@TempDir Path tmp) throws Exception {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.writeString(seeds.resolve("a.txt"), "= A =\n\n| a | b |\n| 1 | 2 |\n\nSome 2,000 troops came.\n");
        Path outDir = tmp.resolve("out");
        assertEquals(0, run("build", "--seeds", seeds.toString(), "--out", outDir.toString()), err());
        Map<String, String> before = files(outDir);
        Files.writeString(seeds.resolve("b.txt"), "= T =\n\n| a | b |\n| 1 |\n");
        Files.writeString(seeds.resolve("c.txt"), "= C =\n\nSome 3,000 troops came.\n");
        assertEquals(1, run("build", "--seeds", seeds.toString(), "--out", outDir.toString()));
        assertEquals("error: b.txt:4: table row has 1 cells, header has 2\n", err().replace("\r\n", "\n"));
        assertEquals(before, files(outDir));
        try (var s = Files.list(tmp)) {
            assertEquals(List.of(".out.etr-lock"), s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".out")).toList());
        }
    }

    /**
     * The error is one line that cannot drive the terminal: control characters an article or a file name
     * brings in (an escape sequence that cleared the screen, a line break in a file name) are written as
     * escapes.
     */
    @Test
    void anErrorIsOneLineWithControlCharactersEscaped(@TempDir Path tmp) throws Exception {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.writeString(seeds.resolve("esc.txt"), "\u001b[2J\u001b[31m= T =\n");
        assertEquals(1, run("build", "--seeds", seeds.toString(), "--out", tmp.resolve("out").toString()));
        assertEquals("error: esc.txt:1: first line is not a title like '= Title =': '\\u001B[2J\\u001B[31m= T ='\n",
                err().replace("\r\n", "\n"));
        Files.delete(seeds.resolve("esc.txt"));
        Files.writeString(seeds.resolve("bad\nname.txt"), "= T =\n\n| a | b |\n| 1 |\n");
        err.reset();
        assertEquals(1, run("build", "--seeds", seeds.toString(), "--out", tmp.resolve("out").toString()));
        assertEquals("error: bad\\nname.txt:4: table row has 1 cells, header has 2\n", err().replace("\r\n", "\n"));
    }

    /**
     * A second byte order mark (a file saved with one by two tools), or a zero-width space pasted from a web page,
     * before the title: the error quoted a line that looked exactly like a good title ('= T ='). Invisible
     * characters are written as escapes, as control characters are.
     */
    @Test
    void invisibleCharactersInAnErrorAreWrittenAsEscapes(@TempDir Path tmp) throws Exception {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.write(seeds.resolve("a.txt"), "\uFEFF\uFEFF= T =\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(1, run("build", "--seeds", seeds.toString(), "--out", tmp.resolve("out").toString()));
        assertEquals("error: a.txt:1: first line is not a title like '= Title =': '\\uFEFF= T ='\n",
                err().replace("\r\n", "\n"));
        assertEquals("\\u200B= T =, \\u2028, \\u200E", Main.printable("\u200B= T =, \u2028, \u200E"));
        assertEquals("Ürümqi — 伊犁 ئۈرۈمچی", Main.printable("Ürümqi — 伊犁 ئۈرۈمچی"), "letters of any script stay");
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    /** Every file of a folder (relative path, '/'-separated) with its content. */
    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (var s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return out;
    }

    /** Article file names that reduce to one table name would lose a table: the build names both files. */
    @Test
    void articlesWhoseTablesWouldShareANameAreRefusedNamingBoth(@TempDir Path tmp) throws Exception {
        for (String[] pair : new String[][] {{"Foo.txt", "foo.txt"}, {"a b.txt", "a-b.txt"}}) {
            Path seeds = Files.createDirectories(tmp.resolve("seeds-" + pair[1]));
            Files.writeString(seeds.resolve(pair[0]), "= One =\n\n| a | b |\n| 1 | 2 |\n");
            Files.writeString(seeds.resolve(pair[1]), "= Two =\n\nText.\n\n| c | d |\n| 3 | 4 |\n");
            err.reset();
            Path outDir = tmp.resolve("out-" + pair[1]);
            assertEquals(1, run("build", "--seeds", seeds.toString(), "--out", outDir.toString()));
            String stem = pair[1].substring(0, pair[1].length() - 4);
            assertEquals("error: " + pair[1] + ":5: its table would be published as tables/" + stem + "-1, the name of"
                    + " a table of " + pair[0] + " (line 3), because both file names reduce to '" + stem + "'; rename"
                    + " one of the two articles\n", err().replace("\r\n", "\n"));
            assertFalse(Files.exists(outDir));
        }
    }

    /**
     * Article names in other scripts: every all-Chinese (or Cyrillic, Greek...) name reduced to '-', so
     * two such articles were refused as sharing a table name, and accents were lost ('Ürümqi' gave
     * '-r-mqi'). Accents now drop to their letter and other letters are written as their code points.
     */
    @Test
    void articlesNamedInOtherScriptsGetTablesOfTheirOwn(@TempDir Path tmp) throws Exception {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        for (String name : List.of("Ürümqi notes.txt", "中文.txt", "日本.txt", "Москва.txt")) {
            Files.writeString(seeds.resolve(name), "= T =\n\n| a | b |\n| 1 | 2 |\n");
        }
        Path outDir = tmp.resolve("out");
        assertEquals(0, run("build", "--seeds", seeds.toString(), "--out", outDir.toString()), err());
        try (var s = Files.list(outDir.resolve("tables"))) {
            assertEquals(List.of("u43cu43eu441u43au432u430-1.csv", "u4e2du6587-1.csv", "u65e5u672c-1.csv", "urumqi-notes-1.csv"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /** Tablesaw adds columns in quadratic time, so a table is limited to 1,000 columns, with a file:line error past it. */
    @Test
    void aTableOverTheColumnLimitIsRefusedWithFileAndLine(@TempDir Path tmp) throws Exception {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.writeString(seeds.resolve("wide.txt"), "= Wide =\n\n" + row("h", 1001) + row("", 1001));
        Files.writeString(seeds.resolve("ok.txt"), "= Ok =\n\n" + row("h", 1000) + row("", 1000));
        assertEquals(1, run("build", "--seeds", seeds.toString(), "--out", tmp.resolve("out").toString()));
        assertEquals("error: wide.txt:3: the table has 1001 columns; a table may have at most 1000\n",
                err().replace("\r\n", "\n"));
        Files.delete(seeds.resolve("wide.txt"));
        assertEquals(0, run("build", "--seeds", seeds.toString(), "--out", tmp.resolve("out").toString()), err());
        assertTrue(Files.isRegularFile(tmp.resolve("out/tables/ok-1.csv")));
    }

    private static String row(String prefix, int cells) {
        StringBuilder s = new StringBuilder("|");
        for (int i = 0; i < cells; i++) {
            s.append(' ').append(prefix).append(i).append(" |");
        }
        return s.append('\n').toString();
    }

    @Test
    void emptySeedsDirectoryExitsWithOne(@TempDir Path tmp) throws Exception {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        assertEquals(1, run("build", "--seeds", seeds.toString(), "--out", tmp.resolve("out").toString()));
        assertTrue(err().contains("no articles"));
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    /**
     * Issue 12 item 7 through the build command: each figure of the article lands in mentions.csv as the
     * exact number written, or as a row with no value and a note saying why it is not stored; never as
     * another number. The expected rows are read by hand from the article below.
     */
    @Test
    void everyFigureIsStoredExactlyOrRejectedWithANoteByTheBuild(@TempDir Path tmp) throws Exception {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.writeString(seeds.resolve("numbers.txt"), String.join("\n",
                "= Numbers =", "",
                "The treasury held 1,000,000,000,000,000,000 rubles.",
                "The debt was 999,999,999,999,999 billion rubles.",
                "The count was 12,345,678,901,234,567 grains.",
                "The balance fell by -5,000 rubles and by \u22125,000 rubles.",
                "The army fell from 30,000 to 25,000 troops.",
                "The bank lent 1.5 million million rubles.",
                "They had \u06635 troops and 7 tanks.", ""));
        assertEquals(0, run("build", "--seeds", seeds.toString(), "--out", tmp.resolve("out").toString()), err());
        String beyond = "not stored: a whole number beyond 9,007,199,254,740,991 (2^53 - 1) cannot be kept exactly";
        List<String> expected = List.of(
                "3|1,000,000,000,000,000,000|||" + beyond,
                "4|999,999,999,999,999 billion|||" + beyond,
                "5|12,345,678,901,234,567|||" + beyond,
                "6|-5,000 rubles|-5000||",
                "6|\u22125,000 rubles|-5000||",
                "7|30,000|30000||",
                "7|25,000 troops|25000||",
                "8|1.5 million million rubles|1500000000000||",
                "9|7 tanks|7||");
        tech.tablesaw.api.Table m = tech.tablesaw.api.Table.read().usingOptions(tech.tablesaw.io.csv.CsvReadOptions
                .builder(tmp.resolve("out/mentions.csv").toFile()).columnTypes(c -> tech.tablesaw.api.ColumnType.STRING));
        List<String> rows = new java.util.ArrayList<>();
        for (tech.tablesaw.api.Row r : m) {
            rows.add(String.join("|", r.getString("line"), r.getString("text"), r.getString("value"),
                    r.getString("value_high"), r.getString("note")));
        }
        assertEquals(expected, rows);
    }

    /**
     * Issue 12 item 6: an article small enough to read can still give more rows than the heap holds (one
     * line of "and 5 men " gives a troops row per figure). The command says so in one line naming the
     * article, with no Java trace, and writes nothing.
     */
    @Test
    void anArticleWhoseRowsOutgrowTheHeapFailsInOneLine(@TempDir Path tmp) throws Exception {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.writeString(seeds.resolve("men.txt"), "= Men =\n\nIn 1946 there came " + "and 5 men ".repeat(100_000) + ".\n");
        Process p = ChildBuild.start(ChildBuild.command(List.of("-Xmx48m"), "build", "--seeds", seeds.toString(),
                "--out", tmp.resolve("out").toString(), "--threads", "1"), tmp);
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), output);
        List<String> lines = output.lines().toList();
        assertEquals(1, lines.size(), output);
        assertTrue(lines.get(0).startsWith("error: men.txt: not enough Java heap to make the tables of this article ("),
                output);
        assertTrue(lines.get(0).endsWith("run Java with more memory (-Xmx) or split the article"), output);
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    /**
     * A pipe escaped with a backslash in a cell ({@code | A \| B | x |}, as Markdown and pandoc export one) is text of
     * its cell; before, it split the cell and the build stopped with 'table row has 3 cells, header has 2'.
     */
    @Test
    void anEscapedPipeInATableCellIsTextOfItsCell(@TempDir Path tmp) throws Exception {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.writeString(seeds.resolve("a.txt"), "= T =\n\n| Name | Note |\n| A \\| B | x \\|\n| C | y |\n");
        assertEquals(0, run("build", "--seeds", seeds.toString(), "--out", tmp.resolve("out").toString()), err());
        assertEquals("Name,Note\r\nA | B,x |\r\nC,y\r\n", Files.readString(tmp.resolve("out/tables/a-1.csv")));
    }

    /**
     * An article saved by a word processor writes thousands with a no-break or narrow no-break space ('12 000');
     * the build read '12' and '0 troops', two figures, and a troops row of 0.
     */
    @Test
    void thousandsGroupedWithANoBreakSpaceBuildOneFigure(@TempDir Path tmp) throws Exception {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.writeString(seeds.resolve("a.txt"),
                "= T =\n\nAbout 12\u00A0000 troops were in Ili in 1945. There were 9\u202F500 soldiers in 1946.\n");
        assertEquals(0, run("build", "--seeds", seeds.toString(), "--out", tmp.resolve("out").toString()), err());
        List<String> mentions = Files.readAllLines(tmp.resolve("out/mentions.csv"));
        assertEquals(3, mentions.size(), () -> String.join("\n", mentions));
        assertTrue(mentions.get(1).contains(",12000,"), mentions.get(1));
        assertTrue(mentions.get(2).contains(",9500,"), mentions.get(2));
        String troops = Files.readString(tmp.resolve("out/troops.csv"));
        assertTrue(troops.contains(",12000,12000,about,troops,") && troops.contains(",9500,9500,exact,soldiers,"), troops);
    }

    /** "1,000−1,200 troops" with a minus sign for the dash is one range, as with a hyphen or an en dash. */
    @Test
    void aRangeWrittenWithAMinusSignBuildsOneRow(@TempDir Path tmp) throws Exception {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.writeString(seeds.resolve("a.txt"), "= T =\n\nThere were 1,000\u22121,200 troops in Ili in 1948.\n");
        assertEquals(0, run("build", "--seeds", seeds.toString(), "--out", tmp.resolve("out").toString()), err());
        List<String> troops = Files.readAllLines(tmp.resolve("out/troops.csv"));
        assertEquals(2, troops.size(), () -> String.join("\n", troops));
        assertTrue(troops.get(1).contains(",1000,1200,exact,troops,"), troops.get(1));
    }
}
