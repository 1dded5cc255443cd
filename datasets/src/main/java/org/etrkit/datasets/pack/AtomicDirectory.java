package org.etrkit.datasets.pack;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.etrkit.datasets.error.DatasetException;

/**
 * Replaces an output directory whole, so that a crash at any point leaves the old or the new content
 * under its name, or beside it for the next run to put back.
 *
 * <p>Only a directory this class wrote may be replaced: every output holds the marker file
 * {@value #MARKER}, and an existing directory without it is refused unless it is empty, so no user
 * folder (the articles, a project, the current directory) is ever deleted.
 *
 * <h2>The swap</h2>
 * Beside the target {@code out}, in the same parent, three hidden names belong to it (see
 * {@link Siblings}): {@code .out.etr-lock}, {@code .out.etr-new} and {@code .out.etr-old}.
 * <ol>
 * <li>Lock: the build lock on {@code .out.etr-lock} ({@link DirectoryLock#build}, between processes
 *     and between threads), so builds of one folder take turns; a build waits for the one before it.
 *     The empty lock file stays (see {@link DirectoryLock} for why).</li>
 * <li>Recover ({@link #recover}): what an earlier, killed build left is put right, see below.</li>
 * <li>Write {@code .out.etr-new}: first the file {@value #PARTIAL}, then every file of the package
 *     (a streaming build fills it as it goes, holding the build lock throughout, see
 *     {@link Replacement}) and the marker; once all are flushed to disk, {@value #PARTIAL} is
 *     removed. A folder with the marker and without {@value #PARTIAL} is complete.</li>
 * <li>Swap, under the swap lock ({@link DirectoryLock.Build#swap}), which waits for the reads of the
 *     folder under way and keeps new ones out: rename {@code out} to {@code .out.etr-old}, rename
 *     {@code .out.etr-new} to {@code out}. Then, with readers let in again, delete
 *     {@code .out.etr-old}. A folder being deleted first gets {@value #PARTIAL} back, so a
 *     half-deleted one is never taken for complete.</li>
 * </ol>
 *
 * <p>A reader ({@link #read}: {@link DataPackage#read}, and {@link PackageReader} for its descriptor
 * and for each table it reads later) holds the read lock ({@link DirectoryLock#read}) while it reads,
 * so it never sees a swap in progress, and waits at most for a swap's two renames, never for a whole
 * build. Without a lock file (a folder no build wrote here, or a copy) it reads without one.
 *
 * <p>A directory cannot be exchanged with another in one step from Java (Linux's
 * {@code renameat2(RENAME_EXCHANGE)} is out of its reach), so between the two renames there is no
 * {@code out}. Readers never see that, but a crash exactly there leaves both packages complete beside
 * it, and the next build, with the locks held, renames {@code .out.etr-new} to {@code out} before
 * anything else. Until then readers ({@link #read}) read the complete package beside the missing
 * {@code out}.
 *
 * <p>Recovery, under the build lock (and the swap lock while it moves a package back): a complete
 * {@code .out.etr-new} with no {@code out} becomes {@code out};
 * a complete {@code .out.etr-old} with no {@code out} (and no complete new one) becomes {@code out};
 * every other {@code .out.etr-new} or {@code .out.etr-old} is deleted if it is ours (it holds the
 * marker or {@value #PARTIAL}, or is empty), and refused with an error naming it otherwise.
 *
 * <p>New files and folders get the process's default permissions (the umask), like any other
 * program's output.
 */
final class AtomicDirectory {

    /** The file that marks a directory as an output of the builder, which the next build may replace. */
    static final String MARKER = ".etr-datasets-output";

    /** The file that marks a directory of the builder as incomplete: being written or being deleted. */
    static final String PARTIAL = ".etr-datasets-partial";

    private static final byte[] MARKER_TEXT = ("""
            This folder was written by the ETR dataset builder (etr-datasets build).
            The next build replaces it whole; do not keep files of your own here.
            """).getBytes(StandardCharsets.UTF_8);

    private static final byte[] PARTIAL_TEXT = ("""
            This folder is being written or deleted by the ETR dataset builder (etr-datasets build).
            The next build of the folder beside it removes it.
            """).getBytes(StandardCharsets.UTF_8);

