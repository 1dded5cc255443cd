package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.TroopsFixture.*;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** Whose losses a figure counts: the subject that lost them, the sources and estimates that only count them, the attackers set against them, prisoners taken, and men who went over. */
class TroopsLossOwnersTest {

    @Test
    void lossesOfItsOwnAreThoseOfTheNamedSubjectOfTheirClause() {
        // invented sentence: "of its own" after the figure is the clause's subject's, not the other side of the figure
        // before it (which is already the subject's enemy's count of the same side)
        TableAsserts t = TableAsserts.of(Fixtures.build("ridge-claims.txt", """
                = Battle of Ridge Nine =

                Infobox
                - Combatant1: Republic of China
                - Combatant2: Empire of Japan
                - Units2: 5th Army
                - Date: 1940

                == Losses ==

                Chinese reports put Japanese losses at about 8,000, while the 5th Army reported fewer than 1,200 killed and wounded of its own.
                """).troops());
        t.rowWith("count_low", 8000L).has("side", "Japan");
        t.rowWith("count_low", 1200L).has("side", "Japan");
        // a name in the noun phrase of a figure before is no subject: "killed about 700 Japanese soldiers, losing 90 … of
        // its own" are the division's losses
        TableAsserts u = TableAsserts.of(Fixtures.build("ridge-claims-two.txt", """
                = Battle of Ridge Ten =

                Infobox
                - Combatant1: Republic of China
                - Combatant2: Empire of Japan
                - Date: 1940

                == Losses ==

                In the autumn the Chinese division claimed to have killed about 700 Japanese soldiers near the ford while losing 90 killed and some 150 wounded of its own.
                """).troops());
        u.rowWith("count_low", 90L).has("side", "ROC");
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
    void theFirstObjectOfCostOwnsTheLossesAfterIt() {
        // invented sentences: "cost X 45 killed" counts X's losses, whatever side the sentence before names; a later
        // figure of the same verb takes its own object ("and the Chinese an estimated 700 dead")
        TableAsserts t = TableAsserts.of(Fixtures.build("tarnow.txt", """
                = Battle of Tarnow Ridge =

                Infobox
                - Combatant1: United States; Belgium
                - Combatant2: China
                - Date: 1951

                The Chinese attacked the ridge in April. The action cost the 12th Cavalry Regiment 45 killed, 210 wounded and 8 missing, while the Chinese lost some 900 men.

                In May the regiment met three Chinese battalions at the ford, in a skirmish that cost the battalion and the Belgians about 130 killed and wounded and the Chinese an estimated 700 dead.
                """).troops());
        t.rowWith("count_low", 45L).has("side", "Other");
        t.rowWith("count_low", 210L).has("side", "Other");
        t.rowWith("count_low", 8L).has("side", "Other");
        t.rowWith("count_low", 900L).has("side", "PRC");
        t.rowWith("count_low", 130L).has("side", "Other");
        t.rowWith("count_low", 700L).has("side", "PRC");
    }

    @Test
    void themASourcePutsAtAFigureStandsForTheLossesNamedBefore() {
        // invented sentences: the army that counts the graves is a source; "them" is the Chinese losses
        TableAsserts t = TableAsserts.of(Fixtures.build("marsh.txt", """
                = Battle of Marsh Hill =

                Infobox
                - Combatant1: United States
                - Combatant2: China
                - Date: 1951

                The garrison, some 2,300 Americans with a tank company, lost 31 killed and 140 wounded. Chinese losses were much heavier: the Ninth Army, counting graves on the slopes, put them at about 1,700 killed and 2,400 wounded, a figure never confirmed.
                """).troops());
        t.rowWith("count_low", 1700L).has("side", "PRC");
        t.rowWith("count_low", 2400L).has("side", "PRC");
    }

    @Test
    void prisonersASidesSourcesClaimAreTheEnemysMen() {
        // invented sentences: prisoners the Japanese communiqués claim are Chinese; Chinese soldiers captured are named so
        TableAsserts t = TableAsserts.of(Fixtures.build("hanzhong.txt", """
                = Battle of Hanzhong Gap =

                Infobox
                - Combatant1: Republic of China
                - Combatant2: Empire of Japan
                - Date: 1939

                == Breakout ==

                Over the following week some 90,000 Chinese troops withdrew to the west. Japanese communiqués claimed 12,000 prisoners, a figure Chinese sources reject; Japanese accounts also admit that fewer than 5,000 Chinese soldiers were captured in the pocket.
                """).troops());
        t.rowWith("count_low", 12000L).has("side", "ROC");
        t.rowWith("count_low", 5000L).has("side", "ROC");
    }

    @Test
    void prisonersASubjectLeftBehindTakenByOthersAreItsOwnMen() {
        // invented sentences: the Chinese divisions left the prisoners behind; the defenders took them
        TableAsserts t = TableAsserts.of(Fixtures.build("osprey.txt", """
                = Battle of Osprey Ridge =

                Infobox
                - Combatant1: United States; Belgium
                - Combatant2: China
                - Date: 1951

                == Battle ==

                The arrival of the column broke the siege. That night the Chinese divisions withdrew to the north, leaving behind their dead and 64 prisoners taken by the defenders in the course of the four days.
                """).troops());
        t.rowWith("count_low", 64L).has("side", "PRC");
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
    void attackersASidesSourcesClaimInAClauseOfTheirOwnAreTheOtherCombatants() {
        // invented sentence: after a semicolon, the Kuomintang communiqués claim the attackers' losses, the Japanese
        TableAsserts t = TableAsserts.of(Fixtures.build("communiques.txt", """
                = Fixture Battle of the Ferry =

                Infobox
                - Combatant1: Republic of China
                - Combatant2: Empire of Japan
                - Date: 1938

                The Japanese brigade withdrew after losing 800 men by its own count; Kuomintang communiqués claimed more than 2,000 attackers killed and 500 taken prisoner.
                """).troops());
        t.rowWith("count_low", 800L).has("side", "Japan");
        t.rowWith("count_low", 2000L).has("side", "Japan");
        t.rowWith("count_low", 500L).has("side", "Japan");
    }
}
