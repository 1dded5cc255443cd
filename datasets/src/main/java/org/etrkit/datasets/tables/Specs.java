package org.etrkit.datasets.tables;

import java.util.List;

/** The specs of the curated tables, in the order they are published; each is owned by its builder. */
public final class Specs {

    /** Members of every government body an article tabulates. */
    public static final TableSpec ROSTER = RosterTable.SPEC;
    /** Population figures and shares. */
    public static final TableSpec DEMOGRAPHICS = DemographicsTable.SPEC;
    /** Quantified aid. */
    public static final TableSpec AID = AidTable.SPEC;
    /** Figures of people under arms. */
    public static final TableSpec TROOPS = TroopsTable.SPEC;
    /** Every quantity. */
    public static final TableSpec MENTIONS = MentionsTable.SPEC;
    /** Every dated sentence. */
    public static final TableSpec TIMELINE = TimelineTable.SPEC;
    /** Every infobox entry. */
    public static final TableSpec INFOBOX = InfoboxTable.SPEC;

    /** The curated tables in publication order. */
    public static final List<TableSpec> CURATED = CuratedTables.BUILDERS.stream().map(CuratedTable::spec).toList();

    private Specs() {
    }
}
