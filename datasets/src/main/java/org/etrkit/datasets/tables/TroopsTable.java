package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.Field.Type.LONG;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import org.etrkit.datasets.extract.DateMention;
import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;
import org.etrkit.datasets.parse.Element.PipeTable;

import tech.tablesaw.api.Table;

/**
 * Every figure of people under arms, with its side and what it measures:
 * <ul>
 * <li>in prose, a figure whose counted noun is a personnel noun of the lexicon ("troops", "horsemen",
 *     "killed"), or a bare figure the clause makes one of people under arms ("a force of forty thousand",
 *     "numbered about 14,000", "8,000 were taken prisoner"); the side comes from {@link SideFinder};</li>
 * <li>the infobox's {@code Strength…}, {@code Size…} and {@code Casualties…} entries, each with the side of
 *     a name before the figure in its part of the entry (not in brackets, which name a source: "(Soviet
 *     estimate)"), else of the {@code Combatant…} of the same number, else, for an infobox without
 *     combatants, of the article's subject ({@link ArticleContext#ownSide});</li>
 * <li>the strength column and the loss columns ("Killed", "Wounded", …) of order-of-battle tables, with
 *     the side of the row's side column.</li>
 * </ul>
 * {@code measure} keeps losses apart from strengths: {@code strength}, or a measure of the lexicon
 * ({@code killed}, {@code wounded}, {@code captured}, {@code surrendered}, {@code sent}, ...) read from
 * the noun or the verb next to the figure.
 */
final class TroopsTable implements CuratedTable {

    static final TableSpec SPEC = new TableSpec("troops", "Troop counts",
            "Figures of people under arms named in the articles (strengths, losses, prisoners), by force and side, "
                    + "at the date the text gives.",
            List.of(Field.string("force", "The force the side was read from, as named in the article; may be empty."),
                    Field.string("side", "ETR, USSR, ROC, PRC, Japan, Mongolia or Other."),
                    Field.string("date", "ISO 8601 at the precision the text gives (1945, 1945-09, 1946/1947); "
                            + "empty when the text gives none."),
                    CommonFields.DATE_FROM, CommonFields.DATE_TO,
                    new Field("count_low", LONG, "The figure, or the low end of a range."),
                    new Field("count_high", LONG, "The high end of a range; equal to count_low for a single figure."),
                    CommonFields.QUALIFIER,
                    Field.string("unit", "The counted noun: troops, soldiers, horsemen, killed, ... (empty for a bare figure)."),
                    Field.string("measure", "What the figure counts: strength, or killed, wounded, captured, surrendered, "
                            + "missing, casualties, enlisted, sent, deployed, escaped, landed."),
                    CommonFields.SOURCE, CommonFields.LINE, CommonFields.QUOTE,
                    Field.string("date_basis", "Where the date comes from: 'sentence' (the date nearest the figure in "
                            + "its sentence), 'year from paragraph' (the sentence's day and month in the year the "
                            + "paragraph gives), 'earlier sentence' (the last date before it in its paragraph), "
                            + "'infobox' (the infobox's Date), 'caption' (the table's caption)."),
                    Field.string("side_basis", "How the side was read: the step of the side rules that found it."),
                    Field.string("rule", "Where the figure was found: prose, infobox, table, or override:<id>.")));

    /** One figure. */
    record Row(Place place, String force, String side, DateMention date, String dateBasis, long low, long high,
               String qualifier, String unit, String measure, String source, int line, String quote,
               String sideBasis, String rule) {
    }

    @Override
    public TableSpec spec() {
        return SPEC;
    }

    @Override
    public Table build(Analysis a) {
        Reader reader = new Reader(a);
        List<Row> rows = new ArrayList<>();
        for (ArticleContext ac : a.articles) {
            int order = a.order(ac.article.source());
            reader.prose(ac, order, rows);
            reader.infobox(ac, order, rows);
            reader.tables(ac, order, rows);
        }
        rows.sort((x, y) -> x.place().compareTo(y.place()));
        Table t = SPEC.newTable();
        for (Row r : rows) {
            append(t, r);
        }
        return Cells.checkRectangular(t);
    }

