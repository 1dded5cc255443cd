package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.AidFixture.*;

import org.junit.jupiter.api.Test;

/** People given as aid: advisers, specialists, staff and servicemen sent or serving, and the side they serve. */
class AidPersonnelTest {

    private static final String MISSION = """
            = Fixture Mission =

            Infobox
            - Country: Soviet Union
            - Allegiance: Republic of China

            Some 2,400 Soviet servicemen passed through China, more than 900 of them pilots, and 120 of them lost their lives. The first volunteers, 250 pilots and mechanics, arrived in Nanjing in 1938, while 3,000 Red Army troops arrived in Lanzhou.

            In 1938 the Soviet Union shipped 200 aircraft to China. A first credit of $40 million was signed in 1938, a second of $60 million in 1939. By 1941 China had drawn about $90 million of it.

            From 1937 to 1941 the Soviet Union supplied a total of 600 aircraft and 40 T-26 tanks. At the peak 120 Red Army advisers worked with Chinese army headquarters, and about 50 more taught at Chinese schools.

            The Soviet Union kept arming the Ili forces through its consulate; deliveries in 1947 included 3,000 rifles and 20 machine guns. The Soviet Union lent the PLA 30 transport aircraft, which flew about 2,000 soldiers to Dihua.

            The last Soviet units left China in 1941 and handed over their remaining aircraft, about 80 in number, to the Chinese Air Force.
            """;

    @Test
    void personnelServingTheOtherSideAndTheFormsOfAMissionArticle() {
        TableAsserts t = TableAsserts.of(Fixtures.build("mission.txt", MISSION).aid());
        // "passed through", "of them", losses are no gift; advisers and pilots "arrived in", troops not
        t.rowWith("quantity", 2400.0).has("donor", "USSR").has("recipient", "ROC").has("unit", "servicemen");
        t.rowWith("quantity", 900.0).has("donor", "USSR").has("recipient", "ROC").has("unit", "pilots");
        t.hasNoRowWith("quantity", 120.0, "line", 7);
        t.rowWith("quantity", 250.0).has("donor", "USSR").has("recipient", "ROC");
        t.hasNoRowWith("quantity", 3000.0, "line", 7);
        // a credit noun; a list of credits; "had drawn"
        t.rowWith("quantity", 40_000_000.0).has("donor", "USSR").has("recipient", "ROC").has("unit", "USD");
        t.rowWith("quantity", 60_000_000.0).has("donor", "USSR").has("recipient", "ROC");
        t.rowWith("quantity", 90_000_000.0).has("donor", "USSR").has("recipient", "ROC").has("qualifier", "about");
        // dates and "a total of" are no recipient; model names and "N more"
        t.rowWith("quantity", 600.0).has("donor", "USSR").has("recipient", "ROC");
        t.rowWith("quantity", 40.0, "unit", "tanks").has("donor", "USSR").has("recipient", "ROC");
        t.rowWith("quantity", 120.0, "unit", "advisers").has("donor", "USSR").has("recipient", "ROC");
        t.rowWith("quantity", 50.0).has("donor", "USSR").has("recipient", "ROC").has("unit", "advisers");
        // a transfer noun after a semicolon takes the verb before it; a relative clause has its own figures
        t.rowWith("quantity", 3000.0, "unit", "rifles").has("donor", "USSR").has("recipient", "ETR");
        t.rowWith("quantity", 20.0).has("donor", "USSR").has("recipient", "ETR");
        t.rowWith("quantity", 30.0).has("donor", "USSR").has("recipient", "PRC");
        t.hasNoRowWith("quantity", 2000.0);
        // a figure renaming materiel; a name after "left" is no donor
        t.rowWith("quantity", 80.0).has("unit", "aircraft").has("donor", "USSR").has("recipient", "ROC");
    }

    @Test
    void aLoanFromANamedSideAndPersonnelAssignedToTheOtherSide() {
        TableAsserts t = TableAsserts.of(Fixtures.build("from.txt", """
                = From =

                In 1936 a loan from Moscow of 5 million rubles reached the Mongolian government. About 300 Soviet advisers were assigned to the PLA. The Soviet Union handed over to China 20 warships.
                """).aid());
        t.rowWith("quantity", 5_000_000.0).has("donor", "USSR").has("recipient", "Mongolia");
        t.rowWith("quantity", 300.0).has("donor", "USSR").has("recipient", "PRC");
        t.rowWith("quantity", 20.0).has("donor", "USSR");
    }

