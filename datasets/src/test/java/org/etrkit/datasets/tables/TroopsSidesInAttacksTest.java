package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.TroopsFixture.*;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/**
 * Sides: the combatant of a troop figure in attacks, losses dealt or set against another side's, prisoners taken and men
 * who went over.
 */
class TroopsSidesInAttacksTest {

    @Test
    void theMenOfACounterAttackByAnUnmarkedForceAreTheOtherCombatantThanTheAttackers() {
        // invented sentences: the counter-attacks are made against the Chinese who attacked, by forces no name marks
        TableAsserts t = TableAsserts.of(Fixtures.build("osprey.txt", """
                = Battle of Osprey Ridge =

                Infobox
                - Combatant1: United States; Belgium
                - Combatant2: China
                - Date: 1951

                == Battle ==

                The heaviest attacks came on the second night, when fresh Chinese battalions joined the assault from the east. Company F of the 1st Battalion, about 140 men holding a spur on the eastern rim, was overrun before dawn. Two counter-attacks, the first by the Lancers and the second by a scratch company of some 60 men, failed to retake it.

                On the night of 9 May the Chinese returned with two battalions. They overran the forward trenches and held part of the hill for two hours before a counterattack by Company D, 212th Infantry, 150 men under a captain, drove them off.
                """).troops());
        t.rowWith("count_low", 60L).has("side", "Other");
        t.rowWith("count_low", 150L).has("side", "Other");
    }

    @Test
    void theHoldersOfAPlaceASideMovesOnAndItsDefendersAreTheOtherCombatant() {
        // invented sentences: the corps ", held by" which holds the town the Japanese division moved on, and the defenders
        // of a town a Japanese division attacked in the sentence before, are Chinese
        TableAsserts t = TableAsserts.of(Fixtures.build("lindau.txt", """
                = Battle of Lindau Plain =

                Infobox
                - Combatant1: Republic of China
                - Combatant2: Empire of Japan
                - Commander2: Okabe Tadashi, Mori Kenzo
                - Date: 1938

                == The north ==

                In the north two Japanese divisions advanced on converging lines. Okabe Tadashi's 9th Division moved on Lindau, held by Wen Baoshan's 4th Army Corps of fewer than 8,000 men, and was stopped in April.

                Mori Kenzo's 14th Division, about 20,000 men with 40 tanks, attacked the walled town of Sangtai, held by the 140th Division of the Hunanese 30th Army Group. Some 1,900 of the defenders were killed between 3 and 6 April, and the Japanese reached the river a week later.
                """).troops());
        t.rowWith("count_low", 8000L).has("side", "ROC");
        t.rowWith("count_low", 20000L).has("side", "Japan");
        t.rowWith("count_low", 1900L).has("side", "ROC");
    }

