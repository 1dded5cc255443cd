package org.etrkit.datasets.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void createWritesANewFileAndLeavesNoTemporaryFile(@TempDir Path tmp) throws IOException {
        AtomicFiles.create(tmp.resolve("a/b/new.csv"), "x,y\r\n".getBytes());
        assertEquals("x,y\r\n", Files.readString(tmp.resolve("a/b/new.csv")));
        assertEquals(List.of("new.csv"), names(tmp.resolve("a/b")));
    }

    @Test
    void createNeverReplacesAnExistingFile(@TempDir Path tmp) throws IOException {
        Path f = Files.writeString(tmp.resolve("f.csv"), "mine");
        assertThrows(FileAlreadyExistsException.class, () -> AtomicFiles.create(f, "new".getBytes()));
        assertEquals("mine", Files.readString(f));
        assertEquals(List.of("f.csv"), names(tmp));
    }

    /** Check and creation are one step: of many writers racing for one name, exactly one wins. */
    @Test
    void createRacingWritersExactlyOneWins(@TempDir Path tmp) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 50; round++) {
                Path f = tmp.resolve("race-" + round + ".csv");
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> results = new ArrayList<>();
                for (int w = 0; w < 8; w++) {
                    String content = "writer " + w;
                    Callable<Boolean> task = () -> {
                        go.await();
                        try {
                            AtomicFiles.create(f, content.getBytes());
                            return true;
                        } catch (FileAlreadyExistsException e) {
                            return false;
                        }
                    };
                    results.add(pool.submit(task));
                }
                go.countDown();
                int winners = 0;
                int winner = -1;
                for (int w = 0; w < results.size(); w++) {
                    if (results.get(w).get()) {
                        winners++;
                        winner = w;
                    }
                }
                assertEquals(1, winners, "round " + round);
                assertEquals("writer " + winner, Files.readString(f), "the winner's content, whole");
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(names(tmp).stream().allMatch(n -> n.startsWith("race-")), names(tmp).toString());
    }

    @Test
    void replaceKeepsTheReplacedFilesPermissions(@TempDir Path tmp) throws IOException {
        Path f = Files.writeString(tmp.resolve("f.csv"), "old");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.replace(f, "new".getBytes());
        assertEquals("new", Files.readString(f));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        assertEquals(List.of("f.csv"), names(tmp));
    }

    /** New files get the process's default permissions (the umask), like a file any program creates. */
    @Test
    void newFilesGetTheDefaultPermissionsNotPrivateOnes(@TempDir Path tmp) throws IOException {
        Path plain = Files.createFile(tmp.resolve("plain"));
        AtomicFiles.create(tmp.resolve("created.csv"), "x".getBytes());
        AtomicFiles.replace(tmp.resolve("replaced.csv"), "x".getBytes());
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(tmp.resolve("created.csv")));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(tmp.resolve("replaced.csv")));
    }

    @Test
    void aDirectoryIsNeverReplacedByAFile(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("empty-dir.csv"));
        FileSystemException e = assertThrows(FileSystemException.class, () -> AtomicFiles.replace(dir, "x".getBytes()));
        assertEquals("is a directory", e.getReason());
        assertThrows(FileAlreadyExistsException.class, () -> AtomicFiles.create(dir, "x".getBytes()));
        assertTrue(Files.isDirectory(dir));
        assertEquals(List.of("empty-dir.csv"), names(tmp));
    }

    /**
     * A named pipe (or a device: {@code %export roster /dev/null --overwrite} run as root turned the
     * system's /dev/null into a regular file) is not a file to replace: the rename would put a regular
     * file in its place.
     */
    @Test
    void aPipeOrADeviceIsNeverReplacedByAFile(@TempDir Path tmp) throws Exception {
        Path pipe = tmp.resolve("pipe.csv");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
        FileSystemException e = assertThrows(FileSystemException.class, () -> AtomicFiles.replace(pipe, "x".getBytes()));
        assertEquals("is a device, a pipe or a socket, not a regular file", e.getReason());
        assertTrue(Files.readAttributes(pipe, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther());
        assertEquals(List.of("pipe.csv"), names(tmp));
    }

    /**
     * A symbolic link is written through, never replaced by a file ({@code %export troops mine.csv --overwrite} on a
     * link to a file in another folder put a regular file in place of the user's link and left its file as it was);
     * a link to no file, or a loop of links, is refused and left as it was.
     */
    @Test
    void aSymbolicLinkIsWrittenThroughAndALinkToNoFileIsRefused(@TempDir Path tmp) throws IOException {
        Path elsewhere = Files.createDirectory(tmp.resolve("elsewhere"));
        Path file = Files.writeString(elsewhere.resolve("real.csv"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Path here = Files.createDirectory(tmp.resolve("here"));
        Path link = Files.createSymbolicLink(here.resolve("link.csv"), Path.of("../elsewhere/real.csv"));
        AtomicFiles.replace(link, "new".getBytes());
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals(Path.of("../elsewhere/real.csv"), Files.readSymbolicLink(link));
        assertEquals("new", Files.readString(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(List.of("link.csv"), names(here));
        assertEquals(List.of("real.csv"), names(elsewhere));

        Path dangling = Files.createSymbolicLink(here.resolve("gone.csv"), Path.of("/nonexistent/gone.csv"));
        FileSystemException e = assertThrows(FileSystemException.class, () -> AtomicFiles.replace(dangling, "x".getBytes()));
        assertEquals("is a symbolic link to /nonexistent/gone.csv, whose file does not exist; the link is not replaced",
                e.getReason());
        Path loop = Files.createSymbolicLink(here.resolve("loop.csv"), Path.of("loop.csv"));
        e = assertThrows(FileSystemException.class, () -> AtomicFiles.replace(loop, "x".getBytes()));
        assertTrue(e.getReason().startsWith("is a symbolic link to loop.csv, which cannot be followed ("), e.getReason());
        assertTrue(Files.isSymbolicLink(dangling) && Files.isSymbolicLink(loop));
        assertEquals(List.of("gone.csv", "link.csv", "loop.csv"), names(here));
    }

    @Test
    void aParentThatIsAFileIsNamed(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("file"), "x");
        NotDirectoryException e = assertThrows(NotDirectoryException.class,
                () -> AtomicFiles.create(file.resolve("sub/out.csv"), "y".getBytes()));
        assertEquals(file.toString(), e.getFile());
        assertEquals(List.of("file"), names(tmp));
    }

    /** A 255-byte name is valid; the temporary file beside it has a short name of its own. */
    @Test
    void theLongestValidNameWorks(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("x".repeat(251) + ".csv");
        AtomicFiles.create(f, "x".getBytes());
        AtomicFiles.replace(f, "y".getBytes());
        assertEquals("y", Files.readString(f));
    }

    @Test
    void aFailingWriterLeavesNothing(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("f.csv");
        assertThrows(IOException.class, () -> AtomicFiles.create(f, out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals(List.of(), names(tmp));
    }

    @Test
    void tempNamesAreShortAndHidden() {
        String n = AtomicFiles.tempName(".tmp");
        assertTrue(n.matches("\\.etr-[a-z2-7]{10}\\.tmp"), n);
    }
}
