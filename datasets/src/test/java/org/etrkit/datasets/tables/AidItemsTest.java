package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.AidFixture.*;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** Items: what was given, money and its currency, materiel, goods and people, and what a figure counts. */
class AidItemsTest {

    @Test
    void aTransferNounTakesDonorAndRecipientFromTheSentenceBefore() {
        TableAsserts t = TableAsserts.of(aid());
        t.rowWith("unit", "rifles").has("donor", "USSR").has("recipient", "ROC").has("quantity", 5000.0)
                .has("year_start", 1945);
        t.rowWith("quantity", 60.0).has("donor", "USSR").has("recipient", "ROC");
        t.rowWith("unit", "aircraft").has("donor", "USSR").has("recipient", "ROC");
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
    void aSourcesCountAfterASemicolonListsWhatTheClauseBeforeGave() {
        TableAsserts t = TableAsserts.of(Fixtures.build("count.txt", """
                = Count =

                In 1946 the Soviet army handed over most of the captured depots to the Communists; Chinese figures give some 9,000 rifles and 400 mortars.
                """).aid());
        t.rowWith("quantity", 9000.0).has("donor", "USSR").has("recipient", "PRC").has("unit", "rifles");
        t.rowWith("quantity", 400.0).has("donor", "USSR").has("recipient", "PRC");
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
    void anItemAfterAParenthesisBelongsToTheTransferBeforeIt() {
        TableAsserts t = TableAsserts.of(Fixtures.build("aside.txt", """
                = Aside =

                In 1968 the Soviet Union provided Mongolia with 300 tanks, 90 aircraft (bombers among them) and some 1,200 guns and mortars.
                """).aid());
        t.rowWith("quantity", 1200.0).has("donor", "USSR").has("recipient", "Mongolia");
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
    void anObjectPronounBeforeTheItemsNounIsTheSubjectOfTheSentencesBeforeNotANameAfterAPreposition() {
        TableAsserts t = TableAsserts.of(Fixtures.build("object-item.txt", """
                = Object Item =

                In 1938 the Eighth Route Army held only a few valleys. Two years later it controlled a long chain of bases behind the Japanese lines. The Nationalist government paid it a monthly subsidy of 400,000 yuan.
                """).aid());
        t.rowWith("quantity", 400_000.0).has("donor", "ROC").has("recipient", "PRC");
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
    void whatATransferNounIncludedIsGivenWhateverItsNoun() {
        TableAsserts t = TableAsserts.of(Fixtures.build("included.txt", """
                = Included =

                The harbour of Dalian was rebuilt after 1950. Soviet shipments to the Chinese navy in 1953 included 9 harbour tugs and three floating cranes.
                """).aid());
        t.rowWith("quantity", 9.0).has("donor", "USSR").has("recipient", "PRC");
        t.rowWith("quantity", 3.0).has("donor", "USSR").has("recipient", "PRC");
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
    void aToPhraseBetweenAGivingVerbAndItsItemNamesTheReceiverBeforeAToPhraseOfALaterClause() {
        TableAsserts t = TableAsserts.of(Fixtures.build("to-before.txt", """
                = To Before =

                In the spring of 1952 the Soviet Union delivered to China 400 field guns, and by the summer some 300 tractors had been passed on to the Harbin Farm Bureau.
                """).aid());
        t.rowWith("quantity", 400.0).has("donor", "USSR").has("recipient", "PRC");
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
    void aVerbWithAParticleBeforeGoodsValuedInMoneyGivesThemAndTheListAfter() {
        TableAsserts t = TableAsserts.of(Fixtures.build("particle-goods.txt", """
                = Particle Goods =

                Syria lost most of its armour in October 1973. Within a year the Soviet Union had shipped in spares worth some $200 million, among them about 40 tank engines and 600 tanks.
                """).aid());
        t.rowWith("quantity", 200_000_000.0).has("donor", "USSR").has("unit", "USD");
        t.rowWith("quantity", 600.0).has("donor", "USSR").has("unit", "tanks");
    }

    @Test
    void inBeforeATimeOfYearIsAPrepositionNoParticle() {
        // invented sentences: "delivered in the same year", "were handed over in March": when, not a particle "in"
        TableAsserts t = TableAsserts.of(Fixtures.build("in-time.txt", """
                = Soviet aid to Ruritania =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ruritania

                The air force received its first eight Yak-18 trainers in 1961. Four Soviet gunboats, delivered in the same year, formed the nucleus of a navy. Some 12 Soviet field guns were delivered in the following spring. In 1963, 30 lorries were sent in March.

                In 1962 the Soviet Union sent in 900 troops to guard the airfield.
                """).aid());
        t.rowWith("quantity", 4.0).has("donor", "USSR").has("recipient", "Other").has("unit", "gunboats");
        t.rowWith("quantity", 12.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 30.0).has("donor", "USSR").has("recipient", "Other").has("unit", "lorries");
        t.hasNoRowWith("quantity", 900.0);
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
    void aMeasureOfGoodsFollowedByAPrepositionIsAnItem() {
        TableAsserts t = TableAsserts.of(Fixtures.build("wagonloads.txt", """
                = Wagonloads =

                In 1947 Moscow handed over 3,000 wagonloads of munitions to the Mongolian army.
                """).aid());
        t.rowWith("quantity", 3000.0).has("donor", "USSR").has("recipient", "Mongolia").has("unit", "wagonloads");
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
    void aHyphenatedNounWhoseHeadIsMaterielCountsAnItem() {
        TableAsserts t = TableAsserts.of(Fixtures.build("hyphen-head.txt", """
                = Hyphen Head =

                In 1952 the Soviet Union supplied Hungary with 60 ground-attack bombers and 12 fighter-bombers.
                """).aid());
        t.rowWith("quantity", 12.0).has("donor", "USSR").has("recipient", "Other").has("unit", "fighter-bombers");
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
    void flatsAreGoodsThatCanBeGiven() {
        // invented sentence: housing paid for by one side for another
        TableAsserts t = TableAsserts.of(Fixtures.build("flats.txt", """
                = Fixture Housing =

                In 1962 the Soviet Union financed 300 flats for Mongolia.
                """).aid());
        t.rowWith("quantity", 300.0).has("donor", "USSR").has("recipient", "Mongolia").has("unit", "flats");
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
    void aNounAfterAModelsDesignationCountsMachinesOfIt() {
        // invented sentence: "trainers" after "Yak-18A" are aircraft, whatever the noun
        TableAsserts t = TableAsserts.of(Fixtures.build("model.txt", """
                = Fixture Trainers =

                In 1961 the Soviet Union shipped ten Yak-18A trainers to the Mongolian air force.
                """).aid());
        t.rowWith("quantity", 10.0).has("donor", "USSR").has("recipient", "Mongolia").has("unit", "trainers");
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
    void theNumberOfAfterAnOpeningPhraseOfTimeNamesWhatTheFigureCounts() {
        // invented sentence: "By 1964 the number of advisers … cut to about 300" counts advisers serving the army
        TableAsserts.of(Fixtures.build("number-of.txt", ADVISERS_LEFT).aid()).rowWith("quantity", 300.0)
                .has("donor", "USSR").has("recipient", "Other").has("unit", "advisers");
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
    void materielTheGiversShipsUnloadedIsGiven() {
        // invented sentence: what the giver's ships unloaded at a harbour of the receiver is given, each item of the list
        TableAsserts t = TableAsserts.of(Fixtures.build("unloaded.txt", """
                = Fixture Soviet aid to Ghana =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ghana

                In 1962 Soviet freighters unloaded some 40 T-55 tanks, 16 BTR-40 carriers and twelve mortars at the port of Takoradi.
                """).aid());
        t.rowWith("quantity", 40.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 16.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 12.0).has("donor", "USSR").has("recipient", "Other");
    }

    @Test
    void aBareFigureAfterOfWhomOrOfWhichCountsAPartOfTheItemsBefore() {
        // invented sentences: "of whom 35 taught English", "9 of which went to": parts of the volunteers and scholarships
        TableAsserts t = TableAsserts.of(Fixtures.build("parts.txt", """
                = Fixture Soviet aid to Mali =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mali

                In 1968 Moscow sent 220 volunteers to Mali, of whom 35 taught English. In 1970 it granted 40 scholarships, 9 of which went to women.
                """).aid());
        t.rowWith("quantity", 35.0).has("donor", "USSR").has("recipient", "Other").has("unit", "volunteers");
        t.rowWith("quantity", 9.0).has("donor", "USSR").has("recipient", "Other").has("unit", "scholarships");
    }

    @Test
    void booksDonatedBesideMoneyAreAnItem() {
        // invented: "1,700 Polish-language books" are given as textbooks are, the sum after them too
        TableAsserts t = TableAsserts.of(Fixtures.build("books.txt", """
                = Poles in Moldova =

                In 2012 the Polish government donated 1,700 Polish-language books and $12,000 to the Sunday school.
                """).aid());
        t.rowWith("quantity", 1700.0).has("donor", "Other").has("recipient", "Other").has("unit", "books");
        t.rowWith("quantity", 12_000.0).has("unit", "USD");
    }

    @Test
    void scholarshipsAwardedOrOfferedAndStudyPlacesFundedAreGiven() {
        // invented sentences: "awarded", "offered" and "funded" give places of study to the receiver's students
        TableAsserts t = TableAsserts.of(Fixtures.build("awarded.txt", AidFixture.SOVIET_AID_TO_MALI + """
                The Soviet Union awarded about 2,600 scholarships to Malian students between 1962 and 1990. Moscow also offered some 75 scholarships a year after 1980. From 1995 the government of Ruvenia funded 15 university places a year for Malian students at Ruvenian universities.
                """).aid());
        t.rowWith("quantity", 2600.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 75.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 15.0).has("recipient", "Other");
    }

    @Test
    void countedMaterielThatFollowedEarlierDeliveriesIsGivenButNotPeopleFollowingSomething() {
        // invented sentences: counted materiel as the subject of "followed" with no object is given by the frame's
        // donor; people that "followed" an object are not counted by it
        TableAsserts t = TableAsserts.of(Fixtures.build("followed.txt", SOVIET_AID_TO_MALI + """
                The Malian army received 30 T-55 tanks in 1974; another twelve BTR-60 carriers followed late in 1975. Some 4,000 Malian refugees followed the army north in 1976.
                """).aid());
        t.rowWith("quantity", 12.0).has("donor", "USSR").has("recipient", "Other");
        t.hasNoRowWith("quantity", 4000.0);
    }

    @Test
    void aCalibreBeforeTheNounOfGunsIsNoCountOfThem() {
        // invented sentence: "122 mm howitzers" names a model by its calibre; the count before a calibre is kept
        TableAsserts t = TableAsserts.of(Fixtures.build("calibre.txt", SOVIET_AID_TO_MALI + """
                The deliveries of 1979 included 24 BRDM-2 scout cars, about 40 ZIL trucks and 122 mm howitzers, and in 1981 eighteen 85 mm anti-aircraft guns followed.
                """).aid());
        t.rowWith("quantity", 24.0).has("donor", "USSR");
        t.hasNoRowWith("quantity", 122.0);
        t.hasNoRowWith("quantity", 85.0);
    }

    @Test
    void itemsListedBeforeARelativeClauseOfGivingAreAllWhatItsSubjectGave() {
        // invented sentence: the first of two figures joined by "and" before "that X had shipped" is given too
        TableAsserts t = TableAsserts.of(Fixtures.build("listed-relative.txt", """
                = Fixture Pass =

                The Chinese Army, rearmed over the summer with 45 T-26 and BT-5 tanks and 36 field guns that the Soviet Union had shipped under its credit of 1938, held the pass for a month.
                """).aid());
        t.rowWith("quantity", 45.0).has("donor", "USSR").has("unit", "tanks");
        t.rowWith("quantity", 36.0).has("donor", "USSR");
    }

    @Test
    void goodsFlownToANamedReceiverAreGiven() {
        // invented sentences: a carrying verb without "in", a weight of goods after it and a receiver after "to"
        TableAsserts t = TableAsserts.of(Fixtures.build("flown.txt", """
                = Battle of Lishui =

                Infobox
                - Conflict: Battle of Lishui
                - Date: May 1942
                - Combatant1: Republic of China
                - Combatant2: Empire of Japan

                The United States flew 800 tons of aviation fuel over the mountains to the Chinese armies for the battle, and the governor paid his militia a bonus of 2 million yuan.
                """).aid());
        t.rowWith("quantity", 800.0).has("donor", "Other").has("recipient", "ROC");
    }

    @Test
    void aSourceThatCountsTransfersAtFiguresGivesThoseFiguresAsItems() {
        TableAsserts t = TableAsserts.of(Fixtures.build("counted.txt", """
                = Gilan Republic =

                == Foreign support ==

                The militia was equipped from Soviet depots. British consular reports counted the shipments of 1921 at about 8,000 rifles, 300 machine guns and at least 6 field guns.
                """).aid());
        t.rowWith("quantity", 8000.0).has("donor", "USSR").has("item", "rifles");
        t.rowWith("quantity", 300.0).has("donor", "USSR");
        t.rowWith("quantity", 6.0).has("donor", "USSR");
    }

    @Test
    void ofThemRightAfterAGivingVerbCountsTheNounOfTheSentenceBefore() {
        TableAsserts t = TableAsserts.of(Fixtures.build("ofthem.txt", """
                = Soviet aid to Mali (1961–1985) =

                Infobox
                - Donor: Soviet Union
                - Recipient: Republic of Mali

                The scholarships outlasted every other Soviet programme. Moscow granted some 850 of them between 1962 and 1984.
                """).aid());
        t.rowWith("quantity", 850.0).has("donor", "USSR").has("recipient", "Other").has("unit", "scholarships");
    }
}
