package org.etrkit.plot;

/**
 * A mistake in a plot call, such as a column the table does not have, reported in one line that says what
 * was wrong and what there is: {@code VerticalBarPlot: no column 'sid' in table 'troops'; columns: force,
 * side, ...}.
 *
 * <p>It carries no stack trace: a notebook shows an exception's trace under its message, and for a
 * mistake in a cell the trace says nothing the message does not. A bug in the plot API is never reported
 * with this type, so its trace is kept. It is an {@link IllegalArgumentException}, as a bad argument is.
 */
public final class PlotException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** A problem and what to do about it, in one line. */
    public PlotException(String problem) {
        super(problem.replace("\r", "\\r").replace("\n", "\\n"));
    }

    /** No trace: the message is the whole report. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
