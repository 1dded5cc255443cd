package org.etrkit.datasets.tables;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** Places: a lower-case noun that stays in a place's name ("Velsk volost") stays in the plural after two joined places. */
class DemographicsKeptNounsTest {

    @Test
    void aKeptNounInThePluralAfterTwoJoinedPlacesStaysInTheirName() {
        Table t = Fixtures.build("volosts.txt", """
                = Tatars in Norland =

                == History ==
                The census of 1911 counted about 2,300 Tatars in the Ostrov and Velsk volosts, 3.4 percent of their population.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 2_300L).has("region", "Ostrov and Velsk volosts").has("share_pct", 3.4);
    }
}
