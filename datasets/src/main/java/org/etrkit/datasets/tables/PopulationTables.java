package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.ArticlePlace.CAPTION_OF;
import static org.etrkit.datasets.tables.PlaceNames.NAME_PATTERN;
import static org.etrkit.datasets.tables.DemographicsTable.NOT_LETTERS;
import static org.etrkit.datasets.tables.PlaceNames.NOT_WORD;
import static org.etrkit.datasets.tables.ArticlePlace.startsWithDigit;
import static org.etrkit.datasets.tables.DemographicsTable.withoutBrackets;
import static org.etrkit.datasets.tables.DemographicsTable.withoutTrailingBracket;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.DateMention;
import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;
import org.etrkit.datasets.parse.Element;
import org.etrkit.datasets.tables.DemographicsTable.Row;

/**
 * The figures of an article's pipe tables that tabulate a population: a column whose header is a population
 * noun, a share, a group or a year, keyed by place, group or year, each row's count and share one row (the total
 * row's 100% its share); a column "Uyghur share" is that group's share, and a caption names the table's group or
 * place ("Russian population of Xinjiang by district").
 */
final class PopulationTables {

    private static final Pattern OF_OR_IN = Pattern.compile("(?i)\\b(?:of|in)\\b");

    private static final Pattern YEAR_LEAD = Pattern.compile("\\d{4}\\b.*");

    /** A year that ends a header after a comma or a blank: "Chinese, 2010". */
    private static final Pattern YEAR_TAIL = Pattern.compile(",?\\s+\\d{4}$");

    /** A bracket of lower-case words, digits among them, that says which extent of a place is counted: " (1989 borders)". */
    private static final Pattern QUALIFIER_BRACKET = Pattern.compile("\\s*\\((?=[\\d\\s]*\\p{Ll})[\\p{Ll}\\d][\\p{Ll}\\d ,.-]*\\)\\s*$");

    /** A year alone in a header's brackets: "Russians (1989)". */
    private static final Pattern BRACKET_YEAR = Pattern.compile("\\(\\s*\\d{4}\\s*\\)");

    /** A second name after a caption's place: " and Tatarstan". */
    private static final Pattern AND_NAME = Pattern.compile(" and (?:the )?(" + PlaceNames.NAME + ")(?=,|$)");

    /** A header of a part of the counted group: "Of whom in Nordby", "of them in". */
    private static final Pattern OF_WHOM_HEADER = Pattern.compile("(?i)of (?:whom|them|these) in ");

    private static final Pattern YEAR_CELL = Pattern.compile("\\d{4}(?:\\s.*)?");

    private final PlaceNames placeNames;
    private final ArticlePlace articlePlaces;
    private final Set<String> populationNouns;
    /** The words of a table's total row ("Total", "All"). */
    private final Set<String> totalWords;
    /** Nouns of civilians ("refugees", "settlers"): a column of them counts a population when the caption counts them too. */
    private final Set<String> civilians;
    /** Words of the rest of a whole ("other", "remaining"): a group cell "Persians and others" is the rest. */
    private final Set<String> restWords;
    /** A population word of a table's caption, also plural ("1950 and 1960 censuses"). */
    private final Pattern captionWords;
    private final Set<String> placeHeaders;
    private final Set<String> groupHeaders;
    /** A second place column's cell for the outer place's total ("Republic total"). */
    private final Pattern innerTotal;
    /** A second place column's cell for the outer place's rest ("Other oblasts"). */
    private final Pattern innerRest;
    /** A header or caption word for a share: "Share", "%", "Percent", "per cent", "proportion". */
    private final Pattern shareHeader;
    /** A header of a count column in a table of peoples or a population table: "Number", "Total", "Count". */
    private final Pattern countHeader;
    /** Words of moving people ({@code movement_verbs}): a column "People deported" counts no population. */
    private final Set<String> movementWords;
    /** A caption of a table of peoples: "Peoples of …", "Ethnic composition", "Nationalities", "Demography". */
    private final Pattern peoplesCaption;
    /** The header of a table's column of years: "Year", "Census", "Census year", "Date". */
    private final Pattern yearHeader;
    /** The total row of a population table. */
    private final Pattern totalCell;
    /**
     * Words in lower case in brackets at the end of a place's cell, which say what part of the place is counted:
     * "(directly administered)"; not another name of the place ("Bishkek (Frunze)").
     */
    /**
     * Brackets that only say a place cell is the settlement itself ("Tashkent (city)" beside "Tashkent Region"):
     * dropped, so the city has the name prose gives it and a table row and a sentence about it share a region.
     */
    private static final Set<String> THE_SETTLEMENT_ITSELF = Set.of("city", "town");
    private static final Pattern QUALIFIER_IN_BRACKETS = Pattern.compile("\\((\\p{Ll}+(?: \\p{Ll}+)+)\\)\\s*$");

