package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.DemographicsFixture.*;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** Shares: percentages and fractions and the group and place they belong to. */
class DemographicsSharesTest {

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
    void aCountInBracketsOrWithASharePutAfterAGroupIsThatGroupsCount() {
        Table t = Fixtures.build("volga.txt", """
                = Volga Census =

                == People ==
                At the count of 1931 the oblast of Kama had 800,000 inhabitants. Tatars were the largest group, 412,000 people or 51.5% of the total, followed by Bashkirs (160,000) and Chuvash, who numbered some 90,000. The Mordvins, the oldest settlers, made up 6.2% (49,600), while the Udmurts, some 20,000, lived in the north.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 412_000L).has("group", "Tatar").has("share_pct", 51.5).has("region", "Kama");
        a.rowWith("population", 160_000L).has("group", "Bashkir");
        a.rowWith("population", 90_000L).has("group", "Chuvash");
        a.rowWith("population", 49_600L).has("group", "Mordvin").has("share_pct", 6.2);
        a.rowWith("population", 20_000L).has("group", "Udmurt");
    }

    @Test
    void aShareOfTheInhabitantsOfAPlaceIsForThatPlace() {
        Table t = Fixtures.build("amur.txt", """
                = Amur Settlers =

                == People ==
                The Far Eastern Krai counted 150,000 Koreans in 1926. The census also found that Koreans made up two-thirds of all inhabitants of the Tamsk district on the border, and in 1920 Tatars made up 12% of the population of Kazan.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("group", "Korean", "derived", false, "line", 4, "population", null).has("region", "Tamsk");
        a.rowWith("share_pct", 12.0).has("region", "Kazan").has("group", "Tatar");
    }

    @Test
    void theRemainingFigureBeforeAListOfGroupsIsTheRemainderAndAClauseBeforeAColonGivesTheShareItsGroup() {
        Table t = Fixtures.build("valley.txt", """
                = Upper Valley =

                == People ==
                Chuguchak okrug was surveyed in 1905. The survey counted 90,000 inhabitants; 70,000 were Kazakhs. The remaining 20,000 were Russians, Tatars and Uzbeks.

                There were 6,500 Russians in the okrug in 1910, a small part of the population. In Emil county, on the lake shore, the Kazakhs were a clear majority: nearly 80 per cent of its 40,000 people in 1910.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 20_000L).has("group", "Other").has("region", "Chuguchak okrug");
        a.rowWith("population", 6_500L).has("group", "Russian").has("region", "Chuguchak okrug").has("year", 1910);
        a.rowWith("share_pct", 80.0).has("group", "Kazakh").has("region", "Emil");
    }

    @Test
    void aShareInBracketsBetweenACountAndItsCopulaLeavesTheGroupAfterTheCopula() {
        Table t = Fixtures.build("hekou.txt", """
                = Hekou Settlers =

                == People ==
                In 1938 the Hekou district counted 600,000 inhabitants, of whom 420,000 (70.0%) were Hakka; the Miao numbered about 150,000.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 420_000L).has("group", "Hakka").has("share_pct", 70.0);
        TableAsserts.of(t).rowWith("population", 600_000L).has("group", "All");
    }

    @Test
    void aCountInBracketsBetweenAShareAndItsCopulaLeavesTheGroupAfterTheCopula() {
        Table t = Fixtures.build("hekou-count.txt", """
                = Hekou Settlers =

                == People ==
                A count of 1947 gave the district 500,000 people, of whom 60 per cent (roughly 300,000) were Hakka and the rest Miao.
                """).demographics();
        TableAsserts.of(t).rowWith("share_pct", 60.0).has("group", "Hakka").has("population", 300_000L);
    }

    @Test
    void aFractionAfterOfTheseIsAShareOfTheCountBefore() {
        Table t = Fixtures.build("hekou-third.txt", """
                = Hekou Settlers =

                == People ==
                The survey of 1936 counted 300,000 inhabitants in the district; of these, about a third were Miao, most of them in the hills.
                """).demographics();
        TableAsserts.of(t).rowWith("group", "Miao").has("share_pct", 100.0 / 3).has("year", 1936);
    }

    @Test
    void aClauseOpeningWithInAPlaceGivesItsFiguresThatPlaceAndOfThemPastABracketedShareNamesTheGroup() {
        Table t = Fixtures.build("gansu.txt", """
                = Hexi Corridor =

                == People ==
                By 1950 the Hui were a minority in the corridor, and in Ningxia the Han made up over 70% of the inhabitants. The census of 1953 found 1.6 million inhabitants in Gansu, 210,000 (13.1%) of them Hui.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("share_pct", 70.0).has("region", "Ningxia").has("group", "Han");
        a.rowWith("population", 210_000L).has("group", "Hui").has("share_pct", 13.1);
    }

    @Test
    void aCountOfItsWholeIsTheTotalAndTheShareAfterItIsTheGroupsAndAFullNameOpensTheSentence() {
        Table t = Fixtures.build("ningxia2.txt", """
                = Northwest Autonomy =

                == People ==
                When the Linxia Hui Autonomous Region was set up in 1956, Hui numbered 270,000 of its 600,000 inhabitants, or about 45 per cent. Traders came from South Gansu. South Gansu, whose population stood at an estimated 1.2 million in 1950, was mostly Han.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 270_000L).has("group", "Hui").has("share_pct", 45.0).has("region", "Linxia");
        a.rowWith("population", 600_000L).has("group", "All").has("region", "Linxia").has("share_pct", null);
        a.rowWith("population", 1_200_000L).has("region", "South Gansu").has("year", 1950);
    }

    @Test
    void aShareWrittenInWordsIsAShareInPercent() {
        Table t = Fixtures.build("words.txt", """
                = Tarim Oases =

                == People ==
                In 1928 Aksu had some 120,000 inhabitants. Roughly two-thirds of the population were Uyghurs, and Kyrgyz herders made up about a third. Nearly half of them lived in the old town. The oasis sent half a million sheep to market, and a third of the army deserted.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("group", "Uyghur").has("share_pct", 200.0 / 3).has("region", "Aksu").has("year", 1928);
        a.rowWith("group", "Kyrgyz").has("share_pct", 100.0 / 3).has("region", "Aksu");
        a.hasNoRowWith("share_pct", 50.0);
    }

    @Test
    void aLevelGivenWithAShareAfterAGroupAndItsWholeIsTheGroups() {
        // invented sentences: the whole's share is 100%, so "the figure … or 38.9 per cent" is the Tatars' count
        Table t = Fixtures.build("level-share.txt", """
                = Tatars in Varnia =

                Tatars in Varnia form the country's largest minority.

                In 2002 Tatars numbered 63,100 in Ostrov-Kale, 41.2 per cent of the region's 153,200 inhabitants. By 2012 the figure had fallen to 58,400, or 38.9 per cent.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 58_400L).has("region", "Ostrov-Kale").has("group", "Tatar")
                .has("share_pct", 38.9).has("year", 2012);
    }

    @Test
    void theWholeAGroupIsCountedAmongOrOutOfIsAllAndTheShareAfterItIsTheGroups() {
        // invented sentences: "among its 26,300 residents" and "out of 14,100" are the wholes, the shares the Tatars'
        Table t = Fixtures.build("among.txt", """
                = Tatars in Varnia =

                Tatars in Varnia form the country's largest minority.

                At the 2012 census Nordby had 21,700 Tatars among its 26,300 residents, or 82.5 per cent. In 2012 Ostby counted 11,800 Tatars out of 14,100, some 84 per cent.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 21_700L).has("group", "Tatar").has("share_pct", 82.5);
        a.rowWith("population", 26_300L).has("group", "All").has("share_pct", null);
        a.rowWith("population", 11_800L).has("group", "Tatar").has("share_pct", 84.0);
        a.rowWith("population", 14_100L).has("group", "All").has("share_pct", null);
    }

    @Test
    void aShareInBracketsRightAfterAGroupIsThatGroupsShare() {
        // invented sentence: "ahead of Greeks (21.5 per cent)" gives the Greeks' share in the same place and year
        Table t = Fixtures.build("bracket-share.txt", """
                = Tatars in Varnia =

                Tatars in Varnia form the country's largest minority.

                In 1926 Tatars made up 42.8 per cent of the population of Nordby, ahead of Greeks (21.5 per cent) and Russians (17.2%).
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("share_pct", 21.5).has("region", "Nordby").has("group", "Greek").has("year", 1926);
        a.rowWith("share_pct", 17.2).has("region", "Nordby").has("group", "Russian").has("year", 1926);
    }

    @Test
    void aPlaceAndAShareListedAfterAGroupsShareOfThePopulationAreThatGroupsShareThere() {
        // invented sentence: "and in Tosk District, at roughly 17%" gives the Tatars' share in Tosk District
        Table t = Fixtures.build("listed-share.txt", """
                = Tatars in Varnia =

                Tatars in Varnia form the country's largest minority.

                Smaller communities live in Belen District, where Tatars formed 21.4% of the population in 2011, and in Tosk District, at roughly 17%.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("share_pct", 21.4).has("region", "Belen").has("group", "Tatar").has("year", 2011);
        a.rowWith("share_pct", 17.0).has("region", "Tosk").has("group", "Tatar").has("year", 2011);
    }

    @Test
    void aCountOfWhomWithItsShareThatGaveALanguageAsMotherTongueIsThatPeoplesCount() {
        // invented sentence: "of whom 21,700, or roughly 44.9%, gave Tatar as their mother tongue"
        Table t = Fixtures.build("tongue-share.txt", """
                = Tatars in Varnia =

                Tatars in Varnia form the country's largest minority.

                The census of 1931 recorded 48,300 inhabitants in the town of Nordby, of whom 21,700, or roughly 44.9%, gave Tatar as their mother tongue; Greeks made up about 20%.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 21_700L).has("group", "Tatar").has("share_pct", 44.9)
                .has("region", "Nordby").has("year", 1931);
    }

    @Test
    void europeanPeoplesInAListOfSharesAreEachTheirOwnGroup() {
        Table t = Fixtures.build("volyn.txt", """
                = Volyn district =

                In 1926 the Volyn district counted 300,000 inhabitants, of whom 60.5 per cent were Ukrainians, 25.5 per cent Latvians and 4.0 per cent Karelians. Swedish speakers numbered about 2,100 there.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("share_pct", 60.5).has("group", "Ukrainian").has("region", "Volyn");
        a.rowWith("share_pct", 25.5).has("group", "Latvian").has("region", "Volyn");
        a.rowWith("share_pct", 4.0).has("group", "Karelian").has("region", "Volyn");
        a.rowWith("population", 2_100L).has("group", "Swedish");
    }

    @Test
    void aShareOfAPlacesPopulationAfterACountGivesTheCountsPlace() {
        Table t = Fixtures.build("resettlement.txt", """
                = Resettlement of the hill Tatars =

                Some 9,500 Tatars, 14 per cent of Varnia's population, were still herding in the hills in the spring of 1950.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 9_500L).has("group", "Tatar").has("share_pct", 14.0)
                .has("region", "Varnia");
    }

    @Test
    void aPlaceAfterAPartOfATotalIsThatPartsPlacePastItsShareOrOfThem() {
        Table t = Fixtures.build("tatars.txt", """
                = Tatars of the east =

                The Tatars settled in the east.

                == Census ==
                The 1950 count found 31,000 Tatars in the Union, about 17,000 of them in the Belka SSR. The count of 1960 found 48,300 Tatars, of whom 30,100 (62.3 per cent) lived in the Varna SSR, 7,900 in the Ostrova SSR and 10,300 in the Belka SSR.

                In 1960 Kessel had some 2 million people. Of these, about 800,000 lived in the Old Town.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 17_000L).has("region", "Belka SSR").has("group", "Tatar").has("year", 1950);
        a.rowWith("population", 30_100L).has("region", "Varna SSR").has("group", "Tatar").has("share_pct", 62.3);
        a.rowWith("population", 7_900L).has("region", "Ostrova SSR").has("group", "Tatar").has("year", 1960);
        a.rowWith("population", 10_300L).has("region", "Belka SSR").has("group", "Tatar").has("year", 1960);
        a.rowWith("population", 800_000L).has("region", "Old Town").has("group", "All");
    }

    @Test
    void aCountOfThemInAWhereClauseIsTheGroupsCountInThatPlaceWithTheShareAfterIt() {
        Table t = Fixtures.build("valley.txt", """
                = Tatars of the east =

                The Tatars settled in the east.

                == People ==
                In the town of Orsk, where 9,800 of them were counted in 1930, the Tatars were 6.5 per cent of the inhabitants.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 9_800L).has("group", "Tatar").has("region", "Orsk").has("year", 1930)
                .has("share_pct", 6.5);
    }

    @Test
    void aPlacesShareOfTheLargerUnitsPeopleIsItsShareOfAll() {
        Table t = Fixtures.build("varna.txt", """
                = Varna Province =

                == People ==
                In 1920 the province had 900,000 people. The Orsk circuit alone held 45 per cent of the province's people. In 1930 the Tesh circuit held three-fifths of the province's people.
                """).demographics();
        TableAsserts.of(t).rowWith("share_pct", 45.0).has("region", "Orsk").has("group", "All").has("year", 1920);
        TableAsserts.of(t).rowWith("share_pct", 60.0).has("region", "Tesh").has("group", "All").has("year", 1930);
    }

    @Test
    void aShareInWordsOfEighthsIsAShare() {
        Table t = Fixtures.build("kasimov.txt", """
                = Kasimov Town =

                == People ==
                By 1960 the town had grown to some 48,000 people, of whom about an eighth were Tatars.
                """).demographics();
        TableAsserts.of(t).rowWith("group", "Tatar").has("share_pct", 12.5).has("year", 1960);
    }

    @Test
    void aWholeCountedAfterAShareOrAmongOrAfterThePopulationIsAllNotTheGroupBeforeIt() {
        Table t = Fixtures.build("vessa.txt", """
                = Vessa Oblast =

                == Numbers ==
                The census of 1926 counted 52,300 Kurds, 11.2 per cent of the 467,000 inhabitants of Vessa. In Orvo the count of 1930 found 8,100 Kurds among 31,000 inhabitants. In 1950 some 40,000 Kurds left the oblast for the south, and Tarn, where the population fell from about 96,000 in 1949 to some 71,000 in 1952, was emptied. In 1960 the count found 61,000 Kurds, again about 10 per cent of a population of 610,000.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 52_300L).has("group", "Kurd").has("share_pct", 11.2);
        a.rowWith("population", 467_000L).has("group", "All").has("region", "Vessa");
        a.rowWith("population", 8_100L).has("group", "Kurd").has("region", "Orvo");
        a.rowWith("population", 31_000L).has("group", "All").has("region", "Orvo");
        a.rowWith("population", 96_000L).has("group", "All").has("year", 1949);
        a.rowWith("population", 71_000L).has("group", "All").has("year", 1952);
        a.rowWith("population", 610_000L).has("group", "All").has("year", 1960);
    }

    @Test
    void aPlaceWithACountOfItsPeopleSetOffByACommaIsThatCountsAndItsSharesPlace() {
        Table t = Fixtures.build("towns.txt", """
                = Norland =

                == Towns ==
                The towns of 1931 were mixed: Tessa, with 84,000 inhabitants, was 58 per cent Greek.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 84_000L).has("region", "Tessa").has("group", "All");
        a.rowWith("share_pct", 58.0).has("region", "Tessa");
    }

    @Test
    void aCountListedAfterACountWithItsShareInBracketsContinuesThatCount() {
        Table t = Fixtures.build("listed.txt", """
                = Kurds of Norland =

                == Numbers ==
                The census of 1956 counted 2,400 Kurds, 1.4% of all inhabitants; by 1979 there were 2,900 (1.1%), and in 1989, 3,150.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 3_150L).has("group", "Kurd").has("year", 1989);
    }

    @Test
    void aCountWithItsShareInBracketsIsOfTheGroupNamedRightAfterTheBrackets() {
        Table t = Fixtures.build("after.txt", """
                = Norland =

                == People ==
                The 1961 census counted 2,400,000 people in Norland, of whom 1,300,000 (54.2 per cent) were Kurds, 700,000 (29.2 per cent) Armenians and 250,000 (10.4 per cent) Greeks.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 1_300_000L).has("group", "Kurd").has("share_pct", 54.2);
        TableAsserts.of(t).rowWith("population", 700_000L).has("group", "Armenian").has("share_pct", 29.2);
        TableAsserts.of(t).rowWith("population", 250_000L).has("group", "Greek").has("share_pct", 10.4);
    }

    @Test
    void aCountOfAPlacesInhabitantsAfterAGroupsShareIsThatPlacesWholePopulation() {
        Table t = Fixtures.build("whole.txt", """
                = Kurds of Norland =

                == Towns ==
                In Varno, by contrast, the Kurds are an urban community of traders; they made up about a fifth of the town's 42,000 inhabitants at the 1990 census.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 42_000L).has("group", "All").has("share_pct", null).has("region", "Varno");
        TableAsserts.of(t).rowWith("share_pct", 20.0).has("group", "Kurd").has("population", null).has("year", 1990);
    }

    @Test
    void aCountOutOfAWholeIsTheWholesAndTheShareAfterItThePartsShare() {
        Table t = Fixtures.build("outof.txt", """
                = Greeks of Norland =

                == Numbers ==
                The 1990 census counted 41,000 Greeks in Eastmark out of 330,000 people, or 12.4 per cent.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 41_000L).has("group", "Greek").has("share_pct", 12.4).has("region", "Eastmark");
        TableAsserts.of(t).rowWith("population", 330_000L).has("group", "All").has("share_pct", null).has("region", "Eastmark");
    }

    @Test
    void aShareOfAPlacesUrbanOrRuralPopulationIsForThatPartOfThePlace() {
        Table t = Fixtures.build("urban.txt", """
                = Greeks of Norland =

                == Towns ==
                In 1960 the Greeks made up 41.5 per cent of the urban population of Eastmark and the Turks 30.2 per cent. In 1990 Greeks made up 12.5 percent of Westmark's urban and 8.4 percent of its rural population.
                """).demographics();
        TableAsserts.of(t).rowWith("share_pct", 41.5).has("region", "Eastmark (urban)").has("group", "Greek").has("year", 1960);
        TableAsserts.of(t).rowWith("share_pct", 30.2).has("region", "Eastmark (urban)").has("group", "Turk");
        TableAsserts.of(t).rowWith("share_pct", 12.5).has("region", "Westmark (urban)").has("group", "Greek");
        TableAsserts.of(t).rowWith("share_pct", 8.4).has("region", "Westmark (rural)").has("group", "Greek");
    }

    @Test
    void aShareOfTheNationalPopulationIsTheArticlesCountrysEvenAfterAnotherPlace() {
        Table t = Fixtures.build("national.txt", """
                = Greeks in Norland =

                == Independence ==
                The 1957 census counted 230,000 Greeks in the Kingdom of Varna out of 1,200,000 people, or 19.2 per cent. The Greek share of the national population was 15.4 per cent in 1970.
                """).demographics();
        TableAsserts.of(t).rowWith("share_pct", 15.4).has("region", "Norland").has("group", "Greek").has("year", 1970);
    }

    @Test
    void aPlaceThatWasAFractionAPeopleHasThatShareOfThePeople() {
        Table t = Fixtures.build("fifths.txt", """
                = Greeks of Norland =

                == Towns ==
                The 1926 census found 90,000 people in Eastmark. Towns were still largely Greek: Northport itself was three-fifths Greek.
                """).demographics();
        TableAsserts.of(t).rowWith("share_pct", 60.0).has("region", "Northport").has("group", "Greek").has("year", 1926);
    }

    @Test
    void itsShareAfterACommunityInAnArticleOnAPeopleIsThatPeoplesShare() {
        // invented sentence
        TableAsserts t = TableAsserts.of(Fixtures.build("s.txt", """
                = Uyghurs in Kirghizia =

                Censuses show the community growing steadily while its share of the population fell, from 0.9 per cent in 1959 to 0.7 per cent in 1979.
                """).demographics());
        t.rowWith("share_pct", 0.9).has("group", "Uyghur").has("year", 1959);
        t.rowWith("share_pct", 0.7).has("group", "Uyghur").has("year", 1979);
    }

    @Test
    void aCountOfInhabitantsRightAfterAShareOfIsTheWholesCount() {
        // "or 4.1% of 126,800 inhabitants": the whole the share is of, not the group's count
        Table t = Fixtures.build("wholes.txt", """
                = Poles in Westland =

                == History ==
                The 1922 census counted 4,900 Poles, and the 1930 census 5,200, or 4.1% of 126,800 inhabitants. In 1930 Northmark had about 3,000 Poles, while in Eastmark the Polish share was 2.5 percent of 81,000 residents.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 126_800L).has("group", "All").has("year", 1930);
        TableAsserts.of(t).rowWith("population", 81_000L).has("group", "All").has("region", "Eastmark");
        TableAsserts.of(t).rowWith("share_pct", 2.5).has("group", "Polish").has("region", "Eastmark");
    }

    @Test
    void aShareOfTheInhabitantsThatWereAPeopleIsThatPeoplesNotTheTownsTotal() {
        // "In Northby, a city of 60,000, about 21 percent of the inhabitants were Poles": 60,000 All, 21% Polish
        Table t = Fixtures.build("inhabitants.txt", """
                = Poles in Westland =

                == Distribution ==
                In 1989 Ostburg's Poles numbered 9,000. In Northby, a city of 60,000, about 21 percent of the inhabitants were Poles, and in Southby the share was higher still.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 60_000L).has("region", "Northby").has("group", "All").has("share_pct", null);
        TableAsserts.of(t).rowWith("share_pct", 21.0).has("region", "Northby").has("group", "Polish").has("year", 1989);
    }

    @Test
    void aShareSaidOfNoGroupAfterAPeoplesCountIsThatPeoplesShare() {
        // "…, of whom 9,800 were Poles, about 72%; in the border city of Lowtown the share reached 83%, and in Hightown 82%"
        Table t = Fixtures.build("bareshare.txt", """
                = Poles in Westland =

                == Distribution ==
                In 2021 Ida County had 13,600 inhabitants, of whom 9,800 were Poles, about 72%; in the border city of Lowtown the share reached 83%, and in Hightown 82%.
                """).demographics();
        TableAsserts.of(t).rowWith("share_pct", 83.0).has("region", "Lowtown").has("group", "Polish").has("year", 2021);
        TableAsserts.of(t).rowWith("share_pct", 82.0).has("region", "Hightown").has("group", "Polish").has("year", 2021);
    }

    @Test
    void aLevelAfterACountMergedWithItsShareContinuesThatCount() {
        Table t = Fixtures.build("level.txt", """
                = Greeks of Norland =

                == Census ==
                The 1959 census recorded 38,400 Greeks in the Varna SSR, 1.7% of its population, a share never reached again; by 1970 the community had grown to 47,500, while some 21,600 Greeks lived in the Orsk SSR.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 47_500L).has("region", "Varna SSR").has("group", "Greek").has("year", 1970);
    }

    @Test
    void aShareInWordsListedAfterAPeopleAndAShareInPercentIsThatPeoplesShare() {
        Table t = Fixtures.build("listedshare.txt", """
                = War in Norland =

                == People ==
                When the war began Norland had an estimated 9.1 million inhabitants (1979), of whom Greeks made up about 40 per cent and Turks roughly a quarter, with Armenians and smaller peoples forming the rest.
                """).demographics();
        TableAsserts.of(t).rowWith("share_pct", 25.0).has("group", "Turk").has("region", "Norland").has("year", 1979);
    }

    @Test
    void itsShareOfAPlaceIsTheShareThereOfThePeopleCountedBefore() {
        Table t = Fixtures.build("itsshare.txt", """
                = Greeks of Norland =

                == Census ==
                Norland's censuses show the Greek community growing until 1989, when it peaked at 5.9 per cent of the national population. Its share of Westmark rose from 84 per cent in 1956 to 91 per cent in 1989, since the Turkish population of the province grew more slowly.
                """).demographics();
        TableAsserts.of(t).rowWith("share_pct", 84.0).has("group", "Greek").has("region", "Westmark").has("year", 1956);
        TableAsserts.of(t).rowWith("share_pct", 91.0).has("group", "Greek").has("region", "Westmark").has("year", 1989);
    }

    @Test
    void aBareFigureAfterAShareOfIsTheWhole() {
        Table t = Fixtures.build("whole.txt", """
                = Greeks of Norland =

                == Census ==
                The 2001 census counted 41,250 Greeks, 1.6% of 2,578,000, and the Turks' share rose to 12.1%.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 41_250L).has("group", "Greek").has("share_pct", 1.6).has("year", 2001);
        a.rowWith("population", 2_578_000L).has("group", "All").has("year", 2001);
    }

    @Test
    void everyPlaceOfAListOfPlacesWithCountsAndSharesIsCounted() {
        Table t = Fixtures.build("placelist.txt", """
                = Greeks of Norland =

                == Census ==
                Greeks stayed in the south. In 1979, when the census counted 52,000 Greeks (4.1%), Eastmark Oblast had 12,400 of them, or 9.9% of its population, Westmark Oblast 10,100 (8.3%), Northmark Oblast 7,300 (6.2%) and Southmark Oblast 5,900 (5.0%).
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 12_400L).has("region", "Eastmark Oblast").has("group", "Greek").has("share_pct", 9.9).has("year", 1979);
        a.rowWith("population", 10_100L).has("region", "Westmark Oblast").has("group", "Greek").has("share_pct", 8.3).has("year", 1979);
        a.rowWith("population", 7_300L).has("region", "Northmark Oblast").has("group", "Greek").has("share_pct", 6.2).has("year", 1979);
        a.rowWith("population", 5_900L).has("region", "Southmark Oblast").has("group", "Greek").has("share_pct", 5.0).has("year", 1979);
    }

    @Test
    void theShareOfAPartAfterACountOfThemThereIsThatCountsShare() {
        // invented sentence: "N of them in the towns, S% of the urban population, and M in the countryside, where they made up"
        Table t = Fixtures.build("partshare.txt", """
                = Greeks in Norland =

                == Census ==
                The 1979 census counted 60,000 Greeks in the Varna SSR. The 1989 census recorded 31,000 of them in the towns, 9.9% of the urban population of the republic, and about 15,000 in the countryside, where they made up 4.8% of the rural population.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 31_000L).has("region", "Varna SSR (urban)").has("group", "Greek").has("year", 1989)
                .has("share_pct", 9.9);
        a.rowWith("population", 15_000L).has("region", "Varna SSR (rural)").has("group", "Greek").has("year", 1989)
                .has("share_pct", 4.8);
    }

    @Test
    void aPartsShareSetOffByCommasAfterOfThemKeepsTheCountOfThatPart() {
        Table t = Fixtures.build("partshare.txt", """
                = Greeks of Norland =

                == Census ==
                The 1979 census counted 40,000 Greeks in Norland. In 1989 some 31,000 of them, 75 percent, lived in towns, and about 11,000 in villages.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 31_000L).has("group", "Greek").has("region", "Norland (urban)").has("share_pct", 75.0)
                .has("year", 1989);
        a.rowWith("population", 11_000L).has("group", "Greek").has("region", "Norland (rural)").has("year", 1989);
    }

    @Test
    void aCountOfWhomWithItsShareSetOffByCommasIsThePeopleAfterTheCopula() {
        Table t = Fixtures.build("ofwhomshare.txt", """
                = Ostvale =

                == Population ==
                In 1961 Ostvale had 120,000 inhabitants, of whom 41,000, or 34.2 per cent, were Greeks.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 120_000L).has("group", "All").has("region", "Ostvale");
        a.rowWith("population", 41_000L).has("group", "Greek").has("share_pct", 34.2).has("region", "Ostvale")
                .has("year", 1961);
    }

    @Test
    void placesListedAfterAColonThatEndsTheWholeOfAGroupsShareCountThatGroup() {
        Table t = Fixtures.build("colonparts.txt", """
                = Greeks of Norland =

                == Census ==
                The 2009 census counted 9,100 Greeks, 0.2 percent of a population of 5,300,000: 6,500 in Ostvale Region, 1,700 in Westburg and the rest elsewhere.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 5_300_000L).has("group", "All");
        a.rowWith("population", 6_500L).has("group", "Greek").has("region", "Ostvale").has("year", 2009);
        a.rowWith("population", 1_700L).has("group", "Greek").has("region", "Westburg").has("year", 2009);
    }

    @Test
    void twoSharesJoinedByAndAfterTwoPeoplesJoinedByAndAreEachPeoplesInOrder() {
        Table t = Fixtures.build("pairedshares.txt", """
                = Greeks of Norland =

                == Census ==
                The 1989 census found the Russians at 21.5 percent of the population, with Ukrainians and Greeks next at 2.5 and 2.4 percent.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("share_pct", 2.5).has("group", "Ukrainian").has("population", null).has("year", 1989);
        a.rowWith("share_pct", 2.4).has("group", "Greek").has("population", null).has("year", 1989);
    }

    @Test
    void aNationalPopulationAfterAPeoplesShareIsTheWholeOfAll() {
        Table t = Fixtures.build("nationalwhole.txt", """
                = Greeks of Norland =

                == Census ==
                The 2015 census counted 41,000 Greeks in Norland, about 2.1% of a national population of some 1.9 million.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 41_000L).has("group", "Greek").has("share_pct", 2.1);
        a.rowWith("population", 1_900_000L).has("group", "All").has("year", 2015);
    }

    @Test
    void aCountRightAfterASharesWholeInTheSentenceBeforeGoesOnWithThePeopleCountedThere() {
        Table t = Fixtures.build("therewere.txt", """
                = Greeks of Norland =

                == Census ==
                The census of 1959 counted 41,200 Greeks in the republic, 1.2% of its 3,400,000 inhabitants. By 1970 there were 52,300, and in 1979 the figure stood at 60,100, a rise of some 15% in nine years.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 3_400_000L).has("group", "All");
        a.rowWith("population", 52_300L).has("group", "Greek").has("year", 1970);
        a.rowWith("population", 60_100L).has("group", "Greek").has("year", 1979);
    }

    @Test
    void thePartsOfThemAfterAPeoplesCountAndItsShareOfAWholeAreThatPeoplesNotTheWholes() {
        TableAsserts a = TableAsserts.of(Fixtures.build("partsbyplace.txt", PARTS_BY_PLACE).demographics());
        a.rowWith("population", 1_760_000L).has("group", "All");
        a.rowWith("population", 14_700L).has("group", "Greek").has("region", "Ostvale").has("year", 2009).has("share_pct", 8.2);
    }

    @Test
    void aPeoplesOtherNameInAnAppositiveAfterItsCountIsNotTheGroupOfTheShareAfter() {
        TableAsserts a = TableAsserts.of(Fixtures.build("othername.txt", """
                = Uzbeks of Norland =

                == History ==
                The census of 1897 counted some 12,000 Uzbeks, then often called Sarts, in Ostvale Oblast, about 3.1% of the oblast's 387,000 people.
                """).demographics());
        a.rowWith("population", 12_000L).has("group", "Uzbek").has("share_pct", 3.1).has("region", "Ostvale Oblast");
        a.rowWith("population", 387_000L).has("group", "All");
    }

    @Test
    void theLevelAShareOfAPopulationHadFallenToIsThatWholesCount() {
        Table t = Fixtures.build("changedwhole.txt", """
                = Greeks in Norland =

                == Census ==
                The 1999 census counted 41,000 Greeks, 1.7 per cent of a population that had fallen to 2.4 million by then.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 41_000L).has("group", "Greek").has("share_pct", 1.7);
        a.rowWith("population", 2_400_000L).has("group", "All").has("year", 1999);
    }

    @Test
    void aShareOfTheUrbanPopulationBeforeButAndAJoinedShareOfTheRuralOneAreTheGroupsBoth() {
        Table t = Fixtures.build("butonly.txt", """
                = Greeks in Norland =

                == Towns ==
                In 1989 Greeks were 3% of the urban population of Norland but only 1% of the rural population. In 2009 Greeks made up 2% of the urban population but 4% of the rural population.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("share_pct", 1.0).has("group", "Greek").has("region", "Norland (rural)").has("year", 1989);
        a.rowWith("share_pct", 2.0).has("group", "Greek").has("region", "Norland (urban)").has("year", 2009);
        a.rowWith("share_pct", 4.0).has("group", "Greek").has("region", "Norland (rural)").has("year", 2009);
    }

    @Test
    void theCityOfAPlaceWithAnAppositiveHadACountAndItsShareOfThePeopleCountedBefore() {
        Table t = Fixtures.build("cityof.txt", """
                = Greeks in Norland =

                == Distribution ==
                At the 2009 census Westmark Region had 31,000 Greeks, 28.0% of its population; the city of Ostburg, administered separately, had about 11,000, or 44 per cent.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 11_000L).has("share_pct", 44.0).has("group", "Greek")
                .has("region", "Ostburg").has("year", 2009);
    }

    @Test
    void aShareInBracketsAfterAPlaceIsThatPlacesShareOfTheClausesGroup() {
        Table t = Fixtures.build("townshares.txt", """
                = Greeks in Norland =

                == Towns ==
                In 2022 Greeks were a majority in the towns of Vella (about 90%) and Pirna (roughly 70%).
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("share_pct", 90.0).has("group", "Greek").has("region", "Vella").has("year", 2022);
        a.rowWith("share_pct", 70.0).has("group", "Greek").has("region", "Pirna").has("year", 2022);
    }

    @Test
    void aShareRightAfterALevelReachedRestatesItAndIsNoMovement() {
        Table t = Fixtures.build("reached.txt", """
                = Greeks in Norland =

                == Growth ==
                Greeks numbered 30,000 at the census of 1970 and 35,000 in 1979, and in 1989 they reached 41,000, or 2.9%.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 41_000L).has("share_pct", 2.9).has("group", "Greek").has("year", 1989);
    }

    @Test
    void theFiguresWereListsTheSharesOfTheGroupsBeforeInOrder() {
        Table t = Fixtures.build("figureswere.txt", """
                = Greeks in Norland =

                == Towns ==
                Of Ostburg's 91,000 inhabitants in 1989, 40.1% were Greeks and 35.2% Turks; in Westburg the figures were 51.3% and 20.0%.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("share_pct", 51.3).has("group", "Greek").has("region", "Westburg").has("year", 1989);
        a.rowWith("share_pct", 20.0).has("group", "Turk").has("region", "Westburg").has("year", 1989);
    }

    @Test
    void aShareOfWhomThatLivedInTownsOrTheCountrysideIsTheCountsPeoplesShareInThatPart() {
        Table t = Fixtures.build("ofwhompart.txt", """
                = Westland =

                == Background ==
                At the 1960 census Westland had 2,400,000 inhabitants, of whom about 70 percent lived in rural areas, and Ostburg, the capital, had 150,000.

                In 1960 Eastland had 900,000 inhabitants, of whom 35 percent lived in towns.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 2_400_000L).has("region", "Westland").has("share_pct", null);
        a.rowWith("share_pct", 70.0).has("region", "Westland (rural)").has("group", "All").has("year", 1960);
        a.rowWith("share_pct", 35.0).has("region", "Eastland (urban)").has("group", "All").has("year", 1960);
    }

    @Test
    void urbanAndRuralPartsOfThemAfterAPeoplesCountAndTheWholeOfItsShareAreThatPeoples() {
        Table t = Fixtures.build("ofthem.txt", """
                = Greeks in Norland =

                == Census ==
                The census of 1959 found 39,981 Greeks, 1.9% of a population of 2.1 million. Of them, 31,000 lived in towns and 8,900 in villages.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 31_000L).has("group", "Greek").has("region", "Norland (urban)").has("year", 1959);
        a.rowWith("population", 8_900L).has("group", "Greek").has("region", "Norland (rural)").has("year", 1959);
        a.rowWith("population", 2_100_000L).has("group", "All");
    }

    @Test
    void aCountAfterSharesInBracketsAndInAPopulationOfIsTheWhole() {
        Table t = Fixtures.build("inapopulation.txt", """
                = Greeks in Norland =

                == Census ==
                The 1989 census recorded 46,829 Greeks (2.4%) and 18,772 Armenians (1.0%) in a population of 2.8 million.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 2_800_000L).has("group", "All").has("year", 1989);
        a.rowWith("population", 18_772L).has("group", "Armenian").has("share_pct", 1.0);
    }

    @Test
    void aShareOfTheCitysPeopleAfterAPartThatLivedInACityIsThatPartsShareThere() {
        Table t = Fixtures.build("cityshare.txt", """
                = Greeks in Norland =

                == History ==
                The census of 1897 counted 2,500 Greeks in the Westmark Oblast, of whom some 1,200 lived in Ostburg itself, about 2.7% of the city's 44,000 inhabitants.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 1_200L).has("group", "Greek").has("region", "Ostburg").has("share_pct", 2.7).has("year", 1897);
        a.rowWith("population", 44_000L).has("group", "All").has("region", "Ostburg").has("year", 1897);
        a.rowWith("population", 2_500L).has("group", "Greek").has("region", "Westmark Oblast");
    }

    @Test
    void aShareOfTheOtherPartJoinedToAPeoplesShareOfOnePartIsThatPeoplesShareOfTheOtherPart() {
        Table t = Fixtures.build("partshares.txt", """
                = Greeks in Norland =

                == Census ==
                The Greeks are more rural than the national average. Of the 27,500 counted in 2021, 11,200 lived in urban settlements and 16,300 in rural ones; they made up 4.7% of the country's rural population but only 2.3% of its urban population.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 11_200L).has("group", "Greek").has("region", "Norland (urban)").has("share_pct", 2.3);
        a.rowWith("population", 16_300L).has("group", "Greek").has("region", "Norland (rural)").has("share_pct", 4.7);
    }

    @Test
    void aShareOfAPopulationReducedToAFigureIsAPeoplesShareAndTheFigureTheWhole() {
        Table t = Fixtures.build("reducedby.txt", """
                = Greeks in Norland =

                == Since 1991 ==
                The 2002 census counted 35,100 Greeks, or 1.5 per cent of a population reduced to 2,340,000 by the emigration of other peoples.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 35_100L).has("group", "Greek").has("share_pct", 1.5).has("year", 2002);
        a.rowWith("population", 2_340_000L).has("group", "All");
    }

    @Test
    void aShareOfANamedPlacesPopulationAfterACountOfNoPlaceGivesTheCountThatPlace() {
        Table t = Fixtures.build("peakedat.txt", """
                = Greeks in Westland =

                Greeks in Westland are the largest European minority of the country. Greek settlement began in 1870, and the community peaked at 412,300 in the 1968 census, when Greeks made up 7.4% of the population of the Ostrian SSR.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 412_300L).has("group", "Greek").has("share_pct", 7.4)
                .has("region", "Ostrian SSR").has("year", 1968);
    }
}
