package org.etrkit.kernel.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

import org.etrkit.kernel.Etr;
import org.etrkit.kernel.error.EtrException;
import org.junit.jupiter.api.Test;

class HelpTest {

    @Test
    void theOverviewListsEveryPublicMethodOfEtrWithTheFirstSentenceOfItsJavadoc() {
        String help = Help.of("");
        assertTrue(help.startsWith("Etr\n    The tables of the ETR notebook kit"), help);
        for (Method m : Etr.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers())) {
                assertTrue(help.contains(" " + m.getName() + "("), m.getName() + " missing from\n" + help);
            }
        }
        assertTrue(help.contains("Table roster()"), help);
        assertTrue(help.contains("The Interim Government Council: name, ethnicity, position, body, source, line."), help);
    }

    @Test
    void aMethodShowsItsSignatureAndWholeJavadocWithInlineTagsAsText() {
        String use = Help.of("use");
        assertTrue(use.startsWith("String Etr.use(String dir)\n    Reads the data package in folder dir "), use);
        assertFalse(use.contains("{@code"), use);
        assertEquals(Help.of("use"), Help.of("Etr.use"));
        assertEquals(Help.of("use"), Help.of("Etr.use()"));
        String maxRows = Help.of("DisplayOptions.maxRows");
        assertTrue(maxRows.contains("int DisplayOptions.maxRows()"), maxRows);
        assertTrue(maxRows.contains("DisplayOptions DisplayOptions.maxRows(int rows)"), maxRows);
    }

    @Test
    void topicsArePublicClassesOfTheKitOnly() {
        assertTrue(Help.topics().containsKey("Etr"));
        assertTrue(Help.topics().containsKey("displayoptions"), "case does not matter");
        assertFalse(Help.topics().containsKey("Guard"), "package-private classes are not topics");
        assertFalse(Help.topics().containsKey("Cells"));
    }

    @Test
    void theSourcesAreNotBesideTheClassesWhereJShellWouldCompileThem() {
        // javac, as JShell runs it, takes Etr.java beside Etr.class for a source to compile when it is not older
        assertEquals(null, Help.class.getClassLoader().getResource("org/etrkit/kernel/Etr.java"));
        assertTrue(Help.class.getClassLoader().getResource(Help.SOURCES + "org/etrkit/kernel/Etr.java") != null);
    }

    @Test
    void anUnknownTopicNamesTheTopicsThereAre() {
        EtrException e = assertThrows(EtrException.class, () -> Help.of("rooster"));
        assertTrue(e.getMessage().startsWith("no help for 'rooster'; topics: "), e.getMessage());
        assertTrue(e.getMessage().contains("DisplayOptions"), e.getMessage());
        assertThrows(EtrException.class, () -> Help.of("DisplayOptions.nothing"));
    }

    @Test
    void javadocBecomesText() {
        assertEquals("Shows x and A.b and a label; 10^16.\n\nA second paragraph:\n- one\n- two",
                Javadoc.text("Shows {@code x} and {@link A#b} and {@link C#d a label}; 10<sup>16</sup>.\n"
                        + "<p>A second paragraph:\n<ul><li>one</li>\n<li>two</li></ul>"));
        assertEquals("Example:\n\nEtr.roster()   // {braces} kept\nEtr.display();\n\nEnd.",
                Javadoc.text("Example:\n<pre>{@code\n Etr.roster()   // {braces} kept\n Etr.display();\n }</pre>\nEnd."));
        assertEquals("Adds.\n  a: the first\n  Returns: the sum",
                Javadoc.text("Adds.\n@param a the first\n@return the sum"));
        assertEquals("", Javadoc.text(null));
    }
}
