package org.etrkit.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.etrkit.datasets.error.DatasetException;
import org.etrkit.datasets.tables.Rules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build cut into shards, made apart and merged in order, writes the bytes a whole build writes. */
class ShardTest {

    @TempDir
    static Path tmp;
    private static Path corpus;
    private static Map<String, byte[]> whole;

    @BeforeAll
    static void buildWhole() throws IOException {
        corpus = tmp.resolve("corpus");
        TestCorpus.write(corpus, 61);
        Datasets.builder().threads(2).write(corpus, tmp.resolve("whole"));
        whole = files(tmp.resolve("whole"));
    }

    /** Runs of consecutive articles: uneven, one of a single article, one empty. */
    private static List<List<Path>> runs() {
        List<Path> files = DatasetBuilder.articleFiles(corpus);
        int[] cuts = {0, 1, 1, 25, 48, files.size()};
        List<List<Path>> runs = new ArrayList<>();
        for (int i = 0; i + 1 < cuts.length; i++) {
            runs.add(files.subList(cuts[i], cuts[i + 1]));
        }
        return runs;
    }

    @Test
    void shardsMergedInOrderWriteTheBytesOfAWholeBuild() throws IOException {
        List<Shard> shards = new ArrayList<>();
        for (List<Path> run : runs()) {
            // through bytes, as a shard travels between machines
            shards.add(Shard.fromBytes(Shard.build(run, Rules.defaults()).toBytes(), "run"));
        }
        DatasetBuilder.Summary s = Shard.merge(shards.iterator(), tmp.resolve("merged"));
        assertEquals(61, s.articles());
        assertFilesEqual(whole, files(tmp.resolve("merged")));
    }

    @Test
    void aShardReadBackFromItsBytesIsTheSameShard() {
        Shard s = Shard.build(runs().get(2), Rules.defaults());
        byte[] bytes = s.toBytes();
        Shard back = Shard.fromBytes(bytes, "x");
        assertEquals(s.articles(), back.articles());
        assertArrayEquals(bytes, back.toBytes());
    }

    @Test
    void shardsOutOfOrderAreRefusedAndNothingIsWritten() {
        List<List<Path>> runs = runs();
        Shard early = Shard.build(runs.get(0), Rules.defaults());
        Shard late = Shard.build(runs.get(2), Rules.defaults());
        Path out = tmp.resolve("out-of-order");
        DatasetException e = assertThrows(DatasetException.class,
                () -> Shard.merge(List.of(late, early).iterator(), out));
        assertEquals(early.articles().get(0) + ": the shards are out of order: this article comes before "
                + late.articles().get(late.articles().size() - 1) + ", which an earlier shard holds; merge the shards"
                + " in file name order", e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void anArticleInTwoShardsIsRefused() {
        Shard one = Shard.build(runs().get(0), Rules.defaults());
        Path out = tmp.resolve("twice");
        DatasetException e = assertThrows(DatasetException.class, () -> Shard.merge(List.of(one, one).iterator(), out));
        assertEquals(one.articles().get(0) + ": the article is in two shards; each article belongs to one shard",
                e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void shardsWithoutArticlesAreRefused() {
        Shard empty = Shard.build(List.of(), Rules.defaults());
        Path out = tmp.resolve("empty");
        DatasetException e = assertThrows(DatasetException.class, () -> Shard.merge(List.of(empty).iterator(), out));
        assertEquals(out + ": no articles in the shards: nothing to write", e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void bytesCutShortOrOfAnotherKindNameWhereTheyCameFrom() {
        byte[] bytes = Shard.build(runs().get(0), Rules.defaults()).toBytes();
        DatasetException cut = assertThrows(DatasetException.class,
                () -> Shard.fromBytes(Arrays.copyOf(bytes, bytes.length - 3), "task 7"));
        assertEquals("task 7: the shard is cut short", cut.getMessage());
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertEquals("task 7: not a shard: bytes follow its end",
                assertThrows(DatasetException.class, () -> Shard.fromBytes(longer, "task 7")).getMessage());
        assertEquals("task 7: not a shard: -1 articles", assertThrows(DatasetException.class,
                () -> Shard.fromBytes(new byte[] {-1, -1, -1, -1}, "task 7")).getMessage());
    }

    private static void assertFilesEqual(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String name : expected.keySet()) {
            assertArrayEquals(expected.get(name), actual.get(name), name);
        }
    }

    /** Every file of a folder (relative path, '/'-separated) with its bytes. */
    static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (var s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
