package org.etrkit.kernel.magics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.etrkit.datasets.Datasets;
import org.etrkit.kernel.error.EtrException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.tablesaw.api.Table;

class MagicsTest {

    private final Datasets data = Datasets.packaged();

    private EtrException fails(List<String> args, Path dir) {
        return assertThrows(EtrException.class, () -> Magics.export(data, args, dir));
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void datasetsListsEveryTableWithRowsColumnsAndDescription() {
        Table t = Magics.datasets(data, List.of());
        assertEquals(data.names(), t.stringColumn("name").asList());
        assertEquals(data.rowCount("roster"), t.intColumn("rows").get(0));
        assertEquals(6, t.intColumn("columns").get(0));
        assertFalse(t.stringColumn("description").get(0).isEmpty());
    }

    @Test
    void datasetsRefusesArgumentsAndOptions() {
        for (List<String> args : List.of(List.of("x"), List.of("--all"), List.of("-v"))) {
            EtrException e = assertThrows(EtrException.class, () -> Magics.datasets(data, args));
            assertTrue(e.getMessage().startsWith("%datasets takes no arguments, got " + args), e.getMessage());
        }
    }

    @Test
    void exportWritesHeaderAndRowsCreatingDirectories(@TempDir Path dir) throws Exception {
        Export.Result r = Magics.export(data, List.of("roster", "out/sub/roster.csv"), dir);
        Path file = dir.resolve("out/sub/roster.csv");
        assertEquals(file, r.path());
        assertEquals(data.rowCount("roster"), r.rows());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("name,ethnicity,position,body,source,line", lines.get(0));
        assertEquals(1 + data.rowCount("roster"), lines.size());
        assertTrue(r.toString().startsWith("wrote 18 rows to " + file));
        assertEquals(List.of("roster.csv"), names(file.getParent()), "no temporary file is left");
    }

    @Test
    void anExportBelowTheWorkingDirectoryIsNamedFromThereAndAnyOtherByItsAbsolutePath() {
        Path cwd = Path.of("/home/historian/notebooks");
        assertEquals(Path.of("exports/roster.csv"), Export.shown(cwd.resolve("exports/roster.csv"), cwd));
        assertEquals(Path.of("/tmp/roster.csv"), Export.shown(Path.of("/tmp/roster.csv"), cwd));
        assertEquals(Path.of("/home/historian/notebooks-old/r.csv"),
                Export.shown(Path.of("/home/historian/notebooks-old/r.csv"), cwd), "a sibling whose name starts the same");
        Path below = Path.of("").toAbsolutePath().resolve("target/r.csv");
        assertEquals("wrote 3 rows to " + Path.of("target/r.csv"), new Export.Result(below, 3).toString());
    }

    @Test
    void exportRefusesToOverwriteWithoutTheFlagWhereverTheFlagIs(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("roster.csv"), "keep me");
        EtrException e = fails(List.of("roster", "roster.csv"), dir);
        assertEquals("%export: '" + file + "' already exists; add --overwrite to replace it", e.getMessage());
        assertEquals("keep me", Files.readString(file));
        Magics.export(data, List.of("roster", "roster.csv", "--overwrite"), dir);
        assertTrue(Files.readString(file).startsWith("name,"));
        Files.writeString(file, "keep me");
        Magics.export(data, List.of("--overwrite", "roster", "roster.csv"), dir);
        assertTrue(Files.readString(file).startsWith("name,"), "the flag may come first");
        Files.writeString(file, "keep me");
        assertTrue(fails(List.of("roster", "roster.csv", "--overwrite=false"), dir).getMessage().contains("already exists"));
        assertEquals("keep me", Files.readString(file));
    }

    @Test
    void exportNamesTheUnknownTableAndTheTablesThereAre(@TempDir Path dir) {
        EtrException e = fails(List.of("rooster", "x.csv"), dir);
        assertTrue(e.getMessage().startsWith("%export: no table 'rooster'; tables: roster, demographics"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("x.csv")));
    }

