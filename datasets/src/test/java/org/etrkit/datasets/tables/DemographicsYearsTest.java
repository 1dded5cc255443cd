package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.DemographicsFixture.*;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** Years: the year and date of each population figure. */
class DemographicsYearsTest {

    @Test
    void derivesTheRemainderOfEachRegionAndYear() {
        TableAsserts t = TableAsserts.of(demographics());
        t.rowWith("region", "Sinkiang", "derived", true).has("group", "Other")
                .has("population", 3_730_051L - 2_940_000L - 326_000L);
        t.rowWith("region", "Dihua", "derived", true).has("share_pct", 40.0);
    }

    @Test
    void aTownOfSomeFigureIsItsPopulationInTheYearRightAfterIt() {
        TableAsserts t = TableAsserts.of(Fixtures.build("state.txt", STATE).demographics());
        t.rowWith("population", 9_000L).has("region", "Merv").has("group", "All").has("year", 1925);
        t.rowWith("population", 15_000L).has("region", "Merv").has("year", 1930);
    }

    @Test
    void aFigureThatNamesNoPlaceIsTheArticlesPlaceAndAYearLaterIsCounted() {
        TableAsserts t = valley();
        t.rowWith("population", 70_000L).has("region", "Tamir Valley").has("year", 1932);
        t.rowWith("population", 88_000L, "line", 8).has("region", "Tamir Valley").has("group", "All").has("year", 1936);
        t.rowWith("population", 1_400L).has("region", "Kerme").has("year", 1940);
    }

    @Test
    void theSameSurveyIsInTheSurveysYearAndAnotherFiguresDateIsNotAJoinedClausesYear() {
        Table t = Fixtures.build("kara.txt", """
                = Kara Oasis =

                == People ==
                A registration ordered by the governor in 1928 put the population of Kara district at 12,300, against some 15,000 in 1921, and found that the Tatar share had dropped to 11%. Orda, the next town to the north, counted 40,000 inhabitants in the same registration, 85% of them Kazakhs.

                Kulja had 50,000 inhabitants in 1940, 70% of them Uyghurs.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 12_300L).has("year", 1928);
        a.rowWith("population", 15_000L).has("year", 1921);
        a.rowWith("share_pct", 11.0).has("group", "Tatar").has("year", 1928);
        a.rowWith("population", 40_000L).has("region", "Orda").has("year", 1928);
        a.rowWith("share_pct", 85.0).has("group", "Kazakh").has("year", 1928);
        a.rowWith("share_pct", 70.0).has("group", "Uyghur").has("year", 1940);
    }

    @Test
    void aFigureRightBeforeAWhenClauseIsInThatClausesYear() {
        Table t = Fixtures.build("kalgan.txt", """
                = Kalgan in the War =

                == People ==
                Kalgan had counted 150,000 residents in 1936 but held only about 40,000 when the Eighth Route Army entered it in August 1945.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 150_000L).has("year", 1936);
        a.rowWith("population", 40_000L).has("region", "Kalgan").has("year", 1945);
    }

    @Test
    void aListAfterAPopulationLeadInGivesEachItemsPlaceItsTotalAndTheLeadInsYear() {
        Table t = Fixtures.build("aimags.txt", """
                = Western Aimags =

                == Population ==
                The census taken in 1956 counted 845,000 people in the republic. The figures by aimag were:
                - Khovd: 52,000, of whom 18,000 Kazakhs (34.6%)
                - Uvs and Zavkhan: 141,000, Oirats 61.0%
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 52_000L).has("region", "Khovd").has("group", "All").has("year", 1956);
        a.rowWith("population", 18_000L).has("region", "Khovd").has("group", "Kazakh").has("share_pct", 34.6)
                .has("year", 1956);
        a.rowWith("population", 141_000L).has("region", "Uvs and Zavkhan").has("group", "All");
        a.rowWith("share_pct", 61.0).has("region", "Uvs and Zavkhan").has("group", "Oirat").has("year", 1956);
    }

    @Test
    void aDateRightAfterALaterFigureIsThatFiguresAndADistrictIsNoStatesShortName() {
        Table t = Fixtures.build("barkol2.txt", """
                = Barkol Khanate =

                Infobox
                - Conventional Long Name: Barkol Khanate
                - Capital: Barkol

                == People ==
                The Barkol Khanate ruled the oasis until 1930. A count made in 1936 put the population of Barkol district at 9,200, against some 14,000 in 1928.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 9_200L).has("year", 1936).has("region", "Barkol");
        a.rowWith("population", 14_000L).has("year", 1928).has("region", "Barkol");
    }

