package org.etrkit.datasets.tables;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import org.etrkit.datasets.parse.Element.PipeTable;

import tech.tablesaw.api.Table;

/**
 * Builds the curated tables (roster, demographics, aid, troops) and the generic ones (mentions,
 * timeline, infobox, and each article's pipe tables) from an analysed {@link Corpus} and {@link Rules}.
 */
public final class CuratedTables {

    private final Corpus corpus;
    private final Rules rules;

    public CuratedTables(Corpus corpus, Rules rules) {
        this.corpus = corpus;
        this.rules = rules;
    }

    /** All curated tables, in {@link Specs#CURATED} order, keyed by name; built in parallel. */
    public Map<String, Table> build() {
        List<java.util.function.Supplier<Table>> builders = List.of(this::roster, this::demographics, this::aid,
                this::troops, this::mentions, this::timeline, this::infobox);
        List<Table> tables = builders.parallelStream().map(java.util.function.Supplier::get).toList();
        Map<String, Table> out = new LinkedHashMap<>();
        for (int i = 0; i < tables.size(); i++) {
            out.put(Specs.CURATED.get(i).name(), tables.get(i));
        }
        return out;
    }

    // ---- roster

    /** Rows of every pipe table whose caption and headers match a roster rule. */
    public Table roster() {
        Table t = Specs.ROSTER.newTable();
        for (Corpus.Entry e : corpus.entries()) {
            for (PipeTable pt : e.article().tables()) {
                for (Rules.RosterRule rule : rules.roster()) {
                    Matcher caption = Pattern.compile(rule.caption()).matcher(pt.caption());
                    int name = headerIndex(pt, rule.name());
                    int ethnicity = headerIndex(pt, rule.ethnicity());
                    int position = headerIndex(pt, rule.position());
                    if (!caption.find() || name < 0 || ethnicity < 0 || position < 0) {
                        continue;
                    }
                    String body = groupOr(caption, "body", pt.caption());
                    for (Element.Row row : pt.rows()) {
                        Rows.add(t, row.cell(name), row.cell(ethnicity), row.cell(position), body,
                                row.at().source(), row.at().line());
                    }
                    break;
                }
            }
        }
        return t;
    }