    @Test
    void exportExplainsMissingExtraAndUnknownArguments(@TempDir Path dir) {
        String usage = "usage: %export NAME PATH [--overwrite]";
        assertTrue(fails(List.of(), dir).getMessage().startsWith("%export: missing NAME and PATH; " + usage + " (tables: roster,"));
        assertTrue(fails(List.of("roster"), dir).getMessage().startsWith("%export: missing PATH; " + usage));
        assertEquals("%export: unexpected argument 'b.csv'; " + usage + " (quote a path with spaces in double quotes)",
                fails(List.of("roster", "a.csv", "b.csv"), dir).getMessage());
        assertEquals("%export: unknown option '--force'; " + usage, fails(List.of("roster", "a.csv", "--force"), dir).getMessage());
        assertEquals("%export: unknown option '-f'; " + usage, fails(List.of("roster", "a.csv", "-f"), dir).getMessage());
    }

    @Test
    void singleQuotesAndLeftoverDoubleQuotesAreRefusedWithAHint(@TempDir Path dir) throws Exception {
        // JJava splits a magic line on spaces outside double quotes and keeps single quotes as characters
        EtrException spaced = fails(List.of("roster", "'my", "file.csv'"), dir);
        assertTrue(spaced.getMessage().contains("single quotes do not quote in a magic line"), spaced.getMessage());
        assertTrue(spaced.getMessage().contains("use double quotes: %export roster \"my file.csv\""), spaced.getMessage());
        assertTrue(fails(List.of("roster", "'x.csv'"), dir).getMessage().contains("single quotes"));
        assertTrue(fails(List.of("roster", "\"hi\".csv"), dir).getMessage().contains("contains a double quote"));
        assertEquals(List.of(), names(dir), "nothing is written under a name nobody meant");
    }

    @Test
    void typographicQuotesAreRefusedWithAHintAndWriteNothing(@TempDir Path dir) throws Exception {
        // a path pasted from a word processor or typed on a phone, "%export roster “r.csv”": written to a file
        // named “r.csv” (or, for “/home/me/r.csv”, to a folder named “ in the notebook's folder)
        for (List<String> args : List.of(List.of("roster", "\u201cr.csv\u201d"), List.of("roster", "\u201c/tmp/r.csv\u201d"),
                List.of("roster", "\u201cmy", "file.csv\u201d"), List.of("roster", "\u2018r.csv\u2019"),
                List.of("roster", "\u00abr.csv\u00bb"), List.of("roster", "\u201er.csv\u201c"))) {
            String quoted = args.get(1);
            assertEquals("%export: " + quoted + " is in typographic quotes, which do not quote in a magic line and would be "
                    + "part of the name; use straight double quotes: %export roster \"my file.csv\"",
                    fails(args, dir).getMessage(), args.toString());
        }
        assertEquals(List.of(), names(dir), "nothing is written under a name nobody meant");
    }

    @Test
    void aTableOfTheNotebooksOwnIsNotANameForExportTheHintSaysHowToWriteIt(@TempDir Path dir) throws Exception {
        // 'var mine = Etr.troops().where(...); %export mine mine.csv' said no table 'mine' and the package's tables only
        assertEquals("%export: no table 'mine'; tables: " + String.join(", ", data.names()) + "; a table of your own is "
                + "written with Etr.export(mine, \"out/mine.csv\", false)", fails(List.of("mine", "out/mine.csv"), dir).getMessage());
        assertEquals("%export: no table 'tables/x'; tables: " + String.join(", ", data.names()),
                fails(List.of("tables/x", "x.csv"), dir).getMessage(), "no variable has that name: no hint");
        assertEquals(List.of(), names(dir));
    }

