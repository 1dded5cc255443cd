package org.etrkit.datasets.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.etrkit.datasets.DatasetException;
import org.etrkit.datasets.Datasets;
import org.etrkit.datasets.tables.Field;
import org.etrkit.datasets.tables.Specs;
import org.etrkit.datasets.tables.TableSpec;

import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;
import tech.tablesaw.io.csv.CsvWriteOptions;

/**
 * Reads and writes a Frictionless Data Package: one RFC 4180 CSV per table (UTF-8, CRLF, one header
 * row, empty field for missing, numbers without separators) and a {@code datapackage.json} naming
 * every resource with its Table Schema, size and SHA-256 hash, and the source articles.
 *
 * <p>Writing is all or nothing: the package is written to a temporary directory next to the target,
 * then moved into place.
 */
public final class DataPackage {

    /** Where the package built from {@code seeds/} sits on the classpath. */
    public static final String RESOURCE_ROOT = "/org/etrkit/datasets/data/";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LICENSE = "CC-BY-SA-4.0";

    private DataPackage() {
    }

    /** The CSV bytes of a table, as written to the package. */
    public static byte[] csv(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table.write().usingOptions(CsvWriteOptions.builder(out)
                .usePrintFormatters(true)
                .lineEnd("\r\n")
                .ignoreLeadingWhitespaces(false)
                .ignoreTrailingWhitespaces(false)
                .build());
        return out.toByteArray();
    }

