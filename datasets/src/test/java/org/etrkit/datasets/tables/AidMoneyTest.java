package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.AidFixture.*;

import org.junit.jupiter.api.Test;

/** Items that are money: currencies and sums, the verbs and nouns that give money, and what money pays for. */
class AidMoneyTest {

    @Test
    void moneyIsInUsdWhereTheTextWritesDollarsAndOtherCurrenciesKeepTheirUnit() {
        TableAsserts t = TableAsserts.of(aid());
        t.rowWith("unit", "gold rubles").has("quantity", 5_000_000.0).has("donor", "USSR").has("recipient", "ROC")
                .has("year_start", 1936);
        t.rowWith("unit", "USD").has("quantity", 2_500_000.0).has("qualifier", "about").has("donor", "USSR");
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
    void moneyInKyatsKeepsItsUnit() {
        TableAsserts t = TableAsserts.of(Fixtures.build("kyats.txt", """
                = Kyats =

                Infobox
                - Donor: Soviet Union
                - Recipient: Myanmar

                Between 1991 and 1994 the Soviet Union supplied machinery and training valued at some 75 million kyats.
                """).aid());
        t.rowWith("quantity", 75_000_000.0).has("unit", "kyats").has("donor", "USSR").has("recipient", "Other");
    }

    @Test
    void moneyAStatesOwnBudgetAllotsIsNoAid() {
        TableAsserts t = TableAsserts.of(Fixtures.build("budget.txt", """
                = Soviet aid to Ceylon =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ceylon

                In 1962 the Soviet Union lent Ceylon 40 million rubles. Ceylon's 1963 budget allotted 900 million rupees to irrigation works, and the plan for 1964 allocated 300 million rupees to roads.
                """).aid());
        t.rowWith("quantity", 40_000_000.0).has("donor", "USSR").has("recipient", "Other");
        t.hasNoRowWith("quantity", 900_000_000.0);
        t.hasNoRowWith("quantity", 300_000_000.0);
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
    void aCreditThatHelpedTheGovernmentGoesToTheSideThatGovernmentWasNamedFor() {
        TableAsserts t = TableAsserts.of(Fixtures.build("helped.txt", """
                = Helped =

                In 1938 the Nationalist government moved to Chongqing.

                Britain sent no arms that year, but its $10 million export credit of 1939 helped the government buy lorries.
                """).aid());
        t.rowWith("quantity", 10_000_000.0).has("donor", "Other").has("recipient", "ROC");
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
    void aBareSumRightAfterAGivingVerbIsInTheCurrencyOfTheSentencesMoneyBeforeIt() {
        TableAsserts t = TableAsserts.of(Fixtures.build("bare-sum.txt", """
                = Bare Sum =

                In 1966 Hanoi hoped for loans of 800 million roubles for the new plan; the Soviet Union granted only about 300 million, and the works slowed.
                """).aid());
        t.rowWith("quantity", 300_000_000.0).has("unit", "roubles").has("donor", "USSR");
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
    void moneyAfterAnArrivalVerbIsTheLevelOfTheTransferNounNotAnArrival() {
        TableAsserts t = TableAsserts.of(Fixtures.build("level.txt", """
                = Level =

                The new mills were built with Soviet credits to the Mongolian government that reached 90 million roubles by 1955.
                """).aid());
        t.rowWith("quantity", 90_000_000.0).has("donor", "USSR").has("recipient", "Mongolia").has("unit", "roubles");
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
    void aSumInRupeesWrittenWithRsAndCroreIsInRupees() {
        TableAsserts t = TableAsserts.of(Fixtures.build("crore.txt", """
                = Crore =

                The refugees reached Assam in 1960, and the state gave them 20,000 acres of land. The Ministry of Relief spent about Rs 4.5 crore on them over three years.
                """).aid());
        t.rowWith("quantity", 45_000_000.0).has("unit", "rupees").has("donor", "Other").has("recipient", "Other");
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
    void moneyASideFinancedIsGiven() {
        TableAsserts t = TableAsserts.of(Fixtures.build("financed.txt", """
                = Financed =

                In 1965 the Soviet Union sent Mongolia 200 tractors. In 1966 the Soviet Union financed a power station for Mongolia at a cost of 40 million rubles.
                """).aid());
        t.rowWith("quantity", 40_000_000.0).has("donor", "USSR").has("recipient", "Mongolia").has("unit", "rubles");
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
    void theFigureRisingToANewSumIsGivenByTheVerbOfTheSentenceBefore() {
        // invented sentences: "the total rose to" gives a new level of the credits the sentence before granted
        TableAsserts t = TableAsserts.of(Fixtures.build("level.txt", """
                = Fixture Credits =

                The Soviet Union granted Mongolia credits of 400 million rubles for 1961–1965. For 1966–1970 the total rose to about 650 million rubles.
                """).aid());
        t.rowWith("quantity", 650_000_000.0).has("donor", "USSR").has("recipient", "Mongolia").has("unit", "rubles");
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
    void theDonorsCommitmentsToTheRecipientTotalledAreAid() {
        // invented sentence: a total committed, named by the noun "commitments" with the giver's adjective before it
        TableAsserts t = TableAsserts.of(Fixtures.build("commitments.txt", """
                = Fixture Commitments =

                Aid to Mali began in 1961. By 1970 Soviet commitments to Mali totalled some $60 million.
                """).aid());
        t.rowWith("quantity", 60_000_000.0).has("donor", "USSR").has("recipient", "Other").has("unit", "USD");
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
    void aSumInBracketsAfterAnEarlierBracketedSumBelongsToTheSameTransferNoun() {
        // invented sentence: "credits followed in 1964 (…), in 1966 (18 million rubles)": the second aside resumes the
        // clause of the first, whose noun gives
        TableAsserts t = TableAsserts.of(Fixtures.build("asides.txt", SOVIET_AID_TO_MALI + """
                Further credits followed in 1964 (about 12 million rubles), in 1966 (18 million rubles) and in 1968, when Moscow granted a credit of 25 million rubles for the dam.
                """).aid());
        t.rowWith("quantity", 18_000_000.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 25_000_000.0).has("donor", "USSR").has("recipient", "Other");
    }

    @Test
    void moneyCommittedAndDisbursedIsGivenAsIsTheCommitmentThatRoseToASum() {
        // invented sentences: a sum committed, a part of it disbursed, and the level a commitment rose to are each given
        TableAsserts t = TableAsserts.of(Fixtures.build("committed.txt", """
                = Fixture Soviet aid to Ghana =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ghana

                For the plan of 1966–1970 Moscow committed 130 million rubles, of which about 95 million rubles was disbursed; for the next plan the commitment rose to some 260 million rubles.
                """).aid());
        t.rowWith("quantity", 130_000_000.0).has("donor", "USSR").has("recipient", "Other").has("unit", "rubles");
        t.rowWith("quantity", 95_000_000.0).has("donor", "USSR").has("recipient", "Other").has("unit", "rubles");
        t.rowWith("quantity", 260_000_000.0).has("donor", "USSR").has("recipient", "Other").has("unit", "rubles");
    }

    @Test
    void aGrantASubjectPaidWithIsTheSubjectsGift() {
        // invented sentences: "it paid for … with a grant of": the pronoun's referent gives the means it paid with
        TableAsserts t = TableAsserts.of(Fixtures.build("paid-with.txt", """
                = Armenians in Tajikistan =

                Norway opened a consulate in Dushanbe in 2001, the first of Norway's missions in Central Asia. In 2004 it paid for a new clinic for the Armenian community with a grant of $1.7 million.
                """).aid());
        t.rowWith("quantity", 1_700_000.0).has("donor", "Other").has("recipient", "Other").has("unit", "USD");
    }

    @Test
    void aBareFigureAfterToInAFallFromASumTakesThatSumsCurrency() {
        // invented: "to 140 million in 1976" writes no currency; the sum after "from" gives it
        TableAsserts t = TableAsserts.of(Fixtures.build("from-to.txt", """
                = Fixture Soviet aid to Velmoria =

                Infobox
                - Donor: Soviet Union
                - Recipient: Velmoria

                Aid shrank. Soviet deliveries fell from about 300 million rubles in 1975 to 140 million in 1976, and Moscow cut its grain shipments by half.
                """).aid());
        t.rowWith("quantity", 300_000_000.0).has("donor", "USSR").has("recipient", "Other").has("unit", "rubles");
        t.rowWith("quantity", 140_000_000.0).has("donor", "USSR").has("recipient", "Other").has("unit", "rubles");
    }
}
