package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.DemographicsFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** What is not a population: people moved, lost or acted on, changes, rates and other counts. */
class DemographicsNotPopulationTest {

    @Test
    void peopleRemovedTakenOrRestatedAfterAClauseThatMovesThemAreNoPopulation() {
        Table t = Fixtures.build("vellar-moves.txt", """
                = Greeks in Vellar =

                The 1926 census counted 8,000 Greeks in Vellar.

                The Greek exiles stayed in Ostmark for nine years. They returned to Vellar in 1958, some 850 people including the families they had started in exile.

                An estimated 11,000 Greeks were taken, most of them to the Urals. A second clearance in 1936 removed a further 20,000 people, of whom over 1,000 were Greeks, from the coast.
                """).demographics();
        assertEquals(1, t.rowCount(), t.print());
        TableAsserts.of(t).rowWith("population", 8_000L).has("region", "Vellar").has("group", "Greek").has("year", 1926);
    }

    @Test
    void peopleCountedAsEmployedOrAsWorkingInABranchAreNoPopulation() {
        Table t = Fixtures.build("vellar-work.txt", """
                = Greeks in Vellar =

                The 1926 census counted 8,000 Greeks in Vellar. In 1950 about 6,500 Greeks in Westmark were employed, of whom 4,300 worked in agriculture.
                """).demographics();
        assertEquals(1, t.rowCount(), t.print());
        TableAsserts.of(t).rowWith("population", 8_000L).has("region", "Vellar");
    }

    @Test
    void movementsAreNoPopulationAndTheRegionIsThePlaceNamed() {
        TableAsserts t = TableAsserts.of(demographics());
        t.hasNoRowWith("population", 12_000L);
        t.rowWith("population", 90_000L).has("region", "Kumul").has("group", "All").has("year", 1943);
        t.rowWith("share_pct", 61.5).has("region", "Tarbagatay").has("group", "Kazakh").has("year", null);
    }

    @Test
    void peopleImprisonedExecutedOrPerishedOrCarriedAwayAreNoPopulation() {
        Table t = Fixtures.build("tashkala.txt", """
                = Tashkala Famine =

                == Course ==
                In 1932 Tashkala had 9,000 inhabitants. The next winter the garrison imprisoned about 1,500 people and executed 40 people, some 600 perished in the famine, and the trucks carried roughly 700 people to the railhead. Planners hoped to settle some 2,000 people on the new farms.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 9_000L).has("region", "Tashkala").has("group", "All");
        TableAsserts.of(t).hasNoRowWith("population", 1_500L).hasNoRowWith("population", 40L)
                .hasNoRowWith("population", 600L).hasNoRowWith("population", 700L).hasNoRowWith("population", 2_000L);
    }

    @Test
    void aShareOfThemAfterAFigureThatIsNoPopulationIsNone() {
        Table t = Fixtures.build("orsk.txt", """
                = Orsk Works =

                == People ==
                In 1930 Orsk had 40,000 inhabitants, about a third of them Tatars. The mill employed some 4,000 workers that year, roughly a fifth of them Tatars. The caravans used as many as 9,000 camels, about 60 per cent of them hired from Kazakh owners.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 40_000L).has("region", "Orsk");
        a.rowWith("group", "Tatar", "derived", false).has("share_pct", 100.0 / 3);
        a.hasNoRowWith("share_pct", 20.0).hasNoRowWith("share_pct", 60.0);
    }

