package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.TroopsFixture.*;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** What a troop figure counts: a bare figure going on counting the figure before it, figures listed after one ("among them", "including", "a further", "the remaining"), and figures that refer back to one. */
class TroopsFiguresCountedTest {

    @Test
    void aBareFigureOfTheMenANounPhraseAfterItNamesCountsThem() {
        // invented sentences: "45 of the most badly wounded men" are men under arms; "200 of the remaining civilians" not
        TableAsserts t = TableAsserts.of(Fixtures.build("osprey.txt", """
                = Battle of Osprey Ridge =

                Infobox
                - Combatant1: United States; Belgium
                - Combatant2: China
                - Date: 1951

                == Supply ==

                From the morning of 9 May transport aircraft of the Far East Air Forces dropped ammunition and food into the perimeter. Over the four days they flew 48 sorties and dropped some 300 tons of supplies, while helicopters flew out about 45 of the most badly wounded men. Trucks later carried away 200 of the remaining civilians.
                """).troops());
        t.rowWith("count_low", 45L).has("side", "Other");
        t.hasNoRowWith("count_low", 200L);
        t.hasNoRowWith("count_low", 48L);
    }

    @Test
    void aFigureOfANationsDeadCountsThemWhenAnAdverbFollowsTheNoun() {
        // invented sentence: "nevertheless" after "Ruritanian dead" ran the noun phrase on past its head
        TableAsserts t = TableAsserts.of(Fixtures.build("marsh.txt", """
                = Battle of the Marsh =

                Infobox
                - Combatant1: Republic of China
                - Combatant2: Japan
                - Date: 1939

                == Aftermath ==

                The brigade held the dykes for a week. The claim of more than 2,400 Japanese dead nevertheless remained current in provincial newspapers.
                """).troops());
        t.rowWith("count_low", 2400L).has("side", "Japan").has("measure", "killed");
    }

    @Test
    void aBareFigureOfAFigureOfMenCountsThoseMen() {
        Table t = Fixtures.build("academy.txt", """
                = Fixture academy =

                Infobox
                - Country: Republic of China
                - Date: 1938

                == War ==
                The academy had taught its classes since 1929. In the first winter of the war roughly 600 of the 1,800 junior officers trained at the academy were killed or wounded.
                """).troops();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("count_low", 1800L).has("side", "ROC");
        a.rowWith("count_low", 600L).has("side", "ROC");
    }

    @Test
    void aBareFigureOpeningASentenceBeforeAVerbOfServiceCountsTheMenOfTheSentenceBefore() {
        TableAsserts t = TableAsserts.of(Fixtures.build("soviet-aid-to-borduria.txt", """
                = Soviet aid to Borduria =

                Infobox
                - Donor: Soviet Union
                - Recipient: Borduria

                == Advisers ==
                Soviet military instructors were fewer than in Syldavia. About 70 served with the army staff in 1975, and up to 160 in 1979.
                """).troops());
        t.rowWith("count_low", 70L).has("side", "USSR");
        t.rowWith("count_low", 160L).has("side", "USSR");
    }

    @Test
    void theLevelTheirNumberReachesCountsTheMenOfTheSentenceBefore() {
        TableAsserts t = TableAsserts.of(Fixtures.build("soviet-aid-to-borduria.txt", """
                = Soviet aid to Borduria =

                Infobox
                - Donor: Soviet Union
                - Recipient: Borduria

                == Advisers ==
                Soviet instructors followed the rifles. Their number grew from about 60 in 1975 to some 340 in 1977.

                The instructors left in stages. By the winter of 1980 their number had fallen to fewer than 90.
                """).troops());
        t.rowWith("count_low", 60L).has("side", "USSR");
        t.rowWith("count_low", 340L).has("side", "USSR");
        t.rowWith("count_low", 90L).has("side", "USSR");
    }

    @Test
    void aBareFigureListedAfterAFigureOfPeopleAcrossAPlaceNameIsAPartOfTheSameForce() {
        TableAsserts t = TableAsserts.of(Fixtures.build("soviet-aid-to-ruritania.txt", """
                = Soviet aid to Ruritania =

                The Soviet Union sent about 600 advisers in 1955. Much of the equipment was lost in the border war that autumn, when some 900 Ruritanian soldiers were killed in Varnia and 2,000 were taken prisoner.
                """).troops());
        t.rowWith("count_low", 900L).has("side", "Other");
        t.rowWith("count_low", 2000L).has("side", "Other").has("side_basis", "listed after the figure before it");
    }

