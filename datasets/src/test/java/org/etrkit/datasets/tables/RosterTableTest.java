package org.etrkit.datasets.tables;

import java.util.Set;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** Any table of a government body with a name and an office column is a roster. */
class RosterTableTest {

    private static final String CABINET = """
            = Cabinet Fixture =

            == Government ==
              - Cabinet of Governor Jin Shuren, 1930**

            | Name | Ethnicity | Office |
            | Jin Shuren | Han | Governor |
            | Fan Yaonan | Han | Commissioner of Foreign Affairs |
            | Yulbars Khan | Uyghur | |
            | Sources: x | | |

            == Provincial Committee ==

            | Member | Portfolio |
            | Ma Shaowu | Defence |
            | Sources: x | |

            == Forces ==
              - Order of battle, 1931**

            | Name | Unit | Strength |
            | Ma Zhongying | 36th Division | 5,000 |
            | Sources: x | | |
            """;

    private static Table roster() {
        return Fixtures.build("cabinet.txt", CABINET).roster();
    }

    @Test
    void readsEveryMemberWithTheBodyFromTheCaptionOrHeading() {
        TableAsserts t = TableAsserts.of(roster()).hasRows(4);
        t.rowWith("name", "Jin Shuren").has("position", "Governor").has("ethnicity", "Han").has("body", "Cabinet")
                .has("line", 7);
        t.rowWith("name", "Yulbars Khan").has("position", "");
        t.rowWith("name", "Ma Shaowu").has("position", "Defence").has("ethnicity", "").has("body", "Provincial Committee");
        t.hasNoRowWith("name", "Ma Zhongying");
    }

    @Test
    void theBodyIsTheCapitalisedPhraseAroundTheBodyWord() {
        Set<String> bodies = Set.of("council", "government", "cabinet", "committee");
        org.junit.jupiter.api.Assertions.assertEquals("Interim Government Council", RosterTable.body(
                "Interim Government Council of the East Turkestan Republic", bodies));
        org.junit.jupiter.api.Assertions.assertEquals("Northeastern Political Council", RosterTable.body(
                "Northeastern Political Council, 1929", bodies));
        org.junit.jupiter.api.Assertions.assertEquals("Provincial Government", RosterTable.body(
                "Members of the Provincial Government", bodies));
        org.junit.jupiter.api.Assertions.assertNull(RosterTable.body("Order of battle, 1939", bodies));
    }
}