    @Test
    void materielAndAidPersonnelArrivingFromOrGoingToASideAreTransfers() {
        TableAsserts t = TableAsserts.of(Fixtures.build("arriving.txt", """
                = Arriving =

                In 1939 Moscow opened a credit of $20 million for China. Over the next year 300 aircraft and about 900 Soviet pilots went to China. In 1940 the first 60 trucks arrived from the Soviet Union.

                In 1941 the convoys brought 4,000 tonnes of fuel to China.
                """).aid());
        t.rowWith("quantity", 300.0).has("donor", "USSR").has("recipient", "ROC");
        t.rowWith("quantity", 900.0).has("donor", "USSR").has("recipient", "ROC");
        t.rowWith("quantity", 60.0).has("donor", "USSR").has("recipient", "ROC");
        t.rowWith("quantity", 4000.0).has("recipient", "ROC");
    }

    @Test
    void thePeopleAMissionCountsAreGivenButNotItsMoney() {
        TableAsserts t = TableAsserts.of(Fixtures.build("mission.txt", """
                = Mission =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mongolia

                Under its third chief the mission grew to some 90 officers, who trained the cavalry. The mission was financed from a Soviet credit of 5 million rubles.
                """).aid());
        t.rowWith("quantity", 90.0).has("donor", "USSR").has("recipient", "Mongolia");
        t.rowWith("quantity", 5_000_000.0).has("donor", "USSR").has("recipient", "Mongolia");
    }

    @Test
    void peopleLeavingToServeWithASideAreServiceToIt() {
        TableAsserts t = TableAsserts.of(Fixtures.build("serve.txt", """
                = Serve =

                Infobox
                - Donor: Soviet Union
                - Recipient: Republic of China

                In 1938 some 80 Soviet pilots and 40 mechanics left Odessa by sea to serve with the Chinese army.
                """).aid());
        t.rowWith("quantity", 80.0).has("donor", "USSR").has("recipient", "ROC");
        t.rowWith("quantity", 40.0).has("donor", "USSR").has("recipient", "ROC");
    }

    @Test
    void servicemenOfAnArmSentWithSpecialistsAreAidPersonnel() {
        TableAsserts t = TableAsserts.of(Fixtures.build("arms.txt", """
                = Arms =

                In 1938 the Soviet Union sent 40 signal specialists and 60 artillerymen to the Mongolian army, and later 25 tankmen.
                """).aid());
        t.rowWith("quantity", 40.0).has("donor", "USSR").has("recipient", "Mongolia");
        t.rowWith("quantity", 60.0).has("donor", "USSR").has("recipient", "Mongolia");
        t.rowWith("quantity", 25.0).has("donor", "USSR").has("recipient", "Mongolia");
    }

    @Test
    void aDefiniteUnitNamedByAPeopleIsTheSideOfItsEarlierMention() {
        TableAsserts t = TableAsserts.of(Fixtures.build("definite-unit.txt", """
                = Definite Unit =

                In 1944 the Three Districts raised an army of some 15,000 men with a Kazakh mounted regiment of about 900 men, and the Kuomintang kept its garrison at Kulja.

                In 1945 the Soviet trade mission handed the Kazakh regiment 700 rifles and 16 mortars. Later that year Moscow also sent the young army some 200 officers.
                """).aid());
        t.rowWith("quantity", 700.0).has("donor", "USSR").has("recipient", "ETR");
        t.rowWith("quantity", 16.0).has("donor", "USSR").has("recipient", "ETR");
        t.rowWith("quantity", 200.0).has("donor", "USSR").has("recipient", "ETR");
    }

    @Test
    void aServiceVerbAfterTheFigureGovernsItWhenANewClauseStandsBetweenItAndTheVerbBefore() {
        TableAsserts t = TableAsserts.of(Fixtures.build("new-clause.txt", """
                = New Clause =

                Infobox
                - Donor: Soviet Union
                - Recipient: Government of the Grand National Assembly

                == Aid ==

                The envoy arrived with a staff of about 30, and a small group of Soviet naval specialists, no more than 12, advised the Turkish fleet.
                """).aid());
        t.rowWith("quantity", 12.0).has("donor", "USSR").has("recipient", "Other").has("rule",
                "advised; donor and recipient of the article (infobox or title)");
    }

    @Test
    void bareFiguresOfASentenceOpenedByTheNumberOfPeopleCountThosePeople() {
        TableAsserts t = TableAsserts.of(Fixtures.build("the-number.txt", """
                = The Number =

                In 1960 Moscow sent instructors to the Mongolian army. The number of Soviet instructors attached to its regiments, some 200 in 1961, rose to about 700 by 1965.
                """).aid());
        t.rowWith("quantity", 200.0).has("donor", "USSR").has("recipient", "Mongolia").has("unit", "instructors");
        t.rowWith("quantity", 700.0).has("donor", "USSR").has("recipient", "Mongolia").has("unit", "instructors");
    }

    @Test
    void specialistsWhoStayedOnServeTheSideTheyWereSentTo() {
        TableAsserts t = TableAsserts.of(Fixtures.build("stayed-on.txt", """
                = Stayed On =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mongolia

                When the dam was finished in 1962, some 250 Soviet engineers stayed on to train Mongolian crews.
                """).aid());
        t.rowWith("quantity", 250.0).has("donor", "USSR").has("recipient", "Mongolia");
    }

