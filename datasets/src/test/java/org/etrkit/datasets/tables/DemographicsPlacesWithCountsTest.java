package org.etrkit.datasets.tables;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** Places: places listed with their counts after "with" ("were in X District, with some 5,100"), in an article on a people. */
class DemographicsPlacesWithCountsTest {

    @Test
    void placesListedWithTheirCountsAfterWithCountTheArticlesPeople() {
        Table t = Fixtures.build("withcounts.txt", """
                = Tatars in Norland =

                Infobox
                - Group: Tatars in Norland

                == Regions ==
                In 2010, 31,200 Tatars lived in Norland.

                Ostburg thus held almost 40 percent of the country's Tatars. In the capital they live mostly in the Lenin and Kirov districts and in the old village of Zarechye, now within the city limits; in Ostrov Region the largest groups in 2010 were in Velsk District, with some 4,700, and Tarn District, with about 2,650.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 4_700L).has("region", "Velsk").has("group", "Tatar").has("year", 2010);
        a.rowWith("population", 2_650L).has("region", "Tarn").has("group", "Tatar").has("year", 2010);
    }

    @Test
    void aSettlementNamedBetweenCommasThatHadABareFigureCountsItsPeople() {
        // invented sentences: "the largest village, Ostby, had about 1,700" counts Ostby's people, in the island's year
        Table t = Fixtures.build("largestvillage.txt", """
                = Battle of Nanby Island =

                == Background ==
                Nanby, the largest island off Varna, covers about 30 square kilometres. In 1950 it had roughly 9,000 inhabitants in 11 villages, most of them farming families; the largest village, Ostby, had about 1,700.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 1_700L).has("region", "Ostby").has("group", "All").has("year", 1950);
    }

    @Test
    void aLaterPlaceOfAListPastItsFormerNameInBracketsAndAnAppositiveCountsThere() {
        // invented sentences: "and Sorby (then Vesby), the centre of the Christian minorities, about 40,000" is a later
        // place of the list, its verb left out, past a comma after the count before
        TableAsserts t = TableAsserts.of(Fixtures.build("listed-bracket.txt", """
                = Chechens in Norland =

                Norby, the capital and Norland's second city, had some 114,000 inhabitants in 1946, among them about 5,000 Armenians. Ostby had about 53,000, and Sorby (then Vesby), the centre of the Christian minorities, about 40,000, of whom some 7,000 were Assyrians.
                """).demographics());
        t.rowWith("population", 114_000L).has("region", "Norby");
        t.rowWith("population", 40_000L).has("region", "Sorby").has("year", 1946);
        t.rowWith("population", 7_000L).has("region", "Sorby").has("group", "Assyrian"); // "of whom": the listed place's part
    }
}
