package org.etrkit.datasets.error;

/**
 * The one error type of the dataset builder. It names where the problem is: a file and a 1-based
 * line for article problems ({@code seeds/etr.txt:85: table row has 2 cells, header has 3}), or a
 * file or directory alone when no line applies ({@code line() == 0}), or a table name for lookups.
 */
public class DatasetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String problem;

    /** A problem at a line of a file; {@code line} 0 means "the file as a whole". */
    public DatasetException(String file, int line, String problem) {
        this(file, line, problem, null);
    }

    /** A problem at a line of a file, caused by {@code cause}. */
    public DatasetException(String file, int line, String problem, Throwable cause) {
        super(format(file, line, problem), cause);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /** A problem that belongs to no file (a lookup, an argument). */
    public DatasetException(String problem) {
        this(null, 0, problem, null);
    }

    private static String format(String file, int line, String problem) {
        if (file == null) {
            return problem;
        }
        return line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem;
    }

    /**
     * Why a file could not be read or listed, in words, for a message that already names the file: "permission
     * denied" (Java's own message for it is the file's path alone), "no such file", or the system's reason.
     */
    public static String reason(java.io.IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    /** The file (or directory, or table) the problem is in, or {@code null}. */
    public String file() {
        return file;
    }

    /** The 1-based line of the problem, or 0 when it concerns the file as a whole. */
    public int line() {
        return line;
    }

    /** The problem itself, without the location. */
    public String problem() {
        return problem;
    }
}
