package org.etrkit.datasets.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code build} command in a child JVM, driven step by step through the test hook
 * {@code -Detr.datasets.swapHandshake=true}: at each step of the swap it says {@code swap step: <step>}
 * and waits for a line on its stdin. {@link #awaitStep} lets it run up to a step and holds it there;
 * {@link #kill} kills it there (kill -9); {@link #finish} lets it run to its end. Lines saying
 * {@code swap step: waiting for ...} only report a wait and need no answer.
 */
final class SteppedBuild implements AutoCloseable {

    static final long GUARD_SECONDS = 300;

    private final Process process;
    private final BufferedReader output;
    private final OutputStream input;
    private final List<String> said = new ArrayList<>();
    /** Whether the child waits for an answer to the last step it said. */
    private boolean held;

    private SteppedBuild(Process process) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.input = process.getOutputStream();
    }

    /** Starts {@code build --seeds seeds --out out} in a child JVM, in {@code dir}. */
    static SteppedBuild start(Path seeds, Path out, Path dir) throws IOException {
        return new SteppedBuild(ChildBuild.start(ChildBuild.command(List.of("-Detr.datasets.swapHandshake=true"),
                "build", "--seeds", seeds.toString(), "--out", out.toString()), dir));
    }

    /**
     * Lets the child go on until it says {@code swap step: <step>} and holds it there; fails, with all
     * it said, if it ends first.
     */
    void awaitStep(String step) throws IOException {
        awaitLine("swap step: " + step);
    }

    /** Lets the child go on until it says exactly {@code line} (held there if that is a step). */
    void awaitLine(String line) throws IOException {
        goOn();
        for (String l; (l = output.readLine()) != null; ) {
            said.add(l);
            boolean step = l.startsWith("swap step: ") && !l.startsWith("swap step: waiting for ");
            if (l.equals(line)) {
                held = step;
                return;
            }
            if (step) {
                answer();
            }
        }
        throw new AssertionError("the build ended without saying '" + line + "'; it said " + said);
    }

    private void goOn() throws IOException {
        if (held) {
            answer();
            held = false;
        }
    }

    private void answer() throws IOException {
        input.write('\n');
        input.flush();
    }

    /** Kills the child (kill -9) where it is, and waits for it to end. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertTrue(process.waitFor(GUARD_SECONDS, TimeUnit.SECONDS), "the killed build did not end");
    }

    /** Lets the child run to its end (no more holds) and returns its exit code; what it said is in {@link #said}. */
    int finish() throws IOException, InterruptedException {
        input.close();
        for (String l; (l = output.readLine()) != null; ) {
            said.add(l);
        }
        assertTrue(process.waitFor(GUARD_SECONDS, TimeUnit.SECONDS), "the build did not end: " + said);
        return process.exitValue();
    }

    /** Everything the child said so far. */
    List<String> said() {
        return List.copyOf(said);
    }

    /** Kills the child if it still runs (a test that failed half way), and closes its streams. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(GUARD_SECONDS, TimeUnit.SECONDS);
        }
        output.close();
        try {
            input.close();
        } catch (IOException e) {
            // the pipe is gone with the child
        }
    }
}
