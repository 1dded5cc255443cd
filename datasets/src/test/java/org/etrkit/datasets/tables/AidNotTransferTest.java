package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.AidFixture.*;

import org.junit.jupiter.api.Test;

/** What is not a transfer: strengths, attacks, requests, trainees, sizes and other figures given by no one. */
class AidNotTransferTest {

    @Test
    void aStrengthIsNoTransfer() {
        TableAsserts t = TableAsserts.of(aid());
        t.hasNoRowWith("quantity", 6000.0);
    }

    @Test
    void aHyphenatedNameIsNoTransferVerb() {
        TableAsserts t = TableAsserts.of(Fixtures.build("hyphen.txt", """
                = Hyphen =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mongolia

                Mongolia received some 300 tanks under Lend-Lease, among them 200 T-34s and 40 KV-1s.
                """).aid());
        t.rowWith("quantity", 300.0).has("donor", "USSR").has("recipient", "Mongolia");
        t.rowWith("quantity", 200.0).has("donor", "USSR").has("recipient", "Mongolia");
        t.rowWith("quantity", 40.0).has("donor", "USSR").has("recipient", "Mongolia");
    }

    @Test
    void anEarlierSentenceNamingOneSideTwiceGivesNoGiver() {
        TableAsserts t = TableAsserts.of(Fixtures.build("twice.txt", """
                = Twice =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mongolia

                Critics held that Mongolia received too little: until 1941 it was allotted only a small share of the shipments. Officials argued that the $30 million loan granted by the state bank in 1939 was the most useful form of help.
                """).aid());
        t.rowWith("quantity", 30_000_000.0).has("donor", "USSR").has("recipient", "Mongolia");
    }

    @Test
    void peopleAttachedToASideAreNoGiftOfThatSideToItself() {
        TableAsserts t = TableAsserts.of(Fixtures.build("attached.txt", """
                = Attached =

                Infobox
                - Donor: Soviet Union
                - Recipient: Republic of China

                The Chinese army had few trained staff officers in 1939. About 700 officers were attached to Chinese cavalry units.
                """).aid());
        t.rowWith("quantity", 700.0).has("donor", "USSR").has("recipient", "ROC");
    }

    @Test
    void theWholeAShareIsTakenOfIsNoItem() {
        TableAsserts t = TableAsserts.of(Fixtures.build("share.txt", """
                = Share =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mongolia

                In 1940 Mongolia received goods worth some $90 million, about 4 percent of the $2 billion that Moscow spent abroad.
                """).aid());
        t.rowWith("quantity", 90_000_000.0).has("donor", "USSR").has("recipient", "Mongolia");
        t.hasNoRowWith("quantity", 2_000_000_000.0);
    }

    @Test
    void aVerbWithTogetherAssemblesOnesOwnForcesAndGivesNothing() {
        TableAsserts t = TableAsserts.of(Fixtures.build("together.txt", """
                = Together =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mongolia

                For the summer offensive the Soviet command brought together some 6,000 cavalry and 30 armoured cars.
                """).aid());
        t.hasNoRowWith("quantity", 6000.0);
        t.hasNoRowWith("quantity", 30.0);
    }

    @Test
    void wentToBeforeAServiceVerbIsNoArrival() {
        TableAsserts t = TableAsserts.of(Fixtures.build("went.txt", """
                = Went =

                In 1936 some 60 Soviet instructors and 90 drivers went to serve with the Mongolian army.
                """).aid());
        t.rowWith("quantity", 60.0).has("donor", "USSR").has("recipient", "Mongolia");
    }

    @Test
    void theWholeAFractionIsTakenOfIsNoItemAndVeteransArePeople() {
        TableAsserts t = TableAsserts.of(Fixtures.build("third.txt", """
                = Third =

                In 1950 the PLA transferred some 20,000 Korean veterans to the North, about a third of the 60,000 men of its army.
                """).aid());
        t.rowWith("quantity", 20_000.0).has("donor", "PRC").has("recipient", "Other");
        t.hasNoRowWith("quantity", 60_000.0);
    }

