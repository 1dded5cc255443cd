package org.etrkit.datasets.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.etrkit.datasets.extract.Extractor;
import org.etrkit.datasets.extract.TextBlock;
import org.etrkit.datasets.parse.Article;
import org.etrkit.datasets.parse.ArticleParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse + extract (sentences, dates, quantities) over a corpus made by repeating the seed articles,
 * on one thread, from the files' bytes as the build reads them. One operation is the whole corpus;
 * MB/s = corpus bytes / time per operation (the corpus size is printed at set-up).
 *
 * <p>Run with {@code make bench-extract}; {@code -p copies=1,10,100,1000} gives the scaling series.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ExtractionBenchmark {

    /** How many times the seeds are repeated; 1000 copies of the three seeds is about 50 MB. */
    @Param({"1000"})
    public int copies;

    private final List<Object[]> corpus = new ArrayList<>();
    public long bytes;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path seeds = Path.of(System.getProperty("etr.seeds", Files.isDirectory(Path.of("seeds")) ? "seeds" : "../seeds"));
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<Object[]> one = new ArrayList<>();
        long oneBytes = 0;
        for (Path f : files) {
            one.add(new Object[] {f.getFileName().toString(), Files.readAllBytes(f)});
            oneBytes += Files.size(f);
        }
        for (int i = 0; i < copies; i++) {
            corpus.addAll(one);
        }
        bytes = oneBytes * copies;
        System.out.printf("corpus: %d copies of %d articles, %d bytes (%.1f MB)%n", copies, one.size(), bytes,
                bytes / 1e6);
    }

    /** Parses every article and runs the recognizers over all its text. */
    @Benchmark
    public void parseAndExtract(Blackhole bh) {
        for (Object[] a : corpus) {
            Article article = ArticleParser.parse((String) a[0], (byte[]) a[1]);
            List<TextBlock> blocks = Extractor.analyze(article);
            bh.consume(blocks);
        }
    }
}
