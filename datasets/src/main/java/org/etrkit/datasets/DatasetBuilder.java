package org.etrkit.datasets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.etrkit.datasets.error.DatasetException;
import org.etrkit.datasets.internal.Links;
import org.etrkit.datasets.pack.DataPackage.Source;
import org.etrkit.datasets.pack.PackageWriter;
import org.etrkit.datasets.tables.ArticleTables;
import org.etrkit.datasets.tables.Rules;
import org.etrkit.datasets.tables.Specs;
import org.etrkit.datasets.tables.TableSpec;

import tech.tablesaw.api.Table;

/**
 * Builds the tables from a folder of articles, with options: the rules, how many threads, and a
 * progress listener. {@link Datasets#build(Path)} is the shortcut with the defaults.
 *
 * <pre>{@code
 * Datasets d = Datasets.builder().rules(rules).threads(2).build(Path.of("seeds"));    // in memory
 * Summary s = Datasets.builder().progress(p).write(Path.of("corpus"), Path.of("out")); // streamed to disk
 * }</pre>
 *
 * <p>Articles go through the build one at a time on every thread (see {@link ArticlePipeline}): each
 * is read, parsed, analysed and turned into its rows of every table, and the rows are appended in file
 * name order. A curated table is its articles' rows one after the other, so the result does not
 * depend on the number of threads or on the order they finish in.
 */
public final class DatasetBuilder {