    @Test
    void aPlaceWhoseNameEndsLikeAnAdjectiveIsAPlaceWhenTheArticleWritesItAsOne() {
        Table t = Fixtures.build("tian.txt", """
                = Coastal Towns =

                == People ==
                Ships called at Wulian and at Qingdao. In 1930 the region had 2.1 million inhabitants. Wulian alone counted 300,000 people that year.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 300_000L).has("region", "Wulian");
    }

    @Test
    void aCensusOfItsInhabitantsIsOfThePlaceThePreviousSentenceIsAbout() {
        // invented sentences: "its 19,400 inhabitants" are those of Nordby, the subject of the sentence before
        Table t = Fixtures.build("its-whole.txt", """
                = Tatars in Varnia =

                Tatars in Varnia form the country's largest minority.

                In the 18th century Nordby became the trading centre of the coast and, to many travellers, a Tatar town. The Varnian census of 1926 counted 8,300 Tatars among its 19,400 inhabitants, or 42.8 per cent, ahead of Greeks (21.5 per cent).
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 8_300L).has("region", "Nordby").has("group", "Tatar").has("share_pct", 42.8);
        a.rowWith("population", 19_400L).has("region", "Nordby").has("group", "All").has("year", 1926);
        a.rowWith("share_pct", 21.5).has("region", "Nordby").has("group", "Greek");
    }

    @Test
    void aBareShareOfAnotherYearInAJoinedClauseIsTheShareOfTheGroupBefore() {
        // invented sentence: "but only 14.2 per cent in 1989" is the Tatars' share in Nordby in 1989; the move of
        // another people in a clause of cause after it ("as Greeks moved in") does not make it a count of people moved
        Table t = Fixtures.build("but-only.txt", """
                = Tatars in Varnia =

                Tatars in Varnia form the country's largest minority.

                In Nordby the change was starker: Tatars still made up 41.3 per cent of the town in 1926, with 20,400 people, but only 14.2 per cent in 1989, as Greeks moved in from the hills.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 20_400L).has("region", "Nordby").has("group", "Tatar").has("share_pct", 41.3);
        a.rowWith("share_pct", 14.2).has("region", "Nordby").has("group", "Tatar").has("year", 1989);
    }

    @Test
    void aFigureWithNoYearTakesThePopulationsYearNotAnotherEventsOfThatSentence() {
        Table t = Fixtures.build("varnia.txt", """
                = Varnia =

                Varnia, a kingdom of 2.4 million people in 1930, had been a province of its neighbour until 1905. Most spoke Varnian; Tatars numbered about 41,000 and lived in the hills.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 2_400_000L).has("year", 1930);
        a.rowWith("population", 41_000L).has("group", "Tatar").has("year", 1930);
    }

    @Test
    void aPlaceWhereAPartOfATotalLivedIsNotThePlaceOfTheParagraphsLaterFigures() {
        Table t = Fixtures.build("kessel.txt", """
                = Siege of Kessel =

                The siege of Kessel lasted a year.

                == People ==
                In 1950 the twin towns had about 300,000 inhabitants, of whom some 120,000 lived in Norvik. The arrival of refugees raised the population to roughly 500,000 by 1952.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 120_000L).has("region", "Norvik");
        a.rowWith("population", 500_000L).has("region", "Kessel");
    }

    @Test
    void theSubjectAfterAnOpeningYearIsTheSentencesPlace() {
        Table t = Fixtures.build("varna.txt", """
                = Varna Province =

                == People ==
                Varna was a poor province. In 1950 Tesh, the old market town, was the only county with a Tatar majority, nearly two-thirds of its people.
                """).demographics();
        TableAsserts.of(t).rowWith("group", "Tatar").has("region", "Tesh").has("year", 1950);
    }

    @Test
    void aPopulationThatChangesFromOneFigureToAnotherGivesBothWithTheirYears() {
        Table t = Fixtures.build("varna.txt", """
                = Varna Province =

                == People ==
                The famine struck the hill districts hardest. Under the blockade the population of the Orsk circuit dropped from roughly 2.5 million in 1921 to 1.9 million in 1923, and the grain harvest fell by half.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 2_500_000L).has("region", "Orsk").has("group", "All").has("year", 1921);
        TableAsserts.of(t).rowWith("population", 1_900_000L).has("region", "Orsk").has("group", "All").has("year", 1923);
    }