    /** Headers of a part of a place's population ("Urban", "Rural"): the counted group's count in that part. */
    private final Set<String> partHeaders;
    /** Nouns of a place's kind ("city", "district"), which a header may write in lower case after its name ("Nordby city"). */
    private final Set<String> placeKindNouns;

    PopulationTables(Lexicon lex, PlaceNames placeNames, ArticlePlace articlePlaces) {
        this.placeNames = placeNames;
        this.articlePlaces = articlePlaces;
        this.totalWords = lex.set("total_words");
        this.captionWords = lex.compile("\\b(?:{population_words})(?:e?s)?\\b");
        this.groupHeaders = lex.set("group_headers");
        this.innerTotal = lex.compile("(?:[\\p{L}]+ )?(?:{inner_total_words})\\b.*");
        this.innerRest = lex.compile("(?:{rest_words})\\b.*");
        this.shareHeader = lex.compile("\\b(?:{share_headers})\\b|%");
        this.countHeader = lex.compile("(?-i:(?:{count_headers})\\b.*)");
        this.peoplesCaption = lex.compile("\\b(?:{population_captions})\\b");
        this.yearHeader = lex.compile("(?-i:(?:{census_words} )?(?:{year_headers})s?)");
        this.totalCell = lex.compile("(?:the )?(?:(?:{place_headers}) )?(?:{total_words})\\b.*"); // "Region total"
        this.populationNouns = lex.set("population_nouns");
        this.civilians = lex.set("civilians");
        this.movementWords = lex.set("movement_verbs");
        this.restWords = lex.set("rest_words");
        this.placeHeaders = lex.set("place_headers");
        this.partHeaders = lex.set("part_headers");
        this.placeKindNouns = new java.util.HashSet<>(lex.set("admin_words"));
        this.placeKindNouns.addAll(lex.set("settlement_nouns"));
    }

    /**
     * The figures of every pipe table that tabulates a population: a column whose header is a population
     * noun ("Population", "Inhabitants"), a share ("Share", "%"), a group ("Uyghurs") or a year ("1940")
     * under a caption that names a population. Each row is keyed by its first text column: a place
     * ("Province", "County", or a cell that is no group) gives the row's region and group All; a group
     * ("Nationality", "Ethnic group", or a cell the lexicon knows) gives the group, in the place the
     * caption names ("… of the Ili Valley"), else the article's place; a "Total" row is All there. A cell
     * such as "Manchu (7.9%)" under a group column gives that group's share in the row's place. The year
     * is the caption's, else the column's, else the infobox's.
     */
    void tables(Analysis a, ArticleContext ac, int order, List<Row> rows) {
        placeNames.placeWords(ac);
        if (ac.article.tables().isEmpty()) {
            return;
        }
        Map<String, org.etrkit.datasets.extract.TextBlock> cells = new HashMap<>();
        for (org.etrkit.datasets.extract.TextBlock b : a.corpus.entries().get(order).blocks()) {
            if (b.kind().equals("table")) {
                cells.put(b.at().line() + ":" + b.at().column(), b);
            }
        }
        for (Element.PipeTable pt : ac.article.tables()) {
            table(ac, order, pt, cells, rows);
        }
    }

    /** The capitalised possessive of a name ("the People's Republic", "People's Army"), no population word. */
    private static final Pattern NAME_PEOPLES = Pattern.compile("\\bPeople['’]s\\b");

    /** "of" and a people in the plural past "the", "all" or a possessive: "of the country's Koreans", "of all Tatars". */
    private static final Pattern OF_PEOPLES_TOTAL = Pattern.compile(
            "\\bof (?:all (?:the )?|the )(?:[\\p{L}-]+['’]s )?(\\p{Lu}[\\p{L}-]*s)\\b");

    /** "of" and a bare people in the plural: "Share of Koreans (%)", "Share of Koreans in the republic". */
    private static final Pattern OF_PEOPLES = Pattern.compile("\\bof (\\p{Lu}[\\p{L}-]*s)\\b");

    /** A cell that is one number, a percent sign after it or not: "32.5", "42.1%". */
    private static final Pattern PERCENT_CELL = Pattern.compile("(\\d{1,3}(?:\\.\\d+)?) ?%?");

    /**
     * Whether a share column's header names a people's own total as its whole: "Share of the country's Koreans (%)",
     * or "Share of Koreans (%)" when the column's cells, leaving out a row of 100, add up to 100 (how the people is
     * spread over the rows; the same header over shares that do not add up is the people's share of each row's
     * population).
     */
    private static boolean sharesPeoplesTotal(ArticleContext ac, String header, Element.PipeTable pt, int column) {
        Matcher m = OF_PEOPLES_TOTAL.matcher(header);
        if (m.find() && PlaceNames.wholeGroup(ac, m.group(1)) != null) {
            return true;
        }
        Matcher bare = OF_PEOPLES.matcher(header);
        return bare.find() && PlaceNames.wholeGroup(ac, bare.group(1)) != null && addsUpToHundred(pt, column);
    }

