package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.Field.Type.INTEGER;

/** Fields several curated tables share. */
final class CommonFields {

    static final Field SOURCE = Field.string("source", "The article's file name.");
    static final Field LINE = new Field("line", INTEGER, "The 1-based line of the article the row comes from.");
    static final Field QUOTE = Field.string("quote", "The sentence the figure is read from; a sentence longer than "
            + Quote.MAX + " characters is cut around the figure, with '…' where text is left out.");
    static final Field QUALIFIER = Field.string("qualifier", "exact, about, more_than, less_than, up_to or at_least.");
    static final Field DATE_FROM = new Field("date_from", Field.Type.DATE,
            "The first day the date covers (1945 gives 1945-01-01); empty when there is no date.");
    static final Field DATE_TO = new Field("date_to", Field.Type.DATE,
            "The last day the date covers, inclusive (1945 gives 1945-12-31); empty when there is no date.");

    private CommonFields() {
    }
}
