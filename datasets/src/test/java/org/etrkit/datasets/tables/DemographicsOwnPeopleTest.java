package org.etrkit.datasets.tables;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/**
 * Groups: counts of the people an article is about that another people's name qualifies ("Sart Uzbeks"), that
 * sum the groups the census split it into ("people of the two groups"), or that a list after a clause about the
 * community gives by place ("the community is small: 940 in X, 720 in Y").
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

    @Test
    void aColonsListOfCountsInPlacesAfterAClauseAboutTheCommunityCountsTheArticlesPeopleInEach() {
        // invented sentence: "the community is small: 940 in Dalny, 720 in Rusk and 610 in Tosk"
        Table t = Fixtures.build("colon-places.txt", """
                = Greeks in Norland =

                The Greeks are a minority in Norland.

                == Distribution ==
                The Greek population lives mostly in the west. In 2011 the east had few of them, and the community there is small: 940 in Dalny, 720 in Rusk and about 610 in Tosk.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 940L).has("region", "Dalny").has("group", "Greek").has("year", 2011);
        a.rowWith("population", 720L).has("region", "Rusk").has("group", "Greek");
        a.rowWith("population", 610L).has("region", "Tosk").has("group", "Greek");
    }

    @Test
    void anEstimateThatPutsTheCommunityAtAFigureCountsTheArticlesPeopleAndItsWholePopulationIsAll() {
        // invented sentences: "put the community at", "estimated the community at" are counts of the Greeks; "of a
        // population of 15.8 million" is the country's people
        Table t = Fixtures.build("estimatedcommunity.txt", """
                = Greeks in Norland =

                Greeks in Norland are the ethnic Greeks living in Norland.

                Most of them emigrated to Greece in the 1990s. Norland has held no census since 1989, and an official estimate for 2016 put the community at about 6,000.

                == History ==
                The State Committee on Statistics estimated the community at 71,000 in 2001, about 0.45% of a population of 15.8 million.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 6_000L).has("group", "Greek").has("region", "Norland").has("year", 2016);
        a.rowWith("population", 71_000L).has("group", "Greek").has("share_pct", 0.45).has("year", 2001);
        a.rowWith("population", 15_800_000L).has("group", "All").has("region", "Norland").has("year", 2001);
    }
}