    @Test
    void aFileNamedForAnotherFormatIsRefusedNotWrittenAsCsvUnderThatName(@TempDir Path dir) throws Exception {
        // '%export roster r.xlsx' wrote CSV under a name a spreadsheet then refuses to open
        for (String file : List.of("r.xlsx", "r.JSON", "r.csv.gz", "r.parquet", "r.tsv")) {
            EtrException e = fails(List.of("roster", file), dir);
            String name = file.substring(0, file.indexOf('.'));
            assertEquals("%export: '" + dir.resolve(file) + "' is named for another format (." + file.substring(file.lastIndexOf('.') + 1)
                    + "); the file would hold CSV: name it " + name + ".csv", e.getMessage());
        }
        EtrException api = assertThrows(EtrException.class, () -> org.etrkit.kernel.Etr.export(data.table("roster"),
                dir.resolve("r.xlsx").toString(), false));
        assertTrue(api.getMessage().startsWith("Etr.export: '" + dir.resolve("r.xlsx") + "' is named for another format"),
                api.getMessage());
        assertEquals(List.of(), names(dir), "nothing written");
        for (String file : List.of("r.csv", "r.CSV", "r.txt", "r", "troops.1944", ".r")) {
            Magics.export(data, List.of("roster", file), dir);
        }
        assertEquals(List.of(".r", "r", "r.CSV", "r.csv", "r.txt", "troops.1944"), names(dir));
    }

    @Test
    void aPathStartingWithATildeIsInTheHomeFolderNotAFolderNamedTilde(@TempDir Path dir) throws Exception {
        // as a shell user writes it: '%export roster ~/r.csv' made a folder named '~' in the working directory
        Path home = Files.createDirectory(dir.resolve("home"));
        Path work = Files.createDirectory(dir.resolve("work"));
        String before = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        try {
            Magics.export(data, List.of("roster", "~/r.csv"), work);
            Magics.export(data, List.of("roster", "~/exports/r.csv"), work);
            org.etrkit.kernel.Etr.export(data.table("roster"), "~/api.csv", false);
        } finally {
            System.setProperty("user.home", before);
        }
        assertEquals(List.of("api.csv", "exports", "r.csv"), names(home));
        assertTrue(Files.exists(home.resolve("exports/r.csv")));
        assertEquals(List.of(), names(work), "no folder named ~");
        Magics.export(data, List.of("roster", "a~b.csv"), work);
        assertEquals(List.of("a~b.csv"), names(work), "a ~ inside a name is a character like any other");
    }

    @Test
    void aPathWithSpacesOrABackslashIsWrittenAsGiven(@TempDir Path dir) throws Exception {
        // what JJava passes for %export roster "my file.csv" and %export roster "a\\b.csv"
        Magics.export(data, List.of("roster", "my file.csv"), dir);
        Magics.export(data, List.of("roster", "a\\b.csv"), dir);
        assertEquals(List.of("a\\b.csv", "my file.csv"), names(dir));
    }

    @Test
    void aPathEndingInASlashOrANameOfSpacesIsRefusedAndWritesNothing(@TempDir Path dir) throws Exception {
        // '%export roster exports/' wrote a file named exports; Etr.export(t, "   ", false) a file named with 3 spaces;
        // "r.csv " (pasted with its space) a name no file manager shows the end of
        assertEquals("%export: 'exports/' names a folder; give a file name such as exports/roster.csv",
                fails(List.of("roster", "exports/"), dir).getMessage());
        assertEquals("Etr.export: '   ' is no file name; give one such as roster.csv", assertThrows(EtrException.class,
                () -> org.etrkit.kernel.Etr.export(data.table("roster"), "   ", false)).getMessage());
        assertEquals("%export: '" + dir.resolve("r.csv ") + "' ends with a space; name it 'r.csv'",
                fails(List.of("roster", "r.csv "), dir).getMessage());
        assertEquals("%export: '" + dir.resolve(" r.csv") + "' begins with a space; name it 'r.csv'",
                fails(List.of("roster", " r.csv"), dir).getMessage());
        assertEquals(List.of(), names(dir), "nothing written");
        Magics.export(data, List.of("roster", "my file.csv"), dir);
        assertEquals(List.of("my file.csv"), names(dir));
    }

