package org.etrkit.datasets.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.etrkit.datasets.extract.Extractor;
import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;
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
 * Time against size for one article that is a single paragraph: the seeds' prose joined into one line
 * of 1, 4 or 16 MB. One operation parses and extracts it, then asks what the tables ask of every
 * sentence and figure (its date, with the year from the paragraph; the sentence and column of each
 * figure, and the date that figure is placed at). Work linear in size shows as a flat time per byte
 * (the paragraph's size is printed at set-up).
 *
 * <p>Run: {@code mvn -q -pl datasets test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt},
 * then {@code java -cp datasets/target/test-classes:datasets/target/classes:$(cat datasets/cp.txt)
 * org.openjdk.jmh.Main ParagraphScalingBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@Threads(1)
public class ParagraphScalingBenchmark {

    /** The paragraph's size in MB. */
    @Param({"1", "4", "16"})
    public int megabytes;

    private byte[] article;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path seeds = Path.of(System.getProperty("etr.seeds", Files.isDirectory(Path.of("seeds")) ? "seeds" : "../seeds"));
        StringBuilder prose = new StringBuilder();
        try (Stream<Path> s = Files.list(seeds)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && Character.isLetter(line.charAt(0)) && !line.equals("Infobox")) {
                        prose.append(line).append(' ');
                    }
                }
            }
        }
        StringBuilder paragraph = new StringBuilder("= One Paragraph =\n\n");
        while (paragraph.length() < megabytes * 1_000_000) {
            paragraph.append(prose);
        }
        article = paragraph.append('\n').toString().getBytes(StandardCharsets.UTF_8);
        System.out.printf("paragraph: %d bytes (%.1f MB)%n", article.length, article.length / 1e6);
    }

    /** Parse, extract, and date and place every sentence and figure. */
    @Benchmark
    public void parseExtractAndLookUp(Blackhole bh) {
        Article a = ArticleParser.parse("paragraph.txt", article);
        List<TextBlock> blocks = Extractor.analyze(a);
        for (TextBlock b : blocks) {
            for (Sentence s : b.sentences()) {
                bh.consume(b.eventDate(s));
            }
            for (Quantity q : b.quantities()) {
                Sentence s = b.sentenceAt(q.start());
                bh.consume(b.column(q.start()));
                bh.consume(b.dateFor(s));
            }
        }
    }
}
