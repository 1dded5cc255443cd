package org.etrkit.datasets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import org.etrkit.datasets.error.DatasetException;
import org.etrkit.datasets.pack.CsvDialect;
import org.etrkit.datasets.pack.DataPackage.Source;
import org.etrkit.datasets.pack.PackageWriter;
import org.etrkit.datasets.tables.ArticleTables;
import org.etrkit.datasets.tables.Field;
import org.etrkit.datasets.tables.Rules;
import org.etrkit.datasets.tables.Specs;
import org.etrkit.datasets.tables.TableSpec;

import tech.tablesaw.api.Table;

/**
 * What a run of consecutive articles gives to the data package, made apart from the rest of the corpus:
 * the articles' sources, their rows of every curated table as CSV, and their own tables. Every row of the
 * package comes from one article and what it says, so the per-article work can run anywhere (a thread,
 * another process, a Spark executor) and {@link #merge} puts the pieces together into the package that
 * {@link DatasetBuilder#write} makes of the whole corpus, byte for byte.
 *
 * <pre>{@code
 * Shard a = Shard.build(firstHalf, rules);                 // anywhere, on any machine
 * byte[] sent = a.toBytes();                               // to move it
 * Shard.merge(List.of(Shard.fromBytes(sent, "a"), b).iterator(), Path.of("out"));   // in article order
 * }</pre>
 *
 * <p>What needs the whole corpus is left to {@link #merge}: the order of the articles (shards are merged in
 * file name order, which it checks), the names of the articles' tables (two articles whose names reduce
 * to one table name are refused, as a whole build refuses them), the row counts, and the descriptor with
 * every file's size and SHA-256 hash.
 */
public final class Shard {

    /** An article's own table ({@code tables/<article>-<n>}): its spec, where it is, its rows as CSV with header. */
    record ArticleTable(TableSpec spec, String source, int line, long rows, byte[] csv) {
    }

    private final List<Source> sources;
    private final List<byte[]> curated;
    private final long[] curatedRows;
    private final List<ArticleTable> tables;

    private Shard(List<Source> sources, List<byte[]> curated, long[] curatedRows, List<ArticleTable> tables) {
        if (curated.size() != Specs.CURATED.size() || curatedRows.length != Specs.CURATED.size()) {
            throw new IllegalArgumentException("a shard has rows of " + Specs.CURATED.size() + " curated tables, not "
                    + curated.size());
        }
        this.sources = List.copyOf(sources);
        this.curated = List.copyOf(curated);
        this.curatedRows = curatedRows.clone();
        this.tables = List.copyOf(tables);
    }

    /**
     * Reads, parses and analyses {@code files} (consecutive articles of a corpus, in file name order) with
     * {@code rules}, on the calling thread. A bad article throws its {@link DatasetException} (file and line).
     */
    public static Shard build(List<Path> files, Rules rules) {
        Objects.requireNonNull(rules, "rules");
        long bytes = files.stream().mapToLong(ArticlePipeline::size).sum();
        return of(ArticlePipeline.analyse(List.copyOf(files), bytes, rules));
    }

    /** The rows of an analysed batch, written as CSV. */
    static Shard of(ArticlePipeline.ArticleRows rows) {
        List<byte[]> csv = new ArrayList<>();
        long[] counts = new long[rows.curated().size()];
        for (int i = 0; i < counts.length; i++) {
            Table t = rows.curated().get(i);
            counts[i] = t.rowCount();
            csv.add(t.isEmpty() ? new byte[0] : CsvDialect.rowBytes(t));
        }
        List<ArticleTable> tables = new ArrayList<>();
        for (ArticleTables.Published p : rows.tables()) {
            tables.add(new ArticleTable(p.spec(), p.source().at().source(), p.source().at().line(),
                    p.table().rowCount(), CsvDialect.bytes(p.table())));
        }
        return new Shard(rows.articles().stream().map(a -> new Source(a.source(), a.title())).toList(), csv, counts,
                tables);
    }

    /** The source file names of the shard's articles, in order. */
    public List<String> articles() {
        return sources.stream().map(Source::path).toList();
    }

    List<Source> sources() {
        return sources;
    }

    List<byte[]> curated() {
        return curated;
    }

    long curatedRows(int i) {
        return curatedRows[i];
    }

    List<ArticleTable> tables() {
        return tables;
    }

    // ---- merging

    /**
     * Writes the data package of the shards' articles to {@code outDir}, replacing it whole or not at all
     * as {@link DatasetBuilder#write} does; the shards come in article (file name) order, one at a time,
     * so memory holds one shard. Shards whose articles are out of order or given twice, two articles whose
     * tables would share a name, or no article at all throw a {@link DatasetException} and leave
     * {@code outDir} as it was.
     */
    public static DatasetBuilder.Summary merge(Iterator<Shard> shards, Path outDir) {
        Objects.requireNonNull(shards, "shards");
        try (PackageWriter w = PackageWriter.create(outDir)) {
            DatasetBuilder.PackageSink sink = new DatasetBuilder.PackageSink(w);
            String last = null;
            while (shards.hasNext()) {
                Shard s = shards.next();
                List<String> names = s.articles();
                if (names.isEmpty()) {
                    continue;
                }
                if (last != null && order(last, names.get(0)) >= 0) {
                    throw new DatasetException(names.get(0), 0, last.equals(names.get(0))
                            ? "the article is in two shards; each article belongs to one shard"
                            : "the shards are out of order: this article comes before " + last
                              + ", which an earlier shard holds; merge the shards in file name order");
                }
                last = names.get(names.size() - 1);
                sink.accept(s);
            }
            if (last == null) {
                throw new DatasetException(outDir.toString(), 0, "no articles in the shards: nothing to write");
            }
            return sink.commit();
        }
    }