    @Test
    void exportToADirectoryFails(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("adir"));
        assertTrue(fails(List.of("roster", "adir"), dir).getMessage().contains("is a directory; give a file name such as"));
    }

    @Test
    void exportUnderARegularFileNamesTheFileAndLeavesNothing(@TempDir Path dir) throws Exception {
        // ENOTDIR: fails for every user, root included
        Path file = Files.writeString(dir.resolve("notes.txt"), "a file");
        EtrException e = fails(List.of("roster", "notes.txt/sub/r.csv"), dir);
        assertEquals("%export: '" + dir.resolve("notes.txt/sub/r.csv") + "' cannot be written: '" + file
                + "' is a file, not a directory; choose another path", e.getMessage());
        assertEquals(List.of("notes.txt"), names(dir));
        assertEquals("a file", Files.readString(file));
    }

    /**
     * A folder in which no file can be made though it exists (Linux's /proc, for root too): the message was the
     * temporary file's path as the reason ("cannot be written: /proc/.etr-reuissp4jx.tmp; choose another path"),
     * a name the user never gave; it now says the folder takes no new file.
     */
    @Test
    void exportToAFolderThatTakesNoNewFileSaysSoWithoutTheTemporaryName(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "no /proc on this system");
        EtrException e = fails(List.of("roster", "/proc/r.csv"), dir);
        assertEquals("%export: '/proc/r.csv' cannot be written: no file can be made in /proc; choose another path",
                e.getMessage());
    }

    @Test
    void exportToAnUnwritableDirectorySaysPermissionDenied(@TempDir Path dir) throws Exception {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        assertTrue(locked.toFile().setWritable(false));
        try {
            Assumptions.assumeFalse(Files.isWritable(locked), "permissions are not enforced for this user (root)");
            EtrException e = fails(List.of("roster", "locked/r.csv"), dir);
            assertTrue(e.getMessage().contains("cannot be written: permission denied on"), e.getMessage());
            assertEquals(List.of(), names(locked));
        } finally {
            locked.toFile().setWritable(true);
        }
    }

    @Test
    void aNewFileGetsTheUsualPermissionsAndAReplacedFileKeepsItsOwn(@TempDir Path dir) throws Exception {
        Path reference = Files.createFile(dir.resolve("reference"));
        String usual = PosixFilePermissions.toString(Files.getPosixFilePermissions(reference));
        Assumptions.assumeFalse(usual.equals("rw-------"), "the umask makes every new file private here");
        Magics.export(data, List.of("roster", "new.csv"), dir);
        assertEquals(usual, PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("new.csv"))),
                "the umask's permissions, as any program gives a new file");
        Path shared = Files.writeString(dir.resolve("shared.csv"), "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-r-----"));
        Magics.export(data, List.of("roster", "shared.csv", "--overwrite"), dir);
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));
        assertTrue(Files.readString(shared).startsWith("name,"));
    }

    @Test
    void theLongestValidFileNameWorks(@TempDir Path dir) throws Exception {
        String name = "r".repeat(251) + ".csv";
        assertEquals(255, name.length());
        Magics.export(data, List.of("roster", name), dir);
        assertEquals(List.of(name), names(dir));
    }

    @Test
    void errorsAreOneLineWithoutStackTrace(@TempDir Path dir) {
        EtrException e = fails(List.of("rooster", "x.csv"), dir);
        assertFalse(e.getMessage().contains("\n"));
        assertEquals(0, e.getStackTrace().length);
        assertEquals(null, e.getCause());
    }

    @Test
    void aMagicNameInCapitalsLeadsToTheMagicMeant() {
        // JJava looks magics up by exact name: these are registered too, each answering in one line
        var near = Magics.misspellings(List.of("datasets", "export", "help"), java.util.Set.of("jars", "HELP"));
        assertEquals(java.util.Map.of("Datasets", "datasets", "DATASETS", "datasets", "Export", "export", "EXPORT", "export",
                "Help", "help"), near, "no name the kernel has already; nothing Tab would offer after a lower-case prefix");
        assertEquals("%Export is no magic; did you mean %export? The kit's magics: %datasets, %export NAME PATH"
                + " [--overwrite], %help [TOPIC]", Magics.misspelt("Export", "export"));
    }
}