    /** Writes {@code datasets} as a data package to {@code outDir}, replacing any package there. */
    public static void write(Datasets datasets, Path outDir) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        ObjectNode root = JSON.createObjectNode();
        root.put("profile", "tabular-data-package");
        root.put("name", "etr-datasets");
        root.put("title", "Second East Turkestan Republic and Sino-Soviet relations: source-cited tables");
        root.put("description", "Tables extracted from encyclopedia articles on the Second East Turkestan Republic"
                + " (1944-1949), the Sino-Soviet Non-Aggression Pact and Sino-Soviet relations. Every row names"
                + " its source article (file) and line.");
        ArrayNode licenses = root.putArray("licenses");
        ObjectNode license = licenses.addObject();
        license.put("name", LICENSE);
        license.put("path", "https://creativecommons.org/licenses/by-sa/4.0/");
        license.put("title", "Creative Commons Attribution-ShareAlike 4.0 (the license of the source articles)");
        ArrayNode sources = root.putArray("sources");
        for (Datasets.Source s : datasets.sources()) {
            ObjectNode src = sources.addObject();
            src.put("title", s.title());
            src.put("path", "seeds/" + s.path());
        }
        ArrayNode resources = root.putArray("resources");
        for (String name : datasets.names()) {
            TableSpec spec = datasets.spec(name);
            byte[] bytes = csv(datasets.table(name));
            String path = name + ".csv";
            files.put(path, bytes);
            ObjectNode r = resources.addObject();
            r.put("name", resourceName(name));
            r.put("path", path);
            r.put("profile", "tabular-data-resource");
            r.put("title", spec.title());
            r.put("description", spec.description());
            r.put("format", "csv");
            r.put("mediatype", "text/csv");
            r.put("encoding", "utf-8");
            r.put("bytes", bytes.length);
            r.put("hash", "sha256:" + sha256(bytes));
            ObjectNode dialect = r.putObject("dialect");
            dialect.put("delimiter", ",");
            dialect.put("lineTerminator", "\r\n");
            dialect.put("header", true);
            ObjectNode schema = r.putObject("schema");
            ArrayNode fields = schema.putArray("fields");
            for (Field f : spec.fields()) {
                ObjectNode fn = fields.addObject();
                fn.put("name", f.name());
                fn.put("type", f.type().frictionless());
                fn.put("description", f.description());
            }
            schema.putArray("missingValues").add("");
        }
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            byte[] json = (JSON.writer(pretty).writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
            files.put("datapackage.json", json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        AtomicDirectory.replace(outDir, files);
    }

    /** Frictionless resource names are lower case {@code [a-z0-9._-]}: {@code tables/x-1} becomes {@code x-1}. */
    static String resourceName(String tableName) {
        return tableName.startsWith("tables/") ? tableName.substring("tables/".length()) : tableName;
    }

    /** Reads a package from a directory. */
    public static Datasets read(Path dir) {
        Path descriptor = dir.resolve("datapackage.json");
        if (!Files.isRegularFile(descriptor)) {
            throw new DatasetException(dir.toString(), 0, "not a data package: no datapackage.json");
        }
        return read(descriptor.toString(), path -> {
            try {
                return Files.newInputStream(dir.resolve(path));
            } catch (IOException e) {
                throw new DatasetException(dir.resolve(path).toString(), 0, "cannot read: " + e.getMessage(), e);
            }
        }, readJson(descriptor.toString(), () -> Files.newInputStream(descriptor)));
    }

    /** Reads a package from the classpath under {@code root} (ending in '/'). */
    public static Datasets readResource(String root) {
        String descriptor = root + "datapackage.json";
        return read(descriptor, path -> {
            InputStream in = DataPackage.class.getResourceAsStream(root + path);
            if (in == null) {
                throw new DatasetException(root + path, 0, "missing from the classpath");
            }
            return in;
        }, readJson(descriptor, () -> {
            InputStream in = DataPackage.class.getResourceAsStream(descriptor);
            if (in == null) {
                throw new DatasetException(descriptor, 0,
                        "the packaged data is missing from the classpath; rebuild with 'mvn package'");
            }
            return in;
        }));
    }

    private interface Opener {
        InputStream open() throws IOException;
    }

    private static JsonNode readJson(String where, Opener opener) {
        try (InputStream in = opener.open()) {
            return JSON.readTree(in);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new DatasetException(where, line, "bad datapackage.json: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new DatasetException(where, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    private static Datasets read(String where, java.util.function.Function<String, InputStream> open, JsonNode root) {
        Map<String, Table> tables = new LinkedHashMap<>();
        Map<String, TableSpec> specs = new LinkedHashMap<>();
        for (JsonNode r : root.path("resources")) {
            String path = r.path("path").asText();
            if (!path.endsWith(".csv")) {
                throw new DatasetException(where, 0, "resource '" + r.path("name").asText() + "' is not a CSV file");
            }
            String name = path.substring(0, path.length() - 4);
            TableSpec spec = Specs.CURATED.stream().filter(s -> s.name().equals(name)).findFirst()
                    .orElseGet(() -> specFromSchema(name, r));
            Table t;
            try (InputStream in = open.apply(path)) {
                t = Table.read().usingOptions(CsvReadOptions.builder(in)
                        .tableName(name)
                        .columnTypes(spec.columnTypes())
                        .maxCharsPerColumn(1 << 20)
                        .missingValueIndicator("")
                        .build());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                if (e instanceof DatasetException de) {
                    throw de;
                }
                throw new DatasetException(path, 0, "cannot read table: " + e.getMessage(), e);
            }
            List<String> expected = spec.fields().stream().map(Field::name).toList();
            if (!t.columnNames().equals(expected)) {
                throw new DatasetException(path, 1, "header " + t.columnNames() + " does not match the schema "
                        + expected);
            }
            for (int i = 0; i < spec.fields().size(); i++) {
                if (spec.fields().get(i).type() == Field.Type.NUMBER) {
                    ((tech.tablesaw.api.DoubleColumn) t.column(i)).setPrintFormatter(Field.plainDecimals());
                }
            }
            tables.put(name, t);
            specs.put(name, spec);
        }
        List<Datasets.Source> sources = new ArrayList<>();
        for (JsonNode s : root.path("sources")) {
            String p = s.path("path").asText();
            sources.add(new Datasets.Source(p.substring(p.lastIndexOf('/') + 1), s.path("title").asText()));
        }
        return new Datasets(tables, specs, sources);
    }

    private static TableSpec specFromSchema(String name, JsonNode resource) {
        List<Field> fields = new ArrayList<>();
        for (JsonNode f : resource.path("schema").path("fields")) {
            Field.Type type = switch (f.path("type").asText("string")) {
                case "integer" -> Field.Type.LONG;
                case "number" -> Field.Type.NUMBER;
                case "boolean" -> Field.Type.BOOLEAN;
                default -> Field.Type.STRING;
            };
            fields.add(new Field(f.path("name").asText(), type, f.path("description").asText("")));
        }
        return new TableSpec(name, resource.path("title").asText(name), resource.path("description").asText(""),
                fields);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
