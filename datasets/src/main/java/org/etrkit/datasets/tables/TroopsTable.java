package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.Field.Type.LONG;

import java.time.LocalDate;
import java.util.ArrayList;
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

    /** The reading of one corpus, with the lexicon's sets at hand. */
    static final class Reader {
        private final Analysis a;
        private final Lexicon lex;
        private final Rules.Clauses clauses;
        private final Set<String> personnel;
        private final Set<String> collective;
        private final Set<String> forceNouns;
        private final Set<String> civilians;
        private final Set<String> materiel;
        private final Set<String> aircraft;
        private final Set<String> militaryBodies;
        /** A word of {@link #militaryBodies} anywhere in a text, or null when there is none; compiled once. */
        private final Pattern militaryBody;
        /** The infobox's combatant parties that a figure's words name. */
        private final FigureParties parties;
        private final Set<String> aidPersonnel;
        /** Words before a counted noun that make people of it under arms ("armed herders", "military specialists"). */
        private final Set<String> armed;
        private final Pattern personnelNext;
        /** What a figure measures. */
        private final FigureMeasures measures;
        /** The figures of order-of-battle tables. */
        private final BattleTables battleTables;
        /** The figures of the infobox. */
        private final InfoboxStrengths infoboxStrengths;
        private final Pattern populationBefore;

        Reader(Analysis a) {
            this.a = a;
            this.lex = a.rules.lexicon();
            this.clauses = a.rules.clauses();
            this.personnel = lex.set("personnel");
            this.collective = lex.set("collective");
            this.forceNouns = lex.set("force_nouns");
            this.civilians = lex.set("civilians");
            this.materiel = lex.set("materiel");
            this.aircraft = lex.set("aircraft_words");
            this.militaryBodies = lex.set("military_bodies");
            this.militaryBody = militaryBodies.isEmpty() ? null : Pattern.compile("\\b(?:" + String.join("|",
                    militaryBodies.stream().map(Pattern::quote).toList()) + ")\\b");
            this.parties = new FigureParties(lex);
            this.aidPersonnel = lex.set("aid_personnel");
            this.armed = lex.set("armed_modifiers");
            this.personnelNext = lex.compile("^ (?:{personnel})\\b");
            this.measures = new FigureMeasures(lex);
            this.battleTables = new BattleTables(a, parties, measures);
            this.infoboxStrengths = new InfoboxStrengths(a, parties, measures);
            this.populationBefore = lex.compile("\\b(?:{population_nouns})\\b");
        }

        // ---- prose

        void prose(ArticleContext ac, int order, List<Row> rows) {
            for (Prose p : ac.prose) {
                Map<Integer, Rules.Override> overridden = overrides(p);
                List<SideFinder.Reading> earlier = new ArrayList<>();
                for (Quantity q : p.block.quantities()) {
                    Rules.Override o = overridden.get(q.start());
                    if (o == null && !isPersonnel(p, q)) {
                        continue;
                    }
                    Row r = proseRow(ac, order, p, q, o, earlier);
                    earlier.add(new SideFinder.Reading(r.side(), r.force(), r.sideBasis()).at(q.start(), q.end(), q.unit()));
                    if (earlier.size() > 16) {
                        earlier.remove(0); // a bounded look back
                    }
                    rows.add(r);
                }
            }
        }

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
            int named = side.force().isEmpty() ? -1 : p.text.lastIndexOf(side.force(), q.start());
            String party = named >= p.sentence(p.sentenceIndex(q.start())).start()
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

        /**
         * True when {@code q} counts people under arms. Read once per figure and batch: the troops, aid and
         * demographics readers all ask ({@link Analysis#personnelFigures}).
         */
        boolean isPersonnel(Prose p, Quantity q) {
            Boolean known = a.personnelFigures.get(q);
            if (known != null) {
                return known;
            }
            if (!reading.add(q)) {
                cyclesBroken++; // "600 of the 2,000": each figure asks the other; the one asked again counts nothing
                return false;
            }
            int broken = cyclesBroken;
            try {
                known = readPersonnel(p, q);
            } finally {
                reading.remove(q);
            }
            if (cyclesBroken == broken) { // an answer that broke a cycle depends on where the reading began
                a.personnelFigures.put(q, known);
            }
            return known;
        }

        /** The figures whose reading by {@link #isPersonnel} is under way on this reader's thread. */
        private final java.util.Set<Quantity> reading = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        /** How many times {@link #isPersonnel} was asked about a figure whose reading was under way. */
        private int cyclesBroken;

        private boolean readPersonnel(Prose p, Quantity q) {
            String u = q.unit().toLowerCase(Locale.ROOT);
            if (u.equals("usd") || u.equals("percent")) {
                return false;
            }
            if (aidPersonnel.contains(u) && listedAfterPersonnel(p, q)) {
                return true; // "trained 1,000 pilots, 81 navigators and some 8,300 technicians"
            }
            String renamedForce = p.renamedNoun(q.start());
            if (renamedForce != null && !materiel.contains(u) && (!u.isEmpty() || q.value() >= 100)
                    && (collective.contains(renamedForce) || forceNouns.contains(renamedForce)
                    || personnel.contains(renamedForce) && !lex.set("measure_verbs").contains(renamedForce))) {
                return true; // "the provincial army, over 4,000 Russians and Chinese", "Peasant Army, about 2,000 settlers"
            }
            String firstNounWord = firstWord(q.noun());
            if (!materiel.contains(u) && java.util.Arrays.stream(Chars.words(q.noun().toLowerCase(Locale.ROOT)))
                    .anyMatch(armed::contains)) {
                return true; // "2,000 armed lamas and herders", "7,000 military specialists"
            }
            if (materiel.contains(u) || civilians.contains(u)) {
                return false;
            }
            if (u.equals("fighters") && p.anyWordIn(p.clauseStart(q.start()), p.clauseEnd(q.end()), aircraft)) {
                return false; // "three bombers and two fighters"
            }
            if (u.equals("members")) {
                String noun = q.noun().toLowerCase(Locale.ROOT);
                // noun.matches(".*\\bW\\b.*") for some body W: W as a word, in a noun without a line end ('.' takes none)
                return militaryBody != null && !hasLineEnd(noun) && militaryBody.matcher(noun).find();
            }
            if (personnel.contains(u) || lex.measureOf(u) != null && !u.equals("lost")) {
                return true;
            }
            if (!u.isEmpty() && !collective.contains(u) && (personnel.contains(firstNounWord)
                    || lex.measureOf(firstNounWord) != null && !firstNounWord.equals("lost"))) {
                return true; // "1,000 dead outside the walls": the noun phrase ran on past its head
            }
            if (collective.contains(u)) {
                return q.value() >= 100; // "7,000 ... force"; "two divisions" counts units
            }
            String right = p.after(q.end(), 80);
            if (u.isEmpty()) { // "roughly 10,000 of the 25,000 junior officers": a part of the men counted next
                int of = right.startsWith(" of the ") ? 8 : right.startsWith(" of ") ? 4 : -1;
                for (Quantity next : of < 0 ? List.<Quantity>of() : p.block.quantities()) {
                    if (next.start() == q.end() + of) {
                        return next != q && isPersonnel(p, next);
                    }
                }
            }
            if (!u.isEmpty() && personnelNext.matcher(right).find()) {
                return true; // "100 border guards" where the noun phrase was cut before its head
            }
            boolean bare = u.isEmpty() || !q.noun().isEmpty() && Chars.isUpperCase(q.noun().charAt(0));
            if (!bare) {
                return false;
            }
            String renamed = p.renamedNoun(q.start());
            if (renamed != null && (materiel.contains(renamed) || civilians.contains(renamed))) {
                return false; // "their remaining aircraft, about 100 in number"
            }
            if (!u.isEmpty() && right.startsWith(" and ")) { // "20,645 Japanese and 5,155 collaborationist soldiers killed"
                for (Quantity next : p.quantitiesIn(q.end() + 5, Math.min(p.text.length(), q.end() + 200))) {
                    if (next != q && next.start() <= q.end() + 20
                            && p.text.substring(q.end() + 5, next.start()).indexOf(',') < 0) {
                        return isPersonnel(p, next);
                    }
                }
            }
            if (u.isEmpty() && MORE.matcher(right).find() && listedAfterPersonnel(p, q, true)) {
                return true; // "140 advisers worked at headquarters, and about 90 more taught at schools"
            }
            String left = p.before(q.start(), 80);
            for (Pattern np : clauses.notPersonnelAfter()) {
                if (np.matcher(right).find()) {
                    return false;
                }
            }
            for (Pattern pb : clauses.personnelBefore()) {
                if (pb.matcher(left).find()) {
                    return true;
                }
            }
            for (Pattern pa : clauses.personnelAfter()) {
                if (pa.matcher(right).find()) {
                    return true;
                }
            }
            if (clauses.numberedSubject().matcher(left).find()) {
                return true;
            }
            if (u.isEmpty() && SideFinder.partOfBefore(p, q.end()) && personnelNounBefore(p, q.start())) {
                return true; // "Soviet officers … served in the National Army. By mid-1945 about 500 of them held posts"
            }
            return u.isEmpty() && (continuesPersonnel(p, q) || pronounContinues(p, q, left));
        }

        /** Subject pronouns that stand for a force counted in the sentence before ("it stood at", "they numbered"). */
        private static final java.util.Set<String> FORCE_PRONOUNS = java.util.Set.of("it", "they");

        /**
         * True when a pronoun subject ("it", "they") opens the words before {@code q} in its clause, a verb of level
         * ({@code numbered_subject}'s verbs) reaches the figure, no figure stands between them, and the last
         * figure of the sentence before counts people under arms ("the army counted about 30,000. Twelve years later
         * it stood at roughly 70,000").
         */
        private boolean pronounContinues(Prose p, Quantity q, String left) {
            int si = p.sentenceIndex(q.start());
            if (si == 0) {
                return false;
            }
            int pronounEnd = -1;
            int i = 0;
            while (i < left.length()) { // the last pronoun word of the clause before the figure
                while (i < left.length() && !Character.isLetter(left.charAt(i))) {
                    i++;
                }
                int j = i;
                while (j < left.length() && Character.isLetter(left.charAt(j))) {
                    j++;
                }
                if (j > i && FORCE_PRONOUNS.contains(left.substring(i, j).toLowerCase(Locale.ROOT))) {
                    pronounEnd = j;
                }
                i = j;
            }
            if (pronounEnd < 0 || left.length() - pronounEnd > 40
                    || !clauses.numberedSubject().matcher("troops" + left.substring(pronounEnd)).find()) {
                return false;
            }
            Sentence prev = p.sentence(si - 1);
            if (!p.quantitiesIn(q.start() - left.length() + pronounEnd, q.start()).isEmpty()) {
                return false; // another figure between the pronoun and this one
            }
            List<Quantity> earlier = p.quantitiesIn(prev.start(), prev.end());
            return !earlier.isEmpty() && isPersonnel(p, earlier.get(earlier.size() - 1));
        }

        /** True when a personnel noun stands in the 200 characters before {@code at} ("officers … about 500 of them"). */
        private boolean personnelNounBefore(Prose p, int at) {
            for (String w : Once.NOT_WORD.split(p.before(at, 200).toLowerCase(Locale.ROOT))) {
                if (personnel.contains(w) && lex.measureOf(w) == null) {
                    return true;
                }
            }
            return false;
        }

        private static String firstWord(String noun) {
            String n = noun.strip().toLowerCase(Locale.ROOT);
            int sp = n.indexOf(' ');
            return sp < 0 ? n : n.substring(0, sp);
        }

        /**
         * True when the figure before {@code q} in its sentence, with no other figure between, counts people
         * under arms: a bare figure goes on counting what its sentence counts ("grew from about 17,000 men in
         * 1938 to some 55,000 by 1941", "3,341 were taken prisoner, and the remaining 2,217 went over").
         */
        private boolean continuesPersonnel(Prose p, Quantity q) {
            Sentence s = p.sentence(p.sentenceIndex(q.start()));
            List<Quantity> before = p.quantitiesIn(Math.max(s.start(), q.start() - 2 * Prose.WINDOW), q.start());
            if (before.isEmpty()) {
                return false;
            }
            Quantity last = before.get(before.size() - 1);
            if (last.start() < s.start() || populationBefore.matcher(p.before(q.start(), 40)).find()) {
                return false; // "… 200,000 soldiers in the province, a region whose whole population was about 4.3 million"
            }
            return isPersonnel(p, last);
        }

        /** Whether {@code s} holds a character that {@code .} does not match: a line end. */
        private static boolean hasLineEnd(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                    return true;
                }
            }
            return false;
        }

        private static final Pattern MORE = Pattern.compile("^ (?:more|others|other)\\b(?! (?:than|[\\p{L}-]+s)\\b)");
        private static final Pattern LIST_GAP = Pattern.compile(
                "^(?:[ \\p{L}-]{0,30}?)(?:,| and|, and) (?:"
                + org.etrkit.datasets.extract.Lexicon.hedgeBeforeRegex() + " )?$");

        /** True when {@code q} follows a personnel figure of its sentence in a list ("81 navigators and 8,300 technicians"). */
        private boolean listedAfterPersonnel(Prose p, Quantity q) {
            return listedAfterPersonnel(p, q, false);
        }

        /**
         * True when the figure before {@code q} in its sentence counts personnel and, unless {@code anyGap},
         * only its noun and a comma or "and" stand between them.
         */
        private boolean listedAfterPersonnel(Prose p, Quantity q, boolean anyGap) {
            Sentence s = p.sentence(p.sentenceIndex(q.start()));
            List<Quantity> before = p.quantitiesIn(Math.max(s.start(), q.start() - Prose.WINDOW), q.start());
            if (before.isEmpty()) {
                return false;
            }
            Quantity last = before.get(before.size() - 1);
            if (!anyGap && !LIST_GAP.matcher(p.text.substring(last.end(), q.start())).find()) {
                return false;
            }
            String lu = last.unit().toLowerCase(Locale.ROOT);
            return personnel.contains(lu) || collective.contains(lu) && last.value() >= 100;
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
        }

        /** The first column whose header is one of {@code words} (or starts with one), other than {@code not}; or -1 ({@link BattleTables#header}). */
        static int header(PipeTable pt, Set<String> words, int not) {
            return BattleTables.header(pt, words, not);
        }
    }

    /** Regular expressions compiled once, which String.matches, replaceAll and split compiled at every call. */
    private static final class Once {
        static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}-]+");
    }
}
