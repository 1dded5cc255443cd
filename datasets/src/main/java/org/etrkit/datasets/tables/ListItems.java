package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.PlaceNames.NAME;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.etrkit.datasets.extract.DateMention;
import org.etrkit.datasets.extract.Sentence;

/**
 * A list item after a paragraph that ends with a colon, and what it takes from that lead-in paragraph ({@link
 * PopulationStatements}): whether the lead-in is about a population ("The figures by league were:") and the last year
 * it gives; the place the item opens with ("- Hulunbuir: 316,000") and the people the lead-in opens with ("Tatars
 * in other regions at the 2010 census:"), or the year the item opens with ("- 1959: 42,337") and the group and place
 * of the lead-in's last sentence ("The Korean population of the oblast was recorded at the following censuses:").
 * Read once per block ({@link #read}); its fields are the answers for that block.
 */
final class ListItems {

    /** A list item that opens with a place and a colon: "Hulunbuir: 316,000", "Shilingol and Chahar: 424,000". */
    static final Pattern ITEM_PLACE = Pattern.compile("\\s*(" + NAME + "(?:,? and " + NAME + ")?):\\s+(?=\\d)");

    /** A people's plural name that opens a sentence, its subject: "Tatars in other regions …". */
    private static final Pattern PEOPLE_OPENING = Pattern.compile("\\s*(?:The )?((?-i:\\p{Lu})[\\p{L}-]+s)\\b(?! of\\b)");

    /** Where a population word is ("population", "inhabitants"). */
    private final Pattern populationWords;
    private final FigureGroup figureGroups;
    private final FigureRegion figureRegions;
    /** The place a list item opens with ("Hulunbuir: 316,000"), else null; where its figure starts. */
    String itemPlace;
    int itemFigure = -1;
    /** The year a list item opens with ("- 1959: 42,337"), else null; the lead-in's group and place for it. */
    Integer itemYear;
    String leadInGroup;
    /** The people a lead-in into a list of places opens with ("Tatars in other regions at the 2010 census:"), else null. */
    String leadInPeople;
    String leadInRegion;
    /** Whether the paragraph that leads into a list item ("The figures by league were:") is about a population. */
    boolean leadInCounts;
    /** The last year the lead-in paragraph of a list item gives, else null. */
    Integer leadInYear;

    ListItems(Pattern populationWords, FigureGroup figureGroups, FigureRegion figureRegions) {
        this.populationWords = populationWords;
        this.figureGroups = figureGroups;
        this.figureRegions = figureRegions;
    }

    /**
     * For a list item after a paragraph that ends with a colon, what the item takes from that paragraph:
     * whether it is about a population, its last year, and the place the item opens with.
     */
    void read(ArticleContext ac, Prose p) {
        itemPlace = null;
        itemFigure = -1;
        itemYear = null;
        leadInGroup = null;
        leadInPeople = null;
        leadInRegion = null;
        leadInCounts = false;
        leadInYear = null;
        if (!p.block.kind().equals("item")) {
            return;
        }
        int i = ac.prose.indexOf(p);
        while (i > 0 && ac.prose.get(i - 1).block.kind().equals("item")) {
            i--;
        }
        if (i <= 0 || !ac.prose.get(i - 1).text.strip().endsWith(":")) {
            return;
        }
        Prose lead = ac.prose.get(i - 1);
        leadInCounts = populationWords.matcher(lead.text).find();
        for (DateMention d : org.etrkit.datasets.extract.Dates.find(lead.text)) {
            if (d.hasYear()) {
                leadInYear = d.year();
            }
        }
        Matcher m = ITEM_PLACE.matcher(p.text);
        if (m.lookingAt() && !PlaceNames.isGroup(p, m.group(1)) && !PlaceNames.isMonth(m.group(1))) {
            itemPlace = m.group(1);
            itemFigure = m.end();
            Sentence opening = lead.sentence(lead.sentenceIndex(lead.text.lastIndexOf(':')));
            Matcher people = PEOPLE_OPENING.matcher(lead.text).region(opening.start(), opening.end());
            leadInPeople = people.lookingAt() ? PlaceNames.wholeGroup(ac, people.group(1)) : null;
        } else if (leadInCounts) {
            yearItem(ac, lead, p);
        }
    }

    /**
     * For a list item that opens with a year and a colon ("- 1959: 42,337, or 6.5%"): that year, where its
     * figure starts, and the group and place of the lead-in's last sentence ("The Korean population of the
     * oblast was recorded at the following censuses:").
     */
    private void yearItem(ArticleContext ac, Prose lead, Prose p) {
        String text = p.text;
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int digits = i;
        while (digits < text.length() && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
            digits++;
        }
        if (digits - i != 4 || digits >= text.length() || text.charAt(digits) != ':') {
            return;
        }
        int figure = digits + 1;
        while (figure < text.length() && text.charAt(figure) == ' ') {
            figure++;
        }
        if (figure == text.length() || text.charAt(figure) < '0' || text.charAt(figure) > '9') {
            return;
        }
        itemYear = Integer.parseInt(text.substring(i, digits));
        itemFigure = figure;
        int colon = lead.text.lastIndexOf(':');
        leadInGroup = figureGroups.groupBefore(lead, colon);
        int si = lead.sentenceIndex(colon);
        Sentence last = lead.sentence(si);
        String paragraph = figureRegions.sentencePlace(lead, last);
        if (paragraph == null && si > 0) {
            paragraph = figureRegions.sentencePlace(lead, lead.sentence(si - 1)); // "Most Tatars lived in X. The Tatar population of the district …"
        }
        String place = figureRegions.anaphor(ac, lead, last.start(), colon, paragraph);
        leadInRegion = place != null ? place : paragraph;
    }
}