    @Test
    void aShareOfAPeopleThatPerishedOrTheLivesACountCostAreNoPopulation() {
        Table t = Fixtures.build("steppe-famine.txt", """
                = Steppe Famine =

                == Course ==
                In 1929 the oblast had 900,000 inhabitants. Roughly 30 percent of all Tatars perished, and the famine cost the lives of an estimated 120,000 people.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 900_000L).has("group", "All");
        a.hasNoRowWith("share_pct", 30.0).hasNoRowWith("population", 120_000L);
    }

    @Test
    void aChangeByACountAndItsShareIsNoPopulation() {
        // invented sentence: "fell by some 21,000, or 34 per cent" gives the size of a fall, not a count of people living there
        Table t = Fixtures.build("fell-by.txt", """
                = Tatars in Varnia =

                Tatars in Varnia form the country's largest minority.

                Between 1989 and 2002 the Tatar population of Varnia fell by some 21,000, or 34 per cent, mostly through emigration. In 2002 the census counted 40,600 Tatars.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.hasNoRowWith("population", 21_000L);
        a.hasNoRowWith("share_pct", 34.0);
        a.rowWith("population", 40_600L).has("group", "Tatar").has("year", 2002);
    }

    @Test
    void aCountInAnAsideOnPeopleMovedIsNoPopulation() {
        // invented sentence: "some 2,100 of them, or about 9,000 people, were resettled": both count people moved
        Table t = Fixtures.build("aside-moved.txt", """
                = Tatars in Varnia =

                Tatars in Varnia form the country's largest minority, and the census of 2011 counted 40,600 of them.

                After the war of 1830, Tatar families from the hills, some 2,100 of them, or about 9,000 people, were resettled on the plain of Belen.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.hasNoRowWith("population", 2_100L);
        a.hasNoRowWith("population", 9_000L);
    }

    @Test
    void aPercentageOfGrowthIsNoShare() {
        Table t = Fixtures.build("tatars.txt", """
                = Tatars of the east =

                The Tatars settled in the east.

                == Census ==
                The count of 1970 found 52,000 Tatars in the Union, a rise of nearly 60 per cent in ten years. By 1980 their number had grown by 15% to 59,800.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 52_000L).has("region", "Union").has("share_pct", null);
        a.hasNoRowWith("share_pct", 60.0);
        a.hasNoRowWith("share_pct", 15.0);
    }

    @Test
    void peopleOfAPlaceWhoMovedAreNoPopulation() {
        Table t = Fixtures.build("varna.txt", """
                = Varna Province =

                == Exodus ==
                In the spring of 1950, amid a famine, some 30,000 to 34,000 inhabitants of the Orsk and Tesh districts of Varna fled across the border.
                """).demographics();
        TableAsserts.of(t).hasNoRowWith("population", 30_000L);
    }

    @Test
    void anAgencyThatCountsIsNoPlace() {
        Table t = Fixtures.build("deportees.txt", """
                = Kazakh deportees =

                == Numbers ==
                Thousands of Kazakh herders were held in Siberia, of whom the OGPU counted some 12,000 in 1932. A relief agency, the IRCC, counted about 4,500 Kazakhs in the camps of Turkestan in 1933.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 12_000L).has("region", "Siberia").has("year", 1932);
        a.rowWith("population", 4_500L).has("region", "Turkestan").has("group", "Kazakh");
    }

    @Test
    void peopleMovedAreNoPopulationPastAnAsideOrAListOfPeoplesAndWithANounOfMovedPeople() {
        Table t = Fixtures.build("tarsk.txt", """
                = Tarsk Oblast =

                == People ==
                In 1939 Tarsk oblast had about 640,000 inhabitants, of whom 41,000 were Kurds.

                == Removal ==
                In 1944 some 83,000 people, most of them women and the old, were loaded onto goods wagons bound for Siberia. About 22,000 Kurds, Laks and Avars were deported in the same weeks. The deportees included some 6,300 Chechens, and a further 17,000 residents were displaced to the south.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 640_000L).has("region", "Tarsk").has("group", "All").has("year", 1939);
        a.rowWith("population", 41_000L).has("group", "Kurd");
        a.hasNoRowWith("population", 83_000L);
        a.hasNoRowWith("population", 22_000L);
        a.hasNoRowWith("population", 6_300L);
        a.hasNoRowWith("population", 17_000L);
    }

    @Test
    void peopleCountedInTheTrainsOrWagonsThatMovedThemAreNoPopulation() {
        Table t = Fixtures.build("trains.txt", """
                = Removal from Tarsk =

                == Removal ==
                In 1944 the census of the oblast counted 640,000 inhabitants. The trains were divided as follows:
                - Omsk oblast: 12,400 people in nine trains
                - Tomsk oblast: 6,100 people in four trains

                Each goods wagon held 40 to 50 people.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 640_000L).has("group", "All");
        a.hasNoRowWith("population", 12_400L);
        a.hasNoRowWith("population", 6_100L);
        a.hasNoRowWith("population", 40L);
    }

    @Test
    void peopleDetainedDrownedOrNamedInADeportationAreNoPopulation() {
        Table t = Fixtures.build("arrests.txt", """
                = Tarsk in 1937 =

                == Events ==
                In 1937 the town counted 52,000 inhabitants. Some 1,900 residents were detained in one night. After the deportation of 6,400 Kurds in the autumn, between 300 and 400 people drowned at the crossing.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 52_000L).has("group", "All");
        a.hasNoRowWith("population", 1_900L);
        a.hasNoRowWith("population", 6_400L);
        a.hasNoRowWith("population", 300L);
    }

    @Test
    void theyNumberedWithNoPeopleNamedNearInAnArticleOnAPeopleIsThatPeople() {
        // invented sentences: "they" is two sentences after the people's name
        TableAsserts t = TableAsserts.of(Fixtures.build("y.txt", """
                = Uyghurs in Kirghizia =

                Uyghurs in Kirghizia are the Uyghurs who live in Kirghizia. Most of them descend from farmers who crossed the mountains in the 1880s. At the 1979 census they numbered 29,800, or 0.8 per cent of the population of the Kirghiz SSR.
                """).demographics());
        t.rowWith("population", 29_800L).has("group", "Uyghur").has("share_pct", 0.8).has("year", 1979);
    }

    @Test
    void aChangeOfAPopulationIsNoPopulation() {
        Table t = Fixtures.build("change.txt", """
                = Greeks of Norland =

                == Census ==
                The 1979 census counted 52,000 Greeks in Norland, a fall of almost 9,000 since 1970. By 1989 the community had shrunk by more than 6,000, and it fell by some 4,500 in the next decade.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 52_000L).has("group", "Greek").has("year", 1979);
        a.hasNoRowWith("population", 9_000L);
        a.hasNoRowWith("population", 6_000L);
        a.hasNoRowWith("population", 4_500L);
    }

    @Test
    void aMedianOrAverageAgeIsNoPopulation() {
        Table t = Fixtures.build("age.txt", """
                = Greeks of Norland =

                == Census ==
                The 2011 census counted 52,000 Greeks in Norland. The community is old: the average age of Greeks was 52, against 39 for the population as a whole.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 52_000L).has("group", "Greek").has("year", 2011);
        a.hasNoRowWith("population", 52L);
        a.hasNoRowWith("population", 39L);
    }

    @Test
    void aShareOfAWholeThatIsNoPeopleIsNoPopulationShare() {
        Table t = Fixtures.build("budget.txt", """
                = Greeks of Norland =

                == Census ==
                The 1979 census counted 52,000 Greeks, 4.1% of the population of Norland, and 9.5 per cent of the urban population. Greek officials said that remittances covered as much as 35 per cent of the state budget and around 20 per cent of imports, and Greeks made up 15 per cent of the workforce of the port. In Westby Greeks made up 22.5 per cent of the capital in 1979. By 1980 the garrison counted 3,400 men, of whom roughly a third were Greeks.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 52_000L).has("group", "Greek").has("share_pct", 4.1).has("year", 1979);
        a.rowWith("share_pct", 9.5).has("group", "Greek");
        a.hasNoRowWith("share_pct", 35.0);
        a.hasNoRowWith("share_pct", 20.0);
        a.hasNoRowWith("share_pct", 15.0);
        a.rowWith("share_pct", 22.5).has("group", "Greek").has("region", "Westby");
        a.hasNoRowWith("population", 3_400L);
        a.hasNoRowWith("group", "Greek", "year", 1980);
        a.rowWith("share_pct", 22.5).has("group", "Greek").has("region", "Westby");
        a.hasNoRowWith("population", 3_400L);
        a.hasNoRowWith("group", "Greek", "year", 1980);
    }

    @Test
    void schoolsAndVillagesAreNoPeople() {
        Table t = Fixtures.build("schools.txt", """
                = Greeks of Norland =

                == Census ==
                The 1989 census counted 52,000 Greeks in Norland. The number of Greek-language schools fell from some 140 in 1989 to fewer than 90 by 2010. In 2000 the 75 surviving mountain villages housed about 18,000 people, most of them Greeks.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 52_000L).has("group", "Greek").has("year", 1989);
        a.hasNoRowWith("population", 140L);
        a.hasNoRowWith("population", 90L);
        a.hasNoRowWith("population", 75L);
    }

    @Test
    void aRatePerThousandIsNoCount() {
        Table t = Fixtures.build("rate.txt", """
                = Greeks of Norland =

                == Census ==
                The 1989 census counted 52,000 Greeks in Norland. They were well educated: in 1989 there were some 310 people with a degree per 1,000 Greeks aged 20 or over.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 52_000L).has("group", "Greek").has("year", 1989);
        a.hasNoRowWith("population", 310L);
        a.hasNoRowWith("population", 1_000L);
    }

    @Test
    void peopleSomethingWasDoneToAreNoPopulation() {
        Table t = Fixtures.build("actedon.txt", """
                = Greeks of Norland =

                == Census ==
                The 1989 census counted 52,000 Greeks in Norland, and some 3,100 people were counted in the capital. Between 1992 and 2005 some 14,000 people were naturalised, and about 2,300 people were investigated for disloyalty.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 52_000L).has("group", "Greek").has("year", 1989);
        a.rowWith("population", 3_100L);
        a.hasNoRowWith("population", 14_000L);
        a.hasNoRowWith("population", 2_300L);
    }

    @Test
    void aPercentageOfChangeIsNoShare() {
        // invented sentences: "rising by 31%" and "23 percent fewer than" compare two counts, they are no share of a whole
        Table t = Fixtures.build("change.txt", """
                = Greeks of Norland =

                == Census ==
                The 1960 census counted 30,000 Greeks in Norland. The Greek population grew faster than the state's, rising by 31% between the 1960 and 1970 censuses. The 1980 census found 40,000 Greeks, 23 percent fewer than ten years before.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.hasNoRowWith("share_pct", 31.0);
        a.rowWith("population", 40_000L).has("group", "Greek").has("year", 1980).has("share_pct", null);
        a.hasNoRowWith("share_pct", 23.0);
    }

    @Test
    void aCountOfNationalitiesIsNoPopulation() {
        // invented sentence: "more than forty other nationalities" counts kinds of people, not people
        Table t = Fixtures.build("kinds.txt", """
                = Greeks in Norland =

                == Census ==
                The 1989 census counted 1,200,000 inhabitants in Norland: the Norlanders made up 71.2 percent, Greeks 12.4 percent and Turks 10.3 percent, and the remaining 6.1 percent belonged to more than forty other nationalities.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("share_pct", 12.4).has("group", "Greek");
        a.hasNoRowWith("population", 40L);
    }

    @Test
    void aShareOfTheRepublicsPopulationPlacesItsCountInTheRepublicNotWherePeopleMovedBefore() {
        Table t = Fixtures.build("republicswhole.txt", """
                = Greeks of Norland =

                == Census ==
                The 1926 census counted 4,100 Greeks in the Norland SSR.

                After 1955 many Greeks moved from Eastland to the Ostvale valley, and the 1959 census counted 39,100 Greeks, 1.9 percent of the republic's population.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 39_100L).has("region", "Norland SSR").has("share_pct", 1.9)
                .has("group", "Greek").has("year", 1959);
    }

    @Test
    void aPeoplesShareOfSomethingOtherThanPeopleNamedBeforeTheFigureIsNoPopulation() {
        Table t = Fixtures.build("shareoftrade.txt", """
                = Greeks of Norland =

                == Economy ==
                The 1989 census counted 40,000 Greeks in Norland. The Greek share of its foreign trade rose from 22 percent in 1957 to 35 percent in 1960.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 40_000L).has("group", "Greek");
        a.hasNoRowWith("share_pct", 22.0);
        a.hasNoRowWith("share_pct", 35.0);
    }

    @Test
    void aCrowdIsNoPopulation() {
        Table t = Fixtures.build("crowd.txt", """
                = Ostburg =

                == Events ==
                In 1958 Ostburg had 410,000 inhabitants. A farewell parade in Ostburg that year drew a crowd of some 150,000 people.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 410_000L).has("group", "All").has("region", "Ostburg");
        a.hasNoRowWith("population", 150_000L);
    }

    @Test
    void peopleCountedWithTheFamiliesTheyCameInAndThenUnloadedWereMovedNotCounted() {
        Table t = Fixtures.build("groupedin.txt", """
                = Greeks in Norland =

                == Deportation ==
                In 1944 some 60,000 Greeks were put on trains in Westmark. Of these, roughly 35,000 people in 8,100 families were unloaded in Norland, and the rest went on to Eastmark.
                """).demographics();
        TableAsserts.of(t).hasNoRowWith("population", 35_000L);
    }

    @Test
    void peopleShippedSomewhereWereMovedNotCounted() {
        Table t = Fixtures.build("shipped.txt", """
                = Greeks in Norland =

                == Repatriation ==
                The 1945 census counted 52,000 Greeks in Norland. Between 1946 and 1948 about 12,000 Greeks were shipped back to Westmark.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 52_000L).has("group", "Greek");
        a.hasNoRowWith("population", 12_000L);
    }

    @Test
    void peoplePutOnTrainsWereMovedEvenWithThePassiveAuxiliaryBetween() {
        Table t = Fixtures.build("passivemove.txt", """
                = Greeks in Norland =

                == Deportation ==
                The 1939 census counted 52,000 Greeks in Norland. In 1944 some 38,700 people were put on trains within a week.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 52_000L).has("group", "Greek");
        a.hasNoRowWith("population", 38_700L);
    }

    @Test
    void peopleATrainWasCarryingWereMovedNotCounted() {
        Table t = Fixtures.build("carrying.txt", """
                = Greeks in Norland =

                == Deportation ==
                The 1939 census counted 52,000 Greeks in Norland. In 1944 twenty trains left the region, each carrying some 1,900 people.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 52_000L).has("group", "Greek");
        a.hasNoRowWith("population", 1_900L);
    }

    @Test
    void aBareFigureAgainstAMedianAgeGivenInYearsIsAnAge() {
        Table t = Fixtures.build("agedyears.txt", """
                = Greeks in Norland =

                == Census ==
                The 2009 census counted 27,000 Greeks. The community has also aged: in 2009 the median age of Norland's Greeks was 48 years, against 31 for the country as a whole.
                """).demographics();
        TableAsserts.of(t).hasNoRowWith("population", 31L);
    }

    @Test
    void aFigureJoinedToANounByAHyphenCountsNoPeople() {
        Table t = Fixtures.build("hyphen.txt", """
                = Greeks in Norland =

                == Community ==
                The Greek minority had its own schools, with 40 Greek primary schools in 1933, and 6 deputies in the 100-seat parliament elected in 1922.
                """).demographics();
        TableAsserts.of(t).hasNoRowWith("population", 100L);
    }

    @Test
    void aShareOfWhomRightAfterAFigureThatIsNoPopulationIsNone() {
        Table t = Fixtures.build("toll.txt", """
                = Greeks in Norland =

                == Clashes ==
                The 2009 census counted 27,000 Greeks in Norland. In the clashes of 2010 the official death toll was 310, of whom 70 per cent were Greeks.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 27_000L).has("group", "Greek");
        a.hasNoRowWith("share_pct", 70.0);
    }

    @Test
    void aShareOfAPeoplesThingsIsNoShareOfPeople() {
        Table t = Fixtures.build("imports.txt", """
                = Greeks in Norland =

                == Trade ==
                The 1970 census counted 52,000 Greeks in Norland, where by the mid-1970s olive oil paid for some 30 per cent of Greek imports from the west.
                """).demographics();
        TableAsserts.of(t).hasNoRowWith("share_pct", 30.0);
    }

    @Test
    void aPartOfAWholeOfPeopleMovedIsPeopleMovedToo() {
        Table t = Fixtures.build("partmoved.txt", """
                = Greeks in Norland =

                == Deportations ==
                The 1939 census counted 31,600 Greeks in Norland. In April 1940 the police deported the families of officials from the annexed lands; of the roughly 61,000 people sent to northern Norland in that operation, an estimated 9,000 were Greeks.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 31_600L).has("group", "Greek");
        a.hasNoRowWith("population", 9_000L);
        a.hasNoRowWith("population", 61_000L);
    }

    @Test
    void aCountInAppositionToACountBeforeIsMovedWhenTheirVerbMovesThem() {
        Table t = Fixtures.build("appositionmoved.txt", """
                = Soviet aid to Westland =

                == Coup ==
                At the 1960 census Westland had 2,400,000 inhabitants. In 1966 the new council ordered the Soviet specialists out: some 900 Soviet technicians and teachers, about 1,300 people with their families, left Westland by March.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 2_400_000L).has("group", "All");
        a.hasNoRowWith("population", 1_300L);
        a.hasNoRowWith("population", 900L);
    }

    @Test
    void aBareFigureAfterOneThingAmongItCountsThoseThingsNoPeople() {
        Table t = Fixtures.build("seatamong.txt", """
                = Greeks in Norland =

                == Community life ==
                The 2009 census counted 27,000 Greeks in Norland. The national assembly reserves seats for the ethnic communities; the Greek community has held a seat among its 120 since 2008.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 27_000L).has("group", "Greek");
        a.hasNoRowWith("population", 120L);
    }

    @Test
    void theRepublicInAnArticleOnAPeopleOfARepublicItNamedIsThatRepublicNotOneThePeopleMovedToInTheClauseBefore() {
        Table t = Fixtures.build("therepublic.txt", """
                = Greeks in Norland =

                == History ==
                The 1926 census counted 51,200 Greeks in the Norland SSR, most of them farmers in the southern valleys and along the coast, where they grew cotton, grain and tobacco on collective farms.

                The famine struck the Greek villages less harshly than the steppe. Some 2,000 Greek families nevertheless fled across the border into the Ostland SSR, and by the 1939 census the Greek population of the republic had fallen to 43,500, or 1.2% of the total.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 43_500L).has("group", "Greek").has("region", "Norland SSR").has("year", 1939)
                .has("share_pct", 1.2);
    }

    @Test
    void aCountOutOfAPopulationAfterAnAdjectiveOfNoPeopleIsTheWhole() {
        Table t = Fixtures.build("outofwhole.txt", """
                = Greeks in Norland =

                == Census ==
                The community became urban. Of the 46,700 Greeks counted in 1989, 31,400 lived in towns and 15,300 in villages, out of a republican population of 6,464,464.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 6_464_464L).has("group", "All").has("year", 1989).has("region", "Norland");
    }

    @Test
    void peopleMovedAreNoPopulationPastWhereTheyCameFromOrAsAPartOfWhomOfAMovedCount() {
        Table t = Fixtures.build("movedparts.txt", """
                = Greeks in Norland =

                == Deportations ==
                The community was transformed by deportation. In 1942 some 3,500 Greeks of the Westmark region were sent to Norland, and on 27 June 1944 some 15,000 Ostland Greeks were deported to the east, of whom about 5,000 to the Norland SSR. The largest wave came in June 1949, when 57,680 people were deported from the coast; of these, about 36,000 were Greeks.

                In January 1953 the special settlement registers counted 47,621 Greeks in the Norland SSR.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.hasNoRowWith("population", 3_500L);
        a.hasNoRowWith("population", 5_000L);
        a.hasNoRowWith("population", 36_000L);
        a.rowWith("population", 47_621L).has("group", "Greek").has("year", 1953);
    }

    @Test
    void peopleWhoSettledAreNoPopulationPastTheTwoPlacesTheyCameFrom() {
        Table t = Fixtures.build("settledfrom.txt", """
                = Greeks in Norland =

                == Migration ==
                The population of Norland grew after independence. Between 1991 and 2020 some 40,000 ethnic Kazakhs from Ostland and the Varna region settled in Tamsk Region under the repatriation programme.
                """).demographics();
        TableAsserts.of(t).hasNoRowWith("population", 40_000L);
    }

    @Test
    void theirNumberWithNoPeopleNamedBeforeIsTheArticlesPeople() {
        Table t = Fixtures.build("theirnumber.txt", """
                = Greeks in Norland =

                == Since 1991 ==
                Many families left for the south in the 1990s. By the 2002 census their number had fallen to 35,100, or 1.5 per cent of the population.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 35_100L).has("group", "Greek").has("share_pct", 1.5).has("year", 2002);
    }

    @Test
    void aPercentageOfGrowthAfterAnAdverbAndACommaIsNoShare() {
        Table t = Fixtures.build("growthadverb.txt", """
                = Greeks in Norland =

                == Census ==
                The 1962 census counted 84,300 Greeks, but their share fell to 6.2% because the Norlandic population grew far more quickly, by 29% in the eight years after the 1954 count.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 84_300L).has("group", "Greek").has("year", 1962);
        a.hasNoRowWith("share_pct", 29.0);
    }

    @Test
    void peopleExtraditedOrDrivenFromTheirHomesAreNoPopulation() {
        Table t = Fixtures.build("driven.txt", """
                = Tatars in Norland =

                == History ==
                In 1990 some 41,000 Tatars lived in Norland. Some 320,000 people, nearly 12 percent of the population, had been driven from their villages by the floods. Norland extradited at least 27 Tatars to Ostrov between 1995 and 2005.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 41_000L).has("group", "Tatar");
        a.hasNoRowWith("population", 320_000L);
        a.hasNoRowWith("share_pct", 12.0);
        a.hasNoRowWith("population", 27L);
    }

    @Test
    void aShareOfAPeoplesOwnTotalIsNoPopulationShareNorIsTheShareListedAfterIt() {
        Table t = Fixtures.build("spread.txt", """
                = Greeks in Norland =

                == Distribution ==
                The 2011 census counted 31,400 Greeks in Norland, 1.9% of the population. That year 62.4% of Norland's Greeks lived in Westburg Oblast and 21.8% in the capital. At the same census 38.1% of Greeks named Greek as their mother tongue and 60.7% named Norlandic, and 74 percent of the republic's Greeks were urban.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 31_400L).has("group", "Greek").has("share_pct", 1.9);
        a.hasNoRowWith("share_pct", 62.4).hasNoRowWith("share_pct", 21.8).hasNoRowWith("share_pct", 38.1)
                .hasNoRowWith("share_pct", 60.7).hasNoRowWith("share_pct", 74.0);
    }

    @Test
    void anAverageWithADecimalIsNoCountOfPeople() {
        Table t = Fixtures.build("ages.txt", """
                = Greeks in Norland =

                == Age ==
                In 2011 some 31,400 Greeks lived in Norland. Their median age was 41.3 years, against 27.6 for the whole population, and Greek households averaged 2.7 persons, against 3.9 nationally.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 31_400L).has("group", "Greek");
        a.hasNoRowWith("population", 28L).hasNoRowWith("population", 3L).hasNoRowWith("population", 4L)
                .hasNoRowWith("population", 41L);
    }

    @Test
    void peopleDroveOrBroughtElsewhereAndAYearlyFigureAreNoPopulation() {
        Table t = Fixtures.build("drove.txt", """
                = Greeks in Norland =

                == History ==
                In 1920 some 44,000 Greeks lived in Norland. The drought of 1921 drove roughly 9,000 more over the mountains, and a state scheme had brought about 12,000 people from Norland to Ostrov by 1930. In 2010 deaths among them exceeded births by about 1,400 a year.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 44_000L).has("group", "Greek");
        a.hasNoRowWith("population", 9_000L).hasNoRowWith("population", 12_000L).hasNoRowWith("population", 1_400L);
    }

    @Test
    void aShareOfACountOrOfAThingOtherThanPeopleIsNoPopulationShare() {
        Table t = Fixtures.build("pupils.txt", """
                = Greeks in Norland =

                == Schools ==
                The 2012 census counted 8,300 Greeks, about 0.4% of the population, less than 9 percent of the number recorded in 1959. The share of pupils taught in Greek fell from 48% in 1995 to 31% in 2015. The share of the Greeks in the capital had fallen to 3% by then.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("share_pct", 3.0).has("group", "Greek");
        a.rowWith("population", 8_300L).has("group", "Greek").has("share_pct", 0.4);
        a.hasNoRowWith("share_pct", 9.0).hasNoRowWith("share_pct", 48.0).hasNoRowWith("share_pct", 31.0);
    }

    @Test
    void peopleWhoGraduatedOrStudiedAreNoPopulation() {
        // invented sentences: graduates and students counted are what they did, not how many lived there
        TableAsserts t = TableAsserts.of(Fixtures.build("graduates.txt", """
                = Kazakhs in Norland =

                In 1979 some 30,000 Kazakhs lived in Norland. By 1985 some 700 Kazakhs had graduated from Norland universities, and 400 Kazakhs studied there in 1986.
                """).demographics());
        t.rowWith("population", 30_000L).has("group", "Kazakh");
        t.hasNoRowWith("population", 700L).hasNoRowWith("population", 400L);
    }

    @Test
    void peopleCountedByTheirWorkAreNoPopulation() {
        // invented sentences: nurses, doctors and engineers counted are staff, not how many of a people lived there
        TableAsserts t = TableAsserts.of(Fixtures.build("staff.txt", """
                = Chechens in Norland =

                Chechens in Norland numbered 52,000 in 1979.

                Norwegian nurses working in Ostby and Vesterby numbered 14 and 9 respectively in 1975.

                By 1980 some 600 Chechens had graduated from Norland universities, of whom about 110 were doctors and 70 were engineers.
                """).demographics());
        t.rowWith("population", 52_000L).has("group", "Chechen");
        t.hasNoRowWith("population", 14L).hasNoRowWith("population", 9L).hasNoRowWith("population", 110L)
                .hasNoRowWith("population", 70L);
    }

    @Test
    void peopleTakenFromAPlaceOrSentencedAreNoPopulation() {
        // invented sentences: people taken away and people sentenced are what was done to them, not a population
        TableAsserts t = TableAsserts.of(Fixtures.build("taken.txt", """
                = Chechens in Norland =

                Chechens in Norland numbered 52,000 in 1979, of whom 40,000 lived in Ostby Oblast.

                By the evening of 3 March, 9,120 families, or 40,412 people, had been loaded into 20 trains at Ostby. A further 1,946 Chechens were taken from Ostby Oblast in March 1944, and 872 from Vesterby Oblast in the months that followed.

                Of the 6,100 people sent to Vesterby Oblast, at least 1,100 died by 1948. A decree of 1948 made leaving the settlement punishable by up to 20 years of hard labour; more than 900 Chechens were sentenced under it before 1953.
                """).demographics());
        t.rowWith("population", 52_000L).has("group", "Chechen");
        t.hasNoRowWith("population", 1_946L).hasNoRowWith("population", 872L).hasNoRowWith("population", 900L);
    }

    @Test
    void aTableColumnOfPeopleDeportedAndPeopleExiledAreNoPopulation() {
        // invented table and sentence: a column "People deported" counts people moved, as "were exiled" does
        TableAsserts t = TableAsserts.of(Fixtures.build("deported-column.txt", """
                = Chechens in Norland =

                Chechens in Norland numbered 52,000 in 1979. After the rising of 1863 some 1,700 people from the Chechen districts were exiled east of the Urals.

                  - People deported from the Chechen districts, 1944–1946**

                | Year | Operation | People deported | Main destinations |
                | 1944 | Lentil | 41,300 | Ostby Oblast |
                | 1945 | several | 2,900 | Vesterby Krai |
                """).demographics());
        t.rowWith("population", 52_000L).has("group", "Chechen");
        t.hasNoRowWith("population", 41_300L).hasNoRowWith("population", 2_900L).hasNoRowWith("population", 1_700L);
    }

    @Test
    void aShareOfAPeopleWhoseNativeLanguageIsOneIsNoPopulationShare() {
        // invented sentences: the share of speakers is of the people counted, not of the place's population
        TableAsserts t = TableAsserts.of(Fixtures.build("nativeshare.txt", """
                = Latvians in Norland =

                The 1979 census counted 3,412 Latvians in Norland, for 64 percent of whom Latvian was the native language.

                == Language ==
                The share of Norland Latvians who gave Latvian as their native language fell from 77% in 1959 to 52% in 1989.
                """).demographics());
        t.rowWith("population", 3_412L).has("group", "Latvian").has("share_pct", null);
        t.hasNoRowWith("share_pct", 64.0).hasNoRowWith("share_pct", 77.0).hasNoRowWith("share_pct", 52.0);
    }
}
