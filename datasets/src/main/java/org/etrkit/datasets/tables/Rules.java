package org.etrkit.datasets.tables;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.etrkit.datasets.error.DatasetException;
import org.etrkit.datasets.internal.Json;

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
public record Rules(List<RosterRule> roster, DemographicsRules demographics, List<Statement> aid,
                    TroopRules troops) {

    /** The side codes of the aid and troops tables. */
    public static final Set<String> SIDE_CODES = Set.of("ETR", "USSR", "ROC", "PRC", "Japan", "Other");

    public Rules {
        roster = roster == null ? List.of() : List.copyOf(roster);
        aid = aid == null ? List.of() : List.copyOf(aid);
    }

    /** A pipe table to read as a roster: its caption pattern and its columns' header patterns. */
    public record RosterRule(String caption, String name, String ethnicity, String position) {
    }

    /** Population statements and the label of the computed remainder group. */
    public record DemographicsRules(String remainderGroup, List<Statement> statements) {
        public DemographicsRules {
            statements = statements == null ? List.of() : List.copyOf(statements);
        }
    }

    /** Troop statements and the units that count people under arms. */
    public record TroopRules(List<String> personnelUnits, List<Statement> statements) {
        public TroopRules {
            personnelUnits = personnelUnits == null ? List.of() : List.copyOf(personnelUnits);
            statements = statements == null ? List.of() : List.copyOf(statements);
        }
    }

    /** One statement rule; which fields apply depends on the table. */
    public record Statement(String id, String section, String pattern, String sentence, List<String> units,
                            String region, String group, String donor, String recipient, String periodStart,
                            String periodEnd, String side, String context) {
        public Statement {
            units = units == null ? List.of() : List.copyOf(units);
        }
    }

    /** The rules shipped with the builder. */
    public static Rules defaults() {
        try (InputStream in = Rules.class.getResourceAsStream("rules.json")) {
            if (in == null) {
                throw new DatasetException("rules.json", 0, "missing from the classpath");
            }
            return validate("rules.json", parse("rules.json", Json.read(in, "rules.json")));
        } catch (IOException e) {
            throw new DatasetException("rules.json", 0, "cannot read rules: " + e.getMessage(), e);
        }
    }

    /** Rules from a file of the same form. */
    public static Rules load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return validate(file.toString(), parse(file.toString(), Json.read(in, file.toString())));
        } catch (IOException e) {
            throw new DatasetException(file.toString(), 0, "cannot read rules: " + e.getMessage(), e);
        }
    }

    // ---- from plain JSON values

    private static Rules parse(String file, Object json) {
        Map<String, Object> root = fields(file, "rules", json, "roster", "demographics", "aid", "troops");
        List<RosterRule> roster = Json.array(root.get("roster"), file, "roster").stream().map(o -> {
            Map<String, Object> r = fields(file, "roster rule", o, "caption", "name", "ethnicity", "position");
            return new RosterRule(str(file, r, "caption"), str(file, r, "name"), str(file, r, "ethnicity"),
                    str(file, r, "position"));
        }).toList();
        DemographicsRules demographics = null;
        if (root.get("demographics") != null) {
            Map<String, Object> d = fields(file, "demographics", root.get("demographics"), "remainder_group",
                    "statements");
            demographics = new DemographicsRules(str(file, d, "remainder_group"), statements(file, d.get("statements")));
        }
        TroopRules troops = null;
        if (root.get("troops") != null) {
            Map<String, Object> t = fields(file, "troops", root.get("troops"), "personnel_units", "statements");
            troops = new TroopRules(strings(file, t.get("personnel_units")), statements(file, t.get("statements")));
        }
        return new Rules(roster, demographics, statements(file, root.get("aid")), troops);
    }

    private static List<Statement> statements(String file, Object json) {
        return Json.array(json, file, "statements").stream().map(o -> {
            Map<String, Object> s = fields(file, "statement", o, "id", "section", "pattern", "sentence", "units",
                    "region", "group", "donor", "recipient", "period_start", "period_end", "side", "context");
            return new Statement(str(file, s, "id"), str(file, s, "section"), str(file, s, "pattern"),
                    str(file, s, "sentence"), strings(file, s.get("units")), str(file, s, "region"),
                    str(file, s, "group"), str(file, s, "donor"), str(file, s, "recipient"),
                    str(file, s, "period_start"), str(file, s, "period_end"), str(file, s, "side"),
                    str(file, s, "context"));
        }).toList();
    }

    /** An object whose keys are all among {@code allowed}, so that a misspelt key is an error, not ignored. */
    private static Map<String, Object> fields(String file, String what, Object json, String... allowed) {
        Map<String, Object> m = Json.object(json, file, what);
        List<String> ok = List.of(allowed);
        for (String key : m.keySet()) {
            if (!ok.contains(key)) {
                throw new DatasetException(file, 0, what + ": unknown key '" + key + "'; known keys: " + ok);
            }
        }
        return m;
    }

    private static String str(String file, Map<String, Object> m, String key) {
        return Json.string(m.get(key), file, key);
    }

    private static List<String> strings(String file, Object json) {
        return Json.array(json, file, "list").stream().map(o -> Json.string(o, file, "list item")).toList();
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
