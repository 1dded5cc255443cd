package org.etrkit.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.RenderFunction;
import org.dflib.jjava.jupyter.kernel.magic.LineMagic;
import org.etrkit.kernel.error.EtrException;
import org.etrkit.kernel.error.MagicError;
import org.junit.jupiter.api.Test;

class GuardTest {

    @Test
    void outOfMemoryInARendererBecomesAOneLineEtrException() {
        RenderFunction<Object> huge = (value, context) -> {
            throw new OutOfMemoryError("Java heap space");
        };
        EtrException e = assertThrows(EtrException.class, () -> Guard.render("table", huge).render("t", null));
        assertEquals("could not show this table: the kernel ran out of memory drawing it (Java heap space); "
                + "show less of it (Etr.display() options) or a smaller table", e.getMessage());
        assertEquals(0, e.getStackTrace().length);
    }

    @Test
    void anyOtherErrorInARendererBecomesAnEtrException() {
        RenderFunction<Object> deep = (value, context) -> {
            throw new StackOverflowError();
        };
        assertThrows(EtrException.class, () -> Guard.render("chart", deep).render("c", null));
        RenderFunction<Object> linkage = (value, context) -> {
            throw new NoClassDefFoundError("x/Y");
        };
        assertTrue(assertThrows(EtrException.class, () -> Guard.render("chart", linkage).render("c", null))
                .getMessage().contains("NoClassDefFoundError: x/Y"));
    }

    @Test
    void aBugInARendererKeepsItsExceptionAndTrace() {
        IllegalStateException bug = new IllegalStateException("bug");
        RenderFunction<Object> buggy = (value, context) -> {
            throw bug;
        };
        assertSame(bug, assertThrows(IllegalStateException.class, () -> Guard.render("table", buggy).render("t", null)));
    }

    @Test
    void aMistakeInAMagicBecomesAOneLineMagicErrorThatJJavaDoesNotWrap() {
        LineMagic<Object, BaseKernel> bad = (kernel, args) -> {
            throw new EtrException("%export: 'a.csv' already exists; add --overwrite to replace it");
        };
        MagicError e = assertThrows(MagicError.class, () -> Guard.magic("export", bad).eval(null, List.of()));
        assertEquals("%export: 'a.csv' already exists; add --overwrite to replace it", e.getMessage());
        assertEquals(0, e.getStackTrace().length);
        assertTrue(!(((Object) e) instanceof Exception), "JJava wraps every Exception a magic throws");
    }

    @Test
    void outOfMemoryInAMagicBecomesAMagicError() {
        LineMagic<Object, BaseKernel> huge = (kernel, args) -> {
            throw new OutOfMemoryError("Java heap space");
        };
        assertEquals("%export: the kernel ran out of memory (Java heap space)",
                assertThrows(MagicError.class, () -> Guard.magic("export", huge).eval(null, List.of())).getMessage());
    }
}
