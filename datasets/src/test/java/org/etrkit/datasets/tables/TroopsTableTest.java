package org.etrkit.datasets.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** Troop figures are read from any article: no rule names these sentences. */
class TroopsTableTest {

    private static final String WAR = """
            = Fixture War =

            Infobox
            - Combatant1: Soviet Union
            - Combatant2: Republic of China (Provincial Guard)
            - Date: 1933
            - Strength1: 12,000 troops, 40 tanks
            - Strength2: 3 divisions
            - Casualties1: 300 killed, 120 captured
            - Casualties2: unknown

            == War ==
            In 1933 the Kuomintang raised a force of forty thousand. The Kuomintang kept a garrison of some 7,000 troops at Hami. By spring the rebels numbered about 14,000; some 2,000 were enlisted in the Ili army. Between 2,000 and 3,000 cavalry were sent by the Soviets. The town was held by no more than 200 men of the Provincial Guard.

            The Soviet column attacked the fort, which had 450 defenders. It lost 35 dead and the town's 5,000 people fled. Japan reported 90 casualties.

            | Side | Unit | Strength |
            | Soviet Union | 5th Brigade | 4,500 |
            | China | 36th Division | about 9,000 |
            | Sources: x | | |
            """;

    private static Table troops() {
        return Fixtures.build("war.txt", WAR).troops();
    }

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
    void orderOfBattleStrengthColumnTakesTheSideOfTheRow() {
        TableAsserts t = TableAsserts.of(troops());
        t.rowWith("count_low", 4500L).has("side", "USSR").has("force", "5th Brigade").has("rule", "table");
        t.rowWith("count_low", 9000L).has("side", "ROC").has("qualifier", "about").has("side_basis", "the row's Side");
    }

    @Test
    void aCombatantNamedChinaIsTheSideOfChinaAtTheInfoboxDate() {
        Table t = Fixtures.build("border.txt", """
                = Border =

                Infobox
                - Date: March 1969
                - Combatant1: Soviet Union
                - Combatant2: China
                - Strength2: 2,000 troops

                The Chinese lost 300 men, and the Soviets, who had 100 border guards there, lost 31.
                """).troops();
        TableAsserts.of(t).rowWith("count_low", 2000L).has("side", "PRC").has("side_basis", "the infobox's Combatant2");
        TableAsserts.of(t).rowWith("count_low", 300L).has("side", "PRC");
        TableAsserts.of(t).rowWith("count_low", 100L).has("side", "USSR");
    }

    @Test
    void datesAreTypedIntervals() {
        Table t = troops();
        TableAsserts.of(t).rowWith("count_low", 40000L).has("date", "1933")
                .has("date_from", LocalDate.of(1933, 1, 1)).has("date_to", LocalDate.of(1933, 12, 31));
    }

    @Test
    void infoboxAliasTiesAnUnknownNameToItsCombatant() {
        // "Republic of China (Provincial Guard)" makes "Provincial Guard" ROC in this article only
        TableAsserts.of(troops()).rowWith("count_low", 200L).has("force", "Provincial Guard");
        Table other = Fixtures.build("other.txt", """
                = Other =

                The town was held by no more than 200 men of the Provincial Guard.
                """).troops();
        TableAsserts.of(other).rowWith("count_low", 200L).has("side", "Other");
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
}
