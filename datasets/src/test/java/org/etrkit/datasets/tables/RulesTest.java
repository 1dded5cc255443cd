package org.etrkit.datasets.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.etrkit.datasets.error.DatasetException;
import org.etrkit.datasets.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading a rule file checks every key, list, side and regular expression and names the file and line. */
class RulesTest {

    private static String shipped() throws IOException {
        try (InputStream in = Rules.class.getResourceAsStream("rules.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The shipped rules with {@code from} replaced once by {@code to}, written to a file. */
    private static Path edited(Path dir, String from, String to) throws IOException {
        String text = shipped();
        assertTrue(text.contains(from), "the shipped rules contain " + from);
        Path f = dir.resolve("rules.json");
        Files.writeString(f, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
        return f;
    }

    /** The 1-based line of the first occurrence of {@code text} in {@code file}. */
    private static int lineOf(Path file, String text) throws IOException {
        var lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private static DatasetException loadFails(Path f) {
        return assertThrows(DatasetException.class, () -> Rules.load(f));
    }

    /** Loading {@code f} fails and names the line of {@code text}; the failure, for its problem to be checked. */
    private static DatasetException failsAtLineOf(Path f, String text) throws IOException {
        DatasetException e = loadFails(f);
        assertEquals(lineOf(f, text), e.line());
        return e;
    }

    @Test
    void theShippedRulesLoadAndHoldNoSentenceOverrides() {
        Rules r = Rules.defaults();
        assertEquals(Rules.SIDE_CODES, r.sides());
        assertTrue(r.overrides().isEmpty(), "the generic reading needs no sentence-specific pattern for the seeds");
        for (String list : Lexicon.LISTS) {
            assertTrue(!r.lexicon().list(list).isEmpty(), list);
        }
    }

    @Test
    void aBadRegularExpressionNamesItsLine(@TempDir Path dir) throws IOException {
        Path f = edited(dir, "\"^ in (?:number|strength)\\\\b\"", "\"^ in (?:number|strength\\\\b\"");
        DatasetException e = failsAtLineOf(f, "^ in (?:number|strength");
        assertTrue(e.getMessage().startsWith(f + ":" + e.line() + ": bad regular expression: "), e.getMessage());
    }

    @Test
    void aStateShortNameWithoutItsFullNameNamesItsLine(@TempDir Path dir) throws IOException {
        Path f = edited(dir, "\"Republic of Vietnam = South Vietnam\"", "\"South Vietnam\"");
        DatasetException e = failsAtLineOf(f, "\"state_short_names\"");
        assertTrue(e.problem().contains("'South Vietnam' must be written 'full name = short name'"), e.problem());
    }

    @Test
    void anUnknownLexiconListNamesItsLine(@TempDir Path dir) throws IOException {
        Path f = edited(dir, "(?:{civilians}|{materiel})", "(?:{civilian}|{materiel})");
        DatasetException e = failsAtLineOf(f, "{civilian}|");
        assertTrue(e.problem().startsWith("unknown lexicon list {civilian}"), e.problem());
    }

    @Test
    void aMissingListAMisspeltKeyAndAWrongTypeNameTheirLines(@TempDir Path dir) throws IOException {
        Path missing = edited(dir, "\"aircraft_words\":", "\"aircraft_word\":");
        DatasetException e = failsAtLineOf(missing, "\"aircraft_word\"");
        assertTrue(e.problem().contains("unknown key 'aircraft_word'"), e.problem());

        Path wrongType = edited(dir, "\"sides\": [\"ETR\", \"USSR\", \"ROC\", \"PRC\", \"Japan\", \"Mongolia\", \"Other\"]",
                "\"sides\": 3");
        DatasetException w = failsAtLineOf(wrongType, "\"sides\": 3");
        assertEquals("sides must be a JSON array, not a number", w.problem());

        Path nullList = edited(dir, "\"pronoun_subjects\": [\"it\", \"they\", \"he\", \"she\", \"this\", \"these\", \"those\", "
                + "\"its\", \"their\", \"his\"]", "\"pronoun_subjects\": null");
        DatasetException n = failsAtLineOf(nullList, "\"pronoun_subjects\": null");
        assertEquals("'pronoun_subjects' must not be null", n.problem());
    }

    @Test
    void aGazetteerSideThatIsNoSideNamesItsLine(@TempDir Path dir) throws IOException {
        Path f = edited(dir, "\"Japan\": [\"Kwantung\"", "\"Nippon\": [\"Kwantung\"");
        DatasetException e = failsAtLineOf(f, "\"Nippon\"");
        assertTrue(e.problem().startsWith("gazetteer: 'Nippon' is not one of the sides"), e.problem());
    }

    @Test
    void overridesNeedAnIdAReasonASideAndOneFigure(@TempDir Path dir) throws IOException {
        Path noSide = edited(dir, "\"overrides\": []", """
                "overrides": [
                    {"id": "x", "table": "troops", "why": "test", "pattern": "held {figure} men"}
                  ]""");
        DatasetException e = failsAtLineOf(noSide, "{\"id\": \"x\"");
        assertEquals("missing key 'side'", e.problem());

        Path nullForce = edited(dir, "\"overrides\": []", """
                "overrides": [
                    {"id": "x", "table": "troops", "why": "test", "pattern": "held {figure} men", "side": "ROC",
                     "force": null}
                  ]""");
        DatasetException n = failsAtLineOf(nullForce, "\"force\": null");
        assertEquals("force must be a string, not null", n.problem());

        Path badPattern = edited(dir, "\"overrides\": []", """
                "overrides": [
                    {"id": "x", "table": "troops", "why": "test", "pattern": "held ({figure} men", "side": "ROC"}
                  ]""");
        assertTrue(loadFails(badPattern).problem().startsWith("override 'x': bad regular expression: "));

        Path noFigure = edited(dir, "\"overrides\": []", """
                "overrides": [
                    {"id": "x", "table": "troops", "why": "test", "pattern": "held men", "side": "ROC"}
                  ]""");
        assertEquals("override 'x': the pattern must hold {figure} exactly once", loadFails(noFigure).problem());
    }

    @Test
    void badJsonAndDuplicateKeysNameTheirLines(@TempDir Path dir) throws IOException {
        Path syntax = edited(dir, "\"sides\": [", "\"sides\" [");
        failsAtLineOf(syntax, "\"sides\" [");
        Path twice = edited(dir, "\"clauses\": {", "\"sides\": [\"Other\"], \"clauses\": {");
        DatasetException e = failsAtLineOf(twice, "\"sides\": [\"Other\"], \"clauses\"");
        assertEquals("duplicate key 'sides'", e.problem());
    }

    @Test
    void theBuildCommandReportsABadRuleFileInOneLineWithoutATrace(@TempDir Path dir) throws IOException {
        Path f = edited(dir, "\"^ in (?:number|strength)\\\\b\"", "\"^ in (?:number|strength\\\\b\"");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path seeds = Path.of(System.getProperty("etr.root", "..")).resolve("seeds");
        int status = Main.run(new String[] {"build", "--seeds", seeds.toString(), "--out",
            dir.resolve("out").toString(), "--rules", f.toString()}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, status);
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.startsWith("error: " + f + ":" + lineOf(f, "^ in (?:number|strength") + ": bad regular expression"),
                text);
        assertTrue(!Files.exists(dir.resolve("out")));
    }

    @Test
    void aRulesFileThatIsNotThereIsSaidSoInOneLine(@TempDir Path dir) {
        // the message was the path twice and no reason ('error: rulez.json: cannot read rules: rulez.json'), for a
        // misspelt --rules; shard read the file a second time for its hash, with the same message
        Path seeds = Path.of(System.getProperty("etr.root", "..")).resolve("seeds");
        Path f = dir.resolve("rulez.json");
        for (String[] args : new String[][] {
            {"build", "--seeds", seeds.toString(), "--out", dir.resolve("out").toString(), "--rules", f.toString()},
            {"shard", "--seeds", seeds.toString(), "--out", dir.resolve("p.shard").toString(), "--rules", f.toString()}}) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = Main.run(args, new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(1, status);
            assertEquals("error: " + f + ": cannot read rules: no such file\n", err.toString(StandardCharsets.UTF_8));
        }
        assertTrue(!Files.exists(dir.resolve("out")) && !Files.exists(dir.resolve("p.shard")));
    }

    @Test
    void aNameChangesSideAtItsDate() {
        Gazetteer.Side china = Rules.defaults().gazetteer().names().get("China");
        assertEquals("ROC", china.at(java.time.LocalDate.of(1949, 9, 30)));
        assertEquals("PRC", china.at(java.time.LocalDate.of(1949, 10, 1)));
        assertEquals("ROC", china.at(null));
        assertNull(Rules.defaults().gazetteer().names().get("Tashkurgan"));
    }

    @Test
    void aNameHasItsEarlierSideBeforeItsSinceDate() {
        Gazetteer.Side china = Rules.defaults().gazetteer().names().get("China");
        assertEquals("Other", china.at(java.time.LocalDate.of(1911, 12, 31)));
        assertEquals("ROC", china.at(java.time.LocalDate.of(1912, 1, 1)));
    }

    @Test
    void aDatedNameWithNeitherThenNorEarlierNamesItsLine(@TempDir Path dir) throws IOException {
        Path f = edited(dir, "{\"names\": [\"Ili\"], \"side\": \"ROC\", \"from\": \"1944-01-01\", \"then\": \"ETR\"}",
                "{\"names\": [\"Ili\"], \"side\": \"ROC\"}");
        DatasetException e = failsAtLineOf(f, "\"Ili\"");
        assertTrue(e.problem().contains("needs 'from' and 'then', or 'since' and 'earlier'"), e.problem());
    }
}
