package org.etrkit.datasets.pack;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.etrkit.datasets.error.DatasetException;
import org.etrkit.datasets.internal.Json;
import org.etrkit.datasets.pack.DataPackage.Source;
import org.etrkit.datasets.tables.TableSpec;

import tech.tablesaw.api.Table;

/**
 * A data package opened for reading one table at a time: {@link #open} reads only
 * {@code datapackage.json} (each table's spec, file, size and hash, and the sources), and
 * {@link #read} reads a table's file when it is asked for, checking it against its hash. For a package
 * too large to read whole at start, such as the build of a large corpus.
 *
 * <pre>{@code
 * PackageReader p = PackageReader.open(Path.of("out"));
 * p.names();                    // roster, ..., tables/...
 * Table troops = p.read("troops");
 * long rows = p.rowCount("mentions");   // counted in the file, without making a table
 * }</pre>
 *
 * <p>The tables read are those the descriptor describes. Each read holds the folder's read lock (see
 * {@link DataPackage#read}), so no swap runs while a table is read. A build that replaced the folder
 * after it was opened has replaced the files too, so a table not read yet can no longer be read from
 * the same package: {@link #read} then throws, saying to open the folder again, rather than mix two
 * packages. Only a file whose SHA-256 hash is the one the descriptor read at {@link #open} gives is
 * ever returned, so a table the new build wrote byte for byte the same is read as it was.
 */
public final class PackageReader {

    private final Path dir;
    private final byte[] descriptor;
    private final Map<String, Entry> entries;
    private final List<Source> sources;

    /** What the descriptor says of one table. */
    private record Entry(TableSpec spec, String path, long bytes, Object hash) {
    }

    private PackageReader(Path dir, byte[] descriptor, Map<String, Entry> entries, List<Source> sources) {
        this.dir = dir;
        this.descriptor = descriptor;
        this.entries = entries;
        this.sources = List.copyOf(sources);
    }

    /**
     * Opens the package in {@code dir}: reads its {@code datapackage.json} under the folder's read lock
     * (see {@link DataPackage#read}), so a build swapping the folder meanwhile is waited for; after a
     * build was killed between the swap's renames, the descriptor of the whole package beside the
     * missing folder is read. A folder without a package, or a descriptor that is malformed or too large, is a
     * {@link DatasetException} naming the file.
     */
    public static PackageReader open(Path dir) {
        return AtomicDirectory.read(dir, folder -> {
            Path file = folder.resolve("datapackage.json");
            byte[] bytes = PackageFiles.descriptor(folder);
            String where = file.toString();
            Map<String, Object> root;
            try {
                root = Json.object(Json.read(new ByteArrayInputStream(bytes), where), where, "datapackage.json");
            } catch (OutOfMemoryError x) {
                throw PackageFiles.tooLarge(file, bytes.length, Runtime.getRuntime().maxMemory(), x);
            }
            Map<String, Entry> entries = new LinkedHashMap<>();
            Map<Object, String> names = new HashMap<>();
            for (Object o : Json.array(root.get("resources"), where, "resources")) {
                Map<String, Object> r = Json.object(o, where, "resource");
                TableSpec spec = DataPackage.specOf(where, r);
                Object size = r.get("bytes");
                if (entries.containsKey(spec.name())) {
                    // edited by hand: the second would take the first's place (DataPackage.read says the same)
                    throw new DatasetException(where, 0, "resource '" + r.get("name") + "': path '" + spec.name()
                            + ".csv' is listed twice; each table is one resource");
                }
                DataPackage.uniqueName(where, names, r, spec.name() + ".csv");
                entries.put(spec.name(), new Entry(spec, spec.name() + ".csv", size instanceof Long l ? l : -1,
                        r.get("hash")));
            }
            return new PackageReader(dir, bytes, entries, DataPackage.sourcesOf(where, root));
        });
    }

    /** The table names, in the descriptor's order. */
    public List<String> names() {
        return List.copyOf(entries.keySet());
    }

    /** The spec of every table, in the descriptor's order. */
    public List<TableSpec> specs() {
        return entries.values().stream().map(Entry::spec).toList();
    }

