package org.etrkit.datasets.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import org.etrkit.datasets.DatasetException;
import org.etrkit.datasets.Datasets;
import org.etrkit.datasets.internal.Json;
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
    @SuppressWarnings("unchecked")
    public static void write(Datasets datasets, Path outDir) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("profile", "tabular-data-package");
        root.put("name", "etr-datasets");
        root.put("title", "Second East Turkestan Republic and Sino-Soviet relations: source-cited tables");
        root.put("description", "Tables extracted from encyclopedia articles on the Second East Turkestan Republic,"
                + " the Sino-Soviet Non-Aggression Pact and Sino-Soviet relations. Every row names its source"
                + " article (file) and line.");
        root.put("licenses", List.of(map("name", LICENSE, "path", "https://creativecommons.org/licenses/by-sa/4.0/",
                "title", "Creative Commons Attribution-ShareAlike 4.0 (the license of the source articles)")));
        List<Object> sources = new ArrayList<>();
        for (Datasets.Source s : datasets.sources()) {
            sources.add(map("title", s.title(), "path", "seeds/" + s.path()));
        }
        root.put("sources", sources);
        List<Object> resources = new ArrayList<>();
        List<byte[]> csvs = datasets.names().parallelStream().map(n -> csv(datasets.table(n))).toList();
        for (int i = 0; i < csvs.size(); i++) {
            String name = datasets.names().get(i);
            TableSpec spec = datasets.spec(name);
            byte[] bytes = csvs.get(i);
            String path = name + ".csv";
            files.put(path, bytes);
            List<Object> fields = new ArrayList<>();
            for (Field f : spec.fields()) {
                fields.add(map("name", f.name(), "type", f.type().frictionless(), "description", f.description()));
            }
            Map<String, Object> r = map("name", resourceName(name), "path", path, "profile", "tabular-data-resource",
                    "title", spec.title(), "description", spec.description(), "format", "csv",
                    "mediatype", "text/csv", "encoding", "utf-8");
            r.put("bytes", bytes.length);
            r.put("hash", "sha256:" + sha256(bytes));
            r.put("dialect", map("delimiter", ",", "lineTerminator", "\r\n"));
            ((Map<String, Object>) r.get("dialect")).put("header", true);
            r.put("schema", map("fields", fields, "missingValues", List.of("")));
            resources.add(r);
        }
        root.put("resources", resources);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try {
            Json.write(root, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.put("datapackage.json", json.toByteArray());
        AtomicDirectory.replace(outDir, files);
    }

    /** An ordered map of alternating keys and values. */
    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
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

    private static Map<String, Object> readJson(String where, Opener opener) {
        try (InputStream in = opener.open()) {
            return Json.object(Json.read(in, where), where, "datapackage.json");
        } catch (IOException e) {
            throw new DatasetException(where, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    private static Datasets read(String where, java.util.function.Function<String, InputStream> open,
                                 Map<String, Object> root) {
        Map<String, Table> tables = new LinkedHashMap<>();
        Map<String, TableSpec> specs = new LinkedHashMap<>();
        for (Object o : Json.array(root.get("resources"), where, "resources")) {
            Map<String, Object> r = Json.object(o, where, "resource");
            String path = String.valueOf(r.get("path"));
            if (!path.endsWith(".csv")) {
                throw new DatasetException(where, 0, "resource '" + r.get("name") + "' is not a CSV file");
            }
            String name = path.substring(0, path.length() - 4);
            TableSpec spec = Specs.CURATED.stream().filter(s -> s.name().equals(name)).findFirst()
                    .orElseGet(() -> specFromSchema(where, name, r));
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
        for (Object o : Json.array(root.get("sources"), where, "sources")) {
            Map<String, Object> s = Json.object(o, where, "source");
            String p = String.valueOf(s.get("path"));
            sources.add(new Datasets.Source(p.substring(p.lastIndexOf('/') + 1), String.valueOf(s.get("title"))));
        }
        return new Datasets(tables, specs, sources);
    }

    private static TableSpec specFromSchema(String where, String name, Map<String, Object> resource) {
        List<Field> fields = new ArrayList<>();
        Map<String, Object> schema = Json.object(resource.get("schema"), where, "schema of " + name);
        for (Object o : Json.array(schema.get("fields"), where, "fields of " + name)) {
            Map<String, Object> f = Json.object(o, where, "field");
            Field.Type type = switch (String.valueOf(f.getOrDefault("type", "string"))) {
                case "integer" -> Field.Type.LONG;
                case "number" -> Field.Type.NUMBER;
                case "boolean" -> Field.Type.BOOLEAN;
                default -> Field.Type.STRING;
            };
            fields.add(new Field(String.valueOf(f.get("name")), type, String.valueOf(f.getOrDefault("description", ""))));
        }
        return new TableSpec(name, String.valueOf(resource.getOrDefault("title", name)),
                String.valueOf(resource.getOrDefault("description", "")), fields);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
