package org.etrkit.datasets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@code build --out} never removes or changes a file the builder did not write, whatever the layout. */
class OutputSafetyTest {

    private static final String ARTICLE = "= A =\n\nIn 1944 some 2,000 troops marched.\n";

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path seeds, String out) {
        return Main.run(new String[] {"build", "--seeds", seeds.toString(), "--out", out},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static Path project(Path tmp) throws IOException {
        Path seeds = Files.createDirectories(tmp.resolve("project/seeds"));
        Files.writeString(seeds.resolve("a.txt"), ARTICLE);
        Files.writeString(tmp.resolve("project/notes.md"), "mine");
        return seeds;
    }

    @Test
    void refusesTheSeedsDirectoryAsOutput(@TempDir Path tmp) throws IOException {
        Path seeds = project(tmp);
        Map<String, String> before = tree(tmp);
        assertEquals(1, run(seeds, seeds.toString()));
        assertTrue(err().contains("the output directory is the seeds directory"), err());
        assertEquals(before, tree(tmp));
    }

    @Test
    void refusesAFolderThatContainsTheSeeds(@TempDir Path tmp) throws IOException {
        Path seeds = project(tmp);
        Map<String, String> before = tree(tmp);
        assertEquals(1, run(seeds, tmp.resolve("project").toString()));
        assertTrue(err().contains("contains the seeds directory"), err());
        assertEquals(before, tree(tmp));
    }

    @Test
    void refusesAFolderInsideTheSeeds(@TempDir Path tmp) throws IOException {
        Path seeds = project(tmp);
        assertEquals(1, run(seeds, seeds.resolve("out").toString()));
        assertTrue(err().contains("lies inside the seeds directory"), err());
        assertTrue(Files.notExists(seeds.resolve("out")));
    }

    @Test
    void refusesAFolderItDidNotWrite(@TempDir Path tmp) throws IOException {
        Path seeds = project(tmp);
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(mine.resolve("thesis.docx"), "years of work");
        assertEquals(1, run(seeds, mine.toString()));
        assertTrue(err().contains("was not written by this builder"), err());
        assertEquals("years of work", Files.readString(mine.resolve("thesis.docx")));
    }

    @Test
    void refusesASymbolicLinkInsteadOfTurningItIntoAFolder(@TempDir Path tmp) throws IOException {
        Path seeds = project(tmp);
        Path real = tmp.resolve("real");
        assertEquals(0, run(seeds, real.toString()));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
        assertEquals(1, run(seeds, link.toString()));
        assertTrue(err().contains("symbolic link"), err());
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void replacesItsOwnOutputAndFillsAnEmptyFolder(@TempDir Path tmp) throws IOException {
        Path seeds = project(tmp);
        Path out = Files.createDirectories(tmp.resolve("out"));
        assertEquals(0, run(seeds, out.toString()), err());
        assertTrue(Files.exists(out.resolve("datapackage.json")));
        Files.writeString(out.resolve("stale.csv"), "from an older build");
        assertEquals(0, run(seeds, out.toString()), err());
        assertTrue(Files.notExists(out.resolve("stale.csv")));
        assertTrue(Files.exists(out.resolve("troops.csv")));
    }

    /** An unset {@code $OUT} and {@code .}: the current directory is never replaced. */
    @Test
    void refusesTheCurrentDirectoryAndAnEmptyPath(@TempDir Path tmp) throws Exception {
        Path seeds = project(tmp);
        Path cwd = tmp.resolve("project");
        Map<String, String> before = tree(tmp);
        for (String out : List.of("", ".", "./", "seeds/..")) {
            Process p = ChildBuild.start(ChildBuild.command(List.of(), "build", "--seeds", "seeds", "--out", out), cwd);
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            // an empty value is a usage error (exit 2); the others name the folder and the seeds (exit 1)
            assertEquals(out.isEmpty() ? 2 : 1, p.exitValue(), "--out '" + out + "': " + output);
            assertTrue(output.startsWith(out.isEmpty() ? "--out needs a folder name" : "error: "), output);
            assertEquals(before, tree(tmp), "--out '" + out + "'");
        }
    }

    // ---- random layouts ----

    /** One layout: where the seeds are, what else exists, and which path is passed as --out. */
    record Layout(int seedsAt, int outAt, boolean outIsLink, boolean outHasFiles, boolean outIsFile) {
    }

    /** Candidate places, relative to the temporary root; seeds live at one of them. */
    private static final List<String> PLACES = List.of("", "p", "p/seeds", "p/seeds/out", "p/q", "p/q/r", "s");

    @Provide
    Arbitrary<Layout> layouts() {
        return Combinators.combine(Arbitraries.integers().between(1, PLACES.size() - 1),
                        Arbitraries.integers().between(0, PLACES.size() - 1), Arbitraries.of(true, false),
                        Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as(Layout::new);
    }

    @Property(tries = 60)
    void neverRemovesOrChangesAFileItDidNotWrite(@ForAll("layouts") Layout l) throws IOException {
        Path root = Files.createTempDirectory("etr-out-safety");
        try {
            Path seeds = Files.createDirectories(root.resolve(PLACES.get(l.seedsAt())));
            Files.writeString(seeds.resolve("a.txt"), ARTICLE);
            for (String place : PLACES) {
                Path d = Files.createDirectories(root.resolve(place));
                Files.writeString(d.resolve("user-" + place.replace('/', '_') + ".md"), "user file in " + place);
            }
            Path out = root.resolve(PLACES.get(l.outAt())).resolve("out-target");
            if (l.outIsLink()) {
                Path target = Files.createDirectories(root.resolve(PLACES.get((l.outAt() + 1) % PLACES.size())));
                Files.createSymbolicLink(out, target);
            } else if (l.outIsFile()) {
                Files.writeString(out, "a user's file named like a folder");
            } else if (l.outHasFiles()) {
                Files.createDirectories(out);
                Files.writeString(out.resolve("kept.txt"), "a user's file");
            }
            // sometimes --out names an existing place directly, not a new child of it
            Path passed = l.outHasFiles() && !l.outIsLink() && !l.outIsFile() ? root.resolve(PLACES.get(l.outAt())) : out;
            Map<String, String> before = tree(root);
            int status = run(seeds, passed.toString());
            Map<String, String> after = tree(root);
            for (Map.Entry<String, String> e : before.entrySet()) {
                assertEquals(e.getValue(), after.get(e.getKey()),
                        "build --out " + root.relativize(passed) + " (exit " + status + ") changed " + e.getKey());
            }
        } finally {
            deleteTree(root);
        }
    }

    /** Every path under {@code root} (links not followed) with its kind and content. */
    private static Map<String, String> tree(Path root) {
        Map<String, String> t = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.forEach(p -> {
                String rel = root.relativize(p).toString();
                try {
                    if (Files.isSymbolicLink(p)) {
                        t.put(rel, "link -> " + Files.readSymbolicLink(p));
                    } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                        t.put(rel, "file " + Files.readString(p, StandardCharsets.ISO_8859_1));
                    } else {
                        t.put(rel, "dir");
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return t;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
