package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.ArticlePlace.INFOBOX_PLACE_KEYS;
import static org.etrkit.datasets.tables.PlaceNames.NAME_PATTERN;
import static org.etrkit.datasets.tables.PlaceNames.NOT_WORD;
import static org.etrkit.datasets.tables.DemographicsTable.withoutBrackets;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.DateMention;
import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.extract.Sentence;
import org.etrkit.datasets.parse.Element;
import org.etrkit.datasets.tables.DemographicsTable.Row;

/**
 * The infobox's population entries ("Population Estimate: 4,333,400", "Population: 2.24 million (1981)", "Regions:
 * Liaoning 132,615; Xinjiang 34,399 (all 2010)"): group All or the people the title or the infobox names, for the
 * place the entry or the article's prose gives, in the year the entry gives.
 */
final class PopulationInfobox {

    /** A place named right after an entry's figure: " in Russia". */
    private static final Pattern IN_PLACE = Pattern.compile("\\s+in (?:the )?(" + PlaceNames.NAME + ")(?=\\s*(?:\\(|$|[,;]))");

    private final PlaceNames placeNames;
    private final ArticlePlace articlePlaces;
    private final Set<String> populationNouns;
    private final Set<String> placeHeaders;
    /** Nouns of a people after its adjective ("the Kazakh population", "a Russian minority"). */
    private final Set<String> populationHeads;
    /** Infobox keys that give a population: "Population", "Population Estimate", "Population (1949)". */
    private final Pattern populationKey;

    /** Words of a total ("total", "combined"), dropped after a bracket's place. */
    private final Set<String> totalWords;

    PopulationInfobox(Lexicon lex, PlaceNames placeNames, ArticlePlace articlePlaces) {
        this.placeNames = placeNames;
        this.articlePlaces = articlePlaces;
        this.placeHeaders = lex.set("place_headers");
        this.populationKey = lex.compile("(?:{population_keys})(?:[ _]?(?:{population_key_words}))?\\d*(?:\\s*\\(.*\\))?");
        this.populationNouns = lex.set("population_nouns");
        this.totalWords = lex.set("total_words");
        this.populationHeads = lex.set("population_heads");
    }

    /**
     * The infobox's population entries ("Population Estimate: 4,333,400", "Population: 2.24 million
     * (1981)"): group All, for the place the article's prose gives the same total, else the place its
     * title names ("… of Xinjiang Province"), else its title; in the year the entry gives, else the year
     * of an entry "… Year", else the infobox's date.
     */
    void infobox(Analysis a, ArticleContext ac, int order, List<Row> rows) {
        placeNames.placeWords(ac);
        Map<Integer, org.etrkit.datasets.extract.TextBlock> byLine = new java.util.HashMap<>();
        for (org.etrkit.datasets.extract.TextBlock b : a.corpus.entries().get(order).blocks()) {
            if (b.kind().equals("infobox")) {
                byLine.put(b.at().line(), b);
            }
        }
        List<Row> fromText = List.copyOf(rows);
        String ownGroup = articlePlaces.infoboxGroup(ac); // "Group: Dungans": an article about a people
        String group = ownGroup != null ? ownGroup : titleGroup(ac);
        for (org.etrkit.datasets.parse.Element.InfoboxEntry e : ac.article.infobox()) {
            org.etrkit.datasets.extract.TextBlock b = byLine.get(e.at().line());
            // the people the infobox names, else the people the title names ("Greeks in Norland")
            String placesGroup = ownGroup != null ? ownGroup : group.equals("All") ? null : group;
            if (b != null && placesGroup != null && placeHeaders.contains(unnumbered(e.key()))) {
                regionsEntry(ac, order, e, b, placesGroup, rows); // "Regions: Liaoning 132,615; Xinjiang 34,399"
                continue;
            }
            if (b == null || !populationKey.matcher(e.key()).matches()) {
                continue;
            }
            for (Quantity q : b.quantities()) {
                String u = q.unit().toLowerCase(Locale.ROOT);
                boolean share = u.equals("percent");
                // "Population Estimate: 173,276 Uyghurs (1970)": that group's count
                String counted = share || u.isEmpty() || populationNouns.contains(u) ? null : PlaceNames.wholeGroup(ac, q.noun());
                if (!(u.isEmpty() || share || populationNouns.contains(u) || counted != null)) {
                    continue;
                }
                Long population = share ? null : Math.round(q.value());
                Integer[] year = {null};
                String basis = infoboxYear(ac, e, b, year);
                String region = numberedRegion(ac, e.key());
                String bracketPlace = bracketYearAndPlace(e.value(), q.end(), year);
                basis = year[0] != null ? "infobox" : basis;
                java.util.regex.Matcher in = IN_PLACE.matcher(e.value()).region(Math.min(q.end(), e.value().length()), e.value().length());
                if (region == null && bracketPlace != null) {
                    region = withoutTotalWord(bracketPlace); // "72,005 (1926 census, Far Eastern Krai)": that place
                } else if (region == null && in.lookingAt() && PlaceNames.wholeGroup(ac, in.group(1)) == null) {
                    region = in.group(1); // "about 5.3 million in Russia (2010)"
                } else if (region == null) {
                    // the group of a total the prose gives as all a place's inhabitants is All ("Population Estimate:
                    // 606,532" of an article on "the Volga Germans" whose table gives 606,532 as the republic's total)
                    boolean total = counted == null && ownGroup == null && !share && proseTotal(fromText, population);
                    region = infoboxRegion(ac, fromText, population, counted != null ? counted : total ? "All" : group);
                    if (ownGroup != null && region.equals(ac.article.title())) {
                        // a people's total is for the country its lead says it lives in ("a people of
                        // north-east China"), else names no place
                        region = articlePlaces.articlePlace(ac).equals(ac.article.title()) ? "" : articlePlaces.articlePlace(ac);
                    }
                }
                String rowGroup = counted != null ? counted : group;
                if (counted == null && ownGroup == null && !share && proseTotal(fromText, population)) {
                    rowGroup = "All"; // "Population Estimate: 1,126,429 (Crimean ASSR)", which the prose gives as all its inhabitants
                }
                String quote = e.key() + ": " + e.value();
                Row count = rows.isEmpty() ? null : rows.get(rows.size() - 1);
                if (share && count != null && count.line() == e.at().line() && count.population() != null && count.share() == null
                        && count.region().equals(region) && count.group().equals(rowGroup) && java.util.Objects.equals(count.year(), year[0])) {
                    // "Population: 412,300 (6.8% of the population, 2016 census)": the count's share, one row
                    rows.set(rows.size() - 1, new Row(count.place(), count.region(), count.group(), count.year(), count.yearBasis(),
                            count.population(), q.value(), false, count.source(), count.line(),
                            Quote.of(Sentence.whole(quote), e.key().length() + 2 + count.place().offset(),
                                    e.key().length() + 2 + q.end()), ""));
                    continue;
                }
                rows.add(new Row(new Place(order, e.at().line(), q.start()), region, rowGroup,
                        year[0], basis,
                        population, share ? q.value() : null, false, e.at().source(), e.at().line(),
                        Quote.of(Sentence.whole(quote), e.key().length() + 2 + q.start(),
                                e.key().length() + 2 + q.end()), ""));
            }
        }
    }

