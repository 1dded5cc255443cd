package org.etrkit.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.etrkit.kernel.error.EtrException;
import org.junit.jupiter.api.Test;

class EtrTableTest {

    @Test
    void aColumnTheTableDoesNotHaveIsOneLineNamingTheNearestAndTheColumns() {
        assertEquals("no column 'count_hgh' in table 'troops'; did you mean count_high? columns: "
                        + String.join(", ", Etr.troops().columnNames()),
                assertThrows(EtrException.class, () -> Etr.troops().column("count_hgh")).getMessage());
        assertEquals("no column 'share' in table 'demographics'; did you mean share_pct? columns: "
                        + String.join(", ", Etr.demographics().columnNames()),
                assertThrows(EtrException.class, () -> Etr.demographics().numberColumn("share")).getMessage());
        assertEquals("count_high", Etr.troops().column("COUNT_HIGH").name());   // Tablesaw ignores case: still does
        assertEquals(Etr.troops().rowCount(), Etr.troops().numberColumn("count_high").size());
    }

    @Test
    void nearestIsAPrefixOrAFewEditsAwayOrNone() {
        List<String> names = List.of("name", "ethnicity", "position", "body", "source", "line");
        assertEquals("name", EtrTable.nearest("nmae", names));
        assertEquals("position", EtrTable.nearest("positon", names));
        assertEquals("ethnicity", EtrTable.nearest("ethnic", names));
        assertNull(EtrTable.nearest("count_high", names));
        assertNull(EtrTable.nearest("", names));
    }
}