    /** Whether the cells of {@code column} are numbers of two or more rows that, leaving out a 100, add up to 100 (±1). */
    private static boolean addsUpToHundred(Element.PipeTable pt, int column) {
        double sum = 0;
        int parts = 0;
        for (Element.Row row : pt.rows()) {
            String cell = column < row.cells().size() ? row.cell(column).strip() : "";
            Matcher c = PERCENT_CELL.matcher(cell);
            if (cell.isEmpty() || !c.matches()) {
                if (!cell.isEmpty()) {
                    return false;
                }
                continue;
            }
            double v = Double.parseDouble(c.group(1));
            if (v != 100) {
                sum += v;
                parts++;
            }
        }
        return parts >= 2 && Math.abs(sum - 100) <= 1;
    }

    private void table(ArticleContext ac, int order, Element.PipeTable pt,
                       Map<String, org.etrkit.datasets.extract.TextBlock> cells, List<Row> rows) {
        List<String> header = pt.header();
        String caption = pt.caption() == null ? "" : pt.caption();
        // "Strength of the People's Liberation Guard": a name's possessive "People's" counts no population
        boolean populationCaption = captionWords.matcher(NAME_PEOPLES.matcher(caption).replaceAll(" ")
                        .toLowerCase(Locale.ROOT)).find()
                || peoplesCaption.matcher(caption).find();
        // "Tatars by republic, 1950 and 1960": a caption that counts a group is a population table's
        boolean countsGroup = populationCaption || captionGroup(ac, caption) != null;
        // "Special settlers by oblast of X, 1949": a caption counting civilians, whose people a group column counts
        boolean civilianCaption = wordsOf(caption.toLowerCase(Locale.ROOT)).stream().anyMatch(civilians::contains);
        int n = header.size();
        String[] role = new String[n]; // count, share, group (a group+share cell), or null
        String[] columnGroup = new String[n];
        Integer[] columnYear = new Integer[n];
        Integer[] shareYear = new Integer[n]; // the year of a share column that names no group, set once its group is
        int key = -1;
        boolean any = false;
        for (int i = 0; i < n; i++) {
            String h = header.get(i).strip();
            String lower = h.toLowerCase(Locale.ROOT);
            String bare = withoutBrackets(lower, "").strip();
            boolean shareWord = shareHeader.matcher(lower).find();
            if (wordsOf(bare).stream().anyMatch(movementWords::contains)) {
                continue; // "| Year | People deported |": people moved, no population
            }
            if (shareWord && sharesPeoplesTotal(ac, h, pt, i)) {
                continue; // "Share of the country's Koreans (%)": how a people is spread over the rows, no population share
            }
            String group = PlaceNames.wholeGroup(ac, withoutBrackets(h, "").strip());
            Matcher yearTail = YEAR_TAIL.matcher(withoutBrackets(h, "").strip());
            boolean groupOfYear = false; // "Chinese, 2010": a group's count in a year
            if (group == null && !shareWord && yearTail.find() && yearTail.start() > 0) {
                group = PlaceNames.wholeGroup(ac, withoutBrackets(h, "").strip().substring(0, yearTail.start()));
                groupOfYear = group != null;
            }
            if (group == null && shareWord) { // "Uyghur share", "% Kazakh", "Share of Han"
                group = PlaceNames.wholeGroup(ac, OF_OR_IN.matcher(shareHeader.matcher(withoutBrackets(h, " ")).replaceAll(" "))
                        .replaceAll(" ").strip());
            }
            String unlisted = shareWord ? null : UnlistedColumnGroups.of(h, caption);
            if (unlisted != null && group == null) { // "Tavars (1951)" under "Tavar special settlers in …"
                group = unlisted;
            }
            Integer year = yearOf(h);
            // "| Province | Refugees |" under "Registered Afghan refugees in Pakistan by province": people living there
            boolean counted = civilians.contains(bare) && wordsOf(caption.toLowerCase(Locale.ROOT)).contains(bare);
            if (counted && captionGroup(ac, caption) != null) {
                populationCaption = true;
            }
            if (headerWords(bare, populationNouns) || counted && populationCaption || countHeader.matcher(bare).matches() && (populationCaption
                    || i > 0 && headerWords(header.get(0).toLowerCase(Locale.ROOT).strip(), groupHeaders))) {
                // "Share of local population, 1960" is a share; "Population (%)" too, "Population" a count
                role[i] = shareWord && (!headerWords(bare, populationNouns) || shareHeader.matcher(bare).lookingAt())
                        ? "share" : "count";
                if (role[i].equals("share")) {
                    columnYear[i] = year;
                }
            } else if (group != null && (populationCaption || shareWord || unlisted != null || civilianCaption
                    || group.equals(captionGroup(ac, caption)))) {
                // "| Census | Tatars |" under "Tatars in X, 1926–2021": the caption's group counted by its column
                role[i] = shareWord ? "share" : "count";
                columnGroup[i] = group;
                if (groupOfYear || BRACKET_YEAR.matcher(h).find()) { // "Chinese, 2010", "Russians (1989)"
                    columnYear[i] = year;
                }
            } else if (headerWords(bare, groupHeaders) && shareWord) {
                role[i] = "group";
            } else if (shareWord && (populationCaption || i > 0)) {
                role[i] = "share";
                shareYear[i] = year; // "Share of state, 1970 (%)": a share in the column's own year
            } else if (year != null && YEAR_LEAD.matcher(bare).matches() && countsGroup) {
                role[i] = "count";
                columnYear[i] = year;
            }
            if (role[i] != null && !role[i].equals("group")) {
                any = true;
            }
            if (role[i] == null && key < 0) {
                key = i;
            }
        }
        // "| Census | Kyrgyzstan | Kazakhstan |" under "Dungans in … censuses": a column per place, a row per year
        String[] columnPlace = new String[n];
        String placesGroup = key == 0 ? captionGroup(ac, caption) : null;
        if (placesGroup != null && !pt.rows().isEmpty() && (yearHeader.matcher(withoutBrackets(
                header.get(0).toLowerCase(Locale.ROOT), "").strip()).matches() || allYearCells(pt))) {
            for (int i = 1; i < n; i++) {
                String h = withoutBrackets(header.get(i), "").strip();
                if (role[i] == null && placeHeader(ac, h)) {
                    role[i] = "count";
                    columnPlace[i] = h;
                    any = true;
                }
            }
        }
        boolean placesOfGroup = anyColumn(columnPlace);
        if (key == 0 && !pt.rows().isEmpty() && (yearHeader.matcher(withoutBrackets(
                header.get(0).toLowerCase(Locale.ROOT), "").strip()).matches() || allYearCells(pt))) {
            any |= ownPlaceColumns(ac, header, role, columnGroup, columnPlace);
        }
        if (!any || key < 0 || !populationCaption && !hasCountColumn(role, columnGroup)) {
            return;
        }
        // "| Year | Total | Jews | Jewish share |": a share whose word is made from a counted group's name is its
        for (int i = 0; i < n; i++) {
            if ("share".equals(role[i]) && columnGroup[i] == null && columnYear[i] == null) {
                columnGroup[i] = groupMadeFrom(header.get(i), role, columnGroup);
            }
        }
        // "| Region | Chinese | Share of total population |": a share naming no group is the counted group's
        String counted = countedGroup(role, columnGroup);
        for (int i = 0; i < n && counted != null; i++) {
            if ("share".equals(role[i]) && columnGroup[i] == null && columnYear[i] == null) {
                columnGroup[i] = counted;
                columnYear[i] = shareYear[i];
            }
        }
        // "| Census | Koreans | Urban | Rural |": the counted group's count in the urban and rural part of the place
        String[] columnPart = new String[n];
        for (int i = 1; i < n && counted != null; i++) {
            String bare = withoutBrackets(header.get(i).toLowerCase(Locale.ROOT), "").strip();
            if (role[i] == null && partHeaders.contains(bare)) {
                role[i] = "count";
                columnGroup[i] = counted;
                columnPart[i] = bare;
            }
        }
        // "| Region | Year | Chinese |": a year column after the key dates each row
        int yearColumn = -1;
        for (int i = key + 1; i < n && yearColumn < 0; i++) {
            if (role[i] == null && yearHeader.matcher(withoutBrackets(
                    header.get(i).toLowerCase(Locale.ROOT), "").strip()).matches()) {
                yearColumn = i;
            }
        }
        String keyHeader = withoutBrackets(header.get(key).toLowerCase(Locale.ROOT), "").strip();
        boolean keyIsGroup = headerWords(keyHeader, groupHeaders);
        boolean keyIsPlace = headerWords(keyHeader, placeHeaders);
        boolean keyIsYear = yearHeader.matcher(keyHeader).matches()
                || pt.rows().stream().allMatch(r -> YEAR_CELL.matcher(r.cell(0).strip()).matches());
        int inner = -1; // "| Republic | Oblast | Families | People |": the oblast is the row's place
        if (keyIsPlace) {
            for (int i = key + 1; i < n && role[i] == null; i++) {
                if (headerWords(withoutBrackets(header.get(i).toLowerCase(Locale.ROOT), "").strip(),
                        placeHeaders)) {
                    inner = i;
                }
            }
            if (inner >= 0 && distinctCells(pt, inner) < distinctCells(pt, key)) {
                inner = -1; // "| Region | Country |": a column that repeats names the larger unit, the key is the place
            }
        }
        int groupColumn = -1; // "| County | Population | Largest group | Share of largest group (%) |"
        for (int i = key + 1; i < n && !keyIsGroup; i++) {
            if (role[i] == null && headerWords(withoutBrackets(header.get(i).toLowerCase(Locale.ROOT), "").strip(), groupHeaders)) {
                groupColumn = i;
                break;
            }
        }
        String captionGroup = keyIsGroup || anyColumn(columnGroup) ? null : captionGroup(ac, caption);
        String tablePlace = captionPlace(ac, caption, keyIsYear);
        Integer captionYear = null;
        for (DateMention d : org.etrkit.datasets.extract.Dates.find(caption)) {
            if (d.hasYear()) {
                captionYear = d.year();
                break;
            }
        }
        for (Element.Row row : pt.rows()) {
            String keyCell = withoutBrackets(row.cell(key), "").strip();
            if (keyCell.isEmpty()) {
                continue;
            }
            String rowGroup;
            String rowRegion;
            Integer rowYear = keyIsYear ? yearOf(keyCell)
                    : yearColumn >= 0 && yearColumn < row.cells().size() ? yearOf(row.cell(yearColumn).strip()) : null;
            if (keyIsYear) {
                if (rowYear == null) {
                    continue;
                }
                rowGroup = "All"; // "| 1941 | 610,000 | 48 |": the caption's place in the row's year
                rowRegion = tablePlace;
                if (placesGroup != null && placesOfGroup) {
                    rowGroup = placesGroup;
                }
            } else if (totalCell.matcher(keyCell).matches()) {
                // "Russian population of Xinjiang by district": the total of places is the caption's group's
                rowGroup = !keyIsGroup && captionGroup != null ? captionGroup : "All";
                rowRegion = tablePlace;
            } else {
                String g = keyIsPlace ? null : PlaceNames.wholeGroup(ac, keyCell);
                if (keyIsGroup || g != null) {
                    rowGroup = g != null ? g : groupOfCell(ac, keyCell);
                    rowRegion = tablePlace;
                } else {
                    rowGroup = captionGroup != null ? captionGroup : "All";
                    rowRegion = withoutTotalWord(keyCell); // "Xinjiang total": Xinjiang
                    String innerCell = inner < 0 ? "" : withoutBrackets(row.cell(inner), "").strip();
                    if (innerCell.isEmpty() || innerTotal.matcher(innerCell).matches()) {
                        rowRegion = withoutTotalWord(keyCell); // "| Kazakh SSR | Republic total |": the republic
                        Matcher qualified = QUALIFIER_IN_BRACKETS.matcher(row.cell(key));
                        if (qualified.find() && !qualified.group(1).contains("total")) {
                            rowRegion = rowRegion + " (" + qualified.group(1) + ")"; // "Ostvale Prefecture (directly administered)"
                        }
                    } else if (innerRest.matcher(innerCell).matches()) {
                        rowRegion = keyCell + ", " + innerCell.substring(0, 1).toLowerCase(Locale.ROOT)
                                + innerCell.substring(1); // "Kazakh SSR, other oblasts"
                    } else {
                        rowRegion = innerCell;
                    }
                    String qualifier = inner < 0 ? qualifierOf(row.cell(key).strip()) : null;
                    if (qualifier != null) {
                        rowRegion = keyCell + " " + qualifier; // "Osh Region (1989 borders)": that extent of the place
                    }
                }
            }
            String quote = Quote.ofRow(row.cells());
            for (int i = 0; i < n; i++) {
                if (role[i] == null || i >= row.cells().size()) {
                    continue;
                }
                org.etrkit.datasets.extract.TextBlock b = cells.get(row.at().line() + ":" + row.columns().get(i));
                if (b == null) {
                    continue;
                }
                for (Quantity q : b.quantities()) {
                    boolean percent = q.unit().equalsIgnoreCase("percent");
                    String group = columnGroup[i] != null ? columnGroup[i] : rowGroup;
                    String region = columnPlace[i] != null ? columnPlace[i] : rowRegion;
                    if (columnPart[i] != null && region != null && !region.isEmpty()) {
                        region = articlePlaces.canonical(ac, region) + " (" + columnPart[i] + ")"; // "Uzbek SSR (urban)"
                    }
                    if (role[i].equals("group")) {
                        String g = PlaceNames.wholeGroup(ac, withoutTrailingBracket(row.cell(i).substring(0, Math.max(0, q.start()))).strip());
                        boolean bare = g == null && groupColumn >= 0 && (percent || q.unit().isEmpty())
                                && row.cell(i).substring(0, Math.max(0, q.start())).isBlank();
                        if (bare) { // the share of the group named in the row's group column
                            g = PlaceNames.wholeGroup(ac, withoutBrackets(row.cell(groupColumn), "").strip());
                        } else if (!percent) {
                            continue;
                        }
                        if (g == null) {
                            continue;
                        }
                        group = g;
                    } else if (role[i].equals("count") && (percent || q.isRange()
                            || !(q.unit().isEmpty() || populationNouns.contains(q.unit().toLowerCase(Locale.ROOT))))) {
                        continue;
                    } else if (role[i].equals("share") && !(percent || q.unit().isEmpty())) {
                        continue;
                    }
                    boolean share = !role[i].equals("count");
                    boolean wholeShare = share && rowGroup.equals("All") && columnGroup[i] == null && q.value() == 100;
                    Integer year = rowYear != null ? rowYear : columnYear[i] != null ? columnYear[i] : captionYear;
                    String basis = rowYear != null ? "row" : columnYear[i] != null ? "column"
                            : captionYear != null ? "caption" : "";
                    if (year == null && ac.infoboxDate != null && ac.infoboxDate.hasYear()) {
                        year = ac.infoboxDate.year();
                        basis = "infobox";
                    }
                    int focus = 0;
                    for (int k = 0; k < i; k++) {
                        focus += row.cell(k).length() + 3;
                    }
                    Long population = share ? null : Math.round(q.value());
                    Double shareValue = share ? q.value() : null;
                    int same = sameGroupInRow(rows, row.at().line(), group, articlePlaces.canonical(ac, region), share,
                            yearOf(header.get(i)));
                    if (same >= 0) {
                        Row last = rows.get(same);
                        rows.set(same, new Row(last.place(), last.region(), last.group(), last.year(),
                                last.yearBasis(), share ? last.population() : population,
                                share ? shareValue : last.share(), false, last.source(), last.line(), last.quote(), ""));
                        continue; // one row per group: its count and its share
                    }
                    if (wholeShare) {
                        continue; // the total's 100% with no count of the total: no figure of its own
                    }
                    rows.add(new Row(new Place(order, row.at().line(), row.columns().get(i) + q.start()),
                            articlePlaces.canonical(ac, region), group, year, basis, population, shareValue,
                            false, row.at().source(), row.at().line(),
                            Quote.of(Sentence.whole(quote), focus + q.start(), focus + q.end()), ""));
                }
            }
        }
    }