    @Test
    void aFigureAfterACommaAndANewClauseWithItsOwnVerbIsNoItemOfTheTransferBefore() {
        TableAsserts t = TableAsserts.of(Fixtures.build("clause.txt", """
                = Clause =

                In 1940 the Soviet Union shipped 400 trucks to the Mongolian army, and Mongolian officers trained about 70 of them as drivers, while a Tuvan fund collected some 9,000 rubles.
                """).aid());
        t.rowWith("quantity", 400.0).has("donor", "USSR").has("recipient", "Mongolia");
        t.hasNoRowWith("quantity", 70.0);
        t.hasNoRowWith("quantity", 9000.0);
    }

    @Test
    void aVerbThatLendsMoneyButAlsoMovesMenGivesNoMen() {
        TableAsserts t = TableAsserts.of(Fixtures.build("advance.txt", """
                = Advance =

                In 1938 the Kwantung Army advanced on the Nationalist lines with about 20,000 men. In 1939 the Soviet Union advanced the Nationalist government $50 million.
                """).aid());
        t.hasNoRowWith("quantity", 20_000.0);
        t.rowWith("quantity", 50_000_000.0).has("donor", "USSR").has("recipient", "ROC");
    }

    @Test
    void aBankIssuingNotesPrintsMoneyAndGivesNone() {
        TableAsserts t = TableAsserts.of(Fixtures.build("notes.txt", """
                = Notes =

                In 1947 the provincial bank at Dihua issued notes worth 900 million yuan to pay the Nationalist garrison.
                """).aid());
        t.hasNoRowWith("quantity", 900_000_000.0);
    }

    @Test
    void aSubsidyThatCeasedIsNoTransfer() {
        TableAsserts t = TableAsserts.of(Fixtures.build("ceased.txt", """
                = Ceased =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mongolia

                After the split the yearly Soviet subsidy of about 40 million rubles, on which the budget rested, ceased in 1960. In 1955 Moscow lent Ulan Bator 90 million rubles.
                """).aid());
        t.hasNoRowWith("quantity", 40_000_000.0);
        t.rowWith("quantity", 90_000_000.0).has("donor", "USSR").has("recipient", "Mongolia");
    }

    @Test
    void formationsSentAreCountedNotGivenButTheEquipmentOfFormationsIsGiven() {
        TableAsserts t = TableAsserts.of(Fixtures.build("formations.txt", """
                = Formations =

                In 1937 the Soviet Union sent three regiments of the Red Army, about 5,000 strong, to serve with the provincial army. In 1938 the Soviet Union supplied the Kuomintang with the equipment of 12 infantry divisions.
                """).aid());
        t.hasNoRowWith("quantity", 3.0);
        t.rowWith("quantity", 12.0).has("donor", "USSR").has("recipient", "ROC");
    }

    @Test
    void peoplePassingThroughASidesSchoolsAreTraineesNotAGift() {
        TableAsserts t = TableAsserts.of(Fixtures.build("passed-schools.txt", """
                = Passed Schools =

                In 1960 the Soviet Union sent 300 instructors to India. By 1965 some 900 Indian engineers had passed through Soviet academies. About 200 Soviet pilots passed through India in 1962.
                """).aid());
        t.rowWith("quantity", 300.0).has("donor", "USSR").has("recipient", "Other");
        t.hasNoRowWith("quantity", 900.0);
        t.rowWith("quantity", 200.0).has("donor", "USSR").has("recipient", "Other");
    }

    @Test
    void aircraftSentAgainstATargetAreAnAttackNotAGift() {
        TableAsserts t = TableAsserts.of(Fixtures.build("sent-against.txt", """
                = Sent Against =

                In 1939 the Soviet Union sent 80 fighters to the Mongolian army. In July the Japanese sent some 120 bombers against the Mongolian airfields.
                """).aid());
        t.rowWith("quantity", 80.0).has("donor", "USSR").has("recipient", "Mongolia");
        t.hasNoRowWith("quantity", 120.0);
    }

    @Test
    void goodsFlownInAreDeliveredButMenFlownInAreAForceMoved() {
        TableAsserts t = TableAsserts.of(Fixtures.build("flown-in.txt", """
                = Flown In =

                In 1940 Soviet transport aircraft flew in some 600 tonnes of shells for the Mongolian army. In 1941 some 3,000 tons of fuel were flown in to the Mongolian army. Soviet airborne troops were flown in as well; some 900 paratroopers flew in from Chita.
                """).aid());
        t.rowWith("quantity", 600.0).has("donor", "USSR").has("recipient", "Mongolia").has("unit", "tonnes");
        t.rowWith("quantity", 3000.0).has("recipient", "Mongolia").has("unit", "tons");
        t.hasNoRowWith("quantity", 900.0);
    }

