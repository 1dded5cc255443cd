package org.etrkit.datasets.pack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A second process that takes the locks of an output folder when told, for the tests of what one
 * process's locks do to another's. It reads commands from stdin, one a line, and answers on stdout:
 * {@code build}, {@code swap} (of the build taken before), {@code read}: take the lock, answering
 * {@code waiting <what>} first if it has to wait, then {@code held <what>}; {@code release}: close the
 * last lock taken, answering {@code released <what>}; {@code replace}: replace the folder with one
 * file, {@code data.csv} holding {@code new}, answering {@code held replace} when done. Any failure is
 * answered {@code failed <what>: ...}.
 *
 * <p>The tests start it with {@link #start}: {@code java -cp <test class path> LockHolder <folder>}.
 */
final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Path lockFile = AtomicDirectory.lockFile(folder);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Deque<AutoCloseable> held = new ArrayDeque<>();
        Deque<String> names = new ArrayDeque<>();
        DirectoryLock.Build build = null;
        for (String line; (line = in.readLine()) != null; ) {
            String cmd = line.trim();
            try {
                switch (cmd) {
                    case "build" -> {
                        build = DirectoryLock.build(lockFile);
                        held.push(build);
                    }
                    case "swap" -> held.push(build.swap(() -> out.println("waiting swap")));
                    case "read" -> held.push(DirectoryLock.read(lockFile));
                    case "replace" -> {
                        AtomicDirectory.replace(folder, Map.of("data.csv", "new".getBytes(StandardCharsets.UTF_8)));
                        out.println("held replace");
                        continue;
                    }
                    case "release" -> {
                        held.pop().close();
                        out.println("released " + names.pop());
                        continue;
                    }
                    default -> {
                        out.println("failed " + cmd + ": unknown command");
                        continue;
                    }
                }
                names.push(cmd);
                out.println("held " + cmd);
            } catch (Exception e) {
                out.println("failed " + cmd + ": " + e);
            }
        }
    }

    /** A running {@code LockHolder} on {@code lockFile}. */
    static final class Child implements AutoCloseable {

        private final Process process;
        private final PrintWriter commands;
        private final BufferedReader answers;
        private final List<String> said = new ArrayList<>();

        Child(Process process) {
            this.process = process;
            this.commands = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8),
                    true);
            this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        /** Sends one command. */
        void send(String command) {
            commands.println(command);
        }

        /**
         * Reads answers until {@code expected}; fails, with everything said so far, on a failure or
         * the end of the output (the child's stderr is joined to it).
         */
        void await(String expected) throws IOException {
            awaitBefore(expected, null);
        }

        /** {@link #await}, failing also if the child says {@code forbidden} first. */
        void awaitBefore(String expected, String forbidden) throws IOException {
            for (String line; (line = answers.readLine()) != null; ) {
                said.add(line);
                if (line.equals(expected)) {
                    return;
                }
                if (line.startsWith("failed") || line.startsWith("Exception") || line.equals(forbidden)) {
                    break;
                }
            }
            throw new AssertionError("the child did not say '" + expected + "'; it said " + said);
        }

        /** The child's process id. */
        long pid() {
            return process.pid();
        }

        /** Everything the child said so far. */
        List<String> said() {
            return List.copyOf(said);
        }

        @Override
        public void close() throws InterruptedException {
            commands.close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** Starts a child JVM taking the locks of {@code folder} as it is told, with {@code jvmOptions}. */
    static Child start(Path folder, String... jvmOptions) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        cmd.addAll(List.of(jvmOptions));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), folder.toString()));
        return new Child(new ProcessBuilder(cmd).redirectErrorStream(true).start());
    }
}
