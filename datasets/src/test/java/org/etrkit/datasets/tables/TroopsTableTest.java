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
    void aForceNameQualifiedByTheNameOfAnotherCombatantsPartyIsThatPartysForce() {
        TableAsserts t = TableAsserts.of(Fixtures.build("qualified.txt", """
                = Qualified =

                Infobox
                - Combatant1: Soviet Union
                - Combatant2: Ruritania

                == Losses ==

                Both sides published their losses.
                  - Losses of the frontier war by force**

                | Force | Killed | Wounded |
                | Soviet border guards | 40 | 95 |
                | Ruritanian National Army | 310 | 640 |
                | Sources: Invented (1999). | | |
                """).troops());
        t.rowWith("count_low", 40L).has("side", "USSR");
        t.rowWith("count_low", 310L).has("side", "Other").has("force", "Ruritanian National Army");
        t.rowWith("count_low", 640L).has("side", "Other");
    }

    @Test
    void inProseAForceNameQualifiedByTheNameOfAnotherCombatantsPartyIsThatPartysForce() {
        TableAsserts t = TableAsserts.of(Fixtures.build("qualifiedprose.txt", """
                = Qualified prose =

                Infobox
                - Combatant1: Soviet Union
                - Combatant2: Ruritania

                Moscow sent 900 Soviet instructors in 1968. By 1970 the Ruritanian National Army numbered about 21,000 men.
                """).troops());
        t.rowWith("count_low", 900L).has("side", "USSR");
        t.rowWith("count_low", 21000L).has("side", "Other");
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

    private static final String CLASH = """
            = Fixture Clash =

            Infobox
            - Date: 1969
            - Combatant1: Soviet Union
            - Combatant2: People's Republic of China
            - Strength2: 9,000 (PLA troops in the region)
            - Casualties2: 40 killed (Chinese figures); at least 12 killed and 4 captured at the pass (Soviet estimate)

            == Clash ==
            The People's Liberation Army moved some 20,000 men up to the river. The KGB frontier troops there numbered no more than 900 men.

            Official Chinese figures for the whole of the spring fighting are 50 killed, 30 wounded and one missing. At least 17 Chinese soldiers were killed and 5 were taken prisoner.

            The Ili National Army, formally a part of the provincial forces, still had some 9,500 soldiers. The PLA sent nearly 30,000 men of the Second Field Army under Peng into the province.

            | Unit | Side | Strength | Killed |
            | Border post | Soviet Border Troops | about 60 | 14 |
            | Infantry regiment | PLA | 2,000 | 46 |
            | Sources: x | | | |
            """;

    @Test
    void sidesFromNamesWithPossessivesBracketsPassivesAndAppositives() {
        TableAsserts t = TableAsserts.of(Fixtures.build("clash.txt", CLASH).troops());
        // "People's …" names a side; a bracket after an infobox figure names a source, not the force
        t.rowWith("count_low", 9000L).has("side", "PRC").has("side_basis", "the infobox's Combatant2");
        t.rowWith("line", 8, "count_low", 40L).has("side", "PRC");
        t.rowWith("line", 8, "count_low", 12L).has("side", "PRC").has("qualifier", "at_least");
        t.rowWith("line", 8, "count_low", 4L).has("side", "PRC").has("measure", "captured");
        t.rowWith("count_low", 20000L).has("side", "PRC");
        t.rowWith("count_low", 900L).has("side", "USSR").has("qualifier", "up_to"); // KGB
        // "the spring fighting" is a noun, not an attack by the Chinese on the figures
        t.rowWith("count_low", 50L).has("side", "PRC").has("measure", "killed");
        t.rowWith("count_low", 30L).has("side", "PRC").has("measure", "wounded");
        t.rowWith("line", 13, "count_low", 1L).has("side", "PRC").has("measure", "missing");
        // "were killed" is a passive: the 5 taken prisoner are the same Chinese soldiers
        t.rowWith("count_low", 5L).has("side", "PRC").has("measure", "captured");
        // an appositive between commas does not name the force; an unknown force after the figure stops the search
        t.rowWith("count_low", 9500L).has("side", "ETR");
        t.rowWith("count_low", 30000L).has("side", "PRC").has("measure", "sent");
    }

    @Test
    void anAllegianceCellThatIsAnAdjectiveNamesTheSideOfItsForces() {
        TableAsserts t = TableAsserts.of(Fixtures.build("siege.txt", """
                = Fixture Siege =

                  - Forces at the fixture siege, 1935**

                | Formation | Leader | Allegiance | Strength |
                | Hill battalion | Li Wen | Provincial | 3,200 |
                | Valley band | Osman Kul | Insurgent | about 900 |
                | Sources: x | | | |
                """).troops());
        t.rowWith("count_low", 3200L).has("side", "ROC").has("rule", "table");
        t.rowWith("count_low", 900L).has("side", "Other");
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
    void aUnitNamedForTheStateOutsideTheListThatMansItIsThatStatesNotTheServiceItIsAttachedTo() {
        Table t = Fixtures.build("legion.txt", """
                = British Fixture Legion =

                Infobox
                - Unit Name: British Fixture Legion
                - Allegiance: Republic of China
                - Branch: Chinese Army
                - Size: about 400 riflemen
                - Casualties: 12 officers killed

                Training was hard: five riflemen died of fever, and by the spring the legion had about 350 men fit for service.
                """).troops();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("count_low", 400L).has("side", "Other");
        a.rowWith("count_low", 12L).has("side", "Other").has("measure", "killed");
        a.rowWith("count_low", 350L).has("side", "Other");
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
    void menWhoWentOverToASideAreTheOtherCombatantsTheSideTheyLeft() {
        Table t = Fixtures.build("defection.txt", """
                = Fixture river defection =

                Infobox
                - Combatant1: People's Liberation Army
                - Combatant2: Republic of China
                - Date: 1948

                == Defections ==
                On 3 May two deputy commanders of the Fixture Pacification Zone led some 8,000 men of the 31st and 45th Divisions over to the PLA at Fixtureville. Two days later Fixture Wang, commander of the 212th Division, brought 3,300 of his men across to the Communist lines. The 9th Corps under Fixture Lu, a formation of about 12,000 men, went over to the Communists on 9 May. The PLA moved 6,000 men over to the east bank.
                """).troops();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("count_low", 8000L).has("side", "ROC");
        a.rowWith("count_low", 3300L).has("side", "ROC");
        a.rowWith("count_low", 12000L).has("side", "ROC");
        a.rowWith("count_low", 6000L).has("side", "PRC"); // the bank is no side
    }

    @Test
    void aForceNamedAfterAStateOutsideTheListIsThatStatesThoughASidesForceHasTheSameNameAfterItsSide() {
        Table t = Fixtures.build("brigade.txt", """
                = British Volunteer Brigade =

                Infobox
                - Unit Name: British Volunteer Brigade
                - Allegiance: Republic of China
                - Dates: 1938

                The British Volunteer Brigade fought for the Republic of China in 1938, a year after the Soviet Volunteer Brigade had reached Lanzhou. By May the British Volunteer Brigade counted some 900 men.

                  - Companies of the British Volunteer Brigade**

                | Company | Commander | Men |
                | 1st Company | Fixture Smith | 310 |
                | Sources: x | | |
                """).troops();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("count_low", 900L).has("side", "Other");
        a.rowWith("count_low", 310L).has("side", "Other").has("rule", "table");
    }

    @Test
    void aFigureOfANamedOwnersMenIsTheOwners() {
        Table t = Fixtures.build("camps.txt", """
                = Fixture camps on the Ili =

                Infobox
                - Country: Republic of China
                - Date: 1921

                == Camps ==
                The provincial army guarded the camps on the river. Cholera killed about 1,300 of Orlov's men in the spring.
                """).troops();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("count_low", 1300L).has("side", "Other");
    }

    @Test
    void lossesOfTheAttackersOrOfTheirOwnAfterASidesFigureAreTheOtherSides() {
        Table t = Fixtures.build("fortress.txt", """
                = Fixture fortress campaign =

                Infobox
                - Combatant1: People's Liberation Army
                - Combatant2: Republic of China
                - Date: 1948

                == Fortress ==
                The fortress fell on 3 May: some 9,000 Nationalist soldiers were killed and 4,000 taken prisoner, while the attackers lost 2,100 killed and wounded. Fixture sources give the Nationalist losses in the valley as 15,000 killed and their own as 3,300 killed.
                """).troops();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("count_low", 9000L).has("side", "ROC");
        a.rowWith("count_low", 2100L).has("side", "PRC");
        a.rowWith("count_low", 3300L).has("side", "PRC");
        Table u = Fixtures.build("brigade-losses.txt", """
                = Fixture province under a general =

                Infobox
                - Country: Republic of China
                - Date: 1940

                == War ==
                In 1940 the brigade claimed to have killed about 700 Japanese soldiers at Fixtureville, while losing 120 killed and some 250 wounded of its own.
                """).troops();
        TableAsserts b = TableAsserts.of(u);
        b.rowWith("count_low", 700L).has("side", "Japan");
        b.rowWith("count_low", 250L).has("side", "ROC");
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
    void aFigureRenamingIrregularsIsTiedToNoSide() {
        Table t = Fixtures.build("hills.txt", """
                = Fixture hill county =

                Infobox
                - Country: Republic of China
                - Date: 1947

                == Bandits ==
                The county army first had to clear the valleys of roving bands of village militia and disbanded soldiers, about 6,000 strong in the spring of 1947.
                """).troops();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("count_low", 6000L).has("side", "Other");
    }

    @Test
    void lossesForWhichASideDestroyedTheOthersAreTheDestroyers() {
        Table t = Fixtures.build("squadron.txt", """
                = Fixture air battle =

                Infobox
                - Combatant1: Soviet Union
                - Combatant2: Empire of Japan
                - Date: 1939

                == Battle ==
                Over three weeks the fighter regiment was credited with destroying 64 Japanese aircraft, for the loss of 11 pilots killed and four taken prisoner.
                """).troops();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("count_low", 11L).has("side", "USSR");
        a.rowWith("count_low", 4L).has("side", "USSR");
    }

    @Test
    void itsBeforeAFigureIsTheForceNamedBeforeIt() {
        Table t = Fixtures.build("encircled.txt", """
                = Fixture river battle =

                Infobox
                - Combatant1: Republic of China
                - Combatant2: Empire of Japan
                - Commander1: Fixture Wu
                - Date: 1939

                == Battle ==
                Near Fixtureville, in late May, Fixture Wu's troops encircled the Japanese 41st Division and broke up most of it; of its 15,000 men fewer than 3,000 escaped.
                """).troops();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("count_low", 15000L).has("side", "Japan");
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
    void aFieldArmyNamedForARegionOfChinaIsTheCommunists() {
        Table t = Fixtures.build("plains.txt", """
                = Fixture plains offensive =

                Infobox
                - Combatant1: Republic of China
                - Combatant2: Chinese Communist Party
                - Date: 1948

                In October 1948 the South China Field Army gathered about 90,000 men on the river.
                """).troops();
        TableAsserts.of(t).rowWith("count_low", 90000L).has("side", "PRC");
    }

    @Test
    void inAnArticleAboutAForceAFigureItsSentenceNamesNoSideForIsTheForcesNotAnEarlierSentencesName() {
        Table t = Fixtures.build("wing.txt", """
                = Soviet Fixture Air Group =

                Infobox
                - Country: Soviet Union
                - Date: 1938

                The group flew from Lanzhou. Its volunteers signed their contracts in the spring and were promised a reward for every Japanese bomber downed. In all, 140 pilots and some 300 mechanics passed through the school.
                """).troops();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("count_low", 140L).has("side", "USSR");
        a.rowWith("count_low", 300L).has("side", "USSR");
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
    void anArticleWhoseNamesOfASideAreNearlyAllOneSidesGivesItToFiguresThatNameNone() {
        Table t = Fixtures.build("schools.txt", """
                = Fixture schools of the north =

                Infobox
                - Date: 1925

                The Soviet Union opened a school. The Soviet Union paid for it, and the Soviet Union sent its teachers. The Soviet Union kept the accounts; the Soviet Union chose the pupils and the Soviet Union closed it.

                Within a year about 90 instructors were at work there.
                """).troops();
        TableAsserts.of(t).rowWith("count_low", 90L).has("side", "USSR");
    }

    @Test
    void aNameTheArticleUsesAsAPlaceIsNoUnknownForceBeforeTheFigure() {
        Table t = Fixtures.build("siege.txt", """
                = Fixture Siege =

                Infobox
                - Combatant1: Republic of China
                - Combatant2: Japan
                - Date: 1938

                In May the Japanese army advanced on Lanfeng. The Nationalists held two towns: Lanfeng with about 6,000 troops, and a ferry further east.
                """).troops();
        TableAsserts.of(t).rowWith("count_low", 6000L).has("side", "ROC");
    }

    @Test
    void anArticleWhoseTitleIsACombatantsForceGivesItsSideToFiguresThatNameNone() {
        Table t = Fixtures.build("corps.txt", """
                = Soviet Fixture Volunteers =

                Infobox
                - Combatant1: Soviet Union
                - Combatant2: Japan
                - Date: 1938

                At their height about 4,500 volunteers were in the field.
                """).troops();
        TableAsserts.of(t).rowWith("count_low", 4500L).has("side", "USSR");
    }

    @Test
    void anArticleAboutAForceGivesItsSideToFiguresThatNameNone() {
        Table t = Fixtures.build("group.txt", """
                = Fixture Air Group =

                Infobox
                - Unit Name: Fixture Air Group
                - Country: Soviet Union
                - Allegiance: Republic of China
                - Size: 1,200 servicemen in all
                - Casualties: 90 killed, 80 of them airmen

                Some 1,200 Soviet servicemen served in the country, more than 700 of them pilots, and 90 of them lost their lives.

                In the spring the group had about four hundred men at the front.

                At its height some 140 Red Army advisers worked at army headquarters, and about 60 more taught at flying schools. Soviet instructors trained 1,000 Chinese pilots, 81 navigators and some 300 technicians. The group handed over its remaining aircraft, about 100 in number, to the Chinese Air Force.
                """).troops();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("line", 7, "count_low", 1200L).has("side", "USSR").has("rule", "infobox")
                .has("side_basis", "the side of the article's subject (the infobox's Country)");
        a.rowWith("line", 8, "count_low", 90L).has("side", "USSR").has("measure", "killed");
        a.rowWith("line", 8, "count_low", 80L).has("side", "USSR");
        a.rowWith("line", 10, "count_low", 700L).has("side", "USSR"); // a part of the figure before it
        a.rowWith("line", 10, "count_low", 90L).has("side", "USSR");
        a.rowWith("count_low", 400L).has("side", "USSR")
                .has("side_basis", "the side of the force the article is about (the infobox's Country)");
        a.rowWith("count_low", 60L).has("side", "USSR"); // "60 more" after "140 … advisers"
        a.rowWith("count_low", 81L).has("side", "ROC");
        a.rowWith("count_low", 300L).has("side", "ROC"); // technicians listed with pilots and navigators
        a.hasNoRowWith("count_low", 100L); // aircraft, counted "in number"
    }

    @Test
    void aProvinceOfASideAndItsLeaderAreThatSide() {
        Table t = Fixtures.build("province.txt", """
                = Hebian under Liu Wenhai =

                Infobox
                - Common Name: Hebian
                - Status: Province of the Republic of China under a military governor
                - Capital: Hecheng
                - Leader1: Liu Wenhai
                - Strength1: about 40,000 (1936)

                Liu took the governorship in 1921 with a single brigade. At first he commanded only 4,000 men.

                In 1930 Liu's army numbered 25,000, and Liu fought the rebels with some 9,000 troops.

                The Hebian Army grew quickly; it counted about 31,000 men in 1934.
                """).troops();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("count_low", 40000L).has("side", "ROC");
        a.rowWith("count_low", 4000L).has("side", "ROC");
        a.rowWith("count_low", 25000L).has("side", "ROC");
        a.rowWith("count_low", 9000L).has("side", "ROC");
        a.rowWith("count_low", 31000L).has("side", "ROC");
    }

    @Test
    void theFiguresOfAWhoseClauseAreTheNameBeforeIt() {
        Table t = Fixtures.build("whose.txt", """
                = Fixture Steppe Patrols =

                Infobox
                - Country: Soviet Union

                In the hills the bandit chief Oraz Khan, whose followers numbered about 900 riders, raided the railway.

                The Red Army, whose patrols counted some 2,500 men, guarded the line.
                """).troops();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("count_low", 900L).has("side", "Other").has("force", "Oraz Khan");
        a.rowWith("count_low", 2500L).has("side", "USSR");
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
    void itBeforeAFigureIsTheForceNamedBeforeIt() {
        Table t = Fixtures.build("it.txt", """
                = Fixture Frontier War =

                Infobox
                - Combatant1: People's Republic of China
                - Combatant2: India

                The Chinese attack opened at dawn on 3 May. In the east, the 5th Frontier Brigade was overrun within hours; it lost 310 men killed.

                The Imperial Japanese Army grew with the threat from the Soviet Union. From about 90,000 men in 1932 it reached 150,000 in 1936; a mobilisation planned for a war against the Soviet Union raised it to more than 600,000.
                """).troops();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("count_low", 310L).has("side", "Other");
        a.rowWith("count_low", 600000L).has("side", "Japan");
    }

    @Test
    void prisonersTakenByANamedSideAreItsOpponents() {
        Table t = Fixtures.build("captors.txt", """
                = Fixture Offensive =

                Infobox
                - Combatant1: People's Liberation Army
                - Combatant2: National Revolutionary Army

                By the end of the week the PLA reported 12,000 prisoners taken at a cost of 900 killed.
                """).troops();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("count_low", 12000L).has("side", "ROC");
        a.rowWith("count_low", 900L).has("side", "PRC");
    }

    @Test
    void aLossVerbAfterCommaAndSharesTheSubjectOfTheSentence() {
        Table t = Fixtures.build("andlost.txt", """
                = Fixture Campaign =

                Infobox
                - Combatant1: Republic of China
                - Combatant2: Empire of Japan

                In the autumn China threw some 90,000 men into the fight against about 40,000 Japanese, and lost perhaps 21,000 killed and wounded.
                """).troops();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("count_low", 21000L).has("side", "ROC");
        a.rowWith("count_low", 90000L).has("side", "ROC");
    }

    @Test
    void aLoneForceNounAfterAKnownNameIsNoAliasOfItsSide() {
        Table t = Fixtures.build("exiles.txt", """
                = Fixture Exiles =

                In 1920 the Japanese Army held the port. General Kolov's Zemstvo Army, some 8,000 strong, crossed the border in 1922.
                """).troops();
        TableAsserts.of(t).rowWith("count_low", 8000L).has("side", "Other");
    }

    @Test
    void aRedBannerFormationIsSoviet() {
        Table t = Fixtures.build("banner.txt", """
                = Fixture Border Alert =

                Units of the 3rd Red Banner Coastal Army, then some 90,000 strong, were kept on alert along the frontier.
                """).troops();
        TableAsserts.of(t).rowWith("count_low", 90000L).has("side", "USSR");
    }

    @Test
    void aPersonTheTextCallsAnOfficerOfASideIsOfThatSideThroughoutTheArticle() {
        Table t = Fixtures.build("officers.txt", """
                = Fixture Valley Campaign =

                In 1932 the Nationalist general Tan Wenbo took command in the valley. Oda Kenji, a Japanese colonel, held the pass.

                In the spring Tan's corps numbered about 22,000 men. A brigade of some 4,000 under Tan Wenbo held the river, and Oda's detachment lost 70 killed.
                """).troops();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("count_low", 22000L).has("side", "ROC");
        a.rowWith("count_low", 4000L).has("side", "ROC");
        a.rowWith("count_low", 70L).has("side", "Japan");
    }

    @Test
    void aSideNamedOnlyInATimePhraseIsNoForceOfTheFigure() {
        Table t = Fixtures.build("time.txt", """
                = Fixture Rearmament =

                Infobox
                - Country: Republic of China

                By the time of the Japanese surrender, the reform plan had rearmed 30 divisions, each with a nominal strength of 9,000 men.
                """).troops();
        TableAsserts.of(t).rowWith("count_low", 9000L).has("side", "ROC");
    }

    @Test
    void anUnknownSubjectOpeningTheSentenceOwnsItsFigureBeforeAnyEarlierName() {
        Table t = Fixtures.build("subject.txt", """
                = Fixture Railway Zone =

                In 1904 the Japanese advanced on Mukden. The Amur Rifle Legion, which guarded the railway, had about 6,000 men by 1905.
                """).troops();
        TableAsserts.of(t).rowWith("count_low", 6000L).has("side", "Other");
    }

    @Test
    void aKnownOwnerOfTheRenamedPhraseOutranksANameWithoutASideAfterIt() {
        Table t = Fixtures.build("owner.txt", """
                = Fixture Siege =

                The defence of the town rested on the provincial army's White Russian company, by then about 600 strong.
                """).troops();
        TableAsserts.of(t).rowWith("count_low", 600L).has("side", "ROC");
    }

    @Test
    void itsForceOfAPlaceIsTheForceTheArticleNamesWithThatPlace() {
        Table t = Fixtures.build("garrison.txt", """
                = Fixture Northern Campaign =

                Infobox
                - Combatant1: People's Liberation Army
                - Combatant2: National Revolutionary Army

                In April the field army closed on Kuling. Kuling was occupied on 2 May after a brief fight, the 9th Corps and other units of its garrison, some 40,000 men, laying down their arms.

                  - Order of battle**

                | Formation | Side | Strength |
                | Kuling garrison | Nationalist | 45,000 |
                | Sources: x | | |
                """).troops();
        TableAsserts.of(t).rowWith("count_low", 40000L).has("side", "ROC");
    }

    @Test
    void aSatelliteStatusGivesTheArticleNoSide() {
        Table t = Fixtures.build("satellite.txt", """
                = Fixture People's Republic =

                Infobox
                - Status: Satellite state of the Soviet Union
                - Capital: Fixton
                - Leader1: Oyun Dash

                In 1935 Oyun Dash commanded an army of 4,000 men.
                """).troops();
        TableAsserts.of(t).rowWith("count_low", 4000L).has("side", "Other");
    }

    @Test
    void anArticleAboutSomethingElseKeepsOtherForFiguresThatNameNoSide() {
        Table t = Fixtures.build("exodus.txt", """
                = Kazakh exodus from Xinjiang =

                Infobox
                - Strength: 3,000 fighters under a local chief

                In the spring the band had about four hundred men in the hills.
                """).troops();
        TableAsserts.of(t).rowWith("count_low", 3000L).has("side", "Other");
        TableAsserts.of(t).rowWith("count_low", 400L).has("side", "Other");
    }

    private static final String REVOLT = """
            = Fixture Revolt =

            == Revolt ==
            The Whites lost some 120 killed and as many as 200 taken prisoner. In 1927 Junaid's men lost some 700 killed, and a further 90 went missing.

            The town's only armed force was a militia of fewer than 1,000 men under Irgash Bey.

            A Japanese column of 1,600 men under Colonel Yamagata attacked the hill. By August the Soviet commander Georgy Zhukov had some 57,000 men.

            The Red Army's Turkestan Front counted some 120,000 men. Lin Biao's "Order No. 1" of 1969 dispersed some 940,000 soldiers; Lin Biao was the defence minister.

            The Nationalist garrison under Tao Zhiyue, about 80,000 men, surrendered. In 1924 the rebels besieged Khiva with between 4,000 and 6,000 Turkmen horsemen.
            """;

    @Test
    void namesTheGazetteerDoesNotKnowAreForcesWithoutASide() {
        TableAsserts t = TableAsserts.of(Fixtures.build("revolt.txt", REVOLT).troops());
        // an unknown name before the figure in its clause, a part of its figure, an unknown leader
        t.rowWith("count_low", 120L).has("side", "Other").has("force", "Whites");
        t.rowWith("count_low", 200L).has("side", "Other").has("force", "Whites");
        t.rowWith("count_low", 700L).has("side", "Other").has("force", "Junaid");
        t.rowWith("count_low", 90L).has("side", "Other").has("force", "Junaid");
        t.rowWith("count_low", 1000L).has("side", "Other").has("force", "Irgash Bey");
        // a people in the figure's noun phrase, not the place the rebels besieged
        t.rowWith("count_low", 4000L, "count_high", 6000L).has("side", "Other");
    }

    @Test
    void aPersonWithATitleOrAfterAKnownNameBelongsToThatSide() {
        TableAsserts t = TableAsserts.of(Fixtures.build("revolt.txt", REVOLT).troops());
        t.rowWith("count_low", 1600L).has("side", "Japan"); // "under Colonel Yamagata"
        t.rowWith("count_low", 57000L).has("side", "USSR"); // "the Soviet commander Georgy Zhukov"
        t.rowWith("count_low", 120000L).has("side", "USSR"); // "the Red Army's Turkestan Front"
        t.rowWith("count_low", 80000L).has("side", "ROC"); // "the Nationalist garrison under Tao Zhiyue"
        // a quoted designation is no force; a name opening a sentence is one when the article never writes it in
        // lower case: Lin Biao is a person the gazetteer does not know
        t.rowWith("count_low", 940000L).has("side", "Other").has("force", "Lin Biao");
    }

    @Test
    void aPeoplesOwnSourcesCountThatPeoplesLosses() {
        TableAsserts t = TableAsserts.of(Fixtures.build("pass.txt", """
                = Fixture Pass =

                In the autumn the Kuomintang garrison held the pass for a week. Uyghur sources give some 40 men missing, and Soviet official figures give 12 killed.
                """).troops());
        t.rowWith("count_low", 40L).has("side", "Other");
        t.rowWith("count_low", 12L).has("side", "USSR");
    }

    @Test
    void aLossParticipleAfterACommaCountsTheLossesOfTheClauseSubject() {
        TableAsserts t = TableAsserts.of(Fixtures.build("lake.txt", """
                = Fixture Lake =

                The Japanese air regiment, which had moved north in May, flew from Manchukuo bases over Mongolian pastures, losing nine aircraft and 40 pilots killed. In 1937 the herdsmen rose again; the rebels, about 2,000 riders, were broken by Soviet aircraft and Nationalist troops, suffering 500 killed.
                """).troops());
        t.rowWith("count_low", 40L).has("side", "Japan");
        t.rowWith("count_low", 2000L).has("side", "Other");
        t.rowWith("count_low", 500L).has("side", "Other");
    }

    @Test
    void anUnknownForceOpeningASentenceWithTheIsAForceWithoutASide() {
        TableAsserts t = TableAsserts.of(Fixtures.build("hills.txt", """
                = Fixture Hills =

                The Kuomintang kept a garrison in the city. The Peasant-led Eastern Volunteer Army, which had some 12,000 fighters in 1938, held the hills, and by 1941 it had shrunk to fewer than 900.
                """).troops());
        t.rowWith("count_low", 12000L).has("side", "Other").has("force", "Peasant-led Eastern Volunteer Army");
        t.rowWith("count_low", 900L).has("side", "Other");
    }

    @Test
    void aNumberedFormationNamesNoSideOfItsOwnAndTakesItFromTheText() {
        TableAsserts t = TableAsserts.of(Fixtures.build("reserves.txt", """
                = Fixture Reserves =

                The Soviet command moved its reserves east in August. Within days the 41st Rifle Corps had arrived by rail with some 30,000 men.
                """).troops());
        t.rowWith("count_low", 30000L).has("side", "USSR");
    }

    @Test
    void ofHisOrItsMenAreTheMenOfTheNearestOwnerBeforeTheFigure() {
        TableAsserts t = TableAsserts.of(Fixtures.build("ford.txt", """
                = Fixture Ford =

                The Soviet cavalry crossed the river in May. At the ford the rearguard was cut off, and its leader, Captain Arslan Beg, surrendered together with some 150 of his riders. Osman Khan fled east with a small escort, and the Black Banner broke up; about 700 of its men gave up their arms.
                """).troops());
        t.rowWith("count_low", 150L).has("side", "Other").has("force", "Captain Arslan Beg");
        t.rowWith("count_low", 700L).has("side", "Other");
    }

    @Test
    void aPeoplesIrregularsAreThatPeoplesForceWithoutASide() {
        TableAsserts t = TableAsserts.of(Fixtures.build("lake2.txt", """
                = Fixture Lake Two =

                The Kuomintang garrison held the town through the winter. In the spring the Kazakh insurgents lost some 600 men near the lake.
                """).troops());
        t.rowWith("count_low", 600L).has("side", "Other");
    }

    @Test
    void theseAsASubjectReferToThePreviousSentencesSubject() {
        TableAsserts t = TableAsserts.of(Fixtures.build("bands.txt", """
                = Fixture Bands =

                The Kuomintang sent silver to the north. Osman Beg, a chief who hoped for Nationalist help, raised four bands of horsemen in the spring. On paper these counted 3,000 riders.
                """).troops());
        t.rowWith("count_low", 3000L).has("side", "Other").has("force", "Osman Beg");
    }

    @Test
    void aPeopleNamedWithTheInsideASentenceIsTheSubjectThatLost() {
        TableAsserts t = TableAsserts.of(Fixtures.build("walls.txt", """
                = Fixture Walls =

                The Japanese garrison waited in the town. After a week of rain the Kazakh lost about 900 soldiers outside the walls; at the river the Dungan lost 300 men.
                """).troops());
        t.rowWith("count_low", 900L).has("side", "Other");
        t.rowWith("count_low", 300L).has("side", "Other");
    }

    @Test
    void aClauseJoinedByAndAfterACommaIsNoAppositive() {
        TableAsserts t = TableAsserts.of(Fixtures.build("fort.txt", """
                = Fixture Fort =

                In 1934 the Tungans fought the rebels as often as the Nationalists, and the Hui of Ma Lin, 1,200 strong, held the fort.
                """).troops());
        t.rowWith("count_low", 1200L).has("side", "Other");
    }

    @Test
    void theAgentOfAPassiveAttackIsNotTheSideOfTheAttacked() {
        TableAsserts t = TableAsserts.of(Fixtures.build("post.txt", """
                = Fixture Post =

                The Soviet column crossed the border in May. The garrison of 800 men was overrun by Japanese units in June. Some 300 horsemen were beaten by Nationalist cavalry near the lake.
                """).troops());
        t.rowWith("count_low", 800L).has("side", "Other");
        t.rowWith("count_low", 300L).has("side", "Other");
    }

    @Test
    void aPossessiveOpeningASentenceRefersToThePreviousSentencesSubject() {
        TableAsserts t = TableAsserts.of(Fixtures.build("south.txt", """
                = Fixture South =

                The Soviet column held the passes in the north. Osman Beg fell back to the south with the Japanese advisers. His riders, no fewer than 2,000 strong, took the oasis in March.
                """).troops());
        t.rowWith("count_low", 2000L).has("side", "Other").has("force", "Osman Beg");
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

    @Test
    void aForceNameSeveralSidesUseTakesTheSideTheArticleTiesItTo() {
        // "Red Army" is the Soviet one unless the article writes whose it is ("the Red Army of the Chinese Communists")
        TableAsserts t = TableAsserts.of(Fixtures.build("retreat.txt", """
                = Fixture Retreat =

                Infobox
                - Conflict: Fixture Retreat
                - Date: May 1932
                - Combatant1: Chinese Peasants' Red Army
                - Combatant2: Republic of China
                - Strength1: some 40,000

                The retreat of the Red Army of the Chinese Communists began in May 1932. By the autumn the Red Army had lost some 9,000 men in the hills.
                """).troops());
        t.rowWith("count_low", 40000L).has("side", "PRC");
        t.rowWith("count_low", 9000L).has("side", "PRC");
        TableAsserts.of(Fixtures.build("border.txt", """
                = Fixture Border =

                In May 1932 the Red Army had lost some 9,000 men on the border.
                """).troops()).rowWith("count_low", 9000L).has("side", "USSR");
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
    void aLaterCombatantPartyTheGazetteerDoesNotKnowStaysOtherBesideAKnownSideAndSoDoItsCommanders() {
        TableAsserts t = TableAsserts.of(Fixtures.build("separatists.txt", """
                = Fixture Separatists =

                Infobox
                - Combatant1: Kingdom of Ruritania
                - Combatant2: Soviet Union; Varnian People's Government
                - Commander2: Ivan Petrov; Ali Karimzadeh

                The Varnian People's Government raised some 5,000 volunteers in the spring. Karimzadeh crossed the hills with about 900 fighters.
                """).troops());
        t.rowWith("count_low", 5000L).has("side", "Other");
        t.rowWith("count_low", 900L).has("side", "Other");
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
    void aPeopleCountedByItsNameThatServedInOrWasCalledUpIntoAForceIsThatForces() {
        TableAsserts t = TableAsserts.of(Fixtures.build("service.txt", """
                = Fixture Service =

                Some 15,000 Varnians served in the Red Army during the war. About 12,000 Ostrovians had been called up into the Red Army by 1943. In 1942 some 400 Afghan volunteers enlisted in the Red Army.
                """).troops());
        t.rowWith("count_low", 15000L).has("side", "USSR");
        t.rowWith("count_low", 12000L).has("side", "USSR");
        t.rowWith("count_low", 400L).has("side", "Other");
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
    void aStrengthOrLossNounWhoseFigureIsPutAtOrEstimatedAtCountsTroops() {
        TableAsserts t = TableAsserts.of(Fixtures.build("estimates.txt", """
                = Fixture Estimates =

                Soviet strength in Varnia, estimated at about 18,000 in the spring, did not change. Later histories put Soviet deaths in Varnia between 1950 and 1956 at 73.
                """).troops());
        t.rowWith("count_low", 18000L).has("side", "USSR").has("measure", "strength");
        t.rowWith("count_low", 73L).has("side", "USSR");
    }

    @Test
    void aNounPhraseWithAnUnknownNameThatTheFigureRenamesAfterOfHasNoSide() {
        TableAsserts t = TableAsserts.of(Fixtures.build("soviet-aid-to-varnia.txt", """
                = Soviet aid to Varnia =

                The Soviet Union sent about 600 advisers in 1955 and 400 more officers in 1956. In 1957 an Ostrovian training mission of some 25 officers was sent to advise the Varnian army.
                """).troops());
        t.rowWith("count_low", 25L).has("side", "Other");
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
    void aForceThatGrewFromAFigureCountsThatFigure() {
        TableAsserts t = TableAsserts.of(Fixtures.build("growth.txt", """
                = Fixture Growth =

                The Kuomintang garrison at the pass grew from about 3,000 in 1931 as the war went on.
                """).troops());
        t.rowWith("count_low", 3000L).has("side", "ROC").has("measure", "strength");
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
    void aStateOutsideTheListNamedBeforeAFigureMakesItOtherNotTheArticlesSide() {
        TableAsserts t = TableAsserts.of(Fixtures.build("soviet-help.txt", """
                = Soviet help to the fixture republic =

                The Soviet Union sent about 600 advisers. Italy, for its part, had about 4,000 men in the ports.
                """).troops());
        t.rowWith("count_low", 4000L).has("side", "Other");
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
    void collaborationistForcesAreOtherEvenBesideTheirPatronsCombatant() {
        TableAsserts t = TableAsserts.of(Fixtures.build("river-posts.txt", """
                = Fixture River Posts =

                Infobox
                - Combatant1: Eighth Route Army
                - Combatant2: Empire of Japan; collaborationist forces
                - Strength2: about 90,000 Japanese; about 60,000 collaborationist troops

                Beside the Japanese garrisons stood about 35,000 troops of the collaborationist provincial council.
                """).troops());
        t.rowWith("count_low", 90000L).has("side", "Japan");
        t.rowWith("count_low", 60000L).has("side", "Other");
        t.rowWith("count_low", 35000L).has("side", "Other");
    }

    @Test
    void chineseAndRussianForcesBeforeTheRepublicAndTheRevolutionAreOther() {
        TableAsserts t = TableAsserts.of(Fixtures.build("border-forts.txt", """
                = Fixture Border Forts =

                In 1885 a Chinese garrison of about 2,600 men held the ford, and in 1891 some 1,700 Russian troops
                camped across the river.

                In 1929 some 8,200 Russian troops crossed the river against about 6,400 Chinese soldiers.
                """).troops());
        t.rowWith("count_low", 2600L).has("side", "Other");
        t.rowWith("count_low", 1700L).has("side", "Other");
        t.rowWith("count_low", 8200L).has("side", "USSR");
        t.rowWith("count_low", 6400L).has("side", "ROC");
    }

    @Test
    void aNationalityBeforeSettlersNamesWhereThePeopleCameFromNotTheSideTheyFoughtFor() {
        TableAsserts t = TableAsserts.of(Fixtures.build("valley-revolt.txt", """
                = Fixture Valley Revolt =

                In March 1930 the chiefs allied with Orlov's Smallholders' Army, about 1,600 Russian settlers \
                who had taken up arms against the farms, and together they besieged Karasu.
                """).troops());
        t.rowWith("count_low", 1600L).has("side", "Other");
    }

    @Test
    void menWhoWentOverKeepTheSideTheirOwnNounPhraseNames() {
        TableAsserts t = TableAsserts.of(Fixtures.build("canal-raids.txt", """
                = Fixture Canal Raids =

                Infobox
                - Combatant1: Eighth Route Army
                - Combatant2: Empire of Japan

                The raids cost the garrisons 1,300 collaborationist soldiers captured and about 900 collaborationist soldiers who went over to the Communists.
                """).troops());
        t.rowWith("count_low", 1300L).has("side", "Other");
        t.rowWith("count_low", 900L).has("side", "Other");
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
    void communistSoldiersOrArmiesAreTheChineseCommunistsForce() {
        TableAsserts t = TableAsserts.of(Fixtures.build("ford.txt", """
                = Fixture ford raid =

                The Japanese garrison held the ford in 1941. Its officers claimed that some 3,000 Communist soldiers were killed, and by 1942 about 9,000 men of the district had joined the Communist armies.
                """).troops());
        t.rowWith("count_low", 3000L).has("side", "PRC");
        t.rowWith("count_low", 9000L).has("side", "PRC");
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
    void menOfAKnownForceOutrankTheUnknownForceTheFigureRenames() {
        TableAsserts t = TableAsserts.of(Fixtures.build("crossing.txt", """
                = Fixture river crossing =

                In March 1935 the Eastern Column, 9,400 men of the Second Front Army, crossed the river under fire.
                """).troops());
        t.rowWith("count_low", 9400L).has("side", "PRC");
    }

    @Test
    void forcesOfStatesOutsideTheListAreOtherInAnArticleOfAListedSide() {
        TableAsserts t = TableAsserts.of(Fixtures.build("advisers.txt", """
                = Fixture Soviet advisers in the peninsula =

                Infobox
                - Country: Soviet Union

                Soviet instructors reached the port in 1948. The Korean People's Army (KPA) was founded in 1948. By the spring of 1949 the KPA numbered some 60,000 men, while the South Korean army had about 45,000.
                The Polish brigade lost 410 men at the pass, and the British kept some 7,000 men on the railway.
                """).troops());
        t.rowWith("count_low", 60000L).has("side", "Other");
        t.rowWith("count_low", 45000L).has("side", "Other");
        t.rowWith("count_low", 410L).has("side", "Other");
        t.rowWith("count_low", 7000L).has("side", "Other");
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
    void aPeoplesUnitAKnownForceFormedIsThatForcesSide() {
        TableAsserts t = TableAsserts.of(Fixtures.build("valley.txt", """
                = Fixture valley levies =

                In 1945 the Red Army garrison of the valley formed a Kazakh mounted company of about 240 men.
                """).troops());
        t.rowWith("count_low", 240L).has("side", "USSR");
    }

    @Test
    void theForceOfAnOwnerTheGazetteerDoesNotKnowIsOtherWhereItsClauseNamesNoSide() {
        TableAsserts t = TableAsserts.of(Fixtures.build("steppe.txt", """
                = Fixture steppe pursuit =

                Infobox
                - Combatant1: Soviet Union
                - Combatant2: White Army
                - Date: 1920

                Red Army men held the railway in 1920, and more Red Army men came in the spring.
                Colonel Petrov's remaining force, reduced to about 2,500 men, crossed the river in June.
                Cholera killed 300 of Orlov's men in the spring, and Semyonov's detachment shrank to about 600 men by the autumn.
                The Red Army held the valley. By the end of May Zhao's army had broken up, with some 8,000 killed and another 12,000 taken prisoner.
                In June the Soviet cavalry crossed the frontier to destroy Kolchak's remnants, who lost some 1,500 killed and 900 taken prisoner.
                """).troops());
        t.rowWith("count_low", 2500L).has("side", "Other");
        t.rowWith("count_low", 600L).has("side", "Other");
        t.rowWith("count_low", 8000L).has("side", "Other");
        t.rowWith("count_low", 12000L).has("side", "Other");
        t.rowWith("count_low", 1500L).has("side", "Other");
        t.rowWith("count_low", 900L).has("side", "Other");
    }

    @Test
    void aSubjectPronounsAntecedentOutranksTheArticlesSideForTheCountedNoun() {
        TableAsserts t = TableAsserts.of(Fixtures.build("raid.txt", """
                = Fixture border raid =

                Infobox
                - Combatant1: Soviet Union
                - Combatant2: White Army
                - Date: 1920

                Red Army men held the railway in 1920, and more Red Army men came in the spring.
                Baron Korff's horsemen fell back to the steppe in January. In March he returned with roughly 1,800 men and took the town.
                """).troops());
        t.rowWith("count_low", 1800L).has("side", "Other");
    }

    @Test
    void theMenOfAPronounAreThoseOfItsAntecedentWhenTheSentenceOpensWithItOrNamesNoOwner() {
        TableAsserts t = TableAsserts.of(Fixtures.build("desert.txt", """
                = Fixture desert column =

                The Soviet column crossed the river in October. It was destroyed in the desert by the horsemen of Orlov and Petrov, some 9,000 in all: about 2,000 of its soldiers were killed and 500 taken prisoner.
                Colonel Vlasenko raided the border again in July. Some 1,300 of his men were captured in August.
                """).troops());
        t.rowWith("count_low", 2000L).has("side", "USSR");
        t.rowWith("count_low", 500L).has("side", "USSR");
        t.rowWith("count_low", 1300L).has("side", "Other");
    }

    @Test
    void aBareFigureAPronounSubjectReachesContinuesTheTroopFigureOfThePreviousSentence() {
        TableAsserts t = TableAsserts.of(Fixtures.build("levies.txt", """
                = Fixture provincial levies =

                By 1930 the Kuomintang garrison of the province counted about 18,000. Ten years later it stood at roughly 45,000, twice what the treasury could pay.
                """).troops());
        t.rowWith("count_low", 18000L).has("side", "ROC");
        t.rowWith("count_low", 45000L).has("side", "ROC").has("measure", "strength");
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
    void aSidesNameRightBeforeALossNounOwnsTheFigure() {
        TableAsserts t = TableAsserts.of(Fixtures.build("ridge.txt", """
                = Fixture ridge fighting =

                Infobox
                - Combatant1: Kuomintang
                - Combatant2: Chinese Communist Party

                In 1947 the Nationalist 3rd Corps stormed the ridge for four days; it lost some 6,000 men there, against Communist losses of about 2,800.
                """).troops());
        t.rowWith("count_low", 6000L).has("side", "ROC");
        t.rowWith("count_low", 2800L).has("side", "PRC");
    }

    @Test
    void aForceNamedBeforeItsFigureIsTheOneAPassiveAttackAfterTheFigureStrikes() {
        TableAsserts t = TableAsserts.of(Fixtures.build("island.txt", """
                = Fixture island landing =

                The Soviet 56th Corps, with some 9,000 troops, landed on the island on 18 August and was resisted by the Japanese 91st Division.
                """).troops());
        t.rowWith("count_low", 9000L).has("side", "USSR");
    }
    @Test
    void aFigureRenamesTheNounBeforeItsCommaWhereverTheCommaIsLookedForFirst() {
        // invented sentences: a noun, a comma and a hedge before a figure, commas far back, none, line ends
        String[] texts = {
            "The river flotilla, about 300 in number, sailed at dawn.",
            "Its cavalry, some 4,000 strong, and the artillery, 12 guns, crossed the pass.",
            "A column of 500 marched; the depot held 80 wagons and the garrison 2,000.",
            "garrison,\n1,500 men held the fort, and brigade, nearly 900,",
            "Réserve, 30 men, Ürümqi’s guard, over 70,",
            ", 5", "x, 6", "", "a,  7 and b ,8",
            "the reserve, according to the staff, roughly 2,000", "its garrison, approximately\r\n3,000",
            "a mountain battery of the border regiment, approximately 3,000"};
        int renamed = 0;
        for (String t : texts) {
            for (int start = 0; start <= t.length(); start++) {
                String expected = Prose.renamedNounByPattern(t, start);
                assertEquals(expected, Prose.renamedNoun(t, start), t + " at " + start);
                renamed += expected == null ? 0 : 1;
            }
        }
        assertTrue(renamed >= 6, "figures renaming a noun: " + renamed);
        assertEquals("flotilla", Prose.renamedNoun(texts[0], texts[0].indexOf("300")));
        assertEquals("cavalry", Prose.renamedNoun(texts[1], texts[1].indexOf("4,000")));
    }

    @Test
    void aPeoplesAdjectiveBeforeABareForceNounMakesNoNameOfThatNounAndLongerUnitNamesStayWhole() {
        // invented sentences: "Malay Regiment" (a people, then only a force noun) must not make "Regiment" a name
        // that then cuts "Royal Canadian Regiment" or "Tonga Infantry Regiment" down to "Regiment"
        TableAsserts t = TableAsserts.of(Fixtures.build("e.txt", """
                = Fixture Emergency =

                Infobox
                - Combatant1: United Kingdom
                - Combatant2: Malayan Communist Party
                - Date: 1950

                == Forces ==
                The garrison had six battalions (four Gurkha and two of the Malay Regiment), about 5,000 troops in all.

                Other countries also took part:
                - Canada sent the 1st Battalion, Royal Canadian Regiment, some 800 strong, which arrived in May 1951.
                - Tonga sent about 300 men of the Tonga Infantry Regiment over 1951–1953; they lost 12 of their own.
                """).troops());
        t.rowWith("count_low", 800L).has("force", "Royal Canadian Regiment").has("side", "Other");
        t.hasNoRowWith("force", "Regiment");
    }

    @Test
    void lossesInflictedOnOrCausedToANamedForceAreThatForcesBeforeTheSubjectPeoples() {
        // invented sentences: a people as the subject, the losses it inflicted on (caused to) a side's force
        TableAsserts t = TableAsserts.of(Fixtures.build("w.txt", """
                = Fixture Frontier War =

                Infobox
                - Combatant1: Soviet Union
                - Combatant2: Finland
                - Date: 1940

                == Battles ==
                Near the lake in January the Finns inflicted some 2,500 casualties on a Soviet brigade.
                On the coast the Finns caused about 700 losses to the Soviet 9th Army.
                """).troops());
        t.rowWith("count_low", 2500L).has("side", "USSR");
        t.rowWith("count_low", 700L).has("side", "USSR");
    }
    @Test
    void aStateListedByCommaBesideAKnownSideInACombatantKeepsTheGazetteersOtherSide() {
        // invented sentences: allies listed with commas in one combatant entry are states of their own, not forces
        // fighting for the first party's side (as a party after ";" with a force noun may be)
        TableAsserts t = TableAsserts.of(Fixtures.build("pact.txt", """
                = Fixture Pact Intervention =

                Infobox
                - Combatant1: Soviet Union, Italy, Ruritania
                - Combatant2: Borduria
                - Date: 1950
                - Strength1: Soviet Union: about 50,000; Italy: 8,000

                == Forces ==
                Italy sent 6,000 troops of its 3rd Army across the border in two columns.

                == Losses ==
                Italy lost eleven soldiers in the first week.
                """).troops());
        t.rowWith("count_low", 50000L).has("side", "USSR");
        t.rowWith("count_low", 8000L).has("side", "Other");
        t.rowWith("count_low", 6000L).has("side", "Other");
        t.rowWith("count_low", 11L).has("side", "Other");
    }
    @Test
    void aPeoplesAdjectiveRightBeforeAForceTheGazetteerKnowsNamesThatPeoplesOwnForce() {
        // invented sentences: "National Army" is the gazetteer's name of one side's army; an Armenian or Latvian
        // "National Army" is another people's force, which the text ties to no side
        TableAsserts t = TableAsserts.of(Fixtures.build("n.txt", """
                = Fixture Mountain War =

                Infobox
                - Combatant1: Soviet Union
                - Combatant2: Ruritania
                - Date: 1920

                == War ==
                In the spring the Armenian National Army had some 4,000 men in the valley.
                By the autumn the Latvian National Army lost 350 killed and 90 missing near the river.
                """).troops());
        t.rowWith("count_low", 4000L).has("side", "Other");
        t.rowWith("count_low", 350L).has("side", "Other");
        t.rowWith("count_low", 90L).has("side", "Other");
        TableAsserts infobox = TableAsserts.of(Fixtures.build("i.txt", """
                = Fixture Pass =

                Infobox
                - Combatant1: Ruritania
                - Combatant2: Empire of Japan; Free Latvia
                - Date: 1943
                - Strength2: about 40,000 Japanese; some 3,000 Latvian National Army

                The battle lasted a week.
                """).troops());
        infobox.rowWith("count_low", 40000L).has("side", "Japan");
        infobox.rowWith("count_low", 3000L).has("side", "Other");
        TableAsserts table = TableAsserts.of(Fixtures.build("t.txt", """
                = Fixture Valley =

                Infobox
                - Combatant1: Ruritania
                - Combatant2: Empire of Japan
                - Date: 1943

                == Forces ==
                Of its 4th Division, about 2,500 men crossed the valley.

                | Formation | Commander | Strength |
                | Japanese 18th Division | Kenji Oda | 14,000 |
                | Latvian National Army, 4th Division | Janis Ozols | 2,800 |
                | Sources: Invented (2001). | | |
                """).troops());
        table.rowWith("count_low", 2800L).has("side", "Other");
        table.rowWith("count_low", 2500L).has("side", "Other");
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
    void menOfANamedForceWhoWentOverAreThatForcesAndTheGoingOverSpeaksOnlyOfItsOwnPartOfTheSentence() {
        // invented sentences: the men who deserted were of the force "its" stands for, not of the other combatant of
        // the side they went to; the figure before ", while" is not among those who went over
        TableAsserts t = TableAsserts.of(Fixtures.build("d.txt", """
                = Fixture Hill Campaign =

                Infobox
                - Combatant1: Empire of Japan
                - Combatant2: Soviet Union
                - Date: 1943

                == Losses ==
                The Latvian National Army lost about 300 killed in the hills, while some 500 of its men deserted to the Soviets.
                """).troops());
        t.rowWith("count_low", 300L).has("side", "Other");
        t.rowWith("count_low", 500L).has("side", "Other");
    }
    @Test
    void aForceNounWithAPossessiveOpeningTheSentenceIsTheForceOfThePreviousSentencesSubject() {
        // invented sentences: "His troops, … strong" are the troops of the man the previous sentence is about, not the
        // article's side for "troops"
        TableAsserts t = TableAsserts.of(Fixtures.build("h.txt", """
                = Fixture Hills Rising =

                Infobox
                - Combatant1: Soviet Union
                - Combatant2: Ruritanian rebels
                - Date: 1931

                == Rising ==
                Soviet troops crossed the river in May. Soviet troops took the bridge in June.

                Colonel Zorin fell back to the hills. His troops, no fewer than 3,000 strong, took the town in March.
                """).troops());
        t.rowWith("count_low", 3000L).has("side", "Other");
    }
    @Test
    void aFigureAfterTwoPhrasesJoinedByAndWithTheirPrepositionRenamesOnlyTheLastOne() {
        // invented sentences: "by Soviet troops and by the Harbour Militia, some 4,000 strong": the figure is the militia's
        TableAsserts t = TableAsserts.of(Fixtures.build("g.txt", """
                = Fixture Port Strike =

                Infobox
                - Combatant1: Soviet Union
                - Combatant2: Ruritanian strikers
                - Date: 1950

                == Strike ==
                The new council, supported by Soviet troops and by the newly raised Harbour Militia, some 4,000 strong by the spring, broke the strike.
                """).troops());
        t.rowWith("count_low", 4000L).has("side", "Other");
    }
    @Test
    void aPronounAfterAClauseOfGivingStandsForTheGiverNotForTheForceGiven() {
        // invented sentences: "it" is the Soviet Union that handed the Mongolian army its guns, not that army
        TableAsserts t = TableAsserts.of(Fixtures.build("s.txt", """
                = Fixture Soviet Aid to Mongolia =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mongolia
                - Date: 1925

                == Arms ==
                In 1925 the Soviet Union handed the Mongolian army 25 field guns and 9 lorries, and within two years it had sent about 400 instructors to Urga.
                """).troops());
        t.rowWith("count_low", 400L).has("side", "USSR");
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
    void thePeopleOfAStateOutsideTheListServingWithAForceKeepTheirStatesSide() {
        // invented sentence: the Americans attached to a Soviet division are their state's men, not the division's
        TableAsserts t = TableAsserts.of(Fixtures.build("attached.txt", """
                = Fixture Liaison =

                In 1943 the liaison mission numbered 140 Americans serving with Soviet divisions on the northern front.
                """).troops());
        t.rowWith("count_low", 140L).has("side", "Other");
    }

    @Test
    void aPlaceThatSendsMenStandsForItsGovernment() {
        // invented sentences: "London" is a place in the first sentence and the sender of the instructors in the second
        TableAsserts t = TableAsserts.of(Fixtures.build("sender.txt", """
                = Fixture Instructors =

                The Chinese Nationalist army had asked for help in London in 1942. By the end of 1943 London had sent some 60 instructors to the army.
                """).troops());
        t.rowWith("count_low", 60L).has("side", "Other");
    }

    @Test
    void aStateOutsideTheListNamedByItsAdjectiveOrPeopleIsOtherNotTheArticlesSide() {
        // invented sentences: in an article on Soviet aid, the Cuban brigade and the Belgians are their own states' men
        TableAsserts t = TableAsserts.of(Fixtures.build("outside.txt", """
                = Fixture Airlift =

                Infobox
                - Donor: Soviet Union
                - Recipient: Angola
                - Date: 1976

                Soviet transport aircraft flew in arms through the winter. By March the Cuban contingent had grown to some 6,500, and by May to about 8,000. Cuban losses in the campaign were put at 90 killed, and the Belgians had lost 14 killed.
                """).troops());
        t.rowWith("count_low", 6500L).has("side", "Other");
        t.rowWith("count_low", 8000L).has("side", "Other");
        t.rowWith("count_low", 90L).has("side", "Other");
        t.rowWith("count_low", 14L).has("side", "Other");
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
    void aFormationInBracketsAfterACombatantsStrengthIsThatCombatantsAndANameOppositeIsNoSubject() {
        // invented sentences: the infobox ties the numbered army to combatant 2; "opposite the British" is a position
        TableAsserts t = TableAsserts.of(Fixtures.build("bracketed.txt", """
                = Fixture Crossing =

                Infobox
                - Combatant1: United Kingdom
                - Combatant2: China
                - Date: 1951
                - Strength1: 3,000
                - Strength2: 30,000 (52nd Army)

                The 52nd Army, which held the fords opposite the British, numbered some 30,000 men. A staff study made in June found that the 52nd Army had lost about 6,000 men.
                """).troops());
        t.rowWith("line", 10, "count_low", 30000L).has("side", "PRC");
        t.rowWith("line", 10, "count_low", 6000L).has("side", "PRC");
    }

    @Test
    void theAgentOfAPassiveAttackIsNotTheSideOfTheLossesTheSubjectThenSuffered() {
        // invented sentence: the garrison "was attacked by" the Kwantung Army and lost the men; they are Soviet
        TableAsserts t = TableAsserts.of(Fixtures.build("passive-agent.txt", """
                = Fixture Pass =

                Infobox
                - Combatant1: Soviet Union
                - Combatant2: Japan
                - Date: 1939

                The pass was held by a Soviet rifle brigade from May. The brigade, holding a wide front with two battalions forward, was attacked by the Kwantung Army and lost more than 600 men in two days.
                """).troops());
        t.rowWith("count_low", 600L).has("side", "USSR");
    }

    @Test
    void aSidesSourcesCountTheForceTheSentenceCountsFirstNotTheirOwnSide() {
        // invented sentences: the Soviet estimates restate the Japanese column's strength; Japanese sources count it
        TableAsserts t = TableAsserts.of(Fixtures.build("sources.txt", """
                = Fixture Pass =

                Infobox
                - Combatant1: Soviet Union
                - Combatant2: Japan
                - Date: 1939

                Japanese sources later put the column thrown against the pass at two regiments, about 6,000 men; Soviet estimates ranged from 8,000 to 9,000.
                """).troops());
        t.rowWith("count_low", 6000L).has("side", "Japan");
        t.rowWith("count_low", 8000L).has("side", "Japan");
    }

    @Test
    void prisonersASideTookOfItsOwnAreTheOtherSidesMen() {
        // invented sentence: "of their own" says who took the prisoners; the prisoners are the other combatant's
        TableAsserts t = TableAsserts.of(Fixtures.build("own-prisoners.txt", """
                = Fixture Raid =

                Infobox
                - Combatant1: Mongolia
                - Combatant2: Japan
                - Date: 1936

                The Mongolian cavalry took 40 prisoners of their own during the raid, and the border guards another 25.
                """).troops());
        t.rowWith("count_low", 40L).has("side", "Japan");
        t.rowWith("count_low", 25L).has("side", "Japan");
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
    void anUnknownCommanderOpeningTheClauseAfterATimePhraseOwnsTheMenHeHad() {
        // invented sentences: Orlov, whom the gazetteer does not know, had the men; the Japanese named before did not
        TableAsserts t = TableAsserts.of(Fixtures.build("commander.txt", """
                = Fixture Hill =

                Infobox
                - Combatant1: Mongolia
                - Combatant2: Japan
                - Date: 1939

                The Japanese brought up a fresh regiment against the hill, and Orlov pulled his men back. By the morning of 3 July Orlov had about 200 men fit to fight. Orlov stayed behind with some 40 wounded men who could not be moved.
                """).troops());
        t.rowWith("count_low", 200L).has("side", "Other");
        t.rowWith("count_low", 40L).has("side", "Other");
    }

    @Test
    void aFigureInARelativeClauseAfterAForceCountsThatForceEvenAfterAPreposition() {
        // invented sentence: the Soviet advisers were attached to the Greek National Army, "which fielded" the men
        TableAsserts t = TableAsserts.of(Fixtures.build("relative.txt", """
                = Soviet advisers in Greece (fixture) =

                Infobox
                - Donor: Soviet Union
                - Recipient: Greece
                - Date: 1947

                By 1947 about 300 Soviet military advisers were attached to the Greek National Army, which fielded 26,000 men and some 40 guns.
                """).troops());
        t.rowWith("count_low", 300L).has("side", "USSR");
        t.rowWith("count_low", 26000L).has("side", "Other");
    }

    @Test
    void aSidesDeadPutAtAFigureAreLossesOfThatSide() {
        // invented sentences: "put the Japanese dead at", "put their own dead at" count the dead of a side
        TableAsserts t = TableAsserts.of(Fixtures.build("dead.txt", """
                = Fixture Ridge =

                Infobox
                - Combatant1: Soviet Union
                - Combatant2: Japan
                - Date: 1939

                Japanese losses are disputed. Soviet reports put the Japanese dead at some 4,000 for the whole action. Japanese sources put their own dead at no more than 900.
                """).troops());
        t.rowWith("count_low", 4000L).has("side", "Japan");
        t.rowWith("count_low", 900L).has("side", "Japan");
    }

    @Test
    void aSidesOwnLossesAreTheLossesOfTheSubjectThatGivesThem() {
        // invented sentence: "gives its own losses as" counts the losses of the subject, not of the figure before it
        TableAsserts t = TableAsserts.of(Fixtures.build("own.txt", """
                = Fixture Pass =

                Infobox
                - Combatant1: Soviet Union
                - Combatant2: Japan
                - Date: 1939

                The Japanese command claims that 3,200 Soviet soldiers were killed or wounded, and gives its own losses as 1,150, of whom 480 were killed. Soviet reports put the Japanese dead at 2,000, too high a figure; Japanese sources put their own dead at no more than 700.
                """).troops());
        t.rowWith("count_low", 700L).has("side", "Japan");
        t.rowWith("count_low", 3200L).has("side", "USSR");
        t.rowWith("count_low", 1150L).has("side", "Japan");
        t.rowWith("count_low", 480L).has("side", "Japan");
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
    void aForceNamedByAnUnknownPeoplesAdjectiveIsOther() {
        // invented sentence: "the Rhodesian column" is a force of a state the gazetteer does not know, not the article's
        TableAsserts t = TableAsserts.of(Fixtures.build("adjective.txt", """
                = Soviet aid to Fixtureland (1975–1991) =

                Infobox
                - Donor: Soviet Union
                - Recipient: People's Republic of Fixtureland
                - Date: 1975–1991

                Soviet aid to Fixtureland was the military support that the Soviet Union gave to its government.

                In the south the Rhodesian column sent across the border in 1979 numbered some 2,500 men.
                """).troops());
        t.rowWith("count_low", 2500L).has("side", "Other");
    }

    @Test
    void aNameUsedAsAPlaceThatLosesMenStandsForItsForce() {
        // invented sentences: "FLRT" is joined to a place once ("to Tarsa and FLRT bases"), but as the subject of
        // "lost" it stands for a force the gazetteer does not know, not for the article's side
        TableAsserts t = TableAsserts.of(Fixtures.build("placeloss.txt", """
                = Soviet aid to Fixtureland (1975–1991) =

                Infobox
                - Donor: Soviet Union
                - Recipient: People's Republic of Fixtureland
                - Date: 1975–1991

                Soviet aid to Fixtureland was the military support that the Soviet Union gave to its government.

                In 1977 Soviet instructors went to Tarsa and FLRT bases in the north. FLRT lost an estimated 700 killed and 1,200 wounded in the fighting of 1978.
                """).troops());
        t.rowWith("count_low", 700L).has("side", "Other");
        t.rowWith("count_low", 1200L).has("side", "Other");
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
    void itsNumberedFormationOpeningASentenceBelongsToTheParentThatFirstListedThePreviousSubject() {
        // invented sentences: "Its 3rd Battalion" is a battalion of the 41st Rifle Regiment, which the sentence that
        // first names it lists under the Japanese division; the article's side for "dead" does not count
        TableAsserts t = TableAsserts.of(Fixtures.build("parent.txt", """
                = Fixture Heights =

                Infobox
                - Combatant1: Soviet Union
                - Combatant2: Japan
                - Date: 1939

                The Soviet side lost 300 dead on the first day and 500 dead on the second.

                The Japanese 7th Division held the heights with the 26th and 28th Rifle Regiments forward and the 41st Rifle Regiment in reserve.

                The 41st Rifle Regiment took over on 5 May and held the crest for a week. Its 3rd Battalion alone counted 80 dead, 200 wounded and 9 missing.
                """).troops());
        t.rowWith("count_low", 80L).has("side", "Japan");
        t.rowWith("count_low", 200L).has("side", "Japan");
        t.rowWith("count_low", 9L).has("side", "Japan");
    }

    @Test
    void theSoldiersOfAForceThatGaveWayUnderAnAssaultAreNotTheAttackers() {
        // invented sentence: "its soldiers" are the division's that gave way, not those of the force whose assault it was
        TableAsserts t = TableAsserts.of(Fixtures.build("assault.txt", """
                = Fixture Steppe Battle =

                Infobox
                - Combatant1: Mongolia
                - Combatant2: Japan
                - Date: 1939

                In the east the 9th Division of the Mongolian People's Army, about 8,000 strong, gave way under the assault of the Japanese 23rd Division, and as many as 2,000 of its soldiers fled across the river.
                """).troops());
        t.rowWith("count_low", 8000L).has("side", "Mongolia");
        t.rowWith("count_low", 2000L).has("side", "Mongolia");
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
    void theLossesOfIrregularsNamedByTheirNounAreNotTheSideNamedBefore() {
        // invented sentence: "rebel losses" and "guerrilla casualties" count irregulars the text ties to no side
        TableAsserts t = TableAsserts.of(Fixtures.build("irregularloss.txt", """
                = Fixture Gorge =

                Infobox
                - Combatant1: Soviet Union
                - Combatant2: Basmachi
                - Date: 1925

                The Soviet column lost about 40 dead, while rebel losses are usually put at 300 to 400. In the next valley the NKVD troops lost 12 killed; guerrilla casualties were estimated at 150.
                """).troops());
        t.rowWith("count_low", 40L).has("side", "USSR");
        t.rowWith("count_low", 300L).has("side", "Other");
        t.rowWith("count_low", 12L).has("side", "USSR");
        t.rowWith("count_low", 150L).has("side", "Other");
    }

    @Test
    void aPeoplesGovernmentForcesAreOtherNotTheArticlesSide() {
        // invented sentence: "Tajik government forces" are the forces of a state the gazetteer does not know
        TableAsserts t = TableAsserts.of(Fixtures.build("government.txt", """
                = Fixture Valley War =

                Infobox
                - Combatant1: Soviet Union
                - Combatant2: Basmachi
                - Date: 1929

                The Soviet garrison lost 300 dead in the first winter. Tajik government forces lost about 800 dead in the fighting of 1929.
                """).troops());
        t.rowWith("count_low", 300L).has("side", "USSR");
        t.rowWith("count_low", 800L).has("side", "Other");
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
    void oneNameBeforeAForceNounIsNoSideForTheNounWhenTheOtherCombatantIsNoStateOfTheList() {
        // invented sentences: "a Chinese battalion" once does not make every later "the battalion" Chinese when the
        // other combatant (the United States) is one whose forces the gazetteer names no side for
        TableAsserts t = TableAsserts.of(Fixtures.build("one-battalion.txt", """
                = Fixture Battle of the Pass =

                Infobox
                - Combatant1: United States
                - Combatant2: China
                - Date: 1952

                == Battle ==
                On 3 May a Chinese battalion attacked the pass and was thrown back.

                == The defenders ==
                Ruritania sent a battalion to the pass in 1951. By March 1953 the battalion, then about 900 strong, held the crest.
                """).troops());
        t.rowWith("count_low", 900L).has("side", "Other");
    }
    @Test
    void prisonersASubjectTookAreTheOtherCombatants() {
        // invented sentences: the taker is the sentence's subject, not a name right before the figure; the prisoners
        // are the other combatant's, the taker's own losses its own
        TableAsserts t = TableAsserts.of(Fixtures.build("prisoners-taken.txt", """
                = Fixture Battle of the Saddle =

                Infobox
                - Combatant1: United States, Ruritania
                - Combatant2: China
                - Date: 1952

                == Battle ==
                The Ruritanians, with some 600 men on the saddle, took 14 prisoners and reported 9 killed and 30 wounded.
                """).troops());
        t.rowWith("count_low", 600L).has("side", "Other");
        t.rowWith("count_low", 14L).has("side", "PRC").has("measure", "captured");
        t.rowWith("count_low", 9L).has("side", "Other");
    }
    @Test
    void anUnknownNameThatGivesAnEstimateIsItsSourceNotTheSideWhoseLossesItCounts() {
        // invented sentences: "Third Army intelligence" and "Allied estimates" are who counted, not whose losses;
        // the losses are those the sentence names first
        TableAsserts t = TableAsserts.of(Fixtures.build("estimates.txt", """
                = Fixture Battle of the Saddle =

                Infobox
                - Combatant1: United States, Ruritania
                - Combatant2: China
                - Date: 1952

                == Aftermath ==
                Chinese casualties were never made public; Third Army intelligence put them at about 900 killed and 2,000 wounded. Chinese losses in the spring remain uncertain; Allied estimates run from 1,200 to 1,500 killed.
                """).troops());
        t.rowWith("count_low", 900L).has("side", "PRC");
        t.rowWith("count_low", 2000L).has("side", "PRC");
        t.rowWith("count_low", 1200L).has("side", "PRC");
    }
    @Test
    void aPeoplesAdjectiveBeforeArmyNamesThatPeoplesOwnForceNotTheArticlesSide() {
        // invented sentences: in an article on Soviet aid, "the Afghan army" is the recipient's army, no Soviet force
        TableAsserts t = TableAsserts.of(Fixtures.build("peoples-army.txt", """
                = Fixture Soviet aid to Afghanistan =

                Infobox
                - Donor: Soviet Union
                - Recipient: Afghanistan

                The Soviet Union sent advisers and arms from 1956. By 1970 the Afghan army had grown to about 80,000 men, and its officers were trained in Tashkent.
                """).troops());
        t.rowWith("count_low", 80000L).has("side", "Other");
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
    void menTrainedAbroadAreOfThePeopleTheSentenceSendsNotOfTheCountryThatTrainsThem() {
        // invented sentences: "Ghanaian cadets" are the trainees; the Soviet schools are where they trained
        TableAsserts t = TableAsserts.of(Fixtures.build("trained-abroad.txt", """
                = Fixture Soviet aid to Ghana =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ghana

                Schooling in the Soviet Union came next. After 1961 Tibetan officers attended Soviet military colleges, and by 1966 about 1,200 had been trained in them.
                """).troops());
        t.rowWith("count_low", 1200L).has("side", "Other");
    }
    @Test
    void theSameFigureWithTheIsTheOneGivenBeforeInItsParagraph() {
        // invented sentences: "of the 240 dead" is the 240 the sentence before gave, not the article's dead of a noun
        TableAsserts t = TableAsserts.of(Fixtures.build("same-figure.txt", """
                = Fixture Battles of the Saddle =

                Infobox
                - Combatant1: United States, Ruritania
                - Combatant2: China
                - Date: 1952

                == First battle ==
                The brigade counted 300 Chinese dead on the slope.

                == Second battle ==
                A week later it counted 500 Chinese dead below the crest.

                == Casualties ==
                Over both battles the defenders lost 240 killed and 600 wounded. The Ruritanian battalions bore most of it: of the 240 dead, 90 were Ruritanian.
                """).troops());
        t.rowWith("count_low", 240L, "unit", "dead").has("side", "Other");
        t.rowWith("count_low", 90L).has("side", "Other");
    }
    @Test
    void anUnknownPeopleAfterAnOpeningTimePhraseIsTheSubjectWhoseLossesTheFigureCounts() {
        // invented sentences: "By dawn the Ruritanians had lost …": the time phrase opens the clause, the Ruritanians
        // are its subject, not the Chinese of the sentence before
        TableAsserts t = TableAsserts.of(Fixtures.build("time-opened.txt", """
                = Fixture Battle of the Saddle =

                Infobox
                - Combatant1: United States, Ruritania
                - Combatant2: China
                - Date: 1953

                == Battle ==
                On 3 May the Chinese 88th Division attacked the saddle with two regiments. By dawn the Ruritanians had lost 40 killed and 75 wounded, and they fell back.
                """).troops());
        t.rowWith("count_low", 40L).has("side", "Other");
        t.rowWith("count_low", 75L).has("side", "Other");
    }
    @Test
    void anAbbreviationOfANameAfterAStateAdjectiveTakesThatStatesSide() {
        // invented sentences: the initials spell "People's Volunteer Army" only; "Chinese" before it gives the side
        TableAsserts t = TableAsserts.of(Fixtures.build("abbreviated.txt", """
                = Fixture Battle of the Saddle =

                Infobox
                - Combatant1: United States, Ruritania
                - Combatant2: China
                - Date: 1951

                == Battle ==
                Some 40,000 soldiers of the Chinese People's Volunteer Army (PVA) crossed the river in March. By April about 60,000 PVA soldiers were south of it.
                """).troops());
        t.rowWith("count_low", 60000L).has("side", "PRC");
    }
    @Test
    void lossesASideSaysItInflictedWithoutNamingOnWhomAreTheOtherCombatants() {
        // invented sentences: the Chinese inflicted the 9,000 casualties; they counted 400 casualties of their own
        TableAsserts t = TableAsserts.of(Fixtures.build("inflicted.txt", """
                = Fixture Battle of the Saddle =

                Infobox
                - Combatant1: United States, Ruritania
                - Combatant2: China
                - Date: 1951

                == Battle ==
                After the battle the Chinese said they had inflicted 9,000 casualties only to withdraw. The Chinese suffered 400 casualties.
                """).troops());
        t.rowWith("count_low", 9000L).has("side", "Other");
        t.rowWith("count_low", 400L).has("side", "PRC");
    }
    @Test
    void theSourceOfAnEstimateIsNotTheSideWhoseLossesItCounts() {
        // invented sentences: the intelligence and the estimates are who counted; the losses are the Chinese ones
        TableAsserts t = TableAsserts.of(Fixtures.build("estimates.txt", """
                = Fixture Battle of the Saddle =

                Infobox
                - Combatant1: United States, Ruritania
                - Combatant2: China
                - Date: 1952

                == Losses ==
                The Ruritanian battalion lost 40 killed. Chinese losses were heavier. Ninth Corps intelligence estimated them at 900 killed and 1,300 wounded.

                The Chinese regiment reported 600 casualties of its own, while United Nations estimates went as high as 2,000 killed.
                """).troops());
        t.rowWith("count_low", 900L).has("side", "PRC");
        t.rowWith("count_low", 1300L).has("side", "PRC");
        t.rowWith("count_low", 2000L).has("side", "PRC");
    }
    @Test
    void theAttackersSetAgainstAnUnknownNamedCompanysLossesAreTheOtherCombatant() {
        // invented sentences: Company F is no name of the gazetteer (Other), the attackers are the Chinese
        TableAsserts t = TableAsserts.of(Fixtures.build("attackers.txt", """
                = Fixture Battle of the Saddle =

                Infobox
                - Combatant1: United States, Ruritania
                - Combatant2: China
                - Date: 1952

                == Battle ==
                On the third night Company F lost 30 killed and 50 wounded, while the attackers lost some 400 dead.
                """).troops());
        t.rowWith("count_low", 30L).has("side", "Other");
        t.rowWith("count_low", 400L).has("side", "PRC");
    }
    @Test
    void menTrainedByADonorsInstructorsOrAtItsSchoolsAreTheReceivingSides() {
        // invented sentences: the Soviet instructors trained Ruritanian militiamen; the cadets at Soviet schools are
        // Ruritanian; "a further" soldiers schooled are the trainees of the sentence before
        TableAsserts t = TableAsserts.of(Fixtures.build("trainees.txt", """
                = Fixture Soviet aid to Ruritania =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ruritania

                == Training ==
                From 1962 a mission of 40 Soviet instructors served with the Ruritanian Home Guard, training about 3,000 militiamen.

                Ruritanian officers were also sent abroad: by 1965 some 90 cadets were at Soviet military academies. Between 1962 and 1966 some 800 Ruritanian soldiers were trained in the Soviet Union. A further 600 soldiers passed through the Soviet-run school at the capital.
                """).troops());
        t.rowWith("count_low", 40L).has("side", "USSR");
        t.rowWith("count_low", 3000L).has("side", "Other");
        t.rowWith("count_low", 90L).has("side", "Other");
        t.rowWith("count_low", 800L).has("side", "Other");
        t.rowWith("count_low", 600L).has("side", "Other");
    }
    @Test
    void lossesOfTheSubjectThatHeldAgainstAttacksByANamedForceAreTheSubjects() {
        // invented sentences: Company G held the hill against attacks by a Chinese regiment and lost the 20 killed
        TableAsserts t = TableAsserts.of(Fixtures.build("held-against.txt", """
                = Fixture Battle of the Saddle =

                Infobox
                - Combatant1: United States, Ruritania
                - Combatant2: China
                - Date: 1952

                == Battle ==
                Company G of the 7th Ruritanian Battalion defended the saddle for two nights against repeated assaults by a Chinese regiment of some 2,500 men and lost 20 killed and 45 wounded.

                The United States battalion held the ford on 9 May against two attacks by a Chinese battalion and lost 14 killed.
                """).troops());
        t.rowWith("count_low", 2500L).has("side", "PRC");
        t.rowWith("count_low", 20L).has("side", "Other");
        t.rowWith("count_low", 45L).has("side", "Other");
        t.rowWith("count_low", 14L).has("side", "Other"); // a known name before "against two attacks by"
    }
    @Test
    void aPronounStandsForAPeoplesCompanyAndThePrisonersItTookAreTheOtherCombatants() {
        // invented sentences: "it" is the Albanian company of the sentence before; its prisoners are Chinese
        TableAsserts t = TableAsserts.of(Fixtures.build("company-pronoun.txt", """
                = Fixture Battle of the Saddle =

                Infobox
                - Combatant1: United States, Ruritania
                - Combatant2: China
                - Date: 1952

                == Battle ==
                The Albanian company relieved the Americans on the saddle on 3 May and held it for a week. In close fighting on the crest it lost 12 killed and 30 wounded and took 9 prisoners.
                """).troops());
        t.rowWith("count_low", 12L).has("side", "Other");
        t.rowWith("count_low", 9L).has("side", "PRC");
    }
    @Test
    void theDivisionAfterAColonIsTheDivisionItsParagraphNamedFirst() {
        // invented sentences: "the division" after the colon is the 9th Ruritanian Division, not the Chinese gunners
        TableAsserts t = TableAsserts.of(Fixtures.build("division-colon.txt", """
                = Fixture Battle of the Saddle =

                Infobox
                - Combatant1: United States, Ruritania
                - Combatant2: China
                - Date: 1951

                == Battle ==
                By 2 May the 9th Ruritanian Division at the ford was nearly cut off. Chinese guns on the hills then wrecked its convoy: the division suffered some 1,800 casualties in one day.
                """).troops());
        t.rowWith("count_low", 1800L).has("side", "Other");
    }
    @Test
    void aForceInASentenceThatSaysAPeopleLedTheActionIsNotTheDonorsByDefault() {
        // invented sentences: the raiders were Albanian-led, not Soviet (the article's side by its title)
        TableAsserts t = TableAsserts.of(Fixtures.build("people-led.txt", """
                = Soviet aid to Ruritania =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ruritania

                == Military aid ==
                After the Albanian-led raid on the port of 1970, in which a force of some 300 men landed from two ships, the government asked Moscow for arms.
                """).troops());
        t.rowWith("count_low", 300L).has("side", "Other");
    }
    @Test
    void theCompanyRenamedByAFigureIsTheCompanyItsParagraphNamedFirst() {
        // invented sentences: "The company, 160 strong" is Company F (Other), not the Chinese battalions before it
        TableAsserts t = TableAsserts.of(Fixtures.build("company-renamed.txt", """
                = Fixture Battle of the Saddle =

                Infobox
                - Combatant1: United States, Ruritania
                - Combatant2: China
                - Date: 1952

                == Battle ==
                On 4 May, after a long barrage, three Chinese battalions struck Company F of the 2nd Battalion. The company, 160 strong, held its trenches until dawn.
                """).troops());
        t.rowWith("count_low", 160L).has("side", "Other");
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
    void aNumberedFormationRightBeforeItsLossVerbOwnsTheLosses() {
        // invented sentences: a formation named only by its number loses men after a clause that names the enemy
        TableAsserts t = TableAsserts.of(Fixtures.build("formation-losses.txt", """
                = Fixture Battle of the Saddle =

                Infobox
                - Combatant1: Ruritania
                - Combatant2: China
                - Date: 1951

                == Battle ==
                Chinese troops attacked the 4th Battalion on the ridge for three days. By the end of the week the 6th Division had lost roughly 2,400 men. At dawn the patrols found some 200 Chinese dead in the wire, and the 4th Battalion had lost 27 killed and 80 wounded. Over the next nights the 7th and 8th Regiments lost about 600 men in the valley.
                """).troops());
        t.rowWith("count_low", 2400L).has("side", "Other");
        t.rowWith("count_low", 200L).has("side", "PRC");
        t.rowWith("count_low", 27L).has("side", "Other");
        t.rowWith("count_low", 80L).has("side", "Other");
        t.rowWith("count_low", 600L).has("side", "Other");
    }
    @Test
    void aNamedForcesFigureIsASourceNotTheOwnerOfTheLosses() {
        // invented sentences: a headquarters' figure of the enemy's losses, after a sentence naming whose losses they are
        TableAsserts t = TableAsserts.of(Fixtures.build("source-figure.txt", """
                = Fixture Battle of the Pass =

                Infobox
                - Combatant1: Ruritania
                - Combatant2: China
                - Date: 1952

                == Casualties ==
                Estimates of Chinese losses differ. The Allied Headquarters figure, drawn from captured papers, was 4,100 killed and an estimated 2,000 wounded, about 6,100 in all.
                """).troops());
        t.rowWith("count_low", 4100L).has("side", "PRC");
        t.rowWith("count_low", 2000L).has("side", "PRC");
        t.rowWith("count_low", 6100L).has("side", "PRC");
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
    void menInAListOfPersonnelNounsWhoPassedThroughSchoolsAreTheTrainees() {
        // invented sentence: the trainees' people is named before a colon, their ranks listed after the figure
        TableAsserts t = TableAsserts.of(Fixtures.build("soviet-aid-to-ruritania.txt", """
                = Soviet aid to Ruritania =

                == Training ==
                The Soviet Union also trained Ruritanian personnel: some 250 officers, pilots and mechanics passed through Soviet schools between 1962 and 1970.
                """).troops());
        t.rowWith("count_low", 250L).has("side", "Other");
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
    void itsStrengthIsTheStrengthOfTheForceNamedBefore() {
        // invented sentences: a people's own army, then "its strength" after a giver named in the sentence before
        TableAsserts t = TableAsserts.of(Fixtures.build("soviet-aid-to-ruritania.txt", """
                = Soviet aid to Ruritania =

                == Military aid ==
                The Soviet Union signed an arms agreement with Ruritania in 1961. At the time the Ruritanian army numbered about 3,000 men and a police force; by 1967 its strength had reached some 4,500, including an air force of 120 men.
                """).troops());
        t.rowWith("count_low", 3000L).has("side", "Other");
        t.rowWith("count_low", 4500L).has("side", "Other");
        t.rowWith("count_low", 120L).has("side", "Other");
    }
    @Test
    void itsMenOpeningASentenceAreThoseOfTheFormationThatOpenedTheSentenceBefore() {
        // invented sentences: a numbered formation opens a sentence that later names the enemy; "Its men" follow
        TableAsserts t = TableAsserts.of(Fixtures.build("formation-subject.txt", """
                = Fixture Battle of the Ford =

                Infobox
                - Combatant1: Ruritania
                - Combatant2: China
                - Date: 1951

                == Battle ==
                The 3rd Battalion was surrounded near the river in the early hours of 2 May, when some 400 Chinese infantry broke into its lines. Its men held the ridge for two days, sheltering between 90 and 120 wounded in trenches.
                """).troops());
        t.rowWith("count_low", 400L).has("side", "PRC");
        t.rowWith("count_low", 90L).has("side", "Other");
    }
    @Test
    void enemyLossesASidesSourcesClaimAreTheOtherCombatants() {
        // invented sentences: one side's own accounts claim the enemy's losses
        TableAsserts t = TableAsserts.of(Fixtures.build("enemy-claimed.txt", """
                = Fixture Battle of the Ford =

                Infobox
                - Combatant1: United States
                - Combatant2: China
                - Date: 1951

                == Aftermath ==
                The battle ended on 4 May. Chinese accounts claim 3,100 enemy casualties in total, a figure Western historians doubt.
                """).troops());
        t.rowWith("count_low", 3100L).has("side", "Other");
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
}
