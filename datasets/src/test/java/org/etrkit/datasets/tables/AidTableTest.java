package org.etrkit.datasets.tables;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.etrkit.datasets.parse.ArticleParser;
import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** Transfers are read with donor, recipient, period and each item, in any article. */
class AidTableTest {

    private static final String AID = """
            = Aid Fixture =

            == Aid ==
            Soviet aid to the province grew after 1943. Deliveries recorded for 1945 included 5,000 rifles, 60 machine guns and 12 aircraft. In 1936 the Soviet Union lent the province five million gold rubles, about $2.5 million.

            The ETR received 300 trucks from Moscow in 1946. The Kuomintang sent 400 advisers to Urumqi; the garrison itself numbered 6,000 men.

            In 1937 the Soviet Union supplied the Mongolian army with 20 tanks. Aid to Mongolia was halted in 1939.
            """;

    private static Table aid() {
        return Fixtures.build("aid.txt", AID).aid();
    }

    @Test
    void aTransferNounTakesDonorAndRecipientFromTheSentenceBefore() {
        TableAsserts t = TableAsserts.of(aid());
        t.rowWith("unit", "rifles").has("donor", "USSR").has("recipient", "ROC").has("quantity", 5000.0)
                .has("year_start", 1945);
        t.rowWith("quantity", 60.0).has("donor", "USSR").has("recipient", "ROC");
        t.rowWith("unit", "aircraft").has("donor", "USSR").has("recipient", "ROC");
    }

    @Test
    void moneyIsInUsdWhereTheTextWritesDollarsAndOtherCurrenciesKeepTheirUnit() {
        TableAsserts t = TableAsserts.of(aid());
        t.rowWith("unit", "gold rubles").has("quantity", 5_000_000.0).has("donor", "USSR").has("recipient", "ROC")
                .has("year_start", 1936);
        t.rowWith("unit", "USD").has("quantity", 2_500_000.0).has("qualifier", "about").has("donor", "USSR");
    }

    @Test
    void receivedFromAndSentToAndSuppliedWith() {
        TableAsserts t = TableAsserts.of(aid());
        t.rowWith("unit", "trucks").has("donor", "USSR").has("recipient", "ETR").has("year_start", 1946);
        t.rowWith("unit", "tanks").has("donor", "USSR").has("recipient", "Mongolia").has("year_start", 1937);
        t.rowWith("unit", "advisers").has("donor", "ROC").has("recipient", "Other");
    }

    @Test
    void aTransferNounTakesTheSideNamedBeforeItAndThePlaceAfterIt() {
        Table t = Fixtures.build("place.txt", """
                = Place =

                Soviet deliveries to Sinkiang in 1935 amounted to 200 trucks. In 1952 Moscow sent 300 engineers to Sinkiang.
                """).aid();
        TableAsserts.of(t).rowWith("unit", "trucks").has("donor", "USSR").has("recipient", "ROC");
        TableAsserts.of(t).rowWith("unit", "engineers").has("donor", "USSR").has("recipient", "PRC");
    }

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
    void aTransferNounThatNamesNoPartyTakesThePairOfTheArticlesOtherTransfers() {
        Table t = Fixtures.build("pair.txt", """
                = Pair =

                In 1938 Moscow sent 100 aircraft to China. In 1939 the Soviet Union supplied China with 80 tanks, and it lent China 40 guns.

                A credit of $10 million followed in 1940.
                """).aid();
        TableAsserts.of(t).rowWith("unit", "USD").has("donor", "USSR").has("recipient", "ROC").has("quantity", 10_000_000.0);
    }

    @Test
    void aPronounThatReceivesIsTheRecipientItRefersTo() {
        Table t = Fixtures.build("receiver.txt", """
                = Receiver =

                In 1938 Moscow sent 100 aircraft to China.

                Chiang Kai-shek welcomed the Soviet instructors and their families. In 1939 he obtained a loan of $5 million for three years.
                """).aid();
        TableAsserts.of(t).rowWith("unit", "USD").has("donor", "USSR").has("recipient", "ROC").has("quantity", 5_000_000.0);
    }

    @Test
    void aStrengthIsNoTransfer() {
        TableAsserts t = TableAsserts.of(aid());
        t.hasNoRowWith("quantity", 6000.0);
    }

    private static final String FRAMED = """
            = Lorry Aid to the Kuomintang =

            Infobox
            - Donor: Soviet Union
            - Recipient: Kuomintang
            - Lorries Supplied: about 900
            - Strength: 4,000

            In 1938 the Soviet side gave the rebels 12 field guns. Moscow shipped it 600 rifles, and 40 tonnes of medicines went to Lanzhou.

              - Soviet deliveries to the Nationalist army, 1938–1940**

            | Item | Quantity | Delivered |
            | Lorries | about 300 | 1938 |
            | Field guns | 40 | 1939 |
            | Sources: ; . | | |
            """;

    @Test
    void anUnnamedRecipientIsTheArticlesWhenTheDonorIsTheArticlesToo() {
        TableAsserts t = TableAsserts.of(Fixtures.build("framed.txt", FRAMED).aid());
        // "gave the rebels", "shipped it": parties the gazetteer does not name are the infobox's Recipient
        t.rowWith("quantity", 12.0, "line", 9).has("donor", "USSR").has("recipient", "ROC");
        t.rowWith("quantity", 600.0).has("donor", "USSR").has("recipient", "ROC");
    }

    @Test
    void theInfoboxEntriesNamingWhatWasGivenAndTheRowsOfADeliveriesTableAreItems() {
        TableAsserts t = TableAsserts.of(Fixtures.build("framed.txt", FRAMED).aid());
        t.rowWith("quantity", 900.0).has("donor", "USSR").has("recipient", "ROC").has("line", 6);
        t.hasNoRowWith("quantity", 4000.0);
        t.rowWith("quantity", 300.0).has("donor", "USSR").has("recipient", "ROC").has("line", 14).has("qualifier", "about");
        t.rowWith("quantity", 40.0, "line", 15).has("donor", "USSR").has("recipient", "ROC");
    }

    private static final String CLAUSES = """
            = Mongolian aid to the Soviet Union =

            Herders and workers contributed 2.5 million tugriks in 1942. Wool shipped north came to about 64,000 tonnes. Japanese officers claimed that British agents had shipped 2,000 rifles to the Fergana bands.

            Japan supplied most of its weapons, among them 60,000 rifles. Moscow extended a credit of 520 million rubles (about $130 million) in 1954. In 1943 Mongolia gave the Red Army 5,000 horses and donated a further 3,200 outright.
            """;

    @Test
    void theClauseReaderFindsVoiceScopeAndRestatements() {
        TableAsserts t = TableAsserts.of(Fixtures.build("clauses.txt", CLAUSES).aid());
        // a subject without a name is the article's donor (its title names the transfer); a participle after its noun is passive
        t.rowWith("quantity", 2_500_000.0).has("donor", "Mongolia").has("recipient", "USSR");
        t.rowWith("quantity", 64_000.0).has("donor", "Mongolia").has("recipient", "USSR");
        // the subject of the clause after "claimed that", not the name before it
        t.rowWith("quantity", 2000.0).has("donor", "Other");
        // "among them" lists what the clause before gave; a restatement in brackets; "a further N" keeps the noun
        t.rowWith("quantity", 60_000.0).has("donor", "Japan");
        t.rowWith("quantity", 130_000_000.0).has("donor", "USSR").has("unit", "USD");
        t.rowWith("quantity", 3200.0).has("donor", "Mongolia").has("recipient", "USSR").has("unit", "horses");
    }

