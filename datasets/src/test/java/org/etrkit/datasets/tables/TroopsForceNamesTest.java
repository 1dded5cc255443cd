package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.TroopsFixture.*;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** The force a name, a pronoun or a relative clause stands for: names qualified by another combatant's party, unknown subjects and parties, peoples serving in a force, and "its strength". */
class TroopsForceNamesTest {

    @Test
    void aStatesNameAfterARegionWordInsideAForceNameNamesNoForceOfThatState() {
        // invented sentences: "Central China" is a place in the name of a Japanese army, not a Chinese force
        TableAsserts t = TableAsserts.of(Fixtures.build("kaifeng.txt", """
                = Battle of Kaifeng Plain =

                Infobox
                - Combatant1: Republic of China
                - Combatant2: Empire of Japan
                - Date: 1938

                The Battle of Kaifeng Plain was fought in 1938 between the National Revolutionary Army and the Imperial Japanese Army. Japan's North China Area Army and Central China Expeditionary Army, advancing from the north and the south with about 300,000 men, set out to trap the Chinese 1st War Area, which held the plain with some 450,000 troops.
                """).troops());
        t.rowWith("count_low", 300000L).has("side", "Japan");
        t.rowWith("count_low", 450000L).has("side", "ROC");
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
    void anUnknownSubjectOpeningTheSentenceOwnsItsFigureBeforeAnyEarlierName() {
        Table t = Fixtures.build("subject.txt", """
                = Fixture Railway Zone =

                In 1904 the Japanese advanced on Mukden. The Amur Rifle Legion, which guarded the railway, had about 6,000 men by 1905.
                """).troops();
        TableAsserts.of(t).rowWith("count_low", 6000L).has("side", "Other");
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
    void theSovietMinistryOfStateSecurityIsASovietForce() {
        // invented sentence: the MGB's troops, as the NKVD's and MVD's, are Soviet
        TableAsserts t = TableAsserts.of(Fixtures.build("valley-raids.txt", """
                = Fixture Valley Raids =

                In March 1950 about 4,500 MGB troops surrounded the villages of the upper valley, and some 900 of them stayed until the autumn.
                """).troops());
        t.rowWith("count_low", 4500L).has("side", "USSR");
    }

    @Test
    void aPeoplesMenServingInAKnownForceAreThatForces() {
        // invented sentence: the Varnian men counted (a people no list knows) serve in the Red Army
        TableAsserts t = TableAsserts.of(Fixtures.build("varnians-in-altai.txt", """
                = Varnians in Altai =

                The authorities accused the Varnians of desertion, although some 6,500 Varnian men were serving in the Red Army at the time.
                """).troops());
        t.rowWith("count_low", 6500L).has("side", "USSR");
    }
}