    @Test
    void aPeopleBeforeAnInfinitiveAfterForIsItsSubjectNotTheRecipient() {
        // invented sentence: "for Korean firms to build" says who builds; the money went to the government named before
        TableAsserts t = TableAsserts.of(Fixtures.build("firms.txt", """
                = Fixture Contract =

                Infobox
                - Donor: Italy
                - Recipient: Republic of China

                A trader's first contract, concluded in 1936 with the provincial government at Dihua, provided for Korean firms to build two bridges near the city worth some 3 million silver dollars.
                """).aid());
        t.rowWith("quantity", 3_000_000.0).has("donor", "Other").has("recipient", "ROC");
    }

    private static final String CUBAN_MEN = """
            = Fixture Soviet aid to Angola =

            Infobox
            - Donor: Soviet Union
            - Recipient: Angola

            In 1975 the Soviet Union shipped 40 tanks to Angola. Cuba sent its men as well: after a first group of about 300 artillerymen and gunners arrived in October 1975, the rest followed by sea.

            Some 2,000 Cuban soldiers were serving with the Angolan army in 1980, about 900 in 1984 and fewer than 500 in 1986.
            """;

    @Test
    void cubaIsAStateOutsideTheListThatGivesTheMenItSends() {
        // invented sentences: Cuba, not the article's Soviet giver, sends the gunners
        TableAsserts.of(Fixtures.build("cuba.txt", CUBAN_MEN).aid()).rowWith("quantity", 300.0)
                .has("donor", "Other").has("recipient", "Other");
    }

    @Test
    void menOfAStateOutsideTheListServingWithAnotherSidesForceAreThatStatesGift() {
        // invented sentence: the Cuban soldiers serve with the Angolan army; Cuba gives them, not the article's giver
        TableAsserts.of(Fixtures.build("cuban-serving.txt", CUBAN_MEN).aid()).rowWith("quantity", 2_000.0)
                .has("donor", "Other").has("recipient", "Other");
    }

    @Test
    void aFigureWithoutNounThatGoesOnASeriesOfDatesCountsTheMenOfTheFigureBefore() {
        // invented sentence: 900 and 500 are Cuban soldiers serving with the Angolan army in later years
        TableAsserts t = TableAsserts.of(Fixtures.build("series.txt", CUBAN_MEN).aid());
        t.rowWith("quantity", 900.0).has("donor", "Other").has("recipient", "Other").has("unit", "soldiers");
        t.rowWith("quantity", 500.0).has("donor", "Other").has("recipient", "Other").has("unit", "soldiers");
    }

    @Test
    void peopleOfANationServingAsAidPersonnelAreCountedByThatPost() {
        // invented sentence: "250 Russians were still serving as advisers" counts advisers of the Soviet Union
        TableAsserts.of(Fixtures.build("serving-as.txt", ADVISERS_LEFT).aid()).rowWith("quantity", 250.0)
                .has("donor", "USSR").has("recipient", "Other").has("unit", "advisers");
    }

    @Test
    void menOfAStateOutsideTheListServingWithAnotherStatesArmyAreThatStatesAidNotTheArticleDonors() {
        // invented sentence: in an article on Soviet aid, the Cuban troops serving with the Ethiopian army are Cuba's
        TableAsserts t = TableAsserts.of(Fixtures.build("serving-outside.txt", """
                = Fixture Advisers =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ethiopia
                - Date: 1981

                In 1981 some 4,000 Cuban troops were serving with the Ethiopian army in the east.
                """).aid());
        t.rowWith("quantity", 4000.0).has("donor", "Other").has("recipient", "Other");
    }

    @Test
    void armouredPersonnelCarriersAreMaterielGivenNotPeople() {
        // invented sentence: "carriers" is the head of the item, "personnel" only qualifies it
        TableAsserts t = TableAsserts.of(Fixtures.build("carriers.txt", """
                = Fixture Soviet aid to Ghana =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ghana

                In 1963 the Soviet Union delivered about 20 armoured personnel carriers.
                """).aid());
        t.rowWith("quantity", 20.0).has("donor", "USSR").has("recipient", "Other").has("unit", "carriers");
    }