    /** The source articles. */
    public List<Source> sources() {
        return sources;
    }

    /** The size of the table files together, in bytes, as the descriptor gives it. */
    public long bytes() {
        return entries.values().stream().mapToLong(e -> Math.max(e.bytes(), 0)).sum();
    }

    /**
     * Reads table {@code name} from its file, checked against its hash, under the folder's read lock:
     * the table is the one the descriptor read at {@link #open} describes, byte for byte, or the read
     * is refused: a {@link DatasetException}, as is an unknown name, a file that cannot be read or does not parse,
     * and a folder a build replaced since {@link #open} (saying to open it again).
     */
    public Table read(String name) {
        return readFile(name, (folder, e) -> DataPackage.readTable(folder.resolve(e.path()).toString(), stream(folder, e),
                () -> stream(folder, e), e.spec(), e.hash()));
    }

    /**
     * The number of rows of table {@code name}, counted in its file (records after the header) without
     * making a table, and checked against the file's hash, under the folder's read lock as {@link #read}; mistakes
     * as for {@link #read}.
     */
    public long rowCount(String name) {
        return readFile(name, PackageReader::countRows);
    }

    /**
     * Applies {@code reading} to the folder and table {@code name} under the folder's read lock, once the folder is
     * known to hold the package this reader opened; an error of a folder replaced meanwhile says so.
     */
    private <T> T readFile(String name, BiFunction<Path, Entry, T> reading) {
        Entry e = entry(name);
        return AtomicDirectory.read(dir, folder -> {
            try {
                requireSamePackageWithoutHash(folder, e);
                return reading.apply(folder, e);
            } catch (DatasetException x) {
                throw replacedOr(folder, x);
            }
        });
    }

    private static long countRows(Path folder, Entry e) {
        Path file = folder.resolve(e.path());
        long records = 0;
        boolean quoted = false;
        try (InputStream raw = stream(folder, e); DigestInputStream in = new DigestInputStream(raw, DataPackage.sha256())) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    if (b == '"') {
                        quoted = !quoted;
                    } else if (b == '\n' && !quoted) {
                        records++;
                    }
                }
            }
            DataPackage.check(file.toString(), e.hash(), in.getMessageDigest().digest());
        } catch (IOException x) {
            throw new DatasetException(file.toString(), 0, "cannot read table: " + x.getMessage(), x);
        }
        return Math.max(records - 1, 0);
    }

    /** The file of table {@code e}, checked to be a regular file of the package, of the size the descriptor gives. */
    private static InputStream stream(Path folder, Entry e) {
        return PackageFiles.open(folder, e.path(),
                "resource '" + DataPackage.resourceName(e.spec().name()) + "'", e.bytes());
    }

    private Entry entry(String name) {
        Entry e = name == null ? null : entries.get(name);
        if (e == null) {
            throw new DatasetException(dir.toString(), 0, "no table '" + name + "' in the package");
        }
        return e;
    }

    /**
     * A table whose descriptor gives no hash (a package not written by the builder) cannot prove that
     * its file is the one described, so it is read only while the descriptor is still the one read at
     * {@link #open}. A table with a hash proves it by the hash, at no cost.
     */
    private void requireSamePackageWithoutHash(Path folder, Entry e) {
        if (e.hash() == null && !Arrays.equals(descriptorOf(folder), descriptor)) {
            throw replaced();
        }
    }

    /**
     * A failed read, or, when a build has replaced the package since it was opened, an error saying so.
     * Called with the read lock held, so the folder's descriptor is the one the failed read saw.
     */
    private DatasetException replacedOr(Path folder, DatasetException e) {
        return Arrays.equals(descriptorOf(folder), descriptor) ? e : replaced();
    }

    private DatasetException replaced() {
        return new DatasetException(dir.toString(), 0, "a build replaced the data package after it was loaded,"
                + " so its tables cannot be read from it any more; load the folder again");
    }

    /** The bytes of the folder's {@code datapackage.json}, or null when it cannot be read. */
    private static byte[] descriptorOf(Path folder) {
        try {
            return PackageFiles.descriptor(folder);
        } catch (DatasetException x) {
            return null;
        }
    }
}