    private Rules rules = Rules.defaults();
    private int threads = Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS);
    private BuildProgress progress = BuildProgress.NONE;

    DatasetBuilder() {
    }

    /** The classification rules (default: the shipped ones, {@link Rules#defaults()}); null is a {@link NullPointerException}. */
    public DatasetBuilder rules(Rules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        return this;
    }

    /**
     * The most threads a build uses: each holds a batch of articles and its rows in memory, so thousands
     * would only run out of heap.
     */
    public static final int MAX_THREADS = 256;

    /**
     * How many threads analyse articles (default: one per available processor); 1 to {@link #MAX_THREADS}, another
     * count is an {@link IllegalArgumentException}.
     */
    public DatasetBuilder threads(int threads) {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be from 1 to " + MAX_THREADS + ", not " + threads);
        }
        this.threads = threads;
        return this;
    }

    /** Where to report progress (default: nowhere); null is a {@link NullPointerException}. */
    public DatasetBuilder progress(BuildProgress progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
        return this;
    }

    /**
     * Parses and analyses every {@code *.txt} article in {@code seedsDir}, in file name order, and builds
     * the tables in memory. For a corpus larger than memory, {@link #write} streams them to disk instead. A folder
     * without articles, or a bad article (named with its file and line), is a {@link DatasetException}.
     */
    public Datasets build(Path seedsDir) {
        try {
            MemorySink sink = new MemorySink();
            ArticlePipeline.run(articleFiles(seedsDir), rules, threads, progress, sink);
            return sink.datasets();
        } finally {
            progress.finished();
        }
    }

    /**
     * Builds the tables of {@code seedsDir} and writes them as a data package to {@code outDir} as they
     * are made: articles are read, analysed and written a few at a time, so memory does not grow with
     * the corpus. The output folder is replaced whole or not at all, as {@link Datasets#writePackage}
     * does; a bad article stops the build with its file and line and leaves the folder as it was. That, a folder
     * without articles, and an output folder that cannot be written are a {@link DatasetException}.
     */
    public Summary write(Path seedsDir, Path outDir) {
        try {
            List<Path> files = articleFiles(seedsDir);
            try (PackageWriter w = PackageWriter.create(outDir)) {
                PackageSink sink = new PackageSink(w);
                ArticlePipeline.run(files, rules, threads, progress, sink);
                progress.writing();
                return sink.commit();
            }
        } finally {
            progress.finished();
        }
    }

    /**
     * Builds part {@code part} of {@code parts} of {@code seedsDir} into the shard file {@code shardFile}
     * (see {@link ShardFile}) and returns how many articles it holds: the corpus's articles in file name
     * order, cut into {@code parts} runs of consecutive articles whose counts differ by one at most, and of
     * those the run {@code part} (from 1). {@link Shard#merge} puts the parts, in order, together into the
     * package {@link #write} makes of the whole corpus. {@code rulesName} names this builder's rules in the
     * file, so that shards made with different rules are not merged. A bad article stops it with its file
     * and line and writes nothing (a {@link DatasetException}, as is a file that cannot be written); a {@code part}
     * outside 1 to {@code parts} is an {@link IllegalArgumentException}.
     */
    public int writeShard(Path seedsDir, int part, int parts, Path shardFile, String rulesName) {
        if (parts < 1 || part < 1 || part > parts) {
            throw new IllegalArgumentException("part must be from 1 to parts (" + parts + "), not " + part);
        }
        try {
            List<Path> all = articleFiles(seedsDir);
            List<Path> files = all.subList((int) ((long) all.size() * (part - 1) / parts),
                    (int) ((long) all.size() * part / parts));
            ShardFile.write(shardFile, rulesName, out -> {
                if (!files.isEmpty()) {
                    ArticlePipeline.run(files, rules, threads, progress, new ArticlePipeline.Sink<Shard>() {
                        @Override
                        public Shard prepare(ArticlePipeline.ArticleRows rows) {
                            return Shard.of(rows);
                        }

                        @Override
                        public void accept(Shard shard) {
                            out.accept(shard);
                        }
                    });
                }
            });
            return files.size();
        } finally {
            progress.finished();
        }
    }

    /**
     * What a build wrote: the number of articles, the rows of each curated table (in publication
     * order), and the number of the articles' own tables ({@code tables/<article>-<n>}) and their rows.
     */
    public record Summary(int articles, Map<String, Long> curatedRows, int articleTables, long articleTableRows) {

        /** Keeps an unmodifiable copy of {@code curatedRows}, in its order; a null map is a {@link NullPointerException}. */
        public Summary {
            curatedRows = Collections.unmodifiableMap(new LinkedHashMap<>(curatedRows));
        }
    }

    /**
     * The articles a build of {@code seedsDir} reads, in the order it reads them: its {@code *.txt} regular
     * files, in file name order, but for hidden ones (a name starting with a dot), which a shell's {@code *.txt}
     * leaves out too: an editor's lock ({@code .#a.txt}), a Mac's resource file ({@code ._a.txt}). None is a {@link DatasetException}, as is a missing folder. For a build
     * done elsewhere in pieces: {@link Shard#build} of consecutive runs of this list, merged in order.
     */
    public static List<Path> articleFiles(Path seedsDir) {
        if (!Files.isDirectory(seedsDir)) {
            if (Files.isSymbolicLink(seedsDir) && loops(seedsDir)) {
                throw new DatasetException(seedsDir.toString(), 0, "a symbolic link to " + Links.target(seedsDir)
                        + ", which leads back to " + seedsDir.getFileName() + " through links (a loop) and to no folder;"
                        + " point it at the seeds folder or remove the link");
            }
            throw new DatasetException(seedsDir.toString(), 0, "seeds directory does not exist or is not a directory");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(seedsDir)) {
            files = s.filter(p -> isArticleName(p.getFileName().toString()) && isArticle(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new DatasetException(seedsDir.toString(), 0, "cannot list seeds directory: " + DatasetException.reason(e), e);
        }
        if (files.isEmpty()) {
            throw new DatasetException(seedsDir.toString(), 0, "no articles (*.txt files) in the seeds directory");
        }
        return files;
    }

    /** Whether a file of the seeds folder named {@code name} is read as an article: {@code *.txt}, not hidden. */
    public static boolean isArticleName(String name) {
        return name.endsWith(".txt") && !name.startsWith(".");
    }

    /**
     * Whether a {@code *.txt} entry of the seeds folder is an article: a file, or a link to one. A link to
     * nothing (its article moved) throws: left out, the article would be missing from the package unsaid.
     */
    private static boolean isArticle(Path p) {
        if (Files.isSymbolicLink(p) && !Files.exists(p)) {
            String target = Links.target(p);
            if (loops(p)) {
                throw new DatasetException(p.toString(), 0, "a symbolic link to " + target + ", which leads back to "
                        + p.getFileName() + " through links (a loop) and to no article; point it at the article or "
                        + "remove the link");
            }
            throw new DatasetException(p.toString(), 0, "a symbolic link to " + target
                    + ", which does not exist; restore the article or remove the link");
        }
        String special = special(p);
        if (special != null) {
            // reading a pipe waits for whatever writes into it, a device may never end: named, not read nor left out
            throw new DatasetException(p.toString(), 0, (Files.isSymbolicLink(p) ? "a symbolic link to " + Links.target(p)
                    + ", " : "") + special + ", not a file; an article is a text file: save it as one, or move this out"
                    + " of the seeds folder");
        }
        return Files.isRegularFile(p);
    }

    /** What {@code p} (followed through links) is when it is neither a file nor a folder: "a named pipe", "a device", "a socket"; else null. */
    private static String special(Path p) {
        try {
            java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class);
            if (!a.isOther()) {
                return null;
            }
            try {
                int type = ((Integer) Files.getAttribute(p, "unix:mode")) & 0170000;
                return type == 0010000 ? "a named pipe" : type == 0140000 ? "a socket" : "a device";
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                return "a device, a pipe or a socket";
            }
        } catch (IOException e) {
            return null;
        }
    }


    /** Whether following the links from {@code link} comes back to a link already passed. */
    private static boolean loops(Path link) {
        java.util.Set<Path> passed = new java.util.HashSet<>();
        Path p = link.toAbsolutePath().normalize();
        try {
            while (Files.isSymbolicLink(p)) {
                if (!passed.add(p)) {
                    return true;
                }
                p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    /** Tables in memory, appended article by article. */
    static final class MemorySink implements ArticlePipeline.Sink<ArticlePipeline.ArticleRows> {

        private final List<Table> curated = Specs.CURATED.stream().map(TableSpec::newTable).toList();
        private final Map<String, Table> tables = new LinkedHashMap<>();
        private final Map<String, TableSpec> specs = new LinkedHashMap<>();
        private final List<Source> sources = new ArrayList<>();
        private final ArticleTables.Names names = new ArticleTables.Names();

        @Override
        public ArticlePipeline.ArticleRows prepare(ArticlePipeline.ArticleRows rows) {
            return rows;
        }

        @Override
        public void accept(ArticlePipeline.ArticleRows rows) {
            for (int i = 0; i < curated.size(); i++) {
                curated.get(i).append(rows.curated().get(i));
            }
            for (ArticleTables.Published p : rows.tables()) {
                names.claim(p);
                tables.put(p.spec().name(), p.table());
                specs.put(p.spec().name(), p.spec());
            }
            rows.articles().forEach(a -> sources.add(new Source(a.source(), a.title())));
        }

        Datasets datasets() {
            Map<String, Table> all = new LinkedHashMap<>();
            Map<String, TableSpec> allSpecs = new LinkedHashMap<>();
            for (int i = 0; i < curated.size(); i++) {
                TableSpec spec = Specs.CURATED.get(i);
                all.put(spec.name(), curated.get(i));
                allSpecs.put(spec.name(), spec);
            }
            all.putAll(tables);
            allSpecs.putAll(specs);
            return Datasets.built(all, allSpecs, sources);
        }
    }

    /** The package on disk, appended a shard (a batch of articles, its rows as CSV) at a time. */
    static final class PackageSink implements ArticlePipeline.Sink<Shard> {

        private final PackageWriter writer;
        private final List<PackageWriter.TableWriter> curated;
        private final long[] curatedRows = new long[Specs.CURATED.size()];
        private final ArticleTables.Names names = new ArticleTables.Names();
        private int articles;
        private int articleTables;
        private long articleTableRows;

        PackageSink(PackageWriter writer) {
            this.writer = writer;
            this.curated = Specs.CURATED.stream().map(writer::table).toList();
        }

        @Override
        public Shard prepare(ArticlePipeline.ArticleRows rows) {
            return Shard.of(rows);
        }

        @Override
        public void accept(Shard shard) {
            for (int i = 0; i < curated.size(); i++) {
                curated.get(i).appendCsv(shard.curated().get(i));
                curatedRows[i] += shard.curatedRows(i);
            }
            for (Shard.ArticleTable t : shard.tables()) {
                names.claim(t.spec().name(), t.source(), t.line());
                writer.writeTable(t.spec(), t.csv());
                articleTables++;
                articleTableRows += t.rows();
            }
            shard.sources().forEach(writer::addSource);
            articles += shard.sources().size();
        }

        Summary commit() {
            curated.forEach(PackageWriter.TableWriter::close);
            writer.commit();
            Map<String, Long> rows = new LinkedHashMap<>();
            for (int i = 0; i < curatedRows.length; i++) {
                rows.put(Specs.CURATED.get(i).name(), curatedRows[i]);
            }
            return new Summary(articles, rows, articleTables, articleTableRows);
        }
    }
}
