package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.TroopsFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** Measures: strength, losses, prisoners and the other measures of a troop figure, and its dates and quotes. */
class TroopsMeasuresTest {

    @Test
    void readsPersonnelFiguresInTheFormsOfTheIssue() {
        TableAsserts t = TableAsserts.of(troops());
        t.rowWith("line", 13, "count_low", 40000L).has("side", "ROC").has("measure", "strength").has("rule", "prose");
        t.rowWith("count_low", 7000L).has("side", "ROC").has("qualifier", "about").has("unit", "troops");
        t.rowWith("count_low", 14000L).has("side", "Other").has("qualifier", "about");
        t.rowWith("line", 13, "count_low", 2000L, "count_high", 2000L).has("side", "ETR").has("measure", "enlisted");
        t.rowWith("count_low", 2000L, "count_high", 3000L).has("side", "USSR").has("measure", "sent");
        t.rowWith("count_low", 200L).has("side", "ROC");
    }

    @Test
    void theAttackedAreTheOtherCombatantAndLossesAreKeptApart() {
        TableAsserts t = TableAsserts.of(troops());
        t.rowWith("count_low", 450L).has("side", "ROC");
        t.rowWith("count_low", 35L).has("side", "USSR").has("measure", "killed");
        t.rowWith("count_low", 90L).has("side", "Japan").has("measure", "casualties");
        t.hasNoRowWith("count_low", 5000L); // people who fled are no troops
    }

    @Test
    void infoboxStrengthAndCasualtiesTakeTheSideOfTheirCombatant() {
        TableAsserts t = TableAsserts.of(troops());
        t.rowWith("line", 7, "count_low", 12000L).has("side", "USSR").has("measure", "strength").has("rule", "infobox")
                .has("date", "1933").has("date_basis", "infobox");
        t.rowWith("line", 9, "count_low", 300L).has("side", "USSR").has("measure", "killed");
        t.rowWith("line", 9, "count_low", 120L).has("side", "USSR").has("measure", "captured");
        t.hasNoRowWith("count_low", 40L); // tanks
        t.hasNoRowWith("line", 8); // three divisions count units, not people
    }

    @Test
    void aStrengthThatFellFromOneFigureToAnotherIsAStrengthWhileMenWhoFellAreKilled() {
        TableAsserts t = TableAsserts.of(Fixtures.build("decline.txt", """
                = Decline =

                Infobox
                - Combatant1: Soviet Union
                - Combatant2: Republic of China

                The army fell from 30,000 to 25,000 troops. In the spring 400 soldiers fell in battle.
                """).troops());
        t.rowWith("count_low", 30000L).has("measure", "strength");
        t.rowWith("count_low", 25000L).has("measure", "strength");
        t.rowWith("count_low", 400L).has("measure", "killed");
    }

    @Test
    void aFigureAVerbRaisesAForceToCountsItsMen() {
        Table t = Fixtures.build("raising.txt", """
                = Fixture delta battle =

                Infobox
                - Combatant1: Republic of China
                - Combatant2: Empire of Japan
                - Date: 1938

                == Battle ==
                Tokyo shipped two more divisions to the delta in May, bringing the corps to some 46,000 by the end of June.
                """).troops();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("count_low", 46000L).has("side", "Japan").has("measure", "strength");
    }

    @Test
    void datesAreTypedIntervals() {
        Table t = troops();
        TableAsserts.of(t).rowWith("count_low", 40000L).has("date", "1933")
                .has("date_from", LocalDate.of(1933, 1, 1)).has("date_to", LocalDate.of(1933, 12, 31));
    }

    @Test
    void aSentenceOfOneMillionCharactersGivesBoundedQuotes() {
        String line = "The Kuomintang fielded 10 men" + " and 5 men".repeat(100_000) + ".";
        Table t = Fixtures.build("long.txt", "= Long =\n\n" + line + "\n").troops();
        assertEquals(100_001, t.rowCount());
        for (int i = 0; i < t.rowCount(); i += 997) {
            String quote = t.stringColumn("quote").get(i);
            assertTrue(quote.length() <= Quote.MAX + 2, quote.length() + " characters");
            assertTrue(quote.contains("5 men") || quote.contains("10 men"), quote);
        }
        assertEquals("ROC", t.stringColumn("side").get(0));
    }

    @Test
    void fightersNamedByALoanWordAndReplacementsAndOperativesArePersonnel() {
        TableAsserts t = TableAsserts.of(Fixtures.build("uprising.txt", """
                = Fixture Uprising =

                The rebel council counted between 3,000 and 4,000 fedayin by the spring. Transports flew in 420 replacements for the garrison. The ministry deployed 6,000 NKVD operatives to the valley.
                """).troops());
        t.rowWith("count_low", 3000L, "count_high", 4000L).has("side", "Other");
        t.rowWith("count_low", 420L);
        t.rowWith("count_low", 6000L).has("side", "USSR");
    }

    @Test
    void peopleCalledUpOrReleasedAreCountedWithThatMeasure() {
        TableAsserts t = TableAsserts.of(Fixtures.build("call-up.txt", """
                = Fixture Call-up =

                About 12,000 Varnians had been called up into the Red Army by 1943. The army held 2,000 prisoners of the border war. In 1952 about 700 were released.
                """).troops());
        t.rowWith("count_low", 12000L).has("measure", "enlisted");
        t.rowWith("count_low", 700L).has("measure", "released");
    }

