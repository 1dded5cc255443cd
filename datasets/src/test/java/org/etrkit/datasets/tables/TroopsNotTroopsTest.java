package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.TroopsFixture.*;

import org.junit.jupiter.api.Test;

/** What is not troops: civilians, machines, formations, distances and other figures that count no men. */
class TroopsNotTroopsTest {

    @Test
    void aCountOfWhatACalibreNamesAndARatioAreNoTroops() {
        // invented sentences: "twelve 105 mm howitzers" counts guns; "For every … killed, … nearly thirty men" is a ratio
        TableAsserts t = TableAsserts.of(Fixtures.build("osprey.txt", """
                = Battle of Osprey Ridge =

                Infobox
                - Combatant1: United States; Belgium
                - Combatant2: China
                - Date: 1951

                == Forces ==

                Attached to the regiment were a company of engineers and the 12th Field Artillery Battalion with twelve 105 mm howitzers. In all the garrison had some 2,800 men.

                == Casualties ==

                The Ninth Army estimated Chinese losses at about 1,700 killed. For every Belgian or American soldier killed, the regiment reckoned, the attackers had lost nearly thirty men.
                """).troops());
        t.hasNoRowWith("count_low", 12L);
        t.hasNoRowWith("count_low", 30L);
        t.rowWith("count_low", 2800L).has("side", "Other");
        t.rowWith("count_low", 1700L).has("side", "PRC");
    }

    @Test
    void anEthnicPeopleBeforeACountIsNoForceOfThatPeople() {
        // invented sentence: "ethnic Kazakhs" are the people removed, the count is of the Red Army's men
        TableAsserts t = TableAsserts.of(Fixtures.build("ethnic.txt", """
                = Fixture Border Order =

                Infobox
                - Country: Soviet Union

                A decree of 2 March removed ethnic Kazakhs from the frontier, and about 2,400 soldiers of Kazakh origin were discharged from the Red Army.
                """).troops());
        t.rowWith("count_low", 2400L).has("side", "USSR");
    }

    @Test
    void aPlaceAfterInBeforeAVerbOfFallingOwnsNoLosses() {
        // invented sentence: "Mongolia" is where the instructors were; "fell to" counts the Soviet instructors left
        TableAsserts t = TableAsserts.of(Fixtures.build("fell.txt", """
                = Fixture Mission =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mongolia
                - Date: 1960

                The number of Soviet instructors in Mongolia fell to about 300 by the end of 1960.
                """).troops());
        t.rowWith("count_low", 300L).has("side", "USSR");
    }

    @Test
    void aBareFigureOfAForcesFormationsCountsFormationsNotMen() {
        // invented sentences: "two of its regiments" counts regiments, though the figure before it counts men
        TableAsserts t = TableAsserts.of(Fixtures.build("formations.txt", """
                = Fixture Valley =

                Infobox
                - Combatant1: Soviet Union
                - Combatant2: Japan
                - Date: 1939

                Soviet accounts credit the Japanese force with 12,000 to 15,000 men, though only three of its battalions ever reached the river.
                """).troops());
        t.rowWith("count_low", 12000L).has("side", "Japan");
        t.hasNoRowWith("count_low", 3L);
    }

    @Test
    void fightersNamedByAModelAreAircraftNotMen() {
        // invented sentence: "MiG-21 fighters" are aircraft even where the clause names no aircraft noun
        TableAsserts t = TableAsserts.of(Fixtures.build("model.txt", """
                = Soviet aid to Fixtureland (1975–1991) =

                Infobox
                - Donor: Soviet Union
                - Recipient: People's Republic of Fixtureland
                - Date: 1975–1991

                In 1978 the Soviet Union delivered some 80 tanks, 14 MiG-21 fighters and 300 military advisers.
                """).troops());
        t.hasNoRowWith("count_low", 14L);
        t.rowWith("count_low", 300L).has("side", "USSR");
    }

    @Test
    void civilianWorkersListedAfterSoldiersAreNoTroops() {
        // invented sentence: "civilian aid workers" listed after soldiers are civilians sent, not men under arms
        TableAsserts t = TableAsserts.of(Fixtures.build("civilian.txt", """
                = Soviet aid to Fixtureland (1975–1991) =

                Infobox
                - Donor: Soviet Union
                - Recipient: People's Republic of Fixtureland
                - Date: 1975–1991

                Moscow sent about 9,000 soldiers and some 4,000 civilian aid workers to Fixtureland between 1976 and 1985.
                """).troops());
        t.rowWith("count_low", 9000L).has("side", "USSR");
        t.hasNoRowWith("count_low", 4000L);
    }

