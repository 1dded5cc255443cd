package org.etrkit.datasets.tables;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.DateMention;
import org.etrkit.datasets.extract.Dates;
import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;
import org.etrkit.datasets.extract.TextBlock;
import org.etrkit.datasets.parse.Element;
import org.etrkit.datasets.parse.Element.PipeTable;
import org.etrkit.datasets.tables.TroopsTable.Row;

/**
 * The troops figures of order-of-battle tables (pipe tables), for {@link TroopsTable}: the strength column (a
 * column named by a strength header whose cells mostly hold figures, {@link #strengthColumn}, and the strength
 * columns after it), the loss columns ("Killed", "Wounded", {@link #lossColumns}) and the losses another cell
 * states ("lost 900 killed"), each figure with the side of its row (its side cell, its unit cell, the caption, a
 * raiser the row names, the heading of the table's section, {@link #tableSide}) or of its column's header, and
 * the date of the caption or the infobox. The header look-ups ({@link #header}, {@link #bare}) serve the roster
 * and the article context too.
 */
final class BattleTables {

    private final Analysis a;
    private final Lexicon lex;
    private final Set<String> personnel;
    /** Advisers, pilots, instructors ({@code aid_personnel}): people too. */
    private final Set<String> aidPersonnel;
    private final Set<String> forceNouns;
    private final Set<String> civilians;
    private final Set<String> materiel;
    private final Set<String> strengthHeaders;
    private final Set<String> sideHeaders;
    private final Set<String> unitHeaders;
    /** Headers of a column that sums the loss columns before it ("Total", {@code total_words}). */
    private final Set<String> totalWords;
    /** The infobox's combatant parties that a row's words name. */
    private final FigureParties parties;
    /** The measure a cell's words give. */
    private final FigureMeasures measures;

    BattleTables(Analysis a, FigureParties parties, FigureMeasures measures) {
        this.a = a;
        this.lex = a.rules.lexicon();
        this.personnel = lex.set("personnel");
        this.aidPersonnel = lex.set("aid_personnel");
        this.forceNouns = lex.set("force_nouns");
        this.civilians = lex.set("civilians");
        this.materiel = lex.set("materiel");
        this.strengthHeaders = lex.set("strength_headers");
        this.sideHeaders = lex.set("side_headers");
        this.unitHeaders = lex.set("unit_headers");
        this.totalWords = lex.set("total_words");
        this.parties = parties;
        this.measures = measures;
    }