    /**
     * The bracket of lower-case words that ends a place cell and says which extent of the place its row counts
     * ("(1989 borders)", "(directly administered)"), not a total word ("(total)") nor a second name ("(Frunze)");
     * else null.
     */
    private String qualifierOf(String cell) {
        Matcher m = QUALIFIER_BRACKET.matcher(cell);
        if (cell.indexOf('(') != cell.lastIndexOf('(') || !m.find()) {
            return null; // one bracket only, the last
        }
        String inner = m.group().strip();
        String word = inner.substring(1, inner.length() - 1).strip().toLowerCase(Locale.ROOT);
        return totalWords.contains(word) || THE_SETTLEMENT_ITSELF.contains(word) ? null : inner;
    }

    /**
     * A place cell without a trailing total word and the comma or dash before it ("Xinjiang total", "Kazakh SSR,
     * total": the place); else the cell.
     */
    private String withoutTotalWord(String cell) {
        int space = cell.lastIndexOf(' ');
        if (space <= 0 || !totalWords.contains(cell.substring(space + 1).toLowerCase(Locale.ROOT))) {
            return cell;
        }
        String place = cell.substring(0, space).strip();
        return place.endsWith(",") || place.endsWith("–") || place.endsWith("-")
                ? place.substring(0, place.length() - 1).strip() : place;
    }