    @Test
    void helpToBuildIsAidAndASourceGivingAFigureIsNot() {
        TableAsserts t = TableAsserts.of(Fixtures.build("help.txt", """
                = Soviet aid to the Kuomintang =

                In 1953 Moscow agreed to help build 91 enterprises. Chinese statistics give 10,800 experts sent between 1950 and 1960.

                  - Soviet aid agreements with the Kuomintang, 1950–1954**

                | Date | Agreement | Commitment | Terms |
                | 1950 | Credit agreement | $300 million | 1 per cent interest; total raised to 156 |
                | Sources: ; . | | | |
                """).aid());
        t.rowWith("quantity", 91.0).has("donor", "USSR").has("recipient", "ROC");
        t.rowWith("quantity", 10_800.0).has("donor", "USSR").has("recipient", "ROC");
        t.rowWith("quantity", 300_000_000.0).has("donor", "USSR").has("recipient", "ROC").has("unit", "USD");
        t.rowWith("quantity", 156.0).has("line", 8);
        t.hasNoRowWith("quantity", 1.0);
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
    void thePassiveDativeAndTheArticlesRebels() {
        TableAsserts t = TableAsserts.of(Fixtures.build("dative.txt", """
                = Dative =

                The Ili rebels took Ghulja in 1944. The Ili rebels held the town. In 1945 the Soviet Union gave the rebels 500 rifles.

                In 1942 the Red Army was also given 1,000 camels by the Mongolian government.
                """).aid());
        t.rowWith("quantity", 500.0).has("donor", "USSR").has("recipient", "ETR");
        t.rowWith("quantity", 1000.0).has("donor", "Mongolia").has("recipient", "USSR");
    }

    @Test
    void aDefiniteSubjectIsTheNamedBodyItShortensAndTakesTheArticlesGiver() {
        TableAsserts t = TableAsserts.of(Fixtures.build("league.txt", """
                = League Fixture =

                The Mongolian Revolutionary League was founded in 1920 at Urga.

                In 1921 Moscow sent 40 trucks to Kyakhta. Through the Comintern's Eastern Bureau the league received 800 rifles in 1921.
                """).aid());
        // "the league" is the Mongolian Revolutionary League; no giver is named, so the article's giver gave
        t.rowWith("quantity", 800.0).has("donor", "USSR").has("recipient", "Mongolia");
    }

    @Test
    void anInfoboxNamingOnePartyBothDonorAndRecipientFramesNoDirection() {
        TableAsserts t = TableAsserts.of(Fixtures.build("both-ways.txt", """
                = Border Fixture =

                Infobox
                - Donor: Tumen Trade Board; Tuva
                - Recipient: Tuva; People's Liberation Army

                == Trade ==
                In 1950 the PLA shipped 400 trucks to Tuva. In 1951 the PLA delivered 90 tractors to Tuva.

                The region also sent Tuva 7,000 tonnes of grain in 1952.
                """).aid());
        // aid went both ways, so the infobox gives no direction: the article's other transfers to Tuva do
        t.rowWith("quantity", 7000.0).has("donor", "PRC").has("recipient", "Other");
    }

    @Test
    void theProvincesArsenalAndTreasuryAreTheProvincesSide() {
        TableAsserts t = TableAsserts.of(Fixtures.build("arsenal.txt", """
                = Arsenal Fixture =

                In 1930 the Soviet Union supplied the provincial arsenal with 900 rifles. In 1931 Moscow lent the provincial treasury 40,000 gold rubles.
                """).aid());
        t.rowWith("quantity", 900.0).has("donor", "USSR").has("recipient", "ROC");
        t.rowWith("quantity", 40000.0).has("donor", "USSR").has("recipient", "ROC");
    }

    @Test
    void aPronounPartyTakesTheCounterpartOfTheArticlesOtherTransfers() {
        TableAsserts t = TableAsserts.of(Fixtures.build("counterpart.txt", """
                = Harbour Base =

                In 1951 the Soviet Union delivered 20 locomotives to China. In 1952 Moscow sent 300 engineers to China. In 1953 the Soviet Union shipped 40 trucks to China.

                The Chinese navy grew. In 1952 China delivered 600 tonnes of grain to the Soviet Union. The Red Army had seconded 15 instructors to it, and Soviet schools trained its cadets.

                The fleet lived on local food. China furnished it with 5,000 tonnes of rice a year, and 20 tonnes of tea went to its officers. In 1954 Moscow delivered 900 rifles to Tarbagan.
                """).aid());
        // "seconded … to it", "furnished it": the article's other transfers go the other way, so "it" is their donor
        t.rowWith("quantity", 15.0).has("donor", "USSR").has("recipient", "PRC");
        t.rowWith("quantity", 5000.0).has("donor", "PRC").has("recipient", "USSR");
        // a place the gazetteer does not know stays Other: it may be a third party's
        t.rowWith("quantity", 900.0).has("donor", "USSR").has("recipient", "Other");
    }

    @Test
    void aSecondVerbJoinedByAndKeepsTheSubjectOfTheFirst() {
        TableAsserts t = TableAsserts.of(Fixtures.build("joined.txt", """
                = Joined =

                In 1955 Moscow cancelled the old Mongolian debts and lent a further 90 million rubles for roads.

                In 1956 Moscow lent Mongolia 20 million rubles, built a railway for the Mongolian army, and agreed to help build 12 enterprises.
                """).aid());
        t.rowWith("quantity", 90_000_000.0).has("donor", "USSR");
        t.rowWith("quantity", 12.0).has("donor", "USSR").has("recipient", "Mongolia");
    }

    @Test
    void aRelativeClauseVerbHasTheNameBeforeWhichAsItsSubject() {
        TableAsserts t = TableAsserts.of(Fixtures.build("relative.txt", """
                = Relative =

                In 1934 the Kuomintang governor appealed to Moscow, which sent 40 instructors and 12 aircraft across the border.
                """).aid());
        t.rowWith("quantity", 12.0).has("donor", "USSR").has("recipient", "ROC");
        t.rowWith("quantity", 40.0).has("donor", "USSR").has("recipient", "ROC");
    }

    @Test
    void aTransferNounWithItsRecipientBeforeTheFigures() {
        TableAsserts t = TableAsserts.of(Fixtures.build("nounto.txt", """
                = Noun To =

                In 1962 the Soviet Union sold 30 aircraft to India. Soviet shipments to Mongolia in those years came to roughly 7,000 tonnes of fuel.
                """).aid());
        t.rowWith("quantity", 7000.0).has("donor", "USSR").has("recipient", "Mongolia");
    }

    @Test
    void aSideNamedAsTheOriginOfTheItemsIsNoRecipient() {
        TableAsserts t = TableAsserts.of(Fixtures.build("origin.txt", """
                = Origin =

                Mongolian officers handed over 700 rifles from captured Japanese depots. Ulaanbaatar also lent the provisional government 20,000 tögrögs.
                """).aid());
        t.rowWith("quantity", 700.0).has("donor", "Mongolia").has("recipient", "Other");
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
    void aCountedNounListedWithMaterielOrMeasuringGoodsIsAnItem() {
        TableAsserts t = TableAsserts.of(Fixtures.build("listed.txt", """
                = Listed =

                In 1950 the Soviet Union handed over to Mongolia some 300 houses, 12 coastal batteries and 40 ships. In 1951 Moscow gave Mongolia 9,000 bags of flour. In 1952 Moscow sent Mongolia 3 letters of protest.
                """).aid());
        t.rowWith("quantity", 300.0).has("donor", "USSR").has("recipient", "Mongolia").has("unit", "houses");
        t.rowWith("quantity", 12.0).has("donor", "USSR").has("recipient", "Mongolia");
        t.rowWith("quantity", 9000.0).has("donor", "USSR").has("recipient", "Mongolia").has("unit", "bags");
        t.hasNoRowWith("quantity", 3.0);
    }

    @Test
    void aVerbBeforeInAndADateIsATransferNotAVerbWithAParticle() {
        TableAsserts t = TableAsserts.of(Fixtures.build("date.txt", """
                = Date =

                In 1956 the Soviet Union agreed to arm the PLA. Four R-11 missiles were delivered in March 1957 together with a Soviet team of 80 officers.
                """).aid());
        t.rowWith("quantity", 4.0).has("donor", "USSR");
    }

    @Test
    void anItemWithOneKnownPartyTakesTheOtherFromItemsCompletedBeforeIt() {
        TableAsserts t = TableAsserts.of(Fixtures.build("rounds.txt", """
                = Rounds =

                In 1942 the arats of the republic delivered 5,000 horses to the Soviet Union.

                The little army was weak. The Red Army had seconded 12 instructors to it. In 1931 a Soviet cavalry squadron of 150 men was sent to restore order.
                """).aid());
        t.rowWith("quantity", 12.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 150.0).has("donor", "USSR").has("recipient", "Other");
    }

    @Test
    void passedAndAssignedWithAFigureAreTransfers() {
        TableAsserts t = TableAsserts.of(Fixtures.build("passed.txt", """
                = Passed =

                In 1946 the Soviet command passed some 8,000 captured rifles to the Mongol militia, and the PLA assigned 90 political instructors to its squadrons.
                """).aid());
        t.rowWith("quantity", 8000.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 90.0).has("donor", "PRC").has("recipient", "Other");
    }

    @Test
    void aSideNamedRightBeforeATransferNounInAnEarlierSentenceIsItsDonor() {
        TableAsserts t = TableAsserts.of(Fixtures.build("road.txt", """
                = Road =

                Xinjiang was the route by which Soviet aid reached the Nationalist government. Over four years some 500 trucks went to China.
                """).aid());
        t.rowWith("quantity", 500.0).has("donor", "USSR").has("recipient", "ROC");
    }

    @Test
    void everyItemOfAListAfterTurnedOverIsGiven() {
        TableAsserts t = TableAsserts.of(Fixtures.build("turned.txt", """
                = Turned =

                In 1946, before withdrawing, the Soviet command turned over to the Communists the stores of the beaten garrison: some 7,000 rifles, 350 machine guns, 90 artillery pieces and about 25 tanks.
                """).aid());
        t.rowWith("quantity", 7000.0).has("donor", "USSR").has("recipient", "PRC").has("unit", "rifles");
        t.rowWith("quantity", 350.0).has("donor", "USSR").has("recipient", "PRC");
        t.rowWith("quantity", 90.0).has("donor", "USSR").has("recipient", "PRC");
        t.rowWith("quantity", 25.0).has("donor", "USSR").has("recipient", "PRC").has("unit", "tanks");
    }

    @Test
    void aSideNamedInALaterClauseOfItsOwnIsNoDonor() {
        TableAsserts t = TableAsserts.of(Fixtures.build("clause.txt", """
                = Clause =

                The partnership peaked in 1935, when a barter treaty gave Nanjing a credit of 40 million Reichsmarks, and it collapsed after Japan attacked China in 1937 and Berlin took Tokyo's side.
                """).aid());
        t.hasNoRowWith("quantity", 40_000_000.0, "donor", "Japan");
    }

    @Test
    void theNameAfterToWhichIsTheSubjectOfTheRelativeClause() {
        TableAsserts t = TableAsserts.of(Fixtures.build("which.txt", """
                = Which =

                Infobox
                - Donor: Soviet Union
                - Recipient: Republic of China

                A few instructors served from 1926 with the Guominjun army in the north, to which Moscow shipped some 5,000 rifles through Mongolia in 1926.
                """).aid());
        // the route ("through Mongolia") is no recipient: the article's recipient is
        t.rowWith("quantity", 5000.0).has("donor", "USSR").has("recipient", "ROC").has("unit", "rifles");
    }

    @Test
    void aSourcesCountAfterASemicolonListsWhatTheClauseBeforeGave() {
        TableAsserts t = TableAsserts.of(Fixtures.build("count.txt", """
                = Count =

                In 1946 the Soviet army handed over most of the captured depots to the Communists; Chinese figures give some 9,000 rifles and 400 mortars.
                """).aid());
        t.rowWith("quantity", 9000.0).has("donor", "USSR").has("recipient", "PRC").has("unit", "rifles");
        t.rowWith("quantity", 400.0).has("donor", "USSR").has("recipient", "PRC");
    }

    @Test
    void aSideNamedAfterASemicolonOrInAWhenClauseIsNoDonor() {
        TableAsserts t = TableAsserts.of(Fixtures.build("semicolon.txt", """
                = Semicolon =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mongolia

                Of the 900 lorries allotted to Mongolia in 1938, fewer than half arrived; many were lost when the Japanese bombed the railway. The 60 aircraft earmarked for Mongolia were shipped late when Japanese cruisers closed the port.
                """).aid());
        t.rowWith("quantity", 900.0).has("donor", "USSR").has("recipient", "Mongolia");
        t.rowWith("quantity", 60.0).has("donor", "USSR").has("recipient", "Mongolia");
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
    void aPronounThatReceivesIsTheRecipientNotTheGiver() {
        TableAsserts t = TableAsserts.of(Fixtures.build("pronoun.txt", """
                = Pronoun =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mongolia

                Aid to Mongolia began in 1921. Mongolia was then a land of herders with few roads. By 1940 it had received goods worth some 80 million rubles.
                """).aid());
        t.rowWith("quantity", 80_000_000.0).has("donor", "USSR").has("recipient", "Mongolia");
    }

    @Test
    void aTransferNounRightAfterTheFigureLeavesThePassiveVerbAfterItToGovern() {
        TableAsserts t = TableAsserts.of(Fixtures.build("loan.txt", """
                = Loan =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mongolia

                Officials in Ulaanbaatar argued that the $30 million loan granted by the state bank in 1939 was the most useful form of help.
                """).aid());
        t.rowWith("quantity", 30_000_000.0).has("donor", "USSR").has("recipient", "Mongolia").has("unit", "USD");
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
    void anInfoboxEntryOfMoneyIsGivenWhateverItsKey() {
        TableAsserts t = TableAsserts.of(Fixtures.build("value.txt", """
                = Value =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mongolia
                - Total Worth: some $90 million (1930–1940)
                - Strength: about 300 advisers

                Soviet help to Mongolia grew through the decade.
                """).aid());
        t.rowWith("quantity", 90_000_000.0).has("donor", "USSR").has("recipient", "Mongolia").has("unit", "USD");
        t.hasNoRowWith("quantity", 300.0);
    }

    @Test
    void theBulletsAfterALeadInNamingATransferAreItsItems() {
        TableAsserts t = TableAsserts.of(Fixtures.build("bullets.txt", """
                = Bullets =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mongolia

                The main kinds of Soviet assistance, 1930–1940:
                - Machinery for the wool mills: about 90 million rubles
                - Trucks for the herding cooperatives: some 1,200 trucks

                The herds grew to 26 million head by 1940.
                - Grazing land: 12 million hectares
                """).aid());
        t.rowWith("quantity", 90_000_000.0).has("donor", "USSR").has("recipient", "Mongolia").has("unit", "rubles");
        t.rowWith("quantity", 1200.0).has("donor", "USSR").has("recipient", "Mongolia");
        t.hasNoRowWith("quantity", 12_000_000.0);
    }

    @Test
    void aSubjectThatIsNoPronounTakesNoAntecedentAsGiver() {
        TableAsserts t = TableAsserts.of(Fixtures.build("treaty.txt", """
                = Treaty =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mongolia

                Mongolia was then a poor country of herders. In 1936 a trade treaty gave Mongolia a credit of 40 million rubles.
                """).aid());
        t.rowWith("quantity", 40_000_000.0).has("donor", "USSR").has("recipient", "Mongolia");
    }

    @Test
    void theToPhraseBetweenAParticipleAndItsFigureIsTheRecipient() {
        TableAsserts t = TableAsserts.of(Fixtures.build("audit.txt", """
                = Audit =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mongolia

                A Soviet audit of 1940 reckoned the goods sent to Mongolia at just over 70 million rubles.
                """).aid());
        t.rowWith("quantity", 70_000_000.0).has("donor", "USSR").has("recipient", "Mongolia");
    }

    @Test
    void theSideNamedRightBeforeAParticipleWithoutAgentGives() {
        TableAsserts t = TableAsserts.of(Fixtures.build("depot.txt", """
                = Depot =

                Before leaving in 1946, Soviet officers passed to the Communist forces most of the depot's stock, some 9,000 rifles.
                """).aid());
        t.rowWith("quantity", 9000.0).has("donor", "USSR").has("recipient", "PRC");
    }

    @Test
    void aNameInTheTitleOfALawIsNoParty() {
        TableAsserts t = TableAsserts.of(Fixtures.build("act.txt", """
                = Act =

                The Mongolia Relief Act of May 1940 granted $20 million in famine relief to Ulaanbaatar and the Mongolian government.
                """).aid());
        t.rowWith("quantity", 20_000_000.0).has("donor", "Other").has("recipient", "Mongolia");
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
    void twoParticiplesJoinedByOrAfterBeenArePassive() {
        TableAsserts t = TableAsserts.of(Fixtures.build("driven.txt", """
                = Driven =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mongolia

                By the end of 1941 some 4,000 lorries and 900 tractors had been driven or shipped into Mongolia.
                """).aid());
        t.rowWith("quantity", 4000.0).has("donor", "USSR").has("recipient", "Mongolia");
        t.rowWith("quantity", 900.0).has("donor", "USSR").has("recipient", "Mongolia");
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
    void aPrepositionalPhraseAfterTheVerbIsNoParticle() {
        TableAsserts t = TableAsserts.of(Fixtures.build("rotation.txt", """
                = Rotation =

                Between 1951 and 1953 the Soviet Union sent in turns about 4,000 pilots to China.
                """).aid());
        t.rowWith("quantity", 4000.0).has("donor", "USSR").has("recipient", "PRC");
    }

    @Test
    void anObjectPronounIsTheSideTheSentencesBeforeName() {
        TableAsserts t = TableAsserts.of(Fixtures.build("object.txt", """
                = Object =

                In 1921 the Red Army sent 200 men to Kyakhta. By 1936 the Mongolian army had grown to 8,000 men. A Soviet school trained its officers, and the Soviet Union shipped it 9,000 rifles and 20 field guns.
                """).aid());
        t.rowWith("quantity", 9000.0).has("donor", "USSR").has("recipient", "Mongolia");
        t.rowWith("quantity", 20.0).has("donor", "USSR").has("recipient", "Mongolia");
    }

    @Test
    void aGiverWithNoRecipientTakesTheOneItsReceiversWereCompletedWith() {
        TableAsserts t = TableAsserts.of(Fixtures.build("completed.txt", """
                = Completed =

                In 1921 the Mongolian party received 2,000 rifles, 40 machine guns and 3 mountain guns. Some 30 Red Army instructors were sent to Kyakhta.

                Late in 1921 Moscow shipped 5,000 rifles and 300 sabres.
                """).aid());
        t.rowWith("quantity", 5000.0).has("donor", "USSR").has("recipient", "Mongolia");
        t.rowWith("quantity", 300.0).has("donor", "USSR").has("recipient", "Mongolia");
    }

    @Test
    void aDatedNameIsTheSideItWasAtTheTime() {
        TableAsserts t = TableAsserts.of(Fixtures.build("dated.txt", """
                = Dated =

                In 1920 the Soviet Union paid 300,000 rubles to the Ili authorities. In 1946 the Soviet Union sent 5,000 rifles to Ili.
                """).aid());
        t.rowWith("quantity", 300_000.0).has("donor", "USSR").has("recipient", "ROC");
        t.rowWith("quantity", 5000.0).has("donor", "USSR").has("recipient", "ETR");
    }

    @Test
    void anItemAfterAParenthesisBelongsToTheTransferBeforeIt() {
        TableAsserts t = TableAsserts.of(Fixtures.build("aside.txt", """
                = Aside =

                In 1968 the Soviet Union provided Mongolia with 300 tanks, 90 aircraft (bombers among them) and some 1,200 guns and mortars.
                """).aid());
        t.rowWith("quantity", 1200.0).has("donor", "USSR").has("recipient", "Mongolia");
    }

    @Test
    void aBulletNamingATransferNounButNoPartyTakesTheLeadInsParties() {
        TableAsserts t = TableAsserts.of(Fixtures.build("bullets.txt", """
                = Bullets =

                In 1940 Soviet advisers served with the Chinese army. Soviet pilots flew for China in 1939.

                In 1939 the Soviet Union gave China 200 trucks.

                Over the two years the Soviet Union delivered:
                - a loan of $30 million in 1939 and a second $20 million in 1940;
                - 300 aircraft during 1940;
                """).aid());
        t.rowWith("quantity", 30_000_000.0).has("donor", "USSR").has("recipient", "ROC");
        t.rowWith("quantity", 20_000_000.0).has("donor", "USSR").has("recipient", "ROC");
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
    void anInfoboxEntryWhoseKeyNamesOneOfSeveralDonorsIsThatDonorsGift() {
        TableAsserts t = TableAsserts.of(Fixtures.build("donors.txt", """
                = Donors =

                Infobox
                - Recipient: Mongolian People's Republic
                - Donor1: Soviet Union
                - Donor2: People's Republic of China
                - Period: 1955–1962
                - Soviet personnel: about 6,000 engineers and teachers
                - Chinese personnel: some 9,000 workers
                - Casualties: 40 Chinese workers killed

                Both donors built roads in the 1950s.
                """).aid());
        t.rowWith("quantity", 6000.0).has("donor", "USSR").has("recipient", "Mongolia");
        t.rowWith("quantity", 9000.0).has("donor", "PRC").has("recipient", "Mongolia");
        t.hasNoRowWith("quantity", 40.0);
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
    void aModelNumberInATableColumnOfTypesIsNoQuantityOfTheTransfer() {
        TableAsserts t = TableAsserts.of(Fixtures.build("types.txt", """
                = Types =

                The Soviet Union delivered aircraft to the Mongolian army.

                  - Soviet aircraft delivered to Mongolia, 1936–1939**

                | Year | Aircraft | Types |
                | 1936 | 12 | Polikarpov R-5 and I-15 |
                | 1937 | 20 | Tupolev ANT.9 |
                | 1938 | 18 | Kalinin K.10 |
                | 1939 | 24 | Tupolev SB |
                | Sources: ; . | | |
                """).aid());
        t.rowWith("quantity", 18.0).has("donor", "USSR").has("recipient", "Mongolia");
        t.hasNoRowWith("quantity", 10.0);
        t.hasNoRowWith("quantity", 9.0);
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
    void moneyInAnyNamedCurrencyKeepsItsUnit() {
        TableAsserts t = TableAsserts.of(Fixtures.build("kroner.txt", """
                = Kroner =

                In 1940 the Soviet Union lent the Mongolian government 6 million kroner, and in 1941 it gave Mongolia a further 2 million pesetas.
                """).aid());
        t.rowWith("quantity", 6_000_000.0).has("unit", "kroner").has("donor", "USSR").has("recipient", "Mongolia");
        t.rowWith("quantity", 2_000_000.0).has("unit", "pesetas").has("donor", "USSR").has("recipient", "Mongolia");
    }

    @Test
    void aVerbWithAParticleBeforeMoneyPaysItOut() {
        TableAsserts t = TableAsserts.of(Fixtures.build("payout.txt", """
                = Payout =

                In 1936 the Soviet Union paid out 3.2 million gold rubles to the Mongolian government.
                """).aid());
        t.rowWith("quantity", 3_200_000.0).has("unit", "gold rubles").has("donor", "USSR").has("recipient", "Mongolia");
    }

    @Test
    void aParticipleSetOffByCommasAfterItsSubjectGovernsNoFigureAfterIt() {
        TableAsserts t = TableAsserts.of(Fixtures.build("envoy.txt", """
                = Envoy =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mongolia

                Pyotr Orlov, sent to Urga at the head of a trade mission in 1928, signed an accord in March and arranged a further loan of 2 million gold rubles.
                """).aid());
        t.rowWith("quantity", 2_000_000.0).has("unit", "gold rubles").has("donor", "USSR").has("recipient", "Mongolia");
    }

    @Test
    void aWordThatIsVerbAndNounIsTheNounAfterAnArticle() {
        TableAsserts t = TableAsserts.of(Fixtures.build("grant.txt", """
                = Grant =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mongolia

                Pyotr Orlov, sent to Urga at the head of a trade mission in December 1930, signed an accord on 2 January 1931 and arranged a further grant of 4 million gold rubles.
                """).aid());
        t.rowWith("quantity", 4_000_000.0).has("unit", "gold rubles").has("donor", "USSR").has("recipient", "Mongolia");
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
    void anOfficeIssuingArmsToAUnitGivesThemToTheUnitsSide() {
        TableAsserts t = TableAsserts.of(Fixtures.build("issued.txt", """
                = Issued =

                In 1946 the Soviet consulate issued the Mongolian battalion 300 rifles and 8 machine guns.
                """).aid());
        t.rowWith("quantity", 300.0).has("donor", "USSR").has("recipient", "Mongolia").has("unit", "rifles");
        t.rowWith("quantity", 8.0).has("donor", "USSR").has("recipient", "Mongolia");
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
    void aCountRightAfterItsNounInTheNextClauseCountsThatNoun() {
        TableAsserts t = TableAsserts.of(Fixtures.build("after.txt", """
                = After =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mongolia

                In 1940 Moscow also sent instructors; about 150 were teaching at army schools in 1941. In 1936 it sent engineers, no more than 20, to build the Ulan Bator power station.
                """).aid());
        t.rowWith("quantity", 150.0).has("donor", "USSR").has("recipient", "Mongolia").has("unit", "instructors");
        t.rowWith("quantity", 20.0).has("donor", "USSR").has("recipient", "Mongolia").has("unit", "engineers");
    }

    @Test
    void aFigureThatANumberWasCutToCountsTheSameItem() {
        TableAsserts t = TableAsserts.of(Fixtures.build("cut.txt", """
                = Cut =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mongolia

                About 1,000 Soviet engineers worked in Mongolia in 1946, a number cut to about 200 by 1950.
                """).aid());
        t.rowWith("quantity", 1000.0).has("donor", "USSR").has("recipient", "Mongolia");
        t.rowWith("quantity", 200.0).has("donor", "USSR").has("recipient", "Mongolia").has("unit", "engineers");
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
    void aPronounSubjectAfterButIsTheNameItsSentenceOpenedWithNotTheParagraphsLastGiver() {
        TableAsserts t = TableAsserts.of(Fixtures.build("pronoun-but.txt", """
                = Pronoun But =

                In 1930 Japan shipped 400 rifles to the Mongolian army. The Kuomintang sent no advisers of its own, but it paid for trucks bought for the Mongolian army, worth about $3 million.
                """).aid());
        t.rowWith("quantity", 3_000_000.0).has("donor", "ROC").has("recipient", "Mongolia");
    }

    @Test
    void aPronounSubjectTakesTheUnknownStateThatOpensTheSentenceBefore() {
        TableAsserts t = TableAsserts.of(Fixtures.build("pronoun-unknown.txt", """
                = Pronoun Unknown =

                In 1929 the envoys fled to Afghanistan. Afghanistan was the main patron of the Kuomintang envoys until the Soviet invasion of 1931. It supplied some 4,000 rifles and 200 machine guns to the Kuomintang.
                """).aid());
        t.rowWith("quantity", 4000.0).has("donor", "Other").has("recipient", "ROC");
        t.rowWith("quantity", 200.0).has("donor", "Other").has("recipient", "ROC");
    }

    @Test
    void aVerbJoinedByAndToASentenceOpenedByAPronounKeepsThePronounsAntecedent() {
        TableAsserts t = TableAsserts.of(Fixtures.build("pronoun-joined.txt", """
                = Pronoun Joined =

                Japanese troops stayed in Jehol until 1933. They looted the mills that an American company had valued at $4 million, and handed over some 9,000 rifles and 70 mortars to the Communist forces.
                """).aid());
        t.rowWith("quantity", 9000.0).has("donor", "Japan").has("recipient", "PRC");
        t.rowWith("quantity", 70.0).has("donor", "Japan").has("recipient", "PRC");
    }

    @Test
    void anUnknownNameOpeningTheNextClauseIsTheGiverNotTheNameBeforeTheComma() {
        TableAsserts t = TableAsserts.of(Fixtures.build("next-clause.txt", """
                = Next Clause =

                Mongolia spent about 2 million tugriks on the camps, and the Red Cross contributed $50,000 to the Mongolian government.
                """).aid());
        t.rowWith("quantity", 50_000.0).has("donor", "Other").has("recipient", "Mongolia");
    }

    @Test
    void aGiverLeftUnsaidForAnOutsideStateIsANamedSideBeforeAnotherOutsideState() {
        TableAsserts t = TableAsserts.of(Fixtures.build("outside-pair.txt", """
                = Outside Pair =

                In 1920 the Kuomintang sent 300 rifles to the Tibetan army, and in 1921 the Kuomintang sent 500 rifles to the Tibetan army.

                Nepal was a patron of Tibet too. In 1922 Nepal shipped 200 rifles to Tibet, and in 1923 Nepal shipped 100 mortars to Tibet.

                The region also sent the Tibetan army 40 tonnes of grain in 1924.
                """).aid());
        t.rowWith("quantity", 40.0).has("donor", "ROC").has("recipient", "Other");
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
    void goodsOrMoneyAStatedGiverGaveToNoSideTheArticleNamesGoToASideOutsideTheList() {
        TableAsserts t = TableAsserts.of(Fixtures.build("unsaid-recipient.txt", """
                = Unsaid Recipient =

                In 1925 the Soviet government allotted 4 million rubles to help the returning nomads resettle, and Moscow later added 2,000 tonnes of seed grain for them. In 1930 the Red Army sent 5,000 men into the valley.
                """).aid());
        t.rowWith("quantity", 4_000_000.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 2000.0).has("donor", "USSR").has("recipient", "Other");
        t.hasNoRowWith("quantity", 5000.0);
    }

    @Test
    void aReceiverOfGoodsOfAnOutsideStatesMakeHasThatStateAsGiver() {
        TableAsserts t = TableAsserts.of(Fixtures.build("outside-goods.txt", """
                = Outside Goods =

                In 1946 the Kuomintang received $4 million of Czech arms, chiefly machine guns and mortars.
                """).aid());
        t.rowWith("quantity", 4_000_000.0).has("donor", "Other").has("recipient", "ROC");
    }

    @Test
    void aCreditThatHelpedTheGovernmentGoesToTheSideThatGovernmentWasNamedFor() {
        TableAsserts t = TableAsserts.of(Fixtures.build("helped.txt", """
                = Helped =

                In 1938 the Nationalist government moved to Chongqing.

                Britain sent no arms that year, but its $10 million export credit of 1939 helped the government buy lorries.
                """).aid());
        t.rowWith("quantity", 10_000_000.0).has("donor", "Other").has("recipient", "ROC");
    }

    @Test
    void anObjectPronounBeforeTheItemsNounIsTheSubjectOfTheSentencesBeforeNotANameAfterAPreposition() {
        TableAsserts t = TableAsserts.of(Fixtures.build("object-item.txt", """
                = Object Item =

                In 1938 the Eighth Route Army held only a few valleys. Two years later it controlled a long chain of bases behind the Japanese lines. The Nationalist government paid it a monthly subsidy of 400,000 yuan.
                """).aid());
        t.rowWith("quantity", 400_000.0).has("donor", "ROC").has("recipient", "PRC");
    }

    @Test
    void theFirstPartyAnInfoboxDonorEntryListsIsTheArticlesGiverNotTheFirstNameOfASide() {
        TableAsserts t = TableAsserts.of(Fixtures.build("several-donors.txt", """
                = Several Donors =

                Infobox
                - Donor: Kingdom of Norway; Mongolian People's Republic; Government of Chile
                - Recipient: Republic of China

                == Funding ==

                In 1972 a grant of $2 million was paid for the island's clinics.
                """).aid());
        t.rowWith("quantity", 2_000_000.0).has("donor", "Other").has("recipient", "ROC");
    }

    @Test
    void aNameInAnAsideThroughWhichTheSubjectActsIsNoGiver() {
        TableAsserts t = TableAsserts.of(Fixtures.build("through.txt", """
                = Through =

                In 1983 the Republic of China, through its Mongolian affairs bureau, paid $1 million for the lamas' schools in the hills.
                """).aid());
        t.rowWith("quantity", 1_000_000.0).has("donor", "ROC");
    }

    @Test
    void theBulletsAfterALeadInWithoutPartiesTakeThoseOfTheTransferInTheSentenceBefore() {
        TableAsserts t = TableAsserts.of(Fixtures.build("ships.txt", """
                = Ships =

                The flotilla owed much to Moscow. Under a naval agreement signed in Tirana in 1958, the Soviet Union lent the Albanian navy 60 ships and boats and trained their crews. The boats handed over comprised:
                - 12 patrol frigates of an older class
                - 16 harbour submarine chasers
                - 8 small landing craft
                """).aid());
        t.rowWith("quantity", 12.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 16.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 8.0).has("donor", "USSR").has("recipient", "Other");
    }

    @Test
    void aUnionRepublicOfTheSovietUnionIsTheSovietSide() {
        TableAsserts t = TableAsserts.of(Fixtures.build("republics.txt", """
                = Republics =

                In 1947 the Red Cross supplied the Georgian SSR with $4 million and the Armenian SSR with $3 million of relief.
                """).aid());
        t.rowWith("quantity", 4_000_000.0).has("donor", "Other").has("recipient", "USSR");
        t.rowWith("quantity", 3_000_000.0).has("donor", "Other").has("recipient", "USSR");
    }

    @Test
    void anArticleWhoseGiverAndReceiverAreBothOutsideTheListGivesItsItemsFromOtherToOther() {
        TableAsserts t = TableAsserts.of(Fixtures.build("outside.txt", """
                = Outside =

                Infobox
                - Donor: Kingdom of Norway
                - Recipient: Refugee schools of the coast

                == Funding ==

                Denmark gave 2 million kroner for the schools' roofs in 1975.

                Other states have also donated:
                - about $3 million a year for teachers' pay in the 1980s
                """).aid());
        t.rowWith("quantity", 2_000_000.0).has("donor", "Other").has("recipient", "Other");
        t.rowWith("quantity", 3_000_000.0).has("donor", "Other").has("recipient", "Other");
    }

    @Test
    void moneyInATransferNounAfterInIsGivenByTheClausesSubject() {
        TableAsserts t = TableAsserts.of(Fixtures.build("in-aid.txt", """
                = In Aid =

                The Danish parliament voted $45 million in economic aid to Portugal for the fiscal year 1970.

                In 1951 the Soviet Union approved some 20 million roubles in aid to the Mongolian government.
                """).aid());
        t.rowWith("quantity", 45_000_000.0).has("donor", "Other").has("recipient", "Other").has("unit", "USD");
        t.rowWith("quantity", 20_000_000.0).has("donor", "USSR").has("recipient", "Mongolia").has("unit", "roubles");
    }

    @Test
    void whatATransferNounIncludedIsGivenWhateverItsNoun() {
        TableAsserts t = TableAsserts.of(Fixtures.build("included.txt", """
                = Included =

                The harbour of Dalian was rebuilt after 1950. Soviet shipments to the Chinese navy in 1953 included 9 harbour tugs and three floating cranes.
                """).aid());
        t.rowWith("quantity", 9.0).has("donor", "USSR").has("recipient", "PRC");
        t.rowWith("quantity", 3.0).has("donor", "USSR").has("recipient", "PRC");
    }

    @Test
    void theProvinceIsTheSideOfTheCountryTheArticlesInfoboxNames() {
        TableAsserts t = TableAsserts.of(Fixtures.build("province.txt", """
                = Province =

                Infobox
                - Group: Buryats of the Selenge valley
                - Country: Mongolia

                Under a treaty of 1960, Moscow sent some 200 Russian doctors to the province's hospitals.
                """).aid());
        t.rowWith("quantity", 200.0).has("donor", "USSR").has("recipient", "Mongolia");
    }

    @Test
    void aFigureWhoseWordIsAModifierCountsTheMaterielHeadingItsNounPhrase() {
        TableAsserts t = TableAsserts.of(Fixtures.build("modifier.txt", """
                = Modifier =

                A drop in May 1957 gave the rebels 120 Lee–Enfield rifles and 10 light machine guns.
                """).aid());
        t.rowWith("quantity", 120.0).has("unit", "rifles").has("item", "Lee–Enfield rifles").has("donor", "Other");
    }

    @Test
    void aBareSumRightAfterAGivingVerbIsInTheCurrencyOfTheSentencesMoneyBeforeIt() {
        TableAsserts t = TableAsserts.of(Fixtures.build("bare-sum.txt", """
                = Bare Sum =

                In 1966 Hanoi hoped for loans of 800 million roubles for the new plan; the Soviet Union granted only about 300 million, and the works slowed.
                """).aid());
        t.rowWith("quantity", 300_000_000.0).has("unit", "roubles").has("donor", "USSR");
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
    void theBulletsAfterALeadInWhoseSubjectIsAStateOutsideTheListAreThatStatesGiftsNotTheArticlesGivers() {
        TableAsserts t = TableAsserts.of(Fixtures.build("lead-in-subject.txt", """
                = Lead-in Subject =

                Infobox
                - Donor: Soviet Union; Bulgaria (1960)
                - Recipient: Yemen

                == Deal ==
                Under the protocol of 1960 Bulgaria furnished Yemen with:
                - about 40 trucks and 12 field kitchens;
                - 300 rifles.
                """).aid());
        t.rowWith("quantity", 40.0).has("donor", "Other").has("recipient", "Other");
        t.rowWith("quantity", 12.0).has("donor", "Other").has("recipient", "Other");
        t.rowWith("quantity", 300.0).has("donor", "Other").has("recipient", "Other");
    }

    @Test
    void aToPhraseBetweenAGivingVerbAndItsItemNamesTheReceiverBeforeAToPhraseOfALaterClause() {
        TableAsserts t = TableAsserts.of(Fixtures.build("to-before.txt", """
                = To Before =

                In the spring of 1952 the Soviet Union delivered to China 400 field guns, and by the summer some 300 tractors had been passed on to the Harbin Farm Bureau.
                """).aid());
        t.rowWith("quantity", 400.0).has("donor", "USSR").has("recipient", "PRC");
    }

    @Test
    void rialsAreACurrency() {
        TableAsserts t = TableAsserts.of(Fixtures.build("rials.txt", """
                = Rials =

                In 1950 the Soviet trade mission advanced the town council of Rasht a loan of 3 million rials.
                """).aid());
        t.rowWith("quantity", 3_000_000.0).has("unit", "rials").has("donor", "USSR");
    }

    @Test
    void materielThatReachedTheReceiverIsGivenByTheGiverOfTheSentenceBefore() {
        TableAsserts t = TableAsserts.of(Fixtures.build("reached.txt", """
                = Reached =

                In 1947 the Soviet command passed on captured stocks to the rebels. By the spring about 8,000 rifles and 90 mortars had reached the rebel bands in the hills.
                """).aid());
        t.rowWith("quantity", 8_000.0).has("donor", "USSR").has("unit", "rifles");
        t.rowWith("quantity", 90.0).has("donor", "USSR").has("unit", "mortars");
    }

    @Test
    void peopleADirectGivingVerbTakesAsItsObjectAreGivenWhateverVerbFollowsThem() {
        TableAsserts t = TableAsserts.of(Fixtures.build("object.txt", """
                = Object =

                In 1952 Moscow sent 150 advisers to the Korean army and landed a further cargo of trucks at Wonsan. Of the Soviet crews that came with them, 40 pilots were killed.
                """).aid());
        t.rowWith("quantity", 150.0).has("donor", "USSR").has("unit", "advisers");
        t.hasNoRowWith("quantity", 40.0);
    }

    @Test
    void moneyAfterAnArrivalVerbIsTheLevelOfTheTransferNounNotAnArrival() {
        TableAsserts t = TableAsserts.of(Fixtures.build("level.txt", """
                = Level =

                The new mills were built with Soviet credits to the Mongolian government that reached 90 million roubles by 1955.
                """).aid());
        t.rowWith("quantity", 90_000_000.0).has("donor", "USSR").has("recipient", "Mongolia").has("unit", "roubles");
    }

    @Test
    void aFigureJoinedByAHyphenToTheWordAfterItIsAModifierNotACount() {
        TableAsserts t = TableAsserts.of(Fixtures.build("hyphen.txt", """
                = Hyphen =

                In 1962 the Soviet Union supplied the Aswan plant with six 90-megawatt turbines.
                """).aid());
        t.rowWith("quantity", 6.0).has("donor", "USSR").has("unit", "turbines");
        t.hasNoRowWith("quantity", 90.0);
    }

    @Test
    void spendingOnAnotherPartyIsAGiftAndTextbooksAcresAndCoachesAreItems() {
        TableAsserts t = TableAsserts.of(Fixtures.build("spent.txt", """
                = Spent =

                In 1951 the Swedish Red Cross gave $1 million in relief to the Korean refugees. In the next year about $2 million was spent on them.

                In 1958 the Soviet Union supplied some 40,000 textbooks and 20 passenger coaches to Mongolia.
                """).aid());
        t.rowWith("quantity", 2_000_000.0).has("donor", "Other").has("recipient", "Other").has("unit", "USD");
        t.rowWith("quantity", 40_000.0).has("donor", "USSR").has("recipient", "Mongolia");
        t.rowWith("quantity", 20.0).has("donor", "USSR").has("recipient", "Mongolia");
    }

    @Test
    void aVerbWithAParticleBeforeGoodsValuedInMoneyGivesThemAndTheListAfter() {
        TableAsserts t = TableAsserts.of(Fixtures.build("particle-goods.txt", """
                = Particle Goods =

                Syria lost most of its armour in October 1973. Within a year the Soviet Union had shipped in spares worth some $200 million, among them about 40 tank engines and 600 tanks.
                """).aid());
        t.rowWith("quantity", 200_000_000.0).has("donor", "USSR").has("unit", "USD");
        t.rowWith("quantity", 600.0).has("donor", "USSR").has("unit", "tanks");
    }

    @Test
    void theProgressiveFormsOfHandingLendingAndDonatingAreGivingVerbs() {
        TableAsserts t = TableAsserts.of(Fixtures.build("handing.txt", """
                = Handing =

                In 1957 the Soviet Union was handing some 500 tons of flour a month to Mongolia.
                """).aid());
        t.rowWith("quantity", 500.0).has("donor", "USSR").has("recipient", "Mongolia").has("unit", "tons");
    }

    @Test
    void aBareFigureAfterOfWhichCountsTheMaterielNamedBeforeIt() {
        TableAsserts t = TableAsserts.of(Fixtures.build("of-which.txt", """
                = Of Which =

                From 1972 the Mongolian army received recoilless rifles, of which the Soviet Union delivered some 400 by 1975.
                """).aid());
        t.rowWith("quantity", 400.0).has("donor", "USSR").has("unit", "rifles");
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
    void aSumInRupeesWrittenWithRsAndCroreIsInRupees() {
        TableAsserts t = TableAsserts.of(Fixtures.build("crore.txt", """
                = Crore =

                The refugees reached Assam in 1960, and the state gave them 20,000 acres of land. The Ministry of Relief spent about Rs 4.5 crore on them over three years.
                """).aid());
        t.rowWith("quantity", 45_000_000.0).has("unit", "rupees").has("donor", "Other").has("recipient", "Other");
    }

    @Test
    void aReceiverAfterOfWhichTakesTheGiverOfTheWholeNamedBeforeIt() {
        TableAsserts t = TableAsserts.of(Fixtures.build("part-received.txt", """
                = Part Received =

                - British arms sent to Mongolia under the treaty of 1936, of which the Mongolian army received 2,000 rifles and 40 mortars;
                """).aid());
        t.rowWith("quantity", 2000.0).has("donor", "Other").has("recipient", "Mongolia").has("unit", "rifles");
        t.rowWith("quantity", 40.0).has("donor", "Other").has("recipient", "Mongolia").has("unit", "mortars");
    }

    @Test
    void aReceiverAfterOfWhichTakesAStateOutsideTheListNamedByItsAdjectiveAsGiver() {
        TableAsserts t = TableAsserts.of(Fixtures.build("part-american.txt", """
                = Part American =

                - American arms sent to Mongolia under the treaty of 1936, of which the Mongolian army received 2,000 rifles and 40 mortars;
                """).aid());
        t.rowWith("quantity", 2000.0).has("donor", "Other").has("recipient", "Mongolia").has("unit", "rifles");
        t.rowWith("quantity", 40.0).has("donor", "Other").has("recipient", "Mongolia").has("unit", "mortars");
    }

    @Test
    void aCaptionsByBeforeAWordThatNamesNoPartyIsTheTablesBreakdownNotItsDonor() {
        TableAsserts t = TableAsserts.of(Fixtures.build("by-year.txt", """
                = By Year =

                  - Soviet credits to Mongolia by year**

                | Year | Credits |
                | 1951 | $40 million |
                | 1952 | $55 million |
                | Sources: . | |
                """).aid());
        t.rowWith("quantity", 40_000_000.0).has("donor", "USSR").has("recipient", "Mongolia");
        t.rowWith("quantity", 55_000_000.0).has("donor", "USSR").has("recipient", "Mongolia");
    }

    @Test
    void aSideNamedInWhatTheMoneyPaysForIsNoRecipient() {
        TableAsserts t = TableAsserts.of(Fixtures.build("purchase.txt", """
                = Purchase =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mongolia

                In 1955 Moscow extended a credit of $40 million for the purchase of Soviet tractors. In 1956 it advanced $25 million more to pay for Soviet lorries.
                """).aid());
        t.rowWith("quantity", 40_000_000.0).has("donor", "USSR").has("recipient", "Mongolia");
        t.rowWith("quantity", 25_000_000.0).has("donor", "USSR").has("recipient", "Mongolia");
    }

    @Test
    void aPronounThatIncludedAfterASemicolonListsWhatTheClauseBeforeGave() {
        TableAsserts t = TableAsserts.of(Fixtures.build("they-included.txt", """
                = They Included =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mongolia

                Soviet arms deliveries grew fast after 1975; they included some 300 tanks over the decade and about 40 helicopters.
                """).aid());
        t.rowWith("quantity", 300.0).has("donor", "USSR").has("recipient", "Mongolia");
        t.rowWith("quantity", 40.0).has("donor", "USSR").has("recipient", "Mongolia");
    }

    @Test
    void aGiftWithoutAgentToTheParagraphsLastGiverComesFromItsLastReceiver() {
        TableAsserts t = TableAsserts.of(Fixtures.build("in-exchange.txt", """
                = In Exchange =

                In 1925 the Soviet Union paid the Mongolian government 2 million rubles for the concession. In exchange 800 camels were handed over to the Soviet Union in 1926.
                """).aid());
        t.rowWith("quantity", 2_000_000.0).has("donor", "USSR").has("recipient", "Mongolia");
        t.rowWith("quantity", 800.0).has("donor", "Mongolia").has("recipient", "USSR");
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
    void toTheRebelsIsAnUnnamedRecipientNotTheCounterpartOfTheArticlesOtherTransfers() {
        TableAsserts t = TableAsserts.of(Fixtures.build("to-the-rebels.txt", """
                = To The Rebels =

                In 1943 the United States lent the Soviet Union 500 trucks.

                In 1981 the United States sent $700,000 in medical aid to the rebels.
                """).aid());
        t.rowWith("quantity", 500.0).has("donor", "Other").has("recipient", "USSR");
        t.rowWith("quantity", 700_000.0).has("donor", "Other").has("recipient", "Other");
    }

    @Test
    void aFigureWithMoreOrFurtherBeforeItsNounCountsThatNoun() {
        TableAsserts t = TableAsserts.of(Fixtures.build("more-nouns.txt", """
                = More Nouns =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mongolia

                In 1962 the Soviet Union agreed to help build 40 projects, and in 1963 it agreed to help with 25 more projects.
                """).aid());
        t.rowWith("quantity", 25.0).has("donor", "USSR").has("recipient", "Mongolia").has("unit", "projects");
    }

    @Test
    void aCityThatGivesRightAfterASentenceNamingOneSideIsThatSide() {
        TableAsserts t = TableAsserts.of(Fixtures.build("city-gives.txt", """
                = City Gives =

                Through the 1960s the Uzbek SSR was the region's closest partner. Under a treaty of 1962, Tashkent sent some 200 teachers to Mongolia and supplied 40,000 textbooks.
                """).aid());
        t.rowWith("quantity", 200.0).has("donor", "USSR").has("recipient", "Mongolia");
        t.rowWith("quantity", 40_000.0).has("donor", "USSR").has("recipient", "Mongolia");
    }

    @Test
    void aMeasureOfGoodsFollowedByAPrepositionIsAnItem() {
        TableAsserts t = TableAsserts.of(Fixtures.build("wagonloads.txt", """
                = Wagonloads =

                In 1947 Moscow handed over 3,000 wagonloads of munitions to the Mongolian army.
                """).aid());
        t.rowWith("quantity", 3000.0).has("donor", "USSR").has("recipient", "Mongolia").has("unit", "wagonloads");
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
    void aStateNameInsideASeasNameIsNoPartyOfTheSentence() {
        TableAsserts t = TableAsserts.of(Fixtures.build("sea-name.txt", """
                = Sea Name =

                A Soviet squadron was sent into the East China Sea, and Soviet aircraft flew in some 500 tonnes of fuel. Later the Soviet Union supplied Laos with 30 tanks.
                """).aid());
        t.rowWith("quantity", 500.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 30.0).has("donor", "USSR").has("recipient", "Other");
    }

    @Test
    void anInfoboxOfTwoStatesOutsideTheListGivesOtherToOther() {
        TableAsserts t = TableAsserts.of(Fixtures.build("outside-infobox.txt", """
                = Relief Programme =

                Infobox
                - Donor: Canada
                - Recipient: Portugal
                - First appropriation: $20 million
                - Strength: 4,000 men

                The programme ran for three years.
                """).aid());
        t.rowWith("quantity", 20_000_000.0).has("donor", "Other").has("recipient", "Other").has("unit", "USD");
        t.hasNoRowWith("quantity", 4000.0);
    }

    @Test
    void aCaptionOfGoodsFlownIntoAPlaceNamesATransferAndAColumnOfFlightsCountsNoItems() {
        TableAsserts t = TableAsserts.of(Fixtures.build("flown-into-caption.txt", """
                = Island Supply =

                In 1942 American crews delivered 500 tons of flour to Malta, British crews delivered 300 tons of fuel to Malta and Canadian crews delivered 200 tons of meat to Malta.

                  - Freight flown into Malta, 1 May 1942 – 30 April 1943**

                | Carrier | Sorties | Freight (tons) |
                | Royal Air Force | 9,000 | 12,400 |
                | Civil charter firms | 2,000 | 3,100 |
                """).aid());
        t.rowWith("quantity", 12_400.0).has("donor", "Other").has("recipient", "Other");
        t.rowWith("quantity", 3_100.0).has("donor", "Other").has("recipient", "Other");
        t.hasNoRowWith("quantity", 9_000.0);
    }

    @Test
    void aPlaceWithoutASideAfterARecipientWhoseGiverIsUnsaidIsThatRecipient() {
        TableAsserts t = TableAsserts.of(Fixtures.build("unsaid-giver.txt", """
                = Unsaid Giver =

                In 1922 the Mongolian army received 3,000 rifles and 20 machine guns. Some 40 Soviet instructors were sent to Tsetserleg to drill the recruits.

                In 1923 the Soviet Union sent 900 tonnes of grain to Mongolia.
                """).aid());
        t.rowWith("quantity", 40.0).has("donor", "USSR").has("recipient", "Mongolia");
    }

    @Test
    void aFigureWithoutANounWhereTheClauseLeavesItsVerbOutCountsTheNounBeforeIt() {
        TableAsserts t = TableAsserts.of(Fixtures.build("elided-noun.txt", """
                = Elided Noun =

                In 1951 Norway sent 30 doctors to India, Denmark a dozen and Sweden fifteen.

                In 1962 the Soviet Union sent some 900 technicians to Guinea over four years, with as many as 400 on site at once.
                """).aid());
        t.rowWith("quantity", 12.0).has("donor", "Other").has("unit", "doctors");
        t.rowWith("quantity", 15.0).has("donor", "Other").has("unit", "doctors");
        t.rowWith("quantity", 400.0).has("donor", "USSR").has("recipient", "Other").has("unit", "technicians");
    }

    @Test
    void aVerbInIngAfterWasIsInProgressNotPassive() {
        TableAsserts t = TableAsserts.of(Fixtures.build("progressive.txt", """
                = Progressive =

                By 1975 the Soviet Union was supplying about 3,000 tonnes of fuel a month to Laos.
                """).aid());
        t.rowWith("quantity", 3_000.0).has("donor", "USSR").has("recipient", "Other").has("rule", "supplying");
    }

    @Test
    void aPossessiveSubjectAfterASemicolonTakesTheClauseBeforesOpeningNameAsGiver() {
        TableAsserts t = TableAsserts.of(Fixtures.build("possessive-subject.txt", """
                = Possessive Subject =

                In 1943 Canada sent 400 tons of flour to Malta.

                The Royal Navy opened a sea route in March; within a month its freighters and tugs carried some 900 tons of flour.
                """).aid());
        t.rowWith("quantity", 900.0).has("donor", "Other").has("recipient", "Other");
    }

    @Test
    void aHyphenatedNounWhoseHeadIsMaterielCountsAnItem() {
        TableAsserts t = TableAsserts.of(Fixtures.build("hyphen-head.txt", """
                = Hyphen Head =

                In 1952 the Soviet Union supplied Hungary with 60 ground-attack bombers and 12 fighter-bombers.
                """).aid());
        t.rowWith("quantity", 12.0).has("donor", "USSR").has("recipient", "Other").has("unit", "fighter-bombers");
    }

    @Test
    void aGiverAfterOfWhichGivesToTheReceiverOfTheWhole() {
        TableAsserts t = TableAsserts.of(Fixtures.build("of-which-giver.txt", """
                = Of Which Giver =

                In 1943 the Soviet Union sent 400 tons of flour to Yugoslavia and 300 tons of salt to Yugoslavia.

                From 1944 the partisans received Bren guns, of which Britain delivered some 3,000 by 1945.
                """).aid());
        t.rowWith("quantity", 3_000.0).has("donor", "Other").has("recipient", "Other");
    }

    @Test
    void aReceivingVerbAfterToBeGivesTheTermsOfWhatTheVerbBeforeGave() {
        TableAsserts t = TableAsserts.of(Fixtures.build("to-be-drawn.txt", """
                = To Be Drawn =

                In 1957 the Soviet Union lent Mongolia 200 million rubles, to be drawn in four yearly parts of 50 million rubles.
                """).aid());
        t.rowWith("quantity", 50_000_000.0).has("donor", "USSR").has("recipient", "Mongolia");
    }

    @Test
    void moneyASideFinancedIsGiven() {
        TableAsserts t = TableAsserts.of(Fixtures.build("financed.txt", """
                = Financed =

                In 1965 the Soviet Union sent Mongolia 200 tractors. In 1966 the Soviet Union financed a power station for Mongolia at a cost of 40 million rubles.
                """).aid());
        t.rowWith("quantity", 40_000_000.0).has("donor", "USSR").has("recipient", "Mongolia").has("unit", "rubles");
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

    @Test
    void aDonorColumnOfATransferTableNamesTheGiverOfItsRow() {
        // invented table: the caption names a giver for the whole table, a "Supplier" column names each row's own
        TableAsserts t = TableAsserts.of(Fixtures.build("suppliers.txt", """
                = Fixture Deliveries =

                  - Soviet and Polish deliveries to the Mongolian army, 1960–1965**

                | Year | Supplier | Item | Quantity |
                | 1960 | Poland | Lorries | 300 |
                | 1962 | Soviet Union | Field guns | 40 |
                | 1964 | | Tractors | 25 |
                | Sources: ; . | | | |
                """).aid());
        t.rowWith("quantity", 300.0).has("donor", "Other").has("recipient", "Mongolia").has("item", "lorries");
        t.rowWith("quantity", 40.0).has("donor", "USSR").has("recipient", "Mongolia");
        t.rowWith("quantity", 25.0).has("donor", "USSR").has("recipient", "Mongolia");
    }

    @Test
    void aParticipleInIngAfterTheMainClauseGivesWhatItCounts() {
        // invented sentence: ", shipping N tanks" after a clause says what its subject gave
        TableAsserts t = TableAsserts.of(Fixtures.build("shipping.txt", """
                = Soviet aid to Mongolia =

                In 1970 the Soviet Union rebuilt the Mongolian air force, shipping some 40 fighters and 12 helicopters.
                """).aid());
        t.rowWith("quantity", 40.0).has("donor", "USSR").has("recipient", "Mongolia");
        t.rowWith("quantity", 12.0).has("donor", "USSR").has("recipient", "Mongolia");
    }

    @Test
    void goodsAStateOutsideTheListGaveToNoNamedReceiverGoToAReceiverOutsideTheListToo() {
        // invented sentence: Norway is outside the list, and "for the villages" names no party
        TableAsserts t = TableAsserts.of(Fixtures.build("norway.txt", """
                = Fixture Relief =

                In 1994 Norway donated 500 tonnes of grain for the villages of the valley.
                """).aid());
        t.rowWith("quantity", 500.0).has("donor", "Other").has("recipient", "Other").has("unit", "tonnes");
    }

    @Test
    void flatsAreGoodsThatCanBeGiven() {
        // invented sentence: housing paid for by one side for another
        TableAsserts t = TableAsserts.of(Fixtures.build("flats.txt", """
                = Fixture Housing =

                In 1962 the Soviet Union financed 300 flats for Mongolia.
                """).aid());
        t.rowWith("quantity", 300.0).has("donor", "USSR").has("recipient", "Mongolia").has("unit", "flats");
    }

    @Test
    void craftAsTheSubjectCarryWhatTheSideNamedBeforeThemGives() {
        // invented sentences: "ships delivered" names the carrier; the side that mounted the sealift gives
        TableAsserts t = TableAsserts.of(Fixtures.build("sealift.txt", """
                = Fixture Sealift =

                In May 1962 the Soviet Union mounted a sealift to Mongolia. Transports flew some 400 sorties, and ships delivered about 9,000 tonnes of grain to Mongolia.
                """).aid());
        t.rowWith("quantity", 9000.0).has("donor", "USSR").has("recipient", "Mongolia");
    }

    @Test
    void aLoanOfNamedSideAfterWithIsTheMeansNotTheReceiverOfTheVerb() {
        // invented sentence: "financed X with a Soviet credit of N": the credit's side gives it
        TableAsserts t = TableAsserts.of(Fixtures.build("means.txt", """
                = Fixture Railway =

                In 1963 a Mongolian decree financed a new railway with a Soviet credit of 40 million rubles.
                """).aid());
        t.rowWith("quantity", 40_000_000.0).has("donor", "USSR").has("recipient", "Mongolia");
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
    void toItBetweenTheVerbAndTheItemNamesTheReceiverBeforeALaterForPhrase() {
        // invented sentences: "to it" points back to Mongolia; "built for the Chinese army" says whom they were made for
        TableAsserts t = TableAsserts.of(Fixtures.build("toit.txt", """
                = Fixture Trucks =

                Mongolia asked Moscow for lorries in 1941. The Soviet government handed over to it 40 trucks, built for the Chinese army.
                """).aid());
        t.rowWith("quantity", 40.0).has("donor", "USSR").has("recipient", "Mongolia");
    }

    @Test
    void theWorthOfGoodsThatTheSentenceBeforeGaveIsGivenByTheSameGiver() {
        // invented sentences: "These tractors, worth N" refers back to what "the Soviet Union shipped" before
        TableAsserts t = TableAsserts.of(Fixtures.build("worth.txt", """
                = Fixture Farms =

                In 1958 the Soviet Union shipped tractors and seed drills to Mongolia for its new state farms. These tractors, worth about 12 million rubles, were assembled at Darkhan.
                """).aid());
        t.rowWith("quantity", 12_000_000.0).has("donor", "USSR").has("recipient", "Mongolia").has("unit", "rubles");
    }

    @Test
    void aPlaceInsideAPhraseOfOriginIsWhereTheGoodsCameFromNotTheReceiver() {
        // invented sentence: "shipped from Soviet depots in Mongolia" says where the lorries came from
        TableAsserts t = TableAsserts.of(Fixtures.build("origin.txt", """
                = Soviet aid to Afghanistan =

                Between 1960 and 1965 the Soviet Union delivered some 200 lorries and 40 tractors, most of them shipped from depots in Mongolia.
                """).aid());
        t.rowWith("quantity", 200.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 40.0).has("donor", "USSR").has("recipient", "Other");
    }

    private static final String OUTSIDE_GIVERS = """
            = Fixture Arms to Ghana =

            Infobox
            - Donor: Soviet Union
            - Recipient: Ghana

            In 1961 the Soviet Union lent Ghana $40 million for a dam. Britain had given about $20 million in grants since 1957, but the quarrel over the base pushed Accra towards Moscow.

            Moscow wished to stay in the background, and the first weapons came in 1962 through its partners. Under that agreement, Czechoslovakia supplied 30 trucks, and Poland handed over six patrol boats.
            """;

    @Test
    void aStateOutsideTheListNamedAsGiverGivesToTheArticlesReceiverOutsideTheList() {
        // invented sentences: Poland and Czechoslovakia give to the article's receiver, both outside the list
        TableAsserts t = TableAsserts.of(Fixtures.build("outside.txt", OUTSIDE_GIVERS).aid());
        t.rowWith("quantity", 6.0).has("donor", "Other").has("recipient", "Other");
        t.rowWith("quantity", 30.0).has("donor", "Other").has("recipient", "Other");
    }

    @Test
    void aToPhraseInAClauseOfContrastAfterTheItemNamesNoReceiver() {
        // invented sentence: ", but … pushed Accra towards Moscow" is another event; Britain gave to Ghana
        TableAsserts.of(Fixtures.build("contrast.txt", OUTSIDE_GIVERS).aid()).rowWith("quantity", 20_000_000.0)
                .has("donor", "Other").has("recipient", "Other");
    }

    @Test
    void aVerbFormOfATransferNounAfterAPrepositionIsTheNoun() {
        // invented sentences: "in grants" names what the aid came as; no one "grants" anything there
        TableAsserts t = TableAsserts.of(Fixtures.build("grants.txt", """
                = Fixture Farm Aid =

                Infobox
                - Donor: Norway
                - Recipient: Republic of China

                In 1950 Norway provided the Republic of China with machinery and seed. Farm aid, half of it in grants, came to about $200 million.
                """).aid());
        t.rowWith("quantity", 200_000_000.0).has("donor", "Other").has("recipient", "ROC");
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
    void theFigureRisingToANewSumIsGivenByTheVerbOfTheSentenceBefore() {
        // invented sentences: "the total rose to" gives a new level of the credits the sentence before granted
        TableAsserts t = TableAsserts.of(Fixtures.build("level.txt", """
                = Fixture Credits =

                The Soviet Union granted Mongolia credits of 400 million rubles for 1961–1965. For 1966–1970 the total rose to about 650 million rubles.
                """).aid());
        t.rowWith("quantity", 650_000_000.0).has("donor", "USSR").has("recipient", "Mongolia").has("unit", "rubles");
    }

    @Test
    void aFigureWhoseNounIsLeftOutAfterAndThenFromToOfWhomOrBeforeAVerbCountsTheNounBeforeIt() {
        // invented sentences: the second figure of each leaves out the noun of the first
        TableAsserts t = TableAsserts.of(Fixtures.build("elided-more.txt", """
                = Soviet aid to Guinea =

                Infobox
                - Donor: Soviet Union
                - Recipient: Guinea

                In 1960 the Soviet Union sent 300 engineers to Guinea, and by mid-1962 about 450.

                Soviet grain deliveries to Guinea rose from 20,000 tonnes in 1961 to about 35,000 in 1963.

                In 1963 some 500 Soviet doctors worked in Guinea, and by 1970 more than 2,000 had served there, of whom about 250 in Conakry.
                """).aid());
        t.rowWith("quantity", 450.0).has("donor", "USSR").has("recipient", "Other").has("unit", "engineers");
        t.rowWith("quantity", 35_000.0).has("donor", "USSR").has("recipient", "Other").has("unit", "tonnes");
        t.rowWith("quantity", 2_000.0).has("donor", "USSR").has("recipient", "Other").has("unit", "doctors");
        t.rowWith("quantity", 250.0).has("donor", "USSR").has("recipient", "Other").has("unit", "doctors");
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

    private static final String GOVERNMENT_OF = """
            = Fixture Relief =

            After the Japanese invasion of Burma in 1942, the government of Nepal sent 500 tonnes of medical supplies to India in May, followed by a second convoy of 300 tonnes of grain in the autumn.
            """;

    @Test
    void theGovernmentOfAStateTheGazetteerDoesNotKnowIsAStateOutsideTheList() {
        // invented sentence: Nepal gives, not the invader named in the opening phrase
        TableAsserts.of(Fixtures.build("government.txt", GOVERNMENT_OF).aid()).rowWith("quantity", 500.0)
                .has("donor", "Other").has("recipient", "Other");
    }

    @Test
    void aFormInSAfterAModifierIsAPluralNounNotAVerb() {
        // invented sentence: "medical supplies" is what was sent; the second convoy is the same giver's
        TableAsserts.of(Fixtures.build("supplies.txt", GOVERNMENT_OF).aid()).rowWith("quantity", 300.0)
                .has("donor", "Other").has("recipient", "Other");
    }

    @Test
    void goodsRushedInAreCarriedInAndAFigureWithoutUnitCountsItsNounPhrasesHead() {
        // invented sentence: "rushed in" carries goods in; "ten 6-inch guns" counts guns
        TableAsserts t = TableAsserts.of(Fixtures.build("rushed.txt", """
                = Fixture Border Crisis =

                During the border crisis of 1969 the Soviet Union rushed in ten 6-inch guns and 40 anti-aircraft missiles for the Mongolian army.
                """).aid());
        t.rowWith("quantity", 10.0).has("donor", "USSR").has("recipient", "Mongolia");
        t.rowWith("quantity", 40.0).has("donor", "USSR").has("recipient", "Mongolia");
    }

    @Test
    void anInfoboxKeyOfPeopleCountingAdvisersSentIsAnItem() {
        // invented infobox: "Personnel" names no item, but its value counts advisers sent to help
        TableAsserts t = TableAsserts.of(Fixtures.build("personnel-key.txt", """
                = Fixture Mission to Guinea =

                Infobox
                - Donor: Soviet Union
                - Recipient: Guinea
                - Personnel: About 350 Soviet military advisers

                The mission opened in 1960.
                """).aid());
        t.rowWith("quantity", 350.0).has("donor", "USSR").has("recipient", "Other");
    }

    @Test
    void aVerbThatBringsATotalToAFigureIsALevelAndTheNounNamesTheGift() {
        // invented sentence: "brought the total … to" gives no one anything; the Soviet credits are the gift
        TableAsserts t = TableAsserts.of(Fixtures.build("total.txt", """
                = Fixture Credits to Guinea =

                Infobox
                - Donor: Soviet Union
                - Recipient: Guinea

                Later agreements in 1964 brought the total of Soviet economic credits to about $200 million.
                """).aid());
        t.rowWith("quantity", 200_000_000.0).has("donor", "USSR").has("recipient", "Other");
    }

    @Test
    void aNameTheSentenceBeforeSetsBesideASideIsNoCityOfThatSide() {
        // invented sentences: Guinea, named beside the Soviet Union before, receives; it is no Soviet city
        TableAsserts t = TableAsserts.of(Fixtures.build("beside.txt", """
                = Fixture Credits =

                From 1959 the Soviet Union was the main creditor of Guinea. Under President Toure, Guinea received Soviet credits worth about $120 million.
                """).aid());
        t.rowWith("quantity", 120_000_000.0).has("donor", "USSR").has("recipient", "Other");
    }

    @Test
    void aParticipleJoinedByAndToAPassiveGivingVerbIsPassiveToo() {
        // invented sentence: the army "was lent … and given …": it receives both
        TableAsserts t = TableAsserts.of(Fixtures.build("joined-passive.txt", """
                = Fixture Equipment =

                Infobox
                - Donor: United States
                - Recipient: Republic of China

                In 1955 the Nationalist army was lent six patrol boats and given some 40 trucks.
                """).aid());
        t.rowWith("quantity", 40.0).has("donor", "Other").has("recipient", "ROC");
    }

    @Test
    void aNounAfterAModelsDesignationCountsMachinesOfIt() {
        // invented sentence: "trainers" after "Yak-18A" are aircraft, whatever the noun
        TableAsserts t = TableAsserts.of(Fixtures.build("model.txt", """
                = Fixture Trainers =

                In 1961 the Soviet Union shipped ten Yak-18A trainers to the Mongolian air force.
                """).aid());
        t.rowWith("quantity", 10.0).has("donor", "USSR").has("recipient", "Mongolia").has("unit", "trainers");
    }

    /** The full reading of a block the reader's pre-check skips gives no item, pending or not. */
    private static int assertSkippedGiveNothing(Analysis a) {
        AidTable.Reader reader = new AidTable.Reader(a);
        int skipped = 0;
        for (ArticleContext ac : a.articles) {
            for (Prose p : ac.prose) {
                if (!AidTable.Reader.mayGiveItems(p)) {
                    List<AidTable.Row> rows = new ArrayList<>();
                    List<AidTable.Row> pending = new ArrayList<>();
                    reader.readItems(0, p, rows, pending);
                    assertTrue(rows.isEmpty() && pending.isEmpty(), () -> p.block.at() + " was skipped but gives " + rows + pending);
                    skipped++;
                }
            }
        }
        return skipped;
    }

    @Test
    void thePreCheckSkipsOnlyBlocksWhoseFullReadingGivesNoItem() {
        // every block of the development articles and seeds: a skipped block is one the reader reads nothing from
        int skipped = assertSkippedGiveNothing(DevelopmentArticles.analysis());
        assertTrue(skipped > 100, () -> skipped + " blocks skipped");
        // invented: transfer words without a figure are skipped; a figure after them is read
        Analysis a = new Analysis(Corpus.of(List.of(ArticleParser.parse("pre-check.txt", """
                = Fixture Pre-check =

                In 1950 the Soviet Union sent rifles, trucks and a loan to the province.

                In 1951 the Soviet Union sent 300 trucks to the province.
                """))), Rules.defaults());
        List<Prose> prose = a.articles.get(0).prose;
        assertTrue(!AidTable.Reader.mayGiveItems(prose.get(0)) && AidTable.Reader.mayGiveItems(prose.get(1)));
        assertTrue(assertSkippedGiveNothing(a) == 1);
    }

    @Test
    void anItemNamingOnlyAReceiverOutsideTheListIsTheGiftOfTheArticlesGiverOutsideTheList() {
        // invented sentences: the United States gives to Ghana; a listed side's loan elsewhere does not make it the giver
        TableAsserts t = TableAsserts.of(Fixtures.build("outside-frame.txt", """
                = Fixture Aid to Ghana =

                Infobox
                - Donor: United States
                - Recipient: Ghana

                The Soviet Union had lent Ghana $40 million in 1961.

                The Ghanaian navy was lent three patrol boats and ten minesweepers.
                """).aid());
        t.rowWith("quantity", 3.0).has("donor", "Other").has("recipient", "Other");
        t.rowWith("quantity", 10.0).has("donor", "Other").has("recipient", "Other");
    }

    @Test
    void russiaAfterTheEndOfTheSovietUnionIsAStateOutsideTheList() {
        // invented sentences: a Russian gift of 2005 is Other's; one of 1985 is the Soviet Union's
        TableAsserts t = TableAsserts.of(Fixtures.build("russia.txt", """
                = Fixture Doctors =

                In 2005 the Russian government sent 40 doctors to Tajikistan. In 1985 the Russian republic had sent 30 doctors to Kabul.
                """).aid());
        t.rowWith("quantity", 40.0).has("donor", "Other").has("recipient", "Other");
        t.rowWith("quantity", 30.0).has("donor", "USSR");
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
    void aDocumentAsSubjectIsNoGiverAndTheArticlesOrParagraphsGiverGives() {
        // invented sentences: the protocol and the agreement are no parties; China gives through them
        TableAsserts t = TableAsserts.of(Fixtures.build("document.txt", """
                = Fixture Credits to Yemen =

                Infobox
                - Donor: People's Republic of China
                - Recipient: Yemen

                Once the first credit was spent, aid went on in other forms. A protocol of March 1962 extended a loan of 40 million yuan.

                In 1964 China sent 300 engineers to Yemen, and a second agreement, signed during the imam's visit to Beijing in May 1965, added credits of some 60 million yuan.
                """).aid());
        t.rowWith("quantity", 40_000_000.0).has("donor", "PRC").has("recipient", "Other");
        t.rowWith("quantity", 60_000_000.0).has("donor", "PRC").has("recipient", "Other");
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

    private static final String PRONOUNS = """
            = Fixture Chinese aid to Indonesia =

            Infobox
            - Donor: People's Republic of China
            - Recipient: Indonesia

            The envoy flew to Beijing in June 1959, two months after he had obtained a loan of 250 million rubles from the Soviet Union.

            In 1958 the Soviet Union had sent Indonesia 40 tanks. In long talks with the envoys of Sukarno, the Chinese side agreed to a programme of its own. It further granted 60 million yuan for 1960–1962.
            """;

    @Test
    void aPronounThatReceivesIsItsOwnReceiverNotAnotherSideTheSentenceNames() {
        // invented sentence: "he" obtained the Soviet loan; Beijing is where he flew, not the receiver
        TableAsserts.of(Fixtures.build("he-obtained.txt", PRONOUNS).aid()).rowWith("quantity", 250_000_000.0)
                .has("donor", "USSR").has("recipient", "Other");
    }

    @Test
    void aPronounOpeningItsSentenceIsTheSubjectOfTheSentenceBeforeNotTheParagraphsEarlierGiver() {
        // invented sentences: "It" is the Chinese side of the sentence before, not the Soviet Union that sent tanks
        TableAsserts.of(Fixtures.build("it-granted.txt", PRONOUNS).aid()).rowWith("quantity", 60_000_000.0)
                .has("donor", "PRC").has("recipient", "Other");
    }

    @Test
    void aMakersAndModelsNameBeforeANounOfMaterielCountsThatMateriel() {
        // invented sentence: "IFA W50" names the make of the trucks that were supplied
        TableAsserts.of(Fixtures.build("make.txt", """
                = Fixture Soviet aid to Angola =

                Infobox
                - Donor: Soviet Union
                - Recipient: Angola

                In 1975 the Soviet Union shipped 40 tanks to Angola.

                East Germany, which trained the army's signal corps, also supplied some 900 IFA W50 trucks between 1978 and 1984.
                """).aid()).rowWith("quantity", 900.0).has("donor", "Other").has("recipient", "Other").has("unit", "trucks");
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
    void aSumBeforeOfAndATransferNounIsMoneyOfThatTransfer() {
        // invented sentences: "$20 million of aid" is money given, as "$20 million in aid" is
        TableAsserts t = TableAsserts.of(Fixtures.build("of-aid.txt", """
                = Fixture Aid to Ghana =

                Infobox
                - Donor: United States
                - Recipient: Ghana

                The largest project, the Akosombo dam, was built with $20 million of aid and opened in 1965.
                """).aid());
        t.rowWith("quantity", 20_000_000.0).has("donor", "Other").has("recipient", "Other").has("unit", "USD");
    }

    private static final String ADVISERS_LEFT = """
            = Fixture Aid to Ghana =

            Infobox
            - Donor: Soviet Union
            - Recipient: Ghana

            In 1961 the Soviet Union lent Ghana $40 million. By 1964 the number of advisers attached to the Ghanaian army had been cut to about 300, and in 1965 roughly 250 Russians were still serving as advisers with Ghanaian units.
            """;

    @Test
    void theNumberOfAfterAnOpeningPhraseOfTimeNamesWhatTheFigureCounts() {
        // invented sentence: "By 1964 the number of advisers … cut to about 300" counts advisers serving the army
        TableAsserts.of(Fixtures.build("number-of.txt", ADVISERS_LEFT).aid()).rowWith("quantity", 300.0)
                .has("donor", "USSR").has("recipient", "Other").has("unit", "advisers");
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
    void aDashInATableCellIsNoEntryAndLeavesItsColumnOneOfFigures() {
        // invented table: a column of loans given in two years of five, the other years marked with a dash
        TableAsserts t = TableAsserts.of(Fixtures.build("dash-cells.txt", """
                = Fixture Aid to Ghana =

                Infobox
                - Donor: United States
                - Recipient: Ghana

                  - American grants and loans to Ghana, 1960–1964**

                | Year | Grants | Loans |
                | 1960 | $3.0 million | – |
                | 1961 | $4.5 million | $2.0 million |
                | 1962 | $5.5 million | – |
                | 1963 | $6.0 million | $7.0 million |
                | 1964 | $2.5 million | – |
                | Sources: ; . | | |
                """).aid());
        t.rowWith("quantity", 2_000_000.0).has("donor", "Other").has("recipient", "Other").has("unit", "USD");
        t.rowWith("quantity", 7_000_000.0).has("donor", "Other").has("recipient", "Other");
    }
    @Test
    void aClauseOpeningWithTheFigureRestatesTheMeasureOfTheClauseBeforeForLaterYears() {
        // invented sentences: "the figure" after a semicolon carries the count or sum of the clause before on
        TableAsserts t = TableAsserts.of(Fixtures.build("the-figure.txt", """
                = Fixture Soviet aid to Ghana =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ghana

                About 300 Soviet engineers worked with the Ghanaian railways in 1962; the figure rose to some 450 in 1964 and peaked at around 600 in 1965.

                Between 1960 and 1962 the Soviet Union delivered machinery worth about $40 million; the figure for 1963–1965 was $65 million.
                """).aid());
        t.rowWith("quantity", 300.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 450.0).has("donor", "USSR").has("recipient", "Other").has("unit", "engineers");
        t.rowWith("quantity", 600.0).has("donor", "USSR").has("recipient", "Other").has("unit", "engineers");
        t.rowWith("quantity", 65_000_000.0).has("donor", "USSR").has("recipient", "Other").has("unit", "USD");
    }
    @Test
    void aNameAfterAPhraseOfSourceOpenedByAPrepositionIsTheSubjectNotItsObject() {
        // invented sentences: "by a Western estimate" and "according to official counts" govern the estimate, and the
        // name after them gives
        TableAsserts t = TableAsserts.of(Fixtures.build("by-an-estimate.txt", """
                = Fixture Soviet aid to Ghana =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ghana

                The party had long received help from abroad: by a Western estimate Moscow supplied it with arms and money worth about $14 million before 1960.

                According to official counts Moscow shipped the party 3,000 rifles in 1961.
                """).aid());
        t.rowWith("quantity", 14_000_000.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 3000.0).has("donor", "USSR").has("recipient", "Other");
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
    void aSumInACurrencyTheLexiconDoesNotKnowRestatedInDollarsIsMoneyInBoth() {
        // invented sentence: "cedis" is known only from the dollars in brackets after it; one sum, two rows
        TableAsserts t = TableAsserts.of(Fixtures.build("restated.txt", """
                = Fixture Soviet aid to Ghana =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ghana

                A first agreement of 1961 granted Ghana 12 million cedis (about $17 million) for schools and clinics.
                """).aid());
        t.rowWith("quantity", 12_000_000.0).has("donor", "USSR").has("recipient", "Other").has("unit", "cedis");
        t.rowWith("quantity", 17_000_000.0).has("donor", "USSR").has("recipient", "Other").has("unit", "USD");
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
    void factoriesHandedOverAreItemsGiven() {
        // invented sentence: whole factories handed over complete are counted items of aid
        TableAsserts t = TableAsserts.of(Fixtures.build("factories.txt", """
                = Fixture Soviet aid to Ghana =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ghana

                In 1964 the Soviet Union handed over all three factories to the Ghanaian government complete.
                """).aid());
        t.rowWith("quantity", 3.0).has("donor", "USSR").has("recipient", "Other").has("unit", "factories");
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
    void aSumOpeningASentenceWithOfThisIsAPartOfWhatTheSentenceBeforeGave() {
        // invented sentences: "Of this, $30 million was set aside" is a part of the grant the sentence before made
        TableAsserts t = TableAsserts.of(Fixtures.build("of-this.txt", """
                = Fixture Soviet aid to Ghana =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ghana

                In 1961 the Soviet Union granted Ghana $90 million. Of this, $30 million was set aside for schools and clinics.
                """).aid());
        t.rowWith("quantity", 30_000_000.0).has("donor", "USSR").has("recipient", "Other");
    }
    @Test
    void anIndefiniteFormationOfTheFigureAfterTheVerbIsTheItemNotItsReceiver() {
        // invented sentences: "a battalion of 800 men" is what was sent, not the battalions the article names elsewhere
        TableAsserts t = TableAsserts.of(Fixtures.build("battalion-of.txt", """
                = Fixture Ridge =

                The Soviet battalion held the ridge. A second Soviet battalion came up at night.

                In 1950 the Czechoslovak government sent a battalion of 800 officers and men to serve with the Polish army.
                """).aid());
        t.rowWith("quantity", 800.0).has("donor", "Other").has("recipient", "Other");
    }
    @Test
    void aNameInAnAsideOpenedByAParticipleBeforeTheVerbIsNotItsSubject() {
        // invented sentence: "Poland, acting against the wishes of Moscow, supplied": Poland gives, not Moscow
        TableAsserts t = TableAsserts.of(Fixtures.build("aside.txt", """
                = Fixture Soviet aid to Ghana =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ghana

                In 1962 the Soviet Union supplied Ghana with 20 tanks.

                In 1963 Poland, acting against the wishes of Moscow, supplied 30 aircraft.
                """).aid());
        t.rowWith("quantity", 30.0).has("donor", "Other").has("recipient", "Other");
    }
    @Test
    void fightersAfterAMakersAndModelsNameAreMachinesGiven() {
        // invented sentence: "Aermacchi M5 fighters" are aircraft of that make, not men who fight
        TableAsserts.of(Fixtures.build("make-fighters.txt", """
                = Fixture Soviet aid to Ghana =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ghana

                In 1962 the Soviet Union supplied Ghana with 20 tanks.

                Ghana then turned to Italy, which supplied 24 Aermacchi M5 fighters between 1970 and 1974.
                """).aid()).rowWith("quantity", 24.0).has("donor", "Other").has("recipient", "Other").has("unit", "fighters");
    }
    @Test
    void aStateTurnedToReceivesWhatItsGiverSuppliedInARelativeClauseNotTheNextToPhrase() {
        // invented sentence: "and to the Communists" goes with "turned", not with what Italy supplied
        TableAsserts.of(Fixtures.build("turned-to.txt", """
                = Fixture Soviet aid to Ghana =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ghana

                In 1962 the Soviet Union supplied Ghana with 20 tanks.

                After 1966 Ghana turned to Italy, which supplied 30 tanks in 1970, and to the Chinese Communists.
                """).aid()).rowWith("quantity", 30.0).has("donor", "Other").has("recipient", "Other");
    }
    @Test
    void tentsShippedAreMaterielGiven() {
        // invented sentence: tents for people made homeless are goods given
        TableAsserts.of(Fixtures.build("tents.txt", """
                = Fixture Flood =

                After the flood of 1999 Italy shipped 500 tents to Ghana for the homeless.
                """).aid()).rowWith("quantity", 500.0).has("donor", "Other").has("recipient", "Other").has("unit", "tents");
    }
    @Test
    void aSentenceOpeningWithTheyIncludedListsWhatTheSentenceBeforeGave() {
        // invented sentences: "They included" lists the arms that had reached the recipient
        TableAsserts t = TableAsserts.of(Fixtures.build("they-included.txt", """
                = Fixture Soviet aid to Ghana =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ghana

                By 1965 Soviet arms worth some $90 million had reached Ghana. They included 40 tanks and 12 aircraft.
                """).aid());
        t.rowWith("quantity", 40.0).has("donor", "USSR").has("recipient", "Other").has("unit", "tanks");
        t.rowWith("quantity", 12.0).has("donor", "USSR").has("recipient", "Other");
    }
    @Test
    void aTransferNounAfterAWordOfAStateOutsideTheListIsThatStatesGift() {
        // invented sentence: "a British grant" is given by Britain, not by the article's donor
        TableAsserts t = TableAsserts.of(Fixtures.build("british-grant.txt", """
                = Fixture Soviet aid to Ghana =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ghana

                In 1962 the Soviet Union lent Ghana $40 million for the port of Tema, while the dam at Akosombo was financed by a British grant of about $20 million.
                """).aid());
        t.rowWith("quantity", 40_000_000.0).has("donor", "USSR");
        t.rowWith("quantity", 20_000_000.0).has("donor", "Other").has("recipient", "Other");
    }
    @Test
    void aFigureBeforeARelativeClauseWithoutThatIsWhatItsGiverGave() {
        // invented sentence: "the 300 field guns the Soviet Union had shipped to the PLA" were given by the Soviet Union
        TableAsserts.of(Fixtures.build("contact-relative.txt", """
                = Fixture Ridge =

                On 3 May 1951 the attackers fired 9,000 shells from the 300 field guns the Soviet Union had shipped to the PLA since 1950.
                """).aid()).rowWith("quantity", 300.0).has("donor", "USSR").has("recipient", "PRC").has("unit", "guns");
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
    void moneyPledgedIsGiven() {
        // invented sentence: a sum a government pledged for a plan is a transfer of that sum
        TableAsserts.of(Fixtures.build("pledged.txt", """
                = Fixture Soviet aid to Ghana =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ghana

                In 1975 the Soviet government pledged $90 million for the next Five-Year Plan.
                """).aid()).rowWith("quantity", 90_000_000.0).has("donor", "USSR").has("recipient", "Other").has("unit", "USD");
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
    void soldiersAnAppositionNamesAsAnotherStatesRecruitsServingInItsRanksAreThatStatesAid() {
        // invented sentence: the apposition names the soldiers' state and the force they serve in
        TableAsserts.of(Fixtures.build("in-its-ranks.txt", """
                = Fixture Ridge =

                With its attached units the division numbered about 15,000 men, including some 900 Askari soldiers, British recruits serving in its ranks.
                """).aid()).rowWith("quantity", 900.0).has("donor", "Other").has("recipient", "Other").has("unit", "soldiers");
    }
    @Test
    void aTransferNounInAnAsideOpenedByAParticipleDoesNotGovernTheFigureAfterTheAside() {
        // invented sentence: the dam "had six turbines"; the credits named in the aside paid for it, they did not give turbines
        TableAsserts t = TableAsserts.of(Fixtures.build("built-with.txt", """
                = Fixture Soviet aid to Ghana =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ghana

                In 1961 the Soviet Union lent Ghana $40 million. The dam at Bui, built with Soviet credits between 1962 and 1966, had six turbines with a combined capacity of 400 megawatts.
                """).aid());
        t.rowWith("quantity", 40_000_000.0).has("donor", "USSR");
        t.hasNoRowWith("quantity", 6.0);
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
    void aColumnOfTheDonorsCivilianStaffInATableOfProjectsIsItsAid() {
        // invented table: the caption names no transfer; the header names the giver's staff, the rows the projects
        TableAsserts t = TableAsserts.of(Fixtures.build("staff-table.txt", """
                = Fixture Soviet aid to Mali =

                Infobox
                - Donor: Soviet Union
                - Recipient: Republic of Mali

                  - Main Soviet-built works in Mali, 1961–1968**

                | Works | Town | Opened | Output | Soviet engineers |
                | Cement works | Kati | 1965 | 50,000 t a year | 70 |
                | Stadium | Bamako | 1967 | 25,000 seats | 110 |
                | Sources: ; . | | | | |
                """).aid());
        t.rowWith("quantity", 70.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 110.0).has("donor", "USSR").has("recipient", "Other");
        t.hasNoRowWith("quantity", 50_000.0); // what a work makes is no gift
        t.hasNoRowWith("quantity", 25_000.0);
    }

    @Test
    void aDocumentWithAParticiplePhraseAsSubjectIsNoGiverNorIsThePlaceItWasSignedIn() {
        // invented sentences: the protocol "signed in Bamako" gives nothing; Bamako is where it was signed
        TableAsserts t = TableAsserts.of(Fixtures.build("protocol.txt", """
                = Fixture Soviet aid to Mali =

                Infobox
                - Donor: Soviet Union
                - Recipient: Republic of Mali

                In 1961 the Soviet Union lent Mali $20 million. A second protocol signed in Bamako in March 1963 added a further loan of 15 million rubles. A third credit, of some $5 million, followed in 1966.
                """).aid());
        t.rowWith("quantity", 15_000_000.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 5_000_000.0).has("donor", "USSR").has("recipient", "Other");
    }

    @Test
    void theDonorsCommitmentsToTheRecipientTotalledAreAid() {
        // invented sentence: a total committed, named by the noun "commitments" with the giver's adjective before it
        TableAsserts t = TableAsserts.of(Fixtures.build("commitments.txt", """
                = Fixture Commitments =

                Aid to Mali began in 1961. By 1970 Soviet commitments to Mali totalled some $60 million.
                """).aid());
        t.rowWith("quantity", 60_000_000.0).has("donor", "USSR").has("recipient", "Other").has("unit", "USD");
    }

    @Test
    void goodsAnAppositionNamesAsADonationAreTheGiftOfTheSentenceBefore() {
        // invented sentences: the goods are set down, and the apposition after them says they were a gift; what ceased
        // is another subject's, in a clause of its own ("when")
        TableAsserts t = TableAsserts.of(Fixtures.build("donation.txt", """
                = Fixture Soviet aid to Mali =

                Infobox
                - Donor: Soviet Union
                - Recipient: Republic of Mali

                The first Soviet gift came soon. In March 1961 a steamer landed 3,000 tonnes of wheat at Dakar, a donation hailed in the Bamako press at a time when wheat imports from France had ceased.
                """).aid());
        t.rowWith("quantity", 3000.0).has("donor", "USSR").has("recipient", "Other").has("unit", "tonnes");
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
    void aParticipleOfGivingSetOffByACommaAfterTheItemsSaysHowTheyWereGiven() {
        // invented sentence: "6 trawlers, handed over in 1973 to the ministry" were given, though no verb comes before them
        TableAsserts.of(Fixtures.build("handed-over.txt", """
                = Fixture Soviet aid to Mali =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mali

                A fish cannery at Mopti and 6 refrigerated boats, handed over in 1973 to the Malian fisheries ministry, completed the programme.
                """).aid()).rowWith("quantity", 6.0).has("donor", "USSR").has("recipient", "Other").has("unit", "boats");
    }

    @Test
    void aNameInAnAppositionAfterTheSubjectIsNotTheGiver() {
        // invented sentence: "Cuba, Moscow's closest partner in the Caribbean, sent" is Cuba's gift, not Moscow's
        TableAsserts.of(Fixtures.build("apposition.txt", """
                = Fixture Soviet aid to Mali =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mali

                In 1978 Cuba, Moscow's closest partner in the Caribbean, sent about 40 military instructors to Mali.
                """).aid()).rowWith("quantity", 40.0).has("donor", "Other").has("recipient", "Other");
    }

    @Test
    void theAgentOfAPassiveThatWorkedUnderALoanGaveTheLoan() {
        // invented sentence: a port "built by China under a loan" was paid for by China, not by the article's giver
        TableAsserts t = TableAsserts.of(Fixtures.build("built-by-under.txt", """
                = Fixture Soviet aid to Mali =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mali

                In 1962 the Soviet Union lent Mali $20 million. The port at Kayes was built by China under a long-term loan of $30 million agreed in 1968.
                """).aid());
        t.rowWith("quantity", 20_000_000.0).has("donor", "USSR");
        t.rowWith("quantity", 30_000_000.0).has("donor", "PRC").has("recipient", "Other");
    }

    @Test
    void aStateThatUsedAPartOfAnotherStatesCreditsReceivedIt() {
        // invented sentence: Mali "had used some 20 million roubles of the Soviet credits": the Soviet Union gave, Mali received
        TableAsserts.of(Fixtures.build("used-credits.txt", """
                = Fixture Soviet aid to Mali =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mali

                The agreements of 1961 opened credits for a cement works and a stadium. By the end of 1968 Mali had used only some 20 million roubles of the Soviet credits.
                """).aid()).rowWith("quantity", 20_000_000.0).has("donor", "USSR").has("recipient", "Other");
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
    void itOpeningASentenceAfterOneThatAStateOutsideTheListOpensIsThatState() {
        // invented sentences: "Ethiopia ran … . It sent": the pronoun is the state that opens the sentence before
        TableAsserts t = TableAsserts.of(Fixtures.build("it-outside.txt", """
                = Fixture Soviet aid to Mali =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mali

                Ethiopia ran a small training mission of its own from 1975. It sent about 200 instructors to the border guards.
                """).aid());
        t.rowWith("quantity", 200.0).has("donor", "Other").has("recipient", "Other");
    }

    @Test
    void aFigureAfterARelativeClauseClosedByAndIsOneMoreObjectOfTheVerbBeforeIt() {
        // invented sentence: ", who repaired the cranes, and some 90 doctors, who worked …": "sent" gives the doctors too,
        // and the relative clause's "worked" does not make them the article's donor's staff
        TableAsserts t = TableAsserts.of(Fixtures.build("resumed-list.txt", """
                = Fixture Soviet aid to Mali =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mali

                Cuba sent 250 technicians, who repaired the port cranes, and some 90 doctors, who worked in the district clinics.
                """).aid());
        t.rowWith("quantity", 250.0).has("donor", "Other").has("recipient", "Other");
        t.rowWith("quantity", 90.0).has("donor", "Other").has("recipient", "Other");
    }

    @Test
    void peopleThatAWordOfAStateOutsideTheListNamesAreThatStatesNotTheArticlesDonors() {
        // invented sentences: "French teachers" serving, "American … liaison officers" sent: their own state's people
        TableAsserts t = TableAsserts.of(Fixtures.build("outside-people.txt", """
                = Fixture Soviet aid to Mali =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mali

                In 1965 some 4,000 French teachers were serving in Malian schools.
                """).aid());
        t.rowWith("quantity", 4000.0).has("donor", "Other").has("recipient", "Other");
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

    private static final String SOVIET_AID_TO_MALI = """
            = Fixture Soviet aid to Mali =

            Infobox
            - Donor: Soviet Union
            - Recipient: Mali

            """;

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
    void itemsARelativeClauseWithItsOwnSubjectSaysWereUsedAgainstSomeoneAreStillGiven() {
        // invented sentence: the army used the cars against the rebels; the Soviet Union did not send them against anyone
        TableAsserts t = TableAsserts.of(Fixtures.build("used-against.txt", SOVIET_AID_TO_MALI + """
                In 1964 the Soviet Union supplied 15 armoured cars that the army used against the northern rebels.
                """).aid());
        t.rowWith("quantity", 15.0).has("donor", "USSR").has("recipient", "Other");
    }

    @Test
    void materielCarriedInBeforeTheFirstFigureIsGiven() {
        // invented sentence: "hurried in more aircraft and some 30 tanks": the verb and particle carry materiel
        TableAsserts t = TableAsserts.of(Fixtures.build("hurried-in.txt", SOVIET_AID_TO_MALI + """
                During the border war of 1967 the Soviet Union hurried in more aircraft and some 30 tanks.
                """).aid());
        t.rowWith("quantity", 30.0).has("donor", "USSR").has("recipient", "Other");
    }

    @Test
    void hospitalsAndScholarshipsGivenAreCountedItems() {
        // invented sentence: counted items that are neither arms nor money
        TableAsserts t = TableAsserts.of(Fixtures.build("hospitals.txt", SOVIET_AID_TO_MALI + """
                In 1965 the Soviet Union donated two hospitals and granted 150 scholarships a year.
                """).aid());
        t.rowWith("quantity", 2.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 150.0).has("donor", "USSR").has("recipient", "Other");
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
    void aSumInBracketsAfterAnEarlierBracketedSumBelongsToTheSameTransferNoun() {
        // invented sentence: "credits followed in 1964 (…), in 1966 (18 million rubles)": the second aside resumes the
        // clause of the first, whose noun gives
        TableAsserts t = TableAsserts.of(Fixtures.build("asides.txt", SOVIET_AID_TO_MALI + """
                Further credits followed in 1964 (about 12 million rubles), in 1966 (18 million rubles) and in 1968, when Moscow granted a credit of 25 million rubles for the dam.
                """).aid());
        t.rowWith("quantity", 18_000_000.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 25_000_000.0).has("donor", "USSR").has("recipient", "Other");
    }
}