    @Test
    void releasedToASideGivesWhatFollowsAndReleasedAloneFreesPeople() {
        // invented sentences: "released to" a party passes goods on; prisoners released are freed, not given
        TableAsserts t = TableAsserts.of(Fixtures.build("released.txt", """
                = Fixture Release =

                In 1941 the Soviet government released to Mongolia 40 trucks from its reserve. In 1946 the Soviet Union released 2,000 Japanese prisoners.
                """).aid());
        t.rowWith("quantity", 40.0).has("donor", "USSR").has("recipient", "Mongolia").has("unit", "trucks");
        t.hasNoRowWith("quantity", 2000.0);
    }

    @Test
    void aParticipleAfterThePeoplesNounPhraseGovernsThemAndMenSentToASideAreNotItsGift() {
        // invented sentence: the officers "sent to train" the navy are the giver's, whatever "arrived with" says
        TableAsserts t = TableAsserts.of(Fixtures.build("party.txt", """
                = Fixture Naval Mission =

                Infobox
                - Donor: United States
                - Recipient: Republic of China

                The naval mission opened in 1952 under an admiral who arrived with a first group of 60 officers and technicians sent to train the Nationalist navy.
                """).aid());
        t.rowWith("quantity", 60.0).has("donor", "Other").has("recipient", "ROC");
    }

    @Test
    void aFigureAfterAcrossOrAlongMeasuresTheWayNotWhatIsCarried() {
        // invented sentence: the lorries carried the columns; the 300 miles of flats are the way they crossed
        TableAsserts t = TableAsserts.of(Fixtures.build("route.txt", """
                = Fixture Convoy =

                In 1939 Soviet lorries carried the Mongolian supply columns across some 300 miles of salt flats.
                """).aid());
        t.hasNoRowWith("quantity", 300.0);
    }

    @Test
    void aSumAfterDebtOfIsOwedAndAFigureToTheDollarIsARate() {
        // invented sentences: the loan is given; the debt that passed on and the rate are not
        TableAsserts t = TableAsserts.of(Fixtures.build("debt.txt", """
                = Fixture Credits to Laos =

                In 1976 the Soviet Union lent Laos 90 million rubles at 0.9 rubles to the dollar. The debt of some 700 million rubles passed to a new bank in 1995.
                """).aid());
        t.rowWith("quantity", 90_000_000.0).has("donor", "USSR").has("recipient", "Other");
        t.hasNoRowWith("quantity", 0.9);
        t.hasNoRowWith("quantity", 700_000_000.0);
    }

    @Test
    void aFigureAfterCapacityOfIsWhatAPlantMakesNotWhatWasGiven() {
        // invented sentence: the works was supplied; its 300,000 tonnes a year are its output
        TableAsserts t = TableAsserts.of(Fixtures.build("capacity.txt", """
                = Fixture Soviet aid to Ghana =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ghana

                In 1962 the Soviet Union supplied a cement works with a capacity of 300,000 tonnes a year and 40 trucks.
                """).aid());
        t.hasNoRowWith("quantity", 300_000.0);
        t.rowWith("quantity", 40.0).has("donor", "USSR").has("recipient", "Other");
    }

    @Test
    void moneyRecommendedOrAskedForIsNoGiftButMoneyGrantedAfterItIs() {
        // invented sentences: a survey's recommendation and a request are no aid; the grant that followed is
        TableAsserts t = TableAsserts.of(Fixtures.build("recommended.txt", """
                = Fixture Soviet aid to Ghana =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ghana

                In 1960 a Soviet survey team recommended $80 million in grants and loans over four years. In 1961 Accra asked for credits of some 90 million rubles; Moscow granted only about 40 million rubles.
                """).aid());
        t.hasNoRowWith("quantity", 80_000_000.0);
        t.hasNoRowWith("quantity", 90_000_000.0);
        t.rowWith("quantity", 40_000_000.0).has("donor", "USSR").has("recipient", "Other");
    }

    @Test
    void aGivingVerbWithAReflexivePronounIsASurrenderNotAGift() {
        // invented sentences: "gave himself up" and "handed themselves over" surrender, and give no one the figures
        TableAsserts t = TableAsserts.of(Fixtures.build("reflexive.txt", """
                = Fixture Soviet aid to Ghana =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ghana

                By 1966, when the rebel leader gave himself up, fewer than 700 rebels remained in the hills. In 1967 some 300 of his men handed themselves over to the army.
                """).aid());
        t.hasNoRowWith("quantity", 700.0);
        t.hasNoRowWith("quantity", 300.0);
    }

