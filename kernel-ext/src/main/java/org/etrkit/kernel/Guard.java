package org.etrkit.kernel;

import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.RenderFunction;
import org.dflib.jjava.jupyter.kernel.magic.LineMagic;
import org.etrkit.kernel.error.EtrException;
import org.etrkit.kernel.error.MagicError;

/**
 * The wrapper every renderer and magic of the extension is registered through, so that the kernel
 * always answers the next request.
 *
 * <p>JJava renders a cell's last value on its shell thread and catches only {@link Exception} there: an
 * {@link Error} from a renderer ({@code OutOfMemoryError} on a huge table or image) ends that thread
 * while the heartbeat goes on, and the kernel looks alive but never answers again. Here an {@code Error}
 * becomes an {@link EtrException} naming what could not be shown; the memory it held is garbage once
 * the exception leaves the renderer. Magics turn an {@code EtrException}, and any {@code Error}, into a
 * {@link MagicError}, which JJava shows as one line. Other exceptions are bugs and keep their trace.
 */
final class Guard {

    private Guard() {
    }

    /** {@code fn}, with an {@link Error} turned into an {@link EtrException} about showing a {@code what}. */
    static <T> RenderFunction<T> render(String what, RenderFunction<T> fn) {
        return (value, context) -> {
            try {
                fn.render(value, context);
            } catch (OutOfMemoryError e) {
                throw new EtrException("could not show this " + what + ": the kernel ran out of memory drawing it ("
                        + e.getMessage() + "); show less of it (Etr.display() options) or a smaller " + what);
            } catch (StackOverflowError e) {
                throw new EtrException("could not show this " + what + ": it is nested too deeply to draw");
            } catch (Error e) {
                throw new EtrException("could not show this " + what + ": " + e);
            }
        };
    }

    /** The line magic {@code %name}: {@code fn}, with its mistakes and errors turned into a one-line {@link MagicError}. */
    static LineMagic<Object, BaseKernel> magic(String name, LineMagic<?, BaseKernel> fn) {
        return (kernel, args) -> {
            try {
                return fn.eval(kernel, args);
            } catch (EtrException e) {
                throw new MagicError(e.getMessage());
            } catch (MagicError e) {
                throw e;
            } catch (OutOfMemoryError e) {
                throw new MagicError("%" + name + ": the kernel ran out of memory (" + e.getMessage() + ")");
            } catch (Error e) {
                throw new MagicError("%" + name + " failed: " + e);
            }
        };
    }
}
