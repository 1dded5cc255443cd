package org.etrkit.datasets.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.etrkit.datasets.parse.ArticleParser;
import org.etrkit.datasets.tables.Corpus;
import org.etrkit.datasets.tables.CuratedTables;
import org.etrkit.datasets.tables.Rules;
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

/**
 * The curated tables (all seven builders) of one article made of a single sentence of {@code figures}
 * troop figures ("… and 5 men and 5 men …", 10 bytes each): the worst case for reading around figures,
 * since every figure has the whole sentence around it. The text is parsed and extracted once at set-up;
 * one operation builds the tables. Time per operation divided by {@code figures} stays flat when
 * building is linear in the size of the text.
 *
 * <pre>
 * java -cp datasets/target/test-classes:datasets/target/classes:$(cat datasets/target/bench-classpath.txt) \
 *     org.openjdk.jmh.Main CuratedTablesBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@Threads(1)
public class CuratedTablesBenchmark {

    /** Troop figures in the one sentence; 100,000 is a 1 MB line, 400,000 a 4 MB line. */
    @Param({"25000", "100000", "400000"})
    public int figures;

    private Corpus corpus;
    private Rules rules;

    @Setup(Level.Trial)
    public void load() {
        String line = "The Kuomintang fielded 10 men" + " and 5 men".repeat(figures) + ".";
        corpus = Corpus.of(List.of(ArticleParser.parse("long.txt", "= Long =\n\n" + line + "\n")));
        rules = Rules.defaults();
        System.out.println("corpus: " + line.length() + " characters, " + (figures + 1) + " figures");
    }

    @Benchmark
    public Object curatedTables() {
        return new CuratedTables(corpus, rules).build();
    }
}