    /** The order of article files in a build: {@link Path} order of their names, as {@code Files.list} sorts them. */
    static int order(String a, String b) {
        return Path.of(a).compareTo(Path.of(b));
    }

    // ---- bytes

    /** The shard as bytes, for sending or storing; {@link #fromBytes} reads them back. Throws nothing. */
    public byte[] toBytes() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(size());
        try (DataOutputStream out = new DataOutputStream(buf)) {
            writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return buf.toByteArray();
    }

    private int size() {
        long n = 64;
        for (byte[] c : curated) {
            n += c.length + 16;
        }
        for (ArticleTable t : tables) {
            n += t.csv().length + 256;
        }
        return (int) Math.min(n, Integer.MAX_VALUE - 16);
    }

    /**
     * The shard written as {@link #toBytes} writes it; {@code where} names the bytes (a file, a task) in
     * the {@link DatasetException} that bytes of another kind, or cut short, give.
     */
    public static Shard fromBytes(byte[] bytes, String where) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            Shard s = readFrom(in, where);
            if (in.read() != -1) {
                throw new DatasetException(where, 0, "not a shard: bytes follow its end");
            }
            return s;
        } catch (IOException e) {
            throw new DatasetException(where, 0, "not a shard, or cut short: " + e.getMessage(), e);
        }
    }

    /** The shard's fields, in the order {@link #readFrom} reads them. */
    void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(sources.size());
        for (Source s : sources) {
            writeString(out, s.path());
            writeString(out, s.title());
        }
        out.writeInt(curated.size());
        for (int i = 0; i < curated.size(); i++) {
            writeString(out, Specs.CURATED.get(i).name());
            out.writeLong(curatedRows[i]);
            writeBytes(out, curated.get(i));
        }
        out.writeInt(tables.size());
        for (ArticleTable t : tables) {
            writeString(out, t.spec().name());
            writeString(out, t.spec().title());
            writeString(out, t.spec().description());
            out.writeInt(t.spec().fields().size());
            for (Field f : t.spec().fields()) {
                writeString(out, f.name());
                writeString(out, f.type().name());
                writeString(out, f.description());
            }
            writeString(out, t.source());
            out.writeInt(t.line());
            out.writeLong(t.rows());
            writeBytes(out, t.csv());
        }
    }

    /** A shard written by {@link #writeTo}; what is not one throws a {@link DatasetException} naming {@code where}. */
    static Shard readFrom(DataInputStream in, String where) throws IOException {
        try {
            int n = count(in, where, "articles");
            List<Source> sources = new ArrayList<>(Math.min(n, 1024));
            for (int i = 0; i < n; i++) {
                sources.add(new Source(readString(in), readString(in)));
            }
            int c = count(in, where, "curated tables");
            if (c != Specs.CURATED.size()) {
                throw mismatch(where, c + " curated tables");
            }
            List<byte[]> curated = new ArrayList<>(c);
            long[] rows = new long[c];
            for (int i = 0; i < c; i++) {
                String name = readString(in);
                if (!name.equals(Specs.CURATED.get(i).name())) {
                    throw mismatch(where, "table '" + name + "' where this builder has '" + Specs.CURATED.get(i).name()
                            + "'");
                }
                rows[i] = in.readLong();
                curated.add(readBytes(in));
            }
            int t = count(in, where, "tables");
            List<ArticleTable> tables = new ArrayList<>(Math.min(t, 1024));
            for (int i = 0; i < t; i++) {
                String name = readString(in);
                String title = readString(in);
                String description = readString(in);
                int f = count(in, where, "fields");
                List<Field> fields = new ArrayList<>(Math.min(f, 1024));
                for (int k = 0; k < f; k++) {
                    fields.add(new Field(readString(in), Field.Type.valueOf(readString(in)), readString(in)));
                }
                tables.add(new ArticleTable(new TableSpec(name, title, description, fields), readString(in),
                        in.readInt(), in.readLong(), readBytes(in)));
            }
            return new Shard(sources, curated, rows, tables);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DatasetException(where, 0, "not a shard: " + e.getMessage(), e);
        } catch (EOFException e) {
            throw new DatasetException(where, 0, "the shard is cut short", e);
        }
    }

    private static DatasetException mismatch(String where, String what) {
        return new DatasetException(where, 0, "the shard was made by another version of the builder (" + what
                + "); make it again with this one");
    }

    private static int count(DataInputStream in, String where, String what) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new DatasetException(where, 0, "not a shard: " + n + " " + what);
        }
        return n;
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        writeBytes(out, s.getBytes(StandardCharsets.UTF_8));
    }

    private static String readString(DataInputStream in) throws IOException {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }

    private static void writeBytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("a negative length, " + n);
        }
        // read in steps, so that a corrupt length fails at the end of the input, not with a huge array
        ByteArrayOutputStream buf = new ByteArrayOutputStream(Math.min(n, 1 << 20));
        byte[] step = new byte[Math.min(n, 1 << 16)];
        int left = n;
        while (left > 0) {
            int k = in.read(step, 0, Math.min(left, step.length));
            if (k < 0) {
                throw new EOFException();
            }
            buf.write(step, 0, k);
            left -= k;
        }
        return buf.toByteArray();
    }
}