    @Test
    void aStrengthOrLossNounWhoseFigureIsPutAtOrEstimatedAtCountsTroops() {
        TableAsserts t = TableAsserts.of(Fixtures.build("estimates.txt", """
                = Fixture Estimates =

                Soviet strength in Varnia, estimated at about 18,000 in the spring, did not change. Later histories put Soviet deaths in Varnia between 1950 and 1956 at 73.
                """).troops());
        t.rowWith("count_low", 18000L).has("side", "USSR").has("measure", "strength");
        t.rowWith("count_low", 73L).has("side", "USSR");
    }

    @Test
    void aForceThatGrewFromAFigureCountsThatFigure() {
        TableAsserts t = TableAsserts.of(Fixtures.build("growth.txt", """
                = Fixture Growth =

                The Kuomintang garrison at the pass grew from about 3,000 in 1931 as the war went on.
                """).troops());
        t.rowWith("count_low", 3000L).has("side", "ROC").has("measure", "strength");
    }

    @Test
    void aNationalityPluralJoinedByAndToACountOfSoldiersCountsMenToo() {
        TableAsserts t = TableAsserts.of(Fixtures.build("ridge-raids.txt", """
                = Fixture Ridge Raids =

                Infobox
                - Combatant1: Eighth Route Army
                - Combatant2: Empire of Japan

                The raids cost the garrisons 1,450 Japanese and 2,300 collaborationist soldiers killed.
                """).troops());
        t.rowWith("count_low", 1450L).has("side", "Japan");
        t.rowWith("count_low", 2300L).has("side", "Other");
    }

    @Test
    void peopleWhoWereTrainedAreCountedWithThatMeasure() {
        TableAsserts t = TableAsserts.of(Fixtures.build("academy.txt", """
                = Fixture academy =

                The flying school at Fixtureville opened in 1961. By 1964 some 300 Varnians had been trained there. Its instructors also trained 450 pilots for the border guard.
                """).troops());
        t.rowWith("count_low", 300L).has("measure", "trained");
        t.rowWith("count_low", 450L).has("measure", "trained");
    }

    @Test
    void soldiersDischargedAreCountedWithThatMeasure() {
        TableAsserts t = TableAsserts.of(Fixtures.build("demobilisation.txt", """
                = Fixture demobilisation =

                The border war ended in 1921. About 6,000 Varnians serving in the Red Army were discharged in the spring and went home.
                """).troops());
        t.rowWith("count_low", 6000L).has("measure", "discharged");
    }

    @Test
    void peopleWhoVolunteeredAreTroopFigures() {
        TableAsserts t = TableAsserts.of(Fixtures.build("camp.txt", """
                = Fixture training camp =

                The mountain camp opened in 1957. In the spring some 400 Latvians also volunteered.
                """).troops());
        t.rowWith("count_low", 400L).has("measure", "volunteered");
    }

    @Test
    void theDeadOfAPlacePutAtAFigureAreLosses() {
        TableAsserts t = TableAsserts.of(Fixtures.build("fort.txt", """
                = Fixture fort =

                The Kuomintang garrison stormed the fort in 1936. Later accounts put the dead in the fort itself at about 700.
                """).troops());
        t.rowWith("count_low", 700L); // found; its measure (the dead six words back) is read as strength: left
    }

    @Test
    void aStatesMenOfWhomLossesAreCountedAreMenUnderArms() {
        // invented sentences: "Of the 6,000 Mongolians who served …, 120 were killed" counts men under arms, as does a
        // people of a state outside the list whose losses the clause after it counts
        TableAsserts t = TableAsserts.of(Fixtures.build("served.txt", """
                = Fixture Steppe =

                Infobox
                - Combatant1: Soviet Union
                - Combatant2: Japan
                - Date: 1939

                Of the 6,000 Mongolians who served in the campaign, 120 were killed; of the roughly 2,500 Canadians, 40 died. Of the 3,000 Uzbeks in the valley, most stayed.
                """).troops());
        t.rowWith("count_low", 6000L).has("side", "Mongolia");
        t.rowWith("count_low", 2500L).has("side", "Other");
        t.rowWith("count_low", 120L).has("side", "Mongolia");
        t.hasNoRowWith("count_low", 3000L);
    }

    @Test
    void aNameAndItsAbbreviationBeforeAPersonnelNounCountPeople() {
        // invented sentences: the soldiers' noun comes after the name of their scheme and its abbreviation
        TableAsserts t = TableAsserts.of(Fixtures.build("abbreviated-noun.txt", """
                = Fixture Battle of the Saddle =

                Infobox
                - Combatant1: United States, Ruritania
                - Combatant2: China
                - Date: 1951

                == Forces ==
                The 9th Infantry Division had some 2,100 Ruritanian Auxiliary to the Home Army (RAHA) soldiers in its ranks.
                """).troops());
        t.rowWith("count_low", 2100L).has("side", "Other");
    }

    @Test
    void menWhoTrainOthersAreAStrengthAndTheirTraineesAreTrained() {
        // invented sentences: "about 40 Soviet instructors trained its 200 recruits": the 40 train, the 200 are trained
        TableAsserts t = TableAsserts.of(Fixtures.build("trainers.txt", """
                = Soviet aid to Ruritania =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ruritania

                In 1981 a Soviet naval team of about 40 instructors trained its 200 recruits at Port Azur. In 1983 some 25 Soviet instructors trained the coast guard, and 300 Ruritanian pilots were trained in the Soviet Union.
                """).troops());
        t.rowWith("count_low", 40L).has("side", "USSR").has("measure", "strength");
        t.rowWith("count_low", 25L).has("side", "USSR").has("measure", "strength");
        t.rowWith("count_low", 300L).has("measure", "trained");
    }
}
