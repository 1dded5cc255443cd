package org.etrkit.datasets.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.etrkit.datasets.Datasets;
import org.etrkit.datasets.parse.Article;
import org.etrkit.datasets.parse.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** Checks the tables built from the project's seeds against the seed files themselves. */
class SeedTablesTest {

    static final Path SEEDS = Path.of(System.getProperty("etr.root", "..")).resolve("seeds");
    private static Datasets data;
    private static final Map<String, List<String>> LINES = new HashMap<>();

    @BeforeAll
    static void build() throws IOException {
        data = Datasets.build(SEEDS);
        try (var files = Files.list(SEEDS)) {
            for (Path p : files.toList()) {
                LINES.put(p.getFileName().toString(), Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
    }

    private static String line(Row r) {
        return LINES.get(r.getString("source")).get(r.getInt("line") - 1);
    }

    @Test
    void rosterHasEveryRowOfTheCouncilTableEachOnItsLine() {
        Article etr = Datasets.readArticles(SEEDS).stream()
                .filter(a -> a.tables().stream().anyMatch(t -> t.caption().contains("Interim Government Council")))
                .findFirst().orElseThrow();
        Element.PipeTable council = etr.tables().get(0);
        Table roster = data.roster();
        assertEquals(council.rows().size(), roster.rowCount());
        assertEquals(18, roster.rowCount(), "the issue's contract: 18 council members");
        for (Row r : roster) {
            String line = line(r);
            String start = "| " + r.getString("name") + " | " + r.getString("ethnicity") + " |";
            assertTrue(line.startsWith(start), line);
            String position = r.getString("position");
            String rest = line.substring(start.length());
            // the last cell is the position, or empty where the article gives none
            assertEquals(position.isEmpty() ? "|" : position + " |", rest.strip(), line);
            assertEquals("Interim Government Council", r.getString("body"));
        }
        assertFalse(roster.stringColumn("name").asList().stream().anyMatch(n -> n.startsWith("Sources")));
    }

    @Test
    void everyCuratedFigureQuotesItsLine() {
        for (String name : List.of("demographics", "aid", "troops")) {
            assertFalse(data.table(name).isEmpty(), name + " has rows to check");
            for (Row r : data.table(name)) {
                String quote = r.getString("quote");
                if (name.equals("demographics") && r.getBoolean("derived")) {
                    assertEquals("", quote);
                    continue;
                }
                for (String part : quote.split("…")) {
                    assertFalse(part.isBlank(), name + " row quotes nothing: '" + quote + "'");
                    assertTrue(line(r).contains(part.strip()), name + " row quotes text not on its line: " + quote);
                }
            }
        }
    }

    @Test
    void everyFigureIsWrittenInItsQuote() {
        assertFalse(data.troops().isEmpty() || data.demographics().isEmpty(), "rows to check");
        for (Row r : data.troops()) {
            assertTrue(writtenIn(r.getString("quote"), r.getLong("count_low")), r.toString());
            assertTrue(writtenIn(r.getString("quote"), r.getLong("count_high")), r.toString());
            assertTrue(Rules.SIDE_CODES.contains(r.getString("side")));
        }
        for (Row r : data.demographics()) {
            if (!r.getBoolean("derived") && !r.isMissing("population")) {
                assertTrue(writtenIn(r.getString("quote"), r.getLong("population")), r.toString());
            }
        }
    }

    /** 705168 is written "705,168", 1500000 "1.5 million"; anything else is flagged. */
    private static boolean writtenIn(String quote, long value) {
        String grouped = String.format(java.util.Locale.ENGLISH, "%,d", value);
        if (quote.contains(grouped)) {
            return true;
        }
        for (long scale : new long[] {1_000_000_000L, 1_000_000L}) {
            if (value % (scale / 10) == 0 && value >= scale) {
                String s = java.math.BigDecimal.valueOf(value).divide(java.math.BigDecimal.valueOf(scale))
                        .stripTrailingZeros().toPlainString() + (scale == 1_000_000L ? " million" : " billion");
                if (quote.contains(s) || quote.contains("one million") && value == 1_000_000L) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void demographicsCoverTheRepublicAndItsDistrictsWithOneDerivedRemainderEach() {
        Table d = data.demographics();
        Set<String> regions = new HashSet<>(d.stringColumn("region").asList());
        // line 128 of the ETR article gives the republic, Altay and Ili (no figure of Tarbagatay)
        assertEquals(Set.of("ETR", "Ili", "Altay"), regions);
        for (String region : regions) {
            long derived = d.where(d.stringColumn("region").isEqualTo(region)
                    .and(d.booleanColumn("derived").isTrue())).rowCount();
            assertEquals(1, derived, region);
        }
    }

    @Test
    void everyMentionStandsAtItsLineAndColumn() {
        assertFalse(data.mentions().isEmpty(), "mentions to check");
        for (Row r : data.mentions()) {
            String line = line(r);
            int col = line.offsetByCodePoints(0, r.getInt("column") - 1);
            assertTrue(line.startsWith(r.getString("text"), col), r.getString("text") + " not at column in: " + line);
        }
    }

    @Test
    void everyTimelineEventIsOnItsLineAndContainsItsDate() {
        int cut = 0;
        for (Row r : data.timeline()) {
            String event = r.getString("event");
            for (String part : event.split("…")) {
                assertFalse(part.isBlank(), "an event with nothing quoted: '" + event + "'");
                assertTrue(line(r).contains(part.strip()), event);
            }
            cut += event.contains("…") ? 1 : 0;
            assertTrue(event.length() <= Quote.MAX + 2, event);
            assertTrue(event.contains(r.getString("date_text")));
            assertTrue(r.getString("date").startsWith(Integer.toString(r.getInt("year"))));
            Period p = Period.of(r.getString("date"));
            assertEquals(p.from(), r.getDate("date_from"));
            assertEquals(p.to(), r.getDate("date_to"));
        }
        assertTrue(cut > 0, "the seeds have sentences longer than the quote limit, cut around their date");
    }

    /** Every figure of people under arms in the seeds, read by hand from the seed text: line, low, high, side. */
    private static final List<String> SEED_TROOPS = List.of(
            "second-east-turkestan-republic.txt:52 1500-1500 ETR",
            "second-east-turkestan-republic.txt:58 60000-60000 ETR",
            "second-east-turkestan-republic.txt:58 500-500 USSR",
            "second-east-turkestan-republic.txt:58 2000-2000 USSR",
            "second-east-turkestan-republic.txt:58 20000-20000 ETR",
            "second-east-turkestan-republic.txt:66 100000-100000 ROC",
            "second-east-turkestan-republic.txt:107 60000-60000 ETR",
            "second-east-turkestan-republic.txt:113 25000-30000 ETR",
            "second-east-turkestan-republic.txt:113 11000-12000 ETR",
            "second-east-turkestan-republic.txt:113 70000-70000 ROC",
            "second-east-turkestan-republic.txt:119 7000-7000 Other",
            "second-east-turkestan-republic.txt:121 14000-14000 ETR",
            "sino-soviet-non-aggression-pact.txt:21 30000-30000 ROC",
            "sino-soviet-relations.txt:29 1500-1500 USSR",
            "sino-soviet-relations.txt:29 2000-2000 USSR",
            "sino-soviet-relations.txt:33 1500000-1500000 USSR",
            "sino-soviet-relations.txt:33 1000000-1000000 Japan",
            "sino-soviet-relations.txt:33 700000-700000 Japan");

    @Test
    void troopsOfTheSeedsAreEveryFigureOfPeopleUnderArmsWithItsSide() {
        List<String> got = new java.util.ArrayList<>();
        for (Row r : data.troops()) {
            got.add(r.getString("source") + ":" + r.getInt("line") + " " + r.getLong("count_low") + "-"
                    + r.getLong("count_high") + " " + r.getString("side"));
        }
        assertEquals(SEED_TROOPS, got);
        Table t = data.troops();
        assertEquals("surrendered", t.stringColumn("measure").get(17));
        assertEquals("sent", t.stringColumn("measure").get(13 + 1));
    }

    /** Every quantified transfer in the seeds, read by hand: line, donor, recipient, quantity. */
    private static final List<String> SEED_AID = List.of(
            "second-east-turkestan-republic.txt:58 USSR>ETR 500",
            "second-east-turkestan-republic.txt:58 USSR>ETR 2000",
            "sino-soviet-relations.txt:29 USSR>ROC 250000000",
            "sino-soviet-relations.txt:29 USSR>ROC 900",
            "sino-soviet-relations.txt:29 USSR>ROC 82",
            "sino-soviet-relations.txt:29 USSR>ROC 1500",
            "sino-soviet-relations.txt:29 USSR>ROC 2000");

    @Test
    void aidOfTheSeedsIsEveryQuantifiedTransferWithDonorAndRecipient() {
        List<String> got = new java.util.ArrayList<>();
        for (Row r : data.aid()) {
            got.add(r.getString("source") + ":" + r.getInt("line") + " " + r.getString("donor") + ">"
                    + r.getString("recipient") + " " + Math.round(r.getDouble("quantity")));
        }
        assertEquals(SEED_AID, got);
        for (Row r : data.aid()) {
            if (r.getString("source").equals("sino-soviet-relations.txt")) {
                assertEquals(1937, r.getInt("year_start"));
                assertEquals(1941, r.getInt("year_end"), "the paragraph says the aid was halted in April 1941");
            }
        }
    }

    @Test
    void everyPipeTableIsPublishedWithItsHeader() {
        List<String> generic = data.names().stream().filter(n -> n.startsWith("tables/")).toList();
        long tables = Datasets.readArticles(SEEDS).stream().mapToLong(a -> a.tables().size()).sum();
        assertEquals(tables, generic.size());
        Table t = data.table(generic.get(0));
        assertEquals(List.of("Name", "Ethnicity", "Position(s)"), t.columnNames());
    }

    @Test
    void infoboxKeepsEveryEntryWithItsLine() {
        assertFalse(data.infobox().isEmpty(), "infobox entries to check");
        for (Row r : data.infobox()) {
            assertTrue(line(r).startsWith("- " + r.getString("key") + ":"), line(r));
        }
    }
}
