package org.etrkit.datasets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress line as a user sees it: the command runs in a child JVM whose stderr is a terminal
 * (a pseudo-terminal made by util-linux's {@code script}), or a pipe. The test hook
 * {@code -Detr.datasets.progressDelayMillis=0} shows the line from the start, so the three seeds are
 * a long enough build.
 */
class ProgressOnTerminalTest {

    private static final Path SEEDS = Path.of(System.getProperty("etr.root", "..")).resolve("seeds").toAbsolutePath();
    private static final List<String> NO_DELAY = List.of("-Detr.datasets.progressDelayMillis=0");

    /** What the child wrote to its terminal (stderr; stdout goes to /dev/null). */
    private static String onTerminal(Path tmp, String... args) throws Exception {
        Path script = Path.of("/usr/bin/script");
        Assumptions.assumeTrue(Files.isExecutable(script) && Files.isDirectory(Path.of("/proc/self/fd")),
                "needs util-linux's script and /proc (Linux) to give the child a terminal");
        String cmd = ChildBuild.shellWords(ChildBuild.command(NO_DELAY, args)) + " >/dev/null";
        Process p = new ProcessBuilder(script.toString(), "-q", "-e", "-c", cmd, "/dev/null")
                .directory(tmp.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), new String(out, StandardCharsets.UTF_8));
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void aTerminalShowsArticlesRateAndTimeLeftThenErasesTheLine(@TempDir Path tmp) throws Exception {
        String tty = onTerminal(tmp, "build", "--seeds", SEEDS.toString(), "--out", tmp.resolve("out").toString());
        assertTrue(tty.matches("(?s)\r\\d/3 articles  0/0 MB  \\d+\\.\\d MB/s.*"), tty);
        assertTrue(tty.endsWith("\r\033[K"), "the line is erased at the end: " + tty);
        assertTrue(Files.isRegularFile(tmp.resolve("out/datapackage.json")));
    }

    @Test
    void quietShowsNothingOnATerminal(@TempDir Path tmp) throws Exception {
        String tty = onTerminal(tmp, "build", "--quiet", "--seeds", SEEDS.toString(), "--out",
                tmp.resolve("out").toString());
        assertEquals("", tty);
    }

    @Test
    void aPipeGetsNoProgress(@TempDir Path tmp) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(ChildBuild.command(NO_DELAY, "build", "--seeds", SEEDS.toString(), "--out",
                tmp.resolve("out").toString())).directory(tmp.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        assertEquals("", err);
        assertFalse(err.contains("articles"));
    }
}
