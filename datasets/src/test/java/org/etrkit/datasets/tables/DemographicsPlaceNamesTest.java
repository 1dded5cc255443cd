package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.DemographicsFixture.*;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** Place names: how the region a population figure is for is written (a state's short name, administrative nouns kept or dropped, places counted together). */
class DemographicsPlaceNamesTest {

    @Test
    void aStateNameAfterALeadingWordAndTwoBlanksIsReadWithoutABlankForm() {
        // "The  Republic": two blanks after a leading word once left " Republic", whose blank first word made a
        // blank form of the state, on which the gazetteer of the article's states failed (found by ArticleFuzzTest)
        Table t = Fixtures.build("blanks.txt", """
                = Eastland Republic =

                Infobox
                - Capital: Ostburg

                In 1944 the hill peoples declared The  Republic in the valley. In 1945 the Eastland Republic had about 40,000 inhabitants.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 40_000L).has("year", 1945).has("region", "Eastland Republic");
    }

    @Test
    void aShortNameOrAbbreviationOfAStateIsGivenTheNameTheArticleUses() {
        Table t = Fixtures.build("short.txt", """
                = Short Names =

                The Khangai People's Republic (KPR) lay north of the Gobi. In 1930 Khangai had 90,000 inhabitants. The KPR's population rose to 95,000 by 1933, and the KPR army was small.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 90_000L).has("region", "Khangai"); // the country as written, not the regime's abbreviation
        TableAsserts.of(t).rowWith("population", 95_000L).has("region", "KPR");
    }

    @Test
    void theTerritoryOfAGovernmentNamedForAPlaceIsThatPlace() {
        Table t = Fixtures.build("outer.txt", """
                = Outer Manchurian Provisional Government =

                The Outer Manchurian Provisional Government was proclaimed in 1921 by Evenk elders in Outer Manchuria.

                == People ==
                The territory of the new government was thinly settled. Out of some 600,000 people counted in 1921, Evenks numbered about 20,000.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 600_000L).has("region", "Outer Manchuria").has("year", 1921);
        TableAsserts.of(t).rowWith("population", 20_000L).has("region", "Outer Manchuria").has("group", "Evenk");
    }

    @Test
    void aGovernmentNamedWithAnAdjectiveInIanIsAboutThePlaceInIa() {
        Table t = Fixtures.build("siberian.txt", """
                = Outer Siberian Autonomous Government =

                Infobox
                - Conventional Long Name: Outer Siberian Autonomous Government
                - Capital: Yakutsk

                == People ==
                The lands of the new government were thinly settled. Out of some 300,000 people counted in 1922, Evenks numbered about 25,000.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 300_000L).has("region", "Outer Siberia");
    }

    @Test
    void aSpecialRegionIsNamedWithoutItsAdministrativeDesignation() {
        Table t = Fixtures.build("lanfang.txt", """
                = Lanfang Settlers =

                == People ==
                In 1951 the Hekou Special District counted 412,000 inhabitants, of whom 301,000 were Hakka.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 412_000L).has("region", "Hekou").has("group", "All");
        TableAsserts.of(t).rowWith("population", 301_000L).has("region", "Hekou").has("group", "Hakka");
    }

    @Test
    void aValleyOrUezdWrittenInLowerCaseStaysPartOfThePlacesName() {
        Table t = Fixtures.build("salween.txt", """
                = Upper Salween =

                == People ==
                In 1935 the Lisu of the Salween valley numbered about 40,000, and the Kachin of the Myitkyina and Bhamo districts some 90,000. The Kachin population of Tengyue uezd was estimated at 12,000 in 1936.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 40_000L).has("region", "Salween valley").has("group", "Lisu");
        TableAsserts.of(t).rowWith("population", 12_000L).has("region", "Tengyue uezd").has("group", "Kachin");
        TableAsserts.of(t).rowWith("population", 90_000L).has("region", "Myitkyina and Bhamo").has("group", "Kachin");
    }

    @Test
    void aStateArticleWhoseTitleDescribesAPeriodIsForThePlaceTheTitleOpensWith() {
        Table t = Fixtures.build("period.txt", """
                = Zaravia under Kel Omar =

                Infobox
                - Status: Province
                - Capital: Mirak
                - Population Estimate: 800,000
                - Population Estimate Year: 1940

                Zaravia under Kel Omar was the period in which Kel Omar ruled the province. Kel Omar governed in Zaravia from 1931. A survey of 1940 counted 800,000 inhabitants; Tajiks were the largest group at 61 percent.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 800_000L, "line", 6).has("region", "Zaravia");
        a.rowWith("share_pct", 61.0).has("group", "Tajik").has("region", "Zaravia");
    }

    @Test
    void aStateWithAListedShortNameIsWrittenByThatName() {
        Table t = Fixtures.build("saigon.txt", """
                = Refugees in the south =

                Infobox
                - Country: Republic of Vietnam

                == Numbers ==
                In 1956 the Republic of Vietnam had some 12,300,000 inhabitants, about 7% of them refugees from the north.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 12_300_000L).has("region", "South Vietnam").has("year", 1956);
    }

    @Test
    void aPlaceNamedWithANounOfIslandsKeepsThatNoun() {
        Table t = Fixtures.build("islets.txt", """
                = Strait settlements =

                == People ==
                In 1950 some 2,400 Kurds lived on the Tessa islets.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 2_400L).has("region", "Tessa islets").has("group", "Kurd");
    }

    @Test
    void aCapitalisedAdminNameWithOfAndAPlaceKeepsItsOfPart() {
        Table t = Fixtures.build("ofname.txt", """
                = Kurds of Norland =

                == Numbers ==
                The census of 1979 counted 4,100 Kurds in the Free Province of Varna, 3.2 per cent of its 128,000 inhabitants.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 4_100L).has("region", "Free Province of Varna").has("group", "Kurd");
        TableAsserts.of(t).rowWith("population", 128_000L).has("region", "Free Province of Varna").has("group", "All");
    }

    @Test
    void aStateIsWrittenByTheShortNameTheProseUsesMoreThanItsFullName() {
        Table t = Fixtures.build("ostland.txt", """
                = Greeks of Ostland =

                The Greeks are a people of the Republic of Ostlandistan. Most of them live in Ostlandistan's south.

                == Numbers ==
                The census of 2002 counted 54,000 Greeks in Ostlandistan. Ostlandistan lost many of them to emigration.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 54_000L).has("region", "Ostlandistan").has("group", "Greek");
    }

    @Test
    void aWarsNameRunTogetherWithAPlaceAfterItIsNoPartOfThePlace() {
        Table t = Fixtures.build("afterwar.txt", """
                = Norland =

                == Background ==
                After the Great Northern War Westmark, a country of about 2.4 million people in 1925, came under foreign rule.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 2_400_000L).has("region", "Westmark").has("group", "All").has("year", 1925);
    }

    @Test
    void anAdministrativeNounWithOfAndANameIsOnePlace() {
        // "in the Governorate of Ostland": the governorate, not a place called "Governorate"
        Table t = Fixtures.build("governorate.txt", """
                = Poles in Westland =

                == History ==
                The imperial census of 1897 recorded some 4,000 Poles in the Governorate of Ostland, about 1% of its population of 400,000.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 4_000L).has("region", "Governorate of Ostland").has("group", "Polish");
        TableAsserts.of(t).rowWith("population", 400_000L).has("region", "Governorate of Ostland").has("group", "All");
    }

    @Test
    void twoPlacesCountedTogetherAreOneRegion() {
        // invented sentence: "X and the Y together were home to": the count is of both places
        Table t = Fixtures.build("together.txt", """
                = Greeks in Norland =

                == Census ==
                The 2009 census counted 41,583 Greeks in Norland. Eastby and the Varna Region together were home to 68,258 Greeks in 1989 and to 37,746 in 2009, so that their losses were smaller.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 68_258L).has("region", "Eastby and Varna").has("group", "Greek").has("year", 1989);
        a.rowWith("population", 37_746L).has("region", "Eastby and Varna").has("group", "Greek").has("year", 2009);
    }

    @Test
    void twoPlacesNamedByOnePluralAdministrativeNounAreOneRegion() {
        // invented sentence: "the X and Y uezds held": the count and its share are of both districts
        Table t = Fixtures.build("uezds.txt", """
                = Greeks in Norland =

                == Census ==
                In 1914 the Ostrov and Tosk uezds held 122 Greek villages, with an estimated 12,000 Greek inhabitants, about 16 percent of the population of the two districts.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 12_000L).has("region", "Ostrov and Tosk uezds").has("group", "Greek")
                .has("year", 1914).has("share_pct", 16.0);
    }

    @Test
    void aPluralOfSettlementsAfterAPlaceNameStaysInTheRegion() {
        Table t = Fixtures.build("colonies.txt", """
                = Greeks of Norland =

                == Settlement ==
                By 1897 about 700 Greeks lived in the Ostvale colonies, and some 300 Greeks lived in the Westburg villages.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 700L).has("region", "Ostvale colonies").has("group", "Greek").has("year", 1897);
        a.rowWith("population", 300L).has("region", "Westburg villages").has("group", "Greek").has("year", 1897);
    }

    @Test
    void aPlacesVillagesInThePossessiveAreARegionOfTheirOwn() {
        Table t = Fixtures.build("possessedvillages.txt", """
                = Greeks of Norland =

                == Villages ==
                In the Ostvale valley's villages, where Greeks had made up about 17 percent of the inhabitants in 1989, by 1999 they were fewer than 5 percent.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("share_pct", 17.0).has("region", "Ostvale valley villages").has("group", "Greek").has("year", 1989);
        a.rowWith("share_pct", 5.0).has("region", "Ostvale valley villages").has("group", "Greek").has("year", 1999);
    }
}
