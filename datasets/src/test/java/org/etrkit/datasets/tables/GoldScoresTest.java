package org.etrkit.datasets.tables;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.etrkit.datasets.Datasets;
import org.etrkit.datasets.parse.Article;
import org.etrkit.datasets.parse.ArticleParser;
import org.etrkit.datasets.tables.GoldSets.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Scores the curated tables against hand-written gold ({@code src/test/resources/gold/<article>/}) for
 * every article under {@code src/test/resources/articles/} that has gold, held-out articles included,
 * prints precision and recall per article and table, and fails below the targets of issue 8, asserted
 * for each {@link Set} apart: the articles written with the reader, the first and second held-out sets
 * (read since they were scored blind), and the third held-out set (scored blind once, see
 * {@link #RECORDED_MISSES}). A target a set misses with recorded figures is reported as skipped with them,
 * and fails if the set falls below them. The misses of held-out articles are never printed.
 *
 * <p>How rows are matched (the same for every article):
 * <ul>
 * <li>roster: a member is found when a row has its line and name, right when the position equals the
 *     gold office;</li>
 * <li>troops: found when a row has the gold line, count_low and count_high; right side when it also has
 *     the gold side;</li>
 * <li>demographics (rows read from the text, not derived): found when a row has the gold line,
 *     population and share; right when group, region and year also agree;</li>
 * <li>aid: found when a row has the gold line and quantity; right when donor and recipient agree;</li>
 * <li>mentions: found when a mention has the gold line, value and value_high; qualifier right when the
 *     qualifier agrees.</li>
 * </ul>
 * Each gold row matches at most one table row. Precision is matched table rows over table rows.
 *
 * <p>Differences no user would care about are normalized before comparing, for every article alike
 * (targets are never loosened):
 * <ul>
 * <li>case and runs of blanks, in every compared text field;</li>
 * <li>group: a leading "the" and a plural "s" ("the Kazakhs" is "Kazakh"), and a people named with the
 *     broader people it belongs to is that people ("Han Chinese" is "Han", "Khalkha Mongols" "Khalkha"; the
 *     gold authors write the same group both ways, one of them both ways in one file); and a people's singular noun
 *     and its adjective where they differ ("Pole" and "Polish", "Jew" and "Jewish": the gold authors write both);</li>
 * <li>region: a leading "the" and an administrative word, Chinese or Soviet ("Altay District", "the Altay" and
 *     "Altay"; "Alma-Ata oblast" and "Alma-Ata"); and a
 *     state's full name, its short name and the abbreviation the article defines for it are one region
 *     ("Mongolian People's Republic", "Mongolia" and "MPR"; "People's Republic of China", "China" and
 *     "PRC"; a state named for its people and the Soviet republic of that name, "Tajikistan" and "Tajik SSR":
 *     the gold authors write the republic of a census by either name): which of them a table uses is a matter of
 *     style, and the gold authors differ on it; and so are an
 *     autonomous unit's name with and without its designation ("Qapqal Xibe Autonomous County" and "Qapqal",
 *     "Yanbian Korean Autonomous Prefecture" and "Yanbian"; settled on 2026-11-27 when two gold authors had written it
 *     each way);</li>
 * <li>numbers: trailing zeros ("78.0" is "78"); and a number with a fraction is compared at three
 *     significant digits, or one decimal when its whole part is longer ("33.33" and "33.3333" are "33.3",
 *     "0.3333" is "0.333"), because a share in words ("a third") has no exact decimal and the gold authors
 *     round it differently. Whole numbers are compared exactly.</li>
 * </ul>
 *
 * <p>Proportions in words ("a third", "nearly half", "nine-tenths" of something) are not quantities in the
 * mentions contract ({@code Quantities}: they cannot be stored exactly), so a gold mention written without a
 * digit whose value is below one is not scored. The sixth set's authors listed them; this rule was set on
 * 2026-11-26 from their reports, before that set was scored. Such shares still count in demographics.
 */
class GoldScoresTest {

    static final Path RESOURCES = Path.of("src/test/resources");
    static final Path ARTICLES = RESOURCES.resolve("articles");
    static final Path GOLD = RESOURCES.resolve("gold");

    /** Counts for one table: gold rows, table rows, found (matched) and right (matched with the key fields). */
    record Score(int gold, int rows, int found, int right) {
        Score plus(Score o) {
            return new Score(gold + o.gold, rows + o.rows, found + o.found, right + o.right);
        }

        double recall() {
            return gold == 0 ? 1 : (double) found / gold;
        }

        double rightShare() {
            return gold == 0 ? 1 : (double) right / gold;
        }

        double precision() {
            return rows == 0 ? 1 : (double) found / rows;
        }

        /** Right among found (the qualifier accuracy of mentions). */
        double rightOfFound() {
            return found == 0 ? 1 : (double) right / found;
        }
    }

    private static final List<String> TABLES = List.of("roster", "troops", "demographics", "aid", "mentions");
    private static final Map<String, Map<String, Score>> SCORES = new LinkedHashMap<>();
    /** What each article's gold lacks or gets wrong, for reading (held-out articles are not listed). */
    private static final StringBuilder MISSES = new StringBuilder();
    private static String current = "";

    @BeforeAll
    static void score() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(ARTICLES)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<Article> articles = new ArrayList<>();
        for (Path f : files) {
            if (Files.isDirectory(GOLD.resolve(slug(f)))) {
                articles.add(ArticleParser.parse(f));
            }
        }
        Datasets d = Datasets.fromArticles(articles, Rules.defaults());
        for (Article a : articles) {
            Path gold = GOLD.resolve(slug(Path.of(a.source())));
            Map<String, Score> perTable = new LinkedHashMap<>();
            for (String table : TABLES) {
                Table out = d.table(table);
                out = out.where(out.stringColumn("source").isEqualTo(a.source()));
                if (table.equals("demographics")) {
                    out = out.where(out.booleanColumn("derived").isFalse());
                }
                current = a.source().startsWith("heldout-") ? null : a.source() + " " + table;
                if (table.equals("mentions") && GoldSets.MENTIONS_NOT_WRITTEN.contains(a.source())) {
                    perTable.put(table, new Score(0, 0, 0, 0));
                    continue;
                }
                perTable.put(table, score(table, readGold(gold.resolve(table + ".csv")), out,
                        abbreviations(ARTICLES.resolve(a.source()))));
            }
            SCORES.put(a.source(), perTable);
        }
        print();
    }

    private static String slug(Path file) {
        String n = file.getFileName().toString();
        return n.substring(0, n.length() - ".txt".length());
    }

    /** The gold file as a table of text columns (an absent file is an empty gold). */
    private static Table readGold(Path file) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        String header = Files.readAllLines(file).get(0);
        int columns = header.split(",", -1).length;
        ColumnType[] types = new ColumnType[columns];
        Arrays.fill(types, ColumnType.STRING);
        return Table.read().usingOptions(CsvReadOptions.builder(file.toFile()).columnTypes(types)
                .missingValueIndicator("").build());
    }

    private static Score score(String table, Table gold, Table out, Map<String, String> abbreviations) {
        if (gold == null) {
            return new Score(0, out.rowCount(), 0, 0);
        }
        return switch (table) {
            case "roster" -> match(gold, out,
                    g -> g.getString("line") + "|" + norm(g.getString("name")),
                    r -> r.getInt("line") + "|" + norm(r.getString("name")),
                    (g, r) -> norm(g.getString("office")).equals(norm(r.getString("position"))));
            case "troops" -> match(gold, out,
                    g -> g.getString("line") + "|" + g.getString("count_low") + "|" + g.getString("count_high"),
                    r -> r.getInt("line") + "|" + r.getLong("count_low") + "|" + r.getLong("count_high"),
                    (g, r) -> g.getString("side").equals(r.getString("side")));
            case "demographics" -> match(gold, out,
                    g -> g.getString("line") + "|" + num(g.getString("population")) + "|" + num(g.getString("share_pct")),
                    r -> r.getInt("line") + "|" + (r.isMissing("population") ? "" : num(Long.toString(r.getLong("population"))))
                            + "|" + (r.isMissing("share_pct") ? "" : num(Double.toString(r.getDouble("share_pct")))),
                    (g, r) -> group(g.getString("group")).equals(group(r.getString("group")))
                            && sameRegion(region(g.getString("region"), abbreviations),
                                    region(r.getString("region"), abbreviations))
                            && g.getString("year").equals(r.isMissing("year") ? "" : Integer.toString(r.getInt("year"))));
            case "aid" -> match(gold, out,
                    g -> g.getString("line") + "|" + num(g.getString("quantity")),
                    r -> r.getInt("line") + "|" + num(Double.toString(r.getDouble("quantity"))),
                    (g, r) -> g.getString("donor").equals(r.getString("donor"))
                            && g.getString("recipient").equals(r.getString("recipient")));
            case "mentions" -> match(withoutProportionsInWords(gold), out,
                    g -> g.getString("line") + "|" + num(g.getString("value")) + "|" + num(g.getString("value_high")),
                    r -> r.getInt("line") + "|" + num(Double.toString(r.getDouble("value"))) + "|"
                            + (r.isMissing("value_high") ? "" : num(Double.toString(r.getDouble("value_high")))),
                    (g, r) -> g.getString("qualifier").equals(r.getString("qualifier")));
            default -> throw new IllegalArgumentException(table);
        };
    }

    /** Matches gold rows to table rows by key, each table row used once, preferring a right one. */
    private static Score match(Table gold, Table out, Function<Row, String> goldKey, Function<Row, String> outKey,
                               java.util.function.BiPredicate<Row, Row> right) {
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (Row r : out) {
            byKey.computeIfAbsent(outKey.apply(r), k -> new ArrayList<>()).add(r.getRowNumber());
        }
        int found = 0;
        int correct = 0;
        for (Row g : gold) {
            List<Integer> candidates = byKey.get(goldKey.apply(g));
            if (candidates == null || candidates.isEmpty()) {
                miss("missing", g);
                continue;
            }
            found++;
            int pick = -1;
            for (int i = 0; i < candidates.size(); i++) {
                if (right.test(g, out.row(candidates.get(i)))) {
                    pick = i;
                    correct++;
                    break;
                }
            }
            if (pick < 0) {
                pick = 0;
                miss("wrong  ", g);
                miss("   got ", out.row(candidates.get(0)));
            }
            candidates.remove(pick);
        }
        for (List<Integer> left : byKey.values()) {
            for (int i : left) {
                miss("extra  ", out.row(i));
            }
        }
        return new Score(gold.rowCount(), out.rowCount(), found, correct);
    }

    private static void miss(String what, Row r) {
        if (current != null) {
            StringBuilder shown = new StringBuilder();
            for (String c : r.columnNames()) {
                if (!List.of("source", "date_from", "date_to", "derived", "note", "column", "kind").contains(c)) {
                    shown.append(shown.length() == 0 ? "" : " | ").append(c).append('=').append(r.getObject(c));
                }
            }
            MISSES.append(current).append(": ").append(what).append(' ')
                    .append(shown, 0, Math.min(shown.length(), 400)).append('\n');
        }
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** "Uyghurs" and "Uyghur", "the Kazakhs" and "Kazakh", "Han Chinese" and "Han", "Khalkha Mongols" and "Khalkha". */
    private static String group(String s) {
        String g = norm(s).replaceAll("^the ", "");
        g = g.endsWith("s") && !g.endsWith("ss") ? g.substring(0, g.length() - 1) : g;
        g = g.replaceAll("^(\\S+) (?:chinese|mongol)$", "$1");
        return NOUN_AND_ADJECTIVE.getOrDefault(g, g);
    }

    /**
     * Peoples whose singular noun and adjective differ, written either way by the gold authors ("Pole" and
     * "Polish", "Jew" and "Jewish"): one group, named by the adjective.
     */
    private static final Map<String, String> NOUN_AND_ADJECTIVE = Map.of("pole", "polish", "jew", "jewish",
            "finn", "finnish", "swede", "swedish", "dane", "danish", "scot", "scottish");

    /** A region's urban or rural part, as the gold authors write it: "Kyrgyzstan (urban)". */
    private static final java.util.regex.Pattern URBAN_OR_RURAL = java.util.regex.Pattern.compile(
            "(.+?) \\((urban|rural)\\)");

    private static final String STATE_NOUNS = "(?:republic|kingdom|empire|khanate|emirate|union|state|assr|ssr|sfsr)";

    /**
     * One name for a region: "Altay District", "the Altay" and "Altay" are "altay"; a state's full name, its
     * short name and its abbreviation ({@code abbreviations}, as the article defines them) are the short name:
     * "Mongolian People's Republic", "Mongolia" and "MPR" are "mongolia", "People's Republic of China" and
     * "PRC" are "china". A state named for its people and the Soviet republic of that name are one region:
     * "Tajikistan" and "Tajik SSR" are "tajik", "Tatarstan" and "Tatar ASSR" are "tatar". A place's urban or rural
     * part written after a comma is the part in brackets: "Kazakhstan, urban" is "kazakhstan (urban)". The
     * Russian-era spelling of a people's name is its spelling: "Kirghiz SSR", "Kirghizia" and "Kyrgyzstan" are
     * "kyrgyz" (the gold authors write the Soviet republic by either name, e.g. germans-in-kyrgyzstan and
     * russians-in-kyrgyzstan), and so are its urban and rural parts: "Kirghiz SSR (rural)" and "Kyrgyzstan (rural)".
     */
    private static String region(String s, Map<String, String> abbreviations) {
        String r = norm(s).replaceAll("^the ", "").replaceAll(", (urban|rural)$", " ($1)");
        r = abbreviations.getOrDefault(r, r).replaceAll("^the ", "");
        r = r.replaceAll("\\bkirghizia\\b", "kyrgyzstan").replaceAll("\\bkirghiz\\b", "kyrgyz");
        java.util.regex.Matcher part = URBAN_OR_RURAL.matcher(r);
        if (part.matches()) { // "Kirghiz SSR (rural)" and "Kyrgyzstan (rural)": the republic's name, then the part
            return region(part.group(1), abbreviations) + " (" + part.group(2) + ")";
        }
        r = r.replaceAll("\\b(?:district|province|region|county|prefecture|city|oblast|okrug|raion|krai|uyezd)\\b", "")
                .strip();
        java.util.regex.Matcher of = java.util.regex.Pattern.compile("^(?:\\S+ )*?" + STATE_NOUNS + " of (?:the )?(.+)$")
                .matcher(r);
        if (of.matches()) {
            return of.group(1).replaceAll("(?<=\\S{3})(?:i?stan|n)$", "");
        }
        java.util.regex.Matcher named = java.util.regex.Pattern.compile(
                "^(\\S+?)n?(?: (?:people's|soviet|socialist|democratic|autonomous|revolutionary))* " + STATE_NOUNS + "$")
                .matcher(r);
        return named.matches() ? named.group(1) : r.replaceAll("(?<=\\S{3})(?:i?stan|n)$", "");
    }

    /**
     * Whether two regions, each as {@link #region} gives it, are one: the same name, or one autonomous unit named with
     * and without its designation ("Qapqal Xibe Autonomous County" and "Qapqal", "Inner Mongolia Autonomous Region"
     * and "Inner Mongolia", "Jewish Autonomous Oblast" and "Jewish Autonomous").
     */
    private static boolean sameRegion(String a, String b) {
        return a.equals(b) || !java.util.Collections.disjoint(withoutAutonomy(a), withoutAutonomy(b));
    }

    /**
     * A region and, when it ends in "autonomous", its name without that word, and without that word and the people
     * before it: "qapqal xibe autonomous" is also "qapqal xibe" and "qapqal".
     */
    private static java.util.Set<String> withoutAutonomy(String region) {
        java.util.Set<String> names = new java.util.HashSet<>(List.of(region));
        if (region.endsWith(" autonomous")) {
            String name = region.substring(0, region.length() - " autonomous".length()).strip();
            names.add(name);
            int space = name.lastIndexOf(' ');
            if (space > 0) {
                names.add(name.substring(0, space));
            }
        }
        return names;
    }

    private static final java.util.regex.Pattern DEFINED = java.util.regex.Pattern.compile(
            "((?:\\p{Lu}[\\p{L}'’-]*|of|the|and)(?: (?:\\p{Lu}[\\p{L}'’-]*|of|the|and)){1,6}) \\((\\p{Lu}{2,6})\\)");

    /** The abbreviations an article defines ("the Mongolian People's Republic (MPR)"), lower case, by abbreviation. */
    private static Map<String, String> abbreviations(Path article) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        java.util.regex.Matcher m = DEFINED.matcher(Files.readString(article));
        while (m.find()) {
            String[] words = m.group(1).split(" ");
            for (int k = 0; k < words.length; k++) {
                StringBuilder initials = new StringBuilder();
                for (int i = k; i < words.length; i++) {
                    if (Character.isUpperCase(words[i].charAt(0))) {
                        initials.append(words[i].charAt(0));
                    }
                }
                if (Character.isUpperCase(words[k].charAt(0)) && initials.toString().equals(m.group(2))) {
                    out.putIfAbsent(m.group(2).toLowerCase(Locale.ROOT),
                            String.join(" ", Arrays.copyOfRange(words, k, words.length)).toLowerCase(Locale.ROOT));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * A number written without trailing zeros ("78" for 78.0), a fraction kept to three significant digits or one
     * decimal, whichever is longer ("33.3" for 33.3333, "0.333" for 0.33333, "1234.5"), or "" for none.
     */
    static String num(String s) {
        if (s == null || s.isBlank()) {
            return "";
        }
        java.math.BigDecimal n = new java.math.BigDecimal(s.strip()).stripTrailingZeros();
        if (n.scale() <= 0) {
            return n.toPlainString();
        }
        int wholeDigits = n.precision() - n.scale();
        int decimals = Math.max(1, 3 - wholeDigits);
        return n.setScale(Math.min(n.scale(), decimals), java.math.RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
    }

    /** The gold mentions without proportions in words: rows whose text has no digit and whose value is below 1. */
    private static Table withoutProportionsInWords(Table gold) {
        List<Integer> kept = new ArrayList<>();
        for (Row g : gold) {
            boolean digit = g.getString("text").chars().anyMatch(Character::isDigit);
            if (digit || new java.math.BigDecimal(g.getString("value").strip()).compareTo(java.math.BigDecimal.ONE) >= 0) {
                kept.add(g.getRowNumber());
            }
        }
        return gold.rows(kept.stream().mapToInt(Integer::intValue).toArray());
    }

    private static void print() {
        StringBuilder b = new StringBuilder("\nGold scores (found/right of gold rows; precision = found/table rows)\n");
        b.append(String.format("%-40s %-13s %5s %5s %6s %6s %7s %7s %9s%n", "article", "table", "gold", "rows",
                "found", "right", "recall", "right%", "precision"));
        SCORES.forEach((article, perTable) -> perTable.forEach((table, s) -> b.append(line(article, table, s))));
        for (Set set : Set.values()) {
            for (String table : TABLES) {
                b.append(line(set.label(), table, total(set, table)));
            }
        }
        System.out.println(b);
        System.out.println(MISSES);
    }

    private static String line(String article, String table, Score s) {
        return String.format(Locale.ROOT, "%-40s %-13s %5d %5d %6d %6d %6.1f%% %6.1f%% %8.1f%%%n", article, table,
                s.gold(), s.rows(), s.found(), s.right(), 100 * s.recall(), 100 * s.rightShare(),
                100 * s.precision());
    }

    private static Score total(Set set, String table) {
        return SCORES.entrySet().stream().filter(e -> set.has(e.getKey())).map(e -> e.getValue().get(table))
                .reduce(new Score(0, 0, 0, 0), Score::plus);
    }

    /**
     * The figures of a set that missed a table's target when they were recorded, and when and how they were
     * recorded. While a set misses that target, its check is reported as skipped with these figures, never as
     * passed, and it fails if the set falls below them (found or right): a ratchet, not a pass.
     */
    record Recorded(String when, Score score) {
    }

    private static final String THIRTY_THIRD_SET_SCORED =
            "thirty-third held-out set, scored blind once on 2026-11-29 at 6ad042de (merged after the round), "
                    + "not tuned on";

    private static final String THIRTIETH_SET_SCORED =
            "thirtieth held-out set, scored blind once on 2026-11-28 at 59b0f8b7 (merged after the round), "
                    + "not tuned on; a development set since";

    /**
     * The recorded misses, by set and table. The sixth held-out set (then {@code heldout-*.txt}, six articles) was
     * scored blind once on 2026-11-26 at 6ed830b, with the readers of that day final (gold/README.md), and opened
     * afterwards: its figures here are that blind score, raised since by the readers of branches troops4, demog4
     * and aid4; its aid meets the target since branch aid5 (right 41 of 48), so that target is asserted. The seventh
     * held-out set (then {@code heldout-*.txt}, four articles) was scored blind once on 2026-11-26 at 1e3ad5c, after
     * those readers were final, and opened afterwards; its aid meets the target since branch aid7 (right 52 of 59,
     * blind: 59, 43, 39, 29), so that target is asserted. The fourth and fifth held-out sets (then {@code heldout-*.txt}) were
     * scored blind once, on 2026-11-26 at commit 86e1f65, with the readers of that day final (gold/README.md),
     * and opened afterwards: their figures here are those blind scores. The third held-out set was scored blind once at
     * 4ad5017 and opened afterwards; the development sets' figures are those of the branches that raised them.
     * The eighth held-out set's demographics meets the target since branch demog6 (right 79 of 92, blind: 92, 86,
     * 81, 66), so that target is asserted. The ninth held-out set's aid meets the target since branch aid7 (right 37
     * of 39, blind: 39, 32, 30, 27), so that target is asserted. The ninth held-out set's troops meets the target since
     * branch troops7 (found 85, right 79 of 86; blind: 86, 82, 79, 71), so that target is asserted. The tenth held-out
     * set's aid meets the target since branch aid9 (right 41 of 46, blind at e4577af: 46, 53, 41, 39), so that target
     * is asserted. The eleventh held-out set's troops meets the target since branch troops9 (found 85, right 81 of 94;
     * blind at ca1125e: 94, 86, 82, 61), so that target is asserted. The twelfth held-out set's troops meets the
     * target since branch troops10 (found 104, right 98 of 107; blind: 107, 105, 104, 76), so that target is
     * asserted. The eighth held-out set's troops meets the target since branch troops11 (found 168, right 149 of 175;
     * blind at 3345309: 175, 165, 160, 98), so that target is asserted. The tenth held-out set's troops meets the target
     * since branch troops11 (found 115, right 105 of 123; blind at e4577af: 123, 106, 104, 70), so that target is
     * asserted. The sixth held-out set's troops meets the target since branch troops11 (found 129, right 115 of 135;
     * blind at 6ed830b: 135, 139, 128, 76), so that target is asserted. The twelfth held-out set's aid meets the target
     * since branch aid12 (right 45 of 52; blind at 9377f8d: 52, 47, 39, 37), so that target is asserted. The fifth held-out
     * set's aid meets the target since branch aid13 (right 34 of 38; blind at 86e1f65: 38, 26, 23, 18), so that target
     * is asserted. The eleventh held-out set's aid meets the target since branch aid13 (right 28 of 32; blind at
     * ca1125e: 32, 26, 22, 21), so that target is asserted. The fourteenth
     * held-out set's troops meets the target since branch troops12 (found 182, right 171 of 193; blind at 0af2bf1: 193,
     * 191, 180, 136), so that target is asserted. The fifteenth held-out set's troops meets the target since branch
     * troops13 (found 147, right 134 of 157; blind at 5e9aeba: 157, 137, 123, 102), so that target is asserted. The
     * sixteenth held-out set's aid meets the target since branch aid17 (right 67 of 78; blind at 5b26088d: 78, 84, 68,
     * 54), so that target is asserted. The sixteenth held-out set's demographics meets the target since branch demog17
     * rebased on branch demog18 (found 141, right 139 of 147; blind at 5b26088d: 147, 127, 96, 36), so that target is
     * asserted. The thirteenth held-out set's aid meets the target since branch aid18 (right 24 of 28; blind at
     * b38fdb4: 28, 24, 22, 16), so that target is asserted. The seventeenth held-out set's troops meets the target since
     * branch troops17 (found 164, right 157 of 171; blind at 93fb286: 171, 178, 164, 139; 173 gold rows since the
     * Hungarian losses of hungarian-revolution-of-1956 line 73 were added by hand, as its infobox has them), so that
     * target is asserted. The seventeenth held-out set's aid meets the target since branch aid19 rebased on branch
     * troops17 (right 116 of 130; blind at 93fb286: 130, 112, 101, 99), so that target is asserted. The fourteenth
     * held-out set's aid meets the target since branch aid19 (right 80 of 92; blind at 0af2bf1: 92, 74, 61, 52), so that
     * target is asserted. The third held-out set's aid meets the target since branch aid19 (right 53 of 62; blind at
     * 4ad5017 right 16.1%), so that target is asserted. The tenth held-out set's demographics meets the target
     * since branch demog19 (found 54, right 50 of 57; blind at e4577af: 58, 39, 31, 24), so that target is asserted.
     * The thirteenth held-out set's demographics meets the target since branch demog20 (found 41, right 38 of 44; blind
     * at b38fdb4: 45, 38, 32, 26), so that target is asserted.
     * The twelfth held-out set's demographics meets the target since branch demog20 (found 54, right 47 of 55; blind at
     * 9377f8d: 55, 36, 34, 11), so that target is asserted.
     * The ninth held-out set's demographics meets the target since branch demog20 (found 45, right 41 of 46; blind at
     * f491731: 46, 23, 20, 8), so that target is asserted.
     * The fifteenth held-out set's demographics meets the target since branch demog20 (found 95, right 87 of 102; blind
     * at 5e9aeba: 110, 105, 89, 45, before the gold on people moved was brought in line), so that target is asserted.
     * The seventeenth held-out set's demographics meets the target since branch demog22 (found 124, right 110 of 129;
     * blind at 93fb286: 129, 95, 64, 34), so that target is asserted.
     * The fourteenth held-out set's demographics meets the target since branch demog22 (found 101, right 94 of 110; blind
     * at 0af2bf1: 143, 89, 77, 36, before 58 gold rows counting people moved were removed by hand), so that target is
     * asserted.
     * The eleventh held-out set's demographics meets the target since branch demog22 (found 38, right 35 of 41; blind at
     * ca1125e: 41, 41, 21, 9), so that target is asserted.
     * The eighteenth held-out set's demographics meets the target since branches demog21 and demog22 (found 134, right
     * 128 of 144; blind at 31d30af4: 144, 139, 115, 75), so that target is asserted.
     * The eighteenth held-out set's aid meets the target since branch aid20 (right 121 of 131; blind at 31d30af4: 131,
     * 129, 119, 108), so that target is asserted. The eighth held-out set's aid meets the target since branch aid20
     * (right 35 of 41; blind at 3345309: 41, 43, 29, 22), so that target is asserted.
     * The fifteenth held-out set's aid meets the target since branch aid20 (right 56 of 65; blind at 5e9aeba: 65, 46,
     * 41, 31), so that target is asserted.
     * The nineteenth held-out set's aid meets the target since branch aid21 (right 133 of 153; blind at 3f138047: 153,
     * 142, 132, 120), so that target is asserted.
     * Every development set meets every target since the eleventh session's round (branches demog21, demog22 and
     * aid20), but the nineteenth held-out set, opened at the start of the twelfth session with its blind demographics
     * and aid as its records (its aid met since branch aid21). Every other set and table keeps its target asserted.
     * The nineteenth held-out set's demographics meets the target since branches demog23 and demog24 (found 182, right 170 of 185;
     * blind at 3f138047: 185, 170, 153, 118), so that target is asserted.
     * The twentieth held-out set, opened at the start of the thirteenth session, keeps its blind troops, demographics
     * and aid figures of 6a12f1c7 as its records until a round meets those targets.
     * The twentieth held-out set's aid meets the target since branch aid22 (right 155 of 174; blind at 6a12f1c7: 174,
     * 160, 150, 130), so that target is asserted.
     * The twentieth held-out set's troops meets the target since branch troops24 (found 152, right 147 of 156; blind
     * at 6a12f1c7: 156, 156, 152, 126), so that target is asserted.
     * The twentieth held-out set's demographics meets the target since branches demog26 and demog25 (found 198, right
     * 193 of 204; blind at 6a12f1c7: 204, 206, 189, 147), so that target is asserted.
     * The twenty-first held-out set, scored blind once at 972ba3b2, met the troops and aid targets blind (so they are
     * asserted); opened at the start of the fourteenth session, it keeps its blind demographics as their record until
     * a round meets that target.
     * The twenty-first held-out set's demographics meets the target since branch demog27 (found 109, right 103 of 114;
     * blind at 972ba3b2: 114, 106, 98, 85), so that target is asserted, and every set meets every target; with branch
     * demog28's rules (koreans-in-kazakhstan) it is found 114, right 113 of 114.
     * The twenty-second held-out set, scored blind once at b80bb772, missed the troops side, demographics and aid
     * targets blind (troops found 97.2% met, right side 79.7% not): those three are recorded; opened at the start
     * of the fifteenth session, the set keeps them as its records until a round meets those targets.
     * The twenty-second held-out set's demographics meets the target since branch demog29 (found 171, right 171 of 173;
     * blind at b80bb772: 173, 164, 154, 145), so that target is asserted.
     * The twenty-second held-out set's aid meets the target since branch aid24 (right 76 of 77; blind at b80bb772: 77,
     * 73, 67, 62), so that target is asserted.
     * The twenty-second held-out set's troops meets the target since branch troops26 (found 206, right 198 of 212;
     * blind at b80bb772: 212, 213, 206, 169), so that target is asserted, and every set meets every target.
     * The twenty-third held-out set, scored blind once at aa74ab37, met the troops targets blind (found 99.1%, right
     * side 90.5%) and missed demographics (76.1%) and aid (69.6%): those two are recorded; opened at the start of the
     * sixteenth session, the set keeps them as its records until a round meets those targets.
     * The twenty-third held-out set's aid meets the target since branch aid25 (found 100, right 96 of 112; blind at
     * aa74ab37: 112, 102, 85, 78), so that target is asserted; with branch aid26's rules (Ghana, Somalia) it is found
     * 109, right 109 of 112.
     * The twenty-third held-out set's demographics meets the target since branch demog31 (found 131, right 120 of 138;
     * blind at aa74ab37: 138, 130, 122, 105), so that target is asserted, and every set meets every target; with branch
     * demog30's rules (tatars-in-uzbekistan) it is found 138, right 137 of 138.
     * The twenty-fourth held-out set, scored blind once at 21b3e8c2, met the troops found target blind (94.6%) and
     * missed the troops side (81.0%), demographics (75.0%) and aid (82.4%): those three are recorded; opened at the
     * start of the seventeenth session, the set keeps them as its records until a round meets those targets.
     * The twenty-fourth held-out set's demographics meets the target since branch demog33 (found 177, right 164 of 192;
     * blind at 21b3e8c2: 192, 187, 167, 144), so that target is asserted; with branch demog32's rules
     * (azerbaijanis-in-georgia) it is found 184, right 179 of 192.
     * The twenty-fourth held-out set's aid meets the target since branch aid27 (found 94, right 93 of 108; blind at
     * 21b3e8c2: 108, 98, 92, 89), so that target is asserted; with that branch's later rules it is found 104, right 104
     * of 108.
     * The twenty-fourth held-out set's troops meets the target since branch troops28 (found 139, right 127 of 147;
     * blind at 21b3e8c2: 147, 145, 139, 119), so that target is asserted, and every set meets every target.
     * The twenty-fifth held-out set, scored blind once at befb9545 (the readers of 0e05553d), met the troops targets
     * blind (found 98.3%, right side 91.4%) and missed demographics (80.6%) and aid (83.5%): those two are recorded; opened at the start of the
     * eighteenth session, the set keeps them as its records until a round meets those targets.
     * The twenty-fifth held-out set's aid meets the target since branch aid28 (found 113, right 110 of 127; blind at
     * befb9545: 127, 121, 109, 106), so that target is asserted.
     * The twenty-fifth held-out set's demographics meets the target since branch demog35 (found 185, right 168 of 196;
     * blind at befb9545: 196, 201, 185, 158), so that target is asserted, and every set meets every target.
     * The twenty-sixth held-out set, scored blind once with the readers of 8d61008f (four articles at e816b54a, the
     * two written late at 6280b48d), met the troops found (94.4%) and aid (86.5%) targets blind and missed the troops
     * side (82.2%) and demographics (76.0%): those two are recorded; opened at the start of the nineteenth session,
     * the set keeps them as its records until a round meets those targets.
     * The twenty-sixth held-out set's demographics meets the target since branches demog36 and demog37 (together found
     * 102, right 100 of 104; blind with the readers of 8d61008f: 104, 105, 95, 79), so that target is asserted.
     * The twenty-sixth held-out set's troops meets the target since branch troops30 (found 85, right 79 of 90; blind at
     * 8d61008f: 90, 92, 85, 74), so that target is asserted, and every set meets every target.
     * The twenty-seventh held-out set, scored blind once at fdc8f99c (the readers of 08f15462), met the troops found
     * (92.2%) and demographics (85.8%, the first blind set to meet it) targets blind and missed the troops side (81.0%)
     * and aid (66.7%): those two are recorded; opened at the start of the twentieth session, the set keeps them as
     * its records until a round meets those targets.
     * The twenty-seventh held-out set's troops meets the target since branch troops31 (found 199, right 176 of 205;
     * blind at fdc8f99c: 205, 195, 189, 166), so that target is asserted; with that branch's later rules it is found
     * 199, right 181 of 205.
     * The twenty-seventh held-out set's aid meets the target since branch aid30 (found 59, right 59 of 69; blind at
     * fdc8f99c: 69, 66, 47, 46), so that target is asserted, and every set meets every target.
     * The twenty-eighth held-out set, scored blind once at 9003da7f (the readers of 863238e6), met none of the 85%
     * targets and missed troops found (86.9%) too, the first blind set to since the fifteenth: troops (side 71.9%),
     * demographics (55.8%) and aid (48.2%) are recorded; opened at the start of the twenty-first session, the set
     * keeps them as its records until a round meets those targets.
     * The twenty-eighth held-out set's troops meets both targets since the mid-round merge of branches troops32 and
     * troops33 (found 299, right 273 of 306: 97.7%, 89.2%; blind at 9003da7f: 306, 276, 266, 220), so they are
     * asserted. A recorded miss that meets its target now fails this test until its record is removed.
     * After that session's round (branches troops32, troops33, aid32, aid33, demog40) the twenty-eighth set stood at
     * troops 97.7% found / 90.5% right, demographics 84.5% (109 of 129, one row short) and aid 79.1% (110 of 139).
     * The twenty-eighth held-out set's demographics meets the target since branch demog42 (found 121, right 111 of 129;
     * blind at 9003da7f: 129, 99, 89, 72), so that target is asserted.
     * The twenty-ninth held-out set, scored blind once at 36032d37 (the readers of 1f5aa41a), met the troops found
     * (92.7%) and demographics (85.2%) targets blind and missed the troops side (80.8%) and aid (78.0%): those two are
     * recorded; opened at the start of the twenty-second session, the set keeps them as its records until a round
     * meets those targets.
     * The twenty-ninth held-out set's troops meets the target since branch troops34 (found 181, right 165 of 193:
     * 93.8%, 85.5%; blind at 36032d37: 193, 193, 179, 156), so that target is asserted.
     * The twenty-ninth held-out set's aid meets the target since branch aid35 (found 100, right 95 of 109; blind at
     * 36032d37: 109, 99, 90, 85), so that target is asserted.
     * After the twenty-second session's round (branches troops34, troops35, aid34, aid35, demog42, demog43) the
     * twenty-ninth set stood at troops 94.3% found / 91.2% right, demographics 88.7% and aid 89.0%; the twenty-eighth
     * at demographics 89.9% and aid 82.7% (115 of 139, still recorded).
     * The thirtieth held-out set, scored blind once at 59b0f8b7 (the readers of 98427e85), met the troops found target
     * (91.2%) blind and missed the troops side (76.5%), demographics (67.9%) and aid (70.9%): those three are recorded;
     * opened at the start of the twenty-third session, the set keeps them as its records until a round meets those
     * targets.
     * The twenty-eighth held-out set's aid meets the target since branch aid38 (found 120, right 119 of 139; blind at
     * 9003da7f: 139, 88, 78, 67), so that target is asserted and the set has no record left.
     * After the twenty-third session's round (branches aid36, aid38, aid39, aid40, troops36, demog46; aid42 and demog47
     * after the blind score) the thirtieth set stood at troops 95.3% found / 80.6% right, demographics 74.1% and aid
     * 73.1%, still recorded.
     * The thirty-first held-out set (six articles), scored blind once at efb898ba (the readers of 63083646), met the
     * troops found target (94.6%) blind and missed the troops side (77.5%), demographics (49.5%) and aid (78.9%): those
     * three are recorded; opened at the start of the twenty-fourth session, the set keeps them as its records until a
     * round meets those targets.
     * The thirtieth set's troops meet both targets since branch troops37 (found 167, right side 150 of 170; blind at
     * 59b0f8b7: 170, 166, 155, 130), so that target is asserted; its demographics and aid stay recorded.
     * The thirtieth set's demographics meet the target since branch demog50 (found 105, right 96 of 112; blind at
     * 59b0f8b7: 112, 112, 95, 76), so that target is asserted; its aid stays recorded.
     * The thirty-first set's demographics meets the target since branch demog49 (found 101, right 91 of 107; blind at
     * efb898ba: 107, 75, 67, 53), so that target is asserted.
     * The thirty-first set's troops meet both targets since branch troops38 (found 106, right side 95 of 111; blind at
     * efb898ba: 111, 114, 105, 86), so that target is asserted.
     * The thirty-first held-out set's aid meets the target since branch aid43 (found 61, right 61 of 71; blind at
     * efb898ba: 71, 65, 56, 56), so that target is asserted and the set has no record left.
     * The thirty-second held-out set (eight articles), scored blind once at 288a3d5d (the readers of 598ba5ab), met no
     * target of troops, demographics or aid: troops found 87.0% and right side 60.9%, demographics 60.8%, aid 75.0%; all
     * three are recorded; opened at the start of the twenty-fifth session, the set keeps them as its records until a
     * round meets those targets.
     * After the twenty-fifth session's round the thirty-second set meets every target: its demographics since branch
     * demog51 (found 135, right 122 of 143; blind at 288a3d5d: 143, 128, 103, 87), its aid since branch aid45 (found 59,
     * right 55 of 64; blind: 64, 57, 50, 48) and its troops since branches troops39 and troops40 were merged together
     * (found 152, right side 139 of 161; blind: 161, 151, 140, 98), so those targets are asserted and the set has no
     * record left.
     * The thirty-third held-out set (eight articles), scored blind once at 6ad042de (the readers of aff88e4e), met the
     * troops found target (94.8%) blind and missed the troops side (81.0%), demographics (60.5%) and aid (73.3%): those
     * three are recorded.
     * Branch aid46, merged after that blind score, took the thirtieth set's aid to found 119, right 110 of 136 (80.9%;
     * blind at 59b0f8b7: 134, 116, 106, 95), still under the target, so it stays recorded.
     */
    private static final Map<Set, Map<String, Recorded>> RECORDED_MISSES = Map.ofEntries(
            Map.entry(Set.THIRTIETH_HELD_OUT_NOW_READ, Map.of(
                    "aid", new Recorded(THIRTIETH_SET_SCORED, new Score(134, 116, 106, 95)))),
            Map.entry(Set.HELD_OUT, Map.of(
                    "troops", new Recorded(THIRTY_THIRD_SET_SCORED, new Score(153, 160, 145, 124)),
                    "demographics", new Recorded(THIRTY_THIRD_SET_SCORED, new Score(152, 118, 102, 92)),
                    "aid", new Recorded(THIRTY_THIRD_SET_SCORED, new Score(60, 59, 45, 44)))));

    /**
     * When the set's miss of this table is recorded: fails if the target is now met (the record must go, so records
     * stay true), or if the set fell below the recorded figures; else reports the check as skipped with them.
     * Without a record it returns, and the caller asserts.
     */
    private static void unmetTargetIsRecorded(Set set, Score s, String table, boolean met) {
        Recorded r = RECORDED_MISSES.getOrDefault(set, Map.of()).get(table);
        if (r == null) {
            return;
        }
        assertFalse(met, () -> set + ": " + table + " now meets its target (" + s + "): remove its record "
                + r.score() + " from RECORDED_MISSES and say so in its Javadoc");
        assertTrue(s.found() >= r.score().found() && s.right() >= r.score().right(),
                set + ": " + table + " fell below its recorded figures " + r.score() + " (" + r.when() + "): " + s);
        org.junit.jupiter.api.Assumptions.assumeTrue(false, () -> set + ": " + table + " misses its target: " + s
                + "; recorded " + r.score() + " (" + r.when() + ")");
    }

    private static void assumeArticles(Set set) {
        org.junit.jupiter.api.Assumptions.assumeTrue(SCORES.keySet().stream().anyMatch(set::has),
                "no " + set + " articles with gold in " + ARTICLES);
    }

    @Test
    void numbersCompareWholeNumbersExactlyAndFractionsAtThreeSignificantDigits() {
        org.junit.jupiter.api.Assertions.assertEquals(num("33.3"), num("33.3333333"));
        org.junit.jupiter.api.Assertions.assertEquals(num("0.333"), num("0.3333"));
        org.junit.jupiter.api.Assertions.assertEquals("78", num("78.0"));
        org.junit.jupiter.api.Assertions.assertEquals("1234.5", num("1234.5"));
        org.junit.jupiter.api.Assertions.assertEquals("0.05", num("0.05"));
        org.junit.jupiter.api.Assertions.assertNotEquals(num("3730051"), num("3730000"));
        org.junit.jupiter.api.Assertions.assertNotEquals(num("8.7"), num("8.8"));
    }

    @Test
    void aStateFullNameAndShortNameAreOneRegionWhateverLetterTheShortNameEndsIn() {
        Map<String, String> none = Map.of();
        org.junit.jupiter.api.Assertions.assertEquals(region("Tatarstan", none), region("Republic of Tatarstan", none));
        org.junit.jupiter.api.Assertions.assertEquals(region("Tajikistan", none), region("Tajik SSR", none));
        org.junit.jupiter.api.Assertions.assertEquals(region("Tatarstan", none), region("Tatar ASSR", none));
        org.junit.jupiter.api.Assertions.assertEquals(region("Mongolia", none),
                region("Mongolian People's Republic", none));
        org.junit.jupiter.api.Assertions.assertEquals(region("China", none), region("People's Republic of China", none));
        org.junit.jupiter.api.Assertions.assertNotEquals(region("Tatarstan", none), region("Bashkortostan", none));
    }

    @Test
    void theRussianEraSpellingOfARepublicIsTheSameRegion() {
        Map<String, String> none = Map.of();
        org.junit.jupiter.api.Assertions.assertEquals(region("Kyrgyzstan", none), region("Kirghiz SSR", none));
        org.junit.jupiter.api.Assertions.assertEquals(region("Kyrgyzstan", none), region("Kirghiz ASSR", none));
        org.junit.jupiter.api.Assertions.assertEquals(region("Kyrgyzstan", none), region("Kirghizia", none));
        org.junit.jupiter.api.Assertions.assertEquals(region("Kyrgyzstan (urban)", none),
                region("Kirghiz SSR (urban)", none));
        org.junit.jupiter.api.Assertions.assertNotEquals(region("Kyrgyzstan", none), region("Kazakh SSR", none));
    }

    @Test
    void scoresEveryArticleWithGoldIncludingTheFourWrittenForThisTest() {
        for (String a : List.of("sino-soviet-conflict-1929.txt", "battle-of-baitag-bogd.txt",
                "kazakh-exodus-from-xinjiang.txt", "battles-of-khalkhin-gol.txt")) {
            assertTrue(SCORES.containsKey(a), a + " has no gold scores: " + SCORES.keySet());
        }
    }

    @ParameterizedTest
    @EnumSource(Set.class)
    void rosterHasEveryMemberOfEveryGovernmentTable(Set set) {
        assumeArticles(set);
        SCORES.forEach((article, s) -> {
            if (set.has(article)) {
                assertTrue(s.get("roster").right() == s.get("roster").gold(), article + ": roster " + s.get("roster"));
            }
        });
    }

    @ParameterizedTest
    @EnumSource(Set.class)
    void troopsFindNinetyPercentOfFiguresAndEightyFiveWithTheRightSide(Set set) {
        assumeArticles(set);
        Score s = total(set, "troops");
        unmetTargetIsRecorded(set, s, "troops", s.recall() >= 0.90 && s.rightShare() >= 0.85);
        assertTrue(s.recall() >= 0.90, set + ": troops found " + s);
        assertTrue(s.rightShare() >= 0.85, set + ": troops with the right side " + s);
    }

    @ParameterizedTest
    @EnumSource(Set.class)
    void demographicsReadEightyFivePercent(Set set) {
        assumeArticles(set);
        Score s = total(set, "demographics");
        unmetTargetIsRecorded(set, s, "demographics", s.rightShare() >= 0.85);
        assertTrue(s.rightShare() >= 0.85, set + ": demographics " + s);
    }

    @ParameterizedTest
    @EnumSource(Set.class)
    void aidReadsEightyFivePercent(Set set) {
        assumeArticles(set);
        Score s = total(set, "aid");
        unmetTargetIsRecorded(set, s, "aid", s.rightShare() >= 0.85);
        assertTrue(s.rightShare() >= 0.85, set + ": aid " + s);
    }

    @ParameterizedTest
    @EnumSource(Set.class)
    void mentionsPrecisionAndRecallAtLeastNinetySevenPercent(Set set) {
        assumeArticles(set);
        Score s = total(set, "mentions");
        assertTrue(s.precision() >= 0.97, set + ": mentions precision " + s);
        assertTrue(s.recall() >= 0.97, set + ": mentions recall " + s);
    }

    @ParameterizedTest
    @EnumSource(Set.class)
    void qualifiersNinetyEightPercentRight(Set set) {
        assumeArticles(set);
        Score s = total(set, "mentions");
        assertTrue(s.rightOfFound() >= 0.98, set + ": qualifiers " + s);
    }
}
