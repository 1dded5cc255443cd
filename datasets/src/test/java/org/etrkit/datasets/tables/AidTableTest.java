package org.etrkit.datasets.tables;

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

    @Test
    void aStrengthIsNoTransfer() {
        TableAsserts t = TableAsserts.of(aid());
        t.hasNoRowWith("quantity", 6000.0);
    }
}
