package org.etrkit.datasets.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The look-ahead in front of a lexicon list's alternation finds exactly what the plain alternation finds. */
class RegexGuardTest {

    /** {@code template} compiled as {@link Lexicon#compile} did before the guard: every list a plain alternation. */
    private static Pattern plain(Lexicon lex, String template) {
        Matcher m = Pattern.compile("\\{([a-z_]+)}").matcher(template);
        StringBuilder regex = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(regex, Matcher.quoteReplacement(lex.alternation(m.group(1))));
        }
        m.appendTail(regex);
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Every match of {@code p} in every window of {@code text}: its offsets and groups. */
    private static List<String> matches(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        for (int from = 0; from < text.length(); from += 37) {
            int to = Math.min(text.length(), from + 120);
            Matcher m = p.matcher(text).region(from, to);
            while (m.find()) {
                StringBuilder s = new StringBuilder(m.start() + "-" + m.end());
                for (int g = 1; g <= m.groupCount(); g++) {
                    s.append('/').append(m.start(g)).append('-').append(m.end(g));
                }
                out.add(s.toString());
            }
        }
        return out;
    }

    private static List<String> shippedTemplates() throws IOException {
        List<String> out = new ArrayList<>(List.of("\\b(?:{population_words})\\b", "^ (?:{personnel})\\b",
                "(?:\\b(?<before>\\p{Lu}[\\p{L}'’-]*) (?:{admin_words})\\b)"));
        try (InputStream in = Rules.class.getResourceAsStream("rules.json")) {
            Map<String, JsonTree.Node> root = JsonTree.read(in, "rules.json").anyObject("rules");
            root.get("clauses").anyObject("clauses").forEach((key, node) -> {
                if (node.value() instanceof List) {
                    out.addAll(node.strings(key));
                } else {
                    out.add(node.string(key));
                }
            });
        }
        return out;
    }

    @Test
    void shippedClausePatternsFindTheSameMatchesInTheSeeds() throws IOException {
        Lexicon lex = Rules.defaults().lexicon();
        String text = SeedTexts.all();
        int guardedPatterns = 0;
        int found = 0;
        for (String template : shippedTemplates()) {
            Pattern guarded = lex.compile(template);
            Pattern plain = plain(lex, template);
            if (!guarded.pattern().equals(plain.pattern())) {
                guardedPatterns++;
            }
            List<String> want = matches(plain, text);
            assertEquals(want, matches(guarded, text), template);
            found += want.size();
        }
        assertTrue(guardedPatterns >= 10, "most shipped patterns are guarded: " + guardedPatterns);
        assertTrue(found > 100, "the patterns match in the seeds: " + found);
    }

    @Test
    void caseFoldingCharactersStillMatch() {
        // the Kelvin sign folds to k, the long s to s, the dotted capital I to i: the plain alternation matches them
        Lexicon lex = new Lexicon(Map.of("personnel", List.of("killed", "soldiers", "Infantry", "émigrés")), Map.of());
        Pattern guarded = lex.compile("\\b(?:{personnel})\\b");
        assertNotEquals(plain(lex, "\\b(?:{personnel})\\b").pattern(), guarded.pattern());
        for (String text : List.of("\u212Ailled", "\u017Foldiers", "\u0130nfantry", "ÉMIGRÉS", "KILLED", "soldiers")) {
            assertEquals(matches(plain(lex, "\\b(?:{personnel})\\b"), text), matches(guarded, text), text);
            assertTrue(guarded.matcher(text).find(), text);
        }
        assertFalse(guarded.matcher("the men").find());
    }

    @Test
    void aListIsGuardedOnlyWhereItStandsAlone() {
        String[] alone = {"(?:{personnel})", "(?:{collective}|strength)", "(?:x|{personnel})", "({personnel})",
            "(?<n>{personnel})", "(?i:{personnel})", "{personnel}", "a|{personnel}|b"};
        for (String t : alone) {
            assertTrue(RegexGuard.alternativesAlone(t)[t.indexOf('{')], t);
        }
        String[] notAlone = {"^ {personnel}\\b", "(?:a{personnel})", "(?:{personnel}s)", "[{personnel}]",
            "\\({personnel}\\)", "\\Q({personnel})\\E", "\\|{personnel}|", "(?i){personnel}"};
        for (String t : notAlone) {
            assertFalse(RegexGuard.alternativesAlone(t)[t.indexOf('{')], t);
        }
    }
}
