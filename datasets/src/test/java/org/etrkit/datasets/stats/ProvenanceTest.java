package org.etrkit.datasets.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.etrkit.datasets.error.DatasetException;
import org.junit.jupiter.api.Test;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ProvenanceTest {

    private static Table rows() {
        return Table.create("t", StringColumn.create("quote", "They had 500 men.", "They had 500 men.", "", "Then 300 left."),
                StringColumn.create("source", "a.txt", "a.txt", "a.txt", "b.txt"), IntColumn.create("line", 4, 4, 9, 2));
    }

    @Test
    void eachSentenceOnceInRowOrderWithItsArticleAndLine() {
        assertEquals("\"They had 500 men.\"\n    (a.txt, line 4)\n\"Then 300 left.\"\n    (b.txt, line 2)",
                Provenance.quotes(rows()));
    }

    @Test
    void aTableWithoutQuotesGivesNothingAndOneWithoutTheColumnsIsRefused() {
        assertEquals("", Provenance.quotes(rows().where(rows().stringColumn("quote").isMissing())));
        DatasetException e = assertThrows(DatasetException.class, () -> Provenance.quotes(rows().removeColumns("quote")));
        assertEquals("table 't' has no quote column: quotes need quote, source and line; columns: source, line", e.getMessage());
    }
}