    @Test
    void peopleMovedInGroupsAndTheirRemainderAreNoTroops() {
        // invented sentences: "the remaining 15,000" are the rest of the people counted before, and a "group" of people
        // renamed by a figure is no force
        TableAsserts t = TableAsserts.of(Fixtures.build("moved.txt", """
                = Germans in Fixtureland =

                In 1941 the NKVD loaded some 40,000 people onto 60 trains. Of these, about 25,000 people in 6,000 families were unloaded in the Kazakh SSR, and the remaining 15,000 were sent on to the Kirghiz SSR. The largest single group, nearly 9,000 people, was put off the trains at Akmolinsk; about 4,000 went to Karaganda and 3,500 to Pavlodar.
                """).troops());
        t.hasNoRowWith("count_low", 15000L);
        t.hasNoRowWith("count_low", 9000L);
        t.hasNoRowWith("count_low", 4000L);
        t.hasNoRowWith("count_low", 3500L);
    }

    @Test
    void aSpanOfTimeAfterAForceNounIsNoCountOfMen() {
        // invented sentence: "the garrison, 12 days before the truce" counts days, not the garrison's men
        TableAsserts t = TableAsserts.of(Fixtures.build("days.txt", """
                = Fixture Outpost =

                Infobox
                - Combatant1: Soviet Union
                - Combatant2: Japan
                - Date: 1939

                After a week of shelling the Soviet command pulled out the garrison, 12 days before the truce was signed.
                """).troops());
        t.hasNoRowWith("count_low", 12L);
    }

    @Test
    void aFigureWithoutANounThatGoesOnCountingCiviliansNamedBeforeCountsNoTroops() {
        // invented sentences: the figures leave out their noun, and the last people named before them are civilians
        TableAsserts t = TableAsserts.of(Fixtures.build("elided-civilians.txt", """
                = Fixture Soviet aid to Ghana =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ghana

                Soviet technicians came to build the dam. Some 80 of them arrived in 1961; by 1963 the Soviet Union had sent up to 300, and around 150 were still working on the site in 1965. Ghanaian students were taught beside them, and at least 400 were sent to Moscow. In 1964 the Soviet Union sent 120 officers to advise the army.
                """).troops());
        t.hasNoRowWith("count_low", 300L);
        t.hasNoRowWith("count_low", 150L);
        t.hasNoRowWith("count_low", 400L);
        t.rowWith("count_low", 120L).has("side", "USSR");
    }

    @Test
    void fightersAfterAModelsDesignationAreMachinesAndSoAreMoreOfTheType() {
        // invented sentences: "MiG-21 fighters" are aircraft, and "five more of the type" counts aircraft too
        TableAsserts t = TableAsserts.of(Fixtures.build("model-fighters.txt", """
                = Fixture Soviet aid to Ghana =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ghana

                The Soviet Union delivered four MiG-21 fighters in 1962, and Czechoslovakia followed in 1963 with five more of the type. Some 3,000 fighters of the rebel movement held the north.
                """).troops());
        t.hasNoRowWith("count_low", 4L);
        t.hasNoRowWith("count_low", 5L);
        t.rowWith("count_low", 3000L);
    }

    @Test
    void distancesFormationsMachinesAndAirlinePilotsAreNoTroops() {
        // invented sentences: none of these figures counts people under arms
        TableAsserts t = TableAsserts.of(Fixtures.build("no-troops.txt", """
                = Fixture Battle of the Saddle =

                Infobox
                - Combatant1: United States, Ruritania
                - Combatant2: China
                - Date: 1951

                == Battle ==
                The IX Corps, some 40 miles to the west, fielded two Ruritanian divisions and 12,000 men. Fewer than 15 of the air force's transport aircraft could still fly.

                In 1955 the state airline bought six airliners, and a foreign carrier lent about 25 pilots to fly them.
                """).troops());
        t.rowWith("count_low", 12000L).has("side", "Other");
        t.hasNoRowWith("count_low", 40L);
        t.hasNoRowWith("count_low", 2L);
        t.hasNoRowWith("count_low", 15L);
        t.hasNoRowWith("count_low", 25L);
    }

    @Test
    void labourVolunteersAndDeporteesWhoDiedAreNoTroops() {
        // invented sentences: a people's history without combatants
        TableAsserts t = TableAsserts.of(Fixtures.build("census-people.txt", """
                = Albanians in Ruritania =

                == History ==
                In 1956 the youth league sent 5,000 volunteers to the steppe to work on new state farms. In 1944 some 90,000 Albanians were deported to the steppe; more than 9,000 of them died within a year. Before the deportation some 3,000 Albanians served in the Red Army, and about 400 of them were killed.
                """).troops());
        t.hasNoRowWith("count_low", 5000L);
        t.hasNoRowWith("count_low", 9000L);
        t.rowWith("count_low", 400L);
    }

    @Test
    void aPlaceLosingSomeOfItsPeopleCountsNoTroops() {
        // invented sentences: a region's people who left, counted as a part "of its" people
        TableAsserts t = TableAsserts.of(Fixtures.build("census-people.txt", """
                = Albanians in Ruritania =

                == Emigration ==
                Northern Region lost more than 8,000 of its Albanians between 1989 and 1999, while the capital kept most of its families. In 1944 the garrison lost 300 of its soldiers.
                """).troops());
        t.hasNoRowWith("count_low", 8000L);
        t.rowWith("count_low", 300L);
    }

