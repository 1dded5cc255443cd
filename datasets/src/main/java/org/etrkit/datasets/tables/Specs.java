package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.Field.Type.BOOLEAN;
import static org.etrkit.datasets.tables.Field.Type.INTEGER;
import static org.etrkit.datasets.tables.Field.Type.LONG;
import static org.etrkit.datasets.tables.Field.Type.NUMBER;

import java.util.List;

/** The specs of the curated tables, in the order they are published. */
public final class Specs {

    private static final Field SOURCE = Field.string("source", "The seed article's file name.");
    private static final Field LINE = new Field("line", INTEGER, "The 1-based line of the article the row comes from.");
    private static final Field QUOTE = Field.string("quote", "The sentence of the article the figure is read from.");

    /** The Interim Government Council and any other government table. */
    public static final TableSpec ROSTER = new TableSpec("roster", "ETR government roster",
            "Members of the Interim Government Council of the East Turkestan Republic, one row per member.",
            List.of(Field.string("name", "The member's name as written in the article."),
                    Field.string("ethnicity", "The member's ethnicity as written in the article."),
                    Field.string("position", "The position(s) held; empty where the article gives none."),
                    Field.string("body", "The body the member sat on, from the table's caption."),
                    SOURCE, LINE));

    /** Population figures and shares. */
    public static final TableSpec DEMOGRAPHICS = new TableSpec("demographics", "ETR demographics",
            "Population counts and shares by region and ethnic group; derived rows are computed, not read.",
            List.of(Field.string("region", "ETR (the whole republic) or a district: Ili, Tarbagatay, Altay."),
                    Field.string("group", "An ethnic group, All for the whole population, or the remainder group."),
                    new Field("year", INTEGER, "The year the figure refers to."),
                    new Field("population", LONG, "Number of people; empty where the article gives only a share."),
                    new Field("share_pct", NUMBER, "Share of the region's population in percent; empty if not given."),
                    new Field("derived", BOOLEAN, "true when the row is computed from other rows rather than read."),
                    SOURCE, LINE, QUOTE,
                    Field.string("note", "For derived rows, how the value was computed.")));

    /** Soviet aid figures. */
    public static final TableSpec AID = new TableSpec("aid", "Soviet aid",
            "Quantified aid: who gave what to whom, over which years, with the article's hedge (qualifier).",
            List.of(Field.string("donor", "The giving side: ETR, USSR, ROC, PRC, Japan or Other."),
                    Field.string("recipient", "The receiving side, same codes as donor."),
                    new Field("year_start", INTEGER, "First year of the aid period, where the article gives it."),
                    new Field("year_end", INTEGER, "Last year of the aid period, where the article gives it."),
                    Field.string("item", "What was given, as written (aircraft, tanks, credits, ...)."),
                    new Field("quantity", NUMBER, "How many or how much; money in units of the currency."),
                    Field.string("qualifier", "exact, about, more_than, less_than, up_to or at_least."),
                    Field.string("unit", "The counted noun, or USD for money."),
                    SOURCE, LINE, QUOTE,
                    Field.string("rule", "The classification rule that selected the sentence.")));

    /** Troop strengths. */
    public static final TableSpec TROOPS = new TableSpec("troops", "Troop counts",
            "Troop strengths named in the articles, by force and side, at the date the text gives.",
            List.of(Field.string("force", "The force, as named in the article."),
                    Field.string("side", "ETR, USSR, ROC, PRC, Japan or Other."),
                    Field.string("date", "ISO 8601 at the precision the text gives (1945, 1945-09, 1946/1947); "
                            + "empty when the text gives none."),
                    new Field("count_low", LONG, "The figure, or the low end of a range."),
                    new Field("count_high", LONG, "The high end of a range; equal to count_low for a single figure."),
                    Field.string("qualifier", "exact, about, more_than, less_than, up_to or at_least."),
                    Field.string("unit", "The counted noun: troops, soldiers, horsemen, ..."),
                    Field.string("context", "What the figure describes."),
                    SOURCE, LINE, QUOTE,
                    Field.string("date_basis", "Where the date comes from: 'sentence', or 'earlier sentence' "
                            + "when it is the last date given before the figure in the same paragraph."),
                    Field.string("rule", "The classification rule that assigned force and side.")));

    /** Every quantity. */
    public static final TableSpec MENTIONS = new TableSpec("mentions", "Quantity mentions",
            "Every quantity the recognizer finds in every article, with its place in the text; a figure that "
                    + "cannot be stored exactly has no value and a note.",
            List.of(SOURCE, LINE,
                    new Field("column", INTEGER, "The 1-based column (in characters) where the mention starts."),
                    Field.string("text", "The mention as written, qualifier to noun."),
                    new Field("value", NUMBER, "The value, or the low end of a range (scale words and money resolved)."),
                    new Field("value_high", NUMBER, "The high end of a range; empty for a single figure."),
                    Field.string("qualifier", "exact, about, more_than, less_than, up_to or at_least."),
                    Field.string("unit", "The counted noun (lower case), percent, USD, or empty."),
                    Field.string("noun", "The noun phrase after the figure, as written."),
                    Field.string("kind", "Where the text sits: paragraph, item, infobox or table."),
                    Field.string("note", "Empty for a stored figure. For a figure no stored number equals "
                            + "(more digits than are kept exactly), why it is not stored; its value is empty.")));

    /** Every dated sentence. */
    public static final TableSpec TIMELINE = new TableSpec("timeline", "Timeline",
            "Every sentence that carries a date with a year, with its first date.",
            List.of(Field.string("date", "The sentence's first date, ISO 8601 at the precision the text gives."),
                    Field.string("event", "The sentence."),
                    SOURCE, LINE,
                    new Field("year", INTEGER, "The (first) year of the date, for sorting and charts."),
                    Field.string("date_text", "The date as written."),
                    new Field("column", INTEGER, "The 1-based column where the sentence starts.")));

    /** Every infobox entry. */
    public static final TableSpec INFOBOX = new TableSpec("infobox", "Infoboxes",
            "Every Key: Value entry of every article's infobox.",
            List.of(SOURCE, Field.string("key", "The infobox key."), Field.string("value", "The value as written."),
                    LINE));

    /** The curated tables in publication order. */
    public static final List<TableSpec> CURATED = List.of(ROSTER, DEMOGRAPHICS, AID, TROOPS, MENTIONS, TIMELINE,
            INFOBOX);

    private Specs() {
    }
}
