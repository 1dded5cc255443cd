package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.DemographicsFixture.*;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** Place references: the place a pronoun, an administrative noun, "the capital" or "the republic" stands for. */
class DemographicsPlaceReferencesTest {

    @Test
    void theDistrictOfAPlaceAsTheSubjectIsThatPlace() {
        Table t = Fixtures.build("orel.txt", """
                = Battle of Lake Orel =

                Infobox
                - Date: 1931
                - Location: Lake Orel

                == Background ==
                The district of Tamsk, on the northern shore, had roughly 12,000 inhabitants in 1930, of whom some 30 per cent were Koreans. The hilly county of Borsk had fewer than 3,000 inhabitants in 1931.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 12_000L).has("region", "Tamsk").has("group", "All").has("year", 1930);
        TableAsserts.of(t).rowWith("share_pct", 30.0).has("region", "Tamsk").has("group", "Korean");
        TableAsserts.of(t).rowWith("population", 3_000L).has("region", "Borsk");
    }

    @Test
    void theAdministrativeNounOfThePlaceNamedBeforeStandsForThatPlaceAndAnOkrugKeepsItsNoun() {
        Table t = Fixtures.build("okrug.txt", """
                = Steppe Colonisation =

                == Background ==
                Tarbagatai okrug, formed in 1880 around Chuguchak, drew many settlers from the Volga. The 1900 census counted 120,000 inhabitants in the okrug; Kazakhs were the largest people, at roughly 70 per cent of the total.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 120_000L).has("region", "Tarbagatai okrug").has("year", 1900);
        TableAsserts.of(t).rowWith("share_pct", 70.0).has("region", "Tarbagatai okrug").has("group", "Kazakh");
    }

