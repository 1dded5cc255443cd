package org.etrkit.kernel.magics;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.etrkit.datasets.pack.AtomicFiles;
import org.etrkit.datasets.pack.CsvDialect;
import org.etrkit.kernel.error.EtrException;

import tech.tablesaw.api.Table;

/**
 * Writes a table as CSV (the data package's dialect: UTF-8, RFC 4180, plain numbers) to a path:
 * parent directories are created, and the file appears whole or not at all (written to a temporary
 * file beside it, then put in place in one step: {@link AtomicFiles}).
 *
 * <p>Without {@code overwrite} an existing file is never replaced, not even one that appears while the
 * table is being written: the file is created with a hard link, which fails if the name is taken, so
 * checking and creating are one step. A new file gets the usual permissions (0666 less the umask); a
 * replaced one keeps its own. With {@code overwrite}, a symbolic link is written through: the file it leads to is
 * replaced and the link stays; a link that leads to no file is refused. Mistakes are {@link EtrException}s in one line, worded for the caller
 * ({@link Caller}).
 */
public final class Export {

    /** Who asked for the export: the error messages name it and say how it replaces a file. */
    public enum Caller {
        /** The {@code %export} magic. */
        MAGIC("%export", "add --overwrite to replace it"),
        /** {@code Etr.export(table, path, overwrite)}. */
        API("Etr.export", "pass overwrite = true to replace it: Etr.export(table, path, true)");

        private final String name;
        private final String overwriteHint;

        Caller(String name, String overwriteHint) {
            this.name = name;
            this.overwriteHint = overwriteHint;
        }
    }

    /**
     * What was written. It reads "wrote 18 rows to exports/roster.csv": a file below the working directory (a
     * notebook's own folder, in the kernel) is named from there, as the notebook's file browser shows it, any other
     * by its absolute path.
     */
    public record Result(Path path, int rows) {
        @Override
        public String toString() {
            return "wrote " + rows + (rows == 1 ? " row" : " rows") + " to " + shown(path, Path.of("").toAbsolutePath());
        }
    }

    /** {@code path} from {@code workingDirectory} when it lies below it, else {@code path} itself. */
    static Path shown(Path path, Path workingDirectory) {
        return path.startsWith(workingDirectory) && !path.equals(workingDirectory) ? workingDirectory.relativize(path) : path;
    }

    /** Runs after the CSV is written to the temporary file and before it is put in place; tests widen the race with it. */
    static volatile Runnable whileWriting = () -> { };

    private Export() {
    }

    /**
     * Endings of files of other formats (spreadsheets, JSON, columnar, compressed, tab-separated): a CSV written under
     * such a name is refused, as the program that opens it by its name would fail on it.
     */
    private static final Set<String> OTHER_FORMATS = Set.of("xlsx", "xlsm", "xls", "ods", "json", "jsonl", "ndjson",
            "parquet", "feather", "arrow", "orc", "avro", "tsv", "tab", "gz", "zip", "bz2", "xz", "zst", "7z", "html", "htm",
            "xml", "pdf", "sav", "dta", "rds", "sqlite", "db");

    /** The marker file a build's output folder holds (org.etrkit.datasets.pack.AtomicDirectory.MARKER). */
    private static final String PACKAGE_MARKER = ".etr-datasets-output";

