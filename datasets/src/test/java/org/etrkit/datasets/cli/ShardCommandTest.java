package org.etrkit.datasets.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shard} and {@code merge}: a build's per-article work in parts, put together into the build's package. */
class ShardCommandTest {

    /** The unseen test articles: some forty, with pipe tables, that the seeds do not share. */
    private static final Path ARTICLES = Path.of(System.getProperty("etr.root", ".."))
            .resolve("datasets/src/test/resources/articles");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    @Test
    void partsShardedApartAndMergedWriteTheBytesBuildWrites(@TempDir Path tmp) throws IOException {
        assertEquals(0, run("build", "--seeds", ARTICLES.toString(), "--out", tmp.resolve("whole").toString()), err());
        int articles;
        try (var s = Files.list(ARTICLES)) {
            articles = (int) s.filter(p -> p.toString().endsWith(".txt")).count();
        }
        String[] shards = new String[3];
        for (int k = 1; k <= 3; k++) {
            shards[k - 1] = tmp.resolve("part-" + k + ".shards").toString();
            // one thread for one part, two for the others: the shard does not depend on it
            assertEquals(0, run("shard", "--seeds", ARTICLES.toString(), "--part", k + "/3", "--threads", k == 2 ? "1"
                    : "2", "--out", shards[k - 1]), err());
            int inPart = articles * k / 3 - articles * (k - 1) / 3;
            assertEquals("wrote part " + k + "/3 (" + inPart + " articles) to " + Path.of(shards[k - 1]).toAbsolutePath()
                    .normalize() + "\n", out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
        }
        String[] merge = new String[shards.length + 3];
        merge[0] = "merge";
        merge[1] = "--out";
        merge[2] = tmp.resolve("merged").toString();
        System.arraycopy(shards, 0, merge, 3, shards.length);
        assertEquals(0, run(merge), err());
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("wrote "), out.toString(StandardCharsets.UTF_8));
        assertFilesEqual(files(tmp.resolve("whole")), files(tmp.resolve("merged")));
    }

    @Test
    void partsGivenOutOfOrderAreRefusedAndTheOutputIsLeftAlone(@TempDir Path tmp) throws IOException {
        Path a = tmp.resolve("a.shards");
        Path b = tmp.resolve("b.shards");
        assertEquals(0, run("shard", "--seeds", ARTICLES.toString(), "--part", "1/2", "--out", a.toString()), err());
        assertEquals(0, run("shard", "--seeds", ARTICLES.toString(), "--part", "2/2", "--out", b.toString()), err());
        Path outDir = tmp.resolve("out");
        assertEquals(0, run("merge", "--out", outDir.toString(), a.toString(), b.toString()), err());
        Map<String, byte[]> before = files(outDir);
        assertEquals(1, run("merge", "--out", outDir.toString(), b.toString(), a.toString()));
        assertTrue(err().matches("error: [^\n]+\\.txt: the shards are out of order: this article comes before"
                + " [^\n]+\\.txt, which an earlier shard holds; merge the shards in file name order\n"), err());
        assertFilesEqual(before, files(outDir));
    }

    @Test
    void aFileThatIsNotAShardFileIsRefusedWithOneLine(@TempDir Path tmp) throws IOException {
        Path notes = tmp.resolve("notes.txt");
        Files.writeString(notes, "my notes\n");
        Path outDir = tmp.resolve("out");
        assertEquals(1, run("merge", "--out", outDir.toString(), notes.toString()));
        assertEquals("error: " + notes + ": not a shard file (it does not start with ETR-SHARDS)\n", err());
        assertFalse(Files.exists(outDir));
        assertEquals(1, run("merge", "--out", outDir.toString(), tmp.resolve("missing.shards").toString()));
        assertEquals("error: " + tmp.resolve("missing.shards") + ": no such shard file\n", err());
        assertFalse(Files.exists(outDir));
    }

    @Test
    void aShardFileCutShortIsRefusedAndNothingIsWritten(@TempDir Path tmp) throws IOException {
        Path a = tmp.resolve("a.shards");
        assertEquals(0, run("shard", "--seeds", ARTICLES.toString(), "--out", a.toString()), err());
        byte[] bytes = Files.readAllBytes(a);
        Files.write(a, Arrays.copyOf(bytes, bytes.length / 2));
        Path outDir = tmp.resolve("out");
        assertEquals(1, run("merge", "--out", outDir.toString(), a.toString()));
        assertTrue(err().equals("error: " + a + ": the shard is cut short\n")
                || err().equals("error: " + a + ": the shard file is cut short\n"), err());
        assertFalse(Files.exists(outDir));
    }

