package org.etrkit.datasets.pack;

import java.io.BufferedOutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.TimeUnit;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;

import org.etrkit.datasets.error.DatasetException;
import org.etrkit.datasets.internal.Json;
import org.etrkit.datasets.pack.DataPackage.Source;
import org.etrkit.datasets.tables.Field;
import org.etrkit.datasets.tables.TableSpec;

import tech.tablesaw.api.Table;

/**
 * Writes a data package as it goes, for a build too large to hold in memory: a table is opened, its
 * rows appended in chunks, and closed; every file is hashed (SHA-256) as it is written; the
 * descriptor, {@code datapackage.json}, is written last. The output folder is replaced whole, as
 * {@link DataPackage#write} does: the files go to a new folder beside it under a lock, and
 * {@link #commit} swaps that folder in; {@link #close} without a commit deletes it and leaves the
 * output as it was.
 *
 * <pre>{@code
 * try (PackageWriter w = PackageWriter.create(Path.of("out"))) {
 *     PackageWriter.TableWriter troops = w.table(spec);     // open until closed
 *     troops.append(rowsOfOneArticle);
 *     w.writeTable(otherSpec, CsvDialect.bytes(small));    // a whole table at once
 *     troops.close();
 *     w.addSource(new Source("war.txt", "War"));
 *     w.commit();
 * }
 * }</pre>
 *
 * <p>The descriptor lists the tables opened with {@link #table} first, in the order opened, then the
 * tables written whole, in the order written. What it says of the whole tables, and the sources, is
 * spilled to a file as they come, so memory does not grow with their number. Files are flushed to disk by a
 * background thread while the build goes on (each whole table once written, an open table every
 * {@value #FLUSH_BYTES} bytes), so little is left to flush at {@link #commit}. Not thread-safe: one
 * thread writes.
 */
public final class PackageWriter implements AutoCloseable {

    private static final String SPILL = ".etr-resources.tmp";
    private static final String SOURCES = ".etr-sources.tmp";

    /** An open table is flushed to disk in the background each time this many more bytes were written. */
    static final long FLUSH_BYTES = 64L << 20;

