package org.etrkit.datasets.tables;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** Population statements are read in their usual forms from any article. */
class DemographicsTableTest {

    private static final String CENSUS = """
            = Census Fixture =

            == People ==
            In 1941 Sinkiang had 3,730,051 inhabitants. Uyghurs numbered about 2.94 million, or 78.8% of the total, and Kazakhs about 326,000 (8.7%). The capital Dihua had 50,000 residents, of whom roughly 60% were Han Chinese.

            About 12,000 Kazakhs fled to Gansu in 1936. The population of Kumul was 90,000 at the end of 1943.

            Tarbagatay District had the highest share of Kazakhs at 61.5%.
            """;

    private static Table demographics() {
        return Fixtures.build("census.txt", CENSUS).demographics();
    }

    @Test
    void readsTotalsCountsWithSharesAndSharesOfWhom() {
        TableAsserts t = TableAsserts.of(demographics());
        t.rowWith("population", 3_730_051L).has("region", "Sinkiang").has("group", "All").has("year", 1941)
                .has("year_basis", "sentence").has("derived", false);
        t.rowWith("group", "Uyghur").has("population", 2_940_000L).has("share_pct", 78.8).has("region", "Sinkiang")
                .has("year", 1941).has("year_basis", "paragraph");
        t.rowWith("group", "Kazakh", "line", 4).has("population", 326_000L).has("share_pct", 8.7);
        t.rowWith("group", "Han Chinese").has("share_pct", 60.0).has("region", "Dihua").has("population", null);
        t.rowWith("population", 50_000L).has("group", "All").has("region", "Dihua");
    }

    @Test
    void movementsAreNoPopulationAndTheRegionIsThePlaceNamed() {
        TableAsserts t = TableAsserts.of(demographics());
        t.hasNoRowWith("population", 12_000L);
        t.rowWith("population", 90_000L).has("region", "Kumul").has("group", "All").has("year", 1943);
        t.rowWith("share_pct", 61.5).has("region", "Tarbagatay").has("group", "Kazakh").has("year", null);
    }

    @Test
    void aGroupAfterACopulaOrBeforeAColonIsTheFiguresGroup() {
        Table t = Fixtures.build("list.txt", """
                = List =

                In 1949 Kashgar had 300,000 inhabitants. Of these, 240,000 were Uyghurs. By language: Kyrgyz: 20,000 (6.7%).
                """).demographics();
        TableAsserts.of(t).rowWith("population", 240_000L).has("group", "Uyghur").has("region", "Kashgar")
                .has("year", 1949);
        TableAsserts.of(t).rowWith("population", 20_000L).has("group", "Kyrgyz").has("share_pct", 6.7);
    }

    @Test
    void derivesTheRemainderOfEachRegionAndYear() {
        TableAsserts t = TableAsserts.of(demographics());
        t.rowWith("region", "Sinkiang", "derived", true).has("group", "Other")
                .has("population", 3_730_051L - 2_940_000L - 326_000L);
        t.rowWith("region", "Dihua", "derived", true).has("share_pct", 40.0);
    }
}