    /**
     * Writes {@code table} to {@code target} (relative paths resolve against the working directory). A target that is a
     * folder, no file name or named for another format, inside a data package folder a build wrote, an existing file
     * without {@code overwrite}, or a file that cannot be written is an {@link EtrException} of one line naming the
     * {@code caller}; nothing is written then.
     */
    public static Result csv(Table table, Path target, boolean overwrite, Caller caller) {
        Path path = target.toAbsolutePath().normalize();
        String what = caller.name + ": '" + target + "'";
        if (Files.isDirectory(path)) {
            throw new EtrException(what + " is a directory; give a file name such as "
                    + target.resolve(safeName(table) + ".csv"));
        }
        String file = path.getFileName() == null ? "" : path.getFileName().toString();
        if (file.isBlank()) {
            throw new EtrException(what + " is no file name; give one such as " + safeName(table) + ".csv");
        }
        if (!file.strip().equals(file)) {
            throw new EtrException(what + (Character.isWhitespace(file.charAt(0)) ? " begins" : " ends")
                    + " with a space; name it '" + file.strip() + "'");
        }
        int dot = file.lastIndexOf('.');
        if (dot > 0 && OTHER_FORMATS.contains(file.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            throw new EtrException(what + " is named for another format (" + file.substring(dot)
                    + "); the file would hold CSV: name it " + file.substring(0, file.indexOf('.', 1)) + ".csv");
        }
        for (Path folder = real(path).getParent(); folder != null; folder = folder.getParent()) {
            if (Files.exists(folder.resolve(PACKAGE_MARKER))) {
                throw new EtrException(what + " lies in the data package folder " + folder + ", which etr-datasets build"
                        + " wrote and replaces whole: the next build would delete the file, and a table written over"
                        + " one of the package's makes the package unreadable; export to a folder of your own, such as"
                        + " exports/" + file);
            }
        }
        byte[] bytes = CsvDialect.bytes(table);
        AtomicFiles.Content content = out -> {
            out.write(bytes);
            whileWriting.run();
        };
        try {
            if (overwrite) {
                AtomicFiles.replace(path, content);
            } else {
                AtomicFiles.create(path, content);
            }
        } catch (FileAlreadyExistsException e) {
            throw new EtrException(what + " already exists; " + caller.overwriteHint);
        } catch (NotDirectoryException e) {
            throw new EtrException(what + " cannot be written: '" + e.getFile() + "' is a file, not a directory; "
                    + "choose another path");
        } catch (AccessDeniedException e) {
            throw new EtrException(what + " cannot be written: permission denied on " + e.getFile()
                    + "; choose a writable directory");
        } catch (NoSuchFileException e) {
            // the folders exist (made above), so the folder takes no new file (Linux's /proc), or it went away
            throw new EtrException(what + " cannot be written: no file can be made in " + path.getParent()
                    + "; choose another path");
        } catch (FileSystemException e) {
            throw new EtrException(what + " cannot be written: " + (e.getReason() != null ? e.getReason() : e.getMessage())
                    + "; choose another path");
        } catch (IOException e) {
            throw new EtrException(what + " cannot be written: " + e.getMessage() + "; choose another path");
        }
        return new Result(path, table.rowCount());
    }

    /**
     * Where a file written at {@code path} lands: a symbolic link (to the file, or on the way to it) is followed, as
     * {@link AtomicFiles#replace} writes through it; {@code path} itself where it cannot be resolved (its folder does
     * not exist yet).
     */
    private static Path real(Path path) {
        try {
            if (Files.exists(path)) {
                return path.toRealPath();
            }
            Path parent = path.getParent();
            return parent != null && Files.isDirectory(parent) ? parent.toRealPath().resolve(path.getFileName()) : path;
        } catch (IOException e) {
            return path;
        }
    }

    /**
     * Refuses {@code path} written as a folder ({@code exports/}): {@code Path.of} drops the slash, and a file named
     * {@code exports} would be written: an {@link EtrException} suggesting a file name in it. A folder that exists is
     * refused by {@link #csv} whatever its spelling.
     */
    public static void refuseFolderPath(String path, Table table, Caller caller) {
        if (path != null && path.length() > 1 && (path.endsWith("/") || path.endsWith(java.io.File.separator))
                && !isDirectory(withHome(path))) {
            throw new EtrException(caller.name + ": '" + path + "' names a folder; give a file name such as " + path
                    + safeName(table) + ".csv");
        }
    }

    private static boolean isDirectory(String path) {
        try {
            return Files.isDirectory(Path.of(path));
        } catch (java.nio.file.InvalidPathException e) {
            return false; // refused with its reason when the path is read
        }
    }

    /**
     * A path as a shell user writes it: {@code ~} and {@code ~/…} are the home folder ({@code user.home}), as a shell
     * and pandas' {@code to_csv} read them; Java itself would take {@code ~} for a folder of that name in the working
     * directory. Any other path ({@code ~alice/r.csv}, {@code a~b.csv}) is returned as written.
     */
    public static String withHome(String path) {
        if (path != null && (path.equals("~") || path.startsWith("~/"))) {
            return System.getProperty("user.home") + path.substring(1);
        }
        return path;
    }

    private static String safeName(Table t) {
        String n = t.name() == null ? "table" : t.name().replaceAll("[^A-Za-z0-9._-]+", "-");
        return n.isEmpty() ? "table" : n;
    }
}
