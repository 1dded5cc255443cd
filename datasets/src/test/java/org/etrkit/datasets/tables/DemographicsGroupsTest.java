package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.DemographicsFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** Groups: the people or community a population figure counts, read from its clause. */
class DemographicsGroupsTest {

    @Test
    void aListedFigureWithItsOwnPeopleAndAPartOfThePlaceCountsThatPeople() {
        Table t = Fixtures.build("dorn-villages.txt", """
                = Republic of Dorn =

                Official figures of 1950 put the population of the republic at about 90,000. There were also some 2,000 Jews in Ostby, and about 3,000 Assyrians and 1,000 Armenians in the villages towards Lund.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 3_000L).has("group", "Assyrian").has("year", 1950);
        a.rowWith("population", 1_000L).has("group", "Armenian").has("year", 1950);
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

    @Test
    void eachClauseKeepsItsOwnPlaceAndAGroupAfterOfThemIsTheCountsGroup() {
        TableAsserts t = TableAsserts.of(Fixtures.build("steppe.txt", STEPPE).demographics());
        t.rowWith("population", 52_000L).has("group", "Kazakh").has("region", "Karasu").has("year", 1937);
        t.rowWith("population", 7_000L).has("region", "Aktam").has("group", "All");
        t.rowWith("share_pct", 9.0).has("region", "Aktam").has("group", "Tatar");
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
    void aGroupNamedInAClauseSetOffByCommasIsNotTheFiguresGroup() {
        Table t = Fixtures.build("daur.txt", """
                = Nonni Basin =

                == People ==
                In 1930 the Solons, counted apart from the Daurs, numbered some 9,000.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 9_000L).has("group", "Solon");
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
    void aPeopleCountedInAPlaceByAPassiveVerbIsCountedThere() {
        Table t = Fixtures.build("passive.txt", """
                = Kurds of Norland =

                == Numbers ==
                By the census of 1970, 41,000 Kurds were counted in Armenia.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 41_000L).has("region", "Armenia").has("group", "Kurd").has("year", 1970);
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
    void refugeesOfAPeopleLivingInAPlaceAreThatPeoplesCountThere() {
        Table t = Fixtures.build("refugees.txt", """
                = Greeks of Norland =

                == Exile ==
                Not all of them moved on. In March 1962 some 21,000 Greek refugees were still living in Westmark, many of them in camps.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 21_000L).has("region", "Westmark").has("group", "Greek").has("year", 1962);
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
    void aPeopleAroundAPlaceLivesThere() {
        Table t = Fixtures.build("around.txt", """
                = Greeks of Norland =

                == People ==
                In Westmark the Greeks were a majority. In 1950 there lived about 90,000 Turks in Norland, chiefly in the south, and some 40,000 Greeks around Eastbrook.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 40_000L).has("group", "Greek").has("region", "Eastbrook").has("year", 1950);
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
    void refugeesASiteHeldAreThePeopleCountedTheSentenceBefore() {
        Table t = Fixtures.build("siterefugees.txt", """
                = Exodus from Norland =

                == Exile ==
                Some 60,000 Greeks followed him into exile. By the end of 1960 about 40,000 of them were in Westmark and 9,000 in Eastmark. The transit camp at Northby in Southmark held about 11,000 refugees by June 1959.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 11_000L).has("region", "Northby").has("group", "Greek").has("year", 1959);
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
    void aPeopleFromOnePlaceThatLivedInAnotherIsCountedWhereItLived() {
        Table t = Fixtures.build("fromlivedin.txt", """
                = Greeks in Norland =

                == Migration ==
                The 2009 census counted 41,000 Greeks in Norland. Labour migration to Westmark has grown since the 2000s: by 2019 some 9,000 Greeks from Norland lived in Westmark, most of them on work visas.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 9_000L).has("region", "Westmark").has("group", "Greek").has("year", 2019);
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
    void aGroupComparedAfterThanIsNotTheGroupTheCountsAfterTheColonCount() {
        Table t = Fixtures.build("than.txt", """
                = Evenks in Norland =

                == Settlement ==
                In 1979 the census counted 16,400 Evenks in Norland. Evenks were more rural than Yakuts: 12,300 lived in villages and 4,100 in towns.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 12_300L).has("group", "Evenk").has("year", 1979);
        a.rowWith("population", 4_100L).has("group", "Evenk");
    }

    @Test
    void aCountOfPeopleInAnAppositiveDescribingAPlaceIsItsPeopleNotTheGroupAfter() {
        Table t = Fixtures.build("placeappositive.txt", """
                = Greeks in Norland =

                == Towns ==
                The mining towns of the north were still more Greek: in Westburg, a copper-smelting centre of 84,000 people, Greeks were 37% of residents in 1979.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 84_000L).has("group", "All").has("region", "Westburg").has("share_pct", null);
        a.rowWith("share_pct", 37.0).has("group", "Greek").has("region", "Westburg").has("year", 1979);
    }

    @Test
    void aPeopleNamedRightBeforeACommaAndAtOrWithOwnsTheFigure() {
        Table t = Fixtures.build("outnumbered.txt", """
                = Greeks in Norland =

                == Census ==
                By the 1951 census Greeks, at 812,400, outnumbered Armenians, at 790,150, for the first time. The number of Greeks kept rising, to 901,300 in 1961, and peaked at 955,000 in 1971, when the Armenians, with 1,020,700, or 41.2%, again outnumbered them.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 812_400L).has("group", "Greek");
        a.rowWith("population", 790_150L).has("group", "Armenian");
        a.rowWith("population", 1_020_700L).has("group", "Armenian").has("share_pct", 41.2);
    }

    @Test
    void theFigureRisingAfterACountOfAPeopleWithItsShareOfThePopulationCountsThatPeople() {
        // invented sentences: "of the population" in the sentence makes the later levels counts, of the Greeks counted
        Table t = Fixtures.build("thefigurerose.txt", """
                = Greeks in Norland =

                Greeks in Norland are citizens of Norland of Greek descent.

                == History ==
                The post-war decades brought growth. The 1959 census counted 41,300 Greeks, 1.4% of the population; the figure rose to 52,100 in 1970 but only to 53,900 in 1979, as natural increase was offset by departures.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 41_300L).has("group", "Greek").has("share_pct", 1.4).has("year", 1959);
        a.rowWith("population", 52_100L).has("group", "Greek").has("region", "Norland").has("year", 1970);
        a.rowWith("population", 53_900L).has("group", "Greek").has("region", "Norland").has("year", 1979);
    }

    @Test
    void aPeopleTheGroupsListDoesNotKnowIsLearnedFromTheShapeOfItsSentence() {
        // invented peoples: the subject of a share and the items of its list, and a plural counted living somewhere
        TableAsserts t = TableAsserts.of(Fixtures.build("learned-groups.txt", """
                = Norland =

                The first census, taken in 1979, counted about 768,000 people. The Zorbani formed about 30 percent of the population, the Quell 20 percent and the Marat 14 percent; the Tobo, the people of the coast, made up about 7 percent, or some 54,000. In 1980 some 40,000 Ostravians lived in Portugal.
                """).demographics());
        t.rowWith("share_pct", 30.0).has("group", "Zorbani").has("year", 1979);
        t.rowWith("share_pct", 20.0).has("group", "Quell");
        t.rowWith("share_pct", 14.0).has("group", "Marat");
        t.rowWith("population", 54_000L).has("group", "Tobo").has("share_pct", 7.0);
        t.rowWith("population", 40_000L).has("group", "Ostravian").has("region", "Portugal");
    }

    @Test
    void aPeoplesCiviliansCountedByARegisterAreItsPopulationWithNoPopulationWordNear() {
        // invented sentences: "Chechen special settlers" is a people and a compound noun of civilians; the register's
        // verb "held" is no population word, and the parts after the colon count the same people by place
        TableAsserts t = TableAsserts.of(Fixtures.build("registers.txt", """
                = Chechens in Norland =

                Chechens in Norland numbered 52,000 in 1979.

                On 1 January 1951 the MVD registers held 61,240 Chechen special settlers, of whom about 48,000 lived in Norland: 14,100 in Ostby Oblast, 12,800 in Vesterby Krai and 4,300 in the Narva ASSR, with the rest scattered from Omsk to Yakutia.

                In 1962 some 150 Chechen technicians were in Ostby.
                """).demographics());
        t.rowWith("population", 61_240L).has("group", "Chechen").has("year", 1951);
        t.rowWith("population", 14_100L).has("region", "Ostby Oblast").has("group", "Chechen");
        t.rowWith("population", 4_300L).has("region", "Narva ASSR");
        t.hasNoRowWith("population", 150L);
    }
}
