package org.etrkit.datasets.pack;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import org.etrkit.datasets.error.DatasetException;
import org.etrkit.datasets.internal.Json;
import org.etrkit.datasets.tables.Field;
import org.etrkit.datasets.tables.TableSpec;

import com.univocity.parsers.common.TextParsingException;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.AddCellToColumnException;

/**
 * A Frictionless tabular data package: tables with their specs, in publication order, and the source
 * articles. On disk it is one CSV per table ({@link CsvDialect}) and a {@code datapackage.json} naming
 * every resource with its Table Schema, size and SHA-256 hash, and the sources.
 *
 * <pre>{@code
 * new DataPackage(resources, sources).write(Path.of("out"));   // replaces out whole
 * DataPackage p = DataPackage.read(Path.of("out"));
 * }</pre>
 *
 * <p>The schema says everything needed to read a table back: field names, types and descriptions. An
 * {@code integer} field with the 32-bit bounds as its {@code constraints} is read as a Tablesaw
 * {@code IntColumn}, any other {@code integer} as a {@code LongColumn}.
 */
public record DataPackage(List<Resource> resources, List<Source> sources) {

    /** Where the package built from {@code seeds/} sits on the classpath. */
    public static final String RESOURCE_ROOT = "/org/etrkit/datasets/data/";

    private static final String LICENSE = "CC-BY-SA-4.0";

    /** A table and its spec; the table's columns have the spec's names and types, in order. */
    public record Resource(TableSpec spec, Table table) {

        /**
         * Checks that the table has the spec's columns, in order and of its types (else an
         * {@link IllegalArgumentException} naming the column); a null spec or table is a {@link NullPointerException}.
         */
        public Resource {
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(table, "table");
            List<Field> fields = spec.fields();
            if (table.columnCount() != fields.size()) {
                throw new IllegalArgumentException("table " + spec.name() + " has " + table.columnCount()
                        + " columns, its spec " + fields.size());
            }
            for (int i = 0; i < fields.size(); i++) {
                Field f = fields.get(i);
                if (!table.column(i).name().equals(f.name()) || !table.column(i).type().equals(f.type().columnType())) {
                    throw new IllegalArgumentException("table " + spec.name() + ": column " + (i + 1) + " is "
                            + table.column(i).name() + " " + table.column(i).type() + ", its spec says " + f.name()
                            + " " + f.type().columnType());
                }
            }
        }

        /** The table's name, {@code spec().name()}. */
        public String name() {
            return spec.name();
        }

        /**
         * This table as a package of it reads it back ({@link DataPackage#read}): an article's own table whose
         * text columns hold plain numbers as the article writes them ({@code 1,250}, {@code 12.5}) gets those
         * columns typed {@code INTEGER}, {@code LONG} or {@code NUMBER} in its spec and read as int, long or
         * double columns, as {@code datapackage.json} types them; any other resource is returned as it is.
         * Writing the typed resource would not give the article's text back: write this one.
         */
        public Resource asRead() {
            if (!PlainNumbers.mayHold(spec)) {
                return this;
            }
            byte[] csv = CsvDialect.bytes(table);
            Map<Integer, Field.Type> types = PlainNumbers.columns(spec, csv);
            if (types.isEmpty()) {
                return this;
            }
            TableSpec typed = PlainNumbers.typed(spec, types);
            return new Resource(typed, readTable(spec.name(), new ByteArrayInputStream(csv), typed, null));
        }
    }

    /** A source article: its file name and title. */
    public record Source(String path, String title) {

        /** A null path or title is a {@link NullPointerException}. */
        public Source {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(title, "title");
        }
    }

    /**
     * Keeps unmodifiable copies of both lists; two tables of one name are an {@link IllegalArgumentException}, a null
     * list (or element) a {@link NullPointerException}.
     */
    public DataPackage {
        resources = List.copyOf(resources);
        sources = List.copyOf(sources);
        Set<String> names = new HashSet<>();
        for (Resource r : resources) {
            if (!names.add(r.name())) {
                throw new IllegalArgumentException("two tables are named " + r.name());
            }
        }
    }