    @Test
    void aLossListedAfterALossOfASideIsThatSidesThoughTheFirstLossWordFollowsSeveralNouns() {
        TableAsserts t = TableAsserts.of(Fixtures.build("ford.txt", """
                = Fixture Ford =

                Infobox
                - Combatant1: Soviet Union
                - Combatant2: Republic of China

                The Soviet side reported 312 officers and men killed and 905 wounded in the crossing.
                """).troops());
        t.rowWith("count_low", 312L).has("side", "USSR");
        t.rowWith("count_low", 905L).has("side", "USSR");
    }

    @Test
    void figuresThatEachReadTheOtherAsTheirCountEndTheReadingInsteadOfRecursingForever() {
        // "600 of the 2,000": the first counts what the second counts, and the second, a bare figure, goes on
        // counting what the figure before it counts: each asks the other
        TableAsserts t = TableAsserts.of(Fixtures.build("crossing.txt", """
                = Fixture river crossing =

                The Kuomintang column reached the river in 1938 with about 5,000 men. In the crossing 600 of the 2,000 drowned, and only 300 of the 900 came back.
                """).troops());
        t.rowWith("count_low", 5000L).has("side", "ROC");
    }

    @Test
    void figuresListedAfterAmongThemArePartsOfTheFigureBeforeThem() {
        // invented sentence: the pilots and signalmen "among them" are Yemeni officers, not the Soviet academies' men
        TableAsserts t = TableAsserts.of(Fixtures.build("among.txt", """
                = Fixture Academies =

                Soviet and Czech academies trained some 4,000 Yemeni officers between 1960 and 1980, among them about 1,600 pilots and 300 signalmen.
                """).troops());
        t.rowWith("count_low", 4000L).has("side", "Other");
        t.rowWith("count_low", 1600L).has("side", "Other");
        t.rowWith("count_low", 300L).has("side", "Other");
    }

    @Test
    void theFigureWhoDidSomethingRefersToTheForceOfTheFigureBeforeIt() {
        // invented sentences: "the 210 who had crossed" are the company's men counted before, not the Japanese
        TableAsserts t = TableAsserts.of(Fixtures.build("definite.txt", """
                = Fixture Ford =

                Infobox
                - Combatant1: Soviet Union
                - Combatant2: Japan
                - Date: 1939

                The Soviet company crossed the ford at night with 210 men. By dawn it was under fire from the Japanese. Only a single platoon, the 30 men led by Sergeant Ivan Orlov, got back; of the 210 who had crossed, 60 were killed and 90 taken prisoner.
                """).troops());
        t.rowWith("count_low", 30L).has("side", "Other"); // a leader the gazetteer does not know
        t.rowWith("count_low", 210L, "unit", "").has("side", "USSR");
        t.rowWith("count_low", 60L).has("side", "USSR");
        t.rowWith("count_low", 90L).has("side", "USSR");
    }

    @Test
    void theRemainingMenOfAForceCountedBeforeAreTroops() {
        // invented sentence: "the remaining 900" are the rest of the soldiers counted before them
        TableAsserts t = TableAsserts.of(Fixtures.build("remaining.txt", """
                = Fixture Fort =

                Infobox
                - Combatant1: Soviet Union
                - Combatant2: Japan
                - Date: 1939

                Of the 2,000 Japanese soldiers in the fort, 1,100 were taken prisoner and the remaining 900 were sent back across the river.
                """).troops());
        t.rowWith("count_low", 900L).has("side", "Japan");
    }

    @Test
    void theFigureRefersBackToTheFigureBeforeIt() {
        // invented sentences: "the figure" can only be the count given before it, whoever is named between
        TableAsserts t = TableAsserts.of(Fixtures.build("the-figure.txt", """
                = Fixture Soviet aid to Ghana =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ghana

                By 1963 some 400 Ghanaian soldiers had served in the Ruritanian brigade; after the Soviet Union sent more rifles in 1965 the figure rose to 900.
                """).troops());
        t.rowWith("count_low", 400L).has("side", "Other");
        t.rowWith("count_low", 900L).has("side", "Other");
    }