    /** A dash or a colon and a hedge word at the end of a place's name before its figure: " – about ". */
    private static final Pattern NAME_END = Pattern.compile("\\s*[–—:-]?\\s*(?:" + Hedges.WORD + "\\s*)?$");

    /** An infobox key in lower case without the number of a numbered entry: "Region2" is "region". */
    private static String unnumbered(String key) {
        String k = key.strip();
        int d = k.length();
        while (d > 0 && Character.isDigit(k.charAt(d - 1))) {
            d--;
        }
        return k.substring(0, d).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * An infobox entry that lists a people's places with a figure each (also one place of a numbered entry,
     * "Region1: Westvale – 31,400 (2015)") ("Regions: Liaoning 132,615; Xinjiang
     * 34,399 (all 2010)"): the people's count in each place named right before a figure, in the entry's year.
     */
    private void regionsEntry(ArticleContext ac, int order, Element.InfoboxEntry e,
                              org.etrkit.datasets.extract.TextBlock b, String group, List<Row> rows) {
        String value = e.value();
        Integer[] year = {null};
        String basis = infoboxYear(ac, e, b, year);
        int from = 0;
        for (Quantity q : b.quantities()) {
            String u = q.unit().toLowerCase(Locale.ROOT);
            if (!u.isEmpty() && !populationNouns.contains(u) || q.start() < from || q.end() > value.length()) {
                continue;
            }
            int cut = Math.max(value.lastIndexOf(';', q.start()), value.lastIndexOf(',', q.start() - 1));
            cut = Math.max(cut, from - 1);
            // "Region1: Westvale – about 9,000 (2015)": the name before a dash and a hedge
            String name = NAME_END.matcher(value.substring(cut + 1, q.start())).replaceFirst("").strip();
            from = q.end();
            String place = name.isEmpty() || !Character.isUpperCase(name.charAt(0)) || !NAME_PATTERN.matcher(name).matches()
                    ? null : placeNames.placeName(name);
            if (place == null || PlaceNames.wholeGroup(ac, place) != null || PlaceNames.isMonth(place)) {
                continue;
            }
            String quote = e.key() + ": " + value;
            rows.add(new Row(new Place(order, e.at().line(), q.start()), place, group, year[0], basis,
                    Math.round(q.value()), null, false, e.at().source(), e.at().line(),
                    Quote.of(Sentence.whole(quote), e.key().length() + 2 + q.start(),
                            e.key().length() + 2 + q.end()), ""));
        }
    }

    /**
     * The bracket right after an infobox figure ("72,005 (1926 census, Far Eastern Krai)"): its year, if it
     * gives one, into {@code year[0]}; and the place it names after a comma (a part that starts with a
     * capital letter and gives no year), or null.
     */
    private static String bracketYearAndPlace(String value, int end, Integer[] year) {
        int open = end;
        while (open < value.length() && value.charAt(open) == ' ') {
            open++;
        }
        int close = open < value.length() && value.charAt(open) == '(' ? value.indexOf(')', open) : -1;
        if (close < 0) {
            return null;
        }
        String place = null;
        int from = open + 1;
        while (from <= close) {
            int comma = value.indexOf(',', from);
            int to = comma < 0 || comma > close ? close : comma;
            String part = value.substring(from, to).strip();
            Integer y = PopulationTables.yearOf(part);
            if (y != null) {
                year[0] = y;
            } else if (!part.isEmpty() && Chars.isUpperCase(part.charAt(0))) {
                place = part;
            }
            from = to + 1;
        }
        return place;
    }

    /** A place without a last word of a total: "Tanzania and Zambia combined" is Tanzania and Zambia. */
    private String withoutTotalWord(String place) {
        int space = place.lastIndexOf(' ');
        return space > 0 && totalWords.contains(place.substring(space + 1)) ? place.substring(0, space).strip() : place;
    }

    /** The year of an infobox population entry in {@code year[0]}, and where it was read ("" when none). */
    private static String infoboxYear(ArticleContext ac, org.etrkit.datasets.parse.Element.InfoboxEntry e,
                                      org.etrkit.datasets.extract.TextBlock b, Integer[] year) {
        for (DateMention d : b.dates()) {
            if (d.hasYear()) {
                year[0] = d.year();
                return "infobox";
            }
        }
        for (org.etrkit.datasets.parse.Element.InfoboxEntry other : ac.article.infobox()) {
            String k = other.key().toLowerCase(Locale.ROOT);
            if (k.startsWith(e.key().toLowerCase(Locale.ROOT)) && k.contains("year")) {
                for (DateMention d : org.etrkit.datasets.extract.Dates.find(other.value())) {
                    if (d.hasYear()) {
                        year[0] = d.year();
                        return "infobox";
                    }
                }
            }
        }
        if (ac.infoboxDate != null && ac.infoboxDate.hasYear()) {
            year[0] = ac.infoboxDate.year();
            return "infobox";
        }
        return "";
    }

    /**
     * The group an article is about, whose population its infobox gives: a group its title names in the
     * plural ("Deportation of Koreans …") or before a noun of a people's community ("Russian community of
     * Harbin", {@code population_heads}), or that opens a title placing it ("Hui in Westland"); else All ("Kazakh
     * famine of 1930–1933").
     */
    private String titleGroup(ArticleContext ac) {
        String title = ac.article.title() == null ? "" : ac.article.title();
        String[] words = NOT_WORD.split(title);
        for (int k = 0; k < words.length; k++) {
            String w = words[k];
            String g = w.isEmpty() || !Chars.isUpperCase(w.charAt(0)) ? null : PlaceNames.wholeGroup(ac, w);
            if (g == null) {
                continue;
            }
            boolean plural = w.endsWith("s") && !w.equalsIgnoreCase(g);
            boolean community = k + 1 < words.length && populationHeads.contains(words[k + 1].toLowerCase(Locale.ROOT));
            // "Hui in Westland": a people whose name has no plural ending, opening a title that places it
            boolean placed = k == 0 && k + 1 < words.length && words[k + 1].equals("in");
            if (plural || community || placed) {
                return g;
            }
        }
        return "All";
    }

    /** The value of the place entry of a numbered population entry's number ("Pop2": "Region2"), or null. */
    private static String numberedRegion(ArticleContext ac, String key) {
        int d = key.length();
        while (d > 0 && Character.isDigit(key.charAt(d - 1))) {
            d--;
        }
        if (d == key.length()) {
            return null;
        }
        String number = key.substring(d);
        for (org.etrkit.datasets.parse.Element.InfoboxEntry e : ac.article.infobox()) {
            for (String k : INFOBOX_PLACE_KEYS) {
                if (e.key().strip().equalsIgnoreCase(k + number)) {
                    String v = withoutBrackets(e.value(), "").strip();
                    return v.isEmpty() ? null : v;
                }
            }
        }
        return null;
    }

    /** Whether the prose reads {@code population} as a total (group All), and as no group's count. */
    private static boolean proseTotal(List<Row> fromText, Long population) {
        boolean all = false;
        for (Row r : fromText) {
            if (population.equals(r.population())) {
                if (!r.group().equals("All")) {
                    return false;
                }
                all = true;
            }
        }
        return all;
    }

    /** The place of an infobox population: as the prose's row of the same total, else the title's place, else the title. */
    private String infoboxRegion(ArticleContext ac, List<Row> fromText, Long population, String group) {
        for (Row r : fromText) {
            if (population != null && population.equals(r.population()) && r.group().equals(group)
                    && !r.region().isEmpty()) {
                return r.region();
            }
        }
        return articlePlaces.statePlace(ac);
    }
}