    @Test
    void moneyARequestWasForIsNoGift() {
        // invented sentence: a request for money that was turned down gives nothing
        TableAsserts.of(Fixtures.build("request-for.txt", """
                = Fixture Soviet aid to Ghana =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ghana

                In 1958 Nkrumah sought Western arms, but London turned down his request for some $30 million in rifles in 1959.
                """).aid()).hasNoRowWith("quantity", 30_000_000.0);
    }

    @Test
    void peopleRightAfterAVerbOfTrainingAreTheTraineesNotAGift() {
        // invented sentence: the instructors are given; the men they train are the receiver's own
        TableAsserts t = TableAsserts.of(Fixtures.build("training.txt", """
                = Fixture Soviet aid to Mali =

                Infobox
                - Donor: Soviet Union
                - Recipient: Republic of Mali

                In 1962 the Soviet Union supplied 3,000 rifles, and a team of 40 Soviet instructors served with the Malian army until 1965, training about 1,500 recruits.
                """).aid());
        t.rowWith("quantity", 3000.0).has("donor", "USSR");
        t.hasNoRowWith("quantity", 1500.0);
    }

    @Test
    void aLoadInAClauseOpenedByEachIsCarriedNotGiven() {
        // invented sentences: what each man carries is a load per head, no transfer between two sides
        TableAsserts t = TableAsserts.of(Fixtures.build("each.txt", """
                = Fixture Pass =

                The Soviet Union shipped 40 field guns to North Korea in 1951. The regiment had few trucks; each rifleman carried grain for four days and 60 rounds. Water was brought up the ridge by some 900 hired bearers, each carrying 15 kilograms.
                """).aid());
        t.rowWith("quantity", 40.0).has("donor", "USSR");
        t.hasNoRowWith("quantity", 60.0);
        t.hasNoRowWith("quantity", 15.0);
        TableAsserts range = TableAsserts.of(Fixtures.build("each-range.txt", """
                = Fixture Pass =

                The Soviet Union shipped 40 field guns to North Korea in 1951. Supplies were taken up the hill by some 700 hired bearers, each bearing 30 to 35 kilograms of food.
                """).aid());
        range.hasNoRowWith("quantity", 30.0); // ", each bearing" right before the figure, in a clause that opens earlier
    }

    @Test
    void goodsAForceNeededAreNotGiven() {
        // invented sentence: what the corps needed is a want, not a transfer
        TableAsserts t = TableAsserts.of(Fixtures.build("needed.txt", """
                = Fixture Pass =

                The Soviet Union shipped 40 field guns to North Korea in 1951. Supply was short: the corps needed about 900 tons of supplies a day.
                """).aid());
        t.rowWith("quantity", 40.0).has("donor", "USSR");
        t.hasNoRowWith("quantity", 900.0);
    }

    @Test
    void peopleWhoPassedThroughASchoolOrCompletedCoursesAreTraineesNotAid() {
        // invented sentences: soldiers passing through a school and officers who completed courses were trained, not given
        TableAsserts t = TableAsserts.of(Fixtures.build("trainees.txt", """
                = Fixture Soviet aid to Mali =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mali

                In 1965 the Soviet Union sent 40 instructors to Mali. Some 900 soldiers passed through the new Soviet-built academy at Kati. Malian officers were also sent to the Soviet Union, where by 1968 about 120 Malian officers had completed staff courses.
                """).aid());
        t.rowWith("quantity", 40.0).has("donor", "USSR").has("recipient", "Other");
        t.hasNoRowWith("quantity", 900.0);
        t.hasNoRowWith("quantity", 120.0);
    }

    @Test
    void theSizeOfItemsGivenAndWhatAPlantCanMakeAreNoItems() {
        // invented sentences: "6 ships of about 3,000 tonnes" are six items; a plant "able to process 20 tonnes a day" and
        // one "designed to make panels for 900 flats a year" say what they can do, not what was given
        TableAsserts t = TableAsserts.of(Fixtures.build("capacity.txt", """
                = Fixture Soviet aid to Mali =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mali

                Under the 1964 credit the Soviet Union supplied 6 ships of about 3,000 tonnes and built a cannery at Mopti able to process 20 tonnes of fish a day. The second credit paid for a works at Kayes, designed to make panels for 900 flats a year.
                """).aid());
        t.rowWith("quantity", 6.0).has("donor", "USSR").has("recipient", "Other").has("unit", "ships");
        t.hasNoRowWith("quantity", 3000.0);
        t.hasNoRowWith("quantity", 20.0);
        t.hasNoRowWith("quantity", 900.0);
    }

