package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.DemographicsFixture.*;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** Counts that change: a level reached, a fall, a rise or an estimate, and the count before that they continue. */
class DemographicsCountChangesTest {

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
    void aFallWithACommaBeforeFromStillGivesTheLevelsItFellFromAndTo() {
        TableAsserts a = TableAsserts.of(Fixtures.build("fellcomma.txt", """
                = Greeks of Norland =

                == Independence ==
                After 1991 the Greek population kept growing while that of Norland as a whole fell, from 2.4 million in 1989 to 2,153,126 at the census of 1999.
                """).demographics());
        a.rowWith("population", 2_400_000L).has("group", "All").has("region", "Norland").has("year", 1989);
        a.rowWith("population", 2_153_126L).has("group", "All").has("region", "Norland").has("year", 1999);
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
    void aFurtherFallByAFigureIsNoCountAndTheLevelItFellToCountsThePeople() {
        // invented sentences: "by another 7,200 to 19,800" is a change and the level after it, of the Greeks counted
        Table t = Fixtures.build("another.txt", """
                = Greeks in Norland =

                Greeks in Norland are citizens of Norland of Greek descent.

                == Emigration ==
                The break-up started a long outflow. Between the 1991 and 2001 censuses the number of Greeks fell by 10,400, or 29%, to 25,300 (0.7%), and by 2011 it had fallen by another 7,200 to 19,800. Most of those who left went to Greece.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 25_300L).has("group", "Greek").has("share_pct", 0.7).has("year", 2001);
        a.rowWith("population", 19_800L).has("group", "Greek").has("region", "Norland").has("year", 2011);
        a.hasNoRowWith("population", 7_200L);
    }
}
