package org.etrkit.datasets.tables;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** Places: the place of a count set beside another group's by "those of X, N", the group's people in another place. */
class DemographicsComparedPlacesTest {

    @Test
    void aCountAfterThoseOfAPlaceIsThatPlacesAndSoIsOneAfterAndOfAnother() {
        Table t = Fixtures.build("compared.txt", """
                = Tatars in Norland =

                == Census ==
                At the 1979 census 12,400 Tatars lived in the Norland SSR. The Tatars of the Norland SSR were outnumbered by those of the Ostrov SSR, 52,100, and of the Varna SSR, 14,800.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 52_100L).has("region", "Ostrov SSR").has("group", "Tatar").has("year", 1979);
        a.rowWith("population", 14_800L).has("region", "Varna SSR").has("group", "Tatar").has("year", 1979);
    }
}
