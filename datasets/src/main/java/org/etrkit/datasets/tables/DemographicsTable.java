package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.Field.Type.BOOLEAN;
import static org.etrkit.datasets.tables.Field.Type.INTEGER;
import static org.etrkit.datasets.tables.Field.Type.LONG;
import static org.etrkit.datasets.tables.Field.Type.NUMBER;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.etrkit.datasets.parse.Element;

import tech.tablesaw.api.Table;

/**
 * Population counts and shares by region and group, read clause by clause from every population statement
 * as a figure (a count or a share), a group, a region and a year: "Xinjiang had 4,873,608 inhabitants"
 * (group All), "Uyghurs numbered about 2.9 million, or 74.7%", "Kazakhs 492,000 (10.1%)", "of whom about 55%
 * were Han Chinese", "110,000 inhabitants, 56,000 of them Kazakhs", "rose from 110,000 in 1920 to 150,000 in
 * 1940"; the figures of population tables ({@link PopulationTables#tables}); and the infobox's {@code Population…}
 * entries. A statement needs a population word in its sentence or the two before (or a group right before
 * the figure, as in a list) and no movement verb next to the figure ("15,000 Kazakhs followed him" is not a
 * population; "followed by Kazakhs 443,700" is; "2,000 Japanese were left" is), and an age is none ("aged 20 or
 * older"); a share "of them" after a figure that is no population ("20,000 workers, a third of them Russian") is
 * none. A bare figure in brackets after a group or a group's share is that group's count ("Russians (1,275,055)",
 * "made up 14.1% (190,300)"), and a group's count and share read from one table row are one row, the total
 * row's 100% its share.
 *
 * <p>The group is the one named after a share or "of them" ("of whom 55% were Han", "a further 15% Hui",
 * "95% of them Uyghurs"), else the group of the count the share follows ("443,700 (10.2%)"), else {@code
 * Other} after "the remaining" or "all other groups", else the ethnic group of the lexicon nearest the figure
 * in its clause (not before a "while" that opens another subject's clause, not an adjective of a thing, "a
 * Manchu banner garrison"; of two names of one people, "the Hui, or Dungans", the first), else the group a
 * "they" stands for, else All for a count. The region is the place the figure's clause names ({@link
 * FigureRegion#region}, the clause's subject past an appositive, the sentence's opening "In X", its subject), else
 * the previous sentence's subject for "It"/"Its", else a common noun's place ("in the valley"), else the
 * paragraph's place, else the article's place. The year is the date nearest the figure in its sentence, not
 * in a later part after a semicolon ({@code year_basis} "sentence"), or else the last date earlier in the
 * paragraph ("paragraph"), counted on by "N years later", else the infobox's date. Then one derived row per
 * region and year gives the remainder ("Other") when the text gives the total and every group's count, or
 * every group's share.
 *
 * <p>Also read: shares in words ("two-thirds of the population", "made up about a third"); a list after a
 * paragraph that ends with a colon, each item "Place: N" giving that place's total in the paragraph's year; a
 * column "Uyghur share" as that group's share. The article's own place is the territory a government or state
 * is named for ("Inner Mongolian Autonomous Government": Inner Mongolia), or the infobox's common name when the
 * title describes rather than names ("Xinjiang under Sheng Shicai"). A lower-case valley, plateau, basin or
 * uezd stays in a place's name ({@code name_nouns}); "the oblast" stands for the place last named with that
 * noun; a place named with an administrative word is not renamed to a state it shares a word with.
 */
final class DemographicsTable implements CuratedTable {

    static final String REMAINDER = "Other";