    @Test
    void figuresWithoutANounAfterOfThemOrAGivingVerbCountThePeopleOfTheSentenceBefore() {
        // invented sentences: "of them" opening a sentence points at the engineers of the sentence before; the figures
        // after it that leave the noun out ("had sent up to 300", "around 150 were still working") count them too
        TableAsserts t = TableAsserts.of(Fixtures.build("of-them.txt", """
                = Fixture Soviet aid to Ghana =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ghana

                Soviet engineers came to build the dam. Some 80 of them arrived in 1961; by 1963 the Soviet Union had sent up to 300, the most at any time, and around 150 were still working on the site in 1965.
                """).aid());
        t.rowWith("quantity", 80.0).has("donor", "USSR").has("recipient", "Other").has("unit", "engineers");
        t.rowWith("quantity", 300.0).has("donor", "USSR").has("recipient", "Other").has("unit", "engineers");
        t.rowWith("quantity", 150.0).has("donor", "USSR").has("recipient", "Other").has("unit", "engineers");
    }

    @Test
    void theMenAnAdvisoryGroupBeganWithAndNumberedAreItsDonorsAidPersonnel() {
        // invented sentence: an advisory group is a mission of people; "it numbered about 150" goes on counting them
        TableAsserts t = TableAsserts.of(Fixtures.build("advisory.txt", """
                = Fixture Soviet aid to Ghana =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ghana

                The Soviet Military Advisory Group began with 40 officers in 1961; by 1963 it had 90 advisers serving with Ghanaian units, and at its peak in 1965 it numbered about 150.
                """).aid());
        t.rowWith("quantity", 40.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 90.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 150.0).has("donor", "USSR").has("recipient", "Other").has("unit", "advisers");
    }

    @Test
    void aCityTheArticleNamesElsewhereOpeningASentenceAfterAnUnknownPeopleIsAStateOutsideTheList() {
        // invented sentences: "Havana" is a name the gazetteer does not know, and the sentence before names a people
        // it does not know either ("the Cuban presence"), so the city is no city of the Soviet Union named there
        TableAsserts t = TableAsserts.of(Fixtures.build("city-outside.txt", """
                = Fixture Soviet aid to Ghana =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ghana

                In 1962 Soviet airliners flew the first Cuban instructors from Havana to Accra.

                The Soviet Union did not itself send combat troops, but it paid much of the cost of the Cuban presence. Havana sent about 20,000 soldiers and some 4,000 civilian aid workers to serve in Ghana between 1962 and 1966.
                """).aid());
        t.rowWith("quantity", 20_000.0).has("donor", "Other").has("recipient", "Other");
        t.rowWith("quantity", 4_000.0).has("donor", "Other").has("recipient", "Other");
    }

    @Test
    void officersArrivingToAdviseAreAidPersonnelNotTroopsMoved() {
        // invented sentences: officers who arrive "to advise" another's army are given; troops arriving are not
        TableAsserts t = TableAsserts.of(Fixtures.build("to-advise.txt", """
                = Fixture Soviet aid to Ghana =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ghana

                Colonel Ivanov arrived in Accra in 1961 with a staff of six Soviet officers to advise the army on air defence. In 1962 some 3,000 Soviet troops arrived in Accra.
                """).aid());
        t.rowWith("quantity", 6.0).has("donor", "USSR").has("recipient", "Other");
        t.hasNoRowWith("quantity", 3000.0);
    }

    @Test
    void menPassingThroughAUnitInRotationServeInItNotWithAnotherSide() {
        // invented sentence: the men rotate through their own battalion; the men sent to serve with another's army are aid
        TableAsserts t = TableAsserts.of(Fixtures.build("rotation.txt", """
                = Fixture Battle =

                Norway had sent 600 officers and men to serve with the US 2nd Infantry Division in 1951, and over the whole war some 2,500 Norwegian soldiers passed through the battalion in rotation.
                """).aid());
        t.hasNoRowWith("quantity", 2500.0);
    }

    @Test
    void thoseServingThatNumberedAFigureCountThePeopleOfTheSentenceBefore() {
        // invented sentences: "Those attached to the Ghanaian army numbered about 60" counts the instructors just named
        TableAsserts.of(Fixtures.build("those-numbered.txt", """
                = Fixture Soviet aid to Ghana =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ghana

                In 1961 the Soviet Union lent Ghana $40 million.

                Soviet instructors followed the loan. Those serving with the Ghanaian army numbered about 60 in 1964.
                """).aid()).rowWith("quantity", 60.0).has("donor", "USSR").has("recipient", "Other").has("unit", "instructors");
    }

    @Test
    void soldiersAnAppositionNamesAsAnotherStatesRecruitsServingInItsRanksAreThatStatesAid() {
        // invented sentence: the apposition names the soldiers' state and the force they serve in
        TableAsserts.of(Fixtures.build("in-its-ranks.txt", """
                = Fixture Ridge =

                With its attached units the division numbered about 15,000 men, including some 900 Askari soldiers, British recruits serving in its ranks.
                """).aid()).rowWith("quantity", 900.0).has("donor", "Other").has("recipient", "Other").has("unit", "soldiers");
    }