    private static int headerIndex(PipeTable pt, String regex) {
        Pattern p = Pattern.compile(regex);
        for (int i = 0; i < pt.header().size(); i++) {
            if (p.matcher(pt.header().get(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    private static String groupOr(Matcher m, String group, String fallback) {
        try {
            String v = m.group(group);
            return v == null ? fallback : v;
        } catch (IllegalArgumentException noSuchGroup) {
            return fallback;
        }
    }

    // ---- demographics

    private record Demo(String region, String group, Integer year, Long population, Double share, String source,
                        int line, String quote) {
    }

    /** Population figures read from statements, then one derived remainder row per region and year. */
    public Table demographics() {
        Table t = Specs.DEMOGRAPHICS.newTable();
        if (rules.demographics() == null) {
            return t;
        }
        List<Demo> read = new ArrayList<>();
        for (StatementMatcher.Binding bind : bindings(rules.demographics().statements())) {
            Quantity pop = bind.quantities().get("population");
            Quantity share = bind.quantities().get("share");
            StatementMatcher.Dated d = bind.date();
            TextBlock b = bind.block();
            read.add(new Demo(bind.name("region", bind.statement().region()),
                    bind.name("group", bind.statement().group()),
                    d == null ? null : d.date().year(),
                    pop == null ? null : (long) pop.value(),
                    share == null ? null : share.value(),
                    b.at().source(), b.at().line(), bind.sentence().text()));
        }
        read.sort(java.util.Comparator.comparingInt((Demo d) -> sourceIndex(d.source())).thenComparingInt(Demo::line));
        Map<String, List<Demo>> byRegion = new LinkedHashMap<>();
        for (Demo d : read) {
            Rows.add(t, d.region(), d.group(), d.year(), d.population(), d.share(), false, d.source(), d.line(),
                    d.quote(), "");
            byRegion.computeIfAbsent(d.region() + "|" + d.year(), k -> new ArrayList<>()).add(d);
        }
        String remainder = rules.demographics().remainderGroup();
        for (List<Demo> rows : byRegion.values()) {
            addRemainder(t, rows, remainder);
        }
        return t;
    }

    private static void addRemainder(Table t, List<Demo> rows, String remainderGroup) {
        Demo all = rows.stream().filter(d -> d.group().equals("All")).findFirst().orElse(null);
        List<Demo> groups = rows.stream().filter(d -> !d.group().equals("All")).toList();
        if (groups.isEmpty() || remainderGroup == null) {
            return;
        }
        NumberFormat grouped = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        List<String> note = new ArrayList<>();
        Long population = null;
        if (all != null && all.population() != null && groups.stream().allMatch(d -> d.population() != null)) {
            long rest = all.population();
            StringBuilder s = new StringBuilder("population: All (" + grouped.format(all.population()) + ") minus ");
            for (int i = 0; i < groups.size(); i++) {
                rest -= groups.get(i).population();
                s.append(i == 0 ? "" : ", ").append(groups.get(i).group()).append(" (")
                        .append(grouped.format(groups.get(i).population())).append(')');
            }
            if (rest > 0) {
                population = rest;
                note.add(s.toString());
            }
        }
        Double share = null;
        if (groups.stream().allMatch(d -> d.share() != null)) {
            BigDecimal rest = BigDecimal.valueOf(100);
            StringBuilder s = new StringBuilder("share: 100% minus ");
            for (int i = 0; i < groups.size(); i++) {
                rest = rest.subtract(BigDecimal.valueOf(groups.get(i).share()));
                s.append(i == 0 ? "" : ", ").append(groups.get(i).group()).append(" (")
                        .append(BigDecimal.valueOf(groups.get(i).share()).toPlainString()).append("%)");
            }
            if (rest.signum() > 0) {
                share = rest.doubleValue();
                note.add(s.toString());
            }
        }
        if (population == null && share == null) {
            return;
        }
        Demo last = groups.get(groups.size() - 1);
        Rows.add(t, last.region(), remainderGroup, last.year(), population, share, true, last.source(), last.line(),
                "", "derived, not in the text: " + String.join("; ", note));
    }

    // ---- aid

    /** Aid figures bound by the aid statements. */
    public Table aid() {
        Table t = Specs.AID.newTable();
        List<Object[]> rows = new ArrayList<>();
        for (StatementMatcher.Binding bind : bindings(rules.aid())) {
            Rules.Statement st = bind.statement();
            TextBlock b = bind.block();
            Quantity q = bind.quantity();
            Integer start = StatementMatcher.yearOfSentence(b, st.periodStart());
            Integer end = StatementMatcher.yearOfSentence(b, st.periodEnd());
            if (st.periodStart() == null && st.periodEnd() == null) {
                DateMention d = b.firstDateIn(bind.sentence());
                start = d == null ? null : d.year();
                end = start;
            }
            String item = q.noun().isEmpty() ? bind.name("item", q.unit()) : q.noun();
            rows.add(new Object[] {st.donor(), st.recipient(), start, end, item, q.value(), q.qualifier().code(),
                q.unit(), b.at().source(), b.at().line(), bind.sentence().text(), st.id(), q.start()});
        }
        addSorted(t, rows);
        return t;
    }

    // ---- troops

    /** Troop strengths bound by the troop statements, then every other count of people under arms. */
    public Table troops() {
        Table t = Specs.TROOPS.newTable();
        if (rules.troops() == null) {
            return t;
        }
        List<Object[]> rows = new ArrayList<>();
        Set<String> bound = new HashSet<>();
        for (StatementMatcher.Binding bind : bindings(rules.troops().statements())) {
            Rules.Statement st = bind.statement();
            TextBlock b = bind.block();
            for (Quantity q : bind.quantities().values()) {
                if (!bound.add(key(b, q))) {
                    continue;
                }
                String force = bind.name("force", q.noun());
                String context = bind.name("context", st.context() == null ? q.text() : st.context());
                rows.add(troopRow(force, st.side(), bind.date(), q.unit().isEmpty() ? bind.name("unit", "") : q.unit(),
                        q, context, b, bind.sentence(), st.id()));
            }
        }
        List<String> personnel = rules.troops().personnelUnits();
        for (Corpus.Entry e : corpus.entries()) {
            for (TextBlock b : e.blocks()) {
                if (!b.isProse()) {
                    continue;
                }
                for (Quantity q : b.quantities()) {
                    if (personnel.contains(q.unit()) && !bound.contains(key(b, q))) {
                        Sentence s = b.sentenceAt(q.start());
                        rows.add(troopRow(q.noun(), "Other", StatementMatcher.dateOf(b, s), q.unit(), q,
                                "not classified by any rule: " + q.text(), b, s, ""));
                    }
                }
            }
        }
        addSorted(t, rows);
        return t;
    }

    private static Object[] troopRow(String force, String side, StatementMatcher.Dated d, String unit, Quantity q,
                                     String context, TextBlock b, Sentence s, String rule) {
        return new Object[] {force, side, d == null ? null : d.date().iso(), Math.round(q.value()),
            Math.round(q.high()), q.qualifier().code(), unit, context, b.at().source(), b.at().line(), s.text(),
            d == null ? "" : d.basis(), rule, q.start()};
    }

    private static String key(TextBlock b, Quantity q) {
        return b.at() + "@" + q.start();
    }

    /**
     * Adds rows sorted by article order, line and offset (the last element of each row, not written),
     * so the output does not depend on rule order.
     */
    private void addSorted(Table t, List<Object[]> rows) {
        int srcIdx = t.columnIndex("source");
        int lineIdx = t.columnIndex("line");
        rows.sort(java.util.Comparator.<Object[]>comparingInt(r -> sourceIndex((String) r[srcIdx]))
                .thenComparingInt(r -> (Integer) r[lineIdx])
                .thenComparingInt(r -> (Integer) r[r.length - 1]));
        for (Object[] r : rows) {
            Rows.add(t, java.util.Arrays.copyOf(r, r.length - 1));
        }
    }

    private int sourceIndex(String source) {
        for (int i = 0; i < corpus.entries().size(); i++) {
            if (corpus.entries().get(i).article().source().equals(source)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** What the statements bind across the corpus: statement by statement, then in reading order. */
    private List<StatementMatcher.Binding> bindings(List<Rules.Statement> statements) {
        List<StatementMatcher.Binding> out = new ArrayList<>();
        for (Rules.Statement st : statements) {
            StatementMatcher sm = new StatementMatcher(st);
            for (Corpus.Entry e : corpus.entries()) {
                for (TextBlock b : e.blocks()) {
                    out.addAll(sm.match(b));
                }
            }
        }
        return out;
    }

    // ---- generic tables

    /**
     * Every quantity in every text block, and in text order with them every figure that is not stored
     * because no number equals it (empty value, the reason in {@code note}).
     */
    public Table mentions() {
        Table t = Specs.MENTIONS.newTable();
        for (Corpus.Entry e : corpus.entries()) {
            for (TextBlock b : e.blocks()) {
                List<org.etrkit.datasets.extract.RejectedFigure> rejected = b.rejected();
                int r = 0;
                for (Quantity q : b.quantities()) {
                    for (; r < rejected.size() && rejected.get(r).start() < q.start(); r++) {
                        addRejected(t, b, rejected.get(r));
                    }
                    Rows.add(t, b.at().source(), b.at().line(), b.column(q.start()), q.text(), q.value(),
                            q.isRange() ? q.high() : null, q.qualifier().code(), q.unit(), q.noun(), b.kind(), "");
                }
                for (; r < rejected.size(); r++) {
                    addRejected(t, b, rejected.get(r));
                }
            }
        }
        return t;
    }

    private static void addRejected(Table t, TextBlock b, org.etrkit.datasets.extract.RejectedFigure f) {
        Rows.add(t, b.at().source(), b.at().line(), b.column(f.start()), f.text(), null, null, "", "", "", b.kind(),
                f.reason());
    }

    /** Every prose sentence with a dated mention that has a year. */
    public Table timeline() {
        Table t = Specs.TIMELINE.newTable();
        for (Corpus.Entry e : corpus.entries()) {
            for (TextBlock b : e.blocks()) {
                if (!b.isProse()) {
                    continue;
                }
                for (Sentence s : b.sentences()) {
                    DateMention d = b.firstDateIn(s);
                    if (d != null) {
                        Rows.add(t, d.iso(), s.text(), b.at().source(), b.at().line(), d.year(), d.text(),
                                b.column(s.start()));
                    }
                }
            }
        }
        return t;
    }

    /** Every infobox entry. */
    public Table infobox() {
        Table t = Specs.INFOBOX.newTable();
        for (Corpus.Entry e : corpus.entries()) {
            for (Element.InfoboxEntry ie : e.article().infobox()) {
                Rows.add(t, ie.at().source(), ie.key(), ie.value(), ie.at().line());
            }
        }
        return t;
    }
}