    static final TableSpec SPEC = new TableSpec("demographics", "Demographics",
            "Population counts and shares by region and ethnic group; derived rows are computed, not read.",
            List.of(Field.string("region", "The place the figure is for, as the article names it (Xinjiang, Ili, ETR)."),
                    Field.string("group", "An ethnic group, All for the whole population, or " + REMAINDER
                            + " for the derived remainder."),
                    new Field("year", INTEGER, "The year the figure refers to; empty when the text gives none."),
                    new Field("population", LONG, "Number of people; empty where the article gives only a share."),
                    new Field("share_pct", NUMBER, "Share of the region's population in percent; empty if not given."),
                    new Field("derived", BOOLEAN, "true when the row is computed from other rows rather than read."),
                    CommonFields.SOURCE, CommonFields.LINE, CommonFields.QUOTE,
                    Field.string("note", "For derived rows, how the value was computed."),
                    Field.string("year_basis", "Where the year comes from: 'sentence' (the date nearest the figure in "
                            + "its sentence, leaving out dates of relative clauses), 'year from paragraph' (the sentence's "
                            + "day and month, in the year the paragraph gives before it), 'paragraph' (the last date "
                            + "given earlier in the paragraph, counted on by 'N years later'), 'infobox' (the infobox's "
                            + "date), or for a table's figure 'caption', 'row' (its row's year) or 'column' (its "
                            + "column's year).")));

    /** One population figure (or a count and a share of the same group, read together). */
    record Row(Place place, String region, String group, Integer year, String yearBasis, Long population,
               Double share, boolean derived, String source, int line, String quote, String note) {
    }

    static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

    /** {@code s} with every "(…)" (to the first ")" after it) replaced by {@code by}, as {@code replaceAll("\\(.*?\\)", by)}. */
    static String withoutBrackets(String s, String by) {
        int open = s.indexOf('(');
        if (open < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int from = 0;
        while (open >= 0) {
            int close = s.indexOf(')', open + 1);
            int newline = s.indexOf('\n', open + 1);
            if (close < 0) {
                break;
            }
            if (newline >= 0 && newline < close) { // "." of the pattern stops at a line's end
                open = s.indexOf('(', open + 1);
                continue;
            }
            b.append(s, from, open).append(by);
            from = close + 1;
            open = s.indexOf('(', from);
        }
        return b.append(s, from, s.length()).toString();
    }

    /** {@code s} without its trailing spaces and opening brackets, as {@code replaceAll("[\\s(]+$", "")}. */
    static String withoutTrailingBracket(String s) {
        int end = s.length();
        while (end > 0 && (Character.isWhitespace(s.charAt(end - 1)) || s.charAt(end - 1) == '(')) {
            end--;
        }
        return s.substring(0, end);
    }

    @Override
    public TableSpec spec() {
        return SPEC;
    }

    @Override
    public Table build(Analysis a) {
        Lexicon lex = a.rules.lexicon();
        Reader reader = new Reader(a, lex);
        Map<String, String> shortNames = shortStateNames(lex);
        List<Row> rows = new ArrayList<>();
        for (ArticleContext ac : a.articles) {
            int order = a.order(ac.article.source());
            List<Row> ofArticle = new ArrayList<>();
            for (Prose p : ac.prose) {
                reader.read(ac, order, p, ofArticle);
            }
            reader.tables(a, ac, order, ofArticle);
            reader.infobox(a, ac, order, ofArticle);
            ofArticle = FormerGroupNames.renamed(ac, ofArticle); // "\"Tatars\", as Greeks were then called"
            rows.addAll(withShortStateNames(withOwnGroupName(ac, ofArticle), shortNames));
        }
        rows.sort((x, y) -> x.place().compareTo(y.place()));
        Table t = SPEC.newTable();
        // each article's rows, then the remainders of its regions and years, so that the table is its
        // articles' rows one after the other (a build writes it a batch of articles at a time)
        Map<String, List<Row>> byRegionYear = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            append(t, r);
            byRegionYear.computeIfAbsent(r.region() + "|" + r.year(), k -> new ArrayList<>()).add(r);
            if (i + 1 == rows.size() || !rows.get(i + 1).source().equals(r.source())) {
                for (List<Row> group : byRegionYear.values()) {
                    Row rest = remainder(group);
                    if (rest != null) {
                        append(t, rest);
                    }
                }
                byRegionYear.clear();
            }
        }
        return Cells.checkRectangular(t);
    }

