package org.etrkit.datasets.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.parse.ArticleParser;
import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** Population statements are read in their usual forms from any article. */
class DemographicsTableTest {

    private static final String CENSUS = """
            = Census Fixture =

            == People ==
            In 1941 Sinkiang had 3,730,051 inhabitants. Uyghurs numbered about 2.94 million, or 78.8% of the total, and Kazakhs about 326,000 (8.7%). The capital Dihua had 50,000 residents, of whom roughly 60% were Han Chinese.

            About 12,000 Kazakhs fled to Gansu in 1936. The population of Kumul was 90,000 at the end of 1943.

            Tarbagatay District had the highest share of Kazakhs at 61.5%.
            """;

    private static Table demographics() {
        return Fixtures.build("census.txt", CENSUS).demographics();
    }

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
    void movementsAreNoPopulationAndTheRegionIsThePlaceNamed() {
        TableAsserts t = TableAsserts.of(demographics());
        t.hasNoRowWith("population", 12_000L);
        t.rowWith("population", 90_000L).has("region", "Kumul").has("group", "All").has("year", 1943);
        t.rowWith("share_pct", 61.5).has("region", "Tarbagatay").has("group", "Kazakh").has("year", null);
    }

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
    void aGroupAfterACopulaOrBeforeAColonIsTheFiguresGroup() {
        Table t = Fixtures.build("list.txt", """
                = List =

                In 1949 Kashgar had 300,000 inhabitants. Of these, 240,000 were Uyghurs. By language: Kyrgyz: 20,000 (6.7%).
                """).demographics();
        TableAsserts.of(t).rowWith("population", 240_000L).has("group", "Uyghur").has("region", "Kashgar")
                .has("year", 1949);
        TableAsserts.of(t).rowWith("population", 20_000L).has("group", "Kyrgyz").has("share_pct", 6.7);
    }

    private static final String PROVINCE = """
            = Assembly of Gansu Province =

            Infobox
            - Signed: 1 May 1947
            - Population Estimate: 6,800,000
            - Population Estimate Year: 1948

            A survey completed in 1948 counted 6,800,000 inhabitants in Gansu. Han numbered about 5.1 million, or 75% of the total, followed by Hui 1,020,000 (15%). The Tibetans, at some 340,000, made up five per cent; Mongols, Kazakhs and Salars together accounted for the remaining 340,000 people, or 5 percent.

            The people were unevenly spread. Hezhou district had about 400,000 inhabitants, over 60% of them Hui, while the Xining district counted fewer than 300,000 people, of whom roughly 40% were Tibetans. Lanzhou, the provincial capital, was a town of some 200,000 people in 1947, of whom an estimated 70% were Han and a further 20% Hui.

            A vote was given to all residents aged 20 or older, and crowds of up to 10,000 people marched in Lanzhou. Its population had doubled by 1949; the census of 1953 counted 12,928,102 people.
            """;

