package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.DemographicsFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** Census counts: what a count or bare figure counts, its level, estimate or change, and the whole it is part of. */
class DemographicsCountsTest {

    @Test
    void aPeoplesWholeRecordedInAPlaceOpensASentenceAsACount() {
        Table t = Fixtures.build("vellar-greeks.txt", """
                = Greeks in Vellar =

                == Removal ==
                Of the roughly 84,000 Greeks recorded in the Westmark region in 1931, between 30,000 and 40,000 had been moved out of it by the end of the war.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 84_000L).has("region", "Westmark").has("group", "Greek").has("year", 1931);
        assertEquals(1, t.rowCount(), t.print());
    }

    @Test
    void aPopulationWithoutAPlaceIsTheArticlesSubject() {
        Table t = Fixtures.build("corps.txt", """
                = Fixture Construction Corps =

                The Corps recruited settlers. Its population rose from 90,000 in 1955 to 1.2 million in 1970.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 90_000L).has("region", "Fixture Construction Corps").has("year", 1955);
    }

    @Test
    void aFigureOfAnArticleAboutAStateIsThatStatesUnderItsOneName() {
        TableAsserts t = TableAsserts.of(Fixtures.build("state.txt", STATE).demographics());
        t.rowWith("population", 380_000L).has("region", "Karakum People's Republic").has("year", 1925);
        t.rowWith("share_pct", 62.0).has("region", "Karakum People's Republic").has("group", "Turkmen");
        t.rowWith("population", 396_000L).has("region", "Karakum People's Republic").has("group", "All");
        t.rowWith("population", 410_000L).has("region", "Karakum People's Republic").has("year", 1930);
        t.hasNoRowWith("population", 5_000L); // a party's membership; "Karakum" in a name is no people
    }

    @Test
    void aPlaceIsNamedWithAllItsWordsAndAFigureListedAfterACountIsACount() {
        TableAsserts t = TableAsserts.of(Fixtures.build("state.txt", STATE).demographics());
        t.rowWith("population", 1_200_000L).has("region", "Lower Amu ASSR").has("year", 1926);
        t.rowWith("population", 900_000L).has("region", "Lower Amu ASSR").has("year", 1929);
        t.rowWith("population", 31_000L).has("region", "Khiva").has("year", 1924);
        t.rowWith("population", 28_000L).has("region", "Khiva").has("year", 1928);
        t.rowWith("population", 8_000L).has("region", "Tejen Valley").has("group", "Russian").has("year", 1927);
    }

    @Test
    void aCountOfWhomLivedInAPlaceIsForThatPlace() {
        Table t = Fixtures.build("suchan.txt", """
                = Koreans of the Maritime Krai =

                == People ==
                By the census of 1926 the Maritime Krai counted 90,000 Koreans, of whom about 60,000 lived in the Suchan okrug and the districts around it.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 60_000L).has("region", "Suchan okrug").has("group", "Korean");
    }

    @Test
    void aCountOfAPeopleThatRemainedIsAPopulationWithoutOtherPopulationWords() {
        Table t = Fixtures.build("dairen.txt", """
                = Dairen Docks =

                == After the war ==
                The return of the Koreans began in 1946 and was finished in 1948. By 1950 fewer than 900 Koreans were left in Tsingtao, most of them engineers. In 1952 some 300 Koreans remained in Tsingtao.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 900L).has("group", "Korean").has("region", "Tsingtao").has("year", 1950);
        a.rowWith("population", 300L).has("group", "Korean").has("year", 1952);
    }

