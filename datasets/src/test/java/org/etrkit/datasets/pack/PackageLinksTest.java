package org.etrkit.datasets.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.etrkit.datasets.Datasets;
import org.etrkit.datasets.error.DatasetException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A package folder whose files are not the package's own: a table linked to a file outside the folder, to
 * {@code /dev/zero}, to a named pipe, or through a loop of links; a named pipe in place of a table or of
 * {@code datapackage.json}; a table file grown past the size the descriptor gives it. A careful reader
 * follows a link only to a file of the package, opens nothing but regular files (a pipe would block it for
 * ever, a device never ends) and reads no more than the descriptor says: each is one line naming the
 * resource and its path, at once, by the whole read ({@link DataPackage#read}) and the table-by-table one
 * ({@link PackageReader}) alike.
 */
class PackageLinksTest {

    private static Datasets data;

    @BeforeAll
    static void build() {
        data = Datasets.build(DataPackageTest.ROOT.resolve("seeds"));
    }

    /** The two ways a package is read, each reading troops: whole, and the table on its own (and counted). */
    private static final List<Function<Path, Object>> READS = List.of(
            DataPackage::read,
            dir -> PackageReader.open(dir).read("troops"),
            dir -> PackageReader.open(dir).rowCount("troops"));

    private static Path written(Path tmp) {
        Path out = tmp.resolve("pkg");
        data.writePackage(out);
        return out;
    }

    private static void refusedAtOnce(Path out, String message) {
        for (Function<Path, Object> read : READS) {
            DatasetException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> assertThrows(DatasetException.class, () -> read.apply(out)));
            assertEquals(message, e.getMessage());
        }
    }

    @Test
    void aTableLinkedToAFileOutsideThePackageIsRefusedNamingTheResourceAndWhereItLeads(@TempDir Path tmp) throws IOException {
        Path out = written(tmp);
        Path outside = Files.move(out.resolve("troops.csv"), tmp.resolve("elsewhere.csv"));
        Files.createSymbolicLink(out.resolve("troops.csv"), outside);
        refusedAtOnce(out, out.resolve("troops.csv") + ": resource 'troops' links to " + outside.toRealPath()
                + ", outside the package folder; a package's tables are files of its own folder: copy the file in"
                + " instead of linking it");
        assertEquals(data.troops().rowCount(), Files.readAllLines(outside).size() - 1, "the file linked to is left as it was");
    }

    @Test
    void aTableLinkedToDevZeroIsRefusedWithoutReadingIt(@TempDir Path tmp) throws IOException {
        Path out = written(tmp);
        Files.delete(out.resolve("troops.csv"));
        Files.createSymbolicLink(out.resolve("troops.csv"), Path.of("/dev/zero"));
        refusedAtOnce(out, out.resolve("troops.csv") + ": resource 'troops' links to /dev/zero, outside the package"
                + " folder; a package's tables are files of its own folder: copy the file in instead of linking it");
    }

    @Test
    void aNamedPipeInPlaceOfATableIsRefusedWithoutOpeningIt(@TempDir Path tmp) throws Exception {
        Path out = written(tmp);
        Files.delete(out.resolve("troops.csv"));
        mkfifo(out.resolve("troops.csv"));
        refusedAtOnce(out, out.resolve("troops.csv") + ": resource 'troops' is a device, a pipe or a socket, not a"
                + " regular file; a package's tables are CSV files");
    }

    @Test
    void aLoopOfLinksInPlaceOfATableIsNamed(@TempDir Path tmp) throws IOException {
        Path out = written(tmp);
        Files.delete(out.resolve("troops.csv"));
        Files.createSymbolicLink(out.resolve("troops.csv"), Path.of("loop.csv"));
        Files.createSymbolicLink(out.resolve("loop.csv"), Path.of("troops.csv"));
        refusedAtOnce(out, out.resolve("troops.csv") + ": resource 'troops' is a symbolic link that leads back to"
                + " itself through links (a loop) and to no file; put the table's CSV file there");
    }

    @Test
    void aTableGrownPastTheSizeTheDescriptorGivesIsRefusedBeforeItIsRead(@TempDir Path tmp) throws IOException {
        Path out = written(tmp);
        long bytes = Files.size(out.resolve("troops.csv"));
        // 64 GiB, sparse: read whole, it would take minutes and the heap, before its hash could refuse it
        try (RandomAccessFile f = new RandomAccessFile(out.resolve("troops.csv").toFile(), "rw")) {
            f.setLength(64L << 30);
        }
        refusedAtOnce(out, out.resolve("troops.csv") + ": resource 'troops' is 68,719,476,736 bytes, but"
                + " datapackage.json gives it " + String.format("%,d", bytes) + "; the file changed after the package"
                + " was written");
    }

    @Test
    void aTableLinkedToAFileInsideThePackageIsRead(@TempDir Path tmp) throws IOException {
        Path out = written(tmp);
        Files.createDirectories(out.resolve("copies"));
        Files.move(out.resolve("troops.csv"), out.resolve("copies/troops.csv"));
        Files.createSymbolicLink(out.resolve("troops.csv"), Path.of("copies/troops.csv"));
        assertEquals(data.troops().rowCount(), DataPackage.read(out).resources().stream()
                .filter(r -> r.name().equals("troops")).findFirst().orElseThrow().table().rowCount());
        assertEquals(data.troops().rowCount(), PackageReader.open(out).read("troops").rowCount());
        assertEquals(data.troops().rowCount(), PackageReader.open(out).rowCount("troops"));
    }

    @Test
    void aDescriptorThatIsAPipeADeviceOrOutsideThePackageIsRefusedAtOnce(@TempDir Path tmp) throws Exception {
        Path out = written(tmp);
        Path descriptor = out.resolve("datapackage.json");
        Path outside = Files.move(descriptor, tmp.resolve("datapackage.json"));
        Files.createSymbolicLink(descriptor, outside);
        String linked = descriptor + ": links to " + outside.toRealPath() + ", outside the package folder; a package's"
                + " datapackage.json is a file of its own folder: copy the file in instead of linking it";
        refusedToOpen(out, linked);
        Files.delete(descriptor);
        Files.createSymbolicLink(descriptor, Path.of("/dev/zero"));
        refusedToOpen(out, descriptor + ": links to /dev/zero, outside the package folder; a package's"
                + " datapackage.json is a file of its own folder: copy the file in instead of linking it");
        Files.delete(descriptor);
        mkfifo(descriptor);
        refusedToOpen(out, descriptor + ": is a device, a pipe or a socket, not a regular file; a package's"
                + " datapackage.json is a JSON file");
    }

    /**
     * A descriptor larger than the heap can read (its bytes and the maps they make): read whole, it ended in an
     * OutOfMemoryError, or, past 2 GiB, "Required array size too large". Refused by its size before it is read
     * (here a sparse file past the limit).
     */
    @Test
    void aDescriptorTooLargeForTheHeapIsRefusedBeforeItIsRead(@TempDir Path tmp) throws IOException {
        Path out = written(tmp);
        Path descriptor = out.resolve("datapackage.json");
        long heap = Runtime.getRuntime().maxMemory();
        long size = heap / PackageFiles.DESCRIPTOR_HEAP_PER_BYTE + (1 << 20);
        try (RandomAccessFile f = new RandomAccessFile(descriptor.toFile(), "rw")) {
            f.setLength(size);
        }
        refusedToOpen(out, descriptor + ": is " + String.format("%,d MiB", (size + (1 << 20) - 1) >> 20)
                + "; reading it needs about " + String.format("%,d MiB", (size * PackageFiles.DESCRIPTOR_HEAP_PER_BYTE
                + (1 << 20) - 1) >> 20) + " of Java heap and this Java has " + String.format("%,d MiB", (heap + (1 << 20) - 1) >> 20)
                + ": run Java with more memory (-Xmx), or check that this is the descriptor a build wrote");
    }

    /**
     * A descriptor nested deeper than Jackson reads (a file made to break readers, or a tool gone wrong) was
     * "bad JSON: Document nesting depth (1001) exceeds the maximum allowed (1000, from
     * `StreamReadConstraints.getMaxNestingDepth()`)": said in the user's words, Jackson's error kept as the cause.
     */
    @Test
    void aDescriptorNestedTooDeepIsRefusedInTheUsersWords(@TempDir Path tmp) throws IOException {
        Path out = written(tmp);
        Path descriptor = out.resolve("datapackage.json");
        Files.writeString(descriptor, "{\"resources\": " + "[".repeat(5000) + "]".repeat(5000) + "}\n");
        // the '{' is level 1, the '[' at column 1,014 (after 14 characters and 999 '[') opens level 1,001
        String message = descriptor + ":1: bad JSON: arrays and objects nested more than 1,000 deep (at column 1,014);"
                + " no file the kit reads nests that deep: check that this is the file meant, or write it again";
        refusedToOpen(out, message);
        DatasetException e = assertThrows(DatasetException.class, () -> DataPackage.read(out));
        assertEquals(com.fasterxml.jackson.core.exc.StreamConstraintsException.class, e.getCause().getClass());
    }

    /**
     * Two resources of one name (a descriptor edited by hand): both loaded, and a Frictionless tool reading the
     * package by resource name would find only one. Refused, naming both paths.
     */
    @Test
    void twoResourcesOfOneNameAreRefusedNamingBothPaths(@TempDir Path tmp) throws IOException {
        Path out = written(tmp);
        Path descriptor = out.resolve("datapackage.json");
        String json = Files.readString(descriptor);
        assertTrue(json.contains("\"name\": \"aid\","), json);
        Files.writeString(descriptor, json.replace("\"name\": \"aid\",", "\"name\": \"roster\","));
        refusedToOpen(out, descriptor + ": resources 'roster.csv' and 'aid.csv' are both named 'roster'; a package's"
                + " resource names are unique: name each after its file, as the build does");
    }

    private static void refusedToOpen(Path out, String message) {
        for (Function<Path, Object> open : List.<Function<Path, Object>>of(DataPackage::read, PackageReader::open)) {
            DatasetException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> assertThrows(DatasetException.class, () -> open.apply(out)));
            assertEquals(message, e.getMessage());
        }
    }

    static void mkfifo(Path p) throws IOException, InterruptedException {
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertEquals(0, mk.waitFor(), "mkfifo " + p);
    }
}
