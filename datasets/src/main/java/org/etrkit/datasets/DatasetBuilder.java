package org.etrkit.datasets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.etrkit.datasets.error.DatasetException;
import org.etrkit.datasets.parse.ArticleParser;
import org.etrkit.datasets.tables.Corpus;
import org.etrkit.datasets.tables.Rules;

/**
 * Builds the tables from a folder of articles, with options: the rules, how many threads, and a
 * progress listener. {@link Datasets#build(Path)} is the shortcut with the defaults.
 *
 * <pre>{@code
 * Datasets d = Datasets.builder().rules(rules).threads(2).progress(p).build(Path.of("seeds"));
 * }</pre>
 *
 * <p>The result does not depend on the number of threads: articles are read in file name order
 * whatever order the threads finish them in.
 */
public final class DatasetBuilder {

    private Rules rules = Rules.defaults();
    private int threads = Runtime.getRuntime().availableProcessors();
    private BuildProgress progress = BuildProgress.NONE;

    DatasetBuilder() {
    }

    /** The classification rules (default: the shipped ones, {@link Rules#defaults()}). */
    public DatasetBuilder rules(Rules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        return this;
    }

    /** How many threads analyse articles (default: one per available processor); at least 1. */
    public DatasetBuilder threads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.threads = threads;
        return this;
    }

    /** Where to report progress (default: nowhere). */
    public DatasetBuilder progress(BuildProgress progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
        return this;
    }

    /** Parses and analyses every {@code *.txt} article in {@code seedsDir}, in file name order, and builds the tables. */
    public Datasets build(Path seedsDir) {
        try {
            return inPool(() -> {
                List<Path> files = articleFiles(seedsDir);
                Corpus corpus = analyse(files);
                return Datasets.fromCorpus(corpus, rules);
            });
        } finally {
            progress.finished();
        }
    }

    /** Builds the tables of {@code seedsDir} and writes them as a data package to {@code outDir} (see {@link Datasets#writePackage}). */
    public Datasets write(Path seedsDir, Path outDir) {
        try {
            return inPool(() -> {
                Datasets d = Datasets.fromCorpus(analyse(articleFiles(seedsDir)), rules);
                progress.writing();
                d.writePackage(outDir);
                return d;
            });
        } finally {
            progress.finished();
        }
    }

    /** Runs {@code job} in a pool of {@link #threads} threads, so that the parallel streams inside it use them. */
    private <T> T inPool(Supplier<T> job) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(job::get).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The {@code *.txt} files of {@code seedsDir}, in file name order; none is an error. */
    static List<Path> articleFiles(Path seedsDir) {
        if (!Files.isDirectory(seedsDir)) {
            throw new DatasetException(seedsDir.toString(), 0, "seeds directory does not exist or is not a directory");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(seedsDir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new DatasetException(seedsDir.toString(), 0, "cannot list seeds directory: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new DatasetException(seedsDir.toString(), 0, "no articles (*.txt files) in the seeds directory");
        }
        return files;
    }

    /** Each article parsed and analysed, in parallel; the first bad file in name order is the one reported. */
    private Corpus analyse(List<Path> files) {
        progress.started(files.size(), files.stream().mapToLong(DatasetBuilder::size).sum());
        List<Object> done = files.parallelStream().<Object>map(f -> {
            try {
                Corpus.Entry e = Corpus.Entry.of(ArticleParser.parse(f));
                progress.articleDone(size(f));
                return e;
            } catch (DatasetException e) {
                return e;
            }
        }).toList();
        List<Corpus.Entry> entries = new ArrayList<>(done.size());
        for (Object o : done) {
            if (o instanceof DatasetException e) {
                throw e;
            }
            entries.add((Corpus.Entry) o);
        }
        return new Corpus(entries);
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }
}
