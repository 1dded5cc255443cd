package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.DemographicsFixture.*;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** Census tables: population tables, their columns, rows and captions. */
class DemographicsTablesTest {

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
    void aPlaceRowEndingInACommaAndATotalWordIsThatPlace() {
        Table t = Fixtures.build("vellan-oblasts.txt", """
                = Greeks of Vellar =

                The Greeks were counted by oblast.

                  - Greeks in the Vellan SSR by oblast, 1959–1970**

                | Oblast | 1959 | 1970 |
                | Ostvale Oblast | 2,310 | 2,040 |
                | Other oblasts | 870 | 910 |
                | Vellan SSR, total | 3,180 | 2,950 |
                | Sources: written for this test. | | |
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 3_180L).has("region", "Vellan SSR").has("group", "Greek").has("year", 1959);
        a.rowWith("population", 2_950L).has("region", "Vellan SSR").has("group", "Greek").has("year", 1970);
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
    void anUnlistedPeoplesColumnsWithYearsInBracketsCountThatPeopleUnderACaptionNamingIt() {
        // invented table: a people the groups list does not know heads the count columns; its caption names it
        Table t = Fixtures.build("learnedcolumns.txt", """
                = Tavars in Norland =

                == Settlement ==
                  - Tavar special settlers in the Norland SSR by oblast, 1 May 1951 and 1 March 1955**

                | Oblast | Settlements | Families (1951) | Tavars (1951) | Tavars (1955) |
                | Eastmark | 40 | 1,210 | 4,630 | 3,980 |
                | Westmark | 22 | 705 | 2,140 | 1,870 |
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 4_630L).has("region", "Eastmark").has("year", 1951);
        a.rowWith("population", 3_980L).has("region", "Eastmark").has("year", 1955);
        a.rowWith("population", 1_870L).has("region", "Westmark").has("year", 1955);
        a.hasNoRowWith("population", 1_210L);
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
    void aPlaceCellsBracketSayingOnlyThatItIsTheCityOrTownIsDroppedSoTheCityHasTheNameProseGivesIt() {
        // invented table: "Port Selden (city)" is the city prose calls "Port Selden", beside its province of the same name
        Table t = Fixtures.build("city.txt", """
                = Greeks in Norland =

                == Distribution ==
                  - Greek population by province, 1979 census**

                | Province | Greeks | Share (%) |
                | Port Selden (city) | 17,400 | 4.1 |
                | Port Selden Province | 8,800 | 1.9 |
                | Halden (town) | 2,150 | 6.6 |
                | Total | 28,350 | 3.3 |
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 17_400L).has("region", "Port Selden").has("group", "Greek").has("year", 1979);
        a.rowWith("population", 8_800L).has("region", "Port Selden Province");
        a.rowWith("population", 2_150L).has("region", "Halden");
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
    void aColumnOfTheShareOfAPeoplesOwnTotalIsNoShareOfThePopulation() {
        Table t = Fixtures.build("spreadtable.txt", """
                = Greeks in Norland =

                == Regions ==
                  - Greeks by region of Norland, 2011 census**

                | Region | Greeks | Share of the region's population (%) | Share of the country's Greeks (%) |
                | Westburg Oblast | 19,600 | 2.4 | 62.4 |
                | Ostvale Oblast | 11,800 | 1.3 | 37.6 |
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 19_600L).has("share_pct", 2.4).has("region", "Westburg Oblast").has("group", "Greek");
        a.rowWith("population", 11_800L).has("share_pct", 1.3).has("region", "Ostvale Oblast");
        a.hasNoRowWith("share_pct", 62.4).hasNoRowWith("share_pct", 37.6);
    }

    @Test
    void aTableOfAnArmysStrengthWhoseNameSaysPeoplesIsNoPopulationTable() {
        Table t = Fixtures.build("steppe.txt", """
                = Tamir Republic =

                The republic had about 600,000 inhabitants in 1930.

                == Army ==
                  - Strength of the People's Liberation Guard, 1928–1930**

                | Date | Rifles | Horse | Total |
                | May 1928 | 11,300 | 2,200 | 13,500 |
                | March 1930 | 17,800 | 4,100 | 21,900 |
                """).demographics();
        TableAsserts.of(t).hasNoRowWith("population", 13_500L).hasNoRowWith("population", 21_900L)
                .rowWith("population", 600_000L).has("group", "All");
    }

    @Test
    void aCaptionsGroupNameBeforeAnAdjectiveAndACivilianNounIsTheTablesGroup() {
        // invented table: "Chechen special settlers on the register by region": the persons counted are Chechens
        Table t = Fixtures.build("settlers-table.txt", """
                = Chechens in Norland =

                == Settlement ==

                Chechen special settlers on the register by region, 1 January 1950
                | Region | Families | Persons |
                | Westburg Oblast | 2,101 | 8,320 |
                | Ostvale Oblast | 1,450 | 5,910 |
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 8_320L).has("region", "Westburg Oblast").has("group", "Chechen").has("year", 1950);
        a.rowWith("population", 5_910L).has("region", "Ostvale Oblast").has("group", "Chechen");
    }

    @Test
    void aColumnOfTheShareOfAPeopleNamedBarePluralIsNoShareOfThePopulation() {
        Table t = Fixtures.build("spreadtable2.txt", """
                = Ossetians in Norland =

                == Regions ==
                Table: Ossetians by region, 2011 census
                | Region | Ossetians | Share of Ossetians (%) |
                | Westburg Oblast | 7,340 | 58.2 |
                | Ostvale Oblast | 5,270 | 41.8 |
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 7_340L).has("share_pct", null).has("region", "Westburg Oblast").has("group", "Ossetian")
                .has("year", 2011);
        a.rowWith("population", 5_270L).has("share_pct", null).has("region", "Ostvale Oblast");
        a.hasNoRowWith("share_pct", 58.2).hasNoRowWith("share_pct", 41.8);
    }

    @Test
    void aPeoplesColumnUnderACaptionCountingSettlersByPlaceCountsThatPeopleInEachRowsPlace() {
        // invented table: the caption counts settlers by district, the column names the people they are
        Table t = Fixtures.build("settlers-table2.txt", """
                = Chechens in Norland =

                == Settlement ==

                Special settlers by district of the Ostrov ASSR, 1 January 1952
                | District | Chechens | Share of Chechens in the republic |
                | Westburg District | 3,610 | 61.3% |
                | Ostvale District | 2,280 | 38.7% |
                | Total | 5,890 | 100% |
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 3_610L).has("region", "Westburg District").has("group", "Chechen").has("year", 1952)
                .has("share_pct", null);
        a.rowWith("population", 2_280L).has("region", "Ostvale District").has("group", "Chechen");
        a.rowWith("population", 5_890L).has("region", "Ostrov ASSR").has("group", "Chechen").has("year", 1952);
        a.hasNoRowWith("share_pct", 61.3);
    }
}
