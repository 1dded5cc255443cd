package org.etrkit.datasets.tables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.DateMention;
import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;
import org.etrkit.datasets.extract.TextBlock;
import org.etrkit.datasets.parse.Element;
import org.etrkit.datasets.tables.AidTable.Row;

/**
 * The items of an aid article's pipe tables whose caption names a transfer ("Soviet deliveries to the Xinjiang
 * provincial army", "Gifts handed over by X to Y", "Cargo flown into X"): each figure of the columns of figures, labelled by the row's
 * first cell without figures or dates, its parties from the caption, else from the article's frame
 * ({@link ArticleParties}); a column headed "Donor" or "Supplier" ({@code donor_headers}) names the giver of its row,
 * and a header's bracket "(million rupees)" the scale and unit of its bare figures ({@link ColumnUnits}).
 * In a table whose caption names no transfer, a column of the article donor's civilian staff by project ("Chinese
 * technicians") is read with the article's parties.
 */
final class AidPipeTables {

    private final Set<String> give;
    private final Set<String> receive;
    private final Set<String> nouns;
    /** "flown" ({@code carry_in_verbs}): a transfer in a caption only before "into" or "in" ("Cargo flown into X"). */
    private final Set<String> carryIn;
    /** "Flights", "Sorties" ({@code trip_headers}): a column counting the journeys that carried the items, not items. */
    private final Set<String> tripHeaders;
    /** "Donor", "Supplier" ({@code donor_headers}): a column naming the giver of each row. */
    private final Set<String> donorHeaders;
    /** "technicians", "engineers" ({@code civilian_staff}): a column of the donor's staff by project. */
    private final Set<String> staff;
    /** "cost", "contribution" ({@code cost_headers}): with the donor's name, a column of what each project cost it. */
    private final Set<String> costHeaders;
    /** The money nouns ({@code money_nouns}: "credit", "grant"), which head such a column too ("Soviet credit"). */
    private final Set<String> moneyNouns;
    /** The item, unit and currency of a figure. */
    private final FigureItem figureItems;
    /** The scale and unit a column header gives its bare figures ("Cost (million rupees)"). */
    private final ColumnUnits columnUnits;

    AidPipeTables(Lexicon lex, FigureItem figureItems) {
        this.give = lex.set("transfer_verbs");
        this.receive = lex.set("receive_verbs");
        this.nouns = lex.set("transfer_nouns");
        this.carryIn = lex.set("carry_in_verbs");
        this.tripHeaders = lex.set("trip_headers");
        this.donorHeaders = lex.set("donor_headers");
        this.staff = lex.set("civilian_staff");
        this.costHeaders = lex.set("cost_headers");
        this.moneyNouns = lex.set("money_nouns");
        this.figureItems = figureItems;
        this.columnUnits = new ColumnUnits(lex);
    }

