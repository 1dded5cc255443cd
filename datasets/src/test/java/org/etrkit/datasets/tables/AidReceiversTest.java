package org.etrkit.datasets.tables;

import org.junit.jupiter.api.Test;

/**
 * Receivers: the words after the items that name, or do not name, who received them. Split from
 * {@link AidDonorsAndRecipientsTest}, which reached 900 lines.
 */
class AidReceiversTest {

    @Test
    void aHedgeUpToBeforeALaterFigureNamesNoReceiver() {
        TableAsserts t = TableAsserts.of(Fixtures.build("upto.txt", """
                = Soviet aid to Guinea (1960–1964) =

                Infobox
                - Donor: Soviet Union
                - Recipient: Government of Guinea

                In 1962 Moscow shipped 9 patrol boats and about 20 mortars, and up to 70 Soviet engineers were serving in the country.
                """).aid());
        t.rowWith("quantity", 9.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 20.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 70.0).has("donor", "USSR").has("recipient", "Other");
    }

    @Test
    void aSourceAfterAccordingToIsNoReceiver() {
        TableAsserts t = TableAsserts.of(Fixtures.build("according.txt", """
                = Soviet aid to Guinea (1960–1964) =

                Infobox
                - Donor: Soviet Union
                - Recipient: Government of Guinea

                Soviet officers handed over to the Guinean army about 7,000 carbines and 260 mortars from old depots, according to later Soviet records.
                """).aid());
        t.rowWith("quantity", 7000.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 260.0).has("donor", "USSR").has("recipient", "Other");
    }

    @Test
    void aNewArmyBeingRaisedIsNoKnownForceOfASide() {
        TableAsserts t = TableAsserts.of(Fixtures.build("newarmy.txt", """
                = Soviet aid to Guinea (1960–1964) =

                Infobox
                - Donor: Soviet Union
                - Recipient: Government of Guinea

                In June 1960 a Soviet ship unloaded some 2,400 carbines and 35 mortars at Conakry, and about 12 Soviet officers came to drill the new People's Liberation Army.
                """).aid());
        t.rowWith("quantity", 2400.0).has("donor", "USSR").has("recipient", "Other");
        t.rowWith("quantity", 35.0).has("donor", "USSR").has("recipient", "Other");
    }
}