    @Test
    void aLevelListedAfterAYearGoesOnCountingTheForceTheSentenceCounts() {
        // invented sentences: the third level is still the Ruritanian army's
        TableAsserts t = TableAsserts.of(Fixtures.build("levels.txt", """
                = Soviet aid to Ruritania =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ruritania

                == Army ==
                The Soviet Union sent about 900 advisers. The Ruritanian army numbered about 8,000 men in 1960; it had reached 15,000 by 1965 and between 20,000 and 22,000 by 1970.
                """).troops());
        t.rowWith("count_low", 15000L).has("side", "Other");
        t.rowWith("count_low", 20000L).has("side", "Other");
    }

    @Test
    void menListedAfterIncludingArePartOfTheFigureBefore() {
        // invented sentences: a state's own officers trained abroad, and a part of them listed with "including"
        TableAsserts t = TableAsserts.of(Fixtures.build("soviet-aid-to-ruritania.txt", """
                = Soviet aid to Ruritania =

                == Training ==
                The Soviet Union sent arms to Ruritania from 1962. Between 1962 and 1980 some 2,000 Ruritanian officers were trained at Soviet military schools, including about 150 pilots at Krasnodar.
                """).troops());
        t.rowWith("count_low", 2000L).has("side", "Other");
        t.rowWith("count_low", 150L).has("side", "Other");
    }

    @Test
    void aBareFigureAfterAFurtherCountsWhatTheFigureBeforeItCounts() {
        // invented sentences: more money after a sum, and more men after a count of men
        TableAsserts t = TableAsserts.of(Fixtures.build("soviet-aid-to-ruritania.txt", """
                = Soviet aid to Ruritania =

                == Credits ==
                A second agreement in 1962 added 12 million rubles for roads, and a further 30 million was committed in 1963 for schools. In 1964 the Soviet Union sent 400 advisers, and a further 250 were committed to the border in 1965.
                """).troops());
        t.hasNoRowWith("count_low", 30000000L);
        t.rowWith("count_low", 250L);
    }

    @Test
    void membersOfFormationsNamedInThePluralArePeopleUnderArms() {
        // invented sentence: members of battalions and regiments count, members of a club do not
        TableAsserts t = TableAsserts.of(Fixtures.build("valley-sweep.txt", """
                = Fixture Valley Sweep =

                The sweep of April 1950 was made by some 3,000 NKVD troops and about 2,400 members of the village defence battalions, while 60 members of the local chess club watched. Some 700 members of the frontier regiments joined them later.
                """).troops());
        t.rowWith("count_low", 2400L).has("side", "USSR");
        t.rowWith("count_low", 700L);
        t.hasNoRowWith("count_low", 60L);
    }

    @Test
    void anEstimateOfThemCountsTheMenThePreviousSentenceOpensWith() {
        // invented sentences: "them" are the advisers the sentence before opens with; "them" for wagons counts nothing
        TableAsserts t = TableAsserts.of(Fixtures.build("soviet-aid-to-ruritania.txt", """
                = Soviet aid to Ruritania =

                == Advisers ==
                Soviet instructors arrived with the tanks. Western estimates put them at about 70 in 1972 and as many as 150 in 1976, most of them at the armour school.

                Railway wagons came by sea. Port officials put them at about 900 in 1973.
                """).troops());
        t.rowWith("count_low", 70L).has("side", "USSR");
        t.rowWith("count_low", 150L).has("side", "USSR");
        t.hasNoRowWith("count_low", 900L);
    }

    @Test
    void fedaiAreIrregularsUnderArmsLikeFedayin() {
        // invented sentence: "fedai" (the Persian plural, as "fedayin") count men under arms, tied to no side
        TableAsserts t = TableAsserts.of(Fixtures.build("valley-rising.txt", """
                = Fixture Valley Rising =

                Government troops entered the valley town in June 1950. Some 450 fedai were taken prisoner there.
                """).troops());
        t.rowWith("count_low", 450L).has("side", "Other").has("measure", "captured");
    }

    @Test
    void ofWhomAfterAFigureOfPlacesCountsThePeopleFiguredBeforeThem() {
        // invented sentence: "of whom" goes back past the camps to the fighters
        TableAsserts t = TableAsserts.of(Fixtures.build("lowland-truce.txt", """
                = Lowland truce =

                Under the truce some 9,000 insurgents gathered at 12 camps near the border, of whom about 2,500 belonged to the Free Hill Front.
                """).troops());
        t.rowWith("count_low", 2500L).has("side", "Other");
    }
}
