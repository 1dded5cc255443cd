package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.TroopsFixture.*;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/**
 * Sides: what the article gives a troop figure no name ties to a side (its title, infobox, subject, the force it is
 * about), and the forces of states outside the list.
 */
class TroopsSidesOfArticlesTest {

    @Test
    void aDefiniteForceNounNoForceOfTheParagraphIsNamedByIsTheInfoboxUnitOfOneCombatantWithThatHead() {
        // invented sentences: "the regiment" is the 41st Lancer Regiment of Units1, the only regiment of the infobox; the
        // Chinese dead the defenders counted are set against its losses
        TableAsserts t = TableAsserts.of(Fixtures.build("osprey.txt", """
                = Battle of Osprey Ridge =

                Infobox
                - Combatant1: United States; Belgium
                - Combatant2: China
                - Date: 1951
                - Units1: 41st Lancer Regiment; Volunteer Battalion of the Allied Nations
                - Units2: elements of the 12th and 15th Armies

                == Battle ==

                Chinese scouts probed the line during the day, and at night the first assault struck the 2nd Battalion's front. The two leading divisions, some 9,000 men, attacked in waves but gained no ground. By dawn the regiment had lost about 80 men killed and wounded, and the defenders counted more than 250 Chinese dead in front of their trenches.
                """).troops());
        t.rowWith("count_low", 9000L).has("side", "PRC");
        t.rowWith("count_low", 80L).has("side", "Other");
        t.rowWith("count_low", 250L).has("side", "PRC");
    }

    @Test
    void inAnArticleOnTheDonorsAidASentenceOpenedByADefiniteForceNounCountsTheRecipientsForce() {
        TableAsserts t = TableAsserts.of(Fixtures.build("soviet-aid-to-borduria.txt", """
                = Soviet aid to Borduria =

                Infobox
                - Donor: Soviet Union
                - Recipient: Borduria

                == Advisers ==
                About 60 Soviet military advisers served in Borduria in 1975. The army itself numbered about 6,300 men in 1980, of whom 5,900 served in the ground forces.
                """).troops());
        t.rowWith("count_low", 60L).has("side", "USSR");
        t.rowWith("count_low", 6300L).has("side", "Other");
        t.rowWith("count_low", 5900L).has("side", "Other");
    }