    @Test
    void prisonersASidesSourcesClaimItsActionTookAreTheOtherCombatants() {
        TableAsserts t = TableAsserts.of(Fixtures.build("lake.txt", """
                = Fixture Lake =

                Infobox
                - Combatant1: Soviet Union
                - Combatant2: Empire of Japan
                - Date: 1938

                == Aftermath ==
                Japanese accounts published in the 1960s praise the defence of the ridge, and claim that the counter-attack took 45 prisoners near the lake.
                """).troops());
        t.rowWith("count_low", 45L).has("side", "USSR");
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
    void theAgentOfAPassiveAttackIsNotTheSideOfTheAttacked() {
        TableAsserts t = TableAsserts.of(Fixtures.build("post.txt", """
                = Fixture Post =

                The Soviet column crossed the border in May. The garrison of 800 men was overrun by Japanese units in June. Some 300 horsemen were beaten by Nationalist cavalry near the lake.
                """).troops());
        t.rowWith("count_low", 800L).has("side", "Other");
        t.rowWith("count_low", 300L).has("side", "Other");
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
    void prisonersANameTheGazetteerDoesNotKnowTookAreTheOtherCombatantThanOther() {
        // invented sentence: "The Rangers" is no name of the gazetteer (Other); "only" between the verb and the figure
        TableAsserts t = TableAsserts.of(Fixtures.build("rangers.txt", """
                = Battle of Fixture Hill =

                Infobox
                - Combatant1: United States
                - Combatant2: China
                - Date: 1952
                - Units1: 3rd Rangers; 9th Rangers

                The Rangers took only 22 prisoners, five of them wounded.
                """).troops());
        t.rowWith("count_low", 22L).has("side", "PRC").has("measure", "captured");
        t.rowWith("count_low", 5L).has("side", "PRC").has("measure", "wounded");
    }

    @Test
    void aFormationAttackersOwnSubjectAfterWhileItsAndAFormationNamedWithItsParentAreTheParentsSide() {
        // invented sentences: "its 2nd Battalion" after ", while" is the attacker's, not the attacked; "the 1st Battalion,
        // 201st Regiment" is the regiment's, which the infobox's units tie to the second combatant
        TableAsserts t = TableAsserts.of(Fixtures.build("parent-formation.txt", """
                = Battle of Fixture Hill =

                Infobox
                - Combatant1: United States
                - Combatant2: China
                - Date: 1952
                - Units2: 201st, 202nd and 203rd Regiments, 60th Division

                Two battalions of the 201st Regiment, some 900 men, then moved against Alpha, while its 2nd Battalion, about 400 strong, moved against Beta.

                Beta held until dawn; the Chinese then occupied the hill with about 300 men of the 1st Battalion, 201st Regiment.
                """).troops());
        t.rowWith("count_low", 900L).has("side", "PRC");
        t.rowWith("count_low", 400L).has("side", "PRC");
        t.rowWith("count_low", 300L).has("side", "PRC");
    }

    @Test
    void anUnknownAdjectiveBeforeLossesOwnsThemThoughTheArticleAlsoUsesItAfterTo() {
        // invented sentences: "to Ruritanian students" makes the word look like a place; before "losses" it names the losers
        TableAsserts t = TableAsserts.of(Fixtures.build("losses-adjective.txt", """
                = Soviet aid to Ruritania =

                Infobox
                - Donor: Soviet Union
                - Recipient: Republic of Ruritania
                - Date: 1970

                From 1960 Moscow offered 150 scholarships a year to Ruritanian students.

                In May 1971 a Borduvian force of about 500 men landed at Porta and withdrew the next day. Ruritanian losses were put at between 100 and 200 killed.
                """).troops());
        t.rowWith("count_low", 100L).has("side", "Other").has("measure", "killed");
    }

    @Test
    void lossesAtACostOfItsOwnAfterADurationOfFightingAreTheSubjectsThatPaidThem() {
        // invented sentence: "four days of fighting" is a noun, no attack on the PLA after it; the PLA paid the cost
        TableAsserts t = TableAsserts.of(Fixtures.build("cost.txt", """
                = Fixture Landing =

                Infobox
                - Combatant1: People's Republic of China
                - Combatant2: Republic of China
                - Date: 1954

                In four days of fighting the PLA landed some 2,400 men, took the island and captured its garrison of 700, at a cost of 210 of its own dead.
                """).troops());
        t.rowWith("count_low", 2400L).has("side", "PRC");
        t.rowWith("count_low", 700L).has("side", "ROC");
        t.rowWith("count_low", 210L).has("side", "PRC");
    }

    @Test
    void theAttackersSetAgainstTheRecipientsLossesInAnArticleOnAidAreNoDonors() {
        // invented sentence: the donor of the aid fought no one; the attackers are a third party's men
        TableAsserts t = TableAsserts.of(Fixtures.build("raid.txt", """
                = Soviet aid to Somalia =

                Infobox
                - Donor: Soviet Union
                - Recipient: Somalia
                - Date: 1975

                A seaborne raid on the capital failed in March 1975. Somali losses were put at about 150 killed; the attackers lost at least 12 dead and 5 captured.
                """).troops());
        t.rowWith("count_low", 150L).has("side", "Other");
        t.rowWith("count_low", 12L).has("side", "Other");
        t.rowWith("count_low", 5L).has("side", "Other");
    }
    @Test
    void lossesAtACostAfterASideSomethingWasTakenFromAreItsOpponents() {
        // invented sentence: the ridge was taken from the Kuomintang; the cost is that of the side that took it
        TableAsserts t = TableAsserts.of(Fixtures.build("cost-from.txt", """
                = Fixture Ridge Fight =

                Infobox
                - Combatant1: People's Republic of China
                - Combatant2: Republic of China
                - Date: 1949

                Between 2 and 5 May the column took the ridge and the village below it from the Kuomintang at a cost of 73 killed and 190 wounded.
                """).troops());
        t.rowWith("count_low", 73L).has("side", "PRC").has("measure", "killed");
        t.rowWith("count_low", 190L).has("side", "PRC");
    }

    @Test
    void theirOwnLossesOpeningASentenceAreSetAgainstTheLossesTheSentenceBeforeCounted() {
        // invented sentences: "Their own losses" are those of the men who counted the Japanese dead, not the Japanese
        TableAsserts t = TableAsserts.of(Fixtures.build("own-losses.txt", """
                = Fixture Hill Fight =

                Infobox
                - Combatant1: Republic of China
                - Combatant2: Empire of Japan
                - Date: 1938

                On 3 April a Japanese battalion tried twice to storm the hill; the defenders held the crest and counted 320 Japanese dead below the trenches. Their own losses were 41 killed and 96 wounded.
                """).troops());
        t.rowWith("count_low", 320L).has("side", "Japan");
        t.rowWith("count_low", 41L).has("side", "ROC").has("measure", "killed");
        t.rowWith("count_low", 96L).has("side", "ROC");
    }
}
