package org.etrkit.kernel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.etrkit.kernel.error.EtrException;
import org.junit.jupiter.api.Test;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class RowRendererTest {

    private static final Table ROSTER = Table.create("roster", StringColumn.create("name", "Elihan Tore", "Hakim Beg Khoja"),
            IntColumn.create("line", 85, 86));

    /** JJava's own renderer with the row renderer registered as the extension registers it. */
    private static DisplayData render(Object row) {
        Renderer r = new Renderer();
        r.createRegistration(Row.class).preferring(MIMEType.TEXT_PLAIN).register(new RowRenderer());
        return r.render(row);
    }

    @Test
    void aRowReadsAsTablesawWritesIt() {
        Row row = ROSTER.row(1);
        assertEquals(row.toString(), render(row).getData(MIMEType.TEXT_PLAIN));
    }

    /**
     * The first row of a filter that kept no row (a name misspelt) is past the end of its table: one line
     * saying so, where Tablesaw's Row.toString failed inside JJava's renderer with a 19-line trace.
     */
    @Test
    void aRowPastTheEndOfItsTableIsOneLine() {
        Row none = ROSTER.where(ROSTER.stringColumn("name").isEqualTo("Elihan Tora")).row(0);
        EtrException e = assertThrows(EtrException.class, () -> render(none));
        assertEquals("row 0 is past the end of its table, which has fewer rows (did a filter keep no row?"
                + " check table.rowCount() before taking a row)", e.getMessage());
    }
}
