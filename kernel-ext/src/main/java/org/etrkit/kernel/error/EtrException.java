package org.etrkit.kernel.error;

/**
 * A user's mistake in an {@code Etr} call, a display option or a magic line, or a limit the kit keeps
 * (output size, memory), reported in one line that says what was wrong and what to do, for example
 * {@code no table 'rooster'; tables: roster, demographics, ...}. A second line may carry a hint.
 *
 * <p>It has no stack trace and no cause: the kernel shows an exception's stack trace and causes under
 * its message, and for a mistake in a notebook they say nothing the message does not. A bug in the kit
 * is never reported with this type, so its trace is kept.
 */
public final class EtrException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A problem and what to do about it, in one line (line breaks in it, from a file name say, are escaped). */
    public EtrException(String problem) {
        super(oneLine(problem), null, false, false);
    }

    /** A problem in one line and a hint in a second line. */
    public EtrException(String problem, String hint) {
        super(oneLine(problem) + "\n" + oneLine(hint), null, false, false);
    }

    private static String oneLine(String s) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException("an EtrException needs a message");
        }
        return s.replace("\r", "\\r").replace("\n", "\\n");
    }
}
