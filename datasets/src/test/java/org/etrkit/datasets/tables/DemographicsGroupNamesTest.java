package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.DemographicsFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.etrkit.datasets.extract.Quantity;
import org.etrkit.datasets.parse.ArticleParser;
import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** Group names: which words name a people (the lexicon's peoples, their other names, qualifiers and citizenships) and which do not. */
class DemographicsGroupNamesTest {

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
    void finnsAndTheLargerPeoplesOfNigeriaAreGroupsOfTheLexicon() {
        Table t = Fixtures.build("ostrava-finns.txt", """
                = Settlers of Ostrava =

                == People ==
                By 1950 the Finnish population of the Ostrava Oblast had fallen to 41,210. The Dorn Province had 3,400,000 people in 1952, of whom about 1.9 million were Yoruba and some 600,000 Hausa.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 41_210L).has("group", "Finnish").has("region", "Ostrava Oblast").has("year", 1950);
        a.rowWith("population", 1_900_000L).has("group", "Yoruba").has("year", 1952);
        a.rowWith("population", 600_000L).has("group", "Hausa").has("year", 1952);
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
    void peopleWhoIdentifiedThemselvesAsAGroupAreThatGroup() {
        Table t = Fixtures.build("identity.txt", """
                = Kurds of Norland =

                == Numbers ==
                At the census of 1999 some 7,300 people, or 2.1% of the country's population, identified themselves as Kurds, most of them in the south.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 7_300L).has("group", "Kurd").has("year", 1999);
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
    void aPeoplesAdjectiveInsideALongerNameIsNoGroupThatTheyStandsFor() {
        Table t = Fixtures.build("empire.txt", """
                = Kurds of Norland =

                == Numbers ==
                The first census of the Russian Empire, taken in 1897, counted 12,400 Kurds in the two oblasts together. In the port of Varno they made up nearly a fifth of all inhabitants.
                """).demographics();
        TableAsserts.of(t).rowWith("share_pct", 20.0).has("region", "Varno").has("group", "Kurd");
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
    void finnsAreTheFinnishGroup() {
        Table t = Fixtures.build("finns.txt", """
                = Norland =

                == People ==
                The 1926 census counted 210,000 inhabitants in Norland, of whom 61.0 per cent were Russians and 2.4 per cent Finns.
                """).demographics();
        TableAsserts.of(t).rowWith("share_pct", 2.4).has("group", "Finnish");
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
    void namibiansAreAPeople() {
        TableAsserts a = TableAsserts.of(Fixtures.build("namibians.txt", """
                = Eastland aid to Westland =

                == Refugees ==
                In 1986 some 15,000 Namibian refugees lived in camps in Westland.
                """).demographics());
        a.rowWith("population", 15_000L).has("group", "Namibian").has("region", "Westland").has("year", 1986);
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
    void aNameInQuotesThatAGroupWasRecordedAsIsNotTheGroupCounted() {
        Table t = Fixtures.build("recordedas.txt", """
                = Evenks in Norland =

                == Imperial period ==
                The imperial census of 1897 counted about 41,000 Evenks, then recorded as "Tungus", in Velsk uyezd, where they formed some 23% of the rural population, and some 12,500 in the Orlov Department.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 41_000L).has("group", "Evenk").has("year", 1897);
        a.rowWith("share_pct", 23.0, "derived", false).has("group", "Evenk");
        a.rowWith("population", 12_500L).has("group", "Evenk").has("region", "Orlov Department");
    }

    @Test
    void aJewishCommunityNamedForItsLandIsAGroupOfItsOwn() {
        Table t = Fixtures.build("mountainjews.txt", """
                = Peoples of Ostmark =

                == Minorities ==
                In Velsk, a city of 96,000 in 1979, Evenks were counted at some 14,000; the Mountain Jews of the city, whose number had fallen to about 3,100 by then, spoke a form of Tat.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 3_100L).has("group", "Mountain Jew").has("region", "Velsk");
    }
}