    @Test
    void theSizeAnArmyIsToBeBroughtToIsNoGiftOfMen() {
        // invented sentence: Mali accepted an offer "to enlarge its army to a force of 6,000 men": a size, not men given
        TableAsserts t = TableAsserts.of(Fixtures.build("force-of.txt", """
                = Fixture Soviet aid to Mali =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mali

                In 1961 the government in Bamako accepted a Soviet offer to enlarge the Malian army to a force of 6,000 men, backed by a credit of $15 million.
                """).aid());
        t.rowWith("quantity", 15_000_000.0).has("donor", "USSR").has("recipient", "Other");
        t.hasNoRowWith("quantity", 6000.0);
    }

    @Test
    void whatMoneyGivenWasToFinanceIsNoSecondItem() {
        // invented sentence: credits "to finance some 15 factories" give money; the factories are what it pays for
        TableAsserts t = TableAsserts.of(Fixtures.build("to-finance.txt", """
                = Fixture Soviet aid to Mali =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mali

                Two credit agreements of 1961 and 1963 opened lines worth 90 million roubles to finance some 15 factories and state farms.
                """).aid());
        t.rowWith("quantity", 90_000_000.0).has("donor", "USSR").has("recipient", "Other");
        t.hasNoRowWith("quantity", 15.0);
    }

    @Test
    void menAPassiveVerbOfEquippingProvidesWithArmsReceiveAndAreNotGiven() {
        // invented sentence: the army's strength, then "was equipped … with Soviet weapons": the men are the receiver
        TableAsserts t = TableAsserts.of(Fixtures.build("equipped-with.txt", SOVIET_AID_TO_MALI + """
                The army grew from about 20,000 men in 1970 to some 45,000 in 1978 and was equipped almost entirely with Soviet weapons.
                """).aid());
        t.hasNoRowWith("quantity", 20_000.0);
        t.hasNoRowWith("quantity", 45_000.0);
    }

    @Test
    void whatAPlantGivenMakesOrAThingBuiltHoldsIsNoItem() {
        // invented sentences: output levels after the giving verb, a planned output repaying a loan, a store's capacity
        TableAsserts t = TableAsserts.of(Fixtures.build("output.txt", SOVIET_AID_TO_MALI + """
                The Soviet Union supplied six trucks and built a cold store for 2,000 tonnes of meat at Kayes. The loan was to be repaid from the mine's output, planned at 3.5 million tonnes a year. The USSR supplied 14 tractors, aiming to raise output from 250,000 tonnes to 1.2 million tonnes a year; output in 1966 was only 30,000 tonnes. To keep production going, the USSR delivered 80,000 tonnes of fuel oil.
                """).aid());
        t.rowWith("quantity", 6.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 14.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 80_000.0).has("donor", "USSR").has("recipient", "Other");
        t.hasNoRowWith("quantity", 2000.0);
        t.hasNoRowWith("quantity", 3_500_000.0);
        t.hasNoRowWith("quantity", 250_000.0);
        t.hasNoRowWith("quantity", 1_200_000.0);
        t.hasNoRowWith("quantity", 30_000.0);
    }

    @Test
    void materielOfAClauseBeforeAnArrivalOfPeopleDoesNotArrive() {
        // invented sentence: the ships belong to ", usually two frigates"; "were deployed in" is said of the advisers
        TableAsserts t = TableAsserts.of(Fixtures.build("arrival-clause.txt", SOVIET_AID_TO_MALI + """
                After the coup the Soviet Navy kept a patrol off the coast, usually two frigates, and about 170 Soviet advisers were deployed in the country by 1969. In 1970 some 60 Soviet trucks arrived in Bamako.
                """).aid());
        t.rowWith("quantity", 170.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 60.0).has("donor", "USSR").has("recipient", "Other");
        t.hasNoRowWith("quantity", 2.0);
    }

