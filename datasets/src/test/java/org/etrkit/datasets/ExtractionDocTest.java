package org.etrkit.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.etrkit.datasets.tables.Rules;
import org.etrkit.datasets.tables.Specs;
import org.etrkit.datasets.tables.TableSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docs/extraction.md} names only what exists: every name in backticks of the shape of a Java class
 * ({@code AidTable}, {@code TransferWords}, optionally with a method or field, {@code ItemChecks.reparations},
 * {@code Lexicon.LISTS}) is a class of the datasets module (main or test) that declares it, every lower-case identifier in backticks ({@code combat_nouns},
 * {@code dated_names}, {@code year_basis}) is a key of the shipped {@code rules.json}, a key an override may have, or
 * a column of a curated table, and every file named in backticks or linked resolves. Other spans in backticks are
 * quoted text (infobox keys, header words, values such as {@code Other}) and are not names of the code.
 */
class ExtractionDocTest {

    /** A class name: two or more capitalised humps, and optionally "." and a method or field name. */
    private static final Pattern CLASS = Pattern.compile("([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+)(?:\\.([a-zA-Z][A-Za-z0-9_]*))?");
    /** A rule-file key or column name: lower-case words joined by "_". */
    private static final Pattern KEY = Pattern.compile("[a-z]+(?:_[a-z]+)*");
    /** A file name or path. */
    private static final Pattern FILE = Pattern.compile("[\\w./-]+\\.(?:json|java|md|csv)");
    private static final Pattern SPAN = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s#]+)(?:#[^)]*)?\\)");

    /** The keys an override of the rule file may have, each with a value that loads (see {@link #overrideKeys}). */
    private static final List<String[]> OVERRIDE_FIELDS = List.of(new String[] {"id", "\"doc-check\""},
            new String[] {"table", "\"troops\""}, new String[] {"why", "\"a test\""},
            new String[] {"pattern", "\"held {figure} men\""}, new String[] {"side", "\"Other\""},
            new String[] {"force", "\"Kumul\""}, new String[] {"measure", "\"killed\""});

    private static Path root() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("docs")) ? here : here.getParent();
    }

    private static String doc() throws IOException {
        return Files.readString(root().resolve("docs/extraction.md"), StandardCharsets.UTF_8);
    }

    private static List<String> spans(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = SPAN.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String shippedRules() throws IOException {
        try (InputStream in = Rules.class.getResourceAsStream("rules.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Every object key of the shipped rule file, at any depth: lexicon lists, measures, top-level keys, fields. */
    private static Set<String> ruleKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        collect(new ObjectMapper().readTree(shippedRules()), keys);
        return keys;
    }

    private static void collect(JsonNode n, Set<String> keys) {
        if (n.isObject()) {
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                keys.add(k);
                collect(n.get(k), keys);
            }
        } else if (n.isArray()) {
            n.forEach(v -> collect(v, keys));
        }
    }

    /** The shipped rules with one override of {@code fields}, written to a file. */
    private static Path withOverride(Path dir, List<String[]> fields) throws IOException {
        StringBuilder o = new StringBuilder("\"overrides\": [{");
        for (int i = 0; i < fields.size(); i++) {
            o.append(i == 0 ? "" : ", ").append('"').append(fields.get(i)[0]).append("\": ").append(fields.get(i)[1]);
        }
        String text = shippedRules();
        assertTrue(text.contains("\"overrides\": []"), "the shipped rules have no override");
        Path f = dir.resolve("rules.json");
        Files.writeString(f, text.replace("\"overrides\": []", o.append("}]")));
        return f;
    }

    /** The keys an override may have: a rule file with all of them loads, and one with an unknown key does not. */
    private static Set<String> overrideKeys(Path dir) throws IOException {
        Rules r = Rules.load(withOverride(dir, OVERRIDE_FIELDS));
        assertEquals(1, r.overrides().size());
        List<String[]> bad = new ArrayList<>(OVERRIDE_FIELDS);
        bad.add(new String[] {"no_such_key", "\"x\""});
        assertThrows(RuntimeException.class, () -> Rules.load(withOverride(dir, bad)));
        Set<String> keys = new TreeSet<>();
        OVERRIDE_FIELDS.forEach(f -> keys.add(f[0]));
        return keys;
    }

    /** The top-level class {@code name} of the datasets module, main or test, or null. */
    private static Class<?> classNamed(String name) throws IOException {
        Path module = root().resolve("datasets/src");
        for (String tree : List.of("main/java", "test/java")) {
            Path base = module.resolve(tree);
            try (Stream<Path> files = Files.walk(base)) {
                for (Path f : files.filter(p -> p.getFileName().toString().equals(name + ".java")).toList()) {
                    String cls = base.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".")
                            .replaceAll("\\.java$", "");
                    try {
                        return Class.forName(cls);
                    } catch (ClassNotFoundException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    /** Whether {@code c} declares a method or a field {@code member}. */
    private static boolean hasMember(Class<?> c, String member) {
        for (Method m : c.getDeclaredMethods()) {
            if (m.getName().equals(member)) {
                return true;
            }
        }
        for (Field f : c.getDeclaredFields()) {
            if (f.getName().equals(member)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyClassAndMethodNamedExists() throws IOException {
        List<String> missing = new ArrayList<>();
        int named = 0;
        for (String s : spans(doc())) {
            Matcher m = CLASS.matcher(s);
            if (!m.matches()) {
                continue;
            }
            named++;
            Class<?> c = classNamed(m.group(1));
            if (c == null || m.group(2) != null && !hasMember(c, m.group(2))) {
                missing.add(s);
            }
        }
        assertTrue(named > 10, "the doc names the classes of its stages");
        assertEquals(List.of(), missing, "classes or methods docs/extraction.md names that do not exist");
    }

    @Test
    void everyRuleKeyNamedExists(@TempDir Path dir) throws IOException {
        Set<String> known = ruleKeys();
        known.addAll(overrideKeys(dir));
        for (TableSpec spec : Specs.CURATED) {
            spec.fields().forEach(f -> known.add(f.name()));
        }
        List<String> missing = new ArrayList<>();
        for (String s : spans(doc())) {
            if (KEY.matcher(s).matches() && !known.contains(s)) {
                missing.add(s);
            }
        }
        assertEquals(List.of(), missing, "rule keys or columns docs/extraction.md names that do not exist");
    }

    @Test
    void everyFileNamedOrLinkedExists() throws IOException {
        String doc = doc();
        Path docs = root().resolve("docs");
        List<String> missing = new ArrayList<>();
        for (String s : spans(doc)) {
            if (FILE.matcher(s).matches() && !Files.exists(root().resolve(s))
                    && Rules.class.getResource(s) == null) {
                missing.add(s);
            }
        }
        Matcher m = LINK.matcher(doc);
        while (m.find()) {
            if (!m.group(1).contains("://") && !Files.exists(docs.resolve(m.group(1)).normalize())) {
                missing.add(m.group(1));
            }
        }
        assertEquals(List.of(), missing, "files docs/extraction.md names or links that do not exist");
    }
}
