package org.etrkit.datasets.tables;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/**
 * Groups: a people the lexicon does not list, named in the plural after "were" right after a part of a count, or
 * named by the article's title ("Tavars in Norland").
 */
class DemographicsUnlistedGroupsTest {

    @Test
    void aCapitalisedPluralAfterWereRightAfterAPartIsItsGroup() {
        Table t = Fixtures.build("unlisted.txt", """
                = Tatars in Norland =

                == History ==
                The 1926 census counted 9,870 Tatars in the Norland ASSR, of whom 4,105 were Mishars living mostly in the Ostrov district.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 9_870L).has("group", "Tatar");
        a.rowWith("population", 4_105L).has("group", "Mishar").has("region", "Norland ASSR");
    }

    @Test
    void thePluralPeopleATitleSaysLiveInAPlaceIsAGroupOfItsArticle() {
        Table t = Fixtures.build("title-people.txt", """
                = Tavars in Norland (1941–1950) =

                The Tavars were deported to Norland in 1941.

                == Settlement ==
                In 1946 the Tavar community in the Ostrov ASSR numbered about 13,400. The 1949 census counted 12,650 Tavars in the Ostrov ASSR.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 13_400L).has("group", "Tavar").has("region", "Ostrov ASSR").has("year", 1946);
        a.rowWith("population", 12_650L).has("group", "Tavar").has("region", "Ostrov ASSR").has("year", 1949);
    }

    @Test
    void aCapitalisedPluralCountedInAListOfCountsOfKnownPeoplesIsAGroup() {
        Table t = Fixtures.build("listed-people.txt", """
                = Chechens in Norland =

                == Settlers ==
                The Chechens lived beside other deported peoples. In 1951 the Ostrov ASSR held about 88,000 special settlers in all, among them 31,000 Chechens, some 4,000 Ingush and about 12,000 Tavars.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 31_000L).has("group", "Chechen");
        a.rowWith("population", 12_000L).has("group", "Tavar").has("region", "Ostrov ASSR").has("year", 1951);
    }
}