    /**
     * The row read earlier from the same table line for the same group and region that lacks the field a
     * figure gives (its share, or its count), the latest first; not one of another year than the column's
     * own ("Share 1939" is no share of the 1926 count); or -1.
     */
    private static int sameGroupInRow(List<Row> rows, int line, String group, String region, boolean share,
                                      Integer columnYear) {
        for (int k = rows.size() - 1; k >= 0 && rows.get(k).line() == line; k--) {
            Row r = rows.get(k);
            if (r.group().equals(group) && r.region().equals(region)
                    && (share ? r.share() == null : r.population() == null)
                    && (k == rows.size() - 1 || columnYear == null || columnYear.equals(r.year()))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The group of the one count column whose group's name begins the first word of a share header ("Jewish
     * share" under a "Jews" column: Jew), or null.
     */
    private static String groupMadeFrom(String header, String[] role, String[] columnGroup) {
        String h = header.strip().toLowerCase(Locale.ROOT);
        int space = h.indexOf(' ');
        String first = space < 0 ? h : h.substring(0, space);
        String found = null;
        for (int i = 0; i < role.length; i++) {
            String g = columnGroup[i];
            if ("count".equals(role[i]) && g != null && g.length() >= 3
                    && first.startsWith(g.toLowerCase(Locale.ROOT)) && first.length() > g.length()) {
                if (found != null && !found.equals(g)) {
                    return null;
                }
                found = g;
            }
        }
        return found;
    }

    /**
     * The columns of a table of years whose header names the column's own place after "of" or "in" ("Kazakhs
     * in Mongolia", "Population of Bayan-Ölgii", "Kazakh share of Bayan-Ölgii (%)"): that place is the
     * column's region, the group the header's first word names its group; a header that is neither count
     * nor share by its words counts its group ("Kazakhs in Mongolia"), and a share that names no group is the
     * share of the group counted in the same place ("Share of Mongolia (%)"). A place may carry its kind's noun in
     * lower case ("Share of Nordby city (%)": Nordby), and "Of whom in Nordby" counts the table's counted group
     * there. Whether a column was added.
     */
    private boolean ownPlaceColumns(ArticleContext ac, List<String> header, String[] role, String[] columnGroup,
                                    String[] columnPlace) {
        boolean added = false;
        for (int i = 1; i < header.size(); i++) {
            if (columnPlace[i] != null || "group".equals(role[i])) {
                continue;
            }
            String h = withoutBrackets(header.get(i), " ").strip();
            String lower = h.toLowerCase(Locale.ROOT);
            int at = Math.max(lower.lastIndexOf(" of "), lower.lastIndexOf(" in "));
            if (at <= 0) {
                continue;
            }
            String place = h.substring(at + 4).strip();
            if (place.toLowerCase(Locale.ROOT).startsWith("the ")) {
                place = place.substring(4).strip();
            }
            int last = place.lastIndexOf(' ');
            if (!placeHeader(ac, place) && last > 0 && placeKindNouns.contains(place.substring(last + 1))
                    && placeHeader(ac, place.substring(0, last))) {
                place = place.substring(0, last); // "Share of Nordby city (%)": Nordby, as the prose names it
            }
            if (!placeHeader(ac, place)) {
                continue;
            }
            int space = h.indexOf(' ');
            String group = columnGroup[i] != null ? columnGroup[i]
                    : PlaceNames.wholeGroup(ac, space < 0 ? h : h.substring(0, space));
            if (group == null && role[i] == null && OF_WHOM_HEADER.matcher(h).lookingAt()) {
                group = countedGroup(role, columnGroup); // "Of whom in Nordby": the part of the counted group living there
            }
            if (role[i] == null) {
                if (group == null) {
                    continue;
                }
                role[i] = "count";
                added = true;
            }
            columnPlace[i] = place;
            columnGroup[i] = group;
        }
        for (int i = 1; i < header.size(); i++) {
            if ("share".equals(role[i]) && columnPlace[i] != null && columnGroup[i] == null) {
                for (int k = 1; k < header.size(); k++) {
                    if ("count".equals(role[k]) && columnPlace[i].equals(columnPlace[k]) && columnGroup[k] != null) {
                        columnGroup[i] = columnGroup[k];
                    }
                }
            }
        }
        return added;
    }

    /**
     * The one group the count columns count ("| Region | Chinese | Share |"), beside columns of the whole
     * population ("| Census | Germans | Share of population | Total population |": a share is no share of the
     * whole, which is 100%); or null.
     */
    private static String countedGroup(String[] role, String[] columnGroup) {
        String counted = null;
        for (int i = 0; i < role.length; i++) {
            if ("count".equals(role[i]) && columnGroup[i] != null) {
                if (counted != null && !counted.equals(columnGroup[i])) {
                    return null;
                }
                counted = columnGroup[i];
            }
        }
        return counted;
    }

    /** Whether any column has a value (a group, a place) in {@code perColumn}. */
    private static boolean anyColumn(String[] perColumn) {
        for (String v : perColumn) {
            if (v != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The group a place table's caption says it counts: a group's plural name ("Koreans resettled by
     * republic", "Resettlement of Koreans by oblast") or a group's name before a population noun ("Kazakh
     * population by district", with one lower-case word between: "Kazakh special settlers by region"); or null.
     */
    private String captionGroup(ArticleContext ac, String caption) {
        String text = withoutBrackets(caption, " ");
        for (PhraseMatcher.Hit<String> h : ac.groups(text)) {
            String w = text.substring(h.start(), h.end());
            if (w.length() < 3 || !Chars.isUpperCase(w.charAt(0)) || h.start() > 0 && Chars.isLetter(text.charAt(h.start() - 1))
                    || h.end() < text.length() && Chars.isLetter(text.charAt(h.end()))) {
                continue; // a group's name as a whole word: "Crimean Tatars", not "tatars" in another word
            }
            boolean plural = w.endsWith("s");
            String[] next = NOT_WORD.split(text.substring(h.end()).strip(), 3);
            boolean beforeNoun = false;
            for (int k = 0; k < Math.min(2, next.length) && !beforeNoun; k++) {
                // "Afghan refugees in Pakistan"; one lower-case word between: "Kazakh special settlers by region"
                String noun = next[k].toLowerCase(Locale.ROOT);
                beforeNoun = (k == 0 || !next[k - 1].isEmpty() && Character.isLowerCase(next[k - 1].charAt(0)))
                        && (populationNouns.contains(noun) || civilians.contains(noun));
            }
            if (plural || beforeNoun) {
                return h.value(); // "Crimean Tatars by district", "Kazakh population by district"
            }
        }
        return null;
    }

    /**
     * The group a group column's cell names when it is no group's whole name: "Other" for a cell of others
     * ("Persians and others"), else the people it opens with ("Azerbaijani Turks": Azerbaijani), else the cell.
     */
    private String groupOfCell(ArticleContext ac, String cell) {
        for (String w : NOT_WORD.split(cell.toLowerCase(Locale.ROOT))) {
            if (restWords.contains(w) || w.endsWith("s") && restWords.contains(w.substring(0, w.length() - 1))) {
                return DemographicsTable.REMAINDER;
            }
        }
        List<PhraseMatcher.Hit<String>> g = ac.groups(cell);
        return !g.isEmpty() && g.get(0).start() == 0 ? g.get(0).value() : cell;
    }

    /** The words of a caption, in lower case. */
    private static java.util.Set<String> wordsOf(String caption) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : NOT_WORD.split(caption)) {
            out.add(w);
        }
        return out;
    }

    /** How many different cells column {@code i} of the table's rows holds. */
    private static int distinctCells(Element.PipeTable pt, int i) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Element.Row r : pt.rows()) {
            if (i < r.cells().size()) {
                seen.add(r.cell(i).strip());
            }
        }
        return seen.size();
    }

    private static boolean allYearCells(Element.PipeTable pt) {
        for (Element.Row r : pt.rows()) {
            if (!YEAR_CELL.matcher(r.cell(0).strip()).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a column header is a place's name: capitalised words, no group, no total, and a name the
     * article's prose writes ("Kazakhstan").
     */
    private boolean placeHeader(ArticleContext ac, String h) {
        if (h.isEmpty() || PlaceNames.wholeGroup(ac, h) != null || totalCell.matcher(h).matches()
                || !NAME_PATTERN.matcher(h).matches() || headerWords(h.toLowerCase(Locale.ROOT), populationNouns)) {
            return false;
        }
        for (Prose p : ac.prose) {
            int at = p.text.indexOf(h);
            while (at >= 0) {
                int end = at + h.length();
                if ((at == 0 || !Chars.isLetter(p.text.charAt(at - 1)))
                        && (end == p.text.length() || !Chars.isLetter(p.text.charAt(end)))) {
                    return true;
                }
                at = p.text.indexOf(h, at + 1);
            }
        }
        return false;
    }

    private static boolean hasCountColumn(String[] role, String[] columnGroup) {
        for (String r : role) {
            if ("count".equals(r)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a header is one of {@code words} or starts or ends with one ("Population 1940", "Ethnic group"). */
    private static boolean headerWords(String bare, Set<String> words) {
        if (words.contains(bare)) {
            return true;
        }
        String[] w = NOT_LETTERS.split(bare);
        return w.length > 0 && (words.contains(w[0]) || words.contains(w[w.length - 1]));
    }

    static Integer yearOf(String text) {
        for (DateMention d : org.etrkit.datasets.extract.Dates.find(text)) {
            if (d.hasYear()) {
                return d.year();
            }
        }
        return null;
    }

    /**
     * The place a caption names ("Population of the Ili Valley by group, 1944": Ili Valley), else the article's;
     * in a table of years, of a place named by its old and its new name ("Tatars in the Tatar ASSR and Tatarstan,
     * 1926–2021"), the new one, the last.
     */
    private String captionPlace(ArticleContext ac, String caption, boolean ofYears) {
        Matcher m = CAPTION_OF.matcher(caption);
        while (m.find()) {
            String place = placeNames.placeName(m.group(1));
            Matcher renamed = ofYears ? AND_NAME.matcher(caption).region(m.end(), caption.length()) : null;
            if (renamed != null && renamed.lookingAt() && place != null && PlaceNames.wholeGroup(ac, place) == null) {
                String later = placeNames.placeName(renamed.group(1));
                if (later != null && PlaceNames.wholeGroup(ac, later) == null && !startsWithDigit(later)) {
                    place = later;
                }
            }
            if (place != null && PlaceNames.wholeGroup(ac, place) == null && !startsWithDigit(place)) {
                if (ac.articleNames.writtenMoreThanCanonical(place)) {
                    return place; // "Tatarstan", which the prose writes more often than "the Republic of Tatarstan"
                }
                return articlePlaces.ownName(ac, ac.articleNames.canonicalPlace(place));
            }
        }
        return articlePlaces.articlePlace(ac);
    }
}
