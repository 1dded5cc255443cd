package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.TroopsFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** Sides through references: pronouns, possessives and figures that stand for a force named before. */
class TroopsReferencesTest {

    @Test
    void aHigherFigureGivenByASourceCountsWhatTheFigureBeforeCounted() {
        // invented sentences: the corps that gives "a higher figure" is a source, not the side whose losses it counts
        TableAsserts t = TableAsserts.of(Fixtures.build("marsh.txt", """
                = Battle of Marsh Hill =

                Infobox
                - Combatant1: United States
                - Combatant2: China
                - Date: 1951

                == Casualties ==

                Patrols counted some 900 Chinese bodies on the slopes; the Ninth Army estimated Chinese losses at about 1,700 killed and 2,400 wounded, and the Ninth Corps gave a higher figure of 5,310 killed and wounded together.
                """).troops());
        t.rowWith("count_low", 5310L).has("side", "PRC");
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
    void ofHisOrItsMenAreTheMenOfTheNearestOwnerBeforeTheFigure() {
        TableAsserts t = TableAsserts.of(Fixtures.build("ford.txt", """
                = Fixture Ford =

                The Soviet cavalry crossed the river in May. At the ford the rearguard was cut off, and its leader, Captain Arslan Beg, surrendered together with some 150 of his riders. Osman Khan fled east with a small escort, and the Black Banner broke up; about 700 of its men gave up their arms.
                """).troops());
        t.rowWith("count_low", 150L).has("side", "Other").has("force", "Captain Arslan Beg");
        t.rowWith("count_low", 700L).has("side", "Other");
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
    void aPossessiveOpeningASentenceRefersToThePreviousSentencesSubject() {
        TableAsserts t = TableAsserts.of(Fixtures.build("south.txt", """
                = Fixture South =

                The Soviet column held the passes in the north. Osman Beg fell back to the south with the Japanese advisers. His riders, no fewer than 2,000 strong, took the oasis in March.
                """).troops());
        t.rowWith("count_low", 2000L).has("side", "Other").has("force", "Osman Beg");
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
    void aStateOutsideTheListNamedBeforeAFigureMakesItOtherNotTheArticlesSide() {
        TableAsserts t = TableAsserts.of(Fixtures.build("soviet-help.txt", """
                = Soviet help to the fixture republic =

                The Soviet Union sent about 600 advisers. Italy, for its part, had about 4,000 men in the ports.
                """).troops());
        t.rowWith("count_low", 4000L).has("side", "Other");
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
    void theirNumberPutAtAFigureIsTheNumberOfTheMenTheFigureBeforeItCounted() {
        // invented sentences: "their number" refers back to the advisers of the sentence before; a figure after another
        // figure in the same sentence does not
        TableAsserts t = TableAsserts.of(Fixtures.build("their-number.txt", """
                = Soviet aid to Ruritania =

                Infobox
                - Donor: Soviet Union
                - Recipient: Republic of Ruritania
                - Date: 1970

                The Soviet Union dispatched some 35 military advisers in 1973. Western estimates for 1975 put their number at about 90, alongside some 400 Borduvian advisers.
                """).troops());
        t.rowWith("count_low", 90L).has("side", "USSR");
        t.rowWith("count_low", 400L).has("side", "Other");
    }

    @Test
    void aForceTheGazetteerDoesNotKnowBeforeWhichNumberedOwnsTheFigure() {
        // invented sentence: the relative clause follows an unknown force, not the sender named first in the clause
        TableAsserts t = TableAsserts.of(Fixtures.build("which-numbered.txt", """
                = Soviet aid to Ruritania =

                Infobox
                - Donor: Soviet Union
                - Recipient: Republic of Ruritania
                - Date: 1970

                The USSR sent 20 military advisers in 1964, to organise the Ruritanian People's Army, which numbered about 6,000 men in 1966.
                """).troops());
        t.rowWith("count_low", 20L).has("side", "USSR");
        t.rowWith("count_low", 6000L).has("side", "Other");
    }

    @Test
    void aDefiniteForceNounASourceCreditsWithAFigureIsTheForceTheParagraphNamedFirst() {
        // invented sentences: "the division" is the Japanese division named before, not the side of the sources
        TableAsserts t = TableAsserts.of(Fixtures.build("credited.txt", """
                = Battle of Fixture Pass =

                Infobox
                - Combatant1: Republic of China
                - Combatant2: Empire of Japan
                - Date: 1939

                Facing them was the Japanese 9th Division, with three infantry regiments, each of roughly 2,000 men. Soviet intelligence credited the division with a total of 6,500 to 7,000 troops, supported by about 50 guns.
                """).troops());
        t.rowWith("count_low", 6500L).has("side", "Japan");
    }

    @Test
    void menListedAmongThemKeepTheSideOfTheFigureBeforeThoughAPlaceFollowsTheirNoun() {
        // invented sentence: "near Tashkent in the Uzbek SSR" says where the pilots were trained, not whose they are
        TableAsserts t = TableAsserts.of(Fixtures.build("among.txt", """
                = Soviet aid to Ruritania =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ruritania
                - Date: 1980

                In the 1980s more than 900 Ruritanian officers, pilots and mechanics were trained at Soviet academies, among them about 250 pilots trained near Tashkent in the Uzbek SSR.
                """).troops());
        t.rowWith("count_low", 900L).has("side", "Other");
        t.rowWith("count_low", 250L).has("side", "Other").has("measure", "trained");
    }
    @Test
    void aDefiniteForceNounOpeningItsClauseThatItsParagraphNamesNoForceByIsThePreviousSentencesSubject() {
        // invented sentences: "The brigade" and "the regiment" are the Grenadiers and the 22nd Infantry, not the Chinese
        // named before them
        TableAsserts t = TableAsserts.of(Fixtures.build("definite-previous.txt", """
                = Fixture Battle of the Saddle =

                Infobox
                - Combatant1: United States, Ruritania
                - Combatant2: China
                - Date: 1951

                == Battle ==
                On 9 May the Chinese 60th Army relieved the 58th. The Grenadiers, holding the saddle with some 700 men, were attacked by 4,000 Chinese before dawn. The brigade lost 11 killed, 64 wounded and 27 missing.

                The 22nd Infantry, which had held the ford for a week, met a second assault by the Chinese on 12 May. By noon the attack had been beaten off, and the regiment reported 15 killed and 52 wounded.
                """).troops());
        t.rowWith("count_low", 11L).has("side", "Other").has("measure", "killed");
        t.rowWith("count_low", 64L).has("side", "Other");
        t.rowWith("count_low", 27L).has("side", "Other");
        t.rowWith("count_low", 15L).has("side", "Other").has("measure", "killed");
        t.rowWith("count_low", 52L).has("side", "Other");
    }
    @Test
    void aNumberedFormationOpeningItsSentenceIsNotPlacedUnderASideThatOnlyRaidedIt() {
        // invented sentences: the 32nd Infantry opens the sentence of its force and of the regiment's losses; the Chinese
        // named before it in an earlier sentence only raided its outposts
        TableAsserts t = TableAsserts.of(Fixtures.build("numbered-opening.txt", """
                = Fixture Battle of the Ridge =

                Infobox
                - Combatant1: United States
                - Combatant2: China
                - Date: 1952

                == Battle ==
                In May the 31st Infantry sent out patrols every night, and the Chinese answered with raids on the outposts of the 32nd Infantry to the west.

                The last assault came on 9 June, when two Chinese regiments, some 2,600 men, struck the ridge. The 32nd Infantry, which had held the ridge for a week, met them with a force of about 1,900 men. By evening the attack had failed, and the regiment reported 14 killed and 40 wounded.
                """).troops());
        t.rowWith("count_low", 2600L).has("side", "PRC");
        t.rowWith("count_low", 1900L).has("side", "Other");
        t.rowWith("count_low", 14L).has("side", "Other").has("measure", "killed");
        t.rowWith("count_low", 40L).has("side", "Other");
    }

    @Test
    void aPronounForAForceFormedFromUnitsStandsForTheForceNotTheUnitsItWasFormedFrom() {
        // invented sentences: the volunteer army was formed from Red Army detachments; "it" is that army, a force the
        // gazetteer does not know (a name ending in a force noun)
        TableAsserts t = TableAsserts.of(Fixtures.build("legion.txt", """
                = Fixture Legion =

                The Frontier Volunteer Army was raised in May 1931 from volunteer bands and from Red Army detachments west of the river. It grew fast during the winter; under Markov it reached about 12,000 men in 1932, organised in three rifle regiments and two armoured trains. Budget cuts in 1933 reduced it to fewer than 7,000 by the autumn.
                """).troops());
        t.rowWith("count_low", 12000L).has("side", "Other");
        t.rowWith("count_low", 7000L).has("side", "Other").has("measure", "strength");
    }

    @Test
    void aNameModifyingAThingIsNoForceAPronounCanStandFor() {
        // invented sentences: "the Red Army model" names a kind of organisation, not the force "its strength" counts
        TableAsserts t = TableAsserts.of(Fixtures.build("guard.txt", """
                = Fixture Guard =

                In March 1952 the council announced a regular Home Defence Army under Colonel Varga. Instructors from abroad built it on the Red Army model; by the winter it had three rifle brigades, and its strength was put at about 6,500 men.
                """).troops());
        t.rowWith("count_low", 6500L).has("side", "Other");
    }

    @Test
    void aFurtherFigureWhoseOwnNounPhraseNamesAPeopleIsThatPeoplesNotThePartOfTheFigureBefore() {
        // invented sentence: "a further 30 Cuban instructors" are Cuban, not more of the Soviet advisers before them
        TableAsserts t = TableAsserts.of(Fixtures.build("soviet-aid-to-ruritania.txt", """
                = Soviet aid to Ruritania =

                == Advisers ==
                About 120 Soviet advisers served with the army in 1975, while a further 30 Cuban instructors served with its air force.
                """).troops());
        t.rowWith("count_low", 120L).has("side", "USSR");
        t.rowWith("count_low", 30L).has("side", "Other");
    }

    @Test
    void anEstimateOfTheForceCountedBeforeCountsItsMenAndTheirParts() {
        // invented sentences: a foreign estimate gives a new count of the front the sentence before counted
        TableAsserts t = TableAsserts.of(Fixtures.build("hill-war.txt", """
                = Hill War =

                Infobox
                - Combatant1: Soviet Union
                - Combatant2: Free Hill Front

                == The front ==
                In late 1970 the Free Hill Front numbered between 2,000 and 3,000 trained men. A year later the Soviet estimate was 9,000, of whom no more than 1,500 were deployed inside Borduria and about 7,500 were stationed at bases in the hills.
                """).troops());
        t.rowWith("count_low", 9000L).has("side", "Other").has("measure", "strength");
        t.rowWith("count_low", 1500L).has("side", "Other");
        t.rowWith("count_low", 7500L).has("side", "Other");
    }
}
