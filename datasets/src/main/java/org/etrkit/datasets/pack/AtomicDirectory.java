package org.etrkit.datasets.pack;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.etrkit.datasets.DatasetException;

/**
 * Replaces a directory whole: files are written to a temporary sibling directory, which is then
 * moved into place. A failure leaves the old directory as it was and no temporary files behind.
 */
final class AtomicDirectory {

    private AtomicDirectory() {
    }

    /** Makes {@code dir} hold exactly {@code files} (relative path to bytes). */
    static void replace(Path dir, Map<String, byte[]> files) {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new DatasetException(dir.toString(), 0, "cannot write the output to the root directory");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new DatasetException(dir.toString(), 0, "output path exists and is not a directory");
        }
        Path tmp = null;
        try {
            Files.createDirectories(parent);
            tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
            openUp(tmp);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path p = tmp.resolve(f.getKey()).normalize();
                if (!p.startsWith(tmp)) {
                    throw new IllegalArgumentException("file outside the package: " + f.getKey());
                }
                Files.createDirectories(p.getParent());
                Files.write(p, f.getValue());
            }
            swap(tmp, target);
            tmp = null;
        } catch (IOException e) {
            throw new DatasetException(dir.toString(), 0, "cannot write output directory: " + describe(e), e);
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    /** Temporary directories are private (0700); the published one is readable by all, like any other output. */
    private static void openUp(Path dir) throws IOException {
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static void swap(Path tmp, Path target) throws IOException {
        if (!Files.exists(target)) {
            move(tmp, target);
            return;
        }
        Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Files.delete(old);
        move(target, old);
        try {
            move(tmp, target);
        } catch (IOException e) {
            move(old, target);
            throw e;
        }
        deleteQuietly(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException ade) {
            return "permission denied: " + ade.getFile();
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason() + (fse.getFile() == null ? "" : ": " + fse.getFile());
        }
        return e.toString();
    }

    static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: a leftover temporary file is harmless
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