    @Test
    void aModelDesignationBeforePersonnelCarriersCountsMachines() {
        // invented sentence: armoured personnel carriers of a model, named by its designation
        TableAsserts t = TableAsserts.of(Fixtures.build("soviet-aid-to-ruritania.txt", """
                = Soviet aid to Ruritania =

                == Military aid ==
                In 1964 the Soviet Union supplied 30 BTR-152 armoured personnel carriers that the army used against the rebels, and 200 Soviet advisers trained its crews.
                """).troops());
        t.hasNoRowWith("count_low", 30L);
        t.rowWith("count_low", 200L);
    }

    @Test
    void artillerymenAndTankmenSentToAnotherForceAreTroopsEvenAloneInTheirSentence() {
        // invented sentence: the gun crews are soldiers, not civilian staff, though no other personnel figure is beside them
        TableAsserts t = TableAsserts.of(Fixtures.build("gunners.txt", """
                = Fixture Ridge =

                Infobox
                - Combatant1: United Nations
                - Combatant2: China
                - Date: 1951

                The Chinese People's Volunteer Army had sent some 600 artillerymen to serve with the corps' batteries, and 45 tankmen followed in May.
                """).troops());
        t.rowWith("count_low", 600L).has("side", "PRC").has("measure", "sent");
        t.rowWith("count_low", 45L).has("side", "PRC");
    }

    @Test
    void exilesWhoFormAForceOrAreListedAmongItsMenAreTroopsButRefugeesAmongRefugeesAreNot() {
        // invented sentences: a civilian noun counts men under arms when the figure sizes a force or is a part of one
        TableAsserts t = TableAsserts.of(Fixtures.build("exiles.txt", """
                = Soviet aid to Ruritania =

                Infobox
                - Donor: Soviet Union
                - Recipient: Republic of Ruritania
                - Date: 1970

                In May 1971 a Borduvian force of about 500 men, among them some 150 Ruritanian exiles, landed at Porta and withdrew the next day.

                Brigade 3101, a force of roughly 900 exiles, crossed the river. Some 4,000 refugees crossed the border, among them 300 children. A riot left 2,000 people dead, among them 40 Borduvian citizens.
                """).troops());
        t.rowWith("count_low", 150L).has("side", "Other");
        t.rowWith("count_low", 900L).has("side", "Other");
        t.hasNoRowWith("count_low", 4000L);
        t.hasNoRowWith("count_low", 300L);
        t.hasNoRowWith("count_low", 40L);
    }

    @Test
    void fishermenTrainedPoliceInstructorsAndMechanicsOfFarmTractorsAreNoTroops() {
        // invented sentences: civil trades, police staff and farm mechanics sent or trained by a donor are aid, not troops
        TableAsserts t = TableAsserts.of(Fixtures.build("trades.txt", """
                = Soviet aid to Ruritania =

                Infobox
                - Donor: Soviet Union
                - Recipient: Republic of Ruritania
                - Date: 1970

                The USSR supplied eight trawlers and trained around 240 Ruritanian fishermen. Borduvia supplied 500 trucks and sent 25 police instructors in 1975.

                The state farms received some 900 tractors, with about 120 Soviet mechanics sent to maintain them. The USSR sent 60 military advisers in 1976.
                """).troops());
        t.hasNoRowWith("count_low", 240L);
        t.hasNoRowWith("count_low", 25L);
        t.hasNoRowWith("count_low", 120L);
        t.rowWith("count_low", 60L).has("side", "USSR");
    }

    @Test
    void deathsAndSurvivorsOfPeopleDeportedAreNoLosses() {
        // invented article: deportees who died or survived, in the infobox and in paragraphs of deportation (or under its
        // heading), are no troops; soldiers who died, and the dead a side admits, are
        TableAsserts t = TableAsserts.of(Fixtures.build("exile-of-the-ruritanians.txt", """
                = Fixture Exile of the Ruritanians =

                Infobox
                - Event: Deportation of the Ruritanians
                - Deported: 41,200
                - Deaths: about 7,300 (1945–1950)

                The journey north took three weeks, and the escort's reports recorded 912 deaths on the way.

                == The deportation of May 1945 ==

                In May 1945 the police took about 9,000 people from the valley. The heads of families, some 2,100 men, were sent to camps on the coast, where fewer than 600 survived to 1950. The NKVD admitted 45 dead.

                In 1946 about 2,800 of them were moved again, to the islands. Up to 300 died in the first winter, among them 90 children.

                In 1946 about 1,400 border troops were killed in the hills, and 200 soldiers died of typhus.
                """).troops());
        t.rowWith("count_low", 45L).has("side", "USSR");
        for (long n : new long[] {7300L, 912L, 2100L, 600L, 300L, 90L}) {
            t.hasNoRowWith("count_low", n);
        }
        t.rowWith("count_low", 1400L).has("measure", "killed");
        t.rowWith("count_low", 200L);
    }
}