    private static void append(Table t, Row r) {
        Period period = r.date() == null ? null : Period.of(r.date().iso());
        Cells.string(t, "force", r.force());
        Cells.string(t, "side", r.side());
        Cells.string(t, "date", r.date() == null ? "" : r.date().iso());
        Cells.date(t, "date_from", period == null ? null : period.from());
        Cells.date(t, "date_to", period == null ? null : period.to());
        Cells.whole(t, "count_low", r.low());
        Cells.whole(t, "count_high", r.high());
        Cells.string(t, "qualifier", r.qualifier());
        Cells.string(t, "unit", r.unit());
        Cells.string(t, "measure", r.measure());
        Cells.string(t, "source", r.source());
        Cells.integer(t, "line", r.line());
        Cells.string(t, "quote", r.quote());
        Cells.string(t, "date_basis", r.dateBasis());
        Cells.string(t, "side_basis", r.sideBasis());
        Cells.string(t, "rule", r.rule());
    }

    /**
     * The reading of one corpus: the prose figures here, the infobox's by {@link InfoboxStrengths}, the tables' by
     * {@link BattleTables}; whether a figure counts people under arms by {@link PersonnelFigures}, what it measures
     * by {@link FigureMeasures}, the combatant parties its words name by {@link FigureParties}.
     */
    static final class Reader {
        private final Analysis a;
        /** Whether a figure counts people under arms. */
        private final PersonnelFigures personnelFigures;
        /** The infobox's combatant parties that a figure's words name. */
        private final FigureParties parties;
        /** What a figure measures. */
        private final FigureMeasures measures;
        /** The figures of order-of-battle tables. */
        private final BattleTables battleTables;
        /** The figures of the infobox. */
        private final InfoboxStrengths infoboxStrengths;
        /** The figures of tables of men trained. */
        private final TraineeTables traineeTables;

        Reader(Analysis a) {
            this.a = a;
            Lexicon lex = a.rules.lexicon();
            this.personnelFigures = new PersonnelFigures(a);
            this.parties = new FigureParties(lex);
            this.measures = new FigureMeasures(lex);
            this.battleTables = new BattleTables(a, parties, measures);
            this.infoboxStrengths = new InfoboxStrengths(a, parties, measures);
            this.traineeTables = new TraineeTables(a);
        }

        // ---- prose

        void prose(ArticleContext ac, int order, List<Row> rows) {
            int first = rows.size(); // the article's first row
            for (Prose p : ac.prose) {
                Map<Integer, Rules.Override> overridden = overrides(p);
                List<SideFinder.Reading> earlier = new ArrayList<>();
                for (Quantity q : p.block.quantities()) {
                    Rules.Override o = overridden.get(q.start());
                    if (o == null && !isPersonnel(p, q)) {
                        continue;
                    }
                    Row r = proseRow(ac, order, p, q, o, earlier);
                    if (o == null) {
                        r = countedAgain(p, q, r, rows.subList(first, rows.size()));
                    }
                    earlier.add(new SideFinder.Reading(r.side(), r.force(), r.sideBasis()).at(q.start(), q.end(), q.unit()));
                    if (earlier.size() > 16) {
                        earlier.remove(0); // a bounded look back
                    }
                    rows.add(r);
                }
            }
        }

        /**
         * "of the 773 who had begun the battle": a bare figure after "the" and before "who" or "that" counts again the
         * men the article's last earlier prose row with the same figure counted, and takes that row's side; else {@code r}.
         */
        private static Row countedAgain(Prose p, Quantity q, Row r, List<Row> before) {
            if (!q.unit().isEmpty() || q.start() < 4 || !p.text.regionMatches(true, q.start() - 4, "the ", 0, 4)
                    || !WHO_AFTER.matcher(p.text).region(q.end(), p.text.length()).lookingAt()) {
                return r;
            }
            for (int i = before.size() - 1; i >= 0; i--) {
                Row x = before.get(i);
                if (x.low() == r.low() && x.high() == r.high()) {
                    return new Row(r.place(), x.force(), x.side(), r.date(), r.dateBasis(), r.low(), r.high(), r.qualifier(),
                            r.unit(), r.measure(), r.source(), r.line(), r.quote(), "the men the same figure counted before"
                            + " (line " + x.line() + "), which 'the " + p.text.substring(q.start(), q.end()) + " who' counts again",
                            r.rule());
                }
            }
            return r;
        }

