package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.DemographicsFixture.*;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** Infobox figures: the population entries of an infobox, their place, group and year, and the article place the infobox gives. */
class DemographicsInfoboxTest {

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
    void anInfoboxCountAndTheShareInBracketsAfterItAreOneRow() {
        Table t = Fixtures.build("greeksinfobox.txt", """
                = Greeks in Norland =

                Infobox
                - Population: 412,300 (6.8% of the population, 2016 census)

                Greeks in Norland are citizens of Norland of Greek descent.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 412_300L).has("share_pct", 6.8).has("year", 2016);
        a.hasNoRowWith("share_pct", 6.8, "population", null);
    }
}
