package org.etrkit.datasets.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import org.etrkit.datasets.error.DatasetException;
import org.etrkit.datasets.internal.Links;

/**
 * The files of a package folder, opened for reading as a careful reader must: a file of the package is a
 * regular file of its folder, or a link to one. A link leading out of the folder (to another package's
 * table, to {@code /dev/zero}), through a loop of links, or to nothing is refused, and so is anything that
 * is not a regular file (a named pipe would block the read for ever, a device never ends, a folder is no
 * table); a table larger than the size its descriptor gives is refused before it is read, not after its
 * hash. Each is one line naming the file and what it is.
 */
final class PackageFiles {

    private PackageFiles() {
    }

    /**
     * Opens {@code path} of package folder {@code dir}, checked as the class says; {@code resource} names the
     * file in messages ("resource 'troops'", or null for {@code datapackage.json}), {@code bytes} is the size
     * the descriptor gives it (negative: none).
     */
    static InputStream open(Path dir, String path, String resource, long bytes) {
        Path file = dir.resolve(path);
        Path real = checked(dir, file, resource, bytes);
        try {
            return Files.newInputStream(real);
        } catch (IOException e) {
            throw new DatasetException(file.toString(), 0, who(resource) + "cannot be read: " + DatasetException.reason(e), e);
        }
    }

    /** The real path of {@code file}, a regular file of the folder {@code dir} of at most {@code bytes}, or a refusal. */
    static Path checked(Path dir, Path file, String resource, long bytes) {
        String shown = file.toString();
        String kind = resource == null ? "datapackage.json" : "tables";
        Path real;
        Path folder;
        try {
            folder = dir.toRealPath();
            real = file.toRealPath();
        } catch (NoSuchFileException e) {
            if (Files.isSymbolicLink(file)) {
                throw new DatasetException(shown, 0, who(resource) + "is a symbolic link to " + Links.target(file)
                        + ", which does not exist; put the " + (resource == null ? "descriptor" : "table's CSV file")
                        + " there", e);
            }
            throw new DatasetException(shown, 0, resource == null ? "not a data package: no datapackage.json"
                    : "missing: datapackage.json lists it but the folder does not hold it", e);
        } catch (FileSystemException e) {
            if (Files.isSymbolicLink(file) && String.valueOf(e.getReason()).contains("symbolic links")) {
                throw new DatasetException(shown, 0, who(resource) + "is a symbolic link that leads back to itself"
                        + " through links (a loop) and to no file; put the " + (resource == null ? "descriptor"
                        : "table's CSV file") + " there", e);
            }
            throw new DatasetException(shown, 0, who(resource) + "cannot be read: " + DatasetException.reason(e), e);
        } catch (IOException e) {
            throw new DatasetException(shown, 0, who(resource) + "cannot be read: " + DatasetException.reason(e), e);
        }
        if (!real.startsWith(folder)) {
            throw new DatasetException(shown, 0, who(resource) + "links to " + real + ", outside the package folder;"
                    + " a package's " + (resource == null ? "datapackage.json is a file" : "tables are files")
                    + " of its own folder: copy the file in instead of linking it");
        }
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new DatasetException(shown, 0, who(resource) + "cannot be read: " + DatasetException.reason(e), e);
        }
        if (a.isDirectory()) {
            throw new DatasetException(shown, 0, who(resource) + "is a folder, not a file; a package's " + kind
                    + (resource == null ? " is a JSON file" : " are CSV files"));
        }
        if (!a.isRegularFile()) {
            throw new DatasetException(shown, 0, who(resource) + "is a device, a pipe or a socket, not a regular file;"
                    + " a package's " + kind + (resource == null ? " is a JSON file" : " are CSV files"));
        }
        if (bytes >= 0 && a.size() != bytes) {
            throw new DatasetException(shown, 0, who(resource) + "is " + String.format("%,d", a.size())
                    + " bytes, but datapackage.json gives it " + String.format("%,d", bytes)
                    + "; the file changed after the package was written");
        }
        return real;
    }

    /**
     * The bytes of the {@code datapackage.json} of folder {@code dir}, checked as the class says, and refused
     * before they are read when the heap could not hold them and what they describe ({@link #DESCRIPTOR_HEAP_PER_BYTE}
     * times their size): the descriptor of a 1 GB build is 35 MB.
     */
    static byte[] descriptor(Path dir) {
        Path file = dir.resolve("datapackage.json");
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new DatasetException(dir.toString(), 0, "not a data package: no datapackage.json");
        }
        Path real = checked(dir, file, null, -1);
        long size;
        try {
            size = Files.size(real);
        } catch (IOException e) {
            throw new DatasetException(file.toString(), 0, "cannot be read: " + DatasetException.reason(e), e);
        }
        long heap = Runtime.getRuntime().maxMemory();
        if (size > Math.min(heap / DESCRIPTOR_HEAP_PER_BYTE, Integer.MAX_VALUE - 16)) {
            throw tooLarge(file, size, heap, null);
        }
        try {
            return Files.readAllBytes(real);
        } catch (IOException e) {
            throw new DatasetException(file.toString(), 0, "cannot be read: " + DatasetException.reason(e), e);
        } catch (OutOfMemoryError e) {
            throw tooLarge(file, size, heap, e);
        }
    }

    /**
     * How many bytes of heap reading a descriptor takes per byte of it, at most: its bytes, and the maps and
     * sources they make (a 105 MB descriptor of 1.2 million sources did not fit in 900 MiB, did in 1 GiB).
     */
    static final int DESCRIPTOR_HEAP_PER_BYTE = 16;

    /** The error for a descriptor the heap cannot hold. */
    static DatasetException tooLarge(Path file, long size, long heap, OutOfMemoryError e) {
        return new DatasetException(file.toString(), 0, "is " + mebibytes(size) + "; reading it needs about "
                + mebibytes(size * DESCRIPTOR_HEAP_PER_BYTE) + " of Java heap and this Java has " + mebibytes(heap)
                + ": run Java with more memory (-Xmx), or check that this is the descriptor a build wrote", e);
    }

    private static String mebibytes(long bytes) {
        return String.format("%,d MiB", Math.max(1, (bytes + (1 << 20) - 1) >> 20));
    }

    private static String who(String resource) {
        return resource == null ? "" : resource + " ";
    }
}