    private final AtomicDirectory.Replacement replacement;
    private final Set<String> names = new HashSet<>();
    private final List<TableWriter> open = new ArrayList<>();
    private final Path spillPath;
    private final OutputStream spillOut;
    private final JsonGenerator spill;
    private long spilled;
    private final Path sourcesPath;
    private final JsonGenerator sources;
    private long sourceCount;
    private final ExecutorService flusher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "etr-flush");
        t.setDaemon(true);
        return t;
    });
    /** The first failure of a background flush, reported at commit. */
    private final AtomicReference<IOException> flushFailure = new AtomicReference<>();

    private PackageWriter(AtomicDirectory.Replacement replacement) throws IOException {
        this.replacement = replacement;
        this.spillPath = replacement.folder().resolve(SPILL);
        this.spillOut = new BufferedOutputStream(Files.newOutputStream(spillPath, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), 1 << 16);
        this.spill = Json.compact(spillOut);
        this.sourcesPath = replacement.folder().resolve(SOURCES);
        this.sources = Json.compact(new BufferedOutputStream(Files.newOutputStream(sourcesPath,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16));
    }

    /**
     * Starts replacing {@code outDir}: a new folder, an empty one, or a previous output of the builder
     * (which holds the marker file {@code .etr-datasets-output}); anything else is refused with a
     * {@link DatasetException} naming the folder. Waits while another build writes the same folder.
     */
    public static PackageWriter create(Path outDir) {
        AtomicDirectory.Replacement r = AtomicDirectory.Replacement.begin(outDir);
        try {
            return new PackageWriter(r);
        } catch (IOException e) {
            r.close();
            throw failed(outDir, e);
        }
    }

    /**
     * Opens table {@code spec} for appending, with its header written; it stays open until closed. A second table of
     * one name is an {@link IllegalArgumentException}, a null spec a {@link NullPointerException}, a file that cannot
     * be written a {@link DatasetException} naming the folder.
     */
    public TableWriter table(TableSpec spec) {
        TableWriter t = open(spec, true);
        open.add(t);
        return t;
    }

    /** Writes a whole table: {@code csv} is its CSV in {@link CsvDialect}, header included; mistakes as for {@link #table}. */
    public void writeTable(TableSpec spec, byte[] csv) {
        TableWriter t = open(spec, false);
        t.appendCsv(csv);
        t.plainNumbers = PlainNumbers.columns(spec, csv);
        t.close();
    }

    private TableWriter open(TableSpec spec, boolean withHeader) {
        Objects.requireNonNull(spec, "spec");
        if (!names.add(spec.name())) {
            throw new IllegalArgumentException("two tables are named " + spec.name());
        }
        String path = spec.name() + ".csv";
        try {
            Path file = replacement.file(path);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            TableWriter t = new TableWriter(spec, path, file, channel, new DigestOutputStream(out, DataPackage.sha256()),
                    !withHeader);
            if (withHeader) {
                t.appendCsv(CsvDialect.bytes(spec.newTable()));
            }
            return t;
        } catch (IOException e) {
            throw failed(replacement.folder(), e);
        }
    }

    /** One table being written: rows are appended in order, and {@link #close} records it in the descriptor. */
    public final class TableWriter implements AutoCloseable {

        private final TableSpec spec;
        private final String path;
        private final Path file;
        private final FileChannel channel;
        private final DigestOutputStream out;
        private final boolean whole;
        private long bytes;
        private long flushedAt;
        private boolean closed;
        private Map<String, Object> described;
        /** The text columns that hold plain numbers, for the descriptor (tables written whole). */
        private Map<Integer, Field.Type> plainNumbers = Map.of();

        private TableWriter(TableSpec spec, String path, Path file, FileChannel channel, DigestOutputStream out,
                            boolean whole) {
            this.spec = spec;
            this.path = path;
            this.file = file;
            this.channel = channel;
            this.out = out;
            this.whole = whole;
        }

        /** The table's spec. */
        public TableSpec spec() {
            return spec;
        }

        /**
         * Appends rows already written in {@link CsvDialect}, without a header (see {@link CsvDialect#rowBytes}). On a
         * closed table it is an {@link IllegalStateException}; a write that fails is a {@link DatasetException} naming
         * the file.
         */
        public void appendCsv(byte[] csv) {
            if (closed) {
                throw new IllegalStateException(spec.name() + " is closed");
            }
            try {
                out.write(csv);
                bytes += csv.length;
                if (!whole && bytes - flushedAt >= FLUSH_BYTES) {
                    out.flush();
                    flushedAt = bytes;
                    flush(() -> channel.force(false));
                }
            } catch (IOException e) {
                throw failed(replacement.folder().resolve(path), e);
            }
        }

        /** Appends the rows of {@code rows}, whose columns are the spec's; mistakes as for {@link #appendCsv}. */
        public void append(Table rows) {
            appendCsv(CsvDialect.rowBytes(rows));
        }

        /**
         * Finishes the file and records the table, its size and hash for the descriptor; a second close does nothing.
         * A write that fails is a {@link DatasetException} naming the file.
         */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                out.close();
                Map<String, Object> d = DataPackage.describe(spec, path, bytes,
                        HexFormat.of().formatHex(out.getMessageDigest().digest()), plainNumbers);
                if (whole) {
                    Json.write(spill, d);
                    spilled++;
                    flush(() -> AtomicFiles.sync(file));
                } else {
                    described = d;
                }
            } catch (IOException e) {
                throw failed(replacement.folder().resolve(path), e);
            }
        }
    }

    /**
     * Adds a source article to the descriptor's list, after those added before; a write that fails is a
     * {@link DatasetException}.
     */
    public void addSource(Source source) {
        try {
            Json.write(sources, DataPackage.describe(source));
        } catch (IOException e) {
            throw failed(sourcesPath, e);
        }
        sourceCount++;
    }

    /**
     * Writes {@code datapackage.json} naming every table and source, marks the folder complete and swaps
     * it in for the output folder. Every table opened with {@link #table} must be closed: one still open is an
     * {@link IllegalStateException}. A write or swap that fails is a {@link DatasetException} naming the folder,
     * which is then left as it was.
     */
    public void commit() {
        for (TableWriter t : open) {
            if (!t.closed) {
                throw new IllegalStateException("table " + t.spec.name() + " is still open");
            }
        }
        try {
            spill.close();
            sources.close();
            Path descriptor = replacement.file("datapackage.json");
            try (JsonGenerator g = Json.pretty(new BufferedOutputStream(Files.newOutputStream(descriptor,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16))) {
                g.writeStartObject();
                for (Map.Entry<String, Object> e : DataPackage.header().entrySet()) {
                    g.writeFieldName(e.getKey());
                    Json.write(g, e.getValue());
                }
                g.writeFieldName("sources");
                g.writeStartArray();
                copySpilled(g, sourcesPath, sourceCount);
                g.writeEndArray();
                g.writeFieldName("resources");
                g.writeStartArray();
                for (TableWriter t : open) {
                    Json.write(g, t.described);
                }
                copySpilled(g, spillPath, spilled);
                g.writeEndArray();
                g.writeEndObject();
                g.writeRaw('\n');
            }
            Files.delete(spillPath);
            Files.delete(sourcesPath);
            // the tables written whole were flushed in the background; the others and the descriptor now
            for (TableWriter t : open) {
                flush(() -> AtomicFiles.sync(t.file));
            }
            flush(() -> AtomicFiles.sync(descriptor));
            awaitFlushes();
            replacement.commit(true);
        } catch (IOException e) {
            throw failed(replacement.folder(), e);
        }
    }

    /** The {@code count} values spilled to {@code file}, written to {@code g} (as elements of an array). */
    private static void copySpilled(JsonGenerator g, Path file, long count) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser p = Json.parser(in)) {
            for (long i = 0; i < count; i++) {
                Json.write(g, Json.next(p, file.toString()));
            }
        }
    }

    private interface Flush {
        void run() throws IOException;
    }

    /** Flushes on the background thread, in order; a failure is kept for {@link #awaitFlushes}. */
    private void flush(Flush f) {
        flusher.execute(() -> {
            try {
                f.run();
            } catch (IOException e) {
                flushFailure.compareAndSet(null, e);
            }
        });
    }

    /** Waits for every flush asked for so far (the thread runs them in order) and throws the first failure. */
    private void awaitFlushes() throws IOException {
        try {
            flusher.submit(() -> { }).get();
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while flushing to disk", e);
        }
        IOException failed = flushFailure.get();
        if (failed != null) {
            throw failed;
        }
    }

    private static DatasetException failed(Path where, IOException e) {
        return new DatasetException(where.toString(), 0, "cannot write: " + e.getMessage(), e);
    }

    /** Ends the write; without a {@link #commit} the new folder is deleted and the output left as it was. */
    @Override
    public void close() {
        try {
            spill.close();
            sources.close();
        } catch (IOException e) {
            // the folder is deleted below
        }
        for (TableWriter t : open) {
            try {
                t.out.close();
            } catch (IOException e) {
                // the folder is deleted below
            }
        }
        flusher.shutdown();
        try {
            flusher.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        replacement.close();
    }
}
