package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.TroopsFixture.*;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** Tables and infoboxes: order-of-battle tables, their columns and captions, and infobox strengths and losses. */
class TroopsTablesAndInfoboxTest {

    @Test
    void orderOfBattleStrengthColumnTakesTheSideOfTheRow() {
        TableAsserts t = TableAsserts.of(troops());
        t.rowWith("count_low", 4500L).has("side", "USSR").has("force", "5th Brigade").has("rule", "table");
        t.rowWith("count_low", 9000L).has("side", "ROC").has("qualifier", "about").has("side_basis", "the row's Side");
    }

    @Test
    void aTableWhoseRowsAndCaptionNameNoSideTakesTheSideItsSectionHeadingNames() {
        TableAsserts t = TableAsserts.of(Fixtures.build("garrison.txt", """
                = Garrison =

                Infobox
                - Combatant1: Soviet Union
                - Combatant2: Republic of China

                == Soviet garrison and losses ==

                The 12th Corps held the valley for six years.
                  - Strength of the 12th Corps by year**

                | Year | Men | Deaths |
                | 1931 | 20,000 | 140 |
                | 1932 | 24,500 | 310 |
                | Sources: Invented (2001). | | |
                """).troops());
        t.rowWith("count_low", 24500L).has("side", "USSR").has("measure", "strength").has("rule", "table");
        t.rowWith("count_low", 310L).has("side", "USSR").has("measure", "killed");
    }

    @Test
    void aLossHeaderDatedByItsLastDayCountsThatLoss() {
        TableAsserts t = TableAsserts.of(Fixtures.build("redoubt.txt", """
                = Redoubt =

                Infobox
                - Combatant1: Soviet Union
                - Combatant2: Republic of China

                == Garrison ==

                  - Order of battle of the Soviet 9th Corps at the redoubt, 3 May 1931**

                | Unit | Commander | Strength | Killed by 14 June |
                | 21st Brigade | Orlov | 3,400 | 1,150 |
                | 22nd Brigade | Belov | 2,700 | 640 |
                | Total | | 6,100 | 1,790 |
                """).troops());
        t.rowWith("count_low", 3400L).has("side", "USSR").has("measure", "strength");
        t.rowWith("count_low", 1150L).has("side", "USSR").has("measure", "killed");
        t.rowWith("count_low", 1790L).has("side", "USSR").has("measure", "killed");
    }

    @Test
    void anInfoboxFigureCountsTheCombatantsPartyItNamesElseItsFirstListedParty() {
        TableAsserts listed = TableAsserts.of(Fixtures.build("coalition.txt", """
                = Coalition =

                Infobox
                - Combatant1: Ruritania, Soviet Union, Cuba
                - Combatant2: Republic of China
                - Strength1: 25,000 regulars; 3,000 Cubans; 800 Soviet advisers
                - Casualties1: 1,200 Ruritanians and 45 Soviets killed

                The war lasted a year.
                """).troops());
        listed.rowWith("count_low", 25000L).has("side", "Other").has("measure", "strength");
        listed.rowWith("count_low", 3000L).has("side", "Other");
        listed.rowWith("count_low", 800L).has("side", "USSR");
        listed.rowWith("count_low", 1200L).has("side", "Other");
        listed.rowWith("count_low", 45L).has("side", "USSR");
        TableAsserts client = TableAsserts.of(Fixtures.build("client.txt", """
                = Client =

                Infobox
                - Combatant1: Soviet Union; Kingdom of Ruritania
                - Combatant2: Republic of China
                - Strength1: 90,000 Soviet troops; 20,000 Ruritanian regulars
                - Casualties1: 4,000 Soviet dead; 7,500 Ruritanian troops killed

                The war lasted a year.
                """).troops());
        client.rowWith("count_low", 90000L).has("side", "USSR");
        client.rowWith("count_low", 20000L).has("side", "Other");
        client.rowWith("count_low", 4000L).has("side", "USSR");
        client.rowWith("count_low", 7500L).has("side", "Other").has("measure", "killed");
    }

