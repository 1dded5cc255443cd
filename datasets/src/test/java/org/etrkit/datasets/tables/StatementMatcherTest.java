package org.etrkit.datasets.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class StatementMatcherTest {

    @Test
    void anchorIsTheLongestPlainTextEveryMatchContains() {
        assertEquals("Ma Buqing", StatementMatcher.anchor("general (?<force>Ma Buqing) .*? to move {count}"));
        assertEquals("s made up", StatementMatcher.anchor("(?<group>[A-Z][a-z]+?)s made up {share} of the"));
        assertEquals("District had the highest percentage of",
                StatementMatcher.anchor("(?<region>[A-Z][a-z]+) District had the highest percentage of (?<g>\\w+)"));
    }

    @Test
    void noAnchorWhereTextIsOptionalOrCaseFree() {
        assertNull(StatementMatcher.anchor("(?:troops|soldiers) {q}"));
        assertNull(StatementMatcher.anchor("(?i)about {q}"));
    }

    @Test
    void quantifiedLastLetterIsLeftOut() {
        assertEquals("Position", StatementMatcher.anchor("Positions?"));
    }
}
