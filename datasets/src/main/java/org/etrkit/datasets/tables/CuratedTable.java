package org.etrkit.datasets.tables;

import tech.tablesaw.api.Table;

/** One curated table: its spec (name, columns) and how it is built from the analysed corpus. */
interface CuratedTable {

    /** What the table holds. */
    TableSpec spec();

    /** The table, its rows in reading order. */
    Table build(Analysis analysis);
}
