package org.etrkit.datasets.tables;

import static org.etrkit.datasets.tables.AidFixture.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.etrkit.datasets.parse.ArticleParser;
import org.junit.jupiter.api.Test;

/** Tables, infoboxes and bullet lists: the transfers and items their entries, rows and columns give. */
class AidTablesAndInfoboxTest {

    @Test
    void theInfoboxEntriesNamingWhatWasGivenAndTheRowsOfADeliveriesTableAreItems() {
        TableAsserts t = TableAsserts.of(Fixtures.build("framed.txt", FRAMED).aid());
        t.rowWith("quantity", 900.0).has("donor", "USSR").has("recipient", "ROC").has("line", 6);
        t.hasNoRowWith("quantity", 4000.0);
        t.rowWith("quantity", 300.0).has("donor", "USSR").has("recipient", "ROC").has("line", 14).has("qualifier", "about");
        t.rowWith("quantity", 40.0, "line", 15).has("donor", "USSR").has("recipient", "ROC");
    }

    @Test
    void aColumnHeaderNamingAScaleAndAUnitGivesThemToItsBareFigures() {
        TableAsserts t = TableAsserts.of(Fixtures.build("header-units.txt", """
                = Fixture Soviet aid to Ceylon =

                Infobox
                - Donor: Soviet Union
                - Recipient: Ceylon

                  - Soviet gifts to Ceylon, 1958–1963**

                | Gift | Town | Cost (million rupees) | Grain (thousand tonnes) | Completed |
                | Steel mill | Oruwala | 57 | 4 | 1967 |
                | Tyre plant, 300 workers | Kelaniya | 31.5 | 2 | 1967 |
                | Sources: . | | | | |
                """).aid());
        t.rowWith("quantity", 57_000_000.0).has("unit", "rupees").has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 31_500_000.0).has("unit", "rupees").has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 4_000.0).has("unit", "tonnes");
        t.rowWith("quantity", 2_000.0).has("unit", "tonnes");
        t.hasNoRowWith("quantity", 57.0);
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
    void anInfoboxKeyOfPeopleWithBareFiguresCountsTheDonorsPeopleAndACountOfCreditsIsNoItem() {
        // invented infobox: "Air Force Personnel: about 600" are people sent; "(three credits)" counts the transfers;
        // "Personnel Killed" are losses and "Cuban Troops" another state's men, neither the donor's gift
        TableAsserts t = TableAsserts.of(Fixtures.build("people-key.txt", """
                = Fixture Soviet aid to Mali =

                Infobox
                - Donor: Soviet Union
                - Recipient: Mali
                - Credits: 120 million rubles (three credits)
                - Air Force Personnel: about 600 (training mission)
                - Personnel Killed: 14
                - Cuban Troops: some 2,500 (1979)

                Soviet aid to Mali grew in the 1970s.
                """).aid());
        t.rowWith("quantity", 120_000_000.0).has("donor", "USSR");
        t.rowWith("quantity", 600.0).has("donor", "USSR").has("recipient", "Other");
        t.hasNoRowWith("quantity", 3.0);
        t.hasNoRowWith("quantity", 14.0);
        t.hasNoRowWith("quantity", 2500.0);
    }

    @Test
    void theCapitalOfAnAidArticlesInfoboxMakesTheRecipientNotTheWholeTitleTheStateItIsAbout() {
        // invented infobox: "Capital: Sarnova" marks an article about a state, but the title names a transfer, so
        // the state is the recipient after "to", and "the country" is the recipient's, not the donor's
        TableAsserts t = TableAsserts.of(Fixtures.build("capital-key.txt", """
                = Soviet aid to the People's Republic of Velmoria =

                Infobox
                - Donor: Soviet Union
                - Recipient: People's Republic of Velmoria (Republic of Velmoria from 1990)
                - Total Economic Aid: about 2.3 billion rubles (1976–1989)
                - Capital: Sarnova

                In 1977 Moscow committed 310 million rubles to the People's Republic of Velmoria. In 1980 the Soviet Union sent 45 tractors to the country.
                """).aid());
        t.rowWith("quantity", 2_300_000_000.0).has("donor", "USSR").has("recipient", "Other").has("unit", "rubles");
        t.rowWith("quantity", 310_000_000.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 45.0).has("donor", "USSR").has("recipient", "Other");
    }

    @Test
    void aColumnOfTheDonorsCostInATableOfProjectsIsItsAid() {
        // invented table: the caption names no transfer; the header names the giver and what each project cost it
        TableAsserts t = TableAsserts.of(Fixtures.build("cost-table.txt", """
                = Fixture Soviet aid to Mali =

                Infobox
                - Donor: Soviet Union
                - Recipient: Republic of Mali

                  - Main Soviet-built works in Mali, 1961–1968**

                | Works | Town | Opened | Soviet cost | Local cost |
                | Cement works | Kati | 1965 | 18 million rubles | 3 million rubles |
                | Stadium | Bamako | 1967 | 5.5 million rubles | 2 million rubles |
                | Sources: ; . | | | | |
                """).aid());
        t.rowWith("quantity", 18_000_000.0).has("donor", "USSR").has("recipient", "Other").has("unit", "rubles");
        t.rowWith("quantity", 5_500_000.0).has("donor", "USSR").has("recipient", "Other");
        t.hasNoRowWith("quantity", 3_000_000.0); // what the recipient paid itself is no gift
        t.hasNoRowWith("quantity", 1965.0);
    }
}
