package org.etrkit.datasets.tables;

import tech.tablesaw.api.Table;

/** The texts and helpers that more than one of the demographics test classes read. */
final class DemographicsFixture {

    private DemographicsFixture() {
    }

    static final String CENSUS = """
            = Census Fixture =

            == People ==
            In 1941 Sinkiang had 3,730,051 inhabitants. Uyghurs numbered about 2.94 million, or 78.8% of the total, and Kazakhs about 326,000 (8.7%). The capital Dihua had 50,000 residents, of whom roughly 60% were Han Chinese.

            About 12,000 Kazakhs fled to Gansu in 1936. The population of Kumul was 90,000 at the end of 1943.

            Tarbagatay District had the highest share of Kazakhs at 61.5%.
            """;

    static Table demographics() {
        return Fixtures.build("census.txt", CENSUS).demographics();
    }

    static final String STATE = """
            = Karakum People's Republic =

            Infobox
            - Conventional Long Name: Karakum People's Republic
            - Capital: Merv
            - Population Estimate: 410,000
            - Population Estimate Year: 1930

            The Karakum People's Republic was a short-lived state on the lower Amu Darya; Karakum was recognised by no other power.

            == People ==
            By 1925 about 380,000 people lived in the republic, some 62 per cent of them Turkmen. A census counted 396,000 inhabitants. Real power lay with the Turkmen Revolutionary Party, whose membership grew to 5,000. Merv, a town of about 9,000 in 1925, had grown into a city of nearly 15,000 by 1930.

            The territory of the Lower Amu ASSR had some 1.2 million inhabitants in 1926 and only about 900,000 at the census of 1929. Estimates put the population of Khiva at about 31,000 in 1924 and at 28,000 in 1928. By 1927 some 8,000 Russian settlers lived in the Tejen Valley.
            """;

    static final String VALLEY = """
            = Tamir Valley in the 1930s =

            Infobox
            - Region: Tamir Valley
            - Population Estimate: 88,000 (1936)

            == People ==
            A survey of 1932 registered 70,000 people in the valley. Four years later the figure had risen to 88,000.

            In 1936 the Tatars formed the largest community: they numbered 40,000. The Solon, descendants of a Daur garrison, lived in six villages with a combined population of nearly 9,000.

            Sagiz, the old fort, had 6,000 inhabitants in 1935. Ordu, the market town, was much smaller, with a population of about 3,000, and Tamir, the Solon centre, was home to 2,500 people. Kerme had 1,000 residents in 1930 and 1,400 a decade later.

              - Population of the districts of the Tamir Valley, 1936**

            | District | Population | Largest group (share) |
            | Upper Tamir | 52,000 | Tatar (61.5%) |
            | Lower Tamir | 36,000 | Solon (20%) |
            | Sources: written for this test. | | |

              - Peoples of the Tamir Valley, 1936**

            | Nationality | Number | Per cent |
            | Tatars | 40,000 | 45.5 |
            | Kazakhs | 30,000 | 34.1 |
            | Total | 88,000 | 100 |
            | Sources: written for this test. | | |
            """;

    static TableAsserts valley() {
        return TableAsserts.of(Fixtures.build("valley.txt", VALLEY).demographics());
    }

    static final String STEPPE = """
            = Sarybel Steppe =

            == Counts ==
              - Population of the Sarybel Steppe by census year**

            | Year | Population | Kazakhs (%) |
            | 1931 | 210,000 | 71 |
            | 1939 | 240,000 | 66 |
            | Sources: written for this test. | | |

            The 1936 registration listed Kazakhs 150,000 (68%), Uzbeks 30,000 (14%) and Tatars 4,000 (2%).

            In Karasu the 1937 count found 61,000 inhabitants, 52,000 of them Kazakhs, while Aktam, the district seat, had a population of 7,000. Tatars made up 3% of Karasu, compared with 9% in Aktam.
            """;

    static final String PARTS_BY_PLACE = """
            = Greeks of Norland =

            == Distribution ==
            The 2009 census counted 24,700 Greeks in Norland, 1.4% of its 1,760,000 people. Of them, 14,700 lived in the Ostvale Region, where they were 8.2% of the population, and 6,400 in the city of Varos, 4.4% of its some 145,000 residents. Smaller communities were recorded in the Westburg Region (about 360), in Eastburg (about 190) and in Southby (roughly 110).
            """;

    static final String MEMBERS = """
            = Greeks of Norland =

            == Today ==
            By 2021 the Greek population of Norland had risen to 41,300. In that year 8,150 Greeks lived in the city of Varos, and about 19,000 in the Ostvale Region; some 23,500 members of the community now lived in towns.
            """;
}
