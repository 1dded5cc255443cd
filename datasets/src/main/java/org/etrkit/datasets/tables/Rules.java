package org.etrkit.datasets.tables;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.etrkit.datasets.DatasetException;

/**
 * The classification knowledge of the curated tables, read from a small JSON file
 * ({@code rules.json} next to this class): which table is the government roster, which sentences
 * state population figures, aid or troop strengths, and which side a force fought on. Rules hold
 * patterns and side codes only; every number, name and line in the tables comes from the text.
 *
 * <p>A statement either has a {@code pattern}, a regular expression over a paragraph in which
 * {@code {name}} marks where a recognized quantity stands (it binds the quantity whose text covers
 * that place), or a {@code sentence} pattern that binds every quantity of a matching sentence whose
 * unit is one of {@code units} (all if none). Named groups such as {@code (?<force>...)} capture names.
 */
public record Rules(@JsonProperty("roster") List<RosterRule> roster,
                    @JsonProperty("demographics") DemographicsRules demographics,
                    @JsonProperty("aid") List<Statement> aid,
                    @JsonProperty("troops") TroopRules troops) {

    /** The side codes of the aid and troops tables. */
    public static final Set<String> SIDE_CODES = Set.of("ETR", "USSR", "ROC", "PRC", "Japan", "Other");

    public Rules {
        roster = roster == null ? List.of() : List.copyOf(roster);
        aid = aid == null ? List.of() : List.copyOf(aid);
    }

    /** A pipe table to read as a roster: its caption pattern and its columns' header patterns. */
    public record RosterRule(@JsonProperty("caption") String caption, @JsonProperty("name") String name,
                             @JsonProperty("ethnicity") String ethnicity, @JsonProperty("position") String position) {
    }

    /** Population statements and the label of the computed remainder group. */
    public record DemographicsRules(@JsonProperty("remainder_group") String remainderGroup,
                                    @JsonProperty("statements") List<Statement> statements) {
    }

    /** Troop statements and the units that count people under arms. */
    public record TroopRules(@JsonProperty("personnel_units") List<String> personnelUnits,
                             @JsonProperty("statements") List<Statement> statements) {
    }

    /** One statement rule; which fields apply depends on the table. */
    public record Statement(@JsonProperty("id") String id,
                            @JsonProperty("section") String section,
                            @JsonProperty("pattern") String pattern,
                            @JsonProperty("sentence") String sentence,
                            @JsonProperty("units") List<String> units,
                            @JsonProperty("region") String region,
                            @JsonProperty("group") String group,
                            @JsonProperty("donor") String donor,
                            @JsonProperty("recipient") String recipient,
                            @JsonProperty("period_start") String periodStart,
                            @JsonProperty("period_end") String periodEnd,
                            @JsonProperty("side") String side,
                            @JsonProperty("context") String context) {
        public Statement {
            units = units == null ? List.of() : List.copyOf(units);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The rules shipped with the builder. */
    public static Rules defaults() {
        try (InputStream in = Rules.class.getResourceAsStream("rules.json")) {
            if (in == null) {
                throw new DatasetException("rules.json", 0, "missing from the classpath");
            }
            return validate("rules.json", MAPPER.readValue(in, Rules.class));
        } catch (IOException e) {
            throw new DatasetException("rules.json", 0, "cannot read rules: " + e.getMessage(), e);
        }
    }

    /** Rules from a file of the same form. */
    public static Rules load(Path file) {
        try {
            return validate(file.toString(), MAPPER.readValue(Files.readAllBytes(file), Rules.class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new DatasetException(file.toString(), line, "bad rules file: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new DatasetException(file.toString(), 0, "cannot read rules: " + e.getMessage(), e);
        }
    }

    private static Rules validate(String file, Rules rules) {
        for (Statement s : rules.aid()) {
            checkStatement(file, "aid", s);
            checkSide(file, s.id(), s.donor());
            checkSide(file, s.id(), s.recipient());
        }
        if (rules.troops() != null) {
            for (Statement s : rules.troops().statements()) {
                checkStatement(file, "troops", s);
                checkSide(file, s.id(), s.side());
            }
        }
        if (rules.demographics() != null) {
            for (Statement s : rules.demographics().statements()) {
                checkStatement(file, "demographics", s);
            }
        }
        try {
            StatementMatcher.compileAll(rules);
        } catch (IllegalArgumentException e) {
            throw new DatasetException(file, 0, e.getMessage(), e);
        }
        return rules;
    }

    private static void checkStatement(String file, String table, Statement s) {
        if (s.id() == null || (s.pattern() == null) == (s.sentence() == null)) {
            throw new DatasetException(file, 0, table + " rule '" + s.id()
                    + "' needs an id and exactly one of 'pattern' or 'sentence'");
        }
    }

    private static void checkSide(String file, String id, String side) {
        if (!SIDE_CODES.contains(side)) {
            throw new DatasetException(file, 0, "rule '" + id + "': side '" + side + "' is not one of "
                    + SIDE_CODES.stream().sorted().toList());
        }
    }
}
