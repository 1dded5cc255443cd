package org.etrkit.datasets.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line run in a child JVM with the test class path, as a user runs it. */
final class ChildBuild {

    private ChildBuild() {
    }

    /** {@code java [jvmOptions] -cp <test class path> Main args...}. */
    static List<String> command(List<String> jvmOptions, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-XX:+UseSerialGC");
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** The same command as a shell word list, for {@code sh -c}. */
    static String shellWords(List<String> cmd) {
        StringBuilder s = new StringBuilder();
        for (String w : cmd) {
            s.append(s.length() == 0 ? "" : " ").append('\'').append(w.replace("'", "'\\''")).append('\'');
        }
        return s.toString();
    }

    /** Starts {@code cmd} with stderr and stdout written to {@code log}, which can be read after a kill. */
    static Process start(List<String> cmd, Path dir, Path log) throws IOException {
        return new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
    }

    /** Starts {@code cmd} with stderr joined to stdout. */
    static Process start(List<String> cmd, Path dir) throws IOException {
        return new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    }
}
