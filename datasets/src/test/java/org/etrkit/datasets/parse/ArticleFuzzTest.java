package org.etrkit.datasets.parse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.etrkit.datasets.error.DatasetException;
import org.etrkit.datasets.Datasets;
import org.etrkit.datasets.tables.Rules;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** Random and mutated articles never crash the builder with anything but its own error. */
class ArticleFuzzTest {

    private static final Rules RULES = Rules.defaults();
    private static final List<String> SEEDS = seeds();

    private static List<String> seeds() {
        Path dir = Path.of(System.getProperty("etr.root", "..")).resolve("seeds");
        try (var s = Files.list(dir)) {
            return s.sorted().map(p -> {
                try {
                    return Files.readString(p, StandardCharsets.UTF_8);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Builds the article or fails with the builder's own error naming the file; counts which, so that
     * each property can check that most samples get past the title line and are really built.
     */
    private static void buildOrOwnError(String text) {
        String outcome;
        try {
            Article a = ArticleParser.parse("fuzz.txt", text);
            Datasets.fromArticles(List.of(a), RULES).names().forEach(n -> { });
            outcome = "built";
        } catch (DatasetException expected) {
            if (!expected.getMessage().startsWith("fuzz.txt:")) {
                throw new AssertionError("error without file name: " + expected.getMessage());
            }
            outcome = expected.line() <= 1 ? "stopped at line 1" : "error after line 1";
        }
        Statistics.collect(outcome);
    }

    private static void mostSamplesAreBuilt() {
        Statistics.coverage(c -> c.check("built").percentage(p -> p >= 50));
    }

    @Property(tries = 300)
    void randomTextNeverCrashes(@ForAll("articleish") String text) {
        buildOrOwnError("= T =\n" + text);
        mostSamplesAreBuilt();
    }

    @Property(tries = 300)
    void mutatedSeedsNeverCrash(@ForAll @IntRange(min = 0, max = 2) int seed, @ForAll("mutations") List<int[]> edits,
                                @ForAll("fragments") List<String> inserts) {
        StringBuilder s = new StringBuilder(SEEDS.get(seed));
        int body = s.indexOf("\n") + 1; // edits leave the title line, so that the rest is read
        for (int i = 0; i < edits.size(); i++) {
            int[] e = edits.get(i);
            int at = body + Math.floorMod(e[0], s.length() - body + 1);
            int len = Math.min(Math.floorMod(e[1], 40), s.length() - at);
            String insert = inserts.isEmpty() ? "" : inserts.get(i % inserts.size());
            s.replace(at, at + len, insert);
        }
        buildOrOwnError(s.toString());
        mostSamplesAreBuilt();
    }

    @Provide
    Arbitrary<String> articleish() {
        Arbitrary<String> pieces = Arbitraries.of("= T =\n", "== H ==\n", "=== X ===\n", "Infobox\n", "- K: V\n",
                "| a | b |\n", "| 1 | 2 |\n", "| Sources: x | |\n", "  - Cap**\n", "\n", "about 2,000 troops ",
                "between 1937 and 1941 ", "7 November 1944 ", "$250 million ", "forty-two ", "52.1% ", "1944–45 ",
                "more than ", "up to ", " to ", "–", ". ", "The ", "Kazakhs made up ", " of the population, or ",
                "The National Army enlisted ", "\u0000", "\uFFFD", "|", "=", "-", "99999999999999999999 ", "1,000,000,000,000,000 ");
        return pieces.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<List<int[]>> mutations() {
        return Arbitraries.integers().between(0, 100_000).array(int[].class).ofSize(2).list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<String>> fragments() {
        return Arbitraries.of("", "|", "| x |", "\n", "=", "==", "- ", "Infobox\n", "1,5", "$", "%", "–", " to ",
                "million ", "\n| a |\n", "0.0.0", "between ", "12 November ").list().ofMaxSize(8);
    }
}
