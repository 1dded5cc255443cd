package org.etrkit.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.tablesaw.api.Table;

/** The streaming build: the same bytes at any number of threads, and the same tables as a build in memory. */
class DatasetBuilderTest {

    @TempDir
    static Path tmp;
    private static Path corpus;

    @BeforeAll
    static void corpus() {
        corpus = tmp.resolve("corpus");
        TestCorpus.write(corpus, 60);
    }

    @Test
    void writesTheSameBytesAtOneAndAtSeveralThreads() throws IOException {
        Path one = tmp.resolve("one");
        Path three = tmp.resolve("three");
        DatasetBuilder.Summary a = Datasets.builder().threads(1).write(corpus, one);
        DatasetBuilder.Summary b = Datasets.builder().threads(3).write(corpus, three);
        assertEquals(a, b);
        assertEquals(60, a.articles());
        assertTrue(a.articleTables() >= 20 && a.curatedRows().get("mentions") > 1000, a.toString());
        Map<String, byte[]> x = files(one);
        Map<String, byte[]> y = files(three);
        assertEquals(x.keySet(), y.keySet());
        for (String name : x.keySet()) {
            assertTrue(Arrays.equals(x.get(name), y.get(name)), name + " differs between 1 and 3 threads");
        }
    }

    @Test
    void theStreamedPackageHoldsWhatAnInMemoryBuildHolds() throws IOException {
        Path out = tmp.resolve("streamed");
        Datasets.builder().threads(2).write(corpus, out);
        Datasets memory = Datasets.builder().threads(2).build(corpus);
        Datasets loaded = Datasets.load(out);
        assertEquals(memory.names(), loaded.names());
        for (String name : memory.names()) {
            Table m = memory.table(name);
            Table l = loaded.table(name);
            assertEquals(m.rowCount(), l.rowCount(), name);
            assertEquals(m.printAll(), l.printAll(), name);
        }
        Path again = tmp.resolve("from-memory");
        memory.writePackage(again);
        Map<String, byte[]> streamed = files(out);
        Map<String, byte[]> written = files(again);
        assertEquals(streamed.keySet(), written.keySet());
        streamed.forEach((name, bytes) -> assertTrue(Arrays.equals(bytes, written.get(name)), name));
    }

    /**
     * The build takes articles in batches; a curated table must be its articles' rows one after the
     * other, so building each article alone and putting the tables end to end gives the same tables.
     */
    @Test
    void batchesOfArticlesGiveWhatArticlesOneByOneGive() {
        Datasets batched = Datasets.builder().threads(2).build(corpus);
        Datasets oneByOne = Datasets.fromArticles(Datasets.readArticles(corpus), org.etrkit.datasets.tables.Rules.defaults());
        assertEquals(batched.names(), oneByOne.names());
        for (String name : batched.names()) {
            assertEquals(batched.table(name).printAll(), oneByOne.table(name).printAll(), name);
        }
        assertTrue(batched.rowCount("demographics") > 100, "the corpus has demographics to group");
    }

    @Test
    void hiddenFilesOfTheSeedsFolderAreNoArticlesAsAShellsStarDotTxtLeavesThemOut() throws IOException {
        // an editor's lock (Emacs' .#a.txt, a link to nothing while a.txt is open) failed the build with 'a symbolic
        // link to user@host.123, which does not exist'; a Mac's ._a.txt (binary) with 'not valid UTF-8'
        Path seeds = Files.createDirectories(tmp.resolve("hidden-seeds"));
        Files.writeString(seeds.resolve("a.txt"), "= A =\n\nThe 2,000 soldiers came in 1945.\n");
        Files.createSymbolicLink(seeds.resolve(".#a.txt"), Path.of("user@host.12345:1700000000"));
        Files.write(seeds.resolve("._a.txt"), new byte[] {0, 5, 22, 7, 0, 2, 0, 0, (byte) 0xb0});
        Files.writeString(seeds.resolve(".draft.txt"), "= Draft =\n\nNot yet.\n");
        assertEquals(java.util.List.of(seeds.resolve("a.txt")), DatasetBuilder.articleFiles(seeds));
        assertEquals(1, Datasets.builder().write(seeds, tmp.resolve("hidden-out")).articles());
    }

    private static Map<String, byte[]> files(Path dir) {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }
}
