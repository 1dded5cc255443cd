package org.etrkit.datasets.tables;

import tech.tablesaw.api.Table;

/** The texts and helpers that more than one of the aid test classes read. */
final class AidFixture {

    private AidFixture() {
    }

    static final String AID = """
            = Aid Fixture =

            == Aid ==
            Soviet aid to the province grew after 1943. Deliveries recorded for 1945 included 5,000 rifles, 60 machine guns and 12 aircraft. In 1936 the Soviet Union lent the province five million gold rubles, about $2.5 million.

            The ETR received 300 trucks from Moscow in 1946. The Kuomintang sent 400 advisers to Urumqi; the garrison itself numbered 6,000 men.

            In 1937 the Soviet Union supplied the Mongolian army with 20 tanks. Aid to Mongolia was halted in 1939.
            """;

    static Table aid() {
        return Fixtures.build("aid.txt", AID).aid();
    }

    static final String FRAMED = """
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

    static final String OUTSIDE_GIVERS = """
            = Fixture Arms to Ghana =

            Infobox
            - Donor: Soviet Union
            - Recipient: Ghana

            In 1961 the Soviet Union lent Ghana $40 million for a dam. Britain had given about $20 million in grants since 1957, but the quarrel over the base pushed Accra towards Moscow.

            Moscow wished to stay in the background, and the first weapons came in 1962 through its partners. Under that agreement, Czechoslovakia supplied 30 trucks, and Poland handed over six patrol boats.
            """;

    static final String GOVERNMENT_OF = """
            = Fixture Relief =

            After the Japanese invasion of Burma in 1942, the government of Nepal sent 500 tonnes of medical supplies to India in May, followed by a second convoy of 300 tonnes of grain in the autumn.
            """;

    static final String ADVISERS_LEFT = """
            = Fixture Aid to Ghana =

            Infobox
            - Donor: Soviet Union
            - Recipient: Ghana

            In 1961 the Soviet Union lent Ghana $40 million. By 1964 the number of advisers attached to the Ghanaian army had been cut to about 300, and in 1965 roughly 250 Russians were still serving as advisers with Ghanaian units.
            """;

    static final String SOVIET_AID_TO_MALI = """
            = Fixture Soviet aid to Mali =

            Infobox
            - Donor: Soviet Union
            - Recipient: Mali

            """;
}
