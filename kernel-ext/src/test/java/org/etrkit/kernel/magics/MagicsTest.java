package org.etrkit.kernel.magics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.etrkit.datasets.error.DatasetException;
import org.etrkit.datasets.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.tablesaw.api.Table;

class MagicsTest {

    private final Datasets data = Datasets.packaged();

    private DatasetException fails(List<String> args, Path dir) {
        return assertThrows(DatasetException.class, () -> Magics.export(data, args, dir));
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
    void datasetsRefusesArguments() {
        DatasetException e = assertThrows(DatasetException.class, () -> Magics.datasets(data, List.of("x")));
        assertTrue(e.getMessage().startsWith("%datasets takes no arguments"));
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
    }

    @Test
    void exportRefusesToOverwriteWithoutTheFlag(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("roster.csv"), "keep me");
        DatasetException e = fails(List.of("roster", "roster.csv"), dir);
        assertTrue(e.getMessage().contains("already exists; add --overwrite"), e.getMessage());
        assertEquals("keep me", Files.readString(file));
        Magics.export(data, List.of("roster", "roster.csv", "--overwrite"), dir);
        assertTrue(Files.readString(file).startsWith("name,"));
    }

    @Test
    void exportNamesTheUnknownTableAndTheTablesThereAre(@TempDir Path dir) {
        DatasetException e = fails(List.of("rooster", "x.csv"), dir);
        assertTrue(e.getMessage().startsWith("%export: no table 'rooster'; tables: roster, demographics"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("x.csv")));
    }

    @Test
    void exportExplainsMissingExtraAndUnknownArguments(@TempDir Path dir) {
        assertTrue(fails(List.of(), dir).getMessage().contains("missing NAME and PATH; usage: %export NAME PATH"));
        assertTrue(fails(List.of("roster"), dir).getMessage().contains("missing PATH"));
        assertTrue(fails(List.of("roster", "a.csv", "b.csv"), dir).getMessage().contains("unexpected argument 'b.csv'"));
        assertTrue(fails(List.of("roster", "a.csv", "--force"), dir).getMessage().contains("unknown option '--force'"));
    }

    @Test
    void exportToADirectoryOrUnwritablePlaceFailsAndLeavesNothing(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("adir"));
        assertTrue(fails(List.of("roster", "adir"), dir).getMessage().contains("is a directory"));
        Path locked = Files.createDirectories(dir.resolve("locked"));
        assertTrue(locked.toFile().setWritable(false));
        try {
            if (!Files.isWritable(locked)) {
                assertTrue(fails(List.of("roster", "locked/r.csv"), dir).getMessage().contains("cannot be written"));
                try (Stream<Path> s = Files.list(locked)) {
                    assertEquals(0, s.count());
                }
            }
        } finally {
            locked.toFile().setWritable(true);
        }
    }

    @Test
    void errorsAreOneLineWithoutStackTrace(@TempDir Path dir) {
        DatasetException e = fails(List.of("rooster", "x.csv"), dir);
        assertFalse(e.getMessage().contains("\n"));
        assertEquals(0, e.getStackTrace().length);
    }
}
