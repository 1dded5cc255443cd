package org.etrkit.datasets.pack;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * Files that appear whole or not at all: the content is written to a hidden temporary file beside the
 * target ({@code .etr-<random>.tmp}, a short name whatever the target's length), flushed to disk, and
 * then put in place in one step.
 *
 * <ul>
 * <li>{@link #create} never replaces anything: the file is put in place with a hard link, which fails
 *     if the target exists, so checking and creating are one step ({@link FileAlreadyExistsException}).
 *     On a file system without hard links it falls back to a rename after a check, and a file created
 *     by someone else in between could then be replaced.</li>
 * <li>{@link #replace} renames over the target, which readers see switch from the old content to the
 *     new.</li>
 * </ul>
 *
 * <p>Permissions: a new file gets the default permissions of the process (0666 less the umask, as
 * with any program that creates a file); {@link #replace} keeps the permissions of the file it
 * replaces. Missing parent directories are created; a parent that is a file throws
 * {@link NotDirectoryException} naming it. Errors are the JDK's {@link IOException}s, for the caller
 * to word; the temporary file is removed on every failure.
 *
 * <pre>{@code
 * AtomicFiles.create(Path.of("exports/roster.csv"), out -> CsvDialect.write(table, out));
 * AtomicFiles.replace(path, bytes);
 * }</pre>
 */
public final class AtomicFiles {

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Content {
        /** Writes everything to {@code out}; closing it is allowed and not required. */
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

    private AtomicFiles() {
    }

    /**
     * Writes {@code bytes} to the new file {@code target}; throws {@link FileAlreadyExistsException} if it exists, and
     * an {@link IOException} if the write fails (leaving no file).
     */
    public static void create(Path target, byte[] bytes) throws IOException {
        create(target, out -> out.write(bytes));
    }

    /**
     * Writes the new file {@code target}; throws {@link FileAlreadyExistsException} if it exists, and an
     * {@link IOException} if the write fails or {@code content} throws one (leaving no file).
     */
    public static void create(Path target, Content content) throws IOException {
        Path tmp = writeTemp(target, content, null);
        try {
            try {
                Files.createLink(target, tmp);
            } catch (UnsupportedOperationException | FileSystemException e) {
                if (e instanceof FileAlreadyExistsException exists) {
                    throw exists;
                }
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw new FileAlreadyExistsException(target.toString());
                }
                // no hard links here: a rename after a check, the best this file system allows
                move(tmp, target);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Writes {@code bytes} to {@code target}, replacing it if it exists and keeping its permissions; what it refuses,
     * and the {@link IOException} of a failed write, as below.
     */
    public static void replace(Path target, byte[] bytes) throws IOException {
        replace(target, out -> out.write(bytes));
    }

    /**
     * Writes {@code target}, replacing it if it exists and keeping its permissions. A directory is not
     * replaced ({@link FileSystemException} "is a directory"), nor a device, a named pipe or a socket
     * ("is a device, a pipe or a socket, not a regular file": renaming over {@code /dev/null} would
     * put a regular file in its place). A symbolic link is written through, as a shell's {@code >} does: the file it
     * leads to is replaced (in its own folder) and the link stays a link; a link that leads nowhere (its file does
     * not exist, or its links loop) is refused ({@link FileSystemException} naming what it links to), and nothing
     * is written then. A write that fails, or an {@link IOException} of {@code content}, leaves {@code target} as it
     * was and is thrown.
     */
    public static void replace(Path target, Content content) throws IOException {
        target = throughLinks(target);
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(target.toString(), null, "is a directory");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                && !Files.isSymbolicLink(target)) {
            throw new FileSystemException(target.toString(), null, "is a device, a pipe or a socket, not a regular file");
        }
        Path existing = Files.isRegularFile(target) ? target : null;
        Path tmp = writeTemp(target, content, existing);
        try {
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * The file {@code target} leads to: {@code target} itself when it is no symbolic link, else the real path of the
     * file at the end of its links. A link whose file does not exist, or whose links loop, is a
     * {@link FileSystemException} naming it and what it links to: replacing it would put a file of ours in place of
     * a link of the user's, and writing through would make a file wherever it points.
     */
    public static Path throughLinks(Path target) throws IOException {
        if (!Files.isSymbolicLink(target)) {
            return target;
        }
        try {
            return target.toRealPath();
        } catch (IOException e) {
            Path to;
            try {
                to = Files.readSymbolicLink(target);
            } catch (IOException unreadable) {
                to = null;
            }
            throw new FileSystemException(target.toString(), null, "is a symbolic link" + (to == null ? "" : " to " + to)
                    + (e instanceof java.nio.file.NoSuchFileException ? ", whose file does not exist"
                    : ", which cannot be followed (" + reason(e) + ")") + "; the link is not replaced");
        }
    }

    private static String reason(IOException e) {
        String r = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        return r == null ? e.getClass().getSimpleName() : r.toLowerCase(Locale.ROOT);
    }

    /**
     * Renames {@code from} to {@code to} in one step where the file system can (always within one
     * directory), without replacing anything at {@code to}.
     */
    static void move(Path from, Path to) throws IOException {
        if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(to.toString());
        }
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** A short random name for a hidden temporary sibling: {@code .etr-<10 letters or digits><suffix>}. */
    static String tempName(String suffix) {
        StringBuilder s = new StringBuilder(".etr-");
        for (int i = 0; i < 10; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.append(suffix.toLowerCase(Locale.ROOT)).toString();
    }

    /** Forces a file's content (or a directory's entries) to disk; best effort on file systems that refuse. */
    static void sync(Path p) {
        try (FileChannel c = FileChannel.open(p, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException ignored) {
            // some file systems cannot sync a directory; the rename still happens in order
        }
    }

    /** The parent of {@code target}, created if missing. */
    static Path parentOf(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (FileSystemException e) {
            // a file where a directory should be: name the file
            for (Path p = parent; p != null; p = p.getParent()) {
                if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                    if (!Files.isDirectory(p)) {
                        throw new NotDirectoryException(p.toString());
                    }
                    break;
                }
            }
            throw e;
        }
        return parent;
    }

    /** The content writer may close its stream (Tablesaw's CSV writer does); the file stays open to be synced. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static Path writeTemp(Path target, Content content, Path permissionsFrom) throws IOException {
        Path parent = parentOf(target);
        Path tmp;
        FileChannel channel;
        while (true) {
            tmp = parent.resolve(tempName(".tmp"));
            try {
                // default permissions (the umask), unlike Files.createTempFile's 0600
                channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                break;
            } catch (FileAlreadyExistsException taken) {
                // another temporary file has this name: draw again
            }
        }
        boolean done = false;
        try {
            try (FileChannel c = channel) {
                OutputStream out = new KeepOpen(Channels.newOutputStream(c));
                content.writeTo(out);
                out.flush();
                c.force(true);
            }
            if (permissionsFrom != null && target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(permissionsFrom));
            }
            done = true;
            return tmp;
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