    @Test
    void forcesAndWeaponsASideCommittedToABattleAreNotGiven() {
        // invented sentence: "committed" gives only money; men and machines committed to a fight are no gift
        TableAsserts t = TableAsserts.of(Fixtures.build("committed-forces.txt", """
                = Fixture Soviet aid to Ghana =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ghana

                In 1964 the Soviet Union lent Ghana $20 million. In the border war of 1966 the Ghanaian army committed 3,000 men, 40 armoured cars and 12 aircraft.
                """).aid());
        t.rowWith("quantity", 20_000_000.0).has("donor", "USSR");
        t.hasNoRowWith("quantity", 3000.0);
        t.hasNoRowWith("quantity", 40.0);
        t.hasNoRowWith("quantity", 12.0);
    }

    @Test
    void menCountedAfterForAndArmsCountTheMenTheArmsEquipNotMenGiven() {
        // invented sentence: "rifles for 9,000 men" says how many the rifles arm; the men are the receiver's own
        TableAsserts t = TableAsserts.of(Fixtures.build("arms-for-men.txt", """
                = Fixture Soviet aid to Ghana =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ghana

                In 1962 Soviet freighters unloaded some 40 tanks and twelve mortars at Takoradi, with rifles and machine guns for 9,000 men.
                """).aid());
        t.rowWith("quantity", 40.0).has("donor", "USSR");
        t.hasNoRowWith("quantity", 9000.0);
    }

    @Test
    void moneyPaidAsReparationsIsNoAid() {
        TableAsserts t = TableAsserts.of(Fixtures.build("reparations.txt", """
                = Fixture Reparations =

                In 1953 West Germany paid $300 million in war reparations to Israel. Italy paid reparations of $45 million to Ethiopia in 1956, and in 1957 it lent Ethiopia $12 million.
                """).aid());
        t.hasNoRowWith("quantity", 300_000_000.0);
        t.hasNoRowWith("quantity", 45_000_000.0);
        t.rowWith("quantity", 12_000_000.0).has("donor", "Other").has("recipient", "Other");
    }

    @Test
    void whatASideBuysIsNoGift() {
        TableAsserts t = TableAsserts.of(Fixtures.build("purchases.txt", """
                = Fixture Soviet aid to Ceylon =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ceylon

                A barter accord signed in Colombo in March 1958 provided for Soviet purchases of between 40,000 and 60,000 tons of tea a year, paid for in Soviet machinery. In 1959 the Soviet Union lent Ceylon 30 million rubles.
                """).aid());
        t.hasNoRowWith("quantity", 40_000.0);
        t.rowWith("quantity", 30_000_000.0).has("donor", "USSR").has("recipient", "Other");
    }

    @Test
    void aFigureAfterALevelThatAVerbOfArrivalReachedIsNotItsItem() {
        // invented sentence: "reached $95 million" is a level; the workers of the clause after ", and" arrive by no gift
        TableAsserts t = TableAsserts.of(Fixtures.build("reached.txt", """
                = Fixture Soviet aid to Mali =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mali

                In 1975 Moscow sent 300 teachers to Mali. Trade between Mali and the Soviet Union reached $95 million in 1976, and about 700 Malian workers were admitted each year.
                """).aid());
        t.rowWith("quantity", 300.0).has("donor", "USSR");
        t.hasNoRowWith("quantity", 700.0);
    }

    @Test
    void anOfferOnAConditionARewardOfferedAndAnOfferToActAreNoGift() {
        // invented sentences: an offer made on a condition, a reward offered for a capture and "offered to" an action
        // give nothing; places of study offered are given
        TableAsserts t = TableAsserts.of(Fixtures.build("offers.txt", AidFixture.SOVIET_AID_TO_MALI + """
                In 1962 a Ruvenian agent offered the chief 4,000 rifles and 2 million francs if he would rise against Bamako. The council offered a reward of 9,000 francs for the bandit. In 1988 Moscow offered to reduce its mission, and in 1989 a group of about 300 men was withdrawn. Moscow also offered some 60 scholarships a year.
                """).aid());
        t.hasNoRowWith("quantity", 4000.0);
        t.hasNoRowWith("quantity", 2_000_000.0);
        t.hasNoRowWith("quantity", 9000.0);
        t.hasNoRowWith("quantity", 300.0);
        t.rowWith("quantity", 60.0).has("donor", "USSR").has("recipient", "Other");
    }
}
