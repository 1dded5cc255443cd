package org.etrkit.datasets.tables;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/**
 * Places: a short name that stands for a longer one the article writes: a state noun alone ("the Kingdom") for the
 * state the infobox's parties name with it, a plural ("the Kessels") for the islands named with its stem.
 */
class DemographicsShortNamesTest {

    @Test
    void theKingdomIsTheKingdomTheInfoboxNamesAsARecipient() {
        Table t = Fixtures.build("kingdom.txt", """
                = Soviet aid to Norland (1950–1965) =

                Infobox
                - Name: Soviet aid to Norland
                - Donor: Soviet Union
                - Recipients: Hashemite Kingdom of Norland (1950–1958), Norland Republic (1958–1965)

                == Background ==
                In 1950 the Kingdom was a country of some 2.1 million people with no railway.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 2_100_000L).has("region", "Hashemite Kingdom of Norland").has("year", 1950);
    }

    @Test
    void aPluralNameIsTheIslandsTheArticleNamesWithItsStem() {
        Table t = Fixtures.build("kessels.txt", """
                = Battle of Varo Island (1951) =

                == Background ==
                The Kessel Islands, about 20 kilometres south of Varo, were held by a garrison of 3,000 men. The Kessels had some 9,000 inhabitants in 1950, most of them farmers.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 9_000L).has("region", "Kessel Islands").has("year", 1950);
    }
}