    @Test
    void civilianStaffTheArticlesDonorNamesAtWorkOnTheRecipientsProjectsAreItsAid() {
        // invented sentences: no verb of giving; the donor's adjective on the staff noun says whose people they are
        TableAsserts t = TableAsserts.of(Fixtures.build("staff.txt", """
                = Fixture Soviet aid to Mali =

                Infobox
                - Donor: Soviet Union
                - Recipient: Republic of Mali

                The cement works at Kati was put up between 1963 and 1965 by 70 Soviet engineers and some 500 Malian labourers. A dairy farm near Segou was run by a team of 12 Soviet agronomists. At the end of 1964 about 400 Soviet specialists were at work in Mali. In 1968 Moscow recalled all 350 Soviet technicians then in the country. The stadium was a present of the Soviet government, and some 90 Soviet builders worked on it.
                """).aid());
        t.rowWith("quantity", 90.0).has("donor", "USSR").has("recipient", "Other"); // a verb of service, a staff noun
        t.hasNoRowWith("quantity", 350.0); // staff counted as they leave are no longer given
        t.rowWith("quantity", 70.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 12.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 400.0).has("donor", "USSR").has("recipient", "Other");
        t.hasNoRowWith("quantity", 500.0);
    }

    @Test
    void soldiersOfAnotherStateAssignedByTheirArmyToServeInADivisionAreTheirStatesAidNotTheArticlesOtherGivers() {
        // invented sentences: the part "of whom" names the soldiers' own state, which lends them; the whole is the division
        TableAsserts t = TableAsserts.of(Fixtures.build("of-whom.txt", """
                = Fixture Hill =

                The 1st Cavalry Division had three regiments. Rebuilt in the spring, by May it counted about 14,000 men, of whom some 1,200 were Ethiopian soldiers assigned by their army to serve in the division's rifle companies. The Soviet Union shipped 50 howitzers to North Korea that summer.
                """).aid());
        t.rowWith("quantity", 1200.0).has("donor", "Other").has("recipient", "Other");
        t.hasNoRowWith("quantity", 14_000.0);
    }

    @Test
    void trawlersAirlinersAndCivilianSpecialistsSentAreAidAndAStatesAirlineGivesForIt() {
        // invented sentences: boats and airliners supplied, specialists sent, and the donor state's airline lending pilots
        TableAsserts t = TableAsserts.of(Fixtures.build("trawlers.txt", """
                = Fixture Soviet aid to Mali =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mali

                In 1963 the Soviet Union supplied Mali with 8 trawlers and 3 airliners, and sent 15 physicists, 25 fishermen and 10 drillers to Bamako. Aeroflot lent 20 pilots to Air Mali in 1964. A team of 30 geologists, working from 1962 to 1964, mapped the south.
                """).aid());
        t.rowWith("quantity", 8.0).has("donor", "USSR").has("recipient", "Other").has("unit", "trawlers");
        t.rowWith("quantity", 3.0).has("donor", "USSR").has("unit", "airliners");
        t.rowWith("quantity", 15.0).has("donor", "USSR").has("unit", "physicists");
        t.rowWith("quantity", 25.0).has("donor", "USSR").has("unit", "fishermen");
        t.rowWith("quantity", 10.0).has("donor", "USSR").has("unit", "drillers");
        t.rowWith("quantity", 20.0).has("donor", "USSR").has("recipient", "Other").has("unit", "pilots");
        t.rowWith("quantity", 30.0).has("donor", "USSR").has("unit", "geologists");
    }

    @Test
    void aMissionCountedAtSeveralDatesKeepsItsNounAndMoreOpeningTheNextSentenceCountsTheSame() {
        // invented sentences: "grew from some 80 officers in 1962 to about 300 in 1965 and to some 450 in 1967", then
        // "About 60 more served with the air force": each level counts the mission's officers, and the 60 its advisers
        TableAsserts t = TableAsserts.of(Fixtures.build("mission-levels.txt", """
                = Fixture Soviet aid to Mali =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mali

                The Soviet military mission grew from some 80 officers in 1962 to about 300 in 1965 and to some 450 in 1967, when advisers were attached to every Malian battalion. About 60 more served with the Malian air force at Gao.
                """).aid());
        t.rowWith("quantity", 80.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 300.0).has("donor", "USSR").has("recipient", "Other").has("unit", "officers");
        t.rowWith("quantity", 450.0).has("donor", "USSR").has("recipient", "Other").has("unit", "officers");
        t.rowWith("quantity", 60.0).has("donor", "USSR").has("recipient", "Other").has("unit", "advisers");
    }