    /**
     * Writes the package to {@code outDir}, replacing it whole: a new folder, an empty one, or a previous
     * output of this method (which holds the marker file {@code .etr-datasets-output}); anything else is
     * refused with a {@link DatasetException} naming the folder.
     */
    public void write(Path outDir) {
        List<byte[]> csvs = resources.parallelStream().map(r -> CsvDialect.bytes(r.table())).toList();
        try (PackageWriter w = PackageWriter.create(outDir)) {
            for (int i = 0; i < resources.size(); i++) {
                w.writeTable(resources.get(i).spec(), csvs.get(i));
            }
            sources.forEach(w::addSource);
            w.commit();
        }
    }

    /** What {@code datapackage.json} says before its sources and resources: the package and its licence. */
    static Map<String, Object> header() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("profile", "tabular-data-package");
        root.put("name", "etr-datasets");
        root.put("title", "Second East Turkestan Republic and Sino-Soviet relations: source-cited tables");
        root.put("description", "Tables extracted from encyclopedia articles on the Second East Turkestan Republic,"
                + " the Sino-Soviet Non-Aggression Pact and Sino-Soviet relations. Every row names its source"
                + " article (file) and line.");
        root.put("licenses", List.of(map("name", LICENSE, "path", "https://creativecommons.org/licenses/by-sa/4.0/",
                "title", "Creative Commons Attribution-ShareAlike 4.0 (the license of the source articles)")));
        return root;
    }

    /** What {@code datapackage.json} says of a source article. */
    static Map<String, Object> describe(Source s) {
        return map("title", s.title(), "path", "seeds/" + s.path());
    }

    /** What {@code datapackage.json} says of one table: its file, Table Schema, size and SHA-256 hash. */
    static Map<String, Object> describe(TableSpec spec, String path, long bytes, String sha256Hex) {
        return describe(spec, path, bytes, sha256Hex, Map.of());
    }

    /**
     * {@link #describe(TableSpec, String, long, String)}, where the text fields at the indexes of
     * {@code plainNumbers} hold plain numbers as their article writes them ({@link PlainNumbers}): each is
     * typed as the map says, with {@code groupChar ","}, and its CSV keeps the article's text.
     */
    static Map<String, Object> describe(TableSpec spec, String path, long bytes, String sha256Hex,
                                        Map<Integer, Field.Type> plainNumbers) {
        List<Object> fields = new ArrayList<>();
        for (int i = 0; i < spec.fields().size(); i++) {
            Field f = spec.fields().get(i);
            Field.Type type = plainNumbers.getOrDefault(i, f.type());
            Map<String, Object> field = map("name", f.name(), "type", type.frictionless(),
                    "description", f.description());
            if (plainNumbers.containsKey(i)) {
                field.put("groupChar", PlainNumbers.GROUP_CHAR);
            }
            if (type == Field.Type.INTEGER) {
                field.put("constraints", map("minimum", Integer.MIN_VALUE, "maximum", Integer.MAX_VALUE));
            }
            fields.add(field);
        }
        Map<String, Object> r = map("name", resourceName(spec.name()), "path", path, "profile", "tabular-data-resource",
                "title", spec.title(), "description", spec.description(), "format", "csv",
                "mediatype", "text/csv", "encoding", "utf-8");
        r.put("bytes", bytes);
        r.put("hash", "sha256:" + sha256Hex);
        r.put("dialect", map("delimiter", ",", "lineTerminator", CsvDialect.LINE_END, "header", true));
        r.put("schema", map("fields", fields, "missingValues", List.of("")));
        return r;
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

    /**
     * Reads a package from a directory written by {@link #write}. Every file must match the size and
     * SHA-256 hash the descriptor gives it.
     *
     * <p>A read that races a build replacing the directory gets one whole package, the old or the new:
     * it holds the folder's read lock while it reads, so the build's swap waits for it, and it waits
     * at most for a swap's renames, never for a whole build. When the directory is missing (a build
     * was killed between the swap's two renames) the complete package beside it is read. A folder
     * without the builder's lock file beside it (a copy, or one no build wrote there) is read without
     * locking; if the first build of it begins meanwhile, it is read once more, under the lock.
     *
     * <p>A folder without a package, a file missing or of another size or hash than its descriptor says, or a file that
     * does not parse is a {@link DatasetException} naming the file.
     */
    public static DataPackage read(Path dir) {
        return AtomicDirectory.read(dir, DataPackage::readDirectory);
    }

    private static DataPackage readDirectory(Path dir) {
        Path descriptor = dir.resolve("datapackage.json");
        byte[] bytes = PackageFiles.descriptor(dir);
        return read(descriptor.toString(), (path, r) -> PackageFiles.open(dir, path, "resource '" + r.get("name") + "'",
                r.get("bytes") instanceof Long l ? l : -1), readJson(descriptor.toString(), () -> new ByteArrayInputStream(bytes)));
    }

    /**
     * Reads a package from the classpath under {@code root} (ending in '/'), such as {@link #RESOURCE_ROOT}; a file
     * missing from the classpath, or one that does not match its descriptor, is a {@link DatasetException} naming it.
     */
    public static DataPackage readResource(String root) {
        String descriptor = root + "datapackage.json";
        return read(descriptor, (path, r) -> {
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
        } catch (OutOfMemoryError e) {
            throw outOfMemory(where, e);
        }
    }

    /** The error for a descriptor that did not fit in the heap after all. */
    static DatasetException outOfMemory(String where, OutOfMemoryError e) {
        return new DatasetException(where, 0, "not enough Java heap to read it (" + (Runtime.getRuntime().maxMemory() >> 20)
                + " MiB): run Java with more memory (-Xmx), or check that this is the descriptor a build wrote", e);
    }

    private static DataPackage read(String where, java.util.function.BiFunction<String, Map<String, Object>, InputStream> open,
                                    Map<String, Object> root) {
        List<Resource> resources = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        Map<Object, String> names = new HashMap<>();
        for (Object o : Json.array(root.get("resources"), where, "resources")) {
            Map<String, Object> r = Json.object(o, where, "resource");
            TableSpec spec = specOf(where, r);
            String path = spec.name() + ".csv";
            if (!paths.add(path)) {
                // edited by hand: a second resource would shadow the first table
                throw new DatasetException(where, 0, "resource '" + r.get("name") + "': path '" + path
                        + "' is listed twice; each table is one resource");
            }
            uniqueName(where, names, r, path);
            resources.add(new Resource(spec, readTable(path, open.apply(path, r), () -> open.apply(path, r), spec, r.get("hash"))));
        }
        return new DataPackage(resources, sourcesOf(where, root));
    }

    /**
     * Checks that resource {@code r} (of file {@code path}) has a name none of {@code names} (name to path, of the
     * resources before it) has, and adds it: a Frictionless package's resource names are unique, and a tool
     * reading it by name would find one of two (a descriptor edited by hand).
     */
    static void uniqueName(String where, Map<Object, String> names, Map<String, Object> r, String path) {
        Object name = r.get("name");
        String first = name == null ? null : names.putIfAbsent(name, path);
        if (first != null) {
            throw new DatasetException(where, 0, "resources '" + first + "' and '" + path + "' are both named '" + name
                    + "'; a package's resource names are unique: name each after its file, as the build does");
        }
    }

    /** The spec of a resource of {@code datapackage.json}: its name (from its path) and its Table Schema. */
    static TableSpec specOf(String where, Map<String, Object> r) {
        Object given = r.get("path");
        if (given instanceof List<?> paths) {
            // Frictionless allows a list of files read as one table; the kit reads a table from one file
            throw new DatasetException(where, 0, "resource '" + r.get("name") + "': path is a list of " + paths.size()
                    + " files " + paths + "; a table of the kit is one CSV file: join the files into one and give its name");
        }
        if (!(given instanceof String path)) {
            throw new DatasetException(where, 0, "resource '" + r.get("name") + "': " + (given == null
                    ? (r.containsKey("data") ? "its rows are given inline ('data'), " : "") + "no path to its CSV file"
                    : "path " + given + " is no file name") + "; each table of a package is a CSV file named by 'path'");
        }
        if (!path.endsWith(".csv")) {
            throw new DatasetException(where, 0, "resource '" + r.get("name") + "': path '" + path
                    + "' is not a CSV file (a name ending in .csv)");
        }
        String name = path.substring(0, path.length() - 4);
        if (!name.matches("[a-z0-9][a-z0-9._-]*|tables/[a-z0-9._-]+")) {
            // a path edited by hand: a name no table has (Roster.csv), or out of the folder (../x.csv)
            throw new DatasetException(where, 0, "resource '" + r.get("name") + "': path '" + path + "' is no table"
                    + " file of a package: one made of a-z, 0-9, '.', '_' and '-', in the folder or in tables/");
        }
        return specFromSchema(where, name, r);
    }

    /** The sources of {@code datapackage.json}: each article's file name and title. */
    static List<Source> sourcesOf(String where, Map<String, Object> root) {
        try {
            List<Source> sources = new ArrayList<>();
            for (Object o : Json.array(root.get("sources"), where, "sources")) {
                Map<String, Object> s = Json.object(o, where, "source");
                String p = String.valueOf(s.get("path"));
                sources.add(new Source(p.substring(p.lastIndexOf('/') + 1), String.valueOf(s.get("title"))));
            }
            return sources;
        } catch (OutOfMemoryError e) {
            throw outOfMemory(where, e);
        }
    }

    /**
     * Reads one table file ({@code path} in the package, for messages) from {@code raw}, which it
     * closes: its columns typed as {@code spec} says, its bytes checked against {@code hash}
     * ({@code sha256:...}, or null for none).
     */
    static Table readTable(String path, InputStream raw, TableSpec spec, Object hash) {
        return readTable(path, raw, null, spec, hash);
    }

    /**
     * {@link #readTable(String, InputStream, TableSpec, Object)}, with {@code reopen} giving the file again
     * to find the line of a value its column cannot hold (a package edited by hand); null names its row.
     */
    static Table readTable(String path, InputStream raw, Supplier<InputStream> reopen, TableSpec spec, Object hash) {
        Table t;
        Utf8Check utf8 = new Utf8Check(raw);
        try (raw; DigestInputStream in = new DigestInputStream(utf8, sha256())) {
            // Tablesaw closes the stream it reads; the rest is read here, for the hash
            t = CsvDialect.read(new FilterInputStream(in) {
                @Override
                public void close() {
                }
            }, spec.name(), spec.columnTypes());
            in.transferTo(OutputStream.nullOutputStream());
            check(path, hash, in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new DatasetException(path, 0, "cannot read table: " + e.getMessage(), e);
        } catch (DatasetException e) {
            throw e;
        } catch (TextParsingException e) {
            throw orNotUtf8(utf8, path, unreadable(path, reopen, spec, e));
        } catch (AddCellToColumnException e) {
            throw orNotUtf8(utf8, path, badCell(path, reopen, spec, e));
        } catch (RuntimeException e) {
            throw orNotUtf8(utf8, path, new DatasetException(path, 0, "cannot read table: " + firstLine(e.getMessage()), e));
        }
        DatasetException notUtf8 = utf8.error(path);
        if (notUtf8 != null) {
            throw notUtf8;
        }
        List<String> expected = spec.fields().stream().map(Field::name).toList();
        if (!t.columnNames().equals(expected)) {
            throw new DatasetException(path, 1, "header " + t.columnNames() + " does not match the schema "
                    + expected);
        }
        for (int i = 0; i < spec.fields().size(); i++) {
            if (spec.fields().get(i).type() == Field.Type.NUMBER) {
                ((DoubleColumn) t.column(i)).setPrintFormatter(Field.plainDecimals());
            }
        }
        return t;
    }

    /** The file's first byte that is not UTF-8, the cause of whatever else went wrong, when there is one; else {@code e}. */
    private static DatasetException orNotUtf8(Utf8Check utf8, String path, DatasetException e) {
        DatasetException notUtf8 = utf8.error(path);
        return notUtf8 == null ? e : notUtf8;
    }

    /**
     * The CSV parser's error as one line. It reads at most as many columns as the schema has fields, so
     * a header or row with more (a package edited by hand) stops it there; its own message carries its
     * whole configuration. A row is named by the line it starts on, found by reading the file again (a quoted cell may
     * span lines), else by its number.
     */
    private static DatasetException unreadable(String path, Supplier<InputStream> reopen, TableSpec spec, TextParsingException e) {
        if (e.getCause() instanceof ArrayIndexOutOfBoundsException) {
            String fields = spec.fields().size() + " fields of the schema " + spec.fields().stream().map(Field::name).toList();
            if (e.getRecordNumber() <= 0) {
                return new DatasetException(path, 1, "the header has more columns than the " + fields, e);
            }
            CsvRecords.Record r = recordOf(reopen, e.getRecordNumber());
            return r == null
                    ? new DatasetException(path, 0, "row " + e.getRecordNumber() + " (after the header) has more cells than the "
                            + fields, e)
                    : new DatasetException(path, r.line(), "the row has " + r.cells().size() + " cells, more than the " + fields, e);
        }
        return new DatasetException(path, 0, "cannot read table: " + firstLine(e.getMessage()), e);
    }

    /** A value its column's type cannot hold, by file and line (by row when the file cannot be read again). */
    private static DatasetException badCell(String path, Supplier<InputStream> reopen, TableSpec spec, AddCellToColumnException e) {
        int column = e.getColumnIndex();
        Field field = column >= 0 && column < spec.fields().size() ? spec.fields().get(column) : null;
        if (field == null || reopen == null) {
            return new DatasetException(path, 0, "row " + e.getRowNumber() + " (after the header): cannot read column '"
                    + e.getColumnName() + "': " + firstLine(e.getCause() == null ? e.getMessage() : e.getCause().getMessage()), e);
        }
        CsvRecords.Record r = recordOf(reopen, e.getRowNumber());
        DatasetException unclosed = unclosedQuote(path, spec, r, e);
        if (unclosed != null) {
            return unclosed;
        }
        String holds = switch (field.type()) {
            case INTEGER, LONG -> "integers";
            case NUMBER -> "numbers";
            case BOOLEAN -> "true or false";
            case DATE -> "dates (YYYY-MM-DD)";
            case STRING -> "text";
        };
        String value = r == null || column >= r.cells().size() ? "the value" : "'" + r.cells().get(column) + "'";
        return new DatasetException(path, r == null ? 0 : r.line(), (r == null ? "row " + e.getRowNumber() + " (after the header): " : "")
                + "column '" + field.name() + "' holds " + holds + "; " + value + " is not one (fix the cell, or leave it"
                + " empty for a missing value)", e);
    }

    /**
     * A stray quote at the start of a cell (a package edited by hand): the parser reads what follows, to the next
     * quote or the end of the file, as that one cell, and the row has fewer cells than the schema's fields, one of
     * which holds a line break (the cell ran on over the lines after it) or commas (it ran on to a quote on the same
     * line). Named by the quote's line and column, instead of quoting the swallowed rows as a value its column
     * cannot hold; null for a row of as many cells as the schema has fields (or more), or none of that kind.
     */
    private static DatasetException unclosedQuote(String path, TableSpec spec, CsvRecords.Record r, RuntimeException e) {
        if (r == null || r.cells().size() >= spec.fields().size()) {
            return null;
        }
        String fix = "; remove the quote, or write a quote inside a cell as two (\"\")";
        for (int i = 0; i < r.cells().size(); i++) {
            String cell = r.cells().get(i).stripTrailing();
            int breaks = (int) cell.chars().filter(c -> c == '\n').count();
            String opens = "a quote opens the cell of column '" + spec.fields().get(i).name() + "' and ";
            if (breaks > 0) {
                return new DatasetException(path, r.line(), opens + "is not closed on that line, so the cell runs on to line "
                        + (r.line() + breaks) + fix, e);
            }
            if (cell.indexOf(',') >= 0) {
                return new DatasetException(path, r.line(), opens + "the next quote closes it, so the cells between are read as"
                        + " one (the row has " + r.cells().size() + " cells, not the " + spec.fields().size() + " of the schema)"
                        + fix, e);
            }
        }
        return null;
    }

    /** Record {@code row} of the file read again, or null when it cannot be (no way to reopen it, or it changed). */
    private static CsvRecords.Record recordOf(Supplier<InputStream> reopen, long row) {
        if (reopen == null) {
            return null;
        }
        try (InputStream in = reopen.get()) {
            return CsvRecords.record(in, row);
        } catch (IOException | RuntimeException again) {
            return null;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    private static TableSpec specFromSchema(String where, String name, Map<String, Object> resource) {
        List<Field> fields = new ArrayList<>();
        Map<String, Object> schema = Json.object(resource.get("schema"), where, "schema of " + name);
        for (Object o : Json.array(schema.get("fields"), where, "fields of " + name)) {
            Map<String, Object> f = Json.object(o, where, "field");
            fields.add(new Field(String.valueOf(f.get("name")), type(where, name, f),
                    String.valueOf(f.getOrDefault("description", ""))));
        }
        return new TableSpec(name, String.valueOf(resource.getOrDefault("title", name)),
                String.valueOf(resource.getOrDefault("description", "")), fields);
    }

    /**
     * The types a Table Schema field may have (Frictionless, specs.frictionlessdata.io/table-schema): a field of
     * another (a descriptor edited by hand: {@code "int"}, {@code "text"}) is refused, naming the table and the field.
     * The ones the kit has no column type for ({@code datetime}, {@code year}, {@code any}, ...) are read as text.
     */
    static final List<String> TABLE_SCHEMA_TYPES = List.of("string", "number", "integer", "boolean", "date", "time",
            "datetime", "year", "yearmonth", "duration", "object", "array", "geopoint", "geojson", "list", "any");

    /** The field's type: its Table Schema name, and for integers the range its constraints give. */
    private static Field.Type type(String where, String table, Map<String, Object> field) {
        Object given = field.getOrDefault("type", "string");
        String name = String.valueOf(given);
        if (!(given instanceof String) || !TABLE_SCHEMA_TYPES.contains(name)) {
            throw new DatasetException(where, 0, "resource '" + table + "', field '" + field.get("name") + "': type "
                    + (given instanceof String ? "'" + name + "'" : name) + " is not a Table Schema type;"
                    + " use one of string, number, integer, boolean, date (the types of Frictionless's Table Schema"
                    + " are " + String.join(", ", TABLE_SCHEMA_TYPES) + ")");
        }
        if (name.equals("integer")) {
            Object c = field.get("constraints");
            Map<String, Object> constraints = c == null ? Map.of() : Json.object(c, where, "constraints");
            return fitsInt(constraints.get("minimum")) && fitsInt(constraints.get("maximum"))
                    ? Field.Type.INTEGER : Field.Type.LONG;
        }
        for (Field.Type t : Field.Type.values()) {
            if (t.frictionless().equals(name)) {
                return t;
            }
        }
        return Field.Type.STRING;
    }

    private static boolean fitsInt(Object bound) {
        return bound instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE;
    }

    /** The file read must be the one the descriptor describes: same SHA-256 hash, when it gives one. */
    static void check(String path, Object hash, byte[] digest) {
        if (hash != null && !String.valueOf(hash).equals("sha256:" + HexFormat.of().formatHex(digest))) {
            throw new DatasetException(path, 0, "does not match the SHA-256 hash datapackage.json gives it;"
                    + " the file changed after the package was written");
        }
    }

    /** A SHA-256 digest: the hash datapackage.json gives each table, made by PackageWriter and checked here and by PackageReader. */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
