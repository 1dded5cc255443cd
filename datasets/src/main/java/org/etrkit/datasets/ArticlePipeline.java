package org.etrkit.datasets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.etrkit.datasets.parse.Article;
import org.etrkit.datasets.parse.ArticleParser;
import org.etrkit.datasets.tables.ArticleTables;
import org.etrkit.datasets.tables.Corpus;
import org.etrkit.datasets.tables.CuratedTables;
import org.etrkit.datasets.tables.Rules;

import tech.tablesaw.api.Table;

/**
 * Articles through the build one at a time, on every thread, in file name order at the end: each
 * article is read, parsed, analysed and turned into its rows of every table by a worker thread, and
 * the results are handed to a {@link Sink} in file name order by the calling thread. At most a few
 * articles per thread are in flight, so memory holds a few articles, not the corpus; the result does
 * not depend on the number of threads.
 *
 * <p>The first article in file name order that cannot be built stops the build with its error.
 */
final class ArticlePipeline {

    /** Articles in flight per thread: enough to keep every thread busy while the sink writes. */
    private static final int WINDOW_PER_THREAD = 4;

    /** What one article contributes: its rows of every curated table and its own tables. */
    record ArticleRows(Path file, long bytes, Article article, List<Table> curated,
                       List<ArticleTables.Published> tables) {
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
        progress.started(files.size(), files.stream().mapToLong(ArticlePipeline::size).sum());
        ExecutorService pool = Executors.newFixedThreadPool(threads, workers());
        Deque<Future<P>> inFlight = new ArrayDeque<>();
        try {
            int window = threads * WINDOW_PER_THREAD;
            for (Path f : files) {
                inFlight.add(pool.submit(() -> {
                    ArticleRows rows = analyse(f, rules);
                    P prepared = sink.prepare(rows);
                    progress.articleDone(rows.bytes());
                    return prepared;
                }));
                if (inFlight.size() >= window) {
                    sink.accept(await(inFlight.removeFirst()));
                }
            }
            while (!inFlight.isEmpty()) {
                sink.accept(await(inFlight.removeFirst()));
            }
        } finally {
            inFlight.forEach(fut -> fut.cancel(true));
            pool.shutdownNow();
        }
    }

    /** One article: read, parsed, analysed, and its rows of every table. */
    static ArticleRows analyse(Path file, Rules rules) {
        Article article = ArticleParser.parse(file);
        Corpus.Entry entry = Corpus.Entry.of(article);
        return new ArticleRows(file, size(file), article, CuratedTables.ofArticle(entry, rules),
                ArticleTables.of(article));
    }

    private static <P> P await(Future<P> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
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