    @Test
    void officersOfANamedAdvisoryGroupServingWithAnUnnamedDivisionAreTheirStatesAid() {
        // invented sentences: the group's short form in brackets and "Advisory" inside its name do not end the clause;
        // "with the division" is a force the text gives no side; "observers and liaison officers" are people
        TableAsserts t = TableAsserts.of(Fixtures.build("advisory-group.txt", """
                = Fixture Battle =

                The South Korean 2nd Division held the ridge with three regiments. Eight American officers of the Military Advisory Group (MAG) served with the division as advisers. Before the attack some 40 American forward observers and liaison officers were sent to serve with the South Korean battalions.
                """).aid());
        t.rowWith("quantity", 8.0).has("donor", "Other").has("recipient", "Other");
        t.rowWith("quantity", 40.0).has("donor", "Other").has("recipient", "Other");
    }

    @Test
    void staffATeamOfTheDonorHoldsOrTheNumberOfTheDonorsStaffCountsAreItsAid() {
        // invented sentences: "a Soviet survey team of 25 geologists", "the number of Soviet civilian specialists … had
        // fallen to about 300": the donor's name qualifies the team, or the staff noun the bare figure counts
        TableAsserts t = TableAsserts.of(Fixtures.build("team-staff.txt", SOVIET_AID_TO_MALI + """
                A Soviet survey team of 25 geologists began work near Kayes in 1963. By 1967 the number of Soviet civilian specialists in the country had fallen to about 300.
                """).aid());
        t.rowWith("quantity", 25.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 300.0).has("donor", "USSR").has("recipient", "Other");
    }

    @Test
    void theReceiverOfAServiceVerbIsInItsOwnClauseNotAfterTheCommaBeforeALaterFigure() {
        // invented sentence: "Russian textbooks" after the service clause's comma are no receiver, and the later level
        // "a figure that rose to 75" is the donor's staff too
        TableAsserts t = TableAsserts.of(Fixtures.build("service-clause.txt", SOVIET_AID_TO_MALI + """
                In 1962 some 40 Soviet engineers were teaching at Kati, using Russian textbooks, a figure that rose to 75 in 1965.
                """).aid());
        t.rowWith("quantity", 75.0).has("donor", "USSR").has("recipient", "Other");
    }

    @Test
    void bareFiguresAVerbOfCountingSaysOfTheDonorsStaffOpeningTheSentenceAreItsAid() {
        // invented sentence: the staff noun phrase opens the sentence, a list in an aside, then "numbered" and two levels
        TableAsserts t = TableAsserts.of(Fixtures.build("numbered-staff.txt", SOVIET_AID_TO_MALI + """
                Soviet civilian specialists, among them drillers, builders and nurses, numbered some 170 in 1963 and roughly 320 in 1967.
                """).aid());
        t.rowWith("quantity", 170.0).has("donor", "USSR").has("recipient", "Other").has("unit", "specialists");
        t.rowWith("quantity", 320.0).has("donor", "USSR").has("recipient", "Other").has("unit", "specialists");
    }

    @Test
    void staffADepartureInAnotherClauseOfTheSentenceDoesNotTakeAwayAreStillAid() {
        // invented sentence: "expelled" says what happened to a diplomat in the clause before ", and"
        TableAsserts t = TableAsserts.of(Fixtures.build("other-clause-departure.txt", SOVIET_AID_TO_MALI + """
                In 1963 Keita accused the embassy of a plot and expelled its first secretary, and by 1965 fewer than 430 Soviet specialists remained.
                """).aid());
        t.rowWith("quantity", 430.0).has("donor", "USSR").has("recipient", "Other");
    }

    @Test
    void aMissionsLevelDatedBeforeItsClauseSaysItEndedIsStillAid() {
        // invented sentences: "fell to about 130 advisers by 1970 and was withdrawn in 1971": the level stood at its date
        TableAsserts t = TableAsserts.of(Fixtures.build("mission-end.txt", SOVIET_AID_TO_MALI + """
                Under Brezhnev the aid was cut. The military mission fell to about 130 advisers by 1970 and was withdrawn in 1971.
                """).aid());
        t.rowWith("quantity", 130.0).has("donor", "USSR").has("recipient", "Other").has("unit", "advisers");
    }

    @Test
    void advisersDeployedInTheRecipientsCountryAndLecturersSentAreAidTroopsDeployedAreNot() {
        // invented sentences: "were deployed in the country" is a service like "arrived in"; lecturers are staff sent
        TableAsserts t = TableAsserts.of(Fixtures.build("deployed-in.txt", SOVIET_AID_TO_MALI + """
                The Soviet Union sent some 35 lecturers in 1963, who taught in Russian. About 170 Soviet advisers were deployed in the country by 1969. In 1970 some 2,000 Malian troops were deployed in the north.
                """).aid());
        t.rowWith("quantity", 35.0).has("donor", "USSR").has("recipient", "Other").has("unit", "lecturers");
        t.rowWith("quantity", 170.0).has("donor", "USSR").has("recipient", "Other").has("unit", "advisers");
        t.hasNoRowWith("quantity", 2000.0);
    }

