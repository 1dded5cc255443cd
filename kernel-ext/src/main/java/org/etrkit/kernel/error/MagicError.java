package org.etrkit.kernel.error;

/**
 * An {@link EtrException} raised by a magic line ({@code %export}, {@code %datasets}, {@code %help}), as
 * the kernel shows it: {@code org.etrkit.kernel.error.MagicError: %export: 'a.csv' already exists; add
 * --overwrite to replace it}, and the cell is marked failed.
 *
 * <p>Why an {@link Error}: JJava runs a magic through {@code BaseNotebookStatics.lineMagic}, which wraps
 * every {@link Exception} the magic throws in a {@code RuntimeException("Exception running line magic
 * ...")} whose stack trace and cause the kernel prints under the message (five lines or more for a
 * one-line mistake). Only its own {@code UndefinedMagicException} and throwables that are not
 * exceptions pass through unwrapped. This type is thrown only by the kit's magic wrapper, from an
 * {@code EtrException}'s message; nothing should catch it but the kernel. Like {@code EtrException} it
 * has no stack trace and no cause.
 */
public final class MagicError extends Error {

    private static final long serialVersionUID = 1L;

    /** The one-line message of the mistake (a second line for a hint at most). */
    public MagicError(String message) {
        super(message, null, false, false);
    }
}