    /** The figures of the strength and loss columns of the article's order-of-battle tables, added to {@code rows}. */
    void read(ArticleContext ac, int order, List<Row> rows) {
        Corpus.Entry entry = a.corpus.entries().get(a.order(ac.article.source()));
        Map<String, TextBlock> cells = new HashMap<>();
        for (TextBlock b : entry.blocks()) {
            if (b.kind().equals("table")) {
                cells.put(b.at().line() + ":" + b.at().column(), b);
            }
        }
        for (PipeTable pt : ac.article.tables()) {
            int strength = strengthColumn(pt);
            Map<Integer, String> losses = lossColumns(pt);
            if (strength < 0 && (losses.isEmpty()
                    || header(pt, sideHeaders, -1) < 0 && header(pt, unitHeaders, -1) < 0)) {
                continue;
            }
            Map<Integer, String> columns = new java.util.TreeMap<>(losses);
            if (strength >= 0) {
                columns.put(strength, "strength");
            }
            int sideCol = header(pt, sideHeaders, strength);
            int unitCol = header(pt, unitHeaders, strength);
            if (unitCol < 0 || unitCol == sideCol) {
                unitCol = firstOther(pt, strength, sideCol);
            }
            for (int i = strength + 1; strength >= 0 && i < pt.header().size(); i++) { // "Men at departure | Men at arrival"
                if (!columns.containsKey(i) && i != sideCol && i != unitCol && strengthHeader(pt, i) && mostlyFigures(pt, i)) {
                    columns.put(i, "strength");
                }
            }
            totalOfStrengths(pt, columns, sideCol, unitCol);
            String caption = CaptionForceColumns.captionOf(ac.article, pt);
            for (int i = 0; strength >= 0 && i < pt.header().size(); i++) { // "strength of the BPLA and of ...": | BPLA |
                if (!columns.containsKey(i) && i != sideCol && i != unitCol && mostlyFigures(pt, i)
                        && CaptionForceColumns.forceName(caption, pt, i, strengthHeaders, personnel) != null) {
                    columns.put(i, "strength");
                }
            }
            DateMention captionDate = firstYearDate(pt.caption());
            DateMention date = captionDate != null ? captionDate : ac.infoboxDate;
            LocalDate day = date == null ? ac.fallbackDay() : Period.of(date.iso()).from();
            Map<Integer, String> headerSides = headerSides(ac, pt, caption, columns, day);
            for (Element.Row row : pt.rows()) {
                String[] side = tableSide(ac, pt, row, sideCol, unitCol, day);
                boolean rowNamesSide = rowNamesSide(ac, row, sideCol, unitCol);
                for (Map.Entry<Integer, String> column : columns.entrySet()) {
                    TextBlock b = cells.get(row.at().line() + ":" + row.columns().get(column.getKey()));
                    String headerSide = headerSides.get(column.getKey());
                    String[] cellSide = headerSide == null || rowNamesSide ? side
                            : new String[] {headerSide, "the column's header " + pt.header().get(column.getKey())};
                    if (PrisonersTakenColumns.takenByRowForce(bare(pt.header().get(column.getKey())))) {
                        String captors = strength >= 0 && headerSides.containsKey(strength) && !rowNamesSide
                                ? headerSides.get(strength) : side[0];
                        String[] taken = PrisonersTakenColumns.sideOfTaken(ac, captors, pt.header().get(column.getKey()));
                        cellSide = taken == null ? cellSide : taken;
                    }
                    if (b != null) {
                        cell(order, row, column.getKey(), column.getValue(), b.quantities(), unitCol, cellSide, date,
                                captionDate != null, rows);
                    }
                }
                for (int i = 0; i < row.columns().size() && i < pt.header().size(); i++) {
                    TextBlock b = cells.get(row.at().line() + ":" + row.columns().get(i));
                    if (b != null && !columns.containsKey(i) && i != unitCol && i != sideCol) {
                        lossesInCell(order, row, i, b, unitCol, side, date, captionDate != null, rows);
                    }
                }
            }
        }
    }

    /**
     * The side of each strength column whose header names a party ("Soviet advisers and troops"), and of each
     * loss column whose header is a party's name before its measure ("Soviet killed"), when one does: a table that
     * counts two parties' forces column by column. A strength column whose header names
     * no party the gazetteer knows ("Ruritanian armed forces") is then {@code Other}. Empty when no header
     * names a party.
     */
    private Map<Integer, String> headerSides(ArticleContext ac, PipeTable pt, String caption,
                                             Map<Integer, String> columns, LocalDate day) {
        Map<Integer, String> out = new HashMap<>();
        boolean named = false;
        for (Map.Entry<Integer, String> column : columns.entrySet()) {
            if (column.getValue().equals("strength") || partyBeforeLastWord(pt, column.getKey())) {
                Gazetteer.Side s = ac.gazetteer.firstIn(pt.header().get(column.getKey()));
                named |= s != null || CaptionForceColumns.forceName(caption, pt, column.getKey(), strengthHeaders,
                        personnel) != null;
                out.put(column.getKey(), s == null ? "Other" : s.at(day));
            }
        }
        return named ? out : Map.of();
    }

