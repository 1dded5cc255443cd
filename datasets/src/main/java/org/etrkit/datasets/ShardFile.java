package org.etrkit.datasets;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

import org.etrkit.datasets.error.DatasetException;
import org.etrkit.datasets.pack.AtomicFiles;

/**
 * A file of {@link Shard}s, as {@code etr-datasets.jar shard} writes it and {@code merge} reads it: a
 * header ({@value #MAGIC_TEXT} and a format version), the rules the shards were made with, and the
 * shards one after the other.
 *
 * <p>The file appears whole or not at all (a temporary file beside it, then a rename), and only a shard
 * file is ever replaced: any other file at that path is refused, and left as it was.
 */
public final class ShardFile {

    private static final String MAGIC_TEXT = "ETR-SHARDS\n";
    private static final byte[] MAGIC = MAGIC_TEXT.getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;

    /** Hands shards, in article order, to the consumer it is given. */
    @FunctionalInterface
    public interface Producer {
        /** Gives {@code out} each shard, in article order; what it throws stops the write, which then leaves no file. */
        void produce(Consumer<Shard> out);
    }

    private ShardFile() {
    }

    /**
     * Writes the shards {@code producer} gives to {@code file}, replacing a previous shard file. {@code rules}
     * names the rules the shards were made with (a merge refuses shards made with different ones).
     * Whatever the producer throws leaves no file behind, and the previous one as it was, and is thrown again. A
     * {@code file} that exists and is no shard file, or that cannot be written, is a {@link DatasetException} naming it.
     */
    public static void write(Path file, String rules, Producer producer) {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !isShardFile(file)) {
            throw new DatasetException(file.toString(), 0, "exists and is not a shard file; shard replaces only a"
                    + " shard file it wrote: name another file");
        }
        try {
            AtomicFiles.replace(file, raw -> {
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
                out.write(MAGIC);
                out.writeInt(VERSION);
                byte[] r = rules.getBytes(StandardCharsets.UTF_8);
                out.writeInt(r.length);
                out.write(r);
                try {
                    producer.produce(s -> {
                        try {
                            out.writeBoolean(true);
                            s.writeTo(out);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                out.writeBoolean(false);
                out.flush();
            });
        } catch (IOException e) {
            throw new DatasetException(file.toString(), 0, "cannot write: " + e.getMessage(), e);
        }
    }

    /** Whether {@code file} is a regular file that starts as a shard file does. */
    private static boolean isShardFile(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The shards of {@code files}, one file after the other, read as they are asked for; a file that is
     * not a shard file, or whose rules differ from the first file's, throws a {@link DatasetException}
     * naming it. Close the reader when done; it closes itself at the end.
     */
    public static Reader read(List<Path> files) {
        return new Reader(List.copyOf(files));
    }

    /** The shards of a list of shard files, in order. */
    public static final class Reader implements Iterator<Shard>, AutoCloseable {

        private final List<Path> files;
        private int next;
        private Path current;
        private DataInputStream in;
        private String rules;
        private Path rulesFrom;
        private Boolean more;

        private Reader(List<Path> files) {
            this.files = files;
        }

        /**
         * Whether another shard follows, opening the next file when one ends; a file that is cut short, has bytes
         * after its end, is not a shard file or cannot be read is a {@link DatasetException} naming it.
         */
        @Override
        public boolean hasNext() {
            try {
                while (true) {
                    if (more != null) {
                        return more;
                    }
                    if (in == null) {
                        if (next >= files.size()) {
                            more = false;
                            return false;
                        }
                        open(files.get(next++));
                    }
                    if (in.readBoolean()) {
                        more = true;
                    } else {
                        if (in.read() != -1) {
                            throw new DatasetException(current.toString(), 0, "not a shard file: bytes follow its end");
                        }
                        close();
                    }
                }
            } catch (java.io.EOFException e) {
                throw new DatasetException(current.toString(), 0, "the shard file is cut short", e);
            } catch (IOException e) {
                throw new DatasetException(current.toString(), 0, "cannot read: " + e.getMessage(), e);
            }
        }

        /**
         * The next shard; none left is a {@link NoSuchElementException}, a shard that cannot be read a
         * {@link DatasetException} naming its file.
         */
        @Override
        public Shard next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            more = null;
            try {
                return Shard.readFrom(in, current.toString());
            } catch (IOException e) {
                throw new DatasetException(current.toString(), 0, "cannot read: " + e.getMessage(), e);
            }
        }

        private void open(Path file) throws IOException {
            current = file;
            if (!Files.isRegularFile(file)) {
                throw new DatasetException(file.toString(), 0, "no such shard file");
            }
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
            if (!Arrays.equals(in.readNBytes(MAGIC.length), MAGIC)) {
                throw new DatasetException(file.toString(), 0, "not a shard file (it does not start with "
                        + MAGIC_TEXT.strip() + ")");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new DatasetException(file.toString(), 0, "a shard file of format " + version + ", this builder"
                        + " reads format " + VERSION + "; make it again with this builder");
            }
            int n = in.readInt();
            if (n < 0 || n > 1 << 16) {
                throw new DatasetException(file.toString(), 0, "not a shard file: its header is damaged");
            }
            String r = new String(in.readNBytes(n), StandardCharsets.UTF_8);
            if (rules == null) {
                rules = r;
                rulesFrom = file;
            } else if (!rules.equals(r)) {
                throw new DatasetException(file.toString(), 0, "made with other rules (" + r + ") than " + rulesFrom
                        + " (" + rules + "); shards merged together must be made with the same rules");
            }
        }

        /** Closes the file being read. */
        @Override
        public void close() {
            if (in != null) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // read only
                }
                in = null;
            }
        }
    }
}