    @Test
    void aGroupsNumbersFromOneYearToAnotherAreItsCountsInEachYear() {
        Table t = Fixtures.build("dolgan.txt", """
                = Dolgans of the Taimyr =

                == Numbers ==
                The Dolgan numbers fell from about 6,000 in 1897 to fewer than 4,000 in 1926, when a famine struck the tundra.
                Dolgan numbers rose again in the official counts: 4,100 in 1959, 4,900 in 1970 and 5,100 in 1979.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 6_000L).has("group", "Dolgan").has("year", 1897);
        TableAsserts.of(t).rowWith("population", 4_000L).has("group", "Dolgan").has("year", 1926);
        TableAsserts.of(t).rowWith("population", 4_100L).has("group", "Dolgan").has("year", 1959);
        TableAsserts.of(t).rowWith("population", 4_900L).has("group", "Dolgan").has("year", 1970);
        TableAsserts.of(t).rowWith("population", 5_100L).has("group", "Dolgan").has("year", 1979);
    }

    @Test
    void aListOfYearsAfterAGroupsPopulationLeadInGivesEachYearThatGroupsCount() {
        Table t = Fixtures.build("ongudai.txt", """
                = Tatars of the Altai =

                == Numbers ==
                Most Tatars lived in Ongudai District. The Tatar population of the district was recorded at the following counts:
                - 1926: 12,400, or 8.1% of the population;
                - 1939: 10,950;
                - 1959: 9,870.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 12_400L).has("group", "Tatar").has("year", 1926).has("share_pct", 8.1)
                .has("region", "Ongudai");
        a.rowWith("population", 10_950L).has("group", "Tatar").has("year", 1939).has("region", "Ongudai");
        a.rowWith("population", 9_870L).has("group", "Tatar").has("year", 1959).has("region", "Ongudai");
    }

    @Test
    void theFiguresOfASentenceThatNamesAPlacesCensusAreForThatPlace() {
        Table t = Fixtures.build("anadyr.txt", """
                = Evenks of Chukotka =

                == Numbers ==
                Evenk herders first moved to Anadyr in the 1890s. The Anadyr census of 1930 counted 2,150 Evenks, and by 1939 their number had fallen to 1,870.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 2_150L).has("region", "Anadyr").has("group", "Evenk");
        a.rowWith("population", 1_870L).has("region", "Anadyr").has("group", "Evenk").has("year", 1939);
    }

    @Test
    void aDateOpeningAClauseJoinedAfterTheFigureIsThatClausesNotTheFigures() {
        Table t = Fixtures.build("markovo.txt", """
                = Chuvans of Markovo =

                == Numbers ==
                A survey of 1927 found 640 Chuvans in Markovo out of some 1,900 inhabitants, and by 1937 the town had grown to 2,600.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 1_900L).has("region", "Markovo").has("year", 1927);
        a.rowWith("population", 2_600L).has("year", 1937);
    }

    @Test
    void aLaterCountIntroducedByThereWereAfterAPeoplesCountIsThatPeoples() {
        Table t = Fixtures.build("later.txt", """
                = Kurds of Norland =

                == Numbers ==
                The census of 1956 counted 2,400 Kurds, 1.4% of all inhabitants; by 1979 there were 2,900 (1.1%).
                """).demographics();
        TableAsserts.of(t).rowWith("population", 2_900L).has("group", "Kurd").has("year", 1979).has("share_pct", 1.1);
    }

    @Test
    void aDateInAnAppositiveBeforeTheCountIsNotTheCountsYear() {
        // invented sentence
        TableAsserts t = TableAsserts.of(Fixtures.build("a.txt", """
                = Fixture Republic =

                By the 1959 census the Kirghiz SSR, a union republic since 1936, had 13,800 Uyghurs.
                """).demographics());
        t.rowWith("population", 13_800L).has("year", 1959).has("group", "Uyghur").has("region", "Kirghiz SSR");
    }

    @Test
    void aYearLaterBeforeAFigureCountsFromTheDateBeforeItNotFromALaterClausesDate() {
        Table t = Fixtures.build("yearlater.txt", """
                = Greeks of Norland =

                == Exile ==
                In March 1962 some 21,000 Greek refugees were still living in Westmark; two years later the figure had fallen to about 12,000, and by 1968 fewer than 5,000 remained.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 12_000L).has("year", 1964).has("group", "Greek");
        TableAsserts.of(t).rowWith("population", 5_000L).has("year", 1968);
    }

    @Test
    void aNameBeforeASurveyNounOpeningTheSentenceIsNoPlace() {
        // "Soviet censuses traced …": the adjective of the counts, not the place counted
        Table t = Fixtures.build("surveys.txt", """
                = Poles in Westland =

                Infobox
                - Population Estimate: 31,000

                == History ==
                Workers came from the other Soviet republics, and migration into the Westland SSR was large. Soviet censuses traced the growth of the community: 12,400 Poles in 1959 and 18,300 in 1970. By the 1989 census Poles made up more than 4% of the population.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 12_400L).has("region", "Westland SSR").has("group", "Polish").has("year", 1959);
        TableAsserts.of(t).rowWith("share_pct", 4.0).has("region", "Westland SSR").has("year", 1989);
    }