    @Test
    void readsTheInfoboxPopulationAndTheFormsOfAProvinceArticle() {
        TableAsserts t = TableAsserts.of(Fixtures.build("gansu.txt", PROVINCE).demographics());
        // the infobox: the region of the prose's same total, the year of "… Year"
        t.rowWith("line", 5).has("population", 6_800_000L).has("region", "Gansu").has("group", "All").has("year", 1948)
                .has("year_basis", "infobox").has("quote", "Population Estimate: 6,800,000");
        t.rowWith("line", 8, "population", 6_800_000L).has("region", "Gansu").has("year", 1948);
        // "followed by" lists the next group; "five per cent"; "the remaining … people" is the rest
        t.rowWith("population", 1_020_000L).has("group", "Hui").has("share_pct", 15.0).has("region", "Gansu");
        t.rowWith("population", 340_000L, "group", "Tibetan").has("share_pct", 5.0);
        t.rowWith("population", 340_000L, "group", "Other").has("share_pct", 5.0);
        // a share's own group; a total after "while"; "X, the capital, was a town of"; "a further 20% Hui"
        t.rowWith("population", 400_000L).has("group", "All").has("region", "Hezhou");
        t.rowWith("share_pct", 60.0, "derived", false).has("group", "Hui").has("region", "Hezhou");
        t.rowWith("population", 300_000L).has("group", "All").has("region", "Xining");
        t.rowWith("population", 200_000L).has("group", "All").has("region", "Lanzhou").has("year", 1947);
        t.rowWith("share_pct", 70.0).has("group", "Han").has("region", "Lanzhou");
        t.rowWith("share_pct", 20.0).has("group", "Hui").has("region", "Lanzhou");
        // ages and marching crowds are no population; a date after a semicolon dates its own part
        t.hasNoRowWith("population", 20L);
        t.hasNoRowWith("population", 10_000L);
        t.rowWith("population", 12_928_102L).has("year", 1953).has("region", "Gansu");
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
    void derivesTheRemainderOfEachRegionAndYear() {
        TableAsserts t = TableAsserts.of(demographics());
        t.rowWith("region", "Sinkiang", "derived", true).has("group", "Other")
                .has("population", 3_730_051L - 2_940_000L - 326_000L);
        t.rowWith("region", "Dihua", "derived", true).has("share_pct", 40.0);
    }

    private static final String STATE = """
            = Karakum People's Republic =

            Infobox
            - Conventional Long Name: Karakum People's Republic
            - Capital: Merv
            - Population Estimate: 410,000
            - Population Estimate Year: 1930

            The Karakum People's Republic was a short-lived state on the lower Amu Darya; Karakum was recognised by no other power.

            == People ==
            By 1925 about 380,000 people lived in the republic, some 62 per cent of them Turkmen. A census counted 396,000 inhabitants. Real power lay with the Turkmen Revolutionary Party, whose membership grew to 5,000. Merv, a town of about 9,000 in 1925, had grown into a city of nearly 15,000 by 1930.

            The territory of the Lower Amu ASSR had some 1.2 million inhabitants in 1926 and only about 900,000 at the census of 1929. Estimates put the population of Khiva at about 31,000 in 1924 and at 28,000 in 1928. By 1927 some 8,000 Russian settlers lived in the Tejen Valley.
            """;

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
    void aTownOfSomeFigureIsItsPopulationInTheYearRightAfterIt() {
        TableAsserts t = TableAsserts.of(Fixtures.build("state.txt", STATE).demographics());
        t.rowWith("population", 9_000L).has("region", "Merv").has("group", "All").has("year", 1925);
        t.rowWith("population", 15_000L).has("region", "Merv").has("year", 1930);
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
    void aShortNameOrAbbreviationOfAStateIsGivenTheNameTheArticleUses() {
        Table t = Fixtures.build("short.txt", """
                = Short Names =

                The Khangai People's Republic (KPR) lay north of the Gobi. In 1930 Khangai had 90,000 inhabitants. The KPR's population rose to 95,000 by 1933, and the KPR army was small.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 90_000L).has("region", "Khangai"); // the country as written, not the regime's abbreviation
        TableAsserts.of(t).rowWith("population", 95_000L).has("region", "KPR");
    }

    private static final String VALLEY = """
            = Tamir Valley in the 1930s =

            Infobox
            - Region: Tamir Valley
            - Population Estimate: 88,000 (1936)

            == People ==
            A survey of 1932 registered 70,000 people in the valley. Four years later the figure had risen to 88,000.

            In 1936 the Tatars formed the largest community: they numbered 40,000. The Solon, descendants of a Daur garrison, lived in six villages with a combined population of nearly 9,000.

            Sagiz, the old fort, had 6,000 inhabitants in 1935. Ordu, the market town, was much smaller, with a population of about 3,000, and Tamir, the Solon centre, was home to 2,500 people. Kerme had 1,000 residents in 1930 and 1,400 a decade later.

              - Population of the districts of the Tamir Valley, 1936**

            | District | Population | Largest group (share) |
            | Upper Tamir | 52,000 | Tatar (61.5%) |
            | Lower Tamir | 36,000 | Solon (20%) |
            | Sources: written for this test. | | |

              - Peoples of the Tamir Valley, 1936**

            | Nationality | Number | Per cent |
            | Tatars | 40,000 | 45.5 |
            | Kazakhs | 30,000 | 34.1 |
            | Total | 88,000 | 100 |
            | Sources: written for this test. | | |
            """;

    private static TableAsserts valley() {
        return TableAsserts.of(Fixtures.build("valley.txt", VALLEY).demographics());
    }

    @Test
    void aTableOfPlacesGivesEachPlacesTotalAndTheShareOfItsNamedGroup() {
        TableAsserts t = valley();
        t.rowWith("population", 52_000L).has("region", "Upper Tamir").has("group", "All").has("year", 1936)
                .has("year_basis", "caption");
        t.rowWith("share_pct", 61.5).has("region", "Upper Tamir").has("group", "Tatar").has("population", null);
        t.rowWith("share_pct", 20.0).has("region", "Lower Tamir").has("group", "Solon");
    }

    @Test
    void aTableOfPeoplesGivesEachGroupInTheCaptionsPlaceAndItsTotal() {
        TableAsserts t = valley();
        t.rowWith("population", 30_000L).has("group", "Kazakh").has("share_pct", 34.1).has("region", "Tamir Valley")
                .has("year", 1936);
        t.rowWith("population", 88_000L, "line", 26).has("group", "All").has("share_pct", 100.0);
    }

    @Test
    void aFigureThatNamesNoPlaceIsTheArticlesPlaceAndAYearLaterIsCounted() {
        TableAsserts t = valley();
        t.rowWith("population", 70_000L).has("region", "Tamir Valley").has("year", 1932);
        t.rowWith("population", 88_000L, "line", 8).has("region", "Tamir Valley").has("group", "All").has("year", 1936);
        t.rowWith("population", 1_400L).has("region", "Kerme").has("year", 1940);
    }

    @Test
    void theGroupIsThePronounsSubjectAndNotAGroupUsedAsAnAdjective() {
        TableAsserts t = valley();
        t.rowWith("population", 40_000L, "line", 10).has("group", "Tatar").has("region", "Tamir Valley");
        t.rowWith("population", 9_000L).has("group", "Solon");
        t.rowWith("population", 2_500L).has("group", "All").has("region", "Tamir");
    }

    @Test
    void theRegionIsTheSubjectOfTheFiguresClausePastAnAppositive() {
        TableAsserts t = valley();
        t.rowWith("population", 3_000L).has("region", "Ordu").has("group", "All").has("year", 1935);
        t.rowWith("population", 6_000L).has("region", "Sagiz");
    }

    private static final String STEPPE = """
            = Sarybel Steppe =

            == Counts ==
              - Population of the Sarybel Steppe by census year**

            | Year | Population | Kazakhs (%) |
            | 1931 | 210,000 | 71 |
            | 1939 | 240,000 | 66 |
            | Sources: written for this test. | | |

            The 1936 registration listed Kazakhs 150,000 (68%), Uzbeks 30,000 (14%) and Tatars 4,000 (2%).

            In Karasu the 1937 count found 61,000 inhabitants, 52,000 of them Kazakhs, while Aktam, the district seat, had a population of 7,000. Tatars made up 3% of Karasu, compared with 9% in Aktam.
            """;

    @Test
    void aTableOfYearsGivesTheCaptionsPlaceInEachRowsYear() {
        TableAsserts t = TableAsserts.of(Fixtures.build("steppe.txt", STEPPE).demographics());
        t.rowWith("population", 240_000L).has("region", "Sarybel Steppe").has("group", "All").has("year", 1939)
                .has("year_basis", "row");
        t.rowWith("share_pct", 66.0).has("group", "Kazakh").has("year", 1939);
    }

    @Test
    void aListOfGroupsWithCountsAndSharesGivesEachGroupOneRow() {
        TableAsserts t = TableAsserts.of(Fixtures.build("steppe.txt", STEPPE).demographics());
        t.rowWith("population", 30_000L).has("group", "Uzbek").has("share_pct", 14.0).has("year", 1936);
    }

    @Test
    void eachClauseKeepsItsOwnPlaceAndAGroupAfterOfThemIsTheCountsGroup() {
        TableAsserts t = TableAsserts.of(Fixtures.build("steppe.txt", STEPPE).demographics());
        t.rowWith("population", 52_000L).has("group", "Kazakh").has("region", "Karasu").has("year", 1937);
        t.rowWith("population", 7_000L).has("region", "Aktam").has("group", "All");
        t.rowWith("share_pct", 9.0).has("region", "Aktam").has("group", "Tatar");
    }
    @Test
    void anArticleWithoutAStateOrTitlePlaceIsTheInfoboxsCommonName() {
        Table t = Fixtures.build("ningxia.txt", """
                = Ningxia under Ma Hongkui =

                Infobox
                - Common Name: Ningxia
                - Population Estimate: 980,000

                Ma Hongkui owed his post to Ma Fuxiang. The census of 1935 counted 980,000 people.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 980_000L, "line", 7).has("region", "Ningxia").has("group", "All");
        TableAsserts.of(t).rowWith("population", 980_000L, "line", 5).has("region", "Ningxia");
    }

    @Test
    void aProvinceUnderARulerIsTheInfoboxsCommonNameForItsInfoboxAndItsTablesTotal() {
        Table t = Fixtures.build("gansu.txt", """
                = Gansu under Ma Anliang =

                Infobox
                - Common Name: Gansu
                - Status: Province governed by a Muslim general
                - Population Estimate: 5,900,000 (1925)

                Gansu under Ma Anliang is the decade from 1912 to 1920 in which the general held the western province.

                == Districts ==
                  - Population of Gansu by circuit, 1925**

                | Circuit | 1925 |
                | Lanshan | 3,100,000 |
                | Xining | 2,800,000 |
                | Total | 5,900,000 |
                | Sources: written for this test. | |
                """).demographics();
        TableAsserts.of(t).rowWith("population", 5_900_000L, "line", 6).has("region", "Gansu").has("group", "All");
        TableAsserts.of(t).rowWith("population", 5_900_000L, "line", 16).has("region", "Gansu").has("group", "All");
        TableAsserts.of(t).rowWith("population", 3_100_000L).has("region", "Lanshan");
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
    void aGroupNamedByTwoWordsOfOnePeopleBeforeAnAppositiveCountIsTheFirst() {
        Table t = Fixtures.build("ural.txt", """
                = Ural Towns =

                == People ==
                In 1931 Tatars made up more than 90 percent of the inhabitants of Ufa, while the Hui Muslims, about 8,000 people, lived mainly in the market towns.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 8_000L).has("group", "Hui");
    }

    @Test
    void peopleLeftInAPlaceAreItsPopulationButPeopleWhoLeftItAreNot() {
        Table t = Fixtures.build("borok.txt", """
                = Borok Valley =

                == People ==
                The war emptied the valley. Tomra, whose population stood at some 90,000 in 1940, had about 61,000 people left by 1946. By 1950 fewer than 3,000 Koreans were left in the town, most of them old people. Some 5,000 people left the valley in 1945.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 90_000L).has("year", 1940);
        a.rowWith("population", 61_000L).has("group", "All").has("year", 1946);
        a.rowWith("population", 3_000L).has("group", "Korean").has("year", 1950);
        a.hasNoRowWith("population", 5_000L);
    }

    @Test
    void theInfoboxPopulationOfAnArticleAboutAGroupsCommunityIsThatGroups() {
        Table t = Fixtures.build("tiflis.txt", """
                = Armenian community of Tiflis =

                Infobox
                - Founded: 1801
                - Population Estimate: about 47,000
                - Population Estimate Year: 1910

                == History ==
                Merchants from Erivan settled in Tiflis after 1801. By 1910 the Armenian population of the city had reached an estimated 47,000.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 47_000L, "line", 5).has("group", "Armenian").has("region", "Tiflis")
                .has("year", 1910);
        Table d = Fixtures.build("chechens.txt", """
                = Deportation of Chechens =

                Infobox
                - Population Estimate: 390,000
                - Population Estimate Year: 1944

                == Course ==
                The operation began on 23 February 1944.
                """).demographics();
        TableAsserts.of(d).rowWith("population", 390_000L).has("group", "Chechen").has("year", 1944);
        Table f = Fixtures.build("famine.txt", """
                = Chechen famine of 1933 =

                Infobox
                - Population Estimate: 310,000
                - Population Estimate Year: 1933

                == Course ==
                The famine began in 1933.
                """).demographics();
        TableAsserts.of(f).rowWith("population", 310_000L).has("group", "All");
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
    void anEstimateThatPutsTheFigureAtANumberContinuesTheCountBefore() {
        Table t = Fixtures.build("turgai.txt", """
                = Turgai Settlement =

                == People ==
                Turgai oblast drew settlers from the Volga. The 1890 census counted 500,000 inhabitants in the oblast; by 1910 an official estimate put the figure at 640,000.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 500_000L).has("region", "Turgai").has("year", 1890);
        a.rowWith("population", 640_000L).has("region", "Turgai").has("year", 1910).has("group", "All");
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
    void aColumnHeaderNamingAGroupAndAShareGivesThatGroupsShareInEachRowsPlace() {
        Table t = Fixtures.build("steppe.txt", """
                = Western Counties =

                == People ==
                  - Population of the western counties, 1950 registration**

                | County | Population | Kazakh share |
                | Emin | 81,000 | 64.5% |
                | Toli | 37,000 | 71.2% |
                | Sources: County yearbook 1951. | | |
                """).demographics();
        TableAsserts.of(t).rowWith("population", 81_000L).has("region", "Emin").has("group", "All").has("share_pct", null);
        TableAsserts.of(t).rowWith("share_pct", 64.5).has("region", "Emin").has("group", "Kazakh").has("year", 1950);
        TableAsserts.of(t).rowWith("share_pct", 71.2).has("region", "Toli").has("group", "Kazakh");
    }

    private static final String MARKET_TOWN = """
            = Tatars of Koshagach =

            == Counts ==
              - Population of Koshagach by nationality in registration years**

            | Year | Total | Tatars | Kazakhs | Tatar share |
            | 1911 | 12,400 | 7,100 | 4,900 | 57.3% |
            | 1926 | 15,800 | 6,300 | 8,800 | 39.9% |
            | Sources: written for this test. | | | | |

              - Population of Koshagach by ward, 1911 and 1926**

            | Ward | 1911 | 1926 | Share in 1926 |
            | Upper ward | 7,000 | 9,500 | 60.1% |
            | Lower ward | 5,400 | 6,300 | 39.9% |
            | Total | 12,400 | 15,800 | 100% |
            | Sources: written for this test. | | | |
            """;

    @Test
    void aGroupsCountAndItsShareColumnInOneTableRowAreOneRow() {
        TableAsserts t = TableAsserts.of(Fixtures.build("koshagach.txt", MARKET_TOWN).demographics());
        t.rowWith("population", 7_100L).has("group", "Tatar").has("share_pct", 57.3).has("year", 1911)
                .has("region", "Koshagach");
        t.rowWith("population", 6_300L, "group", "Tatar").has("share_pct", 39.9).has("year", 1926);
        t.hasNoRowWith("group", "Tatar", "population", null);
        t.rowWith("population", 4_900L).has("group", "Kazakh").has("share_pct", null);
    }

    @Test
    void aTotalRowsHundredPercentIsTheTotalsShareInItsColumnsYear() {
        TableAsserts t = TableAsserts.of(Fixtures.build("koshagach.txt", MARKET_TOWN).demographics());
        t.rowWith("population", 15_800L, "line", 16).has("group", "All").has("share_pct", 100.0).has("year", 1926);
        t.rowWith("population", 12_400L, "line", 16).has("group", "All").has("share_pct", null).has("year", 1911);
        t.rowWith("population", 9_500L).has("region", "Upper ward").has("share_pct", 60.1);
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
    void aNameAfterAPrepositionInAnAppositiveIsNoSubjectOfTheCount() {
        Table t = Fixtures.build("barkol.txt", """
                = Barkol County =

                == People ==
                Most of the herders kept sheep. The provincial count of 1950, the first taken under Janimkhan, counted 21,000 people.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 21_000L).has("region", "Barkol").has("year", 1950);
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
    void aGroupNamedInAClauseSetOffByCommasIsNotTheFiguresGroup() {
        Table t = Fixtures.build("daur.txt", """
                = Nonni Basin =

                == People ==
                In 1930 the Solons, counted apart from the Daurs, numbered some 9,000.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 9_000L).has("group", "Solon");
    }
    @Test
    void indiansAreAGroupOfTheLexicon() {
        Table t = Fixtures.build("port-sela.txt", """
                = Port Sela =

                == People ==
                Port Sela was a town of about 80,000 people in 1930, some 40 per cent of them Indians.
                """).demographics();
        TableAsserts.of(t).rowWith("share_pct", 40.0).has("group", "Indian").has("region", "Port Sela").has("year", 1930);
    }

    @Test
    void aTotalRowNamedWithAPlaceHeaderWordIsTheCaptionsPlace() {
        Table t = Fixtures.build("hekou-table.txt", """
                = Hekou Settlers =

                == People ==
                The settlers were counted by township.

                  - Population of the Hekou District by township, 1950 census**

                | Township | Total population | Hakka | Hakka share |
                | Upper Ford | 40,000 | 30,000 | 75.0% |
                | Lower Ford | 60,000 | 24,000 | 40.0% |
                | District total | 100,000 | 54,000 | 54.0% |
                | Sources: written for this test. | | | |
                """).demographics();
        TableAsserts.of(t).rowWith("population", 100_000L).has("region", "Hekou").has("group", "All").has("year", 1950);
        TableAsserts.of(t).rowWith("population", 54_000L).has("region", "Hekou").has("group", "Hakka").has("share_pct", 54.0);
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
    void aGroupsNameThatIsTheSubjectOfAPlaceNounIsAPlaceAndAPlaceAfterARemarkIsTheCountsPlace() {
        Table t = Fixtures.build("hulun.txt", """
                = Hulun Plain =

                == People ==
                In 1938 the Barga was the smallest banner, with only 9,000 inhabitants, 7,000 of them Mongols. Some 3,000 Russians, most of them traders, lived in Hailar and Manzhouli.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 9_000L).has("region", "Barga").has("group", "All");
        a.rowWith("population", 7_000L).has("region", "Barga").has("group", "Mongol");
        a.rowWith("population", 3_000L).has("region", "Hailar and Manzhouli").has("group", "Russian");
    }
    @Test
    void aNationThatIsAlsoAForceIsAGroupOfPeopleInAPopulationStatement() {
        Table t = Fixtures.build("dairen.txt", """
                = Kwantung Ports =

                == People ==
                In 1940 the ports had some 900,000 inhabitants, of whom some 160,000 were Japanese. Yingkou alone counted 180,000 people that year, nearly 12% of them Japanese. Korean residents, not counting the Kwantung Army, numbered 41,000.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 160_000L).has("group", "Japanese");
        a.rowWith("population", 180_000L).has("group", "All").has("region", "Yingkou");
        a.rowWith("share_pct", 12.0).has("group", "Japanese").has("region", "Yingkou");
        a.rowWith("population", 41_000L).has("group", "Korean").has("region", "Yingkou");
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
    void anEventArticlesFiguresWithoutAPlaceAreForTheInfoboxPlaceNotTheEventsTitle() {
        Table t = Fixtures.build("drought.txt", """
                = Borova drought of 1921 =

                Infobox
                - Country: Soviet Russia
                - Place: Upper Borova, Selenka and Dvina, Volga region

                The drought ruined the harvest in Selenka and along the Dvina. The affected districts had counted 2,400,000 inhabitants in 1920.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 2_400_000L).has("region", "Volga region").has("year", 1920);
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
    void aTableWithAPlaceInASecondColumnGivesThatPlaceAndTheGroupItsCaptionCounts() {
        Table t = Fixtures.build("resettled.txt", """
                = Resettlement of Tatars =

                The Tatars were resettled in 1944.

                  - Tatars resettled by republic and oblast, 1944**

                | Republic | Oblast | Families | People | Share (%) |
                | Uzbek SSR | Tashkent oblast | 1,000 | 4,100 | 41.0 |
                | Uzbek SSR | Other oblasts | 500 | 1,900 | 19.0 |
                | Uzbek SSR | Republic total | 1,500 | 6,000 | 60.0 |
                | Sources: written for this test. | | | | |
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 4_100L).has("region", "Tashkent oblast").has("group", "Tatar").has("share_pct", 41.0)
                .has("year", 1944);
        a.rowWith("population", 1_900L).has("region", "Uzbek SSR, other oblasts").has("group", "Tatar");
        a.rowWith("population", 6_000L).has("region", "Uzbek SSR").has("group", "Tatar");
    }

    @Test
    void aTableOfPlacesWithTheirLargestGroupGivesEachTotalAndThatGroupsShare() {
        Table t = Fixtures.build("counties.txt", """
                = Dorven Province =

                Dorven is a province in the hills.

                  - Population of selected counties of Dorven, 1950**

                | County | Population | Largest group | Share of largest group (%) |
                | Ashka | 120,000 | Uzbek | 64 |
                | Belrud | 45,000 | Tajik | 71 |
                | Sources: written for this test. | | | |
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 120_000L).has("region", "Ashka").has("group", "All").has("year", 1950);
        a.rowWith("share_pct", 64.0).has("region", "Ashka").has("group", "Uzbek").has("population", null);
        a.rowWith("share_pct", 71.0).has("region", "Belrud").has("group", "Tajik");
    }

    @Test
    void aPlaceAfterABareFigureInAListIsThatFiguresPlace() {
        Table t = Fixtures.build("census.txt", """
                = Resettled Tatars =

                == Census ==
                The census of 1950 counted 41,200 Tatars in the Ferana Oblast and 18,300 in the Lodar Oblast, out of 77,900 in the republic as a whole. By 1960 there were 52,000 Tatars in the Ferana Oblast and 30,100 in the Lodar Oblast, where they made up 4.2% of the population.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 41_200L).has("region", "Ferana Oblast").has("group", "Tatar");
        a.rowWith("population", 18_300L).has("region", "Lodar Oblast").has("group", "Tatar");
        a.rowWith("population", 30_100L).has("region", "Lodar Oblast").has("share_pct", 4.2).has("year", 1960);
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
    void aGroupColumnWithItsYearInBracketsCountsTheGroupInThatYear() {
        // invented table: "Greeks (1979)" and "Greeks (1999)" are two censuses, not the caption's first year twice
        Table t = Fixtures.build("bracketyears.txt", """
                = Greeks in Norland =

                == Distribution ==
                  - Greek population by province, 1979 and 1999 censuses**

                | Province | Greeks (1979) | Share (1979, %) | Greeks (1999) | Share (1999, %) |
                | Eastmark | 41,200 | 12.5 | 30,100 | 8.1 |
                | Total | 52,000 | 3.3 | 38,800 | 2.2 |
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 41_200L).has("region", "Eastmark").has("group", "Greek").has("year", 1979)
                .has("share_pct", 12.5);
        a.rowWith("population", 30_100L).has("region", "Eastmark").has("group", "Greek").has("year", 1999)
                .has("share_pct", 8.1);
        a.rowWith("population", 38_800L).has("group", "Greek").has("year", 1999).has("share_pct", 2.2);
    }

    @Test
    void aPlaceCellsBracketOfLowerCaseWordsQualifiesItsRegionAndABracketedNameDoesNot() {
        // invented table: "(1970 borders)" and "(directly governed)" say which region is counted, "(Oldtown)" is a second name
        Table t = Fixtures.build("qualified.txt", """
                = Greeks in Norland =

                == Distribution ==
                  - Greek population by province, 1979 census**

                | Province | Greeks | Share (%) |
                | Westmark Province (1970 borders) | 41,200 | 12.5 |
                | Eastmark (directly governed) | 9,100 | 3.1 |
                | Newport (Oldtown) | 5,300 | 2.0 |
                | Total | 55,600 | 3.3 |
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 41_200L).has("region", "Westmark Province (1970 borders)").has("group", "Greek")
                .has("year", 1979);
        a.rowWith("population", 9_100L).has("region", "Eastmark (directly governed)");
        a.rowWith("population", 5_300L).has("region", "Newport");
    }

    @Test
    void aTableOfPlacesWithAColumnPerCensusYearGivesEachPlacesCountOfTheCaptionsGroupInEachYear() {
        Table t = Fixtures.build("tatars.txt", """
                = Tatars of the Varna republic =

                The Tatars settled in the hills.

                  - Tatars by republic and province, 1950 and 1960 censuses**

                | Republic or province | 1950 | 1960 | Share of local population, 1960 |
                | Varna SSR | 41,000 | 52,300 | 1.2% |
                | Ostrova oblast | 12,100 | 15,800 | 9.4% |
                | Sources: written for this test. | | | |
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 41_000L).has("region", "Varna SSR").has("group", "Tatar").has("year", 1950)
                .has("share_pct", null);
        a.rowWith("population", 52_300L).has("region", "Varna SSR").has("group", "Tatar").has("year", 1960)
                .has("share_pct", 1.2);
        a.rowWith("population", 15_800L).has("region", "Ostrova oblast").has("year", 1960).has("share_pct", 9.4);
    }

    @Test
    void aTableOfCensusYearsWithAColumnPerPlaceGivesEachPlacesCountOfTheCaptionsGroupInTheRowsYear() {
        Table t = Fixtures.build("tatars-years.txt", """
                = Tatars of the eastern steppe =

                The Tatars of Varnia and Ostrovia kept their villages through every census.

                  - Tatars in the censuses of the two republics**

                | Census | Varnia | Ostrovia |
                | 1951 | 3,120 | 4,480 |
                | 1962 | 5,010 | 6,730 |
                | Sources: written for this test. | | |
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 3_120L).has("region", "Varnia").has("group", "Tatar").has("year", 1951);
        a.rowWith("population", 4_480L).has("region", "Ostrovia").has("group", "Tatar").has("year", 1951);
        a.rowWith("population", 6_730L).has("region", "Ostrovia").has("group", "Tatar").has("year", 1962);
    }

    @Test
    void aColumnHeaderNamingItsOwnPlaceAndGroupGivesThatColumnsRegionAndGroup() {
        Table t = Fixtures.build("tatars-columns.txt", """
                = Tatars of the eastern steppe =

                The Tatars of Varnia live mostly in Ostrovia, a province of Varnia.

                  - Tatars in Varnia and in Ostrovia by census**

                | Census | Tatars in Varnia | Share of Varnia (%) | Population of Ostrovia | Tatar share of Ostrovia (%) |
                | 1951 | 31,200 | 2.4 | 40,500 | 61 |
                | 1962 | 45,700 | 3.1 | 52,800 | 67.5 |
                | Sources: written for this test. | | | | |
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 31_200L).has("region", "Varnia").has("group", "Tatar").has("year", 1951)
                .has("share_pct", 2.4);
        a.rowWith("population", 40_500L).has("region", "Ostrovia").has("group", "All").has("year", 1951)
                .has("share_pct", null);
        a.rowWith("share_pct", 67.5).has("region", "Ostrovia").has("group", "Tatar").has("year", 1962)
                .has("population", null);
    }

    @Test
    void aShareColumnOfAPlaceNamedWithItsLowerCaseNounIsThatPlacesShare() {
        // invented table: "Share of Nordby city (%)" is the share in Nordby, which the prose names without "city"
        Table t = Fixtures.build("tatars-city.txt", """
                = Tatars in Varnia =

                Most Tatars of Varnia live in and around Nordby.

                  - Tatars in Varnia by census**

                | Census | Tatars | Share of Varnia (%) | Share of Nordby city (%) |
                | 1961 | 52,300 | 4.4 | 17.2 |
                | 1971 | 55,800 | 4.1 | 16.3 |
                | Sources: written for this test. | | | |
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 52_300L).has("region", "Varnia").has("group", "Tatar").has("share_pct", 4.4);
        a.rowWith("share_pct", 16.3).has("region", "Nordby").has("group", "Tatar").has("year", 1971)
                .has("population", null);
    }

    @Test
    void aColumnOfWhomInAPlaceCountsTheTablesGroupInThatPlace() {
        // invented table: "Of whom in Nordby" is the part of each year's count that lives in Nordby
        Table t = Fixtures.build("tatars-whom.txt", """
                = Tatars in Varnia =

                Most Tatars of Varnia live in and around Nordby.

                  - Tatars in Varnia by census**

                | Census | Tatars | Share of population | Of whom in Nordby |
                | 1961 | 52,300 | 4.4% | 20,100 |
                | 1971 | 55,800 | 4.1% | 21,900 |
                | Sources: written for this test. | | | |
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 52_300L).has("region", "Varnia").has("group", "Tatar").has("share_pct", 4.4);
        a.rowWith("population", 21_900L).has("region", "Nordby").has("group", "Tatar").has("year", 1971)
                .has("share_pct", null);
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
    void aPlaceAfterABareCountOfAGroupThatNumberedIsTheCountsPlace() {
        // invented sentence: "Tatars numbered 63,100 in Ostrov-Kale" counts them in Ostrov-Kale, not in the article's country
        Table t = Fixtures.build("numbered-in.txt", """
                = Tatars in Varnia =

                Tatars in Varnia form the country's largest minority.

                Ostrov-Kale is the heartland of the community. In 2002 Tatars numbered 63,100 in Ostrov-Kale, 41.2 per cent of the region's 153,200 inhabitants.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 63_100L).has("region", "Ostrov-Kale").has("group", "Tatar").has("share_pct", 41.2);
        a.rowWith("population", 153_200L).has("region", "Ostrov-Kale").has("group", "All");
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
    void aJoinedClauseOfAPlaceAndABareCountLeavingOutItsVerbIsThatPlaces() {
        // invented sentence: ", and Tosk 11,800 out of 14,100" repeats the first clause's statement for Tosk
        Table t = Fixtures.build("elliptic.txt", """
                = Tatars in Varnia =

                Tatars in Varnia form the country's largest minority.

                At the 2012 census Belen had 21,700 Tatars among its 26,300 residents, or 82.5 per cent, and Tosk 11,800 out of 14,100, some 84 per cent.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 21_700L).has("region", "Belen").has("group", "Tatar").has("share_pct", 82.5);
        a.rowWith("population", 26_300L).has("region", "Belen").has("group", "All");
        a.rowWith("population", 11_800L).has("region", "Tosk").has("group", "Tatar").has("share_pct", 84.0);
        a.rowWith("population", 14_100L).has("region", "Tosk").has("group", "All").has("year", 2012);
    }

    @Test
    void aPlaceNamedWithItsKindsNounInLowerCaseAsTheSubjectIsTheFiguresPlace() {
        // invented sentence: "Belen municipality had" is Belen's count, past the census opening the sentence
        Table t = Fixtures.build("kind-noun.txt", """
                = Tatars in Varnia =

                Tatars in Varnia form the country's largest minority.

                At the 2012 census Belen municipality had 21,700 Tatars among its 26,300 residents, or 82.5 per cent.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 21_700L).has("region", "Belen").has("group", "Tatar").has("share_pct", 82.5);
        a.rowWith("population", 26_300L).has("region", "Belen").has("group", "All");
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
    void aChangeNamedByANounOfTheCommunityFromOneCountToAnotherGivesBothCounts() {
        // invented sentence: "a steady decline of the community, from 61,300 (5.1%) in 1961 to 48,200 (3.6%) in 1991"
        Table t = Fixtures.build("change-noun.txt", """
                = Tatars in Varnia =

                Tatars in Varnia form the country's largest minority.

                The Varnian censuses recorded a steady decline of the community, from 61,300 (5.1%) in 1961 to 48,200 (3.6%) in 1991, while the Greek minority grew.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 61_300L).has("group", "Tatar").has("share_pct", 5.1).has("year", 1961);
        a.rowWith("population", 48_200L).has("group", "Tatar").has("share_pct", 3.6).has("year", 1991);
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
    void aSentenceOpeningInAPlacesNamedPartIsAboutThatPart() {
        // invented sentences: "In the town's Old Harbour quarter" is about the Old Harbour, not the town
        Table t = Fixtures.build("named-part.txt", """
                = Tatars in Varnia =

                Tatars in Varnia form the country's largest minority.

                In 2011 Tatars numbered 24,300 in Nordby, or 9.5% of its population. In the town's Old Harbour quarter Tatars made up about 31% of residents.
                """).demographics();
        TableAsserts.of(t).rowWith("share_pct", 31.0).has("region", "Old Harbour").has("group", "Tatar").has("year", 2011);
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
    void anInfoboxPlaceListingPlacesBySemicolonsGivesTheFirstAsTheArticlesPlace() {
        Table t = Fixtures.build("varnian-transfers.txt", """
                = Varnian population transfers (1950–1952) =

                Infobox
                - Event: Varnian–Ostrovian exchange
                - Place: Varnia; Ostrovian and Tatar republics

                The transfers moved people across the new border. In 1951 the country had 2.4 million inhabitants.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 2_400_000L).has("region", "Varnia").has("year", 1951);
    }

    @Test
    void aBalkanOrHornOfAfricaPeopleIsAGroupNotAPlace() {
        Table t = Fixtures.build("varnia-census.txt", """
                = Census of Varnia =

                The census of Varnia was taken in 1931. Albanians, the second people of the country, numbered 12,400 (3.1 per cent), and Somalis made up some 2 per cent.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 12_400L).has("group", "Albanian").has("region", "Varnia").has("share_pct", 3.1);
        a.rowWith("share_pct", 2.0).has("group", "Somali");
    }

    @Test
    void aGroupsInfoboxGivesItsGroupAndEachNumberedRegionsPopulation() {
        Table t = Fixtures.build("tatar-people.txt", """
                = Tatar people of the steppe =

                Infobox
                - Group: Tatars
                - Population Estimate: 80,500
                - Population Estimate Year: 2001
                - Region1: Varnia
                - Pop1: 50,200 (1999 census)
                - Region2: Ostrovia
                - Pop2: 30,300 (2001 census)

                The Tatars of the steppe keep their own schools.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 80_500L).has("group", "Tatar").has("region", "").has("year", 2001);
        a.rowWith("population", 50_200L).has("group", "Tatar").has("region", "Varnia").has("year", 1999);
        a.rowWith("population", 30_300L).has("group", "Tatar").has("region", "Ostrovia").has("year", 2001);
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
    void aShareOfAPlacesPopulationAfterACountGivesTheCountsPlace() {
        Table t = Fixtures.build("resettlement.txt", """
                = Resettlement of the hill Tatars =

                Some 9,500 Tatars, 14 per cent of Varnia's population, were moved to the plains in the spring of 1950.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 9_500L).has("group", "Tatar").has("share_pct", 14.0)
                .has("region", "Varnia");
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
    void anInfoboxCountOfAGroupIsThatGroupsCountInThePlaceTheProseGivesIt() {
        Table t = Fixtures.build("tatars.txt", """
                = Tatars of the east =

                Infobox
                - Population Estimate: 61,500 Tatars (1960)

                The Tatars settled in the east.

                == Census ==
                The count of 1960 found 61,500 Tatars in the Union.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 61_500L, "line", 4).has("group", "Tatar").has("region", "Union")
                .has("year", 1960);
    }

    @Test
    void aPlaceAfterACountJoinedByAndTheIsOnePlaceOfBoth() {
        Table t = Fixtures.build("kessel.txt", """
                = Siege of Kessel =

                The siege of Kessel lasted a year.

                == People ==
                In 1950 Kessel had some 900,000 people. Of these, about 300,000 lived in the Old Town and the New Quarter, the walled districts by the river.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 300_000L).has("region", "Old Town and New Quarter");
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
    void aGroupWithAnotherNameInBracketsIsTheSubjectOfTheCountAfterIt() {
        Table t = Fixtures.build("varna.txt", """
                = Varna Province =

                == People ==
                A return of 1925 put the population at 610,000. Russians numbered about 25,000; the Uzbeks (Sarts) were counted at 14,000.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 14_000L).has("group", "Uzbek").has("region", "Varna").has("year", 1925);
    }

    @Test
    void aClauseJoinedByAndWithAPlaceAsItsSubjectCountsThatPlacesPeople() {
        Table t = Fixtures.build("varna.txt", """
                = Varna Province =

                == People ==
                Varna was thinly settled in 1930. The Tatars of the Orsk district numbered no more than 20,000, and the Tesh district had fewer than 3,000 people.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 20_000L).has("group", "Tatar").has("region", "Orsk");
        a.rowWith("population", 3_000L).has("group", "All").has("region", "Tesh");
    }

    @Test
    void bracketsAreDroppedAsTheirPatternDropsThem() {
        for (String s : new String[] {"Uyghurs (1941)", "a (b (c) d", "(x) y (z)", "no brackets", "open ( only",
                "two (a)(b) end", "line (a\nb) (c)", "(", ")"}) {
            org.junit.jupiter.api.Assertions.assertEquals(s.replaceAll("\\(.*?\\)", " "),
                    DemographicsTable.withoutBrackets(s, " "), s);
        }
        org.junit.jupiter.api.Assertions.assertEquals("Kazakh", DemographicsTable.withoutTrailingBracket("Kazakh ( "));
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
    void peopleOfAPlaceWhoMovedAreNoPopulation() {
        Table t = Fixtures.build("varna.txt", """
                = Varna Province =

                == Exodus ==
                In the spring of 1950, amid a famine, some 30,000 to 34,000 inhabitants of the Orsk and Tesh districts of Varna fled across the border.
                """).demographics();
        TableAsserts.of(t).hasNoRowWith("population", 30_000L);
    }

    @Test
    void aPlaceTablesYearColumnDatesEachRowAndAnUnnamedShareIsTheCountedGroups() {
        Table t = Fixtures.build("tatars.txt", """
                = Tatars of the Lower Volga =

                == Counts ==
                  - Tatar population of the lower Volga by district, 1900–1930**

                | District | Year | Tatars | Share of all inhabitants |
                | Sarai | 1900 | 12,400 | 21.5% |
                | Sarai | 1930 | 15,900 | 18.2% |
                | Kamyshin | 1930 | 4,300 | 6.1% |
                | Sources: District returns. | | | |
                """).demographics();
        TableAsserts.of(t).rowWith("population", 12_400L).has("region", "Sarai").has("group", "Tatar")
                .has("year", 1900).has("share_pct", 21.5).has("year_basis", "row");
        TableAsserts.of(t).rowWith("population", 15_900L).has("region", "Sarai").has("year", 1930).has("share_pct", 18.2);
        TableAsserts.of(t).rowWith("population", 4_300L).has("region", "Kamyshin").has("group", "Tatar")
                .has("year", 1930).has("share_pct", 6.1);
        TableAsserts.of(t).hasNoRowWith("group", "All");
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
    void anInfoboxFiguresBracketGivesItsOwnYearAndPlace() {
        Table t = Fixtures.build("tatars.txt", """
                = Tatars of the Lower Volga =

                Infobox
                - Population Estimate: about 12,000 (1911 registration, Sarai and Kamyshin districts); 15,300 (1930 census, Lower Volga Krai)

                == People ==
                Tatar traders settled along the river.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 12_000L).has("region", "Sarai and Kamyshin districts").has("year", 1911);
        TableAsserts.of(t).rowWith("population", 15_300L).has("region", "Lower Volga Krai").has("year", 1930);
    }

    @Test
    void aPlaceInANounAppositiveOfTheSubjectIsNotTheFiguresRegion() {
        Table t = Fixtures.build("varna.txt", """
                = Varna Province =

                == People ==
                In 1905 Tesh, the chief market of Orsk oblast, had about 27,000 inhabitants, of whom some 4,000 were Tatars.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 27_000L).has("region", "Tesh").has("group", "All").has("year", 1905);
        TableAsserts.of(t).rowWith("population", 4_000L).has("region", "Tesh").has("group", "Tatar");
    }

    @Test
    void aPartOfAGroupThatIsInAPlaceIsThatGroupsPopulationThereAndSoIsTheListAfterIt() {
        Table t = Fixtures.build("tatars.txt", """
                = Tatars of the Lower Volga =

                == Exile ==
                About 30,000 Tatars crossed the river in 1921. By the spring of 1923 some 18,000 of them were in Persia, about 7,000 in Khiva and 2,000 in Bukhara.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 18_000L).has("region", "Persia").has("group", "Tatar").has("year", 1923);
        TableAsserts.of(t).rowWith("population", 7_000L).has("region", "Khiva").has("group", "Tatar").has("year", 1923);
        TableAsserts.of(t).rowWith("population", 2_000L).has("region", "Bukhara").has("group", "Tatar");
    }

    @Test
    void aPlaceAfterAnAdjectiveOfNeighbourhoodIsTheRegionOfTheGroupLivingThere() {
        Table t = Fixtures.build("varna.txt", """
                = Varna Province =

                == People ==
                The famine struck the villages hardest. In 1925 a further 31,000 or so Tatars lived in neighbouring Penza oblast and some 12,000 in Tambov oblast.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 31_000L).has("region", "Penza").has("group", "Tatar").has("year", 1925);
        TableAsserts.of(t).rowWith("population", 12_000L).has("region", "Tambov").has("group", "Tatar");
    }
    @Test
    void aPeopleCountedInAnOfWhomClauseAndInAYearRowedTableColumnIsThatGroup() {
        Table t = Fixtures.build("dvina.txt", """
                = Lower Dvina Settlement District =

                == People ==
                In 1931 the district had some 40,000 inhabitants, of whom about 6,000 (15 per cent) were Jews.
                  - Population of the district by census year
                | Year | Total | Jews | Jewish share |
                | 1926 | 30,000 | 900 | 3% |
                | Sources: Invented census. | | |
                """).demographics();
        TableAsserts.of(t).rowWith("population", 6_000L).has("group", "Jew").has("share_pct", 15.0).has("year", 1931);
        TableAsserts.of(t).rowWith("population", 900L).has("group", "Jew").has("share_pct", 3.0).has("year", 1926);
        TableAsserts.of(t).rowWith("population", 30_000L).has("group", "All").has("year", 1926);
    }
    @Test
    void sharesOnTheLineRightAfterADatedCountTakeItsYearNotTheInfoboxs() {
        Table t = Fixtures.build("uralsk.txt", """
                = Uralsk Valley Okrug =

                Infobox
                - Established: 3 May 1930

                == People ==
                At the 1951 count the okrug had 60,000 inhabitants.
                Kazakhs made up about 70 per cent, and Uzbeks some 10 per cent.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 60_000L).has("year", 1951);
        TableAsserts.of(t).rowWith("group", "Kazakh").has("share_pct", 70.0).has("year", 1951);
        TableAsserts.of(t).rowWith("group", "Uzbek").has("share_pct", 10.0).has("year", 1951);
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
    void aPopulationInAWhoseClauseIsThePopulationOfThePlaceBeforeIt() {
        Table t = Fixtures.build("refuge.txt", """
                = Armenian Relief Columns =

                == Refuge ==
                The families were lodged in barracks outside Mashhad, whose Armenian population reached about 9,000 in 1920.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 9_000L).has("region", "Mashhad").has("group", "Armenian").has("year", 1920);
    }
    @Test
    void aPlaceTotalRowOfAPlaceTableIsThatPlacesFigure() {
        Table t = Fixtures.build("chuvash.txt", """
                = Chuvash of the Volga =

                == Spread ==
                  - Chuvash population of Bashkiria by district, 1970 census**
                | District or town | Chuvash | Share of population |
                | Bizhbulyak District | 12,400 | 31.0% |
                | Ufa | 3,100 | 0.4% |
                | Bashkiria total | 15,500 | 0.4% |
                | Sources: Invented yearbook. | | |
                """).demographics();
        TableAsserts.of(t).rowWith("population", 15_500L).has("region", "Bashkiria").has("group", "Chuvash");
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
    void figuresOfAPeoplesArticleThatNameNoPlaceAreForTheCountryItsLeadSaysThePeopleLivesIn() {
        Table t = Fixtures.build("oroqen.txt", """
                = Oroqen people =

                Infobox
                - Group: Oroqen
                - Population Estimate: 8,659 (2010 census)

                The Oroqen are a small Tungusic people of north-east China, once hunters of the Greater Khingan forests. Oroqen numbers grew in the official counts: 4,132 in 1982 and 8,196 in 2000.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 8_659L).has("region", "China").has("group", "Oroqen").has("year", 2010);
        a.rowWith("population", 4_132L).has("region", "China").has("group", "Oroqen").has("year", 1982);
        a.rowWith("population", 8_196L).has("region", "China").has("group", "Oroqen").has("year", 2000);
    }
    @Test
    void aGroupsOtherNameInItsInfoboxEntryIsThatGroup() {
        Table t = Fixtures.build("oroqen2.txt", """
                = Oroqen people =

                Infobox
                - Group: Oroqen (Orochon)

                == Settlement ==
                When the banner was founded in 1951 the Orochon were about 2,300 of its 9,000 inhabitants, or a quarter.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 2_300L).has("group", "Oroqen").has("year", 1951);
    }
    @Test
    void anInfoboxListOfRegionsWithFiguresGivesThePeoplesCountInEach() {
        Table t = Fixtures.build("oroqen3.txt", """
                = Oroqen people =

                Infobox
                - Group: Oroqen
                - Population Estimate: 8,659 (2010 census)
                - Regions: Inner Mongolia 3,573; Heilongjiang 4,028 (all 2010)

                The Oroqen are a small Tungusic people of north-east China.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 3_573L).has("region", "Inner Mongolia").has("group", "Oroqen").has("year", 2010);
        a.rowWith("population", 4_028L).has("region", "Heilongjiang").has("group", "Oroqen").has("year", 2010);
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
    void theTotalRowOfAPlaceTableWhoseCaptionNamesAGroupIsThatGroupsTotal() {
        Table t = Fixtures.build("tatars.txt", """
                = Tatars of Kazan =

                == Spread ==
                  - Tatar population of Kazan by ward, 1926 and 1939**
                | Ward | 1926 | 1939 |
                | Sukonnaya | 9,400 | 11,200 |
                | Zarechnaya | 3,100 | 3,900 |
                | Total | 12,500 | 15,100 |
                | Sources: Invented yearbook. | | |
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 9_400L).has("group", "Tatar").has("region", "Sukonnaya");
        a.rowWith("population", 12_500L).has("group", "Tatar").has("region", "Kazan").has("year", 1926);
        a.rowWith("population", 15_100L).has("group", "Tatar").has("region", "Kazan").has("year", 1939);
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
    void aPeopleNamedWithItsQualifierIsThatPeopleAndSoIsItsHeadWordInAnArticleAboutIt() {
        Table t = Fixtures.build("meskhetian.txt", """
                = Resettlement of the Meskhetian Turks =

                == Numbers ==
                The census of 1926 counted 41,000 Turks in Samara. In 1939 some 12,500 Crimean Tatars lived in Kazan.

                  - Meskhetian Turks by district, 1926**
                | District | Population |
                | Syzran | 7,400 |
                | Buguruslan | 5,100 |
                | Sources: Invented yearbook. | |
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 41_000L).has("group", "Meskhetian Turk").has("region", "Samara").has("year", 1926);
        a.rowWith("population", 12_500L).has("group", "Crimean Tatar").has("region", "Kazan");
        a.rowWith("population", 7_400L).has("group", "Meskhetian Turk").has("region", "Syzran");
    }
    @Test
    void aPlaceColumnAfterTheKeyThatRepeatsNamesTheLargerUnitAndTheKeyIsTheRowsPlace() {
        Table t = Fixtures.build("lakes.txt", """
                = Lake districts =

                == Numbers ==
                  - Population of the lake districts at the 1971 census**
                | District | Country | Population |
                | Kibara | Norland | 211,400 |
                | Molo Region | Norland | 98,700 |
                | Tesa Province | Sudland | 143,900 |
                | Sources: Invented yearbook. | | |
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 211_400L).has("region", "Kibara").has("group", "All");
        a.rowWith("population", 98_700L).has("region", "Molo Region");
        a.rowWith("population", 143_900L).has("region", "Tesa Province");
    }
    @Test
    void aTableOfAPeoplesRefugeesByPlaceUnderACaptionCountingThemGivesTheirNumberInEachPlace() {
        Table t = Fixtures.build("camps.txt", """
                = Camps of the plain =

                == Numbers ==
                  - Registered Karelian refugees in Norland by district, 1962**
                | District | Refugees | Share |
                | Kibara | 41,000 | 61.2% |
                | Molo | 26,000 | 38.8% |
                | Total, Norland | 67,000 | 100% |
                | Sources: Invented yearbook. | | |
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 41_000L).has("region", "Kibara").has("group", "Karelian").has("share_pct", 61.2)
                .has("year", 1962);
        a.rowWith("population", 67_000L).has("region", "Norland").has("group", "Karelian");
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
    void aPartSetOffByCommasAndTheListAfterItThatLivedInPlacesAreThePeoplesCountsThere() {
        Table t = Fixtures.build("kurds.txt", """
                = Kurds of the Caucasus =

                == Numbers ==
                The census of 1959 counted 58,800 Kurds in the Soviet Union. Nearly half of them, 26,700, lived in the Armenian SSR, where they made up 1.5 per cent of the population; 16,200 lived in Georgia, 9,400 in Azerbaijan and 6,500 in Turkmenia.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 26_700L).has("group", "Kurd").has("region", "Armenian SSR").has("share_pct", 1.5)
                .has("year", 1959);
        a.rowWith("population", 16_200L).has("group", "Kurd").has("region", "Georgia");
        a.rowWith("population", 9_400L).has("group", "Kurd").has("region", "Azerbaijan");
        a.rowWith("population", 6_500L).has("group", "Kurd").has("region", "Turkmenia");
    }
    @Test
    void aListAfterAColonOfCountsOnOrInPlacesGivesTheCountedPeopleInEach() {
        Table t = Fixtures.build("isles.txt", """
                = Isles of the strait =

                == People ==
                In 1950 some 9,200 Kurds lived on the three outer isles, most of them herders and their families: about 4,100 on Varo, 3,300 on Tessa and 1,800 in Molo.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 4_100L).has("group", "Kurd").has("region", "Varo").has("year", 1950);
        a.rowWith("population", 3_300L).has("group", "Kurd").has("region", "Tessa");
        a.rowWith("population", 1_800L).has("group", "Kurd").has("region", "Molo");
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
    void aLowerCaseRegionOfADirectionAndAnAdminNounAsTheSubjectIsTheFiguresRegion() {
        Table t = Fixtures.build("north.txt", """
                = Norland =

                == People ==
                According to the census of 1931 the northern provinces had 3.2 million inhabitants, of whom about 1.1 million were Kurds.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 3_200_000L).has("region", "northern provinces").has("group", "All").has("year", 1931);
        a.rowWith("population", 1_100_000L).has("region", "northern provinces").has("group", "Kurd");
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
    void aPeopleCountedInAPlaceByAPassiveVerbIsCountedThere() {
        Table t = Fixtures.build("passive.txt", """
                = Kurds of Norland =

                == Numbers ==
                By the census of 1970, 41,000 Kurds were counted in Armenia.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 41_000L).has("region", "Armenia").has("group", "Kurd").has("year", 1970);
    }
    @Test
    void anInfoboxFigureThatTheProseGivesAsAPlacesTotalIsThatTotalNotTheTitlesPeople() {
        Table t = Fixtures.build("exile.txt", """
                = Exile of the Kurds =

                Infobox
                - Population Estimate: 467,000 (Vessa oblast)
                - Date: 1944

                == Background ==
                The census of 1939 counted 52,300 Kurds, 11.2 per cent of the 467,000 inhabitants of Vessa oblast.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("line", 4).has("population", 467_000L).has("group", "All");
    }
    @Test
    void aGroupCellOfAPeoplesTableNamesThePeopleItOpensWithAndACellOfOthersIsTheRest() {
        Table t = Fixtures.build("vessa2.txt", """
                = Vessa Oblast =

                == People ==
                  - Ethnic composition of Vessa oblast, 1950**
                | Group | Population | Share |
                | Kurdish Yazidis | 310,000 | 62% |
                | Greek Pontians | 120,000 | 24% |
                | Armenians and others | 70,000 | 14% |
                | Sources: Invented yearbook. | | |
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 120_000L).has("group", "Greek").has("share_pct", 24.0);
        a.rowWith("population", 70_000L).has("group", "Other").has("share_pct", 14.0);
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
    void aLaterCountIntroducedByThereWereAfterAPeoplesCountIsThatPeoples() {
        Table t = Fixtures.build("later.txt", """
                = Kurds of Norland =

                == Numbers ==
                The census of 1956 counted 2,400 Kurds, 1.4% of all inhabitants; by 1979 there were 2,900 (1.1%).
                """).demographics();
        TableAsserts.of(t).rowWith("population", 2_900L).has("group", "Kurd").has("year", 1979).has("share_pct", 1.1);
    }
    @Test
    void anInfoboxBracketPlaceOfSeveralPlacesTakenTogetherIsThosePlaces() {
        Table t = Fixtures.build("combined.txt", """
                = Tarsk–Vessa railway =

                Infobox
                - Population Estimate: 640,000 (Tarsk and Vessa combined)
                - Population Estimate Year: 1960

                The line joined two provinces.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 640_000L).has("region", "Tarsk and Vessa").has("group", "All").has("year", 1960);
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
    void peopleWhoIdentifiedThemselvesAsAGroupAreThatGroup() {
        Table t = Fixtures.build("identity.txt", """
                = Kurds of Norland =

                == Numbers ==
                At the census of 1999 some 7,300 people, or 2.1% of the country's population, identified themselves as Kurds, most of them in the south.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 7_300L).has("group", "Kurd").has("year", 1999);
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
    void anAnnexedTerritoryAsTheSubjectOfACountIsThePlaceTheSentenceNamedBeforeIt() {
        Table t = Fixtures.build("annexed.txt", """
                = Varnan Legion =

                == Background ==
                When Varna seized northern Norland in May 1920, the annexed province had about 2.1 million inhabitants.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 2_100_000L).has("region", "northern Norland").has("year", 1920);
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
    void peoplesOfAfricaAndSoutheastAsiaTheArticlesNameAreGroups() {
        Table t = Fixtures.build("peoples.txt", """
                = Republic of Varna =

                == People ==
                In 1970 Varna had about 3.1 million inhabitants. The Ovimbundu made up some 40 per cent of them and the Bakongo about 15 per cent; some 90,000 Portuguese and 2,000 Malays lived in the capital.
                """).demographics();
        TableAsserts.of(t).rowWith("share_pct", 40.0).has("group", "Ovimbundu");
        TableAsserts.of(t).rowWith("share_pct", 15.0).has("group", "Bakongo");
        TableAsserts.of(t).rowWith("population", 90_000L).has("group", "Portuguese");
        TableAsserts.of(t).rowWith("population", 2_000L).has("group", "Malay");
    }
    @Test
    void theRepublicOfAnEventArticleIsThePlaceItsInfoboxNamesWithThatNounOrItsAbbreviation() {
        Table t = Fixtures.build("restored.txt", """
                = Exile of the Kurds (1950) =

                Infobox
                - Place: Varno-Norland ASSR, Caucasus, Soviet Union
                - Date: 1950

                == Return ==
                In 1962 the restored republic had 512,000 inhabitants, of whom Kurds made up 41.5 percent. By 1975 the republic counted 640,000 people.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 512_000L).has("region", "Varno-Norland ASSR").has("year", 1962);
        TableAsserts.of(t).rowWith("share_pct", 41.5).has("region", "Varno-Norland ASSR").has("group", "Kurd");
        TableAsserts.of(t).rowWith("population", 640_000L).has("region", "Varno-Norland ASSR").has("year", 1975);
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
    void aStateNounWrittenAloneIsTheStateOfTheInfoboxPlaceItOpens() {
        Table t = Fixtures.build("federation.txt", """
                = Norland Emergency =

                Infobox
                - Place: Federation of Norland
                - Date: 1950–1958

                == Background ==
                The 1951 census counted 2,400,000 people in the Federation, of whom 1,300,000 (54.2 per cent) were Kurds.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 2_400_000L).has("region", "Federation of Norland").has("group", "All");
        TableAsserts.of(t).rowWith("population", 1_300_000L).has("region", "Federation of Norland").has("group", "Kurd");
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
    void aSentenceOpeningInTheTownOfAPlaceSetsThatPlace() {
        Table t = Fixtures.build("port-of.txt", """
                = Kurds of Norland =

                == Numbers ==
                The census of 1926 counted 12,400 Kurds in the north. In the port of Varno they made up nearly a fifth of all inhabitants.
                """).demographics();
        TableAsserts.of(t).rowWith("share_pct", 20.0).has("region", "Varno").has("group", "Kurd");
    }
    @Test
    void aPeoplesAdjectiveInsideALongerNameIsNoGroupThatTheyStandsFor() {
        Table t = Fixtures.build("empire.txt", """
                = Kurds of Norland =

                == Numbers ==
                The first census of the Russian Empire, taken in 1897, counted 12,400 Kurds in the two oblasts together. In the port of Varno they made up nearly a fifth of all inhabitants.
                """).demographics();
        TableAsserts.of(t).rowWith("share_pct", 20.0).has("region", "Varno").has("group", "Kurd");
    }
    @Test
    void theNumbersOfAPeopleThatTheirStandsForFallFromOneCountToAnother() {
        Table t = Fixtures.build("their.txt", """
                = Kurds of Norland =

                == History ==
                During the revolt of the 1860s the rebels took the town in 1866. The Xibe held their villages south of the river for several years, but their numbers fell from about 21,000 in 1862 to fewer than 9,000 in 1870, when Varnan troops occupied the valley.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 21_000L).has("group", "Xibe").has("year", 1862);
        TableAsserts.of(t).rowWith("population", 9_000L).has("group", "Xibe").has("year", 1870);
    }
    @Test
    void aPeoplesOtherNameTheLexiconAliasesIsThatGroup() {
        Table t = Fixtures.build("poles.txt", """
                = Varnan Legion =

                == Background ==
                In 1931 the eastern provinces had about 6.2 million inhabitants, of whom some 2.1 million (roughly 34 per cent) were Poles.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 2_100_000L).has("group", "Polish").has("share_pct", 34.0)
                .has("region", "eastern provinces");
    }
    @Test
    void aPeopleRightAfterThePlaceAClauseOpensWithIsNoPartOfThatPlacesName() {
        Table t = Fixtures.build("in-varno.txt", """
                = Kurds of Norland =

                == Towns ==
                The towns were largely Kurdish: in Varno Kurds made up roughly half of the population.
                """).demographics();
        TableAsserts.of(t).rowWith("group", "Kurd").has("share_pct", 50.0).has("region", "Varno");
    }
    @Test
    void finnsAreTheFinnishGroup() {
        Table t = Fixtures.build("finns.txt", """
                = Norland =

                == People ==
                The 1926 census counted 210,000 inhabitants in Norland, of whom 61.0 per cent were Russians and 2.4 per cent Finns.
                """).demographics();
        TableAsserts.of(t).rowWith("share_pct", 2.4).has("group", "Finnish");
    }
    @Test
    void theyOpeningASentenceStandsForThePeopleOfTheSentenceBefore() {
        Table t = Fixtures.build("they.txt", """
                = Kurds of Norland =

                == Numbers ==
                In Norland the Kurds are concentrated in Tesh District of Varna Region, across the river from Norland. They were 0.4% of Norland's population in 1999 and 0.5% in 2009, when the census counted 41,200.
                """).demographics();
        TableAsserts.of(t).rowWith("share_pct", 0.4).has("group", "Kurd").has("year", 1999);
        TableAsserts.of(t).rowWith("share_pct", 0.5).has("group", "Kurd").has("year", 2009);
    }
    @Test
    void britishNationalsAreACountOfTheBritishGroup() {
        Table t = Fixtures.build("british.txt", """
                = Varno =

                == People ==
                In 1930 Varno had some 900,000 inhabitants. Foreign residents numbered roughly 40,000, among them about 12,000 Japanese and some 6,000 British nationals.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 6_000L).has("group", "British").has("region", "Varno");
    }

    @Test
    void aPlaceTablesGroupColumnWithAYearAndItsSharesOfTwoYearsGiveEachShareItsColumnsYear() {
        Table t = Fixtures.build("provinces.txt", """
                = Koreans in Norland =

                == Distribution ==
                  - Korean population by province, 1990 census, with the Korean share in 1960**

                | Province | Koreans, 1990 | Share of province, 1990 (%) | Share of province, 1960 (%) |
                | Eastmark | 412,000 | 18.4 | 25.1 |
                | Westmark | 95,000 | 4.2 | |
                | Sources: written for this test. | | | |
                """).demographics();
        TableAsserts.of(t).rowWith("population", 412_000L).has("region", "Eastmark").has("group", "Korean")
                .has("year", 1990).has("share_pct", 18.4);
        TableAsserts.of(t).rowWith("share_pct", 25.1).has("region", "Eastmark").has("group", "Korean")
                .has("year", 1960).has("population", null);
        TableAsserts.of(t).rowWith("population", 95_000L).has("share_pct", 4.2).has("year", 1990);
    }

    @Test
    void aCensusTableUnderACaptionOfAGroupCountsThatGroupInItsColumnNamedForIt() {
        Table t = Fixtures.build("republic.txt", """
                = Armenians of Norland =

                == Censuses ==
                  - Armenians in Eastmark, 1926–1989**

                | Census | Armenians | Share of population |
                | 1926 | 61,400 | 12.3% |
                | 1989 | 88,250 | 10.9% |
                | Sources: written for this test. | | |
                """).demographics();
        TableAsserts.of(t).rowWith("population", 61_400L).has("region", "Eastmark").has("group", "Armenian")
                .has("year", 1926).has("share_pct", 12.3);
        TableAsserts.of(t).rowWith("population", 88_250L).has("year", 1989).has("share_pct", 10.9);
    }

    @Test
    void aTableOfYearsUnderACaptionNamingAPlaceByItsOldAndNewNameIsForTheNewName() {
        Table t = Fixtures.build("renamed.txt", """
                = Greeks of Norland =

                == Censuses ==
                  - Greeks in the Varna ASSR and Varnistan, 1926–2010**

                | Census | Greeks | Share of population |
                | 1926 | 21,400 | 6.3% |
                | 2010 | 18,250 | 4.9% |
                | Sources: written for this test. | | |
                """).demographics();
        TableAsserts.of(t).rowWith("population", 21_400L).has("region", "Varnistan").has("group", "Greek")
                .has("year", 1926);
        TableAsserts.of(t).rowWith("population", 18_250L).has("region", "Varnistan").has("year", 2010);
    }

    @Test
    void aListOfPlacesAfterALeadInOpeningWithAPeopleCountsThatPeopleInEachPlace() {
        Table t = Fixtures.build("provinces.txt", """
                = Greeks of Norland =

                == Distribution ==
                Greeks in other provinces at the 1990 census:
                - Eastmark: 12,400 (3.1 percent)
                - Westmark: 8,100 (2.2 percent)

                The population by province in 1995 was:
                - Southmark: 310,000
                """).demographics();
        TableAsserts.of(t).rowWith("population", 12_400L).has("region", "Eastmark").has("group", "Greek")
                .has("year", 1990).has("share_pct", 3.1);
        TableAsserts.of(t).rowWith("population", 8_100L).has("region", "Westmark").has("group", "Greek");
        TableAsserts.of(t).rowWith("population", 310_000L).has("region", "Southmark").has("group", "All");
    }

    @Test
    void theChineseDialectPeoplesAndThePeranakanAreGroups() {
        Table t = Fixtures.build("dialects.txt", """
                = Chinese of Norland =

                == Dialect groups ==
                The 1990 census of Eastmark counted 41,000 Teochew, 9,500 Hainanese and 3,200 Foochow; Hokkien numbered 22,000 and Cantonese 18,000. In Westmark there were 1,100 Peranakan and 7,000 Malays.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 41_000L).has("group", "Teochew");
        a.rowWith("population", 9_500L).has("group", "Hainanese");
        a.rowWith("population", 3_200L).has("group", "Foochow");
        a.rowWith("population", 22_000L).has("group", "Hokkien");
        a.rowWith("population", 18_000L).has("group", "Cantonese");
        a.rowWith("population", 1_100L).has("group", "Peranakan");
        a.rowWith("population", 7_000L).has("group", "Malay");
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
    void aPeopleRightAfterTheOpeningPlaceOfASentenceIsItsSubjectAndNoPartOfThePlace() {
        Table t = Fixtures.build("outnumbered.txt", """
                = Greeks of Norland =

                == Numbers ==
                In the Eastmark ASSR Greeks outnumbered Turks at every census. In 1989 there were 120,000 Greeks (28.4 percent) against 90,000 Turks (21.3 percent).
                """).demographics();
        TableAsserts.of(t).rowWith("population", 120_000L).has("region", "Eastmark ASSR").has("group", "Greek");
        TableAsserts.of(t).rowWith("population", 90_000L).has("region", "Eastmark ASSR").has("group", "Turk");
    }

    @Test
    void aSentenceOpeningAcrossAPlaceCountsThatPlace() {
        Table t = Fixtures.build("across2.txt", """
                = Greeks of Norland =

                == Numbers ==
                The 1926 census found 80,000 people in Eastmark, of whom 21,000 were Greeks. Across the Varna Union there were 1.4 million Greeks.

                The 1939 census found 95,000 people in Eastmark, of whom 26,000 were Greeks. Across the whole Varna Union there were 1.6 million Greeks.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 1_400_000L).has("region", "Varna Union").has("group", "Greek")
                .has("year", 1926);
        TableAsserts.of(t).rowWith("population", 1_600_000L).has("region", "Varna Union").has("group", "Greek")
                .has("year", 1939);
    }

    @Test
    void theFigureAPeoplesCountFellOrRoseToIsThatPeoplesCount() {
        Table t = Fixtures.build("fell.txt", """
                = Greeks of Norland =

                == Numbers ==
                The census of 1990 counted 54,000 Greeks in Eastmark; by 2000 the figure had fallen to 51,200, or 4.1 percent of the population, and in 2010 it was 48,900 (3.8 percent).
                """).demographics();
        TableAsserts.of(t).rowWith("population", 51_200L).has("group", "Greek").has("share_pct", 4.1).has("year", 2000);
        TableAsserts.of(t).rowWith("population", 48_900L).has("group", "Greek").has("share_pct", 3.8).has("year", 2010);
    }

    @Test
    void aPeopleNamedWithAQualifierInTheInfoboxIsThatPeopleForItsRegionsEntry() {
        Table t = Fixtures.build("pontic.txt", """
                = Pontic Greeks =

                Infobox
                - Group: Pontic Greeks
                - Regions: Eastmark 61,200; Westmark 12,050 (2010)

                The Pontic Greeks are a people of Norland. Most of them live in Eastmark and Westmark.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 61_200L).has("region", "Eastmark").has("group", "Greek").has("year", 2010);
        TableAsserts.of(t).rowWith("population", 12_050L).has("region", "Westmark").has("group", "Greek");
    }

    @Test
    void anInfoboxPopulationInANamedPlaceIsThatPlaces() {
        Table t = Fixtures.build("pontic2.txt", """
                = Pontic Greeks =

                Infobox
                - Group: Pontic Greeks
                - Population Estimate: about 80,000 in Eastmark (2010)

                The Pontic Greeks are a people of Norland.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 80_000L).has("region", "Eastmark").has("group", "Greek").has("year", 2010);
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
    void aStatesNounWithOfAndAPlaceIsTheStatesWholeName() {
        Table t = Fixtures.build("kingdom.txt", """
                = Greeks of Norland =

                == Numbers ==
                The 1957 census counted 410,000 Greeks in the Kingdom of Varna.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 410_000L).has("region", "Kingdom of Varna").has("group", "Greek");
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
    void aShareOfTheNationalPopulationIsTheArticlesCountrysEvenAfterAnotherPlace() {
        Table t = Fixtures.build("national.txt", """
                = Greeks in Norland =

                == Independence ==
                The 1957 census counted 230,000 Greeks in the Kingdom of Varna out of 1,200,000 people, or 19.2 per cent. The Greek share of the national population was 15.4 per cent in 1970.
                """).demographics();
        TableAsserts.of(t).rowWith("share_pct", 15.4).has("region", "Norland").has("group", "Greek").has("year", 1970);
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
    void theNamedPlacesThatHousedACountAreItsRegion() {
        Table t = Fixtures.build("housed.txt", """
                = Greeks in Norland =

                == Camps ==
                At the 1990 census the 120 surviving Hill Camps housed about 80,000 people, 75 per cent of them Greeks.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 80_000L).has("region", "Hill Camps").has("group", "All").has("year", 1990);
        TableAsserts.of(t).rowWith("share_pct", 75.0).has("region", "Hill Camps").has("group", "Greek");
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
    void theStatesNounAsAWholeIsTheStateTheArticleNamesWithIt() {
        Table t = Fixtures.build("whole.txt", """
                = Greeks of Norland =

                == Census ==
                The first census of the Varnan Empire, in 1897, counted 412,000 inhabitants in Eastmark, of whom 21.5 percent were Greeks; in the empire as a whole there were roughly 1.9 million Greeks.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 1_900_000L).has("region", "Varnan Empire").has("group", "Greek").has("year", 1897);
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
    void germansAreAPeople() {
        // invented sentence
        TableAsserts t = TableAsserts.of(Fixtures.build("g.txt", """
                = Fixture Steppe =

                The 1959 census counted 32,000 Germans in Pavlodar Oblast.
                """).demographics());
        t.rowWith("population", 32_000L).has("group", "German").has("region", "Pavlodar Oblast").has("year", 1959);
    }

    @Test
    void aPeopleNamedForAPlaceInAnEventTitleIsNoPlaceAndItsHeadNounCountsTheWiderPeople() {
        // invented sentences: an article on an event named for a people named for a place ("near the Volga"); the
        // infobox total is the republic's, as the prose gives it, and "Germans" counted in the whole Union are the
        // wider people, not the title's
        TableAsserts t = TableAsserts.of(Fixtures.build("e.txt", """
                = Removal of the Volga Germans =

                Infobox
                - Date: 1941
                - Population Estimate: 605,500
                - Population Estimate Year: 1939

                Colonists settled near the Volga in the 1760s. In 1939 the Volga German ASSR had 605,500 inhabitants. The census counted 366,000 Volga Germans in the republic and 1,420,000 Germans in the Soviet Union as a whole.
                """).demographics());
        t.rowWith("line", 5).has("region", "Volga German ASSR").has("group", "All");
        t.rowWith("population", 1_420_000L).has("group", "German").has("region", "Soviet Union");
        t.rowWith("population", 366_000L).has("group", "Volga German");
    }

    @Test
    void aShareColumnBesideAGroupsCountAndATotalIsTheGroupsShare() {
        // invented table: the share is the Tatars' share of the total, never the total's
        TableAsserts t = TableAsserts.of(Fixtures.build("t.txt", """
                = Fixture Tatars of the Steppe =

                  - Tatars in Semirechye at the censuses of 1959–1979**

                | Census | Tatars | Share of population | Total population |
                | 1959 | 12,400 | 1.1% | 1,127,000 |
                | 1979 | 15,300 | 1.0% | 1,530,000 |
                """).demographics());
        t.rowWith("population", 12_400L).has("group", "Tatar").has("share_pct", 1.1).has("year", 1959);
        t.rowWith("population", 1_127_000L).has("group", "All").has("share_pct", null);
    }

    @Test
    void urbanAndRuralColumnsCountTheGroupInThosePartsOfThePlace() {
        // invented table
        TableAsserts t = TableAsserts.of(Fixtures.build("u.txt", """
                = Fixture Uyghurs of the Valley =

                  - Uyghurs in the Kirghiz SSR by census year**

                | Census | Uyghurs | Share of population (%) | Urban | Rural |
                | 1959 | 13,800 | 0.7 | 5,100 | 8,700 |
                """).demographics());
        t.rowWith("population", 13_800L).has("group", "Uyghur").has("share_pct", 0.7).has("region", "Kirghiz SSR");
        t.rowWith("population", 5_100L).has("group", "Uyghur").has("region", "Kirghiz SSR (urban)").has("year", 1959);
        t.rowWith("population", 8_700L).has("group", "Uyghur").has("region", "Kirghiz SSR (rural)");
    }

    @Test
    void aCommunityCountedInAnArticleOnAPeopleIsThatPeople() {
        // invented sentences: "the community" with a count or a changed level, and no people named, is the title's people
        TableAsserts t = TableAsserts.of(Fixtures.build("c.txt", """
                = Uyghurs in Kirghizia =

                In 1970 the community numbered 24,800, and by 1979 the community had grown to 29,800. In the Chuy valley, where Uyghur farmers had grown cotton since the 1920s, the community shrank from 9,300 in 1979 to some 4,000 by 2009.
                """).demographics());
        t.rowWith("population", 24_800L).has("group", "Uyghur").has("year", 1970);
        t.rowWith("population", 29_800L).has("group", "Uyghur").has("year", 1979);
        t.rowWith("population", 9_300L).has("group", "Uyghur").has("region", "Chuy valley");
        t.rowWith("population", 4_000L).has("group", "Uyghur").has("year", 2009);
    }

    @Test
    void aListOfPlacesWithACountInBracketsAfterAVerbOfResidenceCountsEachPlace() {
        // invented sentences: each bracketed figure is the count of the sentence's people in the place before it
        TableAsserts t = TableAsserts.of(Fixtures.build("l.txt", """
                = Uyghurs in Kirghizia =

                == Distribution ==
                In 1979 the Uyghurs were concentrated in the north. Smaller communities lived in Osh Oblast (2,100), Naryn Oblast (1,300), the Talas valley (900) and Issyk-Kul Oblast (700).
                """).demographics());
        t.rowWith("population", 2_100L).has("region", "Osh Oblast").has("group", "Uyghur").has("year", 1979);
        t.rowWith("population", 900L).has("region", "Talas valley").has("group", "Uyghur");
        t.rowWith("population", 700L).has("region", "Issyk-Kul Oblast").has("group", "Uyghur");
    }

    @Test
    void aPlaceHomeToACountOfThemHasThatCountOfThePeopleTheSentenceBeforeNames() {
        // invented sentences: "home to about 21,000 of them" counts the Uyghurs in the oblast, with their share after it
        TableAsserts t = TableAsserts.of(Fixtures.build("h.txt", """
                = Fixture Valley =

                In 1979 the Uyghurs were concentrated in the north. Chuy Oblast was home to about 21,000 of them, 2.1% of the oblast's population.
                """).demographics());
        t.rowWith("population", 21_000L).has("group", "Uyghur").has("region", "Chuy Oblast").has("share_pct", 2.1)
                .has("year", 1979);
    }

    @Test
    void thereAfterACountIsThePlaceNamedBeforeItInItsSentenceNotWhereThePeopleCameFrom() {
        // invented sentences
        TableAsserts t = TableAsserts.of(Fixtures.build("t.txt", """
                = Fixture Diaspora =

                Uyghurs had traded in the Fergana Valley since the 1700s, and the 1897 census counted 14,200 of them there. A treaty of 1992 allowed Uyghurs to study in Turkey, and by 2015 some 8,000 Uyghurs from Kashgar were living there.
                """).demographics());
        t.rowWith("population", 14_200L).has("region", "Fergana Valley").has("group", "Uyghur").has("year", 1897);
        t.rowWith("population", 8_000L).has("region", "Turkey").has("group", "Uyghur").has("year", 2015);
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
    void theyNumberedWithNoPeopleNamedNearInAnArticleOnAPeopleIsThatPeople() {
        // invented sentences: "they" is two sentences after the people's name
        TableAsserts t = TableAsserts.of(Fixtures.build("y.txt", """
                = Uyghurs in Kirghizia =

                Uyghurs in Kirghizia are the Uyghurs who live in Kirghizia. Most of them descend from farmers who crossed the mountains in the 1880s. At the 1979 census they numbered 29,800, or 0.8 per cent of the population of the Kirghiz SSR.
                """).demographics());
        t.rowWith("population", 29_800L).has("group", "Uyghur").has("share_pct", 0.8).has("year", 1979);
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
    void theSlavMacedoniansAreAGroupOfTheirOwn() {
        Table t = Fixtures.build("slavs.txt", """
                = Minorities of Norland =

                == Census ==
                The Slav Macedonian community of Eastmark was put at some 30,000 people in 1951, about 4% of the province's population.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 30_000L).has("region", "Eastmark").has("group", "Slav Macedonian")
                .has("year", 1951);
    }

    @Test
    void aLevelVerbWithAnAdverbBeforeFromAndToStillGivesTheTwoLevels() {
        Table t = Fixtures.build("slowly.txt", """
                = Greeks of Norland =

                == Numbers ==
                Greek numbers rose in the official counts: 61,000 in 1980 and 95,000 in 2000. Most of the rise came in Eastmark; in Westmark the figure grew only slowly, from 12,300 in 1980 to 14,800 in 2000.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 12_300L).has("region", "Westmark").has("group", "Greek").has("year", 1980);
        TableAsserts.of(t).rowWith("population", 14_800L).has("region", "Westmark").has("group", "Greek").has("year", 2000);
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
    void peoplesJoinedByAndThenEachNumberingAFigureHaveThatFigureEach() {
        Table t = Fixtures.build("each.txt", """
                = Norland =

                == People ==
                In 1970 Norland had about 9 million inhabitants, most of them Uzbeks; among the minorities were the Tajiks and the Kyrgyz, each numbering around 150,000, who lived in the hills.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 150_000L, "group", "Tajik").has("region", "Norland").has("year", 1970);
        TableAsserts.of(t).rowWith("population", 150_000L, "group", "Kyrgyz").has("region", "Norland").has("year", 1970);
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
    void theMeskhetiansAreTheMeskhetianTurks() {
        Table t = Fixtures.build("meskhetians.txt", """
                = Minorities of Norland =

                == Census ==
                The census of 2010 found that about 3,200 Meskhetians lived in Westmark.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 3_200L).has("region", "Westmark").has("group", "Meskhetian Turk").has("year", 2010);
    }

    @Test
    void aPlaceInAnAppositiveSayingWhatTheOpeningPlaceWasPartOfIsNoRegion() {
        Table t = Fixtures.build("partof.txt", """
                = Greeks of Norland =

                == Counts ==
                In Westmark, then part of Eastmark province, the 1931 count found 9,300 Greeks among 52,000 inhabitants.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 9_300L).has("region", "Westmark").has("group", "Greek").has("year", 1931);
        TableAsserts.of(t).rowWith("population", 52_000L).has("region", "Westmark").has("group", "All");
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
    void refugeesOfAPeopleLivingInAPlaceAreThatPeoplesCountThere() {
        Table t = Fixtures.build("refugees.txt", """
                = Greeks of Norland =

                == Exile ==
                Not all of them moved on. In March 1962 some 21,000 Greek refugees were still living in Westmark, many of them in camps.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 21_000L).has("region", "Westmark").has("group", "Greek").has("year", 1962);
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
    void aPlacesPossessiveBeforeItsPeopleIsThatPlace() {
        // "Ostburg's Poles numbered 9,000": Ostburg, not "Ostburg's"
        Table t = Fixtures.build("possessive.txt", """
                = Poles in Westland =

                == History ==
                In 1989 Ostburg's Poles numbered 9,000, or 3.0% of the capital's 300,000 residents.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 9_000L).has("region", "Ostburg").has("group", "Polish").has("share_pct", 3.0);
        TableAsserts.of(t).rowWith("population", 300_000L).has("region", "Ostburg").has("group", "All");
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
    void countsInUrbanOrRuralPlacesAreThoseOfTheUrbanOrRuralPart() {
        // "41,000 Poles lived in urban settlements and roughly 6,500 in rural areas": Westland (urban), Westland (rural)
        Table t = Fixtures.build("parts.txt", """
                = Poles in Westland =

                == History ==
                In 1989 some 41,000 Poles lived in urban settlements and roughly 6,500 in rural areas.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 41_000L).has("region", "Westland (urban)").has("group", "Polish");
        TableAsserts.of(t).rowWith("population", 6_500L).has("region", "Westland (rural)").has("group", "Polish");
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
    void aPlacesPopulationChangingToAFigureIsThatPlacesTotal() {
        // "…, most of them Poles, …, and by the end of that year Westland's population had fallen to roughly 85,000": All
        Table t = Fixtures.build("placepop.txt", """
                = Poles in Westland =

                == History ==
                The war changed the picture entirely. Two districts were transferred to the Eastland SSR in 1945, taking some 7,000 people, most of them Poles, out of the republic, and by the end of that year Westland's population had fallen to roughly 85,000.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 85_000L).has("region", "Westland").has("group", "All").has("year", 1945);
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
    void aPlaceWithAKeptNounBeforeWhosePopulationIsThatPlace() {
        // "The fishing villages on the Narew shore, whose Polish population numbered about 1,500 in 1934, had some 260 …"
        Table t = Fixtures.build("shore.txt", """
                = Poles in Westland =

                == Distribution ==
                Elsewhere the community is small. Tartu County counted 2,100 Poles in 2021. The fishing villages on the Narew shore, whose Polish population numbered about 1,500 in 1934, had some 260 Polish inhabitants by 2011.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 1_500L).has("region", "Narew shore").has("group", "Polish").has("year", 1934);
        TableAsserts.of(t).rowWith("population", 260L).has("region", "Narew shore").has("group", "Polish").has("year", 2011);
    }

    @Test
    void theNamedPlaceOfACampOrShelterThatHeldACountIsItsRegion() {
        Table t = Fixtures.build("camps.txt", """
                = Drought in Norland =

                == Relief ==
                In March 1990 the feeding centre at Eastbrook held about 12,000 people. By May the camps around Westford, the largest town of the south, held some 31,000 people, and the old barracks at Northby, which alone held 4,500 people, were full.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 12_000L).has("region", "Eastbrook").has("group", "All").has("year", 1990);
        TableAsserts.of(t).rowWith("population", 31_000L).has("region", "Westford").has("group", "All");
        TableAsserts.of(t).rowWith("population", 4_500L).has("region", "Northby").has("group", "All");
    }

    @Test
    void aTownRankedAsTheLargestTownOfAStateIsTheRegionNotTheState() {
        Table t = Fixtures.build("ranked.txt", """
                = Siege of Westford =

                == Background ==
                Westford, the seat of the old dukes, was in 1950 the second-largest town of Norland, with a population of about 60,000.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 60_000L).has("region", "Westford").has("group", "All").has("year", 1950);
    }

    @Test
    void peoplesOfCentralEuropeEthiopiaAndTheHighlandsAreGroups() {
        Table t = Fixtures.build("peoples.txt", """
                = Crisis in Norland =

                == People ==
                In 1960 Norland had 9.1 million inhabitants, of whom about 3.2 million were Slovaks; Czechs made up some 55% of the total. In 1975 Tigrayans formed about 12 percent of Westmark, the Meitei about 40% of Eastmark, and Montagnards about 8 percent of Northmark, where some 20,000 Assyrians also lived.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 3_200_000L).has("group", "Slovak").has("region", "Norland");
        TableAsserts.of(t).rowWith("share_pct", 55.0).has("group", "Czech");
        TableAsserts.of(t).rowWith("share_pct", 12.0).has("group", "Tigrayan");
        TableAsserts.of(t).rowWith("share_pct", 40.0).has("group", "Meitei");
        TableAsserts.of(t).rowWith("share_pct", 8.0).has("group", "Montagnard");
        TableAsserts.of(t).rowWith("population", 20_000L).has("group", "Assyrian");
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
    void aLevelAfterACountMergedWithItsShareContinuesThatCount() {
        Table t = Fixtures.build("level.txt", """
                = Greeks of Norland =

                == Census ==
                The 1959 census recorded 38,400 Greeks in the Varna SSR, 1.7% of its population, a share never reached again; by 1970 the community had grown to 47,500, while some 21,600 Greeks lived in the Orsk SSR.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 47_500L).has("region", "Varna SSR").has("group", "Greek").has("year", 1970);
    }

    @Test
    void aStatesTerritoryNamedWithARegionAdjectiveIsThatPartOfTheStateAndTheAnnexedLandsStandForIt() {
        Table t = Fixtures.build("annexed.txt", """
                = Southland invasion of Norland =

                == Outcome ==
                The war ended in 1950 with the annexation of Norland's western territory, some 40,000 square kilometres with about 2.1 million inhabitants, by Southland.

                == Population ==
                According to official statistics for 1948, the 2.1 million inhabitants of the annexed lands included about 900,000 Greeks and 700,000 Turks.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 2_100_000L, "line", 4).has("region", "western Norland").has("year", 1950);
        TableAsserts.of(t).rowWith("population", 2_100_000L, "line", 7).has("region", "western Norland").has("group", "All").has("year", 1948);
        TableAsserts.of(t).rowWith("population", 900_000L).has("region", "western Norland").has("group", "Greek");
        TableAsserts.of(t).rowWith("population", 700_000L).has("region", "western Norland").has("group", "Turk");
    }

    @Test
    void othersCountedAfterAListOfPeoplesAreTheRemainder() {
        Table t = Fixtures.build("others.txt", """
                = Greeks of Norland =

                == Population ==
                In 1930 the 900,000 inhabitants of Westmark included about 500,000 Greeks, 250,000 Turks and some 120,000 others, among them Armenians. Southland admitted 3,000 refugees and 2,000 others.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 120_000L).has("region", "Westmark").has("group", "Other").has("derived", false);
        TableAsserts.of(t).hasNoRowWith("population", 2_000L);
        TableAsserts.of(t).hasNoRowWith("derived", true);
    }

    @Test
    void aWhereClausePastAnAppositiveThatLocatesThePlaceIsThatPlaces() {
        Table t = Fixtures.build("where.txt", """
                = Drought in Norland =

                == Relief ==
                In May 1990 reporters filmed the camp at Eastbrook, in northern Westmark, where about 20,000 people were living in the open.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 20_000L).has("region", "Eastbrook").has("group", "All").has("year", 1990);
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
    void aPeopleAroundAPlaceLivesThere() {
        Table t = Fixtures.build("around.txt", """
                = Greeks of Norland =

                == People ==
                In Westmark the Greeks were a majority. In 1950 there lived about 90,000 Turks in Norland, chiefly in the south, and some 40,000 Greeks around Eastbrook.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 40_000L).has("group", "Greek").has("region", "Eastbrook").has("year", 1950);
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
    void aWhereClausePastAnAppositiveThatDescribesThePlaceIsThatPlaces() {
        Table t = Fixtures.build("wheretown.txt", """
                = Greeks of Norland =

                == Outside Westmark ==
                Outside Westmark, the largest Greek community lives in Eastbrook, a former mining town 35 kilometres from the capital, where some 7,000 Greeks were counted in 2010, about a quarter of its residents.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 7_000L).has("group", "Greek").has("region", "Eastbrook").has("year", 2010)
                .has("share_pct", 25.0);
    }

    @Test
    void aTownOfSomePeopleAfterAPrepositionIsTheTownTheSentenceNamedBefore() {
        Table t = Fixtures.build("atown.txt", """
                = Occupation of Westmark =

                == Garrison ==
                Many people lived in Northby. The army entered Eastbrook in May 1950, and by 1952 about 8,000 soldiers were quartered in and around a town of roughly 30,000 people, where prices soared.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 30_000L).has("region", "Eastbrook").has("group", "All").has("year", 1952);
    }

    @Test
    void aPlaceWithAnAppositiveHomeToACountIsThatCountsRegion() {
        Table t = Fixtures.build("hometo.txt", """
                = Greeks of Norland =

                == Villages ==
                In 1900 the old town of Northby lay on the left bank and, on the right bank, the Nine Hamlets West of the Lake, home to an estimated 12,000 people, mostly Greek farmers.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 12_000L).has("region", "Nine Hamlets West of the Lake").has("group", "All").has("year", 1900);
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
    void refugeesFromSomewhereCampedAroundAPlaceLiveThere() {
        Table t = Fixtures.build("camped.txt", """
                = Uprising in Norland =

                == Refugees ==
                In 1955 Northby was a town of 20,000 people. Land reform provoked revolt in the hills, and by the end of 1958 as many as 12,000 Greek refugees from Westmark and Eastmark were camped around Northby.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 12_000L).has("region", "Northby").has("group", "Greek").has("year", 1958);
    }

    @Test
    void refugeesASiteHeldAreThePeopleCountedTheSentenceBefore() {
        Table t = Fixtures.build("siterefugees.txt", """
                = Exodus from Norland =

                == Exile ==
                Some 60,000 Greeks followed him into exile. By the end of 1960 about 40,000 of them were in Westmark and 9,000 in Eastmark. The transit camp at Northby in Southmark held about 11,000 refugees by June 1959.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 11_000L).has("region", "Northby").has("group", "Greek").has("year", 1959);
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
    void aPlaceCountedInForComparisonIsNotThePlaceTheParagraphIsAbout() {
        Table t = Fixtures.build("compared.txt", """
                = Greeks of Norland =

                == Census ==
                With 52,000 people at the census of 1979 the Greeks of Norland were the largest Greek community in the Balkans, well ahead of the 31,500 counted in the Varna SSR. Their number has since declined, and the statistics office estimated it at 45,000 in 2017.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 45_000L).has("region", "Norland").has("year", 2017);
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
    void sharesInBracketsAfterTheGroupsARankIsCountedAfterAreTheirs() {
        Table t = Fixtures.build("ranked.txt", """
                = Greeks of Norland =

                == Census ==
                The census of 1931 counted 64,800 Greeks in Norland, where they made up 6.2% of the 1,045,000 inhabitants and were the second-largest group after the Bulgarians (81.4%) and ahead of the Turks (4.9%).
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 64_800L).has("group", "Greek").has("share_pct", 6.2).has("year", 1931);
        a.rowWith("share_pct", 81.4).has("group", "Bulgarian").has("region", "Norland").has("year", 1931);
        a.rowWith("share_pct", 4.9).has("group", "Turk").has("region", "Norland").has("year", 1931);
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

    @Test
    void peopleOfAGroupLivingInAPlaceAreItsPopulationThereAfterAMovement() {
        Table t = Fixtures.build("living.txt", """
                = Greeks in Eastland =

                == History ==
                After 1944 the authorities deported the families of rebels from the western districts, and in 1950 some 9,800 such Greeks were living in special settlements in the Norland SSR. Labour flowed the same way under a 1981 agreement, and by 1989 about 45,000 Greek contract workers lived in Westmark.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 9_800L).has("region", "Norland SSR").has("group", "Greek").has("year", 1950);
        a.rowWith("population", 45_000L).has("region", "Westmark").has("group", "Greek").has("year", 1989);
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
    void aPartOfAPlaceIsNotThePlaceOfTheParagraphsNextFigures() {
        Table t = Fixtures.build("part.txt", """
                = Greeks of Norland =

                == Census ==
                The 2011 census counted 41,000 Greeks in Norland. Of these Greeks 29,000 lived in towns and 12,000 in rural areas. The 2021 census recorded a slight recovery to 43,500.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 12_000L).has("region", "Norland (rural)").has("group", "Greek");
        a.rowWith("population", 43_500L).has("region", "Norland").has("group", "Greek").has("year", 2021);
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
    void aCountOfAnUrbanOrRuralPartWithItsShareInAppositionIsOneRowOfThatPart() {
        // invented sentences: the share of the urban (rural) population between a count and where it lives
        Table t = Fixtures.build("apposition.txt", """
                = Greeks in Norland =

                == Census ==
                The 1959 census counted 52,000 Greeks in the Varna SSR. Greeks were a mostly urban people: in 1970 some 30,000 of them, 12 percent of the urban population of the republic, lived in towns, and 22,000, or 6 percent of the rural population, in the countryside.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 30_000L).has("region", "Varna SSR (urban)").has("group", "Greek").has("year", 1970)
                .has("share_pct", 12.0);
        a.rowWith("population", 22_000L).has("region", "Varna SSR (rural)").has("group", "Greek").has("year", 1970)
                .has("share_pct", 6.0);
    }
    @Test
    void aGovernmentBodyThatEstimatedACountIsItsSourceNotItsPlace() {
        // invented sentence: the statistics office estimated the count; the count is still the country's
        Table t = Fixtures.build("source.txt", """
                = Greeks in Norland =

                == Census ==
                The 2009 census counted 41,583 Greeks, 7.8 percent of the population, and the Central Statistical Bureau estimated about 34,000 at the start of 2018, or 5.5 percent.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 34_000L).has("region", "Norland").has("group", "Greek")
                .has("year", 2018).has("share_pct", 5.5);
    }
    @Test
    void aWhereClauseAfterAVillageNamedInItsRegionCountsTheVillage() {
        // invented sentence: "the village of X in the Y Region, where …": X, not the region it lies in
        Table t = Fixtures.build("village.txt", """
                = Greeks in Norland =

                == Census ==
                The 2009 census counted 41,583 Greeks in Norland. In the village of Ostrovo in the Varna Region, where Greeks had been 70 percent of the inhabitants in 1970, they made up fewer than 30 percent by 2009.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("share_pct", 70.0, "derived", false).has("region", "Ostrovo").has("group", "Greek").has("year", 1970);
        a.rowWith("share_pct", 30.0, "derived", false).has("region", "Ostrovo").has("group", "Greek").has("year", 2009);
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
    void aHedgedShareAfterACountAndItsDateIsThatCountsShare() {
        // invented sentence: "estimated it at N at the end of 2015, roughly S per cent of …": one row, count and share
        Table t = Fixtures.build("datedshare.txt", """
                = Greeks in Norland =

                == Census ==
                The 1989 census counted 52,000 Greeks in Norland. Their number has since fallen, and the statistics office estimated it at 38,600 at the end of 2015, roughly 0.71 per cent of the country's population.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 38_600L).has("group", "Greek").has("year", 2015).has("share_pct", 0.71);
    }

    /** Every figure the citizenship pre-check passes over has no citizenship group by the full patterns; returns their number. */
    private static int assertCitizenshipPreCheckAgrees(Analysis a) {
        int skipped = 0;
        for (ArticleContext ac : a.articles) {
            for (Prose p : ac.prose) {
                for (Quantity q : p.block.quantities()) {
                    if (!CitizenshipGroups.mayName(p.text, q)) {
                        assertNull(CitizenshipGroups.named(p, q), () -> p.block.at() + ": " + q.text() + " was skipped");
                        skipped++;
                    }
                }
            }
        }
        return skipped;
    }

    @Test
    void theCitizenshipPreCheckSkipsOnlyFiguresWithoutACitizenship() {
        // every figure of the development articles and seeds
        int skipped = assertCitizenshipPreCheckAgrees(DevelopmentArticles.analysis());
        assertTrue(skipped > 1000, () -> skipped + " figures skipped");
        // invented: each form of citizenship, in a block of its own, is read past the pre-check
        Analysis a = new Analysis(Corpus.of(List.of(ArticleParser.parse("citizens-pre-check.txt", """
                = Fixture Citizens =

                Of the 455,000 residents, 410,000 were Westlandic citizens (90.1%).

                Some 21,000 held Polish citizenship.

                About 14,000 had undetermined citizenship.

                The remaining 10,000 were citizens of other countries.

                The number of stateless residents has fallen to 9,000.

                In 1990 the town had 52,000 inhabitants.
                """))), Rules.defaults());
        assertEquals(1, assertCitizenshipPreCheckAgrees(a)); // 52,000 only
        List<Prose> prose = a.articles.get(0).prose;
        List<String> groups = List.of("Westlandic citizen", "Polish citizen", CitizenshipGroups.STATELESS,
                DemographicsTable.REMAINDER, CitizenshipGroups.STATELESS);
        for (int i = 0; i < groups.size(); i++) {
            Prose p = prose.get(i);
            List<Quantity> qs = p.block.quantities();
            assertEquals(groups.get(i), CitizenshipGroups.group(p, qs.get(qs.size() == 3 ? 1 : 0)), p.text);
        }
    }

    @Test
    void aPeopleWhoseNameHasNoPluralEndingBeforeRemainIsTheSubjectThemStandsFor() {
        // "Most Westland Hui remain herders": "remain" is the verb of the people, not a noun "Hui remain" as in "Hui
        // remains", so "of them" in the next sentence stands for the Hui
        Table t = Fixtures.build("remain.txt", """
                = Hui of Westland =

                == Way of life ==
                Most Westland Hui remain herders. In 2011 about 4,200 of them lived in towns and 18,600 in the countryside.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 4_200L).has("group", "Hui").has("region", "Westland (urban)").has("year", 2011);
        a.rowWith("population", 18_600L).has("group", "Hui").has("region", "Westland (rural)").has("year", 2011);
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
    void aSentenceOpenedByTheyBetweenACountAndOfThemKeepsThePeopleOfTheSentenceBefore() {
        // "They were more urban than most.": "them" after it stands for the people "They" stands for
        Table t = Fixtures.build("they.txt", """
                = Greeks of Norland =

                == Census ==
                The 1979 census counted 40,000 Greeks in Norland. They were more urban than most. In 1989 some 30,000 of them lived in towns, and about 10,000 in villages.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 30_000L).has("group", "Greek").has("region", "Norland (urban)").has("year", 1989);
        a.rowWith("population", 10_000L).has("group", "Greek").has("region", "Norland (rural)").has("year", 1989);
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
    void theirNumberAfterASentenceOpenedByMostOfThemIsThePeopleCountedBefore() {
        // "Most of them spoke Russian at home.": its "them" are the Greeks, and "Russian" is their language, so
        // "their number" in the next sentence is the Greeks'
        Table t = Fixtures.build("theirnumber.txt", """
                = Greeks of Norland =

                == Census ==
                The 2009 census counted 9,300 Greeks in Norland. Most of them spoke Russian at home. Early results of the 2022 census put their number at about 7,300.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 9_300L).has("group", "Greek").has("year", 2009);
        a.rowWith("population", 7_300L).has("group", "Greek").has("region", "Norland").has("year", 2022);
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
    void theInfoboxPopulationOfATitleThatPlacesAPeopleWithoutAPluralEndingIsThatPeoples() {
        Table t = Fixtures.build("huiin.txt", """
                = Hui in Westland =

                Infobox
                - Name: Hui in Westland
                - Population Estimate: 48,300
                - Population Estimate Year: 2011

                The Hui of Westland are Muslims.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 48_300L).has("group", "Hui").has("year", 2011);
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
    void aPartLivingInPlacesCountedInWordsIsCountedThere() {
        Table t = Fixtures.build("fourvillages.txt", """
                = Greeks of Norland =

                == Census ==
                The 1926 census counted 4,100 Greeks in the Norland ASSR, of whom about 1,100 lived in the three Ostvale villages.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 4_100L).has("region", "Norland ASSR").has("group", "Greek");
        a.rowWith("population", 1_100L).has("region", "Ostvale villages").has("group", "Greek").has("year", 1926);
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

    @Test
    void wordsInLowerCaseInBracketsAfterATablesPlaceSayWhatPartOfItIsCountedAndStayInTheRegion() {
        Table t = Fixtures.build("qualifiedcell.txt", """
                = Greeks of Norland =

                == Census ==
                The 2010 census counted 40,000 Greeks in Norland.

                  - Greek population by prefecture, 2010 census**

                | Division | Total population | Greeks | Greek share (%) |
                | Ostvale Prefecture (directly administered) | 1,482,592 | 12,200 | 0.82 |
                | Westburg (Eastburg) | 370,809 | 2,400 | 0.65 |
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 12_200L).has("region", "Ostvale Prefecture (directly administered)").has("group", "Greek");
        a.rowWith("population", 2_400L).has("region", "Westburg").has("group", "Greek");
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
    void aDistrictNamedForAPeopleIsThePlaceItsOpeningNames() {
        Table t = Fixtures.build("peoplesdistrict.txt", """
                = Greeks of Norland =

                == Census ==
                Within the Ostvale Region the Greeks live in three districts. In the Greek District, centred on Varos, the 2009 census counted 3,100 Greeks among 5,300 inhabitants, or 58.5%; Norlanders made up 40.0%.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 3_100L).has("region", "Greek District").has("group", "Greek").has("share_pct", 58.5);
        a.rowWith("population", 5_300L).has("region", "Greek District").has("group", "All");
    }

    private static final String PARTS_BY_PLACE = """
            = Greeks of Norland =

            == Distribution ==
            The 2009 census counted 24,700 Greeks in Norland, 1.4% of its 1,760,000 people. Of them, 14,700 lived in the Ostvale Region, where they were 8.2% of the population, and 6,400 in the city of Varos, 4.4% of its some 145,000 residents. Smaller communities were recorded in the Westburg Region (about 360), in Eastburg (about 190) and in Southby (roughly 110).
            """;

    @Test
    void thePartsOfThemAfterAPeoplesCountAndItsShareOfAWholeAreThatPeoplesNotTheWholes() {
        TableAsserts a = TableAsserts.of(Fixtures.build("partsbyplace.txt", PARTS_BY_PLACE).demographics());
        a.rowWith("population", 1_760_000L).has("group", "All");
        a.rowWith("population", 14_700L).has("group", "Greek").has("region", "Ostvale").has("year", 2009).has("share_pct", 8.2);
    }

    @Test
    void hedgedCountsInBracketsAfterPlacesWhereCommunitiesWereRecordedAreThosePlacesCounts() {
        TableAsserts a = TableAsserts.of(Fixtures.build("partsbyplace.txt", PARTS_BY_PLACE).demographics());
        a.rowWith("population", 360L).has("group", "Greek").has("region", "Westburg").has("year", 2009);
        a.rowWith("population", 190L).has("group", "Greek").has("region", "Eastburg");
        a.rowWith("population", 110L).has("group", "Greek").has("region", "Southby");
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
    void aFallWithACommaBeforeFromStillGivesTheLevelsItFellFromAndTo() {
        TableAsserts a = TableAsserts.of(Fixtures.build("fellcomma.txt", """
                = Greeks of Norland =

                == Independence ==
                After 1991 the Greek population kept growing while that of Norland as a whole fell, from 2.4 million in 1989 to 2,153,126 at the census of 1999.
                """).demographics());
        a.rowWith("population", 2_400_000L).has("group", "All").has("region", "Norland").has("year", 1989);
        a.rowWith("population", 2_153_126L).has("group", "All").has("region", "Norland").has("year", 1999);
    }

    private static final String MEMBERS = """
            = Greeks of Norland =

            == Today ==
            By 2021 the Greek population of Norland had risen to 41,300. In that year 8,150 Greeks lived in the city of Varos, and about 19,000 in the Ostvale Region; some 23,500 members of the community now lived in towns.
            """;

    @Test
    void membersOfTheCommunityAreTheArticlesPeople() {
        TableAsserts a = TableAsserts.of(Fixtures.build("members.txt", MEMBERS).demographics());
        a.rowWith("population", 23_500L).has("group", "Greek").has("year", 2021);
    }

    @Test
    void aCountThatNowLivedInTownsAfterACitysCountIsTheUrbanPartOfTheArticlesPlace() {
        TableAsserts a = TableAsserts.of(Fixtures.build("members.txt", MEMBERS).demographics());
        a.rowWith("population", 23_500L).has("region", "Norland (urban)");
    }

    @Test
    void refugeesOfAPeopleLivingInCampsInAPartOfACountryAreAPopulationOfThatCountry() {
        TableAsserts a = TableAsserts.of(Fixtures.build("refugeecamps.txt", """
                = Eastland aid to Westland =

                == War ==
                Westland's army fought on in the south through 1987. Westland also sheltered the exiled Afghan opposition, and some 40,000 Afghan refugees lived in camps in northern Westland in 1986.
                """).demographics());
        a.rowWith("population", 40_000L).has("group", "Afghan").has("region", "northern Westland").has("year", 1986);
    }

    @Test
    void namibiansAreAPeople() {
        TableAsserts a = TableAsserts.of(Fixtures.build("namibians.txt", """
                = Eastland aid to Westland =

                == Refugees ==
                In 1986 some 15,000 Namibian refugees lived in camps in Westland.
                """).demographics());
        a.rowWith("population", 15_000L).has("group", "Namibian").has("region", "Westland").has("year", 1986);
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
    void aDistrictOfAnOblastIsTheDistrictNotTheOblast() {
        TableAsserts a = TableAsserts.of(Fixtures.build("districtof.txt", """
                = Greeks of Norland =

                == Distribution ==
                In 1989 the Greeks lived mostly in the south. In Lower Varos District of Ostvale Oblast Greeks made up 9.4 per cent of the population.
                """).demographics());
        a.rowWith("share_pct", 9.4).has("group", "Greek").has("region", "Lower Varos").has("year", 1989);
    }

    @Test
    void aPlaceAndToAfterAHomeToCountIsTheNextCountOfTheSamePeople() {
        TableAsserts a = TableAsserts.of(Fixtures.build("hometo.txt", """
                = Greeks of Norland =

                == Distribution ==
                In 1989 the Greeks were concentrated around the capital. Westmark Oblast was home to about 7,600 of them, 3.1% of the oblast's population, and the city of Varos to 4,500, or 1.2%.
                """).demographics());
        a.rowWith("population", 4_500L).has("group", "Greek").has("region", "Varos").has("year", 1989).has("share_pct", 1.2);
    }

    @Test
    void aCommunityCountedInPeopleIsTheArticlesPeople() {
        TableAsserts a = TableAsserts.of(Fixtures.build("communitypeople.txt", """
                = Greeks of Norland =

                == Emigration ==
                Emigration in the 1990s reduced the community to fewer than 4,000 people by 2009. The town's 12,000 people elected a Greek mayor in 2010.
                """).demographics());
        a.rowWith("population", 4_000L).has("group", "Greek").has("year", 2009);
        a.rowWith("population", 12_000L).has("group", "All");
    }

    @Test
    void aFigureGivenForBothOfTwoYearsIsARowOfEachYear() {
        Table t = Fixtures.build("bothyears.txt", """
                = Greeks of Norland =

                == Census ==
                In Norland the Greeks made up 2.3% of the population in both 1999 and 2009.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("share_pct", 2.3, "year", 1999).has("group", "Greek").has("region", "Norland");
        a.rowWith("share_pct", 2.3, "year", 2009).has("group", "Greek").has("region", "Norland");
    }

    @Test
    void partsOfTheCountBeforeOpenedByOfThemThatLivedInTownsOrTheCountrysideAreItsUrbanAndRuralParts() {
        Table t = Fixtures.build("ofthemparts.txt", """
                = Greeks in Norland =

                == Census ==
                The 1979 census recorded 50,400 Greeks in Norland. Of them, 38,100 lived in towns and cities and 12,300 in the countryside.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 38_100L).has("region", "Norland (urban)").has("group", "Greek").has("year", 1979);
        a.rowWith("population", 12_300L).has("region", "Norland (rural)").has("group", "Greek").has("year", 1979);
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
    void aLevelReachedAfterAnAdverbialSetOffByACommaContinuesTheCountBefore() {
        Table t = Fixtures.build("leveladverbial.txt", """
                = Greeks in Norland =

                == Census ==
                The 1959 census counted only 40,100 Greeks in Norland. The community grew again over the next two decades, to 45,600 in 1970 and 49,900 in 1979.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 45_600L).has("group", "Greek").has("region", "Norland").has("year", 1970);
        a.rowWith("population", 49_900L).has("group", "Greek").has("region", "Norland").has("year", 1979);
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
    void aPlacesBareCountWithItsNounLeftOutCountsThePeopleCountedJustBefore() {
        Table t = Fixtures.build("ellipticcount.txt", """
                = Greeks in Norland =

                == Regions ==
                The 2009 census found Greeks in every province. Ostburg had 9,980 Greek residents. Eastburg, the capital since 1997, had about 2,900.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 2_900L).has("group", "Greek").has("region", "Eastburg").has("year", 2009);
        Table whole = Fixtures.build("ellipticwhole.txt", """
                = Westburg =

                == Population ==
                The 2009 census had counted some 61,000 inhabitants in the town, among them a Greek community of about 1,000, while Northburg had 48,000.
                """).demographics();
        TableAsserts.of(whole).rowWith("population", 48_000L).has("group", "All"); // the whole's noun, not the part's
    }

    @Test
    void aPeopleFromOnePlaceThatLivedInAnotherIsCountedWhereItLived() {
        Table t = Fixtures.build("fromlivedin.txt", """
                = Greeks in Norland =

                == Migration ==
                The 2009 census counted 41,000 Greeks in Norland. Labour migration to Westmark has grown since the 2000s: by 2019 some 9,000 Greeks from Norland lived in Westmark, most of them on work visas.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 9_000L).has("region", "Westmark").has("group", "Greek").has("year", 2019);
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
    void aBareCountAfterAColonCountsThePeopleTheClauseBeforeSaysLivedThere() {
        Table t = Fixtures.build("livedcolon.txt", """
                = Greeks in Norland =

                == History ==
                Some 69,000 Greeks lived in Westmark by 1926. Very few Greeks lived in Norland before the war: the 1926 census recorded 42 in the whole of the Norland ASSR, most of them traders in Ostburg.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 42L).has("group", "Greek").has("region", "Norland ASSR").has("year", 1926);
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
    void aPlaceWithAnAppositiveAfterAndCountsItsOwnInhabitantsNotTheGroupBefore() {
        Table t = Fixtures.build("capital.txt", """
                = Greeks in Norland =

                == Background ==
                The region's population was estimated at about 2 million in 1950, of whom some 600,000 were Greeks, and Ostburg, the capital, had some 90,000 inhabitants.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 600_000L).has("group", "Greek");
        a.rowWith("population", 90_000L).has("group", "All").has("region", "Ostburg").has("year", 1950);
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
    void aCountAfterADeclineToContinuesTheCountBeforeEvenPastARemark() {
        Table t = Fixtures.build("decline.txt", """
                = Greeks in Norland =

                == Census ==
                The census of 1989 counted 52,000 Greeks in Norland; by 1999 the number had risen to 58,000, the highest ever recorded, before it began a slow decline to 31,000 in 2009 and 27,500 in 2021.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 31_000L).has("group", "Greek").has("year", 2009);
        a.rowWith("population", 27_500L).has("group", "Greek").has("year", 2021);
    }

    @Test
    void placesWithCountsAfterAndTheVerbLeftOutCountThePeopleCountedBefore() {
        Table t = Fixtures.build("gapped.txt", """
                = Greeks in Norland =

                == Towns ==
                In 2009 some 14,000 Greeks lived in towns; Ostburg alone had 3,100 and Westburg 2,700.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 3_100L).has("group", "Greek").has("region", "Ostburg").has("year", 2009);
        a.rowWith("population", 2_700L).has("group", "Greek").has("region", "Westburg").has("year", 2009);
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
    void aCountAndAShareOfOneGroupInOneUrbanOrRuralPartAreOneRow() {
        Table t = Fixtures.build("partrows.txt", """
                = Greeks in Norland =

                == Towns ==
                The 2009 census counted 27,000 Greeks, of whom some 9,000 lived in towns and 18,000 in villages; Greeks then made up 2% of the urban population but only 4% of the rural population.

                In 1989 the census counted 25,000 Greeks, of whom 8,000 lived in towns and 17,000 in villages, and Greeks made up 3% of the urban population and 5% of the rural population.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 9_000L).has("share_pct", 2.0).has("region", "Norland (urban)").has("group", "Greek");
        a.rowWith("population", 18_000L).has("share_pct", 4.0).has("region", "Norland (rural)").has("year", 2009);
        a.rowWith("population", 8_000L).has("share_pct", 3.0).has("region", "Norland (urban)").has("year", 1989);
        a.rowWith("population", 17_000L).has("share_pct", 5.0).has("region", "Norland (rural)");
        a.hasNoRowWith("share_pct", 2.0, "population", null);
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
    void aBareFigureAgainstAMedianAgeGivenInYearsIsAnAge() {
        Table t = Fixtures.build("agedyears.txt", """
                = Greeks in Norland =

                == Census ==
                The 2009 census counted 27,000 Greeks. The community has also aged: in 2009 the median age of Norland's Greeks was 48 years, against 31 for the country as a whole.
                """).demographics();
        TableAsserts.of(t).hasNoRowWith("population", 31L);
    }

    @Test
    void aCommunityThatPeakedAtAFigureCountsTheArticlesPeople() {
        Table t = Fixtures.build("peaked.txt", """
                = Greeks in Norland =

                Greeks in Norland are citizens and residents of Norland of Greek ethnic origin. Most are descendants of Greeks deported from the coast in 1944. The community peaked at roughly 61,400 at the census of 1970 and has declined since; the 2021 census counted 25,000 Greeks.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 61_400L).has("group", "Greek").has("year", 1970).has("region", "Norland");
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
    void aPlaceAnAppositiveCallsATownOrARegionIsTheRegionOfTheFiguresTheAppositiveGives() {
        Table t = Fixtures.build("appositive.txt", """
                = Soviet aid to Westland =

                == Projects ==
                The main project was the harbour at Port Elmo on the Gray Sea, a town of about 9,000 inhabitants in 1971.

                The column moved north from Tamsk, a small market town of about 3,000 inhabitants in 1950, toward Varna.

                In 1977 the Norden, a Westland province where ethnic Greeks made up some 80 percent of roughly 600,000 inhabitants, rose in revolt.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 9_000L).has("region", "Port Elmo").has("group", "All").has("year", 1971);
        a.rowWith("population", 3_000L).has("region", "Tamsk").has("group", "All").has("year", 1950);
        a.rowWith("share_pct", 80.0).has("region", "Norden").has("group", "Greek").has("year", 1977);
        a.rowWith("population", 600_000L).has("region", "Norden").has("group", "All");
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
    void aPlacesBareFigureWithOrInBracketsOrHeldCountsThePeopleTheParagraphCountedLast() {
        Table t = Fixtures.build("tiedplaces.txt", """
                = Greeks in Norland =

                == History ==
                The 1926 census recorded 12,500 Greeks in Norland. Of them, 9,900 lived in rural districts, most of them in Ostvale Okrug, which held some 5,000.

                The 1959 census counted 40,100 Greeks in Norland, 1.1 per cent of the population. Westburg Oblast, with 11,300, had overtaken Ostvale Oblast (9,400) as the main centre, while the old Tamsk Oblast, later Varna Oblast, held around 7,000.

                By 2009 the community was largely urban: 18,400 Greeks lived in towns and 9,100 in rural areas. Westburg Region remained the largest centre with 8,000, ahead of Ostvale Region with 6,900.

                In 1960 the census counted 4,100 Greeks in Eastland. Ostburg, with 150,000, was 2 percent Greek.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 5_000L).has("group", "Greek").has("region", "Ostvale Okrug").has("year", 1926);
        a.rowWith("population", 11_300L).has("group", "Greek").has("region", "Westburg Oblast").has("year", 1959);
        a.rowWith("population", 9_400L).has("group", "Greek").has("region", "Ostvale Oblast").has("year", 1959);
        a.rowWith("population", 7_000L).has("group", "Greek").has("region", "Tamsk Oblast").has("year", 1959);
        a.rowWith("population", 8_000L).has("group", "Greek").has("region", "Westburg").has("year", 2009);
        a.rowWith("population", 6_900L).has("group", "Greek").has("region", "Ostvale").has("year", 2009);
        a.hasNoRowWith("population", 150_000L, "group", "Greek"); // a town's whole, its people's share after it
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
    void eachPlaceOfAListOfTownsWithCountsAndTheVerbLeftOutIsThatCountsPlace() {
        Table t = Fixtures.build("towns.txt", """
                = Greeks in Norland =

                == Towns ==
                In 1979 the Greeks lived mostly in towns. Among other towns, Westburg had 8,200 Greeks (4.1%), Ostvale 6,300, Norby 2,900, and Eastham and Southby around 1,700 and 1,100 respectively.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 8_200L).has("region", "Westburg").has("group", "Greek").has("share_pct", 4.1);
        a.rowWith("population", 6_300L).has("region", "Ostvale").has("group", "Greek").has("year", 1979);
        a.rowWith("population", 2_900L).has("region", "Norby").has("group", "Greek");
        a.rowWith("population", 1_700L).has("region", "Eastham").has("group", "Greek");
        a.rowWith("population", 1_100L).has("region", "Southby").has("group", "Greek");
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
    void urbanAndRuralCountsAfterAColonAreThoseOfThePeopleTheClauseBeforeItIsAbout() {
        Table t = Fixtures.build("colonparts.txt", """
                = Greeks in Norland =

                == Census ==
                The census of 1926 recorded 9,401 Greeks, or 0.4% of the republic's 2,321,000 inhabitants. Most of them were town dwellers: 7,600 lived in urban settlements and 1,800 in the countryside.

                The 1989 census recorded 46,829 Greeks (2.4%) in a population of 2.8 million. The Greeks remained an urban people: 40,300 lived in towns and 6,500 in rural areas, making up 5.0% of the urban population but only 0.6% of the rural population.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 7_600L).has("group", "Greek").has("region", "Norland (urban)").has("year", 1926);
        a.rowWith("population", 1_800L).has("group", "Greek").has("region", "Norland (rural)").has("year", 1926);
        a.rowWith("population", 40_300L).has("group", "Greek").has("region", "Norland (urban)").has("share_pct", 5.0)
                .has("year", 1989);
        a.rowWith("population", 6_500L).has("group", "Greek").has("region", "Norland (rural)").has("share_pct", 0.6);
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
    void aPeoplesCountAfterInAPlaceAndWithIsCountedInThatPlace() {
        Table t = Fixtures.build("inwith.txt", """
                = Greeks in Norland =

                == History ==
                The census of 1897 counted 2,500 Greeks in the Westmark Oblast. Smaller colonies lived in Westburg, with roughly 1,100 Greeks, and in Norby, with about 450.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 1_100L).has("group", "Greek").has("region", "Westburg").has("year", 1897);
        a.rowWith("population", 450L).has("group", "Greek").has("region", "Norby").has("year", 1897);
    }

    @Test
    void aCommunityThatHadGrownToAFigureIsTheArticlesPeopleAlsoAfterASentenceWithNoCount() {
        Table t = Fixtures.build("grownto.txt", """
                = Greeks in Norland =

                Infobox
                - Group: Greeks in Norland

                == Census ==
                The census of 1926 recorded 9,401 Greeks in Norland. Then more came to work in the new factories of the north. By 1939 the community had grown to 17,157, or 0.7% of the population.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 17_157L).has("group", "Greek").has("share_pct", 0.7).has("year", 1939);
    }

    @Test
    void aCountThatSomethingReducedItToIsTheLevelOfTheCountBefore() {
        Table t = Fixtures.build("reducedit.txt", """
                = Greeks in Norland =

                Infobox
                - Group: Greeks in Norland

                Their community grew from a few merchants in the late 19th century to 48,764 people at the census of 1979. Emigration and a low birth rate have since reduced it to an estimated 17,400 in 2021, about 0.5% of the country's population.

                The Westburg district counted some 15,000 people in 1914, about half of them Greeks.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 17_400L).has("group", "Greek").has("share_pct", 0.5).has("year", 2021)
                .has("region", "Norland");
        TableAsserts.of(t).rowWith("population", 15_000L).has("group", "All").has("share_pct", null);
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
    void aPlaceTiedToACountByWithPastAnAppositiveGivingItsNameAtAnotherTimeIsThePlaceNotTheOtherName() {
        Table t = Fixtures.build("thencalled.txt", """
                = Greeks in Norland =

                == Cities ==
                In 1989 the census counted 7,100 Greeks in Ostburg. It was followed by Westburg with 4,200 and Varna, then called Stalino, with 1,900.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 1_900L).has("group", "Greek").has("region", "Varna").has("year", 1989);
    }

    @Test
    void aWhereClauseAfterAnAppositiveThatPlacesAPlaceFromAnotherIsAboutThatPlace() {
        Table t = Fixtures.build("southof.txt", """
                = Greeks in Norland =

                == Villages ==
                In 1989 the census counted 7,100 Greeks in Ostburg. Outside the cities the largest community was at Kolka, south of Ostburg, where Greeks numbered nearly 1,500, some 8 per cent of the town's population.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 1_500L).has("group", "Greek").has("region", "Kolka").has("share_pct", 8.0);
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
    void aCountOutOfAPopulationAfterAnAdjectiveOfNoPeopleIsTheWhole() {
        Table t = Fixtures.build("outofwhole.txt", """
                = Greeks in Norland =

                == Census ==
                The community became urban. Of the 46,700 Greeks counted in 1989, 31,400 lived in towns and 15,300 in villages, out of a republican population of 6,464,464.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 6_464_464L).has("group", "All").has("year", 1989).has("region", "Norland");
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
    void aWhereClauseCountsInThePlaceBeforeItAlsoAfterItsRegionNounOrWithItsKeptNoun() {
        Table t = Fixtures.build("wherenoun.txt", """
                = Greeks in Norland =

                == Census ==
                The census of 2010 counted 40,000 Greeks in Norland, most of them in the northern province of Westvale, where they formed 12.5 per cent of the population.

                The imperial count of 1897 found 9,000 Greeks in the Ostmark Governorate. The largest group lived in Varos uyezd, where 4,100 Greeks were 21.5% of its 19,100 people.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("share_pct", 12.5, "derived", false).has("region", "Westvale").has("group", "Greek").has("year", 2010);
        a.rowWith("population", 4_100L).has("region", "Varos uyezd").has("group", "Greek").has("share_pct", 21.5).has("year", 1897);
        a.rowWith("population", 19_100L).has("region", "Varos uyezd").has("group", "All");
    }
    @Test
    void aNumberedRegionEntryOfTheInfoboxGivesThePeoplesCountInThatPlacePastADashAndAHedge() {
        Table t = Fixtures.build("regionn.txt", """
                = Greeks in Norland =

                Infobox
                - Group: Greeks in Norland
                - Population Estimate: 52,000
                - Region1: Westvale – 31,400 (2015)
                - Region2: Ostburg – about 9,000 (2015)

                Greeks in Norland are a people of Norland. Most of them live in Westvale and Ostburg.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 31_400L).has("region", "Westvale").has("group", "Greek").has("year", 2015);
        a.rowWith("population", 9_000L).has("region", "Ostburg").has("group", "Greek").has("year", 2015);
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
    void aPeopleTheParagraphNamesByAnOlderNameAndSaysSoIsCountedUnderItsOwnName() {
        Table t = Fixtures.build("thencalled.txt", """
                = Uzbeks in Norland =

                == Before 1917 ==
                The imperial census of 1897 counted 45,000 Sarts, as Uzbeks were then called, in the Ostmark Governorate. Most of them lived in Varos uyezd, where 21,600 Sarts made up 40.5% of its 53,300 inhabitants.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 45_000L).has("group", "Uzbek").has("region", "Ostmark Governorate").has("year", 1897);
        a.rowWith("population", 21_600L).has("group", "Uzbek").has("region", "Varos uyezd").has("share_pct", 40.5);
        a.rowWith("population", 53_300L).has("group", "All");
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
    void aPlacesCommunityAsTheSubjectOfACountsClauseCountsInThatPlace() {
        Table t = Fixtures.build("possessed.txt", """
                = Greeks in Norland =

                == Since 1991 ==
                In 2014 Westvale had 9,000 Greeks, while Ostburg's community had grown to 3,500, or 0.9% of the city.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 9_000L).has("region", "Westvale");
        a.rowWith("population", 3_500L).has("region", "Ostburg").has("group", "Greek").has("share_pct", 0.9).has("year", 2014);
    }
    @Test
    void aSettlementNamedBetweenCommasBeforeOfAndACountIsThatCountsPlace() {
        Table t = Fixtures.build("betweencommas.txt", """
                = Norland in 1960 =

                == Background ==
                With some 2.3 million inhabitants in 1960, most of them herders, and a capital, Ostburg, of about 90,000 people, Norland was among the poorest states of the region.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 2_300_000L).has("region", "Norland").has("group", "All");
        a.rowWith("population", 90_000L).has("region", "Ostburg").has("group", "All").has("year", 1960);
    }
}