    /**
     * The rows, each group written by the other name the article's infobox gives its people in brackets
     * ("Group: Xibe (Sibe)": Sibe rows are Xibe rows) under the name the entry gives first.
     */
    private static List<Row> withOwnGroupName(ArticleContext ac, List<Row> rows) {
        Map<String, String> other = new HashMap<>();
        for (Element.InfoboxEntry e : ac.article.infobox()) {
            int open = e.value().indexOf('(');
            int close = e.value().indexOf(')', open + 1);
            if (open <= 0 || close < 0 || !ac.rules.lexicon().set("group_headers").contains(e.key().strip().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String first = PlaceNames.wholeGroup(ac, e.value().substring(0, open));
            String second = PlaceNames.wholeGroup(ac, e.value().substring(open + 1, close));
            if (first != null && second != null && !first.equals(second)) {
                other.put(second, first);
            }
        }
        String people = ownPeople(ac);
        int space = people == null ? -1 : people.lastIndexOf(' ');
        String head = space < 0 ? null : PlaceNames.wholeGroup(ac, people.substring(space + 1));
        if (head != null && !head.equals(people) && !namedForAPlace(ac, people.substring(0, space))) {
            // "Turks" in an article on the Meskhetian Turks are Meskhetian Turks; but a people named for a place the
            // article names ("the Volga Germans", who lived "near the Volga") is part of the people its head noun
            // names, which the article also counts ("1,427,232 Germans in the Soviet Union as a whole")
            other.putIfAbsent(head, people);
        }
        if (other.isEmpty()) {
            return rows;
        }
        List<Row> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            String own = other.get(r.group());
            out.add(own == null ? r : new Row(r.place(), r.region(), own, r.year(), r.yearBasis(), r.population(),
                    r.share(), r.derived(), r.source(), r.line(), r.quote(), r.note()));
        }
        return out;
    }

    /** A qualifier that is a people's adjective by its ending: "Crimean", "Meskhetian", "Manchurian", "Chinese". */
    private static final Pattern ADJECTIVE_ENDING = Pattern.compile(".*(?:an|ese|ish|ic|i)");

    /**
     * Whether a people's qualifier is no adjective but the name of a place the article writes on its own, after
     * "the" and before no capitalised word: "Volga" of "Volga Germans" ("on both banks of the Volga around").
     */
    private static boolean namedForAPlace(ArticleContext ac, String qualifier) {
        if (ADJECTIVE_ENDING.matcher(qualifier).matches() || PlaceNames.wholeGroup(ac, qualifier) != null) {
            return false;
        }
        Pattern alone = Pattern.compile("\\bthe (?:\\p{Ll}+ )?" + Pattern.quote(qualifier) + "(?! \\p{Lu})(?![\\p{L}'’-])");
        for (Prose p : ac.prose) {
            if (p.text.contains(qualifier) && alone.matcher(p.text).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The people an article is about: the group of its infobox's group entry ("Group: Meskhetian Turks"), else
     * a group its title names in the plural ("Deportation of the Crimean Tatars"); or null.
     */
    static String ownPeople(ArticleContext ac) {
        for (Element.InfoboxEntry e : ac.article.infobox()) {
            if (ac.rules.lexicon().set("group_headers").contains(e.key().strip().toLowerCase(Locale.ROOT))) {
                String g = PlaceNames.wholeGroup(ac, withoutBrackets(e.value(), "").strip());
                if (g != null) {
                    return g;
                }
            }
        }
        String title = ac.article.title() == null ? "" : ac.article.title();
        for (PhraseMatcher.Hit<String> h : ac.groups(title)) {
            String w = title.substring(h.start(), h.end());
            if (w.endsWith("s") && Chars.isUpperCase(w.charAt(0)) && (h.end() == title.length() || !Chars.isLetter(title.charAt(h.end())))) {
                return h.value();
            }
        }
        return null;
    }

    /** The short name of each state the lexicon lists ({@code state_short_names}: "Republic of Vietnam = South Vietnam"), by full name in lower case. */
    private static Map<String, String> shortStateNames(Lexicon lex) {
        Map<String, String> out = new HashMap<>();
        for (String entry : lex.list("state_short_names")) {
            int eq = entry.indexOf(" = ");
            out.put(entry.substring(0, eq).strip().toLowerCase(Locale.ROOT), entry.substring(eq + 3).strip());
        }
        return out;
    }

    /** The rows, each state the lexicon gives a short name written by it ("Republic of Vietnam": South Vietnam). */
    private static List<Row> withShortStateNames(List<Row> rows, Map<String, String> shortNames) {
        List<Row> out = null;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            String key = r.region().toLowerCase(Locale.ROOT);
            String shortName = shortNames.get(key.startsWith("the ") ? key.substring(4) : key);
            if (shortName != null) {
                if (out == null) {
                    out = new ArrayList<>(rows);
                }
                out.set(i, new Row(r.place(), shortName, r.group(), r.year(), r.yearBasis(), r.population(),
                        r.share(), r.derived(), r.source(), r.line(), r.quote(), r.note()));
            }
        }
        return out == null ? rows : out;
    }

    private static void append(Table t, Row r) {
        Cells.string(t, "region", r.region());
        Cells.string(t, "group", r.group());
        Cells.integer(t, "year", r.year());
        Cells.whole(t, "population", r.population());
        Cells.number(t, "share_pct", r.share());
        Cells.bool(t, "derived", r.derived());
        Cells.string(t, "source", r.source());
        Cells.integer(t, "line", r.line());
        Cells.string(t, "quote", r.quote());
        Cells.string(t, "note", r.note());
        Cells.string(t, "year_basis", r.yearBasis());
    }

    /** The remainder of a region and year: All minus the groups' counts, 100% minus their shares; or null. */
    static Row remainder(List<Row> rows) {
        Row all = rows.stream().filter(d -> d.group().equals("All")).findFirst().orElse(null);
        List<Row> groups = rows.stream().filter(d -> !d.group().equals("All")).toList();
        if (groups.isEmpty() || groups.stream().map(Row::group).distinct().count() != groups.size()
                || groups.stream().anyMatch(d -> d.group().equals(REMAINDER))) {
            return null; // no remainder when the text states it ("and some 1.5 million others")
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
            return null;
        }
        Row last = groups.get(groups.size() - 1);
        return new Row(last.place(), last.region(), REMAINDER, last.year(), last.yearBasis(), population, share, true,
                last.source(), last.line(), "", "derived, not in the text: " + String.join("; ", note));
    }

    /** The reading of population statements. */

    /**
     * Reads an analysis's population figures with one set of readers, which share what they know of the
     * article they read (its places, its own place, the group a sentence uses as a place): the prose statements
     * ({@link PopulationStatements}), the pipe tables ({@link PopulationTables}) and the infobox ({@link
     * PopulationInfobox}).
     */
    static final class Reader {
        private final TroopsTable.Reader troops;
        private final PlaceNames placeNames;
        private final ArticlePlace articlePlaces;
        private final FigureGroup figureGroups;
        private final FigureRegion figureRegions;
        private final PopulationTables populationTables;
        private final PopulationInfobox populationInfobox;
        private final FigureDate figureDates;
        private final PopulationStatements populationStatements;

        Reader(Analysis a, Lexicon lex) {
            this.troops = new TroopsTable.Reader(a);
            this.placeNames = new PlaceNames(lex);
            this.articlePlaces = new ArticlePlace(lex, placeNames);
            this.figureGroups = new FigureGroup(lex);
            this.figureRegions = new FigureRegion(lex, placeNames, articlePlaces, figureGroups);
            this.populationTables = new PopulationTables(lex, placeNames, articlePlaces);
            this.populationInfobox = new PopulationInfobox(lex, placeNames, articlePlaces);
            this.figureDates = new FigureDate(lex);
            this.populationStatements = new PopulationStatements(lex, troops, placeNames, articlePlaces, figureGroups,
                    figureRegions, figureDates);
        }

        /** The population statements of {@code p}, added to {@code rows} ({@link PopulationStatements#read}). */
        void read(ArticleContext ac, int order, Prose p, List<Row> rows) {
            populationStatements.read(ac, order, p, rows);
        }

        /** The figures of the article's population tables ({@link PopulationTables#tables}). */
        void tables(Analysis a, ArticleContext ac, int order, List<Row> rows) {
            populationTables.tables(a, ac, order, rows);
        }

        /** The infobox's population entries ({@link PopulationInfobox#infobox}). */
        void infobox(Analysis a, ArticleContext ac, int order, List<Row> rows) {
            populationInfobox.infobox(a, ac, order, rows);
        }
    }
}
