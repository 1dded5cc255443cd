package org.etrkit.datasets.tables;

import tech.tablesaw.api.Table;

/** The texts and helpers that more than one of the troops test classes read. */
final class TroopsFixture {

    private TroopsFixture() {
    }

    static final String WAR = """
            = Fixture War =

            Infobox
            - Combatant1: Soviet Union
            - Combatant2: Republic of China (Provincial Guard)
            - Date: 1933
            - Strength1: 12,000 troops, 40 tanks
            - Strength2: 3 divisions
            - Casualties1: 300 killed, 120 captured
            - Casualties2: unknown

            == War ==
            In 1933 the Kuomintang raised a force of forty thousand. The Kuomintang kept a garrison of some 7,000 troops at Hami. By spring the rebels numbered about 14,000; some 2,000 were enlisted in the Ili army. Between 2,000 and 3,000 cavalry were sent by the Soviets. The town was held by no more than 200 men of the Provincial Guard.

            The Soviet column attacked the fort, which had 450 defenders. It lost 35 dead and the town's 5,000 people fled. Japan reported 90 casualties.

            | Side | Unit | Strength |
            | Soviet Union | 5th Brigade | 4,500 |
            | China | 36th Division | about 9,000 |
            | Sources: x | | |
            """;

    static Table troops() {
        return Fixtures.build("war.txt", WAR).troops();
    }

    static final String CLASH = """
            = Fixture Clash =

            Infobox
            - Date: 1969
            - Combatant1: Soviet Union
            - Combatant2: People's Republic of China
            - Strength2: 9,000 (PLA troops in the region)
            - Casualties2: 40 killed (Chinese figures); at least 12 killed and 4 captured at the pass (Soviet estimate)

            == Clash ==
            The People's Liberation Army moved some 20,000 men up to the river. The KGB frontier troops there numbered no more than 900 men.

            Official Chinese figures for the whole of the spring fighting are 50 killed, 30 wounded and one missing. At least 17 Chinese soldiers were killed and 5 were taken prisoner.

            The Ili National Army, formally a part of the provincial forces, still had some 9,500 soldiers. The PLA sent nearly 30,000 men of the Second Field Army under Peng into the province.

            | Unit | Side | Strength | Killed |
            | Border post | Soviet Border Troops | about 60 | 14 |
            | Infantry regiment | PLA | 2,000 | 46 |
            | Sources: x | | | |
            """;
}
