package org.etrkit.datasets.tables;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** Groups: a people the lexicon does not list, named in the plural after "were" right after a part of a count. */
class DemographicsUnlistedGroupsTest {

    @Test
    void aCapitalisedPluralAfterWereRightAfterAPartIsItsGroup() {
        Table t = Fixtures.build("unlisted.txt", """
                = Tatars in Norland =

                == History ==
                The 1926 census counted 9,870 Tatars in the Norland ASSR, of whom 4,105 were Mishars living mostly in the Ostrov district.
                """).demographics();
        TableAsserts a = TableAsserts.of(t);
        a.rowWith("population", 9_870L).has("group", "Tatar");
        a.rowWith("population", 4_105L).has("group", "Mishar").has("region", "Norland ASSR");
    }
}