    @Test
    void aLossesTableWhoseForceColumnHoldsNoFiguresTakesEachRowsSideFromItsForce() {
        TableAsserts t = TableAsserts.of(Fixtures.build("frontier.txt", """
                = Frontier =

                Infobox
                - Combatant1: Soviet Union
                - Combatant2: Ruritania

                == Losses ==

                Both sides published their losses.
                  - Losses of the frontier war by force**

                | Force | Killed | Wounded | Captured or missing |
                | Soviet border guards | 40 | 95 | 12 |
                | Ruritanian militia | 310 | | 77 |
                | Sources: Invented (1999). | | | |
                """).troops());
        t.rowWith("count_low", 40L).has("side", "USSR").has("measure", "killed").has("force", "Soviet border guards");
        t.rowWith("count_low", 95L).has("side", "USSR").has("measure", "wounded");
        t.rowWith("count_low", 12L).has("side", "USSR").has("measure", "captured");
        t.rowWith("count_low", 310L).has("side", "Other").has("measure", "killed");
        t.rowWith("count_low", 77L).has("side", "Other");
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
    void lossColumnsOfAnOrderOfBattleAreRead() {
        TableAsserts t = TableAsserts.of(Fixtures.build("clash.txt", CLASH).troops());
        t.rowWith("line", 18, "count_low", 60L).has("side", "USSR").has("measure", "strength").has("rule", "table");
        t.rowWith("line", 18, "count_low", 14L).has("side", "USSR").has("measure", "killed").has("rule", "table");
        t.rowWith("line", 19, "count_low", 46L).has("side", "PRC").has("measure", "killed");
    }

    @Test
    void anArticleAboutOneSidesAffairsGivesItsSideToFiguresAndRowsThatNameNone() {
        Table t = Fixtures.build("mission.txt", """
                = Soviet Fixture Mission =

                Infobox
                - Country: Soviet Union
                - Date: 1925

                By the autumn about 90 instructors were at work, and some 35 more arrived in the spring.

                | Unit | Strength |
                | Northern school | about 250 |
                | Sources: x | | |
                """).troops();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("count_low", 90L).has("side", "USSR");
        a.rowWith("count_low", 250L).has("side", "USSR").has("rule", "table");
    }

    @Test
    void aUnitUnderAnArmyHeaderThatNamesNoSideTakesTheSideOfTheCaption() {
        Table t = Fixtures.build("pocket.txt", """
                = Fixture pocket battle =

                Infobox
                - Combatant1: People's Liberation Army
                - Combatant2: Republic of China
                - Date: 1948

                The armies met in the winter.

                  - Kuomintang corps lost in the pocket**

                | Army | Commander | Strength | Losses |
                | 9th Corps | Fixture Li | 45,000 | 41,000 |
                | Sources: x | | | |

                  - Forces in the valley**

                | Allegiance | Unit | Strength |
                | Insurgent | Hill band | about 3,000 |
                | Sources: x | | |
                """).troops();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("count_low", 45000L).has("side", "ROC").has("rule", "table");
        a.rowWith("count_low", 41000L).has("side", "ROC");
        a.rowWith("count_low", 3000L).has("side", "Other"); // "Insurgent" is a side cell naming no side
    }

    @Test
    void aForceColumnWhoseNamesHoldOrdinalsIsNotTheStrengthColumn() {
        Table t = Fixtures.build("corps.txt", """
                = Fixture river campaign =

                Infobox
                - Combatant1: Republic of China
                - Combatant2: Empire of Japan
                - Date: 1939

                The armies met on the river.

                  - Main forces on the river, 1939**

                | Force | Commander | Strength | Losses |
                | Chinese 3rd Group Army | Fixture Wu | 61,000 | about 9,000 |
                | Japanese 4th Division | Fixture Sato | 18,000 | 2,500 |
                | Sources: x | | | |
                """).troops();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("count_low", 61000L).has("side", "ROC").has("measure", "strength").has("rule", "table");
        a.rowWith("count_low", 18000L).has("side", "Japan").has("measure", "strength");
        a.rowWith("count_low", 2500L).has("side", "Japan");
        a.hasNoRowWith("count_low", 3L);
        a.hasNoRowWith("count_low", 4L);
    }

    @Test
    void aColumnHeadedByAPersonnelNounCountsThemAndOneHeadedByItWithALossWordCountsThatLoss() {
        Table t = Fixtures.build("wing.txt", """
                = Fixture air wing =

                Infobox
                - Combatant1: Soviet Union
                - Date: 1938

                The wing flew in the spring.

                  - Soviet squadrons of the fixture wing**

                | Squadron | Commander | Airmen (May 1938) | Airmen killed | Aircraft lost |
                | 1st Squadron | Fixture Orlov | 31 | 6 | 9 |
                | 2nd Squadron | Fixture Petrov | 33 | 4 | 12 |
                | Sources: x | | | | |
                """).troops();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("count_low", 31L).has("side", "USSR").has("measure", "strength").has("rule", "table");
        a.rowWith("count_low", 33L).has("measure", "strength");
        a.rowWith("count_low", 6L).has("side", "USSR").has("measure", "killed");
        a.rowWith("count_low", 4L).has("measure", "killed");
        a.hasNoRowWith("count_low", 9L); // aircraft are no men
        a.hasNoRowWith("count_low", 12L);
    }

    @Test
    void anInfoboxFigureASideClaimsIsItsCombatantsNotTheClaimants() {
        Table t = Fixtures.build("claims.txt", """
                = Fixture border battle =

                Infobox
                - Combatant1: Soviet Union
                - Combatant2: Empire of Japan
                - Date: 1938
                - Casualties2: 8,100 killed and wounded (official); Soviet claims of over 22,000

                The armies met at the lake.
                """).troops();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("count_low", 8100L).has("side", "Japan");
        a.rowWith("count_low", 22000L).has("side", "Japan");
    }

    @Test
    void anInfoboxFigureWhoseBracketNamesOneOfItsCombatantsForcesIsThatForcesSide() {
        Table t = Fixtures.build("steppe.txt", """
                = Fixture steppe rising =

                Infobox
                - Combatant1: Mongolian People's Party
                - Combatant2: White Guard brigade; Republic of China
                - Date: 1920
                - Strength1: about 600 partisans
                - Strength2: 4,200 (White Guard brigade, 1920); 7,000–9,000 (Chinese garrisons, 1920)

                The rising began in the spring.
                """).troops();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("count_low", 7000L).has("side", "ROC");
        a.rowWith("count_low", 4200L).has("side", "Other");
        a.rowWith("count_low", 600L).has("side", "Mongolia");
    }

    @Test
    void aCommanderOfAnOrderOfBattleRowBelongsToTheRowsSide() {
        Table t = Fixtures.build("commanders.txt", """
                = Battle of Fixture Ford =

                Infobox
                - Combatant1: Republic of China
                - Combatant2: Empire of Japan

                At the ford Liu Bowen's army suffered about 2,400 casualties. Okada Jiro and some 600 of his men were cut off.

                In the hills Tash Bek's riders lost about 150 men.

                  - Order of battle at the ford**

                | Formation | Commander | Side | Strength |
                | 14th Army | Liu Bowen | Chinese | 12,000 |
                | 7th Brigade | Okada Jiro | Japanese | 5,000 |
                | Hill irregulars | Tash Bek | Chinese | 800 |
                | Sources: x | | | |
                """).troops();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("count_low", 2400L).has("side", "ROC");
        a.rowWith("count_low", 600L).has("side", "Japan");
        a.rowWith("count_low", 150L).has("side", "Other"); // irregulars' leader: an ally's own men
    }

    @Test
    void anInfoboxFigureWithoutItsCombatantTakesTheSideOfItsCommander() {
        Table t = Fixtures.build("mission.txt", """
                = Fixture Military Mission =

                Infobox
                - Date: 1930 – 1936
                - Commander1: Fritz Adler; Karl Brandt
                - Commander2: Chiang Kai-shek
                - Strength1: about 40 advisers (1934)
                - Strength2: some 50,000 (trained divisions, 1936)
                """).troops();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("count_low", 50000L).has("side", "ROC");
        a.rowWith("count_low", 40L).has("side", "Other");
    }

    @Test
    void aUnitOfATableWhoseCaptionNamesTheSideKeepsThatSideInProse() {
        TableAsserts t = TableAsserts.of(Fixtures.build("columns.txt", """
                = Fixture Columns =

                  - Kuomintang columns in the hills, 1931**

                | Army | Commander | Strength |
                | Lake Route Army | Fixture Wu | 12,000 |
                | Sources: x | | |

                In the spring the Lake Route Army was cut down to about 4,000 men.
                """).troops());
        t.rowWith("count_low", 12000L).has("side", "ROC");
        t.rowWith("count_low", 4000L).has("side", "ROC");
    }

    @Test
    void everyStrengthColumnOfATableIsRead() {
        TableAsserts t = TableAsserts.of(Fixtures.build("stages.txt", """
                = Fixture Stages =

                  - Kuomintang columns in the hills, 1931**

                | Unit | Troops at the start | Troops at the end | Killed |
                | Lake Route Army | 12,000 | 5,500 | 2,100 |
                | Sources: x | | | |
                """).troops());
        t.rowWith("count_low", 12000L).has("side", "ROC").has("measure", "strength");
        t.rowWith("count_low", 5500L).has("side", "ROC").has("measure", "strength");
        t.rowWith("count_low", 2100L).has("measure", "killed");
    }

    @Test
    void anInfoboxFigureNamingAPeopleNoListedPartyHasIsOtherNotTheFirstParty() {
        TableAsserts t = TableAsserts.of(Fixtures.build("frontier-crisis.txt", """
                = Fixture Frontier Crisis =

                Infobox
                - Combatant1: Kingdom of Ruritania
                - Combatant2: Soviet Union; Varnian People's Government; Republic of Ostrovia
                - Strength2: some 40,000 Soviet troops; 9,000 Varnian fedayin; about 6,000 Tarsian fighters; 2,000 regulars

                The crisis lasted a year.
                """).troops());
        t.rowWith("count_low", 40000L).has("side", "USSR");
        t.rowWith("count_low", 6000L).has("side", "Other");
        t.rowWith("count_low", 2000L).has("side", "USSR");
    }

    @Test
    void aHedgedInfoboxFigureCountsTheCombatantsPartyItNames() {
        TableAsserts t = TableAsserts.of(Fixtures.build("hedged.txt", """
                = Fixture Hedged =

                Infobox
                - Combatant1: Soviet Union; Kingdom of Ruritania
                - Combatant2: Republic of China
                - Strength1: some 90,000 Soviet troops; about 20,000 Ruritanian regulars

                The war lasted a year.
                """).troops());
        t.rowWith("count_low", 90000L).has("side", "USSR");
        t.rowWith("count_low", 20000L).has("side", "Other").has("side_basis", "the party of the infobox's Combatant1 the figure names");
    }

    @Test
    void anInfoboxForcesEntryCountsTroops() {
        TableAsserts t = TableAsserts.of(Fixtures.build("operation.txt", """
                = Fixture Operation =

                Infobox
                - Date: May 1944
                - Forces: about 18,000 NKVD troops and operatives

                The operation lasted three days.
                """).troops());
        t.rowWith("line", 5, "count_low", 18000L).has("side", "USSR").has("rule", "infobox");
    }

    @Test
    void aStrengthHeaderQualifiedByAWordBeforeItIsAStrengthColumn() {
        TableAsserts t = TableAsserts.of(Fixtures.build("wings.txt", """
                = Fixture Wings =

                  - Kuomintang corps on the river, 1937**

                | Corps | Regiments | Estimated strength |
                | 3rd Corps | 7th, 8th, 9th | 21,000 |
                | 5th Corps | 10th, 11th | 16,500 |
                | Sources: x | | |
                """).troops());
        t.rowWith("count_low", 21000L).has("side", "ROC").has("measure", "strength").has("rule", "table");
        t.rowWith("count_low", 16500L).has("side", "ROC");
    }

    @Test
    void strengthColumnsWhoseHeadersNameDifferentPartiesTakeTheirSideFromTheHeader() {
        TableAsserts t = TableAsserts.of(Fixtures.build("garrisons.txt", """
                = Fixture Garrisons =

                  - Ruritanian armed forces and Soviet personnel in Ruritania, 1960–1970**

                | Year | Ruritanian armed forces | Soviet advisers and troops | Ruritanian tanks |
                | 1960 | about 80,000 | 400 | 150 |
                | 1970 | 140,000 | 9,000 | 700 |
                | Sources: x | | | |
                """).troops());
        t.rowWith("count_low", 80000L).has("side", "Other").has("measure", "strength").has("rule", "table");
        t.rowWith("count_low", 140000L).has("side", "Other");
        t.rowWith("count_low", 400L).has("side", "USSR").has("measure", "strength");
        t.rowWith("count_low", 9000L).has("side", "USSR");
        t.hasNoRowWith("count_low", 700L); // tanks are no personnel
    }

    @Test
    void aCaptionOfStrengthNamingTheForcesOfItsColumnsMakesEachAStrengthColumnOfItsOwnForce() {
        TableAsserts t = TableAsserts.of(Fixtures.build("occupation.txt", """
                = Soviet aid to Borduria =

                Infobox
                - Donor: Soviet Union
                - Recipient: Borduria

                Estimated strength of the BPLA and of Syldavian forces in Borduria
                | Year | BPLA | Syldavian troops |
                | 1971 | 12,000 | 90,000 |
                | 1975 | 17,500 | 65,000 |
                | Sources: x | | |
                """).troops());
        t.rowWith("count_low", 12000L).has("side", "Other").has("measure", "strength").has("rule", "table");
        t.rowWith("count_low", 17500L).has("side", "Other");
        t.rowWith("count_low", 90000L).has("side", "Other").has("measure", "strength");
        t.rowWith("count_low", 65000L).has("side", "Other");
    }

    @Test
    void aColumnOfPrisonersTakenCountsTheOtherCombatantsMenCaptured() {
        TableAsserts t = TableAsserts.of(Fixtures.build("raids.txt", """
                = Fixture Raids =

                Infobox
                - Combatant1: Soviet Union
                - Combatant2: Empire of Japan
                - Date: 1938

                == Other raids ==
                Soviet raids across the river, 1938
                | Objective | Date | Soviet force | Prisoners taken |
                | Hill Kora | March 1938 | 1,400 | 45 |
                | Lake Sima | May 1938 | 650 | 12 |
                """).troops());
        t.rowWith("count_low", 1400L).has("side", "USSR").has("measure", "strength");
        t.rowWith("count_low", 45L).has("side", "Japan").has("measure", "captured").has("rule", "table");
        t.rowWith("count_low", 12L).has("side", "Japan").has("measure", "captured");
    }

    @Test
    void aLossColumnJoiningTwoKindsOfLossCountsCasualties() {
        TableAsserts t = TableAsserts.of(Fixtures.build("ridge.txt", """
                = Fixture Ridge =

                  - Kuomintang units on the ridge, 1938**

                | Unit | Strength | Dead and wounded |
                | Ridge Column | 6,000 | 1,900 |
                | Sources: x | | |
                """).troops());
        t.rowWith("count_low", 1900L).has("side", "ROC").has("measure", "casualties");
    }

    @Test
    void anArticleAboutAUnitTheInfoboxNamesForAStateOutsideTheListIsThatStatesNotTheSideItsNamesMostlyTake() {
        TableAsserts t = TableAsserts.of(Fixtures.build("legion.txt", """
                = Fixture legion =

                Infobox
                - Unit: Polish Legion of the East

                The legion was raised in the Soviet Union in 1941 from Polish exiles. Soviet officials and the NKVD screened the Polish volunteers, and Moscow fed them on Soviet rations.
                The Polish government in London named the commander, and the Polish staff chose the camps. Soviet depots supplied boots; Stalin and the Soviet press praised the Polish soldiers.
                Polish clergy and the Poland of the exiles sent chaplains, Polish doctors came from Tehran and the British sent lorries to the Polish camps.
                By the end of 1941 the legion numbered 41,000 men.
                """).troops());
        t.rowWith("count_low", 41000L).has("side", "Other");
    }

    @Test
    void numberedInfoboxFiguresOfAnAidArticleTakeTheDonorsOrTheRecipientsSide() {
        TableAsserts t = TableAsserts.of(Fixtures.build("mission.txt", """
                = Soviet military mission to the Andean Republic =

                Infobox
                - Donor: Soviet Union
                - Recipient: Andean Republic
                - Strength1: about 400 Soviet instructors
                - Strength2: 12,000 volunteers of the Andean militia
                - Casualties2: 900 killed

                Soviet instructors reached the coast in 1937.
                """).troops());
        t.rowWith("count_low", 400L).has("side", "USSR");
        t.rowWith("count_low", 12000L).has("side", "Other");
        t.rowWith("count_low", 900L).has("side", "Other");
    }

    @Test
    void aUnitOfATableWhoseCaptionNamesOneSideTakesThatSideInTheProse() {
        // invented sentences: the table has no side column; its caption names the side of every unit it lists,
        // and a unit the gazetteer does not know takes that side where the prose names it
        TableAsserts t = TableAsserts.of(Fixtures.build("c.txt", """
                = Fixture River Crossing =

                Infobox
                - Combatant1: Ruritania
                - Combatant2: Soviet Union
                - Date: 1950

                == Crossing ==
                At dawn the Northern Corps, with 8,000 men and 90 tanks, crossed the river near the mill.

                  - Soviet forces at the river crossing, 1950**

                | Formation | Commander | Strength |
                | Northern Corps | Ivan Petrov | 9,000 |
                | 12th Rifle Division | Pavel Orlov | 6,500 |
                | Sources: Invented (2001). | | |
                """).troops());
        t.rowWith("count_low", 8000L).has("side", "USSR");
        t.rowWith("count_low", 9000L).has("side", "USSR");
    }

    @Test
    void aColumnHeadedByPeopleWithAModifierAfterThemCountsTheirStrength() {
        // invented table: the header's head noun "instructors" comes before "working with …"
        TableAsserts t = TableAsserts.of(Fixtures.build("instructors.txt", """
                = Fixture Instructors =

                  - Soviet aid to the Mongolian army by year, 1960–1962**

                | Year | Credits | Soviet instructors working with the Mongolian army (end of year) |
                | 1960 | 20 million rubles | 140 |
                | 1961 | 25 million rubles | 215 |
                | Sources: Invented (2003). | | |
                """).troops());
        t.rowWith("count_low", 140L).has("side", "USSR").has("measure", "strength");
        t.rowWith("count_low", 215L).has("side", "USSR").has("measure", "strength");
    }

    @Test
    void anInfoboxKeyNamingAStatesMenGivesTheirSideBeforeTheArticles() {
        // invented infobox: the key names the Cuban troops, who are not the Soviet donor's men
        TableAsserts t = TableAsserts.of(Fixtures.build("key-side.txt", """
                = Soviet aid to Angola (fixture) =

                Infobox
                - Donor: Soviet Union
                - Recipient: Angola
                - Date: 1976
                - Soviet Advisers: about 400 (1976)
                - Cuban Troops: about 9,000 (1976)

                The Soviet Union armed the government.
                """).troops());
        t.rowWith("count_low", 400L).has("side", "USSR");
        t.rowWith("count_low", 9000L).has("side", "Other");
    }

    @Test
    void anAbbreviationOfAForceWhoseUnitsTheInfoboxListsTakesTheirSide() {
        // invented sentences: "NEF" abbreviates the force whose brigade the infobox lists under the second combatant
        TableAsserts t = TableAsserts.of(Fixtures.build("abbreviation.txt", """
                = Battle of Fixture River =

                Infobox
                - Combatant1: Soviet Union
                - Combatant2: Japan
                - Units2: Northern Expeditionary Force 3rd Brigade
                - Date: 1939

                The Northern Expeditionary Force (NEF) crossed the river in May. Western observers estimated that the NEF lost 4,000 men.
                """).troops());
        t.rowWith("count_low", 4000L).has("side", "Japan");
    }

    @Test
    void aTableRowWithoutASideInItsUnitTakesTheSideOfItsParentFormationOrNationality() {
        // invented tables: the unit cell names no side; its parent formation ("Formation", "Parent") or its
        // "Nationality" does, before the caption's side
        TableAsserts t = TableAsserts.of(Fixtures.build("parents.txt", """
                = Fixture Battle of the Ridge =

                Infobox
                - Combatant1: Japan
                - Combatant2: Soviet Union
                - Date: 1939

                == Order of battle ==
                  - Soviet and Manchukuoan formations on the ridge, 1939**

                | Formation | Parent | Strength |
                | 7th Brigade | Manchukuo Guard Army | 2,000 |
                | 9th Brigade | Red Army 57th Corps | 3,000 |
                | Sources: x | | |

                  - Units on the ridge, 1939**

                | Unit | Formation | Strength |
                | 44th Regiment | Japanese 23rd Division | 1,500 |
                | Sources: x | | |

                  - Reserves, 1939**

                | Unit | Nationality | Strength |
                | 11th Battalion | Mongolian | 600 |
                | Sources: x | | |
                """).troops());
        t.rowWith("count_low", 2000L).has("side", "Other");
        t.rowWith("count_low", 3000L).has("side", "USSR");
        t.rowWith("count_low", 1500L).has("side", "Japan");
        t.rowWith("count_low", 600L).has("side", "Mongolia");
    }

    @Test
    void aLossesTableWhoseForcesColumnNamesEachRowsForceTakesItsSideAndItsTotalColumnCountsCasualties() {
        // invented table: estimates by source, the forces each row counts in a "Forces …" column, a "Total" after
        // the loss columns
        TableAsserts t = TableAsserts.of(Fixtures.build("pass.txt", """
                = Fixture Pass =

                == Losses ==
                  - Losses at the pass by estimate**

                | Estimate | Forces concerned | Dead | Wounded | Total |
                | Staff report, 1938 | Red Army | 140 | 310 | 450 |
                | Newspaper account, 1938 | Kuomintang | 95 | | |
                | Sources: x | | | | |
                """).troops());
        t.rowWith("count_low", 140L).has("side", "USSR").has("measure", "killed");
        t.rowWith("count_low", 310L).has("side", "USSR").has("measure", "wounded");
        t.rowWith("count_low", 450L).has("side", "USSR").has("measure", "casualties");
        t.rowWith("count_low", 95L).has("side", "ROC").has("measure", "killed");
    }
    @Test
    void lossColumnsWhoseHeadersOpenWithAPartyCountThatLossForThatParty() {
        // invented table: each party's strength and losses side by side, the party named before the measure
        TableAsserts t = TableAsserts.of(Fixtures.build("ford.txt", """
                = Fixture Ford =

                == Forces and losses ==
                  - Forces and losses at the ford, 1939**

                | Action | Date | Coalition strength | Coalition killed | Coalition wounded | Soviet strength | Soviet killed |
                | First crossing | 3 May | 55 | 6 | 17 | about 300 | 21 |
                | Second crossing | 9 May | 140 | 13 | 38 | 900 | 64 |
                | Sources: x | | | | | | |
                """).troops());
        t.rowWith("count_low", 6L).has("side", "Other").has("measure", "killed").has("rule", "table");
        t.rowWith("count_low", 38L).has("side", "Other").has("measure", "wounded");
        t.rowWith("count_low", 21L).has("side", "USSR").has("measure", "killed");
        t.rowWith("count_low", 64L).has("side", "USSR").has("measure", "killed");
        t.rowWith("count_low", 900L).has("side", "USSR").has("measure", "strength");
    }

    @Test
    void aTotalColumnAfterStrengthColumnsCountsTheStrengthTheySum() {
        // invented table: a force's arms counted by year, a "Total" that sums them after the strength columns
        TableAsserts t = TableAsserts.of(Fixtures.build("guard.txt", """
                = Fixture Guard =

                == Growth ==
                  - Strength of the Border Guard, 1931–1933**

                | Year | Infantry | Cavalry | Total |
                | 1931 | 8,200 | 1,300 | 9,500 |
                | 1933 | 11,600 | 2,050 | 13,650 |
                """).troops());
        t.rowWith("count_low", 1300L).has("measure", "strength");
        t.rowWith("count_low", 9500L).has("side", "Other").has("measure", "strength").has("rule", "table");
        t.rowWith("count_low", 13650L).has("measure", "strength");
    }

    @Test
    void anInfoboxKeyOfTraineesCountsMenTrainedOfTheRecipientNotOfTheDonor() {
        // invented infobox: the donor's advisers are the donor's, the recipient's trainees the recipient's
        TableAsserts t = TableAsserts.of(Fixtures.build("soviet-aid-to-ruritania.txt", """
                = Soviet aid to Ruritania =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ruritania
                - Soviet Advisers: about 150 (1974)
                - Ruritanian Trainees: more than 2,000

                Soviet aid to Ruritania began in 1966.
                """).troops());
        t.rowWith("count_low", 150L).has("side", "USSR");
        t.rowWith("count_low", 2000L).has("side", "Other").has("measure", "trained").has("rule", "infobox");
    }
    @Test
    void aStrengthHeaderBeforeAPlaceModifierIsAStrengthColumnOfThePartyItNames() {
        // invented table: "Soviet strength in Ruritania" counts the Soviet force as "Ruritanian strength" the other
        TableAsserts t = TableAsserts.of(Fixtures.build("border-garrisons.txt", """
                = Fixture border garrisons =

                Infobox
                - Combatant1: Soviet Union
                - Combatant2: Ruritania
                - Date: 1951

                The two armies faced each other along the frontier for three years.

                Estimated strength of the two armies on the frontier, by year
                | Year | Ruritanian strength | Soviet strength in Ruritania |
                | 1951 | 41,000 | 63,000 |
                | 1952 | 47,000 | 71,000 |
                """).troops());
        t.rowWith("count_low", 41000L).has("measure", "strength");
        t.rowWith("count_low", 63000L).has("side", "USSR").has("measure", "strength").has("rule", "table");
        t.rowWith("count_low", 71000L).has("side", "USSR");
    }
}
