package org.etrkit.datasets.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Symbolic links as the builder's messages name them. */
public final class Links {

    private Links() {
    }

    /** The target {@code link} names, as written, or "a missing file" where it cannot be read. */
    public static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "a missing file";
        }
    }
}
