package org.etrkit.kernel.magics;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.etrkit.datasets.error.DatasetException;
import org.etrkit.datasets.pack.CsvDialect;

import tech.tablesaw.api.Table;

/**
 * Writes a table as CSV (the data package's dialect: UTF-8, RFC 4180, plain numbers) to a path:
 * parent directories are created, an existing file is kept unless {@code overwrite}, and the file
 * appears whole or not at all (written to a temporary file beside it, then moved into place).
 */
public final class Export {

    /** What was written. */
    public record Result(Path path, int rows) {
        @Override
        public String toString() {
            return "wrote " + rows + (rows == 1 ? " row" : " rows") + " to " + path;
        }
    }

    private Export() {
    }

    /** Writes {@code table} to {@code target} (relative paths resolve against the working directory). */
    public static Result csv(Table table, Path target, boolean overwrite) {
        Path path = target.toAbsolutePath().normalize();
        String what = "%export: '" + target + "'";
        if (Files.isDirectory(path)) {
            throw DatasetException.brief(what + " is a directory; give a file name such as "
                    + target.resolve(safeName(table) + ".csv"));
        }
        if (Files.exists(path) && !overwrite) {
            throw DatasetException.brief(what + " already exists; add --overwrite to replace it");
        }
        byte[] bytes = CsvDialect.bytes(table);
        Path tmp = null;
        try {
            Files.createDirectories(path.getParent());
            tmp = Files.createTempFile(path.getParent(), "." + path.getFileName(), ".tmp");
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, path, overwrite
                        ? new StandardCopyOption[] {StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING}
                        : new StandardCopyOption[] {StandardCopyOption.ATOMIC_MOVE});
            } catch (AtomicMoveNotSupportedException e) {
                if (overwrite) {
                    Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.move(tmp, path);
                }
            }
            tmp = null;
        } catch (FileAlreadyExistsException e) {
            throw DatasetException.brief(what + " already exists; add --overwrite to replace it");
        } catch (AccessDeniedException e) {
            throw DatasetException.brief(what + " cannot be written: permission denied on " + e.getFile()
                    + "; choose a writable directory");
        } catch (IOException e) {
            throw DatasetException.brief(what + " cannot be written: " + e.getMessage()
                    + "; choose a writable path");
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and harmless
                }
            }
        }
        return new Result(path, table.rowCount());
    }

    private static String safeName(Table t) {
        String n = t.name() == null ? "table" : t.name().replaceAll("[^A-Za-z0-9._-]+", "-");
        return n.isEmpty() ? "table" : n;
    }
}
