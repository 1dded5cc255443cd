package org.etrkit.datasets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the output folder looks like on disk: its name, its modes, and nothing else beside it. */
class OutputFolderTest {

    private static final String ARTICLE = "= A =\n\nIn 1944 some 2,000 troops marched.\n\n| x | y |\n| 1 | 2 |\n";

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path seeds, Path out) {
        return Main.run(new String[] {"build", "--seeds", seeds.toString(), "--out", out.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static Path seeds(Path tmp) throws IOException {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.writeString(seeds.resolve("a.txt"), ARTICLE);
        return seeds;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A folder name of 250 characters is valid on Linux (255 bytes), and so is building into it, twice. */
    @Test
    void aLongValidFolderNameWorks(@TempDir Path tmp) throws IOException {
        Path seeds = seeds(tmp);
        Path out = tmp.resolve("o".repeat(250));
        assertEquals(0, run(seeds, out), err.toString(StandardCharsets.UTF_8));
        assertEquals(0, run(seeds, out), err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.isRegularFile(out.resolve("datapackage.json")));
        assertEquals(3, names(tmp).size(), "nothing left beside it but the lock file: " + names(tmp));
    }

    /** Files and folders of the package get the modes any program gets under the user's umask. */
    @Test
    void packageFilesRespectTheUmask(@TempDir Path tmp) throws Exception {
        Path seeds = seeds(tmp);
        for (Map.Entry<String, String[]> c : Map.of("027", new String[] {"rwxr-x---", "rw-r-----"},
                "022", new String[] {"rwxr-xr-x", "rw-r--r--"}, "077", new String[] {"rwx------", "rw-------"})
                .entrySet()) {
            Path out = tmp.resolve("out-" + c.getKey());
            List<String> java = ChildBuild.command(List.of(), "build", "--seeds", seeds.toString(), "--out",
                    out.toString());
            Process p = ChildBuild.start(List.of("sh", "-c", "umask " + c.getKey() + " && exec "
                    + ChildBuild.shellWords(java)), tmp);
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), output);
            Map<String, String> modes = modes(out);
            for (Map.Entry<String, String> m : modes.entrySet()) {
                boolean dir = Files.isDirectory(out.resolve(m.getKey()), LinkOption.NOFOLLOW_LINKS);
                assertEquals(c.getValue()[dir ? 0 : 1], m.getValue(), "umask " + c.getKey() + ": " + m.getKey());
            }
            assertTrue(modes.containsKey("tables"), modes.toString());
        }
    }

    private static Map<String, String> modes(Path root) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.toList()) {
                m.put(root.relativize(p).toString(),
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS)));
            }
        }
        return m;
    }
}