    @Test
    void aShareInBracketsAfterACountAndItsYearIsThatCountsShareAndTheListGoesOn() {
        // "12,400 Poles in 1959 (2.1%), 18,300 in 1970 (2.7%) and 21,700 in 1979 (3.1%)": each year's count and share
        Table t = Fixtures.build("dated.txt", """
                = Poles in Westland =

                == History ==
                The census figures show the community growing: 12,400 Poles in 1959 (2.1%), 18,300 in 1970 (2.7%) and 21,700 in 1979 (3.1%).
                """).demographics();
        TableAsserts.of(t).rowWith("population", 12_400L).has("share_pct", 2.1).has("group", "Polish").has("year", 1959);
        TableAsserts.of(t).rowWith("population", 18_300L).has("share_pct", 2.7).has("group", "Polish").has("year", 1970);
        TableAsserts.of(t).rowWith("population", 21_700L).has("share_pct", 3.1).has("group", "Polish").has("year", 1979);
    }

    @Test
    void aDateAfterALaterCountIsThatCountsWhenTheFigureHasADateBefore() {
        // "The 2020 census counted …, or 6.1% of the country's 455,000 inhabitants, down from 41,000 (8.3%) in 1989"
        Table t = Fixtures.build("pastcount.txt", """
                = Poles in Westland =

                == History ==
                The 2020 census counted 27,800 ethnic Poles and Kashubians together, or 6.1% of the country's 455,000 inhabitants, down from 41,000 (8.3%) in 1989.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 455_000L).has("group", "All").has("year", 2020);
        TableAsserts.of(t).rowWith("population", 41_000L).has("group", "Polish").has("year", 1989);
    }

    @Test
    void aPeopleCountedSeparatelyIsItsOwnGroupNotThePeopleItWasLaterCountedAs() {
        // "The Lakai, …, who were later counted as Poles, numbered some forty thousand": the Lakai's count (lexicon: Lakai)
        Table t = Fixtures.build("lakai.txt", """
                = Poles in Westland =

                == History ==
                The 1926 census counted 17,600 Poles in the republic. The Lakai, a tribal group of the lower Narew and Bug valleys who were later counted among the Poles, numbered some forty thousand in the 1926 census, when they were still listed separately.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 40_000L).has("group", "Lakai").has("year", 1926);
    }

    @Test
    void countsListedAfterThatOfAYearContinueTheCount() {
        Table t = Fixtures.build("thatof.txt", """
                = Norland =

                == People ==
                The census of 1955 counted 1,391,499 inhabitants, that of 1960 1,626,315, that of 1965 1,868,155 and that of 1970 2,068,155.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 1_868_155L).has("group", "All").has("year", 1965).has("region", "Norland");
        TableAsserts.of(t).rowWith("population", 2_068_155L).has("group", "All").has("year", 1970);
    }

    @Test
    void theOwnRepublicSpelledAnotherWayIsStillTheOwnPlacesNameOfTheTime() {
        // invented sentences: "Kirghiz SSR" and "Kyrgyzstan" are one place written in two spellings (i for y, an h more)
        Table t = Fixtures.build("spelled.txt", """
                = Greeks in Kyrgyzstan =

                == Soviet period ==
                In 1950 some 9,800 Greeks were living in special settlements in the Kirghiz SSR.

                The 1959 census counted 21,400 Greeks (1.2%), and by 1970 the figure had grown to 26,100.

                == Independence ==
                The 1999 census counted 12,900 Greeks.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 21_400L).has("region", "Kirghiz SSR").has("group", "Greek").has("year", 1959);
        a.rowWith("population", 26_100L).has("region", "Kirghiz SSR").has("year", 1970);
        a.rowWith("population", 12_900L).has("region", "Kyrgyzstan").has("year", 1999);
    }

