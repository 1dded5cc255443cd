package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.TroopsFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** Measures: strength, losses, prisoners and the other measures of a troop figure, what a figure counts, and its dates and quotes. */
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
    void anUnknownSubjectOpeningTheSentenceOwnsItsFigureBeforeAnyEarlierName() {
        Table t = Fixtures.build("subject.txt", """
                = Fixture Railway Zone =

                In 1904 the Japanese advanced on Mukden. The Amur Rifle Legion, which guarded the railway, had about 6,000 men by 1905.
                """).troops();
        TableAsserts.of(t).rowWith("count_low", 6000L).has("side", "Other");
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
}