    @Test
    void theGiversStaffThatNumberedAFigureAfterAnOpeningDateAreGivenAndSoAreThePartsOfWhom() {
        // invented sentence: "In 1979 Soviet specialists in Ghana numbered about 640, of whom 210 worked in ports and 75 in
        // fisheries": the giver's staff at work in the receiver's land, and each part of them
        TableAsserts t = TableAsserts.of(Fixtures.build("numbered-staff.txt", """
                = Fixture Soviet aid to Ghana =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ghana

                In 1960 the Soviet Union lent Ghana $40 million. In 1979 Soviet specialists in Ghana numbered about 640, of whom 210 worked in ports and 75 in fisheries, where trawlers surveyed the shelf.
                """).aid());
        t.rowWith("quantity", 640.0).has("donor", "USSR").has("recipient", "Other").has("year_start", 1979);
        t.rowWith("quantity", 210.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 75.0).has("donor", "USSR").has("recipient", "Other");
    }

    @Test
    void theLevelOfTheDonorsStaffNamedInTheSentenceBeforeOrInItsOwnIsGiven() {
        TableAsserts t = TableAsserts.of(Fixtures.build("staff-levels.txt", """
                = Fixture Soviet aid to Ceylon =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ceylon

                In 1960 the Soviet Union lent Ceylon 40 million rubles.

                Soviet engineers began to arrive in the autumn of 1961. Their number grew from 35 at the end of that year to about 410 in 1964, of whom some 160 were drillers and the rest geologists and doctors.

                The new cabinet cancelled no project. Soviet staff in Ceylon fell to about 90 by 1967.
                """).aid());
        t.rowWith("quantity", 35.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 410.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 160.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 90.0).has("donor", "USSR").has("recipient", "Other");
    }

    @Test
    void aSentenceOpeningWithABareFigureThatServedCountsTheAdvisersOfTheSentenceBefore() {
        // invented: "About 300 served with …" names no noun; the sentence before names the advisers it counts, and
        // "up to 700 in 1977" goes on counting them
        TableAsserts t = TableAsserts.of(Fixtures.build("bare-served.txt", """
                = Fixture Soviet aid to Velmoria =

                Infobox
                - Donor: Soviet Union
                - Recipient: Velmoria

                Soviet military advisers were fewer than in Syria. About 300 served with the Velmorian general staff in 1974, and up to 700 in 1977 as the war spread, while a group of 30 Soviet instructors ran the naval school.
                """).aid());
        t.rowWith("quantity", 300.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 700.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 30.0).has("donor", "USSR").has("recipient", "Other");
    }

    @Test
    void theLevelsOfTheDonorsAdvisersThatTheirNumberCountsAreGiven() {
        // invented sentences: "Their number rose from … to …" after the donor's military people in the sentence before,
        // after a semicolon in their own sentence, and after a definite "The instructors" of an aid article's donor
        TableAsserts t = TableAsserts.of(Fixtures.build("their-number.txt", SOVIET_AID_TO_MALI + """
                Soviet instructors followed the first tanks. Their number rose from about 70 in 1962 to some 450 in 1964, of whom roughly 310 served with the army and 95 with the police, and reached a peak of up to 900 in 1966.

                About 25 Soviet military advisers served in Mali in 1961; their number grew to some 140 by 1965 and to up to 600 in 1968.

                The instructors left in stages. By the spring of 1970 their number had fallen to fewer than 120, and the spare parts had run out: only nine jets could fly, and at most four of them at once.

                Cuban instructors came in 1965. Their number grew to some 330 by 1967.
                """).aid());
        for (double level : new double[] {70, 450, 310, 95, 900, 140, 600, 120}) {
            t.rowWith("quantity", level).has("donor", "USSR").has("recipient", "Other");
        }
        t.hasNoRowWith("quantity", 330.0);
        t.hasNoRowWith("quantity", 4.0); // another clause, with its own subject, counts no advisers
    }

    @Test
    void aRelativeClauseThatNumberedTheDonorsLecturersCountsThemAgain() {
        // invented: "who numbered 51 by 1984" counts again the lecturers before it
        TableAsserts t = TableAsserts.of(Fixtures.build("relative-numbered.txt", """
                = Fixture Soviet aid to Velmoria =

                Infobox
                - Donor: Soviet Union
                - Recipient: Velmoria

                The Polytechnic Institute reopened in 1978 with 19 Soviet lecturers, who numbered 51 by 1984.
                """).aid());
        t.rowWith("quantity", 19.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 51.0).has("donor", "USSR").has("recipient", "Other");
    }