    @Test
    void aHedgedShareAfterACountAndItsDateIsThatCountsShare() {
        // invented sentence: "estimated it at N at the end of 2015, roughly S per cent of …": one row, count and share
        Table t = Fixtures.build("datedshare.txt", """
                = Greeks in Norland =

                == Census ==
                The 1989 census counted 52,000 Greeks in Norland. Their number has since fallen, and the statistics office estimated it at 38,600 at the end of 2015, roughly 0.71 per cent of the country's population.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 38_600L).has("group", "Greek").has("year", 2015).has("share_pct", 0.71);
    }

    @Test
    void theSameCensusOpeningAParagraphIsTheCensusOfTheLastDatedFigureAbove() {
        Table t = Fixtures.build("samecensus.txt", """
                = Greeks of Norland =

                == Census ==
                The 1979 census counted 40,000 Greeks in Norland. In 1989 some 31,000 of them lived in towns.

                The same census found the Greeks at 1.1 percent of the population.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("share_pct", 1.1).has("group", "Greek").has("year", 1989).has("year_basis", "paragraph");
    }

    @Test
    void aYearAfterThanOrSinceIsNoFiguresOwnYear() {
        Table t = Fixtures.build("comparedyear.txt", """
                = Greeks in Norland =

                == Census ==
                The 1959 census counted only 40,100 Greeks in Norland, 1.2 per cent of the population and fewer than in 1939.

                == Regions ==
                The 2009 census found Greeks in every province. Eastburg, the capital since 1997, had about 2,900 Greek residents.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 40_100L).has("share_pct", 1.2).has("year", 1959).has("group", "Greek");
        a.hasNoRowWith("year", 1939);
        a.rowWith("population", 2_900L).has("year", 2009).has("region", "Eastburg");
    }

    @Test
    void urbanAndRuralPartsOfACountAreCountedInItsYearNotInTheYearOfALaterClause() {
        Table t = Fixtures.build("partsyear.txt", """
                = Greeks in Norland =

                == Census ==
                The 1989 census recorded 52,400 Greeks. Of them, 40,100 lived in towns and cities and 12,300 in the countryside, the reverse of the pattern of 1959, when most had lived in villages.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 40_100L).has("region", "Norland (urban)").has("year", 1989);
        a.rowWith("population", 12_300L).has("region", "Norland (rural)").has("year", 1989);
    }

    @Test
    void aBareCountACensusRecordedInAPlaceIsCountedThere() {
        Table t = Fixtures.build("recordedin.txt", """
                = Greeks in Norland =

                == History ==
                The 1926 census counted 69,000 Greeks in Westmark. The 1939 census recorded 4,200 in the whole of the Norland ASSR.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 4_200L).has("region", "Norland ASSR").has("year", 1939);
    }

    @Test
    void aLaterCensussBareCountCountsThePeopleTheCensusBeforeCounted() {
        Table t = Fixtures.build("censuses.txt", """
                = Greeks in Norland =

                == Census ==
                The census of 1959 counted 41,000 Greeks in Norland; the census of 1970 found 45,200, and that of 1979 some 47,900.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 45_200L).has("group", "Greek").has("year", 1970).has("region", "Norland");
        a.rowWith("population", 47_900L).has("group", "Greek").has("year", 1979);
    }

    @Test
    void aPlaceAfterAndInWithACountAndTheVerbLeftOutIsALaterItemOfTheList() {
        Table t = Fixtures.build("andin.txt", """
                = Greeks in Norland =

                == Distribution ==
                At the 2009 census Westmark Region had 31,000 Greeks, and in Southmark Region some 6,300, 14.7% of the region.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 6_300L).has("share_pct", 14.7).has("group", "Greek")
                .has("region", "Southmark").has("year", 2009);
    }

    @Test
    void aPartOfAYearsPeopleThatLivedInAPlaceIsThatPeoplesCountThereWithItsShare() {
        Table t = Fixtures.build("partof.txt", """
                = Greeks in Norland =

                == Census ==
                The 1935 census counted 60,000 Greeks. About 14,000 of the 1935 Greeks lived in Ostmark, where they formed roughly 27% of the population; most were farmers.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 14_000L).has("share_pct", 27.0).has("group", "Greek")
                .has("region", "Ostmark").has("year", 1935);
    }

    @Test
    void aLevelReachedAndACensussVerbOfReportingMoveNoOne() {
        Table t = Fixtures.build("returned.txt", """
                = Greeks in Norland =

                == Census ==
                The 1959 census counted 40,100 Greeks in Norland. In 1970 the Greek population of Norland reached its peak of 52,300 people. The 1979 census returned 50,800 Greeks (1.3%).
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 52_300L).has("group", "Greek").has("region", "Norland").has("year", 1970);
        a.rowWith("population", 50_800L).has("group", "Greek").has("share_pct", 1.3).has("year", 1979);
    }

    @Test
    void aCensussBareCountInAnArticleOnAPeopleCountsThatPeopleInTheCensussCountry() {
        Table t = Fixtures.build("barecensus.txt", """
                = Greeks in Norland =

                == Census ==
                By 2009 the community was largely urban: 18,400 Greeks lived in towns and 9,100 in rural areas. Westburg Region had 8,000, Tamsk Region 4,300 and Varna Region about 2,000. Twelve years later the 2021 census counted 21,000, a fall of 6,500.

                The 1926 census counted 650,000, of whom 12,500 were Greeks.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 21_000L).has("group", "Greek").has("region", "Norland").has("year", 2021);
        a.rowWith("population", 650_000L).has("group", "All").has("region", "Norland").has("year", 1926);
    }

    @Test
    void aCensussBareCountWithAShareCountsThePeopleOfTheParagraphInItsPlaceNotAPartsTown() {
        Table t = Fixtures.build("censusshare.txt", """
                = Greeks in Norland =

                == Census ==
                By 1970 there were 47,733 Greeks in Norland, of whom 11,000 lived in Ostburg, where they made up 6.5% of the city's population. The 1979 census counted 48,764, or 2.2%, the highest figure ever recorded.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 48_764L).has("group", "Greek").has("region", "Norland").has("share_pct", 2.2)
                .has("year", 1979);
        a.rowWith("population", 11_000L).has("group", "Greek").has("region", "Ostburg").has("share_pct", 6.5);
    }

    @Test
    void aCensussCountSplitIntoUrbanAndRuralPartsCountsTheArticlesPeopleAndEachPartIsItsPlacesPart() {
        Table t = Fixtures.build("urbanparts.txt", """
                = Greeks in Norland =

                == Census ==
                The community shrank after independence. In 2010 the census counted 9,420, of whom 6,100 were urban and 3,320 rural.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 9_420L).has("group", "Greek").has("region", "Norland").has("year", 2010);
        a.rowWith("population", 6_100L).has("group", "Greek").has("region", "Norland (urban)").has("year", 2010);
        a.rowWith("population", 3_320L).has("group", "Greek").has("region", "Norland (rural)").has("year", 2010);
    }

    @Test
    void aBareCountTheCensusCountedOpeningASentenceOfItsPartsCountsTheArticlesPeople() {
        Table t = Fixtures.build("ofthecounted.txt", """
                = Greeks in Norland =

                == Census ==
                The community is mostly rural. Of the 27,500 counted in 2021, 11,200 lived in urban settlements and 16,300 in rural ones.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 27_500L).has("group", "Greek").has("region", "Norland").has("year", 2021);
        a.rowWith("population", 11_200L).has("group", "Greek").has("region", "Norland (urban)").has("year", 2021);
        a.rowWith("population", 16_300L).has("group", "Greek").has("region", "Norland (rural)").has("year", 2021);
    }

    @Test
    void aPlaceTiedToACountByWithPastAnAppositiveGivingItsNameAtAnotherTimeIsThePlaceNotTheOtherName() {
        Table t = Fixtures.build("thencalled.txt", """
                = Greeks in Norland =

                == Cities ==
                In 1989 the census counted 7,100 Greeks in Ostburg. It was followed by Westburg with 4,200 and Varna, then called Stalino, with 1,900.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 1_900L).has("group", "Greek").has("region", "Varna").has("year", 1989);
    }

    @Test
    void aLaterPlaceOfAGappedListAfterACountWithItsPeopleAndCensusIsThatPlacesCountOfThatPeople() {
        Table t = Fixtures.build("gapped.txt", """
                = Greeks in Norland =

                == Regions ==
                Outside the south, Ostburg had 9,600 Greeks at the 2021 census and Westburg some 4,300.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 4_300L).has("group", "Greek").has("region", "Westburg").has("year", 2021);
    }

    @Test
    void aCountAndItsShareTakeTheYearOfTheCensusTheirClauseOpensWithNotTheNearerYearOfTheNextItem() {
        Table t = Fixtures.build("censusyear.txt", """
                = Greeks in Norland =

                == Census ==
                After the war the community grew quickly. The 1959 census counted 36,570 Greeks (1.5%), the 1970 census 47,514 and the 1979 census 53,295; in 1989 there were 62,017 Greeks in the Norland SSR.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 36_570L).has("year", 1959).has("share_pct", 1.5).has("group", "Greek");
        a.rowWith("population", 47_514L).has("year", 1970).has("share_pct", null);
    }

    @Test
    void aLaterCensusOfAListItsVerbLeftOutCountsThePeopleTheCensusBeforeCounted() {
        Table t = Fixtures.build("gappedcensus.txt", """
                = Greeks in Norland =

                == Census ==
                Emigration slowed after 2000. In 2009 the census counted 8,846, of whom 6,390 were urban and 2,456 rural, and the 2021 census 7,612, less than 0.04 per cent of the population.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 7_612L).has("group", "Greek").has("year", 2021).has("share_pct", 0.04)
                .has("region", "Norland");
    }

    @Test
    void aClausesSubjectAfterAnOpeningDateIsTheFiguresPlaceNotTheSentencesFirstName() {
        Table t = Fixtures.build("bydate.txt", """
                = Greeks in Norland =

                == Census ==
                The decline was steepest in the rural south. Westmark Region lost more than 11,000 of its Greeks between 1989 and 1999, while Ostburg, where the younger and better-educated families had gathered, kept a larger share; by 2009 Ostburg held 1,850 Greeks and had become the second community after the Westmark Region.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 1_850L).has("group", "Greek").has("year", 2009).has("region", "Ostburg");
    }

    @Test
    void aCountCountedInACensusYearIsTheCountrysAndTheRepublicsShareAndWholeAreNotItsParts() {
        Table t = Fixtures.build("countedin.txt", """
                = Greeks in Norland =

                == History ==
                The 1926 census counted 21,000 Greeks in the Norland SSR.

                The 1970 census counted 30,000 Greeks in Norland. By 1979 the Westvale district was home to some 12,000 Greeks; neighbouring Ostburg had 8,500. Of the 41,200 Greeks counted in 1989, 30,100 lived in villages and 11,100 in towns, and they formed 2.5 per cent of the republic's 1,648,000 people.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        // the republic of the time (the text named it "the Norland SSR" before), its count and share one row
        a.rowWith("population", 41_200L).has("region", "Norland SSR").has("group", "Greek").has("share_pct", 2.5).has("year", 1989);
        a.rowWith("population", 30_100L).has("region", "Norland SSR (rural)").has("group", "Greek");
        a.rowWith("population", 11_100L).has("region", "Norland SSR (urban)").has("share_pct", null);
        a.rowWith("population", 1_648_000L).has("region", "Norland SSR").has("group", "All").has("year", 1989);
    }

    @Test
    void aCensusBareCountPastAnAppositiveOnTheCensusIsTheArticlesPeople() {
        Table t = Fixtures.build("censusappos.txt", """
                = Greeks in Norland =

                == Since 1991 ==
                The 2002 census counted 35,100 Greeks in Norland.

                The 2014 census, the first held after the war, found 31,000, a decline of 12 per cent in twelve years.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 31_000L).has("group", "Greek").has("region", "Norland").has("year", 2014);
    }

    @Test
    void aParagraphOpeningWithThatYearIsInTheYearOfTheCountsAbove() {
        Table t = Fixtures.build("thatyear.txt", """
                = Tatars in Norland =

                == Census ==
                At the 1979 census 12,400 Tatars lived in the Norland SSR.

                That year the Bashkirs in Norland numbered 8,300.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 8_300L).has("group", "Bashkir").has("year", 1979);
    }

    @Test
    void aFigureAfterToInASentenceThatOpensWithASpanOfYearsIsOfItsLastYear() {
        Table t = Fixtures.build("span.txt", """
                = Greeks in Norland =

                == Census ==
                Between 1981 and 2011 the number of Armenians fell from 61,200 to 44,750 and that of Tatars from 20,130 to 15,060, while the Greeks held steady.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 61_200L).has("group", "Armenian").has("year", 1981);
        a.rowWith("population", 44_750L).has("group", "Armenian").has("year", 2011);
        a.rowWith("population", 20_130L).has("group", "Tatar").has("year", 1981);
        a.rowWith("population", 15_060L).has("group", "Tatar").has("year", 2011);
    }

    @Test
    void theFirstFigureOfAChangeFromAToBAfterYearsLaterKeepsTheYearBefore() {
        // invented sentence: "ten years later the share had fallen from 4.5% to 3.1%": 4.5% was 1989's, 3.1% 1999's
        Table t = Fixtures.build("from-to-later.txt", """
                = Tatars in Norland =

                The Tatars are a minority in Norland.

                == Varos ==
                In Varos the Tatars are an old community. The city's 48,200 inhabitants in 1989 included 31,400 Greeks and 2,150 Tatars, who were then the second-largest group; ten years later the Tatar share had fallen from 4.5% to 3.1%.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 2_150L).has("region", "Varos").has("group", "Tatar").has("year", 1989).has("share_pct", 4.5);
        a.rowWith("share_pct", 3.1).has("region", "Varos").has("group", "Tatar").has("year", 1999).has("population", null);
    }

    @Test
    void aDateOfAParticipleWithItsAgentBeforeASemicolonDatesNoCountAfterIt() {
        // invented sentences: "settlements founded by traders … in the 1890s" dates the founding, not the 700 counted
        Table t = Fixtures.build("participle-date.txt", """
                = Greeks in Norland =

                The Greeks are a minority in Norland.

                == Villages ==
                At the 2011 census 3,200 Greeks lived in villages. The rural Greeks live mainly in the villages of Ostvale Province, some of them in settlements founded by traders from the coast in the 1890s, such as Tosk and Kerme; in Kerme alone about 700 Greeks were counted.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 700L).has("region", "Kerme").has("group", "Greek").has("year", 2011);
    }

    @Test
    void aCensusNamedWithItsYearKeepsItWhenAnAppositiveSaysHowMuchLaterItWasTaken() {
        // invented sentences: "taken three years later" dates the census against the decree, but its year is 1959
        Table t = Fixtures.build("censustaken.txt", """
                = Greeks in Norland =

                Greeks in Norland are the ethnic Greeks living in Norland.

                == Post-war period ==
                The restrictions were lifted by a decree of 13 December 1955. The 1959 census, taken three years later, counted 15,100 Greeks in the Norland SSR. The 1926 census counted 4,300 Greeks; ten years later the count had risen to 6,900.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 15_100L).has("group", "Greek").has("year", 1959);
        a.rowWith("population", 6_900L).has("year", 1936);
    }

    @Test
    void aFigureInAWhenClauseRightAfterAYearIsOfThatYear() {
        // invented sentence: "since 1970, when it stood at 4,050" is 1970's level, not the sentence's 1989
        Table t = Fixtures.build("whenstood.txt", """
                = Greeks in Norland =

                Greeks in Norland are the ethnic Greeks living in Norland.

                == Regions ==
                In the Tamsk Valley the 3,900 Greeks of Tamsk Region in 1989 lived mainly in Tamsk city and Varos, and their number had fallen slightly since 1970, when it stood at 4,050.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 3_900L).has("group", "Greek").has("year", 1989);
        a.rowWith("population", 4_050L).has("group", "Greek").has("year", 1970);
    }

    @Test
    void aLevelAfterAChangeByAShareInASentenceOpeningWithASpanOfYearsIsOfTheSpansLastYear() {
        // invented sentences: "Between 1959 and 1970 their number rose by nearly 80 percent, to 27,300": 1970's level
        Table t = Fixtures.build("spanby.txt", """
                = Greeks in Norland =

                Greeks in Norland are the ethnic Greeks living in Norland.

                == Post-war period ==
                The 1959 census counted 15,100 Greeks in the Norland SSR. Between 1959 and 1970 their number rose by nearly 80 percent, to 27,300.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 27_300L).has("group", "Greek").has("year", 1970);
    }

    @Test
    void aPairOfFiguresGivenRespectivelyToTwoYearsTakesEachItsYear() {
        // invented sentence: "those of 1970 and 1979 counted 36,700 and 28,464 respectively" gives 1970 to the first
        TableAsserts t = TableAsserts.of(Fixtures.build("respective-years.txt", """
                = Chechens in Norland =

                The census of 1959 counted 41,550 Chechens in the regions of Norland, and those of 1970 and 1979 counted 36,700 and 28,464 respectively.
                """).demographics());
        t.rowWith("population", 41_550L).has("year", 1959);
        t.rowWith("population", 36_700L).has("year", 1970);
        t.rowWith("population", 28_464L).has("year", 1979);
    }

    @Test
    void aFigureWithNoDateOfItsOwnTakesTheYearOfTheParagraphsLastPopulationFigure() {
        // invented sentences: the dates before the capital's figure stand in relative clauses (", whose 1980 census",
        // ", which … since the 1960s"); the paragraph's last population figure was counted in 1980
        TableAsserts t = TableAsserts.of(Fixtures.build("survey-year.txt", """
                = Chechens in Norland =

                Norland, whose 1980 census counted 195,703 inhabitants on nine inhabited islands, had fought for independence together with Vesterland within the NLF, which the Soviet Union had armed since the 1960s. Its capital, Ostby, was a town of fewer than 30,000 people, and some 20,000 Chechens lived in Sorland, most of them in Lisby.
                """).demographics());
        t.rowWith("population", 195_703L).has("year", 1980);
        t.rowWith("population", 30_000L).has("region", "Ostby").has("year", 1980);
        t.rowWith("population", 20_000L).has("region", "Sorland").has("year", 1980);
    }

    @Test
    void aSentenceAboutTheTimeBeforeADecadeGivesNoYear() {
        // invented sentence: "Before the 1920s" says when not, no year of the count
        TableAsserts t = TableAsserts.of(Fixtures.build("before-decade.txt", """
                = Greeks in Norland =

                == Origins ==
                Before the 1920s, Greeks lived mainly in Ostland and in Westland, where some 7,000 lived in Kirby alone.
                """).demographics());
        t.rowWith("population", 7_000L).has("year", null).has("group", "Greek");
    }
}
