package org.etrkit.datasets.tables;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class OfficerGuardTest {

    private final Rules.OfficerPatterns op = Rules.defaults().officerPatterns();

    /** Where the guard says no, neither officer pattern matches: it skips only places the regexes reject. */
    private void assertGuardAgrees(String text) {
        for (int at = 0; at <= text.length(); at++) {
            if (!op.roleMayFollow(text, at)) {
                int from = at;
                assertFalse(op.roleThenPerson().matcher(text).region(from, text.length()).lookingAt(), () -> "roleThenPerson at " + from);
                assertFalse(op.roleAfter().matcher(text).region(from, text.length()).lookingAt(), () -> "roleAfter at " + from);
            }
        }
    }

    @Test
    void skipsOnlyPlacesWhereNoOfficerPatternMatches() throws IOException {
        assertGuardAgrees(SeedTexts.all());
        assertGuardAgrees("the Soviet General Ivan Petrov and the Japanese\tcolonel Oda Kenji, the ETR\n  COMMISSAR Lin Ma;"
                + " a Nationalist\u000Bgeneral Sun Liren, the Red Army\fmajor-general Bo Ku");
    }

    @Test
    void letsRolesThroughInEitherCase() {
        assertTrue(op.roleMayFollow("Soviet General Ivan Petrov", 6));
        assertTrue(op.roleMayFollow("Soviet  \tgeneral Ivan Petrov", 6));
        assertTrue(op.roleMayFollow("Soviet COMMISSAR Lin", 6));
        assertFalse(op.roleMayFollow("Soviet troops", 6));
        assertFalse(op.roleMayFollow("Soviet-general", 6));
    }
}
