package org.etrkit.datasets.pack;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.etrkit.datasets.error.DatasetException;

/**
 * Replaces a directory whole: files are written to a temporary sibling directory, which is then
 * moved into place. A failure leaves the old directory as it was and no temporary files behind.
 *
 * <p>Only a directory this class wrote may be replaced: every output holds the marker file
 * {@value #MARKER}, and an existing directory without it is refused unless it is empty, so no
 * user folder (the articles, a project, the current directory) is ever deleted.
 */
final class AtomicDirectory {

    /** The file that marks a directory as an output of the builder, which the next build may replace. */
    static final String MARKER = ".etr-datasets-output";

    private static final byte[] MARKER_TEXT = ("""
            This folder was written by the ETR dataset builder (etr-datasets build).
            The next build replaces it whole; do not keep files of your own here.
            """).getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private AtomicDirectory() {
    }

    /** Makes {@code dir} hold exactly {@code files} (relative path to bytes) plus the marker file. */
    static void replace(Path dir, Map<String, byte[]> files) {
        Path target = checkReplaceable(dir);
        Path parent = target.getParent();
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
            Files.write(tmp.resolve(MARKER), MARKER_TEXT);
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

    /**
     * The absolute target, once it is known to be safe to replace: a path that does not exist yet, an
     * empty directory, or a directory holding {@link #MARKER}. A symbolic link is refused rather than
     * replaced by a directory.
     */
    private static Path checkReplaceable(Path dir) {
        if (dir.toString().isBlank()) {
            throw new DatasetException("''", 0, "the output directory is an empty path; name a new folder");
        }
        Path target = dir.toAbsolutePath().normalize();
        if (target.getParent() == null) {
            throw new DatasetException(dir.toString(), 0, "cannot write the output to the root directory");
        }
        if (Files.isSymbolicLink(target)) {
            throw new DatasetException(dir.toString(), 0,
                    "the output directory is a symbolic link; name the folder it points to, or a new folder");
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return target;
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new DatasetException(dir.toString(), 0, "output path exists and is not a directory");
        }
        if (Files.isRegularFile(target.resolve(MARKER), LinkOption.NOFOLLOW_LINKS) || isEmpty(target)) {
            return target;
        }
        throw new DatasetException(dir.toString(), 0, "the output directory exists and was not written by this"
                + " builder (it has no " + MARKER + " file), so it is left alone; name a new or empty folder");
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new DatasetException(dir.toString(), 0, "cannot read output directory: " + describe(e), e);
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
            AtomicFiles.move(tmp, target);
            return;
        }
        Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Files.delete(old);
        AtomicFiles.move(target, old);
        try {
            AtomicFiles.move(tmp, target);
        } catch (IOException e) {
            AtomicFiles.move(old, target);
            throw e;
        }
        deleteQuietly(old);
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