    /**
     * Whether header {@code i} is a party's name before its last word: the words before the last open with a
     * capital, and another column's header is the same name before a strength word ("Allied killed" beside
     * "Allied strength"), so that a table counting two parties column by column names the party of each column
     * ("Aircraft lost" names none).
     */
    private boolean partyBeforeLastWord(PipeTable pt, int i) {
        String name = nameBeforeLastWord(pt.header().get(i));
        if (name == null) {
            return false;
        }
        for (int k = 0; k < pt.header().size(); k++) {
            String other = pt.header().get(k).strip();
            if (k != i && name.equals(nameBeforeLastWord(other))
                    && strengthHeaders.contains(lastWordOf(other).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The words of a header before its last word when each opens with a capital ("Allied" of "Allied killed"), or null. */
    private static String nameBeforeLastWord(String header) {
        String[] words = SPACES.split(header.strip());
        if (words.length < 2) {
            return null;
        }
        for (int k = 0; k < words.length - 1; k++) {
            if (words[k].isEmpty() || !Character.isUpperCase(words[k].charAt(0))) {
                return null;
            }
        }
        return String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
    }

    /** Whether an order-of-battle row names its side itself, in its side cell or a party in its unit cell. */
    private static boolean rowNamesSide(ArticleContext ac, Element.Row row, int sideCol, int unitCol) {
        return sideCol >= 0 && !row.cell(sideCol).isEmpty()
                || unitCol >= 0 && ac.gazetteer.firstIn(row.cell(unitCol)) != null;
    }

    /** The figures of one cell of an order-of-battle row, counting {@code measure}. */
    private void cell(int order, Element.Row row, int column, String measure, List<Quantity> qs, int unitCol,
                      String[] side, DateMention date, boolean fromCaption, List<Row> rows) {
        for (Quantity q : qs) {
            String u = q.unit().toLowerCase(Locale.ROOT);
            if (u.equals("usd") || u.equals("percent") || materiel.contains(u) || civilians.contains(u)) {
                continue;
            }
            String quote = Quote.ofRow(row.cells());
            int focus = focus(row, column);
            rows.add(new Row(new Place(order, row.at().line(), row.columns().get(column) + q.start()),
                    unitCol < 0 ? "" : row.cell(unitCol), side[0], date,
                    date == null ? "" : fromCaption ? "caption" : "infobox",
                    Math.round(q.value()), Math.round(q.high()), q.qualifier().code(), q.unit(), measure,
                    row.at().source(), row.at().line(),
                    Quote.of(Sentence.whole(quote), focus + q.start(), focus + q.end()), side[1], "table"));
        }
    }

    /**
     * The losses another cell of an order-of-battle row states ("withdrew after losing 40 killed", "lost 900
     * killed"): each figure whose noun is a measure of the lexicon, counting that measure.
     */
    private void lossesInCell(int order, Element.Row row, int column, TextBlock b, int unitCol, String[] side,
                              DateMention date, boolean fromCaption, List<Row> rows) {
        for (Quantity q : b.quantities()) {
            String measure = q.unit().isEmpty() ? measures.measureAfter(b.text(), q) : lex.measureOf(q.unit().toLowerCase(Locale.ROOT));
            if (measure != null && !q.unit().equalsIgnoreCase("lost")) {
                cell(order, row, column, measure, List.of(q), unitCol, side, date, fromCaption, rows);
            }
        }
    }

    /** Where cell {@code column} starts in the row's cells joined by " | ". */
    private static int focus(Element.Row row, int column) {
        int at = 0;
        for (int i = 0; i < column; i++) {
            at += row.cell(i).length() + 3;
        }
        return at;
    }

    /** The columns whose header names a loss ("Killed", "Wounded", "Casualties"), with their measure. */
    private Map<Integer, String> lossColumns(PipeTable pt) {
        Map<Integer, String> out = new java.util.TreeMap<>();
        for (int i = 0; i < pt.header().size(); i++) {
            String h = bare(pt.header().get(i));
            String measure = lex.measureOf(h);
            String first = firstWordOf(h);
            if (measure == null && h.startsWith(first + " or ")) {
                measure = lex.measureOf(first); // "Captured or missing"
            }
            if (measure == null && personnel.contains(first) && first.length() < h.length()) {
                measure = lex.measureOf(h.substring(first.length()).strip()); // "Pilots killed"
            }
            if (measure == null && partyBeforeLastWord(pt, i)) {
                measure = lex.measureOf(lastWordOf(h)); // "Allied killed": a party's losses
            }
            if (measure == null && DatedLossHeaders.measureWord(h) != null) {
                measure = lex.measureOf(DatedLossHeaders.measureWord(h)); // "Killed by 8 August"
            }
            if (measure == null && PrisonersTakenColumns.takenByRowForce(h)) {
                measure = "captured"; // "Prisoners taken": the enemy's men the row's force took
            }
            if (measure != null && !measure.equals("strength")) {
                out.put(i, measure);
            }
        }
        // "| Killed | Wounded | Total |": a total after loss columns, in a table without a strength column, sums them
        for (int i = 0; !out.isEmpty() && strengthColumn(pt) < 0 && i < pt.header().size(); i++) {
            if (i > out.keySet().iterator().next() && totalWords.contains(bare(pt.header().get(i)))) {
                out.put(i, "casualties");
            }
        }
        return out;
    }

    private static final Pattern RAISED_BY = Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}]+)-(?:raised|backed|led|trained|officered|sponsored|organized|organised|controlled|armed)\\b");

    /**
     * {side, basis} of an order-of-battle row: its side cell, else its unit cell, else the caption, else the
     * side a row names as raiser ("militia (Soviet-raised)"), else the heading of the table's section.
     */
    private String[] tableSide(ArticleContext ac, PipeTable pt, Element.Row row, int sideCol, int unitCol,
                               LocalDate day) {
        if (sideCol >= 0 && !row.cell(sideCol).isEmpty()) {
            String party = parties.qualifyingParty(ac, row.cell(sideCol), day);
            if (party != null) {
                return new String[] {FigureParties.partySideOf(ac, party, day), "the row's " + pt.header().get(sideCol)
                        + ", a force of the infobox's party " + party};
            }
            Gazetteer.Side s = ac.firstSideIn(ac.gazetteer, row.cell(sideCol));
            if (s == null) { // "Provincial": an allegiance written as the adjective of its forces
                s = ac.gazetteer.firstIn(row.cell(sideCol) + " forces");
            }
            if (s != null) {
                return new String[] {s.at(day), "the row's " + pt.header().get(sideCol)};
            }
            // "7th Army" under an "Army" header names a unit, not a side ("Insurgent" under "Allegiance" is
            // one): the caption ("Nationalist armies destroyed ...") may name the side
            String h = pt.header().get(sideCol).toLowerCase(Locale.ROOT).strip();
            Gazetteer.Side c = forceNouns.contains(h) ? ac.gazetteer.firstIn(pt.caption()) : null;
            return c == null ? new String[] {"Other", "the row's " + pt.header().get(sideCol) + " names no side"}
                    : new String[] {c.at(day), "the row's " + pt.header().get(sideCol)
                            + " names no side; the table's caption"};
        }
        if (unitCol >= 0) {
            Gazetteer.Side s = ac.firstSideIn(ac.gazetteer, row.cell(unitCol));
            String party = s == null ? null : parties.qualifyingParty(ac, row.cell(unitCol), day);
            if (party != null) {
                return new String[] {FigureParties.partySideOf(ac, party, day), "the row's " + pt.header().get(unitCol)
                        + ", a force of the infobox's party " + party};
            }
            if (s != null) {
                return new String[] {s.at(day), "the row's " + pt.header().get(unitCol)};
            }
            int parentCol = parentColumn(ac, ac.gazetteer, pt, row, unitHeaders, unitCol, sideCol);
            if (parentCol >= 0) { // "348th Regiment | Chinese 39th Army": the parent formation names the side
                return new String[] {ac.firstSideIn(ac.gazetteer, row.cell(parentCol)).at(day),
                        "the row's " + pt.header().get(parentCol) + ", the unit's parent"};
            }
        }
        Gazetteer.Side s = ac.gazetteer.firstIn(pt.caption());
        if (s != null) {
            return new String[] {s.at(day), "the table's caption"};
        }
        Matcher raised = RAISED_BY.matcher(String.join(" | ", row.cells()));
        while (raised.find()) {
            Gazetteer.Side by = ac.gazetteer.firstIn(raised.group(1));
            if (by != null) {
                return new String[] {by.at(day), "the row's '" + raised.group() + "'"};
            }
        }
        // "== Soviet forces and losses ==" over "Strength and deaths of the 40th Army": the section the
        // table stands in names whose forces it counts
        Gazetteer.Side heading = pt.section().isEmpty() ? null : ac.gazetteer.firstIn(pt.section());
        if (heading != null) {
            return new String[] {heading.at(day), "the heading of the table's section"};
        }
        if (ac.sideOfNoneNamed != null) { // an article about one side's affairs
            return new String[] {ac.sideOfNoneNamed.side(), "no side in the row or caption; the article's side ("
                    + ac.sideOfNoneNamed.basis() + ")"};
        }
        return new String[] {"Other", "no side in the row or caption"};
    }

    /**
     * The strength column: the first column named by a strength header whose cells mostly hold figures
     * ("Force | Commander | Strength" is read from "Strength", not "Force"), else the first so named; or -1.
     */
    private int strengthColumn(PipeTable pt) {
        int first = -1;
        for (int i = 0; i < pt.header().size(); i++) {
            if (!strengthHeader(pt, i)) {
                continue;
            }
            if (first < 0) {
                first = i;
            }
            if (mostlyFigures(pt, i)) {
                return i;
            }
        }
        // "Force | Killed | Wounded": a column so named whose cells hold no figure names the forces
        return first >= 0 && noFigures(pt, first) && header(pt, unitHeaders, -1) == first ? -1 : first;
    }

    /**
     * "| Infantry | Cavalry | Total |": a total column right after two or more strength columns, with no loss column
     * between, sums them and is a strength too.
     */
    private void totalOfStrengths(PipeTable pt, Map<Integer, String> columns, int sideCol, int unitCol) {
        int strengths = 0;
        for (int i = 0; i < pt.header().size(); i++) {
            String measure = columns.get(i);
            if (measure != null) {
                strengths = measure.equals("strength") ? strengths + 1 : -pt.header().size();
            } else if (i != sideCol && i != unitCol && strengths >= 2 && totalWords.contains(bare(pt.header().get(i)))
                    && mostlyFigures(pt, i)) {
                columns.put(i, "strength");
                return;
            }
        }
    }

    /** Whether no row holds a figure in column {@code i}. */
    private boolean noFigures(PipeTable pt, int i) {
        for (Element.Row row : pt.rows()) {
            if (i < row.cells().size() && holdsFigure(row.cell(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether column {@code i}'s header names a strength ("Strength", "Men at departure", "Pilots (Dec 1941)"). */
    private boolean strengthHeader(PipeTable pt, int i) {
        String h = bare(pt.header().get(i));
        return strengthHeaders.contains(pt.header().get(i).toLowerCase(Locale.ROOT).strip())
                || strengthHeaders.contains(h) || strengthHeaders.contains(firstWordOf(h))
                || lastWordCountsForce(h) && mostlyFigures(pt, i)
                || personnel.contains(h) && lex.measureOf(h) == null
                || peopleBeforeModifier(h);
    }

    /**
     * Whether a header's head noun, the word before its first modifier (a preposition or a participle in "-ing"),
     * counts people and names no loss ("U.S. military advisers serving with the ARVN", "instructors in the field"), or
     * is a strength header after a party ("Soviet strength in Ruritania").
     */
    private boolean peopleBeforeModifier(String h) {
        String[] words = SPACES.split(h);
        for (int k = 1; k < words.length; k++) {
            String w = words[k];
            if (MODIFIER_OPENERS.contains(w) || w.length() > 4 && w.endsWith("ing")) {
                String head = words[k - 1];
                return (personnel.contains(head) || aidPersonnel.contains(head)
                        || k > 1 && strengthHeaders.contains(head.toLowerCase(Locale.ROOT))) // "Allied strength in X"
                        && lex.measureOf(head) == null;
            }
        }
        return false;
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Prepositions that open a modifier after a header's head noun. */
    private static final Set<String> MODIFIER_OPENERS = Set.of("with", "in", "at", "on", "to", "from", "under", "of");

    /** Whether at least half the rows hold a figure in column {@code i}. */
    private boolean mostlyFigures(PipeTable pt, int i) {
        int figures = 0;
        for (Element.Row row : pt.rows()) {
            if (i < row.cells().size() && holdsFigure(row.cell(i))) {
                figures++;
            }
        }
        return 2 * figures >= pt.rows().size();
    }

    /**
     * The column of a row's parent formation that names a side ("348th Regiment | Chinese 39th Army", "6th Division |
     * KPA V Corps"): the first cell other than the unit's and the side's under a unit header ({@code unit_headers}:
     * Formation, Parent, …) in which {@code known} finds a side; or -1.
     */
    static int parentColumn(ArticleContext ac, Gazetteer known, PipeTable pt, Element.Row row, Set<String> unitHeaders,
                            int unitCol, int sideCol) {
        for (int i = 0; i < pt.header().size() && i < row.cells().size(); i++) {
            if (i != unitCol && i != sideCol && isHeader(pt, unitHeaders, i)
                    && !row.cell(i).isEmpty() && ac.firstSideIn(known, row.cell(i)) != null) {
                return i;
            }
        }
        return -1;
    }

    /** Whether column {@code i}'s header is one of {@code words}: whole, without its brackets, or its first word. */
    private static boolean isHeader(PipeTable pt, Set<String> words, int i) {
        String h = bare(pt.header().get(i));
        return words.contains(pt.header().get(i).toLowerCase(Locale.ROOT).strip()) || words.contains(h)
                || words.contains(firstWordOf(h));
    }

    /** The first column whose header is one of {@code words} (or starts with one), other than {@code not}; or -1. */
    static int header(PipeTable pt, Set<String> words, int not) {
        for (int i = 0; i < pt.header().size(); i++) {
            if (i != not && isHeader(pt, words, i)) {
                return i;
            }
        }
        return -1;
    }

    /** A header lower-cased, without its bracketed parts ("Pilots (Dec 1941)" is "pilots"), stripped. */
    static String bare(String header) {
        String h = header.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(h.length());
        int from = 0;
        for (int open = h.indexOf('('); open >= 0; open = h.indexOf('(', from)) {
            int close = h.indexOf(')', open + 1);
            if (close < 0) {
                break;
            }
            out.append(h, from, open);
            from = close + 1;
        }
        return out.append(h, from, h.length()).toString().strip();
    }

    /**
     * Whether a header of several words ends in a strength header, a personnel noun that names no loss, or
     * the plural of a strength header ("Approximate strength", "Soviet advisers and troops", "Ruritanian
     * armed forces").
     */
    private boolean lastWordCountsForce(String h) {
        String last = lastWordOf(h);
        return last.length() < h.length() && (strengthHeaders.contains(last)
                || personnel.contains(last) && lex.measureOf(last) == null
                || last.endsWith("s") && strengthHeaders.contains(last.substring(0, last.length() - 1)));
    }

    /** The text after its last white space. */
    private static String lastWordOf(String h) {
        for (int i = h.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(h.charAt(i))) {
                return h.substring(i + 1);
            }
        }
        return h;
    }

    /** The text up to its first white space. */
    private static String firstWordOf(String h) {
        for (int i = 0; i < h.length(); i++) {
            if (Character.isWhitespace(h.charAt(i))) {
                return h.substring(0, i);
            }
        }
        return h;
    }

    /**
     * Whether a cell holds a figure: a run of digits not followed by a letter ("450,000", "about 300"), so
     * that the ordinals of unit names ("5th War Zone", "2nd Army") are none.
     */
    static boolean holdsFigure(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            if (Character.isDigit(cell.charAt(i)) && (i + 1 == cell.length() || !Character.isDigit(cell.charAt(i + 1))
                    && !Chars.isLetter(cell.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static int firstOther(PipeTable pt, int a, int b) {
        for (int i = 0; i < pt.header().size(); i++) {
            if (i != a && i != b) {
                return i;
            }
        }
        return -1;
    }

    /** The first date of {@code text} that has a year ("Trainees, 1977": 1977); null for none or no text. */
    static DateMention firstYearDate(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        for (DateMention d : Dates.find(text)) {
            if (d.hasYear()) {
                return d;
            }
        }
        return null;
    }
}