    @Test
    void bareFiguresAVerbOfCountingSaysOfTheDonorsAdvisersOpeningTheSentenceAreItsAid() {
        // invented sentence: the donor's military people (not civilian staff) open the sentence, "numbered" and
        // "reached" give two levels and "of whom" a part of them
        TableAsserts t = TableAsserts.of(Fixtures.build("numbered-advisers.txt", SOVIET_AID_TO_MALI + """
                The Malian army numbered some 9,000 men in 1972. Soviet military instructors in the country numbered about 90 in 1971 and reached some 260 in 1975, roughly 55 of whom served with the navy at Kayes.
                """).aid());
        t.rowWith("quantity", 90.0).has("donor", "USSR").has("recipient", "Other").has("unit", "instructors");
        t.rowWith("quantity", 260.0).has("donor", "USSR").has("recipient", "Other").has("unit", "instructors");
        t.rowWith("quantity", 55.0).has("donor", "USSR").has("recipient", "Other");
    }

    @Test
    void theDonorsAdvisersCountedAsTheyRemainAreStillAid() {
        // invented sentences: a count of the donor's military people in the receiver's land that "remained", like its
        // civilian staff; those who died are no gift
        TableAsserts t = TableAsserts.of(Fixtures.build("advisers-remained.txt", SOVIET_AID_TO_MALI + """
                After 1986 Moscow cut its programme, and by 1989 fewer than 70 Soviet military instructors remained. Four Soviet pilots died in a crash in 1987.
                """).aid());
        t.rowWith("quantity", 70.0).has("donor", "USSR").has("recipient", "Other").has("unit", "instructors");
        t.hasNoRowWith("quantity", 4.0);
    }

    @Test
    void theDonorsInstructorsWhoTrainTheReceiversMenAreAid() {
        // invented sentences: "a Soviet naval team of about 40 instructors trained its 200 recruits": the instructors
        // serve the receiver, so they are aid; the recruits they train are not
        TableAsserts t = TableAsserts.of(Fixtures.build("trainers-aid.txt", """
                = Soviet aid to Ruritania =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ruritania

                In 1981 a Soviet naval team of about 40 instructors trained its 200 recruits at Port Azur. In 1983 some 25 Soviet instructors trained the coast guard.
                """).aid());
        t.rowWith("quantity", 40.0).has("donor", "USSR").has("recipient", "Other").has("unit", "instructors");
        t.rowWith("quantity", 25.0).has("donor", "USSR").has("recipient", "Other").has("unit", "instructors");
        t.hasNoRowWith("quantity", 200.0);
    }

    @Test
    void nursesTheDonorSendsAreAidLikeItsDoctors() {
        // invented sentences: nurses in a donor's medical team, and nurses sent, are its staff at work for the receiver
        TableAsserts t = TableAsserts.of(Fixtures.build("nurses.txt", """
                = Soviet aid to Ruritania =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ruritania

                A Soviet medical team of 14 doctors and nine nurses worked at the clinic in Port Azur from 1979. In 1983 the Soviet Union sent 22 nurses to the new hospital.
                """).aid());
        t.rowWith("quantity", 14.0).has("donor", "USSR").has("unit", "doctors");
        t.rowWith("quantity", 9.0).has("donor", "USSR").has("recipient", "Other").has("unit", "nurses");
        t.rowWith("quantity", 22.0).has("donor", "USSR").has("recipient", "Other").has("unit", "nurses");
    }

    @Test
    void civilianStaffFlownInWithGoodsAreAidNotAForceMoved() {
        // invented sentences: doctors flown in with relief goods are staff given, like the goods; soldiers flown in stay
        // a force moved
        TableAsserts t = TableAsserts.of(Fixtures.build("flown.txt", """
                = Soviet aid to Ruritania =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ruritania

                After the floods of May 1984 the Soviet Red Cross flew in 15 doctors and nurses with 30 tonnes of medicines and 4,500 tents. In 1985 the Soviet Union flew in 300 paratroopers.
                """).aid());
        t.rowWith("quantity", 15.0).has("donor", "USSR").has("recipient", "Other").has("unit", "doctors");
        t.rowWith("quantity", 30.0).has("donor", "USSR").has("recipient", "Other").has("unit", "tonnes");
        t.rowWith("quantity", 4500.0).has("donor", "USSR").has("recipient", "Other");
        t.hasNoRowWith("quantity", 300.0);
    }

    @Test
    void estimatesThatPutThemAtFiguresCountTheDonorsStaffOfTheSentenceBefore() {
        TableAsserts t = TableAsserts.of(Fixtures.build("putthem.txt", """
                = Soviet aid to Mali (1961–1985) =

                Infobox
                - Donor: Soviet Union
                - Recipient: Republic of Mali

                Soviet instructors came with the helicopters. French reports put them at about 60 in 1979 and as many as 140 in 1983.
                """).aid());
        t.rowWith("quantity", 60.0).has("donor", "USSR").has("recipient", "Other").has("year_start", 1979);
        t.rowWith("quantity", 140.0).has("donor", "USSR").has("recipient", "Other");
    }
}
