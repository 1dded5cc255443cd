package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.DemographicsFixture.*;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** Group references: the people a pronoun, a community noun or a count with its noun left out stands for. */
class DemographicsGroupReferencesTest {

    @Test
    void theGroupIsThePronounsSubjectAndNotAGroupUsedAsAnAdjective() {
        TableAsserts t = valley();
        t.rowWith("population", 40_000L, "line", 10).has("group", "Tatar").has("region", "Tamir Valley");
        t.rowWith("population", 9_000L).has("group", "Solon");
        t.rowWith("population", 2_500L).has("group", "All").has("region", "Tamir");
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
    void aCensusChangeToABareCountInAnArticleOnAPeopleCountsThatPeople() {
        // a paragraph that opens with a census's change of level ("showed a drop to", "recorded a slight rise, to")
        // counts the article's people, not all the people of the country, though no row came before it
        Table t = Fixtures.build("censuschange.txt", """
                = Kurds in Norland =

                == Census ==
                The 1979 census counted 61,500 Kurds, 1.2% of the country's 5,125,400 inhabitants.

                Migration eased after 2005, yet the 2011 census still showed a drop to 47,310, or 0.9%. The 2022 census recorded a slight rise, to 49,806 people (1.0%), owing partly to new rules on declaring origin.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 47_310L).has("group", "Kurd").has("region", "Norland").has("year", 2011).has("share_pct", 0.9);
        a.rowWith("population", 49_806L).has("group", "Kurd").has("region", "Norland").has("year", 2022).has("share_pct", 1.0);
    }

    @Test
    void placesListedWithBareCountsAfterAPeoplesCountsGoOnCountingThatPeople() {
        // "X had about N and Y nearly M, while Z … counted just over K": the noun left out is the people counted in
        // the sentence before, also past "and the", a gapped verb, "while" and a two-word hedge
        Table t = Fixtures.build("placeslisted.txt", """
                = Kurds in Norland =

                == Geography ==
                Kurds live in every part of Norland but gather in the south. In 2011 the largest communities were in the Northern Region, with 14,200 Kurds, in Lake City (some 9,800, or 1.6% of its residents) and in the Lake Region (11,350). The Upland Region had about 9,000 and the Coastal Region nearly 7,400, while the Steppe Region, once a centre of Kurdish herding, counted just over 5,000.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 9_000L).has("group", "Kurd").has("year", 2011);
        a.rowWith("population", 7_400L).has("group", "Kurd").has("year", 2011);
        a.rowWith("population", 5_000L).has("group", "Kurd").has("year", 2011);
    }

    @Test
    void theLargestGroupsListedByPlaceWithBracketedCountsAreTheArticlesPeople() {
        // "The largest groups lived in X (N) and in Y (some M)": groups of the people the article is about, though
        // the sentence before ends with the count of all the country's people
        Table t = Fixtures.build("largestgroups.txt", """
                = Kurds in Norland =

                == History ==
                The census of 1911 counted 31,200 Kurds in Norland, 0.9% of a population of roughly 3.5 million. The largest groups lived in the Ostvale Oblast (9,300) and in the Westvale Oblast (some 7,100), mostly in villages.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 9_300L).has("group", "Kurd").has("region", "Ostvale Oblast").has("year", 1911);
        a.rowWith("population", 7_100L).has("group", "Kurd").has("region", "Westvale Oblast").has("year", 1911);
    }

    @Test
    void membersOfTheCommunityAreTheArticlesPeople() {
        TableAsserts a = TableAsserts.of(Fixtures.build("members.txt", MEMBERS).demographics());
        a.rowWith("population", 23_500L).has("group", "Greek").has("year", 2021);
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
    void aCommunityThatPeakedAtAFigureCountsTheArticlesPeople() {
        Table t = Fixtures.build("peaked.txt", """
                = Greeks in Norland =

                Greeks in Norland are citizens and residents of Norland of Greek ethnic origin. Most are descendants of Greeks deported from the coast in 1944. The community peaked at roughly 61,400 at the census of 1970 and has declined since; the 2021 census counted 25,000 Greeks.
                """).demographics();
        TableAsserts.of(t).rowWith("population", 61_400L).has("group", "Greek").has("year", 1970).has("region", "Norland");
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
}