    /** Test hook: pause this long (ms) at each step of the swap and say so on stderr, to widen its windows. */
    private static final long PAUSE = Long.getLong("etr.datasets.swapPauseMillis", 0);

    /**
     * Test hook: at each step of the swap, say so on stderr ({@code swap step: <step>}) and wait for a
     * line on stdin (or its end) before going on, so that a test drives a build step by step, and
     * kills it at exactly the step it wants.
     */
    private static final boolean HANDSHAKE = Boolean.getBoolean("etr.datasets.swapHandshake");

    private AtomicDirectory() {
    }

    /** Makes {@code dir} hold exactly {@code files} (relative path to bytes) plus the marker file. */
    static void replace(Path dir, Map<String, byte[]> files) {
        try (Replacement r = Replacement.begin(dir)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                write(r.file(f.getKey()), f.getValue());
            }
            r.commit(false);
        } catch (IOException e) {
            throw new DatasetException(dir.toString(), 0, "cannot write output directory: " + describe(e), e);
        }
    }

    /**
     * A replacement under way: the lock on {@code dir} is held and the new folder {@code .dir.etr-new}
     * exists, marked incomplete, for the caller to fill; {@link #commit} swaps it in, and {@link #close}
     * without a commit deletes it and leaves {@code dir} as it was. Both must be called from the thread
     * that began it.
     */
    static final class Replacement implements AutoCloseable {

        private final Path dir;
        private final Path target;
        private final Siblings siblings;
        private final DirectoryLock.Build lock;
        private boolean committed;

        private Replacement(Path dir, Path target, Siblings siblings, DirectoryLock.Build lock) {
            this.dir = dir;
            this.target = target;
            this.siblings = siblings;
            this.lock = lock;
        }

        /** Locks {@code dir}, puts right what an earlier build left, checks it may be replaced, and makes the new folder. */
        static Replacement begin(Path dir) {
            Path target = checkReplaceable(dir, dir);
            Siblings s = Siblings.of(target);
            DirectoryLock.Build lock = null;
            try {
                Files.createDirectories(target.getParent());
                lock = DirectoryLock.build(s.lock(), () -> say("waiting for the build lock"));
                pause("locked");
                recover(dir, target, s, lock);
                checkReplaceable(dir, target);
                Files.createDirectory(s.fresh());
                write(s.fresh().resolve(PARTIAL), PARTIAL_TEXT);
                pause("new folder made");
                return new Replacement(dir, target, s, lock);
            } catch (IOException | RuntimeException e) {
                if (lock != null) {
                    try {
                        lock.close();
                    } catch (IOException suppressed) {
                        e.addSuppressed(suppressed);
                    }
                }
                if (e instanceof IOException io) {
                    throw new DatasetException(dir.toString(), 0, "cannot write output directory: " + describe(io), io);
                }
                throw (RuntimeException) e;
            }
        }

        /** The new folder being filled. */
        Path folder() {
            return siblings.fresh();
        }

        /** The path of package file {@code relative} in the new folder, its parent folders made. */
        Path file(String relative) throws IOException {
            Path root = siblings.fresh();
            Path p = root.resolve(relative).normalize();
            if (!p.startsWith(root) || p.equals(root) || p.getFileName().toString().equals(MARKER)
                    || p.getFileName().toString().equals(PARTIAL)) {
                throw new IllegalArgumentException("not a package file: " + relative);
            }
            Files.createDirectories(p.getParent());
            return p;
        }

        /**
         * Marks the new folder complete (the marker, every file and folder flushed to disk, then
         * {@value #PARTIAL} removed) and swaps it in for {@code dir}. With {@code filesSynced} the caller
         * has flushed every file it wrote, and only the folders and the marker are flushed here.
         */
        void commit(boolean filesSynced) throws IOException {
            Path fresh = siblings.fresh();
            write(fresh.resolve(MARKER), MARKER_TEXT);
            List<Path> all;
            try (Stream<Path> walk = Files.walk(fresh)) {
                all = walk.filter(p -> !filesSynced || p.getFileName().toString().equals(MARKER)
                        || Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList();
            }
            // in parallel, which lets the file system flush them together
            all.parallelStream().forEach(AtomicFiles::sync);
            Files.delete(fresh.resolve(PARTIAL));
            AtomicFiles.sync(fresh);
            pause("new package written");
            swap(target, siblings, lock);
            committed = true;
        }

        /**
         * Deletes the new folder unless it was committed, and releases the lock. A new folder already
         * marked complete (its swap failed) may be what readers read while the folder is missing, so it
         * is deleted under the swap lock.
         */
        @Override
        public void close() {
            try {
                Path fresh = siblings.fresh();
                if (!committed && Files.exists(fresh, LinkOption.NOFOLLOW_LINKS)) {
                    if (Files.exists(fresh.resolve(PARTIAL), LinkOption.NOFOLLOW_LINKS)) {
                        delete(fresh);
                    } else {
                        try (DirectoryLock.Swap swap = lock.swap(AtomicDirectory::waitingForReaders)) {
                            delete(fresh);
                        }
                    }
                }
            } catch (IOException e) {
                // the next build of the folder deletes what is left
            } finally {
                try {
                    lock.close();
                } catch (IOException e) {
                    // the operating system releases it when the process ends
                }
            }
        }

        @Override
        public String toString() {
            return "replacement of " + dir;
        }
    }

    /**
     * The absolute target, once it is known to be safe to replace: a path that does not exist yet, an
     * empty directory, or a directory holding {@link #MARKER}. A symbolic link is refused rather than
     * replaced by a directory, and so is a name the builder keeps for itself.
     */
    private static Path checkReplaceable(Path dir, Path path) {
        if (dir.toString().isBlank()) {
            throw new DatasetException("''", 0, "the output directory is an empty path; name a new folder");
        }
        Path target = path.toAbsolutePath().normalize();
        if (target.getParent() == null) {
            throw new DatasetException(dir.toString(), 0, "cannot write the output to the root directory");
        }
        if (Siblings.isSiblingName(target.getFileName().toString())) {
            throw new DatasetException(dir.toString(), 0, "names ending in .etr-new, .etr-old or .etr-lock are the"
                    + " builder's own temporary names; name another folder");
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
        if (Files.isRegularFile(target.resolve(MARKER), LinkOption.NOFOLLOW_LINKS) || isEmpty(dir, target)) {
            return target;
        }
        throw new DatasetException(dir.toString(), 0, "the output directory exists and was not written by this"
                + " builder (it has no " + MARKER + " file), so it is left alone; name a new or empty folder");
    }

    private static boolean isEmpty(Path shown, Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new DatasetException(shown.toString(), 0, "cannot read output directory: " + describe(e), e);
        }
    }

    /**
     * What an earlier build of {@code target} left beside it: put the package back if missing, delete
     * the rest. Moving the package back takes the swap lock of {@code build} (null in tests that hold
     * no lock), since readers read that package while the folder is missing; deleting does not, since
     * with the folder in place (or no whole package beside it) no reader reads what is deleted.
     */
    static void recover(Path shown, Path target, Siblings s, DirectoryLock.Build build) throws IOException {
        State fresh = state(shown, s.fresh());
        State old = state(shown, s.old());
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) && (fresh == State.COMPLETE || old == State.COMPLETE)) {
            try (DirectoryLock.Swap swap = build == null ? null : build.swap(AtomicDirectory::waitingForReaders)) {
                if (fresh == State.COMPLETE) {
                    AtomicFiles.move(s.fresh(), target);
                    fresh = State.ABSENT;
                } else {
                    AtomicFiles.move(s.old(), target);
                    old = State.ABSENT;
                }
                AtomicFiles.sync(target.getParent());
                pause("package put back");
            }
        }
        if (fresh != State.ABSENT) {
            delete(s.fresh());
        }
        if (old != State.ABSENT) {
            delete(s.old());
        }
    }

    /**
     * Runs {@code read} on the folder a reader of {@code dir} should read (see {@link #readable}) while
     * holding the folder's read lock ({@link DirectoryLock#read}): no swap or recovery moves or deletes
     * anything there until {@code read} returns, so it sees one whole package, the old or the new. It
     * waits at most for a swap's renames, never for a whole build.
     *
     * <p>A folder without the lock file beside it (a copy, or a folder no build wrote there) is read
     * without a lock. If {@code read} then fails and the lock file has appeared meanwhile (the first
     * build of the folder began), it runs once more, under the lock: once, not in a loop, since from
     * then on the lock keeps every swap out.
     */
    static <T> T read(Path dir, Function<Path, T> read) {
        Path lockFile = lockFile(dir);
        try (DirectoryLock.Read lock = DirectoryLock.read(lockFile)) {
            try {
                return read.apply(readable(dir));
            } catch (DatasetException e) {
                if (!lock.buildBegan()) {
                    throw e;
                }
            }
        }
        try (DirectoryLock.Read lock = DirectoryLock.read(lockFile)) {
            return read.apply(readable(dir));
        }
    }

    /**
     * The folder a reader of {@code dir} should read, with the read lock held: {@code dir} itself, or,
     * when it is missing, the complete package beside it that a killed build left there (or that the
     * first build of {@code dir} has finished writing and not yet moved in).
     */
    static Path readable(Path dir) {
        if (dir.toString().isBlank() || Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return dir;
        }
        Path target = dir.toAbsolutePath().normalize();
        if (target.getParent() == null) {
            return dir;
        }
        Siblings s = Siblings.of(target);
        for (Path p : List.of(s.fresh(), s.old())) {
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                    && Files.isRegularFile(p.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)
                    && !Files.exists(p.resolve(PARTIAL), LinkOption.NOFOLLOW_LINKS)) {
                return p;
            }
        }
        return dir;
    }

    /**
     * The lock file a reader of {@code dir} locks (see {@link DirectoryLock#read}), or null for a path
     * that no build can write (empty, or a root).
     */
    static Path lockFile(Path dir) {
        if (dir.toString().isBlank()) {
            return null;
        }
        Path target = dir.toAbsolutePath().normalize();
        return target.getParent() == null ? null : Siblings.of(target).lock();
    }

    /** How a sibling folder looks. */
    enum State {
        /** Not there. */
        ABSENT,
        /** Ours, with the marker and without {@link #PARTIAL}: a whole package. */
        COMPLETE,
        /** Ours, but being written or deleted, or empty. */
        PARTIAL
    }

    /** The state of a sibling; anything there that is not ours is refused, naming it. */
    static State state(Path shown, Path sibling) {
        if (!Files.exists(sibling, LinkOption.NOFOLLOW_LINKS)) {
            return State.ABSENT;
        }
        boolean marker = Files.isRegularFile(sibling.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
        boolean partial = Files.isRegularFile(sibling.resolve(PARTIAL), LinkOption.NOFOLLOW_LINKS);
        if (Files.isDirectory(sibling, LinkOption.NOFOLLOW_LINKS)) {
            if (marker && !partial) {
                return State.COMPLETE;
            }
            if (partial || isEmpty(shown, sibling)) {
                return State.PARTIAL;
            }
        }
        throw new DatasetException(shown.toString(), 0, sibling + " is in the way and was not written by this"
                + " builder, so it is left alone; move it away and build again");
    }

    /** A new file with default permissions (flushed to disk later, with the others). */
    static void write(Path p, byte[] bytes) throws IOException {
        try (FileChannel c = FileChannel.open(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) {
                c.write(b);
            }
        }
    }

    /**
     * Puts the complete {@code .out.etr-new} in place of {@code out}, under the swap lock, so no reader
     * reads {@code out} meanwhile; then deletes the old package, which no reader reads any more.
     */
    private static void swap(Path target, Siblings s, DirectoryLock.Build build) throws IOException {
        boolean replaced;
        try (DirectoryLock.Swap swap = build.swap(AtomicDirectory::waitingForReaders)) {
            replaced = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
            if (replaced) {
                AtomicFiles.move(target, s.old());
                pause("old package moved aside");
                try {
                    AtomicFiles.move(s.fresh(), target);
                } catch (IOException e) {
                    AtomicFiles.move(s.old(), target);
                    throw e;
                }
            } else {
                AtomicFiles.move(s.fresh(), target);
            }
            AtomicFiles.sync(target.getParent());
            pause("new package moved in");
        }
        if (replaced) {
            try {
                delete(s.old());
            } catch (IOException e) {
                // the new package is in place; the next build removes what is left of the old one
            }
            pause("old package deleted");
        }
    }

    /** Said (with a test hook on) when a swap has to wait for reads of the folder under way. */
    private static void waitingForReaders() {
        say("waiting for readers");
    }

    /** Says (with a test hook on) what the build does, without pausing. */
    private static void say(String what) {
        if (PAUSE > 0 || HANDSHAKE) {
            System.err.println("swap step: " + what);
        }
    }

    /** With a test hook on: says which step the build reached, and pauses, or waits for a line on stdin. */
    private static void pause(String step) {
        if (PAUSE > 0 || HANDSHAKE) {
            System.err.println("swap step: " + step);
        }
        if (HANDSHAKE) {
            try {
                for (int c = System.in.read(); c != -1 && c != '\n'; c = System.in.read()) {
                    // the rest of the line
                }
            } catch (IOException e) {
                // no test drives the build any more: go on
            }
        } else if (PAUSE > 0) {
            try {
                Thread.sleep(PAUSE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Deletes a folder of ours so that it never looks complete on the way: {@link #PARTIAL} first, then
     * everything else deepest first, then {@link #PARTIAL}, then the folder.
     */
    static void delete(Path dir) throws IOException {
        Path partial = dir.resolve(PARTIAL);
        if (!Files.exists(partial, LinkOption.NOFOLLOW_LINKS) && !isEmpty(dir, dir)) {
            write(partial, PARTIAL_TEXT);
        }
        pause("deleting " + dir.getFileName());
        List<Path> files;
        List<Path> folders;
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> all = walk.filter(p -> !p.equals(dir) && !p.equals(partial)).toList();
            folders = all.stream().filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.reverseOrder()).toList();
            files = all.stream().filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList();
        }
        // the files in parallel (a package can hold tens of thousands), then the folders deepest first
        try {
            files.parallelStream().forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path p : folders) {
            Files.deleteIfExists(p);
        }
        Files.deleteIfExists(partial);
        try {
            Files.deleteIfExists(dir);
        } catch (DirectoryNotEmptyException e) {
            throw new FileSystemException(dir.toString(), null, "could not be emptied");
        }
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException ade) {
            return "permission denied: " + ade.getFile();
        }
        if (e instanceof NoSuchFileException nsf) {
            return "no such file or directory: " + nsf.getFile();
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException fae && fae.getFile() != null
                && !Files.isDirectory(Path.of(fae.getFile()))) {
            return fae.getFile() + " is a file, not a folder"; // a folder of the output path is a file
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason() + (fse.getFile() == null ? "" : ": " + fse.getFile());
        }
        return e.toString();
    }

    /**
     * The hidden names beside a target folder {@code out}: {@code .out.etr-lock}, {@code .out.etr-new}
     * and {@code .out.etr-old}. A name over 64 bytes is shortened to its first 40 characters and a hash
     * of the whole, so the siblings of a valid name are valid names too.
     */
    record Siblings(Path lock, Path fresh, Path old) {

        private static final String LOCK = ".etr-lock";
        private static final String NEW = ".etr-new";
        private static final String OLD = ".etr-old";

        static Siblings of(Path target) {
            String stem = "." + shortName(target.getFileName().toString());
            Path parent = target.getParent();
            return new Siblings(parent.resolve(stem + LOCK), parent.resolve(stem + NEW), parent.resolve(stem + OLD));
        }

        static boolean isSiblingName(String name) {
            return name.startsWith(".") && (name.endsWith(LOCK) || name.endsWith(NEW) || name.endsWith(OLD));
        }

        static String shortName(String name) {
            if (name.getBytes(StandardCharsets.UTF_8).length <= 64) {
                return name;
            }
            int end = name.offsetByCodePoints(0, Math.min(40, name.codePointCount(0, name.length())));
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
                return name.substring(0, end) + "~" + HexFormat.of().formatHex(hash, 0, 4);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