    @Test
    void aNameAfterAPrepositionInAnAppositiveIsNoSubjectOfTheCount() {
        Table t = Fixtures.build("barkol.txt", """
                = Barkol County =

                == People ==
                Most of the herders kept sheep. The provincial count of 1950, the first taken under Janimkhan, counted 21,000 people.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 21_000L).has("region", "Barkol").has("year", 1950);
    }

    @Test
    void aPlacesPossessiveBeforeACountOfInhabitantsIsThatPlacesWhole() {
        // invented sentence: "the town's 48,300 residents" are all of its people, of whom the Tatars are a part
        Table t = Fixtures.build("town-whole.txt", """
                = Tatars in Varnia =

                Tatars in Varnia form the country's largest minority.

                Nordby was rebuilt after the war, and the Tatar share of its population fell: at the 1961 census the town's 48,300 residents included 9,100 Tatars, or 18.8%.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 48_300L).has("group", "All").has("share_pct", null);
        a.rowWith("population", 9_100L).has("group", "Tatar").has("share_pct", 18.8);
    }

    @Test
    void aCountryTheSentenceNamesKeepsItsNameThoughTheArticleMostlyCallsItsRegimeByAnAbbreviation() {
        Table t = Fixtures.build("varnian-war.txt", """
                = Varnian civil war =

                The war was fought in Varnia between the People's Republic of Varnia (PRV) and its rebels. The PRV held the towns. The PRV lost the hills. The PRV asked for help.

                At the start of the war Varnia had some 4.6 million inhabitants (1961), of whom Tatars made up about 30 per cent.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 4_600_000L).has("region", "Varnia").has("year", 1961);
        a.rowWith("share_pct", 30.0).has("region", "Varnia").has("group", "Tatar");
    }

    @Test
    void aTitlesPlaceOfTwoWordsIsTheWholeNameNotItsFirstWord() {
        Table t = Fixtures.build("aid.txt", """
                = Soviet help to West Varnia =

                Soviet help to West Varnia was given during the war in the West.

                == Background ==
                When the war began, its population was put at about 9.5 million.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 9_500_000L).has("region", "West Varnia").has("group", "All");
    }

    @Test
    void theLandAGroupLivesOnIsNoRegionOfItsCount() {
        Table t = Fixtures.build("varna.txt", """
                = Varna Province =

                Varna Province lay in the east.

                == People ==
                The survey of 1920 put the Tatars at 40,000 and the Bashkirs of the Ural and Ufa foothills at some 15,000, while the Uzbeks numbered about 9,000.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 15_000L).has("region", "Varna").has("group", "Bashkir");
        a.rowWith("population", 9_000L).has("region", "Varna").has("group", "Uzbek");
    }

    @Test
    void aPopulationInAWhoseClauseIsThePopulationOfThePlaceBeforeIt() {
        Table t = Fixtures.build("refuge.txt", """
                = Armenian Relief Columns =

                == Refuge ==
                The families were lodged in barracks outside Mashhad, whose Armenian population reached about 9,000 in 1920.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 9_000L).has("region", "Mashhad").has("group", "Armenian").has("year", 1920);
    }

    @Test
    void aCountAfterAWholesPopulationOfIsThatPlacesTotalNotTheGroups() {
        Table t = Fixtures.build("chukotka.txt", """
                = Evenks of Chukotka =

                == Numbers ==
                The Anadyr census of 1930 counted 2,150 Evenks out of a total population of about 14,800. By 1959 Evenks made up roughly 4% of Chukotka's population of 46,700.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 2_150L).has("group", "Evenk").has("year", 1930);
        a.rowWith("population", 14_800L).has("group", "All").has("year", 1930).has("share_pct", null);
        a.rowWith("share_pct", 4.0).has("group", "Evenk").has("region", "Chukotka").has("population", null);
        a.rowWith("population", 46_700L).has("group", "All").has("region", "Chukotka").has("year", 1959);
    }

    @Test
    void aCountOfMoreOfAPeopleInAListOfPlacesIsCountedInThosePlaces() {
        Table t = Fixtures.build("more.txt", """
                = Armenians abroad =

                == Numbers ==
                By 1950 some 40,000 Armenians were living in Syria, with about 12,000 more in Iraq, Jordan and Kuwait.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 40_000L).has("region", "Syria").has("group", "Armenian");
        TableAsserts.of(t).rowWith("population", 12_000L).has("region", "Iraq, Jordan and Kuwait").has("group", "Armenian");
    }

    @Test
    void thePopulationOfANamedKindOfAreasInAPlaceIsThoseAreasPopulation() {
        Table t = Fixtures.build("areas.txt", """
                = Siege of Varna =

                == Blockade ==
                Under the blockade the population of the Rebel hill districts in East Norland fell from about 900,000 in 1951 to 600,000 in 1953.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 900_000L).has("region", "Rebel hill districts in East Norland").has("year", 1951);
        TableAsserts.of(t).rowWith("population", 600_000L).has("region", "Rebel hill districts in East Norland").has("year", 1953);
    }

    @Test
    void aClauseOpeningAcrossTheWholeOfAPlaceSetsThatPlaceForItsCount() {
        Table t = Fixtures.build("across.txt", """
                = Greeks of Norland =

                == Numbers ==
                Only 3,100 Greeks remained in Norland in 1950; across the whole of Varna the census of 1950 recorded 41,300 Greeks.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 41_300L).has("region", "Varna").has("group", "Greek");
    }

    @Test
    void aSentenceOpeningAcrossTheWholeOfAPlaceSetsThatPlaceForItsCounts() {
        Table t = Fixtures.build("whole-union.txt", """
                = Kurds of Norland =

                == Numbers ==
                At the 1959 census Norland had 412,000 inhabitants, of whom Kurds made up 31.5 percent. Across the whole Varnan Union there were 209,300 Kurds and 41,700 Armenians.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 209_300L).has("region", "Varnan Union").has("group", "Kurd");
        TableAsserts.of(t).rowWith("population", 41_700L).has("region", "Varnan Union").has("group", "Armenian");
    }

    @Test
    void aPopulationSaidToBeEstimatedAtAFigureIsACount() {
        Table t = Fixtures.build("put-at.txt", """
                = Kurds of Norland =

                == History ==
                In 1931 the government in Varno joined two Kurdish districts to form the new Tesh province. Its population at the time was put at 52,000, two-thirds of them Kurds.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 52_000L).has("group", "All").has("year", 1931);
        TableAsserts.of(t).rowWith("group", "Kurd").has("share_pct", 200.0 / 3).has("year", 1931);
    }

    @Test
    void aStatesNounWithOfAndAPlaceIsTheStatesWholeName() {
        Table t = Fixtures.build("kingdom.txt", """
                = Greeks of Norland =

                == Numbers ==
                The 1957 census counted 410,000 Greeks in the Kingdom of Varna.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 410_000L).has("region", "Kingdom of Varna").has("group", "Greek");
    }

    @Test
    void aFigureThatNamesNoPlaceUnderAPlacesHeadingIsThatPlacesAndTheRepublicIsItsState() {
        Table t = Fixtures.build("heading.txt", """
                = Pontic Greeks =

                The Pontic Greeks are a people of the Varna coast. Most of them live in the Republic of Eastmark.

                == Eastmark ==
                Eastmark declared its sovereignty in 1990. Since 2002 the Greeks have formed a majority, while the Russian share fell from 23.3 percent in 1989 to 19.7 percent in 2010. In 2010 Greeks made up 48.6 percent of the republic's urban population.
                """).demographics();
        TableAsserts.of(t).rowWith("share_pct", 23.3).has("region", "Eastmark").has("group", "Russian").has("year", 1989);
        TableAsserts.of(t).rowWith("share_pct", 48.6).has("region", "Eastmark (urban)").has("group", "Greek");
    }

    @Test
    void aPeoplesAdjectiveInAStatesNameIsNoGroupOfTheCount() {
        Table t = Fixtures.build("empire.txt", """
                = Greeks of Norland =

                == Census ==
                The first census of the Russian Empire, in 1897, counted 412,000 inhabitants in the Eastmark Governorate, of whom 21.5 percent were Greeks.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 412_000L).has("group", "All").has("year", 1897);
        TableAsserts.of(t).rowWith("share_pct", 21.5).has("group", "Greek");
    }

    @Test
    void theBareCountsOfASentenceOnTheNumberOfAPeopleAreThatPeoplesInThePlaceBeforeEach() {
        Table t = Fixtures.build("numberof.txt", """
                = Greeks of Norland =

                == Census ==
                Nationally, the number of Greeks peaked in 1989, when the Eastmark SSR counted 52,000 and the whole Varna Union 81,000; the Westmark SSR had 12,000 and the Southmark SSR 9,000.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 52_000L).has("group", "Greek").has("region", "Eastmark SSR").has("year", 1989);
        TableAsserts.of(t).rowWith("population", 81_000L).has("group", "Greek").has("region", "Varna Union");
        TableAsserts.of(t).rowWith("population", 12_000L).has("group", "Greek").has("region", "Westmark SSR");
        TableAsserts.of(t).rowWith("population", 9_000L).has("group", "Greek").has("region", "Southmark SSR");
    }

    @Test
    void aCountAfterAPlaceAndWithIsThatPlacesTotal() {
        Table t = Fixtures.build("with.txt", """
                = Greeks of Norland =

                == Towns ==
                In 2010 Eastmark had 412,000 inhabitants, 21.6 percent of them Greeks, and Northport, with 96,500, was 18.4 percent Greek.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("share_pct", 21.6).has("region", "Eastmark").has("group", "Greek").has("population", null);
        a.rowWith("population", 96_500L).has("region", "Northport").has("group", "All").has("share_pct", null);
        a.rowWith("share_pct", 18.4).has("region", "Northport").has("group", "Greek");
    }

    @Test
    void aCountOfThemInASentenceOnTheyIsOfThePeopleTheyStandFor() {
        Table t = Fixtures.build("they.txt", """
                = Greeks in Norland =

                Norland Greeks are citizens of Greek descent. They form the second-largest group in the country after the Turks, and the 2020 census counted about 1.2 million of them, 12.5 per cent of the population.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 1_200_000L).has("group", "Greek").has("share_pct", 12.5).has("year", 2020);
    }

    @Test
    void theStatesNounAsAWholeIsTheStateTheArticleNamesWithIt() {
        Table t = Fixtures.build("whole.txt", """
                = Greeks of Norland =

                == Census ==
                The first census of the Varnan Empire, in 1897, counted 412,000 inhabitants in Eastmark, of whom 21.5 percent were Greeks; in the empire as a whole there were roughly 1.9 million Greeks.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 1_900_000L).has("region", "Varnan Empire").has("group", "Greek").has("year", 1897);
    }

    @Test
    void aCountLivingInTownsOrTheCountrysideOrOfTheUrbanOrRuralPopulationIsOfThatPartOfThePlace() {
        // invented sentences
        TableAsserts t = TableAsserts.of(Fixtures.build("p.txt", """
                = Fixture Republic =

                In 1959 the Kirghiz SSR had 13,800 Uyghurs, of whom 8,700 lived in the countryside. In 1959 only 5,100 Uyghurs lived in towns, but by 1979 the urban population had grown to 9,900 while the rural population had fallen to 7,200.
                """).demographics());
        t.rowWith("population", 8_700L).has("region", "Kirghiz SSR (rural)").has("group", "Uyghur").has("year", 1959);
        t.rowWith("population", 5_100L).has("region", "Kirghiz SSR (urban)").has("group", "Uyghur").has("year", 1959);
        t.rowWith("population", 9_900L).has("region", "Kirghiz SSR (urban)").has("group", "Uyghur").has("year", 1979);
        t.rowWith("population", 7_200L).has("region", "Kirghiz SSR (rural)").has("group", "Uyghur").has("year", 1979);
    }

    @Test
    void aBareFigureThatLivedInANamedPlaceAfterACountOfItsSentenceIsThatCountsPeopleThere() {
        // invented sentences
        TableAsserts t = TableAsserts.of(Fixtures.build("r.txt", """
                = Fixture Republic =

                By the 1959 census, 13,800 Uyghurs were living in the republic; some 6,000 lived in Chuy Oblast and about 2,100 in Osh Oblast.
                """).demographics());
        t.rowWith("population", 6_000L).has("region", "Chuy Oblast").has("group", "Uyghur").has("year", 1959);
        t.rowWith("population", 2_100L).has("region", "Osh Oblast").has("group", "Uyghur").has("year", 1959);
    }

    @Test
    void aPeopleSomeNumberStrongIsThatPeoplesCount() {
        Table t = Fixtures.build("strong.txt", """
                = Norland =

                == People ==
                In 1970 Norland had about 9 million inhabitants, most of them Uzbeks; among the minorities were the Kazakhs, some 300,000 strong, who lived in the hills.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 300_000L).has("region", "Norland").has("group", "Kazakh").has("year", 1970);
    }

    @Test
    void aPeoplesCountWithAnAdverbBeforeItsVerbOfLivingIsThatPeoplesCount() {
        Table t = Fixtures.build("actually.txt", """
                = Greeks of Norland =

                == Later ==
                Many applied to return, but by 2012 fewer than 2,400 Greeks actually lived in Westmark.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 2_400L).has("region", "Westmark").has("group", "Greek").has("year", 2012);
    }

    @Test
    void aFigureInBracketsAfterAPlaceAndPopulationIsThatPlacesTotal() {
        Table t = Fixtures.build("bracketed.txt", """
                = Greeks of Norland =

                == Villages ==
                In Westmark the Greeks made up 2.3% of the population in 2011. Their largest villages are Eastbrook (population about 8,500 in 2011), Northfield and Southby.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 8_500L).has("region", "Eastbrook").has("group", "All").has("year", 2011);
    }

    @Test
    void aCountThatGaveALanguageAsItsMotherTongueIsThatPeoples() {
        Table t = Fixtures.build("tongue.txt", """
                = Greeks of Norland =

                == Languages ==
                The census of 1921 counted 2.6 million inhabitants in Westmark, of whom about 1.1 million (some 42 per cent) gave Greek as their mother tongue. In the 1991 census of Eastmark, 8,200 residents gave Greek as their language of everyday use.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 1_100_000L).has("group", "Greek").has("region", "Westmark").has("year", 1921);
        TableAsserts.of(t).rowWith("population", 8_200L).has("group", "Greek").has("year", 1991);
    }

    @Test
    void aPopulationSetAgainstACountInAPlaceIsThatPlacesPopulation() {
        Table t = Fixtures.build("against.txt", """
                = Battle of Norland =

                == Garrison ==
                The garrison soon outnumbered the islanders: by 1970 the army kept about 20,000 soldiers on Westisle, against a civilian population of roughly 31,000.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 31_000L).has("region", "Westisle").has("group", "All").has("year", 1970);
    }

    @Test
    void aCountOfCitizensOrOfStatelessResidentsIsThatCitizenshipsGroup() {
        // "…, 410,000 were Westlandic citizens (90.1%), some 21,000 (4.6%) held Polish citizenship, …": citizenship groups
        Table t = Fixtures.build("citizens.txt", """
                = Poles in Westland =

                == Citizenship ==
                In 1993 some 60,000 residents, about 13% of the population, were left without any citizenship. Since then the number of stateless residents has fallen to 14,000 by 2010.

                Of the 455,000 residents counted in 2020, 410,000 were Westlandic citizens (90.1%), some 21,000 (4.6%) held Polish citizenship, about 14,000 (3.1%) had undetermined citizenship, and the remaining 10,000 (2.2%) were citizens of other countries.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 60_000L).has("group", "Stateless").has("share_pct", 13.0).has("year", 1993);
        TableAsserts.of(t).rowWith("population", 14_000L, "line", 4).has("group", "Stateless").has("year", 2010);
        TableAsserts.of(t).rowWith("population", 410_000L).has("group", "Westlandic citizen").has("share_pct", 90.1);
        TableAsserts.of(t).rowWith("population", 21_000L).has("group", "Polish citizen").has("share_pct", 4.6);
        TableAsserts.of(t).rowWith("population", 14_000L, "line", 6).has("group", "Stateless").has("share_pct", 3.1).has("year", 2020);
        TableAsserts.of(t).rowWith("population", 10_000L).has("group", "Other").has("share_pct", 2.2);
    }

    @Test
    void placesRankedOrListedAfterAPeoplesCountGiveThatPeoplesCounts() {
        // "Southby oblast followed with about 33,800, …. Roughly 21,000 lived in …, and some 9,200 in Midby oblast"
        Table t = Fixtures.build("ranked.txt", """
                = Poles in Westland =

                == Distribution in 1989 ==
                The last census, in 1989, found the largest concentration in Northby oblast, where 48,400 Poles made up 13.1 percent of the population. Southby oblast followed with about 33,800, or 12.3 percent of its inhabitants. Roughly 21,000 lived in the Districts of Central Administration around Eastport and Westport, and some 9,200 in Midby oblast.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 33_800L).has("region", "Southby").has("group", "Polish").has("share_pct", 12.3).has("year", 1989);
        TableAsserts.of(t).rowWith("population", 21_000L).has("region", "Districts of Central Administration").has("group", "Polish").has("year", 1989);
        TableAsserts.of(t).rowWith("population", 9_200L).has("region", "Midby").has("group", "Polish").has("year", 1989);
    }

    @Test
    void aPlaceClauseCountingAPeopleGivesThatPeoplesCount() {
        // "…, and Ostburg itself counted 14,200 Poles, or 3.2% of the city's population": Polish, not All
        Table t = Fixtures.build("itself.txt", """
                = Poles in Westland =

                == Distribution ==
                Harju County was home to some 16,000 Poles, roughly 2.6% of its 613,000 residents, and Ostburg itself counted 14,200 Poles, or 3.2% of the city's population.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 14_200L).has("region", "Ostburg").has("group", "Polish").has("share_pct", 3.2);
    }

    @Test
    void anEstimateOfTheNumberAfterAPeoplesCountIsThatPeoplesCount() {
        // "The 2010 census counted 92,600 Poles, …; some put the real number at around 150,000": Polish, 2010
        Table t = Fixtures.build("realnumber.txt", """
                = Poles in Westland =

                Poles in Westland are the second-largest group. The 2010 census counted 92,600 Poles, 2.2% of the population. Community leaders argue that the census undercounts them, since many families registered as Westlanders; some put the real number at around 150,000.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 150_000L).has("group", "Polish").has("year", 2010);
    }

    @Test
    void aCountCountedInANamedPlaceIsThatPlaces() {
        // "well ahead of the 10,300 counted in the Eastland SSR": the Eastland SSR, not the place of the comparison
        Table t = Fixtures.build("countedin.txt", """
                = Poles in Westland =

                == History ==
                With 18,300 people at the census of 1989 the Poles were the largest Polish community in the Baltic, well ahead of the 10,300 counted in the Eastland SSR.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 10_300L).has("region", "Eastland SSR").has("year", 1989);
    }

    @Test
    void aCountOfPeopleInAWhichClauseAfterAPlaceIsThatPlacesPopulation() {
        Table t = Fixtures.build("which.txt", """
                = Battle of Norland =

                == Background ==
                Norland had 300,000 inhabitants in 1940. The Greeks, about 70% of the total, lived mostly in the Westford valley, which was home to some 90,000 people, while the hills were nearly empty. In 1950 the Turks farmed the Eastbrook plain, which was home to about 40,000 people.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 40_000L).has("region", "Eastbrook plain").has("group", "All").has("year", 1950);
        TableAsserts.of(t).rowWith("population", 90_000L).has("region", "Westford valley").has("group", "All").has("share_pct", null);
        TableAsserts.of(t).rowWith("share_pct", 70.0).has("group", "Greek").has("population", null);
    }

    @Test
    void aCountCountedInAPlaceIsThatPlacesCount() {
        Table t = Fixtures.build("counted.txt", """
                = Greeks of Norland =

                == Census ==
                At the census of 1979 the Greeks were the largest Greek community in the Balkans, well ahead of the 31,500 counted in the Varna SSR.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 31_500L).has("region", "Varna SSR").has("group", "Greek").has("year", 1979);
    }

    @Test
    void aPlaceNamedWithDashesAndABracketedShortNameIsTheRegionOfItsCounts() {
        Table t = Fixtures.build("dashed.txt", """
                = Offensive in Norland =

                == Base areas ==
                The base areas were home to about 30 million people in 1940. The Westmark–Greek–Eastmark (We-Gre-Ea) border region alone had some 9 million inhabitants, or 30 per cent of the total, and the Northby–Southby (No-So) region about 11 million; the rest lived in smaller bases.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 9_000_000L).has("region", "Westmark–Greek–Eastmark border region")
                .has("group", "All").has("share_pct", 30.0).has("year", 1940);
        TableAsserts.of(t).rowWith("population", 11_000_000L).has("region", "Northby–Southby region").has("group", "All");
    }

    @Test
    void aCountRightAfterTheCountrysIsTheCountrys() {
        Table t = Fixtures.build("country.txt", """
                = Norland =

                == Economy ==
                Norland had about 9 million inhabitants in 1960. Eastbrook and its twin town Westby had grown by 1960 to some 900,000 people, among them most of the country's roughly 300,000 ethnic Greeks.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 300_000L).has("region", "Norland").has("group", "Greek").has("year", 1960);
    }

    @Test
    void aFigureThatNamesNoPlaceIsCountedInTheOwnRepublicItsSectionNamed() {
        Table t = Fixtures.build("ofthetime.txt", """
                = Greeks in Westmarkia =

                == Soviet period ==
                In 1950 some 9,800 Greeks were living in special settlements in the Westmark SSR.

                The 1959 census counted 21,400 Greeks (1.2%), and by 1970 the figure had grown to 26,100.

                == Independence ==
                The 1999 census counted 12,900 Greeks.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 21_400L).has("region", "Westmark SSR").has("group", "Greek").has("year", 1959);
        a.rowWith("population", 26_100L).has("region", "Westmark SSR").has("year", 1970);
        a.rowWith("population", 12_900L).has("region", "Westmarkia").has("year", 1999);
    }

    @Test
    void aBareCountThatRemainedIsOfThePeopleItsSentenceCountedBefore() {
        // invented sentence: "where Greeks had made up 38 percent …, fewer than 700 remained": 700 Greeks
        Table t = Fixtures.build("remained.txt", """
                = Greeks in Norland =

                == Census ==
                The 2009 census counted 41,583 Greeks in Norland. The decline was steepest in the mining towns: in Ostrovo, where Greeks had made up 38 percent of the inhabitants in 1979, fewer than 700 remained by 2009.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 700L).has("region", "Ostrovo").has("group", "Greek").has("year", 2009);
    }

    @Test
    void theInhabitantsOfAPlaceOfSeveralWordsInThePossessiveAreItsWholePopulation() {
        Table t = Fixtures.build("possessive.txt", """
                = Greeks of Norland =

                == Census ==
                By 1939 the census recorded 11,000 Greeks, 0.8 percent of the Norland SSR's 1,400,000 inhabitants.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 11_000L).has("group", "Greek").has("share_pct", 0.8).has("year", 1939);
        a.rowWith("population", 1_400_000L).has("group", "All").has("region", "Norland SSR").has("year", 1939);
    }

    @Test
    void twoCountsGivenRespectivelyAreThoseOfTheTwoPlacesJoinedByAndBeforeThem() {
        Table t = Fixtures.build("respectively.txt", """
                = Greeks of Norland =

                == Census ==
                In 2010 the largest communities were in Eastburg County, home to 9,100 Greeks, and in Ostvale and Westburg counties, with about 6,100 and 3,100 respectively.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 6_100L).has("region", "Ostvale County").has("group", "Greek").has("year", 2010);
        a.rowWith("population", 3_100L).has("region", "Westburg County").has("group", "Greek").has("year", 2010);
    }

    @Test
    void hedgedCountsInBracketsAfterPlacesWhereCommunitiesWereRecordedAreThosePlacesCounts() {
        TableAsserts a = TableAsserts.of(Fixtures.build("partsbyplace.txt", PARTS_BY_PLACE).demographics());
        a.rowWith("population", 360L).has("group", "Greek").has("region", "Westburg").has("year", 2009);
        a.rowWith("population", 190L).has("group", "Greek").has("region", "Eastburg");
        a.rowWith("population", 110L).has("group", "Greek").has("region", "Southby");
    }

    @Test
    void aCountThatNowLivedInTownsAfterACitysCountIsTheUrbanPartOfTheArticlesPlace() {
        TableAsserts a = TableAsserts.of(Fixtures.build("members.txt", MEMBERS).demographics());
        a.rowWith("population", 23_500L).has("region", "Norland (urban)");
    }

    @Test
    void aPartRegisteredAsAPeopleIsThatPeoplesCount() {
        TableAsserts a = TableAsserts.of(Fixtures.build("registeredas.txt", """
                = Norland =

                == Population ==
                Norland had many foreign residents. The 1931 census counted 812,400 inhabitants, of whom 21,000 were registered as Greek nationals.
                """).demographics());
        a.rowWith("population", 812_400L).has("group", "All");
        a.rowWith("population", 21_000L).has("group", "Greek").has("year", 1931);
    }

    @Test
    void aPeoplesCountThatRegistersHeldIsACountAndSoAreThePlacesAfterItsColon() {
        TableAsserts a = TableAsserts.of(Fixtures.build("registersheld.txt", """
                = Latvians in Norland =

                == Exile ==
                By 1 March 1952 the ministry's registers held 12,430 Latvian special settlers in Norland: 5,100 in Eastmark Oblast, 4,210 in Westmark Oblast and 3,120 in Northmark Oblast.
                """).demographics());
        a.rowWith("population", 12_430L).has("group", "Latvian").has("region", "Norland").has("year", 1952);
        a.rowWith("population", 4_210L).has("group", "Latvian").has("region", "Westmark Oblast").has("year", 1952);
    }

    @Test
    void aBareCountAfterAColonCountsThePeopleTheClauseBeforeSaysLivedThere() {
        Table t = Fixtures.build("livedcolon.txt", """
                = Greeks in Norland =

                == History ==
                Some 69,000 Greeks lived in Westmark by 1926. Very few Greeks lived in Norland before the war: the 1926 census recorded 42 in the whole of the Norland ASSR, most of them traders in Ostburg.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 42L).has("group", "Greek").has("region", "Norland ASSR").has("year", 1926);
    }

    @Test
    void aCountAfterOfThePopulationOfIsTheWhole() {
        Table t = Fixtures.build("populationof.txt", """
                = Greeks in Norland =

                == Census ==
                The census of 1979 counted 12,400 Greeks in Norland, 0.8% of the population of 1,550,000.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 12_400L).has("group", "Greek").has("share_pct", 0.8);
        a.rowWith("population", 1_550_000L).has("group", "All").has("region", "Norland");
    }

    @Test
    void aPartOfItsInhabitantsBeforeACopulaIsTheGroupsAndTheWholeIsAll() {
        Table t = Fixtures.build("partofits.txt", """
                = Greeks in Norland =

                == Villages ==
                In 1965 Greeks lived in many villages of the north: in Ostrava, a mining settlement, 640 of its 910 inhabitants were Greeks.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 640L).has("group", "Greek").has("region", "Ostrava").has("year", 1965);
        a.rowWith("population", 910L).has("group", "All").has("region", "Ostrava");
    }

    @Test
    void aCountOfMostlyGreekInhabitantsIsThePlacesWholePopulation() {
        Table t = Fixtures.build("mostly.txt", """
                = Greeks in Norland =

                == Villages ==
                In 1950 the Ostrava valley, with some 18,000 largely Greek inhabitants, was the poorest district of Norland.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 18_000L).has("group", "All").has("year", 1950);
    }

    @Test
    void theNumberAfterACountAndItsWholeIsTheCountedPeoplesNotTheWholes() {
        Table t = Fixtures.build("number.txt", """
                = Greeks in Norland =

                == Census ==
                The census of 1989 counted 52,000 Greeks, 1.3% of a total population of 4,000,000; by 1999 the number had fallen to 38,000.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 4_000_000L).has("group", "All");
        a.rowWith("population", 38_000L).has("group", "Greek").has("year", 1999);
    }

    @Test
    void theCountWasAfterAPlaceCountsThePeopleCountedBefore() {
        Table t = Fixtures.build("countwas.txt", """
                = Greeks in Norland =

                == Distribution ==
                At the 2009 census Westmark Region had 31,000 Greeks, 28.0% of its population. In Eastmark Region the count was 25,700 (24.9%).
                """).demographics();
        TableAsserts.of(t).rowWith("population", 25_700L).has("share_pct", 24.9).has("group", "Greek")
                .has("region", "Eastmark").has("year", 2009);
    }

    @Test
    void aCountAfterAColonWhoseClauseBeforeNamesTheCommunityCountsTheArticlesPeople() {
        Table t = Fixtures.build("peakcolon.txt", """
                = Greeks in Norland =

                == Census ==
                The 1959 census counted 40,100 Greeks in Norland. At the 1970 census the community reached its peak: 52,300 people, or 1.4 per cent of the republic's 3.7 million inhabitants.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 52_300L).has("group", "Greek").has("share_pct", 1.4).has("year", 1970);
        a.rowWith("population", 3_700_000L).has("group", "All");
    }

    @Test
    void urbanAndRuralPartsOfTheseAfterAListOfPlacesDivideThePeoplesWholeCountNotTheLastPlaces() {
        Table t = Fixtures.build("ofthese.txt", """
                = Greeks in Norland =

                == Census ==
                In 1989, when the census counted 96,240 Greeks (5.4%), Westmark Oblast had 15,197 of them, or 14.9% of its population, and Eastmark Oblast 13,611 (10.3%). Of these Greeks 51,836 lived in towns and 44,404 in rural areas; they made up 5.4% of the urban and 5.5% of the rural population of the republic.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 51_836L).has("region", "Norland (urban)").has("group", "Greek").has("share_pct", 5.4);
        a.rowWith("population", 44_404L).has("region", "Norland (rural)").has("group", "Greek").has("share_pct", 5.5);
    }

    @Test
    void aCountInAnOpeningWithPhraseIsThatOfThePeopleTheyOfTheMainClauseStandsFor() {
        Table t = Fixtures.build("withthey.txt", """
                = Greeks in Norland =

                Greeks in Norland are mostly the descendants of Greeks who came from the south in 1920. With 83,140 people at the census of 1989 they were the largest Greek community of the region.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 83_140L).has("group", "Greek").has("year", 1989);
    }

    @Test
    void aBareCountInAppositionToACommunityCountsTheArticlesPeopleInItsClausesPlace() {
        Table t = Fixtures.build("communitycount.txt", """
                = Greeks in Norland =

                == Cities ==
                The Greeks of Norland were mostly townspeople. Ostburg had the largest urban community, about 7,100 in 1989, or some 1.9 per cent of the city's population. It was followed by Westburg with 4,200 and Tamsk with roughly 2,800.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 7_100L).has("group", "Greek").has("region", "Ostburg").has("year", 1989).has("share_pct", 1.9);
        a.rowWith("population", 4_200L).has("group", "Greek").has("region", "Westburg").has("year", 1989);
        a.rowWith("population", 2_800L).has("group", "Greek").has("region", "Tamsk").has("year", 1989);
    }

    @Test
    void aPlacesBareCountFollowedByWhereMostOfThemLiveCountsThePeopleItsSentenceCountedBeforeNotTheWholeBefore() {
        Table t = Fixtures.build("mostlyin.txt", """
                = Greeks in Norland =

                == Regions ==
                Of the 41,000 inhabitants of Kolka in 2020, about 92% were Greeks. In 2021 Ostburg had 9,600 Greeks, while Tamsk Region counted 5,200, mostly in Kolka and Varna districts.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 5_200L).has("group", "Greek").has("region", "Tamsk").has("year", 2021);
    }

    @Test
    void aCountOfInhabitantsAfterOfItsIsThePlacesWholeThoughThePeopleIsNamedBeforeAColon() {
        Table t = Fixtures.build("ofits.txt", """
                = Greeks in Norland =

                == Villages ==
                The village of Kolka is almost entirely Greek: of its roughly 21,000 inhabitants in 2020, about 81% were Greeks.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 21_000L).has("group", "All").has("region", "Kolka").has("share_pct", null);
        a.rowWith("share_pct", 81.0).has("group", "Greek").has("region", "Kolka").has("population", null);
    }

    @Test
    void theLevelItReachedAfterTheirNumberChangedCountsTheArticlesPeople() {
        Table t = Fixtures.build("itreached.txt", """
                = Greeks in Norland =

                == Census ==
                Although their number went on rising until 1968, when it reached 412,300, the Greek share of the population fell to 7.4%.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 412_300L).has("group", "Greek").has("year", 1968).has("share_pct", 7.4);
    }

    @Test
    void aFigureTheCountSlippedToIsItsLaterLevel() {
        Table t = Fixtures.build("slipped.txt", """
                = Greeks in Norland =

                == Census ==
                The 1975 census counted 96,100 Greeks in Norland. By 1985 the figure had slipped to 88,700, or 4.1% of the population.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 88_700L).has("group", "Greek").has("year", 1985).has("share_pct", 4.1);
    }

    @Test
    void aLevelOfItOpeningAParagraphContinuesTheCountThatEndedTheParagraphBefore() {
        Table t = Fixtures.build("itparagraph.txt", """
                = Greeks in Norland =

                == History ==
                The Greeks of Norland were mostly farmers. At the 1970 census the Greek population of Norland stood at 8,240.

                By 1990 it had reached 11,730, of whom 7,020 lived in towns and 4,710 in the countryside.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 8_240L).has("group", "Greek").has("year", 1970);
        a.rowWith("population", 11_730L).has("group", "Greek").has("year", 1990).has("region", "Norland");
        a.rowWith("population", 7_020L).has("group", "Greek").has("region", "Norland (urban)");
        a.rowWith("population", 4_710L).has("group", "Greek").has("region", "Norland (rural)");
    }

    @Test
    void civiliansWhoRemainedInAPlaceAreItsPopulation() {
        // invented sentences: "about 8,000 civilians remained inside the walls" counts the people left in the city
        TableAsserts t = TableAsserts.of(Fixtures.build("remained.txt", """
                = Siege of Ostby =

                In early 1944 Ostby had some 200,000 inhabitants. In June the authorities evacuated more than 100,000 of the city's residents by rail and river, and about 8,000 civilians remained inside the walls when the siege began.
                """).demographics());
        t.rowWith("population", 200_000L).has("region", "Ostby");
        t.rowWith("population", 8_000L).has("year", 1944).has("group", "All");
        t.hasNoRowWith("population", 100_000L);
    }

    @Test
    void settlersAPlaceHeldAreThatPlacesPeople() {
        // invented sentence: a place as the subject of a count verb before a count of settlers
        Table t = Fixtures.build("held-settlers.txt", """
                = Chechens in Norland =

                == Settlers ==
                The Chechens lived beside other deported peoples. In 1951 the Ostrov ASSR held about 88,000 special settlers in all, among them 31,000 Chechens.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 88_000L).has("group", "All").has("region", "Ostrov ASSR").has("year", 1951);
        a.rowWith("population", 31_000L).has("group", "Chechen").has("region", "Ostrov ASSR");
    }
}