    @Test
    void inAnArticleOnTheDonorsAidGovernmentForcesAndTheDeadAmongRebelsAreNoOtherSupplierOfArms() {
        // invented sentences: "Government forces" opening a sentence are the recipient's, "the dead among the rebels"
        // irregulars of no side, not a state named as a supplier in the sentence before
        TableAsserts t = TableAsserts.of(Fixtures.build("soviet-aid-to-borduria-rising.txt", """
                = Soviet aid to Borduria =

                Infobox
                - Donor: Soviet Union
                - Recipient: Borduria

                == Rising ==
                Bulgaria, Cuba and China also sent arms, and by June the revolt was over. Government forces lost 41 killed and 170 wounded, while the dead among the rebels were put at about 800 and by other accounts at up to 2,600.
                """).troops());
        t.rowWith("count_low", 41L).has("side", "Other");
        t.rowWith("count_low", 170L).has("side", "Other");
        t.rowWith("count_low", 800L).has("side", "Other");
        t.rowWith("count_low", 2600L).has("side", "Other");
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
    void aStateTheGazetteerDoesNotKnowOpeningAClauseAfterCommaAndOwnsTheMenItStations() {
        // invented sentence: "Lagonia" opens the second clause as its subject; the article's donor owns none of its men
        TableAsserts t = TableAsserts.of(Fixtures.build("stationed.txt", """
                = Soviet aid to Ruritania =

                Infobox
                - Donor: Soviet Union
                - Recipient: Republic of Ruritania
                - Date: 1970

                Borduvia and Lagonia were neighbours. The railway was guarded by the army, and Lagonia stationed some 2,000 in the south.
                """).troops());
        t.rowWith("count_low", 2000L).has("side", "Other").has("measure", "deployed");
    }

    @Test
    void anIndefiniteMilitiaCountingTheFigureIsOfNoNamedSide() {
        // invented sentence: the militia after the semicolon is named by no side; the donor named before owns none of it
        TableAsserts t = TableAsserts.of(Fixtures.build("militia.txt", """
                = Soviet aid to Ruritania =

                Infobox
                - Donor: Soviet Union
                - Recipient: Republic of Ruritania
                - Date: 1970

                The USSR sent 30 military advisers in 1968; a village militia counted some 4,000 more.
                """).troops());
        t.rowWith("count_low", 30L).has("side", "USSR");
        t.rowWith("count_low", 4000L).has("side", "Other");
    }

    @Test
    void anIndefiniteArmyNoNameTiesIsNotTheArticlesOwnSide() {
        // invented sentence: "an army of" names no force of the donor the title names
        TableAsserts t = TableAsserts.of(Fixtures.build("indefinite-army.txt", """
                = Soviet aid to Ruritania =

                Infobox
                - Donor: Soviet Union
                - Recipient: Republic of Ruritania
                - Date: 1970

                The first deliveries, in 1971, included tanks and light weapons for an army of some 15,000 men.
                """).troops());
        t.rowWith("count_low", 15000L).has("side", "Other");
    }

    @Test
    void combatTroopsNoNameTiesInAnArticleOnAidAreTheRecipientsNotTheDonors() {
        // invented sentences: the regulars and the army are no donor's men; the donor's advisers stay the donor's
        TableAsserts t = TableAsserts.of(Fixtures.build("aid-combat.txt", """
                = Soviet aid to Borduria =

                Infobox
                - Donor: Soviet Union
                - Recipient: Kingdom of Borduria
                - Date: 1980

                The hill clans fielded between 7,000 and 9,000 regulars in the north.

                The new rifles equipped an army that grew from about 31,000 troops in 1981 to some 38,000 by 1986.

                By 1984 some 270 advisers served with the staff in the capital.
                """).troops());
        t.rowWith("count_low", 7000L).has("side", "Other");
        t.rowWith("count_low", 31000L).has("side", "Other");
        t.rowWith("count_low", 38000L).has("side", "Other");
        t.rowWith("count_low", 270L).has("side", "USSR");
    }

    @Test
    void theDefendersNamedByNoSideAreTheSideOfTheArticlesGarrison() {
        // invented sentences: "the Nationalist garrison of Kestrel" gives the article's garrison a side, and the
        // defenders no name ties to a side are that garrison
        TableAsserts t = TableAsserts.of(Fixtures.build("kestrel.txt", """
                = Fixture Battle of Kestrel Island =

                Infobox
                - Combatant1: Republic of China
                - Combatant2: People's Republic of China
                - Date: 1950

                The battle was fought between the PLA and the Nationalist garrison of Kestrel, a rocky island. After a bombardment from the mainland the landing began at dawn.

                The remaining defenders, some 1,700 men, fell back to the ridge. The ridge fell after a two-day assault in which about 600 defenders were captured.
                """).troops());
        t.rowWith("count_low", 1700L).has("side", "ROC");
        t.rowWith("count_low", 600L).has("side", "ROC");
    }

    @Test
    void theGarrisonOrDefendersAsTheSubjectOrOwnerOfAFigureAreTheSideOfTheArticlesGarrison() {
        // invented sentences: after "a small Japanese garrison" the garrison and the defenders no name ties to a side are
        // Japan's when they lose men, own a figure ("its garrison of") or open a clause a colon's figure explains
        TableAsserts t = TableAsserts.of(Fixtures.build("harrow-pass.txt", """
                = Fixture Battle of Harrow Pass =

                Infobox
                - Combatant1: Soviet Union
                - Combatant2: Empire of Japan
                - Date: 1945

                In August 1945 Soviet tanks reached the pass, which a small Japanese garrison held.

                The Soviet guns opened fire at dawn. The defenders had lost about 2,300 men by noon. The Soviet infantry stormed the fort in the evening, and by midnight the garrison had ceased to fight: about 3,100 men were killed or taken prisoner.

                The town below was shelled for a week, until its garrison of some 4,600 men surrendered.
                """).troops());
        t.rowWith("count_low", 2300L).has("side", "Japan");
        t.rowWith("count_low", 3100L).has("side", "Japan");
        t.rowWith("count_low", 4600L).has("side", "Japan");
    }

    @Test
    void inAnArticleOnTheDonorsAidAForceAVerbOfLevelTakesFromFigureToFigureIsTheRecipients() {
        // invented sentences: the recipient's cadets went to the donor's schools ("in the Soviet Union", a place); the
        // build-up then raised "the army", which no name marks, from one figure to another
        TableAsserts t = TableAsserts.of(Fixtures.build("soviet-aid-to-borduria.txt", """
                = Soviet aid to Borduria =

                Infobox
                - Donor: Soviet Union
                - Recipient: Borduria

                == Training ==
                Bordurian cadets went the other way: some 600 were trained in the Soviet Union after 1971. The new arms raised the army from about 9,000 men in 1970 to some 21,000 in 1979.
                """).troops());
        t.rowWith("count_low", 9000L).has("side", "Other");
        t.rowWith("count_low", 21000L).has("side", "Other");
    }

    @Test
    void inAnArticleOnAGovernmentTheGazetteerDoesNotKnowAFigureNoNameTiesIsNotTheOccupyingSides() {
        // invented article: a government under Soviet occupation, most of whose names of a side are Soviet; its own
        // militia, and an army that no name ties to a side, are no Soviet forces
        TableAsserts t = TableAsserts.of(Fixtures.build("upper-vardar-peoples-government.txt", """
                = Upper Vardar People's Government =

                Infobox
                - Conventional Long Name: Upper Vardar People's Government
                - Status: Unrecognised government under Soviet occupation
                - Capital: Dolna

                Soviet troops entered the valley in 1944, and the Red Army held its towns for two years. Soviet forces numbered about 40,000 there in 1945. The Soviet command, the Soviet consul and the Soviet Union's envoy backed the new government.

                == Armed forces ==

                The government raised a militia of volunteers in the autumn. Estimates of its strength vary from 9,000 to 14,000 men.

                == Fall ==

                The royal army, under General Borko Lanic, marched on Dolna in May with about 6,000 troops and took it.
                """).troops());
        t.rowWith("count_low", 40000L).has("side", "USSR");
        t.rowWith("count_low", 9000L).has("side", "Other");
        t.rowWith("count_low", 6000L).has("side", "Other"); // not by the article's side for "troops" ("Soviet troops")
    }

    @Test
    void aKnownForceInBracketsAfterACombatantsNameIsTheForceThatFoughtAndGivesItsSide() {
        // invented battle: "National Revolutionary Army (Eighth Route Army)" names the Communist-led force the gold
        // conventions make PRC at every date, not the National Revolutionary Army it formally belonged to
        TableAsserts t = TableAsserts.of(Fixtures.build("bracketed-combatant.txt", """
                = Battle of Xiaogou =

                Infobox
                - Combatant1: National Revolutionary Army (Eighth Route Army)
                - Combatant2: Empire of Japan
                - Date: 12 October 1938
                - Strength1: about 3,100
                - Strength2: about 1,900
                - Casualties1: about 240 killed and wounded

                == Battle ==

                The ambush at Xiaogou was fought in the hills north of the river.
                """).troops());
        t.rowWith("count_low", 3100L).has("side", "PRC");
        t.rowWith("count_low", 240L).has("side", "PRC");
        t.rowWith("count_low", 1900L).has("side", "Japan");
    }
}