        private static final java.util.regex.Pattern WHO_AFTER = java.util.regex.Pattern.compile(" (?:who|that) ");

        /** The quantities of the block that an override names, by start offset. */
        private Map<Integer, Rules.Override> overrides(Prose p) {
            Map<Integer, Rules.Override> out = new HashMap<>();
            for (Rules.Override o : a.rules.overrides()) {
                Matcher m = o.pattern().matcher(p.text);
                while (m.find()) {
                    Quantity q = covering(p.block.quantities(), m.start("figure"));
                    if (q != null) {
                        out.put(q.start(), o);
                    }
                }
            }
            return out;
        }

        /** The quantity whose span holds {@code at} (quantities are in order and do not overlap), or null. */
        static Quantity covering(List<Quantity> qs, int at) {
            int lo = 0;
            int hi = qs.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                Quantity q = qs.get(mid);
                if (q.end() <= at) {
                    lo = mid + 1;
                } else if (q.start() > at) {
                    hi = mid - 1;
                } else {
                    return q;
                }
            }
            return null;
        }

        private Row proseRow(ArticleContext ac, int order, Prose p, Quantity q, Rules.Override o,
                             List<SideFinder.Reading> earlier) {
            Prose.Dated dated = p.dateOf(q.start(), q.end());
            LocalDate day = dated != null ? Period.of(dated.date().iso()).from() : ac.fallbackDay();
            SideFinder.Reading side = a.sides.find(p, q.start(), q.end(), q.unit(), day, earlier);
            String measure = measure(p, q);
            String rule = "prose";
            String sideBasis = side.basis();
            String force = side.force().isEmpty() ? q.noun() : side.force();
            String sideCode = side.side();
            int sentenceStart = p.sentence(p.sentenceIndex(q.start())).start(); // the force named in the sentence only
            int named = side.force().isEmpty() ? -1 : Chars.lastIndexIn(p.text, side.force(), q.start(), sentenceStart);
            String party = named >= sentenceStart
                    ? parties.qualifyingParty(ac, p.text, named, sideCode, day) : null;
            if (party != null) { // "the Somali National Army numbered about 37,000" beside "Combatant2: Somalia"
                sideCode = FigureParties.partySideOf(ac, party, day);
                sideBasis = sideBasis + ", a force of the infobox's party " + party + " that qualifies it";
            }
            if (o != null) {
                sideCode = o.side();
                force = o.force() != null ? o.force() : force;
                measure = o.measure() != null ? o.measure() : measure;
                rule = "override:" + o.id();
                sideBasis = "override '" + o.id() + "': " + o.why();
            }
            Sentence s = p.sentence(p.sentenceIndex(q.start()));
            return new Row(new Place(order, p.block.at().line(), q.start()), force, sideCode,
                    dated == null ? null : dated.date(), dated == null ? "" : dated.basis(),
                    Math.round(q.value()), Math.round(q.high()), q.qualifier().code(), q.unit(), measure,
                    p.block.at().source(), p.block.at().line(), Quote.of(s, q.start(), q.end()), sideBasis, rule);
        }

        /** True when {@code q} counts people under arms ({@link PersonnelFigures#isPersonnel}). */
        boolean isPersonnel(Prose p, Quantity q) {
            return personnelFigures.isPersonnel(p, q);
        }

        /** What the figure measures ({@link FigureMeasures#measure}). */
        String measure(Prose p, Quantity q) {
            return measures.measure(p, q);
        }

        // ---- infobox

        void infobox(ArticleContext ac, int order, List<Row> rows) {
            infoboxStrengths.read(ac, order, rows);
        }

        // ---- order-of-battle tables

        void tables(ArticleContext ac, int order, List<Row> rows) {
            battleTables.read(ac, order, rows);
            traineeTables.read(ac, order, rows);
        }

        /** The first column whose header is one of {@code words} (or starts with one), other than {@code not}; or -1 ({@link BattleTables#header}). */
        static int header(PipeTable pt, Set<String> words, int not) {
            return BattleTables.header(pt, words, not);
        }
    }
}
