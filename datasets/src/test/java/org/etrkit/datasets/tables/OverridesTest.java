package org.etrkit.datasets.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.tablesaw.api.Table;

/**
 * A named override corrects one sentence the generic rules cannot read; the test shows first that they
 * cannot (the mutineers' side is only in what they did after the figure), then that the override does.
 */
class OverridesTest {

    private static final String MUTINY = """
            = Mutiny =

            In 1934 the mutineers, 4,000 strong, went over to the Kuomintang.
            """;

    @Test
    void theGenericRulesCannotReadTheSentenceAndTheOverrideCorrectsOnlyIt(@TempDir Path dir) throws IOException {
        String shipped;
        try (InputStream in = Rules.class.getResourceAsStream("rules.json")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path file = dir.resolve("rules.json");
        Files.writeString(file, shipped.replace("\"overrides\": []", """
                "overrides": [
                    {"id": "mutineers-1934", "table": "troops", "side": "ROC", "force": "mutineers",
                     "why": "they joined the Kuomintang after the figure, which the side rules do not read",
                     "pattern": "the mutineers, {figure} strong, went over to the Kuomintang"}
                  ]"""));
        Rules withOverride = Rules.load(file);

        Table generic = Fixtures.build(withOverride.withoutOverrides(), "mutiny.txt", MUTINY).troops();
        TableAsserts.of(generic).hasRows(1).rowWith("count_low", 4000L).has("side", "Other").has("rule", "prose");

        Table corrected = Fixtures.build(withOverride, "mutiny.txt", MUTINY,
                "other.txt", "= Other =\n\nThe mutineers, 300 strong, held the pass.\n").troops();
        TableAsserts.of(corrected).hasRows(2);
        TableAsserts.of(corrected).rowWith("count_low", 4000L).has("side", "ROC").has("force", "mutineers")
                .has("rule", "override:mutineers-1934");
        TableAsserts.of(corrected).rowWith("count_low", 300L).has("side", "Other").has("rule", "prose");
        assertEquals(1, withOverride.overrides().size());
    }
}
