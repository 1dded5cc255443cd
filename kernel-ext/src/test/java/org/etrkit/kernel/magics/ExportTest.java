package org.etrkit.kernel.magics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.etrkit.kernel.error.EtrException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ExportTest {

    private static Table table(String who) {
        return Table.create("t", StringColumn.create("writer", who));
    }

    @AfterEach
    void noHook() {
        Export.whileWriting = () -> { };
    }

    @Test
    void aFileThatAppearsWhileTheTableIsWrittenIsNotReplaced(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out.csv");
        CountDownLatch secondDone = new CountDownLatch(1);
        // the first writer has its temporary file written when the second one creates the target
        Export.whileWriting = () -> {
            if (Thread.currentThread().getName().equals("first")) {
                try {
                    assertTrue(secondDone.await(10, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        List<Throwable> firstFailed = new ArrayList<>();
        Thread first = new Thread(() -> {
            try {
                Export.csv(table("first"), target, false, Export.Caller.MAGIC);
            } catch (Throwable t) {
                firstFailed.add(t);
            }
        }, "first");
        first.start();
        Export.csv(table("second"), target, false, Export.Caller.MAGIC);
        secondDone.countDown();
        first.join(10_000);
        assertEquals(1, firstFailed.size(), "the first writer must not replace the second one's file");
        assertEquals("%export: '" + target + "' already exists; add --overwrite to replace it", firstFailed.get(0).getMessage());
        assertEquals("writer\r\nsecond\r\n", Files.readString(target));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(target), s.toList(), "no temporary file is left");
        }
    }

    @Test
    void ofWritersRacingForOneNameExactlyOneWins(@TempDir Path dir) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 50; round++) {
                Path target = dir.resolve("race-" + round + ".csv");
                CountDownLatch go = new CountDownLatch(1);
                List<Future<String>> results = new ArrayList<>();
                for (int w = 0; w < 4; w++) {
                    String who = "w" + w;
                    results.add(pool.submit(() -> {
                        go.await();
                        try {
                            Export.csv(table(who), target, false, Export.Caller.MAGIC);
                            return who;
                        } catch (EtrException e) {
                            assertTrue(e.getMessage().contains("already exists"), e.getMessage());
                            return null;
                        }
                    }));
                }
                go.countDown();
                List<String> winners = new ArrayList<>();
                for (Future<String> f : results) {
                    String w = f.get(30, TimeUnit.SECONDS);
                    if (w != null) {
                        winners.add(w);
                    }
                }
                assertEquals(1, winners.size(), "round " + round + ": " + winners);
                assertEquals("writer\r\n" + winners.get(0) + "\r\n", Files.readString(target));
            }
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.allMatch(p -> p.getFileName().toString().startsWith("race-")), "no temporary file is left");
        }
    }

    @Test
    void theApiCallerIsToldToPassTrue(@TempDir Path dir) throws Exception {
        Path target = Files.writeString(dir.resolve("t.csv"), "keep");
        EtrException e = assertThrows(EtrException.class, () -> Export.csv(table("x"), target, false, Export.Caller.API));
        assertEquals("Etr.export: '" + target + "' already exists; pass overwrite = true to replace it: "
                + "Etr.export(table, path, true)", e.getMessage());
        assertEquals("keep", Files.readString(target));
    }
}
