package org.etrkit.datasets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.etrkit.datasets.error.DatasetException;
import org.etrkit.datasets.internal.TaskFailures;
import org.etrkit.datasets.parse.Article;
import org.etrkit.datasets.parse.ArticleParser;
import org.etrkit.datasets.tables.ArticleTables;
import org.etrkit.datasets.tables.Corpus;
import org.etrkit.datasets.tables.CuratedTables;
import org.etrkit.datasets.tables.Rules;

import tech.tablesaw.api.Table;

/**
 * Articles through the build a batch at a time, on every thread, in file name order at the end: a
 * worker thread reads, parses and analyses the articles of a batch (a run of consecutive articles,
 * {@value #BATCH_BYTES} bytes or {@value #BATCH_ARTICLES} articles at most) and turns them into their
 * rows of every table, and the calling thread hands the results to a {@link Sink} in file name order.
 * At most a few batches per thread are in flight, so memory holds a few batches, not the corpus. A
 * curated table is its articles' rows one after the other (see {@link CuratedTables#ofArticles}), so
 * neither the batches nor the number of threads change the result.
 *
 * <p>The first article in file name order that cannot be built stops the build with its error.
 */
final class ArticlePipeline {

    /** Batches in flight per thread: enough to keep every thread busy while the sink writes. */
    private static final int WINDOW_PER_THREAD = 3;

    /** A batch ends once it holds this many bytes of articles... */
    static final long BATCH_BYTES = 256 * 1024;

    /** ...or this many articles. */
    static final int BATCH_ARTICLES = 64;

    /** What a batch of articles contributes: their rows of every curated table and their own tables. */
    record ArticleRows(List<Article> articles, long bytes, List<Table> curated, List<ArticleTables.Published> tables) {
    }

    /**
     * Where the articles' rows go. {@link #prepare} runs on a worker thread (for work that can be done
     * in parallel, such as writing rows as CSV); {@link #accept} on the calling thread, in article order.
     */
    interface Sink<P> {

        P prepare(ArticleRows rows);

        void accept(P prepared);
    }

    private ArticlePipeline() {
    }

    /** Runs every file of {@code files} (in this order) through the build into {@code sink}. */
    static <P> void run(List<Path> files, Rules rules, int threads, BuildProgress progress, Sink<P> sink) {
        long[] sizes = files.stream().mapToLong(ArticlePipeline::size).toArray();
        progress.started(files.size(), java.util.Arrays.stream(sizes).sum());
        ExecutorService pool = Executors.newFixedThreadPool(threads, workers());
        Deque<Future<P>> inFlight = new ArrayDeque<>();
        try {
            int window = threads * WINDOW_PER_THREAD;
            int from = 0;
            while (from < files.size()) {
                int to = from;
                long bytes = 0;
                while (to < files.size() && to - from < BATCH_ARTICLES && (to == from || bytes < BATCH_BYTES)) {
                    bytes += sizes[to++];
                }
                List<Path> batch = files.subList(from, to);
                long batchBytes = bytes;
                inFlight.add(pool.submit(() -> {
                    P prepared = sink.prepare(analyse(batch, batchBytes, rules));
                    for (Path f : batch) {
                        progress.articleDone(size(f));
                    }
                    return prepared;
                }));
                if (inFlight.size() >= window) {
                    sink.accept(await(inFlight.removeFirst()));
                }
                from = to;
            }
            while (!inFlight.isEmpty()) {
                sink.accept(await(inFlight.removeFirst()));
            }
        } finally {
            inFlight.forEach(fut -> fut.cancel(true));
            pool.shutdownNow();
        }
    }

    /** A batch of articles: read, parsed, analysed, and their rows of every table. */
    static ArticleRows analyse(List<Path> files, long bytes, Rules rules) {
        List<Article> articles = new ArrayList<>(files.size());
        List<Corpus.Entry> entries = new ArrayList<>(files.size());
        List<ArticleTables.Published> tables = new ArrayList<>();
        for (Path f : files) {
            Article a = ArticleParser.parse(f);
            articles.add(a);
            entries.add(Corpus.Entry.of(a));
            tables.addAll(ArticleTables.of(a));
        }
        return new ArticleRows(articles, bytes, curated(files, entries, e -> CuratedTables.ofArticles(e, rules)), tables);
    }

    /**
     * The curated tables of a batch, as {@code read} makes them from its entries. When the readers fail, the error
     * names the article: the largest when the heap ran out, else the first that fails when read alone (a failure
     * other than {@link DatasetException} is a bug of the builder, which the user can only report).
     */
    static List<Table> curated(List<Path> files, List<Corpus.Entry> entries,
                               Function<List<Corpus.Entry>, List<Table>> read) {
        try {
            return read.apply(entries);
        } catch (OutOfMemoryError e) {
            // an article small enough to read can still give more rows than the heap holds
            throw new DatasetException(largest(files).getFileName().toString(), 0, "not enough Java heap to make the"
                    + " tables of this article (" + Runtime.getRuntime().maxMemory() / 1_000_000 + " MB heap): run"
                    + " Java with more memory (-Xmx) or split the article", e);
        } catch (DatasetException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            int culprit = 0; // a batch of one article names it; a larger batch, the first that fails alone
            while (entries.size() > 1 && culprit < entries.size() - 1 && readsAlone(entries.get(culprit), read)) {
                culprit++;
            }
            throw new DatasetException(files.get(culprit).getFileName().toString(), 0, "the builder failed while"
                    + " making the curated tables of this article (" + e.getClass().getName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); this is a bug of the builder,"
                    + " please report it with the article", e);
        }
    }

    /** Whether {@code read} makes the curated tables of {@code entry} alone without failing. */
    private static boolean readsAlone(Corpus.Entry entry, Function<List<Corpus.Entry>, List<Table>> read) {
        try {
            read.apply(List.of(entry));
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            return false;
        }
    }

    /** The largest of {@code files}: in a batch that ran out of memory, the article to name. */
    private static Path largest(List<Path> files) {
        Path big = files.get(0);
        for (Path f : files) {
            if (size(f) > size(big)) {
                big = f;
            }
        }
        return big;
    }

    private static <P> P await(Future<P> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            TaskFailures.throwIfUnchecked(e.getCause());
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    private static ThreadFactory workers() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "etr-build-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }
}