    @Test
    void shardReplacesOnlyAShardFile(@TempDir Path tmp) throws IOException {
        Path notes = tmp.resolve("notes.txt");
        Files.writeString(notes, "my notes\n");
        assertEquals(1, run("shard", "--seeds", ARTICLES.toString(), "--out", notes.toString()));
        assertEquals("error: " + notes + ": exists and is not a shard file; shard replaces only a shard file it"
                + " wrote: name another file\n", err());
        assertEquals("my notes\n", Files.readString(notes));
        assertEquals(1, run("shard", "--seeds", ARTICLES.toString(), "--out", tmp.toString()));
        assertEquals("error: " + tmp + ": exists and is not a shard file; shard replaces only a shard file it"
                + " wrote: name another file\n", err());
        Path a = tmp.resolve("a.shards");
        assertEquals(0, run("shard", "--seeds", ARTICLES.toString(), "--part", "1/2", "--out", a.toString()), err());
        byte[] first = Files.readAllBytes(a);
        assertEquals(0, run("shard", "--seeds", ARTICLES.toString(), "--part", "2/2", "--out", a.toString()), err());
        assertFalse(Arrays.equals(first, Files.readAllBytes(a)));
    }

    @Test
    void aBadArticleWritesNoShardFileAndLeavesNoTemporaryFile(@TempDir Path tmp) throws IOException {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.writeString(seeds.resolve("a.txt"), "= A =\n\nSome 2,000 troops came.\n");
        Files.writeString(seeds.resolve("b.txt"), "= T =\n\n| a | b |\n| 1 |\n");
        Path shardDir = Files.createDirectories(tmp.resolve("shards"));
        assertEquals(1, run("shard", "--seeds", seeds.toString(), "--out", shardDir.resolve("a.shards").toString()));
        assertEquals("error: b.txt:4: table row has 1 cells, header has 2\n", err());
        try (var s = Files.list(shardDir)) {
            assertEquals(List.of(), s.toList());
        }
    }

    @Test
    void shardsMadeWithOtherRulesAreNotMerged(@TempDir Path tmp) throws IOException {
        Path rules = tmp.resolve("my-rules.json");
        try (var in = org.etrkit.datasets.tables.Rules.class.getResourceAsStream("rules.json")) {
            Files.write(rules, in.readAllBytes());
        }
        Files.writeString(rules, "\n", java.nio.file.StandardOpenOption.APPEND); // the same rules, other bytes
        Path a = tmp.resolve("a.shards");
        Path b = tmp.resolve("b.shards");
        assertEquals(0, run("shard", "--seeds", ARTICLES.toString(), "--part", "1/2", "--out", a.toString()), err());
        assertEquals(0, run("shard", "--seeds", ARTICLES.toString(), "--part", "2/2", "--rules", rules.toString(),
                "--out", b.toString()), err());
        Path outDir = tmp.resolve("out");
        assertEquals(1, run("merge", "--out", outDir.toString(), a.toString(), b.toString()));
        assertTrue(err().startsWith("error: " + b + ": made with other rules (my-rules.json, sha256:"), err());
        assertTrue(err().endsWith("; shards merged together must be made with the same rules\n"), err());
        assertEquals(1, err().split("\n").length);
        assertFalse(Files.exists(outDir));
    }

    @Test
    void aShardFileInsideTheOutputFolderIsRefused(@TempDir Path tmp) throws IOException {
        Path outDir = tmp.resolve("out");
        assertEquals(0, run("build", "--seeds", ARTICLES.toString(), "--out", outDir.toString()), err());
        Path inside = outDir.resolve("a.shards");
        assertEquals(0, run("shard", "--seeds", ARTICLES.toString(), "--out", inside.toString()), err());
        assertEquals(1, run("merge", "--out", outDir.toString(), inside.toString()));
        assertEquals("error: " + inside + ": the shard file lies inside the output directory " + outDir
                + ", which merge replaces whole; move it out or name another folder\n", err());
        assertTrue(Files.isRegularFile(inside));
    }

    @Test
    void usageErrorsExitWithTwo(@TempDir Path tmp) {
        String shard = tmp.resolve("a.shards").toString();
        for (String part : List.of("3/2", "0/2", "x", "1/", "1-2")) {
            assertEquals(2, run("shard", "--seeds", "s", "--out", shard, "--part", part));
            assertTrue(err().startsWith("--part needs K/N, whole numbers with 1 <= K <= N, not '" + part + "'\n"),
                    err());
        }
        assertEquals(2, run("shard", "--seeds", "s"));
        assertTrue(err().startsWith("shard needs --seeds DIR and --out FILE\n"), err());
        assertEquals(2, run("shard", "--seeds", "s", "--out", ""));
        assertTrue(err().startsWith("--out needs a file name, not an empty value\n"), err());
        assertEquals(2, run("merge", "--out", tmp.resolve("out").toString()));
        assertTrue(err().startsWith("merge needs at least one SHARD file\n"), err());
        assertEquals(2, run("merge", shard));
        assertTrue(err().startsWith("merge needs --out DIR\n"), err());
        assertEquals(2, run("merge", "--out", "o", "--threads", "2", shard));
        assertTrue(err().startsWith("unknown option '--threads' for merge\n"), err());
        assertEquals(2, run("build", "--seeds", "s", "--out", "o", "--part", "1/2"));
        assertTrue(err().startsWith("unknown option '--part'\n"), err());
        assertFalse(Files.exists(Path.of(shard)));
    }

    private static void assertFilesEqual(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String name : expected.keySet()) {
            assertArrayEquals(expected.get(name), actual.get(name), name);
        }
    }

    /** Every file of a folder (relative path, '/'-separated) with its bytes. */
    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (var s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
