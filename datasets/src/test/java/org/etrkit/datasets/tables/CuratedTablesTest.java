package org.etrkit.datasets.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.etrkit.datasets.Datasets;
import org.etrkit.datasets.parse.ArticleParser;
import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** The curated tables follow the text: fixtures with changed figures give changed tables. */
class CuratedTablesTest {

    private static final String ARTICLE = """
            = Fixture Republic =

            == Government ==
              - Interim Government Council of the Fixture Republic**

            | Name | Ethnicity | Position(s) |
            | Ann Example | Uzbek | President |
            | Bob Example | Uyghur | |
            | Sources: x | | |

            ==Military==
            The National Army enlisted 21,000 to 23,000 troops. In accordance with the peace agreement signed on 6 June 1947, this number was reduced to 9,000 to 10,000 troops and restricted.

            ==Demographics==
            The ETR had a total population of 712,345 people at the end of 1944. Kazakhs made up 50.0% of the population, or 356,172 people, while Uyghurs made up 30.0% of the population, or 213,703 people.

            ==Aid==
            In August 1938, the Soviet Union established a non-aggression pact with the Republic of China. The Republic of China received credits for $300 million for the purchase of Soviet weapons. There followed big arms deliveries, including more than 950 aircraft and 80 tanks. Soviet aid to the Nationalist government was halted after the signing of a pact in April 1942.

            ==Other==
            Some 3,000 soldiers were seen marching.
            """;

    private static Datasets build() {
        return Datasets.fromArticles(List.of(ArticleParser.parse("fixture.txt", ARTICLE)), Rules.defaults());
    }

    @Test
    void rosterHasOneRowPerTableRowWithBodyFromCaptionAndEmptyPosition() {
        Table roster = build().roster();
        assertEquals(2, roster.rowCount());
        assertEquals("Ann Example", roster.stringColumn("name").get(0));
        assertEquals("Interim Government Council", roster.stringColumn("body").get(0));
        assertEquals("", roster.stringColumn("position").get(1));
        assertEquals(7, roster.intColumn("line").get(0));
        assertEquals("fixture.txt", roster.stringColumn("source").get(1));
    }

    @Test
    void demographicsReadTheTextAndMarkTheRemainderAsDerived() {
        Table d = build().demographics();
        Row all = find(d, "group", "All");
        assertEquals(712345L, all.getLong("population"));
        assertEquals(1944, all.getInt("year"));
        assertFalse(all.getBoolean("derived"));
        Row kazakh = find(d, "group", "Kazakh");
        assertEquals(356172L, kazakh.getLong("population"));
        assertEquals(50.0, kazakh.getDouble("share_pct"));
        Row rest = find(d, "group", "Other");
        assertTrue(rest.getBoolean("derived"));
        assertEquals(712345L - 356172L - 213703L, rest.getLong("population"));
        assertEquals(20.0, rest.getDouble("share_pct"), 1e-9);
        assertTrue(rest.getString("note").startsWith("derived"), rest.getString("note"));
        assertEquals(15, rest.getInt("line"));
    }

    @Test
    void aidTakesItemsQualifiersAndPeriodFromTheParagraph() {
        Table aid = build().aid();
        assertEquals(3, aid.rowCount());
        Row credits = find(aid, "item", "credits");
        assertEquals("USSR", credits.getString("donor"));
        assertEquals("ROC", credits.getString("recipient"));
        assertEquals(300_000_000.0, credits.getDouble("quantity"));
        assertEquals("USD", credits.getString("unit"));
        assertEquals(1938, credits.getInt("year_start"));
        assertEquals(1942, credits.getInt("year_end"));
        Row aircraft = find(aid, "item", "aircraft");
        assertEquals(950.0, aircraft.getDouble("quantity"));
        assertEquals("more_than", aircraft.getString("qualifier"));
        assertEquals("USSR", aircraft.getString("donor"));
        assertEquals("ROC", aircraft.getString("recipient"));
    }

    @Test
    void troopsFollowTheTextWithRangesDatesAndSides() {
        Table t = build().troops();
        Row enlisted = find(t, "count_low", 21000L);
        assertEquals(23000L, enlisted.getLong("count_high"));
        assertEquals("", enlisted.getString("date"));
        assertEquals("ETR", enlisted.getString("side"));
        assertEquals("National Army", enlisted.getString("force"));
        Row reduced = find(t, "count_low", 9000L);
        assertEquals(10000L, reduced.getLong("count_high"));
        assertEquals("1947-06-06", reduced.getString("date"));
        assertEquals(java.time.LocalDate.of(1947, 6, 6), reduced.getDate("date_from"));
        assertEquals(java.time.LocalDate.of(1947, 6, 6), reduced.getDate("date_to"));
        assertEquals("sentence", reduced.getString("date_basis"));
        assertEquals("ETR", reduced.getString("side"), "'this number' is the National Army's");
        Row unnamed = find(t, "count_low", 3000L);
        assertEquals("Other", unnamed.getString("side"));
        assertEquals(3000L, unnamed.getLong("count_high"));
        assertEquals("about", unnamed.getString("qualifier"));
        assertEquals("strength", unnamed.getString("measure"));
    }

    @Test
    void aFigureNoNumberEqualsIsAMentionWithoutValueAndWithItsReason() {
        String text = "= T =\n\nThey counted 12,345,678,901,234,567 men and 7 tanks.\n";
        Table m = Datasets.fromArticles(List.of(ArticleParser.parse("r.txt", text)), Rules.defaults()).mentions();
        assertEquals(List.of("12,345,678,901,234,567", "7 tanks"), m.stringColumn("text").asList());
        Row rejected = m.row(0);
        assertTrue(rejected.isMissing("value") && rejected.isMissing("value_high"));
        assertEquals(14, rejected.getInt("column"));
        assertTrue(rejected.getString("note").startsWith("not stored: a whole number beyond 9,007,199,254,740,991"),
                rejected.getString("note"));
        assertEquals(7.0, m.row(1).getDouble("value"));
        assertEquals("", m.row(1).getString("note"));
    }

    private static Row find(Table t, String column, Object value) {
        for (Row r : t) {
            if (r.getObject(column).equals(value)) {
                return t.row(r.getRowNumber()); // the iterator's row is a cursor that moves on
            }
        }
        throw new AssertionError("no row with " + column + "=" + value + " in\n" + t.printAll());
    }
}
