package org.etrkit.datasets.tables;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/**
 * Groups: counts of the people an article is about that another people's name qualifies ("Sart Uzbeks") or that
 * sum the groups the census split it into ("people of the two groups").
 */
class DemographicsOwnPeopleTest {

    @Test
    void aPeoplesNameBeforeTheArticlesPeopleQualifiesItAndTheGroupsACensusSplitItIntoAreItsPeople() {
        Table t = Fixtures.build("subgroups.txt", """
                = Uzbeks in Norland =

                Infobox
                - Group: Uzbeks in Norland

                == History ==
                The census of 1911 counted about 3,200 Sart Uzbeks in the Ostrov district, 2.1 percent of its population.

                The 1930 census, which still listed Uzbeks and Sarts apart, counted 7,450 people of the two groups in the Norland ASSR.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 3_200L).has("group", "Uzbek").has("share_pct", 2.1);
        a.rowWith("population", 7_450L).has("group", "Uzbek").has("region", "Norland ASSR");
    }
}