    @Test
    void aTownAnaphorIsThePlaceThePreviousSentenceIsAbout() {
        Table t = Fixtures.build("siege.txt", """
                = Vetra campaign =

                Infobox
                - Place: Eastern Vetra, Orsk and Talin, Vetra Plain

                The campaign was fought around the towns of Orsk and Talin in 1951.

                == Siege of Orsk ==
                Orsk had been under siege since March. Hunger reduced the city's population from about 90,000 in the spring to some 40,000 by October.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 90_000L).has("region", "Orsk");
    }

    @Test
    void theCapitalIsTheTownTheArticleNamesAsItsCapital() {
        // invented sentences: "the capital" stands for the town named as the capital in apposition before
        Table t = Fixtures.build("capital.txt", """
                = Tatars in the Republic of Varnia =

                Tatars are the second minority of the Republic of Varnia, and most of them live in the north around the capital, Nordby.

                == Demographics ==

                In 2011 the Republic of Varnia counted 61,200 Tatars. In the capital itself Tatars numbered 24,300 in 2011, or 9.5% of the city's 255,800 inhabitants; Greeks accounted for 4%.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 24_300L).has("region", "Nordby").has("group", "Tatar").has("share_pct", 9.5);
        a.rowWith("population", 255_800L).has("region", "Nordby").has("group", "All");
        a.rowWith("share_pct", 4.0).has("region", "Nordby").has("group", "Greek");
    }

    @Test
    void theVoivodeshipStandsForThePlaceNamedWithThatNounBefore() {
        // invented sentences: "voivodeship" is an administrative word like "oblast", so "the voivodeship" is the Nordby Voivodeship
        Table t = Fixtures.build("voivodeship.txt", """
                = Tatars in Varnia =

                Tatars in Varnia form the country's largest minority.

                In 1922 the town and its hinterland became the Nordby Voivodeship. The census of 1931 recorded 48,300 inhabitants in the town of Nordby. Across the voivodeship as a whole, which had 812,000 inhabitants, Tatar speakers formed 21.4%.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 812_000L).has("region", "Nordby Voivodeship").has("group", "All").has("year", 1931);
        a.rowWith("share_pct", 21.4).has("region", "Nordby Voivodeship").has("group", "Tatar");
    }

    @Test
    void itIsThePlaceThePreviousSentenceIsAboutNotTheLastPlaceNamed() {
        Table t = Fixtures.build("orlan.txt", """
                = Tatars of the east =

                The Tatars settled in the east.

                == Prefecture ==
                The Orlan Prefecture was formed in 1955 and took in Tesh county, a district of 90,000 people. Afterwards the Tatar share of the prefecture declined. In 1958 it counted 400,000 inhabitants.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 90_000L).has("region", "Tesh");
        a.rowWith("population", 400_000L).has("region", "Orlan");
    }

    @Test
    void anAnnexedTerritoryAsTheSubjectOfACountIsThePlaceTheSentenceNamedBeforeIt() {
        Table t = Fixtures.build("annexed.txt", """
                = Varnan Legion =

                == Background ==
                When Varna seized northern Norland in May 1920, the annexed province had about 2.1 million inhabitants.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 2_100_000L).has("region", "northern Norland").has("year", 1920);
    }

    @Test
    void aRegionAdjectiveBeforeThePluralNounOfTheArticlesPlaceIsThatPartOfIt() {
        Table t = Fixtures.build("isles.txt", """
                = Varna Islands =

                == People ==
                In 1950 some 8,200 Kurds lived on the three eastern islands, most of them herders. In 1961 the eastern islands counted about 11,000 inhabitants.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 8_200L).has("region", "eastern Varna Islands").has("group", "Kurd");
        TableAsserts.of(t).rowWith("population", 11_000L).has("region", "eastern Varna Islands").has("group", "All");
    }

    @Test
    void theRepublicStandsForTheSovietRepublicLastNamedAsAnAssr() {
        Table t = Fixtures.build("assr.txt", """
                = Greeks of Norland =

                == Soviet period ==
                The 1926 census found 900,000 people in the Varna ASSR, of whom 400,000 were Greeks. Across the Soviet Union there were 1.1 million Greeks. Greeks formed just 23 percent of the republic's urban population.

                In 1959 the restored republic had 950,000 inhabitants.
                """).demographics();
        TableAsserts.of(t).rowWith("share_pct", 23.0).has("region", "Varna ASSR (urban)").has("group", "Greek");
        TableAsserts.of(t).rowWith("population", 950_000L).has("region", "Varna ASSR").has("group", "All");
    }

    @Test
    void theNounOfAPlaceNamedBeforeWithAPossessiveIsThatPlace() {
        // "The okrug's population": the okrug named in the sentence before, not a place called "okrug"
        Table t = Fixtures.build("okrug.txt", """
                = Poles in Westland =

                == History ==
                When the Westland SSR became a full union republic in 1929, it received the Northmark okrug from the Eastland SSR. The okrug's population of about 90,000 included some 20,000 Poles.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 90_000L).has("region", "Northmark okrug").has("group", "All").has("year", 1929);
        TableAsserts.of(t).rowWith("population", 20_000L).has("region", "Northmark okrug").has("group", "Polish");
    }

    @Test
    void theAutonomousRepublicIsTheRepublicNamedWithThatWordBefore() {
        // "created the Ukrainian Autonomous Soviet Socialist Republic within the Eastland SSR. … in the autonomous republic"
        Table t = Fixtures.build("autonomous.txt", """
                = Poles in Westland =

                Infobox
                - Population Estimate: 31,000

                == History ==
                The delimitation of 1924 created the Ukrainian Autonomous Soviet Socialist Republic within the Eastland SSR. The 1926 census counted 17,600 Poles in the autonomous republic, 2.1% of its 827,100 inhabitants.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 17_600L).has("region", "Ukrainian Autonomous Soviet Socialist Republic").has("year", 1926);
        TableAsserts.of(t).rowWith("population", 827_100L).has("region", "Ukrainian Autonomous Soviet Socialist Republic").has("group", "All");
    }

    @Test
    void aSentenceOpeningWithinTheBordersThatAStateReceivedIsAboutThatState() {
        Table t = Fixtures.build("borders.txt", """
                = Greeks of Norland =

                == People ==
                In Eastbrook Greeks made up 60 per cent of the population in 1931. Within the borders that Westmark received in 1950 there lived, by contrast, about 90,000 Turks, chiefly in the south.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 90_000L).has("group", "Turk").has("region", "Westmark").has("year", 1950);
    }

    @Test
    void theRepublicIsTheArticlesOwnRepublicOfTwoNamedBefore() {
        Table t = Fixtures.build("republic.txt", """
                = Greeks in Norland =

                == Soviet period ==
                The first census, in 1926, counted 71,000 Greeks in the Norland ASSR. In 1936 about 5,000 Greek families were removed from the border districts of the Eastland SSR to the north of the Norland SSR. The famine changed the balance of the population, and the 1939 census recorded 65,000 Greeks, 10.7% of the republic's 610,000 people.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 65_000L).has("region", "Norland SSR").has("group", "Greek").has("share_pct", 10.7).has("year", 1939);
        a.rowWith("population", 610_000L).has("region", "Norland SSR").has("group", "All").has("year", 1939);
    }
}