    /**
     * Items of pipe tables whose caption names a transfer ("Soviet deliveries to the Xinjiang provincial army",
     * "Gifts handed over by X to Y", "Principal Soviet aid agreements with Z"): each figure of its rows but
     * percentages (terms of a credit), labelled by the row's first cell without figures or dates. The donor is the caption's "by X" (a lowercase "by year" naming no party is the breakdown, not the giver), else its name before the transfer word;
     * the recipient its "to Y" or "with Y"; a party the caption leaves out is the article's ({@code frame}).
     */
    void tables(Analysis a, ArticleContext ac, int order, String[] frame, List<Row> rows, List<Row> pending) {
        Map<String, TextBlock> cells = null;
        for (Element.PipeTable pt : ac.article.tables()) {
            String caption = pt.caption() == null ? "" : pt.caption();
            Matcher w = WORD.matcher(caption);
            int at = -1;
            int end = -1;
            while (w.find()) {
                String word = w.group().toLowerCase(Locale.ROOT);
                if (give.contains(word) || nouns.contains(word) || receive.contains(word)
                        || carryIn.contains(word) && INTO.matcher(caption).region(w.end(), caption.length()).lookingAt()) {
                    at = w.start();
                    end = w.end();
                    break;
                }
            }
            List<Integer> staffColumns = at < 0 ? donorColumns(ac, pt, frame) : List.of();
            if (at < 0 && staffColumns.isEmpty()) {
                continue;
            }
            if (cells == null) {
                cells = new java.util.HashMap<>();
                for (TextBlock b : a.corpus.entries().get(order).blocks()) {
                    if (b.kind().equals("table")) {
                        cells.put(b.at().line() + ":" + b.at().column(), b);
                    }
                }
            }
            DateMention captionDate = null;
            for (DateMention d : org.etrkit.datasets.extract.Dates.find(caption)) {
                if (d.hasYear()) {
                    captionDate = d;
                    break;
                }
            }
            LocalDate day = captionDate != null ? Period.of(captionDate.iso()).from() : ac.fallbackDay();
            String[] parties = at < 0 ? frame : captionParties(ac, caption, at, end, day, frame);
            List<Integer> columns = at < 0 ? new ArrayList<>(staffColumns) : figureColumns(pt, cells);
            columns.removeIf(c -> tripHeaders.contains(pt.header().get(c).strip().toLowerCase(Locale.ROOT)));
            if (columns.isEmpty()) {
                continue;
            }
            Integer[] years = AidInfobox.years(captionDate != null ? captionDate : ac.infoboxDate);
            int donorColumn = donorColumn(pt);
            for (Element.Row row : pt.rows()) {
                String donor = donorColumn >= 0 && donorColumn < row.cells().size() && !row.cell(donorColumn).isBlank()
                        ? sideOf(ac, row.cell(donorColumn), day) : parties[0];
                if (donor != null && donor.equals(parties[1]) && !donor.equals("Other")) {
                    continue; // a side's deliveries to itself are no aid
                }
                String label = "";
                for (int i = 0; i < row.cells().size() && label.isEmpty(); i++) {
                    if (i != donorColumn && cells.get(row.at().line() + ":" + row.columns().get(i)) != null
                            && cells.get(row.at().line() + ":" + row.columns().get(i)).quantities().isEmpty()
                            && org.etrkit.datasets.extract.Dates.find(row.cell(i)).isEmpty()) {
                        label = row.cell(i);
                    }
                }
                String quote = Quote.ofRow(row.cells());
                for (int column : columns) {
                TextBlock b = column < row.columns().size() ? cells.get(row.at().line() + ":" + row.columns().get(column)) : null;
                if (b == null) {
                    continue;
                }
                int focus = 0;
                for (int i = 0; i < column; i++) {
                    focus += row.cell(i).length() + 3;
                }
                for (Quantity q : b.quantities()) {
                    if (q.unit().equalsIgnoreCase("percent")) {
                        continue; // "2 per cent interest": terms, not an item
                    }
                    String unit = figureItems.unitOf(q);
                    // "Cost (million rupees)": the header's scale and unit for a bare figure
                    ColumnUnits.Scaled scaled = unit.isEmpty() ? columnUnits.of(pt.header().get(column)) : ColumnUnits.NONE;
                    unit = scaled.unit().isEmpty() ? unit : scaled.unit();
                    String item = !q.noun().isEmpty() && !unit.equals(q.noun()) ? q.noun()
                            : label.isEmpty() ? unit : label.toLowerCase(Locale.ROOT);
                    Row r = new Row(new Place(order, row.at().line(), row.columns().get(column) + q.start()),
                            donor, parties[1], years[0], years[1], item, scaled.value(q), q.qualifier().code(), unit,
                            row.at().source(), row.at().line(),
                            Quote.of(Sentence.whole(quote), focus + q.start(), focus + q.end()),
                            at < 0 ? "table column of the donor's: " + pt.header().get(column).strip()
                                    : "table caption: " + caption.substring(at, end));
                    (donor == null || parties[1] == null ? pending : rows).add(r);
                }
                }
            }
        }
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** A cell holding only a dash: nothing in that row. */
    private static final Pattern DASH = Pattern.compile("\\s*[-\u2013\u2014]+\\s*");

    private static final Pattern CAPTION_BY = Pattern.compile("\\bby\\s+(.+?)(?=\\s+(?:to|for|with)\\b|,|$)");

    private static final Pattern CAPTION_TO = Pattern.compile("\\b(?:to|into|for|with)\\s+(.+?)(?=,|\\s+\\d|$)");

    /** "into", "in" right after a carrying verb: "Cargo flown into West Berlin", "Supplies flown in". */
    private static final Pattern INTO = Pattern.compile("\\s+in(?:to)?\\b");

    /** {donor, recipient} a table caption names, completed from the article's {@code frame}; null where unknown. */
    private String[] captionParties(ArticleContext ac, String caption, int at, int end, LocalDate day,
            String[] frame) {
        String rest = caption.substring(end);
        String donor = null;
        String recipient = null;
        Matcher by = CAPTION_BY.matcher(rest);
        Gazetteer.Side before = ac.gazetteer.firstIn(caption.substring(0, at));
        if (by.find()) {
            Gazetteer.Side s = ac.gazetteer.firstIn(by.group(1));
            // "by period", "by year": the table's breakdown, not a giver, when the caption names one before
            donor = s != null ? s.at(day) : before != null && startsLower(by.group(1)) ? before.at(day) : "Other";
        } else {
            donor = before == null ? null : before.at(day);
        }
        Matcher to = CAPTION_TO.matcher(rest);
        if (to.find()) {
            Gazetteer.Side s = ac.gazetteer.firstIn(to.group(1));
            recipient = s != null ? s.at(day) : frame[1] != null && !frame[1].equals(donor) ? frame[1] : "Other";
        }
        if (donor == null && frame[0] != null && !frame[0].equals(recipient)) {
            donor = frame[0];
        }
        if (recipient == null && frame[1] != null && !frame[1].equals(donor)) {
            recipient = frame[1];
        }
        return new String[] {donor, recipient};
    }

    /**
     * In an article whose frame names a donor and a recipient ({@link DonorStaff#applies}), the columns of a table whose
     * caption names no transfer, headed by the donor's civilian staff ("Chinese technicians", "Soviet engineers":
     * a name of the donor's side and a last word of {@code civilian_staff}): people of the giver at work on each row's
     * project, given as the prose's staff are ({@link DonorStaff}); or headed by what each project cost the donor
     * ("Soviet cost", "Chinese credit": the donor's name and a last word of {@code cost_headers} or {@code money_nouns}).
     */
    private List<Integer> donorColumns(ArticleContext ac, Element.PipeTable pt, String[] frame) {
        if (!DonorStaff.applies(frame)) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < pt.header().size(); c++) {
            String header = pt.header().get(c).strip();
            Matcher last = LAST_WORD.matcher(header);
            String word = last.find() ? last.group(1).toLowerCase(Locale.ROOT) : "";
            if (!staff.contains(word) && !costHeaders.contains(word) && !moneyNouns.contains(word)) {
                continue;
            }
            Gazetteer.Side side = ac.gazetteer.firstIn(header);
            if (side != null && frame[0].equals(side.at(ac.fallbackDay()))) {
                out.add(c);
            }
        }
        return out;
    }

    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\s*$");

