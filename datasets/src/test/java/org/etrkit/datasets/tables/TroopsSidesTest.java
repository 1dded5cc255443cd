package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.TroopsFixture.*;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** Sides: the combatant a troop figure belongs to, from names, forces, states outside the list and the article. */
class TroopsSidesTest {

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
    void aPeoplesIrregularsAreThatPeoplesForceWithoutASide() {
        TableAsserts t = TableAsserts.of(Fixtures.build("lake2.txt", """
                = Fixture Lake Two =

                The Kuomintang garrison held the town through the winter. In the spring the Kazakh insurgents lost some 600 men near the lake.
                """).troops());
        t.rowWith("count_low", 600L).has("side", "Other");
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
    void communistSoldiersOrArmiesAreTheChineseCommunistsForce() {
        TableAsserts t = TableAsserts.of(Fixtures.build("ford.txt", """
                = Fixture ford raid =

                The Japanese garrison held the ford in 1941. Its officers claimed that some 3,000 Communist soldiers were killed, and by 1942 about 9,000 men of the district had joined the Communist armies.
                """).troops());
        t.rowWith("count_low", 3000L).has("side", "PRC");
        t.rowWith("count_low", 9000L).has("side", "PRC");
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
    void aNumberedFormationAfterAnAdjectiveTheGazetteerDoesNotKnowIsOtherButABareNumberedOneIsNot() {
        // invented sentences: "the Ruritanian 9th Division of about 8,000 men" is no Soviet force; "the 102nd Division of"
        // without an adjective keeps the side named before
        TableAsserts t = TableAsserts.of(Fixtures.build("numbered-formation.txt", """
                = Fixture Frontier War =

                Infobox
                - Combatant1: Ruritania
                - Combatant2: Soviet Union
                - Date: 1940

                On the river the Soviet 5th Army was held throughout March. In the forest the Ruritanian 9th Division of about 8,000 men destroyed the Soviet 101st Division; the 101st alone lost some 2,100 men killed. Later the 102nd Division of about 9,000 men arrived.
                """).troops());
        t.rowWith("count_low", 8000L).has("side", "Other");
        t.rowWith("count_low", 2100L).has("side", "USSR");
        t.rowWith("count_low", 9000L).has("side", "USSR");
    }
}
