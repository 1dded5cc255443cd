package org.etrkit.datasets.tables;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * A template compiled again for the same lexicon is the pattern compiled before; another lexicon gets its own; a list
 * stands for one alternative wherever it is put.
 */
class LexiconCompileTest {

    @Test
    void theSameLexiconGetsThePatternCompiledBefore() {
        Lexicon lex = Rules.defaults().lexicon();
        assertSame(lex.compile("\\b(?:{personnel})\\b"), lex.compile("\\b(?:{personnel})\\b"));
    }

    @Test
    void anotherLexiconGetsAPatternOfItsOwnWords() {
        Lexicon troops = new Lexicon(Map.of("personnel", List.of("soldiers")), Map.of());
        Lexicon sailors = new Lexicon(Map.of("personnel", List.of("sailors")), Map.of());
        String template = "\\b(?:{personnel})\\b";
        for (int round = 0; round < 2; round++) {
            Pattern t = troops.compile(template);
            Pattern s = sailors.compile(template);
            assertTrue(t.matcher("2,000 soldiers").find());
            assertFalse(t.matcher("2,000 sailors").find());
            assertTrue(s.matcher("2,000 sailors").find());
            assertFalse(s.matcher("2,000 soldiers").find());
        }
    }

    @Test
    void aListNextToOtherTextIsOneAlternative() {
        // "{verbs} to" must read "(grew|rose) to", not "grew|rose to": the words after a list bind to all its entries
        Lexicon lex = new Lexicon(Map.of("personnel", List.of("soldiers", "sailors")), Map.of());
        Pattern p = lex.compile("(?:{personnel} )?landed");
        assertFalse(p.matcher("soldiers").matches(), p.pattern());
        assertTrue(p.matcher("sailors landed").matches(), p.pattern());
        assertTrue(p.matcher("soldiers landed").matches(), p.pattern());
        assertTrue(p.matcher("landed").matches(), p.pattern());
    }
}
