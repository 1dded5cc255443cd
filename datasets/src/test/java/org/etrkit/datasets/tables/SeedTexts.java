package org.etrkit.datasets.tables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The seed articles' text, for tests that compare a shortcut with a plain search on real prose. */
final class SeedTexts {

    private SeedTexts() {
    }

    /** The three seeds' files, in name order, one after the other, each followed by a line end. */
    static String all() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("..", "seeds"))) {
            for (Path f : files.sorted().toList()) {
                all.append(Files.readString(f)).append('\n');
            }
        }
        return all.toString();
    }
}