    /** The column headed by a word of {@code donor_headers} ("Supplier"), or -1. */
    private int donorColumn(Element.PipeTable pt) {
        for (int c = 0; c < pt.header().size(); c++) {
            if (donorHeaders.contains(pt.header().get(c).strip().toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        return -1;
    }

    /** The side a donor cell names ("Soviet Union"); {@code Other} for a giver the gazetteer does not know. */
    private static String sideOf(ArticleContext ac, String cell, LocalDate day) {
        Gazetteer.Side s = ac.gazetteer.firstIn(cell);
        return s == null ? "Other" : s.at(day);
    }

    private static boolean startsLower(String s) {
        return !s.isEmpty() && Character.isLowerCase(s.charAt(0));
    }

    /**
     * The columns whose cells hold a figure in more than half of the rows that fill them, left to right: a column
     * of types whose names carry a number ("MS.406") in a few rows is no column of figures. A cell holding only a
     * dash ("–", "—", "-") says there was nothing that year and fills no row: a column of loans given in two years of
     * six, dashes in the others, is a column of figures.
     */
    private static List<Integer> figureColumns(Element.PipeTable pt, Map<String, TextBlock> cells) {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < pt.header().size(); c++) {
            int filled = 0;
            int figures = 0;
            for (Element.Row row : pt.rows()) {
                TextBlock b = c < row.columns().size() ? cells.get(row.at().line() + ":" + row.columns().get(c)) : null;
                if (c < row.cells().size() && !row.cell(c).isBlank() && !DASH.matcher(row.cell(c)).matches()) {
                    filled++;
                }
                if (b != null && !b.quantities().isEmpty()) {
                    figures++;
                }
            }
            if (2 * figures > filled) {
                out.add(c);
            }
        }
        return out;
    }
}
