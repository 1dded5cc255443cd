package org.etrkit.datasets.pack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.etrkit.datasets.error.DatasetException;
import org.etrkit.datasets.Datasets;
import org.etrkit.datasets.tables.Field;
import org.etrkit.datasets.tables.TableSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.tablesaw.api.Table;

class DataPackageTest {

    static final Path ROOT = Path.of(System.getProperty("etr.root", ".."));
    private static Datasets data;

    @BeforeAll
    static void build() {
        data = Datasets.build(ROOT.resolve("seeds"));
    }

    private static TreeMap<String, byte[]> files(Path dir) throws IOException {
        TreeMap<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }

    @Test
    void committedPackageInDatasetsDataIsCurrent(@TempDir Path tmp) throws IOException {
        Path fresh = tmp.resolve("out");
        data.writePackage(fresh);
        TreeMap<String, byte[]> expected = files(fresh);
        TreeMap<String, byte[]> committed = files(ROOT.resolve("datasets/data"));
        assertEquals(expected.keySet(), committed.keySet(),
                "datasets/data is stale: run 'make data' and commit the result");
        for (String f : expected.keySet()) {
            assertArrayEquals(expected.get(f), committed.get(f),
                    "datasets/data/" + f + " is stale: run 'make data' and commit the result");
        }
    }

    @Test
    void outputIsByteIdenticalAcrossBuilds(@TempDir Path tmp) throws IOException {
        data.writePackage(tmp.resolve("a"));
        Datasets.build(ROOT.resolve("seeds")).writePackage(tmp.resolve("b"));
        TreeMap<String, byte[]> a = files(tmp.resolve("a"));
        TreeMap<String, byte[]> b = files(tmp.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        a.forEach((k, v) -> assertArrayEquals(v, b.get(k), k));
    }

    @Test
    void descriptorNamesEveryResourceWithSchemaAndSources(@TempDir Path tmp) throws IOException {
        data.writePackage(tmp);
        JsonNode root = new ObjectMapper().readTree(tmp.resolve("datapackage.json").toFile());
        List<String> names = Stream.of(root.path("resources").spliterator()).flatMap(s ->
                java.util.stream.StreamSupport.stream(s, false)).map(r -> r.path("name").asText()).toList();
        assertTrue(names.containsAll(List.of("roster", "demographics", "aid", "troops", "mentions", "timeline",
                "infobox")), names.toString());
        assertEquals(data.names().size(), names.size());
        for (JsonNode r : root.path("resources")) {
            assertTrue(r.path("name").asText().matches("[a-z0-9._-]+"), r.path("name").asText());
            assertTrue(Files.isRegularFile(tmp.resolve(r.path("path").asText())));
            assertEquals(Files.size(tmp.resolve(r.path("path").asText())), r.path("bytes").asLong());
            for (JsonNode f : r.path("schema").path("fields")) {
                assertFalse(f.path("description").asText().isEmpty());
                assertTrue(List.of("string", "integer", "number", "boolean", "date").contains(f.path("type").asText()));
            }
        }
        assertEquals(3, root.path("sources").size());
    }

    @Test
    void csvIsRfc4180WithPlainNumbersAndEmptyMissing(@TempDir Path tmp) throws IOException {
        data.writePackage(tmp);
        String aid = Files.readString(tmp.resolve("aid.csv"), StandardCharsets.UTF_8);
        assertTrue(aid.startsWith("donor,recipient,year_start,year_end,item,quantity,qualifier,unit,source,line,quote"));
        assertTrue(aid.contains("\r\n"));
        assertTrue(aid.contains(",250000000,"), aid);
        assertFalse(aid.contains("E8"));
        // a troop figure without a date: its date fields (date, date_from, date_to) are empty (not "null", not "")
        Table troops = data.troops();
        int row = troops.stringColumn("date").isMissing().get(0);
        String line = Files.readString(tmp.resolve("troops.csv"), StandardCharsets.UTF_8).split("\r\n")[row + 1];
        String force = troops.stringColumn("force").get(row);
        assertFalse(force.contains(",") || force.contains("\""), "a force name that needs no quotes: " + force);
        assertTrue(line.startsWith(force + "," + troops.stringColumn("side").get(row) + ",,,," + troops.longColumn(
                "count_low").get(row) + ","), line);
    }

    @Test
    void packageReadsBackToTheSameTables(@TempDir Path tmp) {
        data.writePackage(tmp);
        Datasets back = Datasets.load(tmp);
        assertEquals(data.names(), back.names());
        for (String name : data.names()) {
            Table a = data.table(name);
            Table b = back.table(name);
            assertEquals(a.columnNames(), b.columnNames(), name);
            assertEquals(a.types(), b.types(), name);
            assertEquals(data.spec(name), back.spec(name), name);
            assertEquals(a.rowCount(), b.rowCount(), name);
            assertArrayEquals(CsvDialect.bytes(a), CsvDialect.bytes(b), name);
        }
    }

    /** The schema alone says int or long: a 32-bit integer carries the 32-bit bounds as constraints. */
    @Test
    void integerFieldsReadAsIntWithThirtyTwoBitBoundsAndLongWithout(@TempDir Path tmp) throws IOException {
        data.writePackage(tmp);
        Path descriptor = tmp.resolve("datapackage.json");
        String json = Files.readString(descriptor);
        assertTrue(json.contains("\"maximum\": 2147483647"), "line, year and column carry their bounds");
        DataPackage p = DataPackage.read(tmp);
        TableSpec demographics = p.resources().stream().filter(r -> r.name().equals("demographics")).findFirst()
                .orElseThrow().spec();
        assertEquals(Field.Type.INTEGER, demographics.fields().get(2).type(), "year");
        assertEquals(Field.Type.LONG, demographics.fields().get(3).type(), "population");
        Files.writeString(descriptor, json.replace("\"maximum\": 2147483647", "\"maximum\": 2147483648"));
        demographics = DataPackage.read(tmp).resources().stream().filter(r -> r.name().equals("demographics"))
                .findFirst().orElseThrow().spec();
        assertEquals(Field.Type.LONG, demographics.fields().get(2).type(), "year without 32-bit bounds");
    }

    /**
     * An article's own table whose column holds plain numbers as the article writes them ("1,250", "12.5",
     * years) is typed integer or number with groupChar "," in the descriptor, its CSV keeping the article's
     * text; a column with any other cell ("about 1,250", "12%", "n/a", a range) stays text. Read back, the
     * numbers are numbers.
     */
    @Test
    void plainNumberColumnsOfAnArticlesTableAreTypedWithTheirGroupChar(@TempDir Path tmp) throws IOException {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.writeString(seeds.resolve("census.txt"), "= Census =\n\n"
                + "| Year | Population | Share | Estimate | Note | Change |\n"
                + "| 1941 | 1,250 | 12.5 | about 1,250 | 12% | -3 |\n"
                + "| 1944 | 2,730,000 | 7 | 1,250–1,300 | n/a | 1,000.25 |\n"
                + "| 1949 | | 0.5 | 900 | 3 | |\n");
        Datasets.build(seeds).writePackage(tmp.resolve("out"));
        JsonNode root = new ObjectMapper().readTree(tmp.resolve("out/datapackage.json").toFile());
        JsonNode fields = null;
        for (JsonNode r : root.path("resources")) {
            if (r.path("name").asText().equals("census-1")) {
                fields = r.path("schema").path("fields");
            }
        }
        assertEquals(6, fields.size(), String.valueOf(fields));
        List<String> types = new java.util.ArrayList<>();
        for (JsonNode f : fields) {
            types.add(f.path("name").asText() + " " + f.path("type").asText() + " " + f.path("groupChar").asText("-"));
        }
        assertEquals(List.of("Year integer ,", "Population integer ,", "Share number ,", "Estimate string -",
                "Note string -", "Change number ,"), types);
        assertEquals(Integer.MAX_VALUE, fields.get(1).path("constraints").path("maximum").asInt());
        assertEquals("Year,Population,Share,Estimate,Note,Change\r\n"
                + "1941,\"1,250\",12.5,\"about 1,250\",12%,-3\r\n"
                + "1944,\"2,730,000\",7,\"1,250–1,300\",n/a,\"1,000.25\"\r\n"
                + "1949,,0.5,900,3,\r\n",
                Files.readString(tmp.resolve("out/tables/census-1.csv")), "the CSV keeps the article's text");

        Table back = Datasets.load(tmp.resolve("out")).table("tables/census-1");
        assertEquals(List.of(1941, 1944, 1949), back.intColumn("Year").asList());
        assertEquals(1250, back.intColumn("Population").get(0));
        assertEquals(2_730_000, back.intColumn("Population").get(1));
        assertTrue(back.intColumn("Population").isMissing(2));
        assertEquals(12.5, back.doubleColumn("Share").get(0));
        assertEquals(-3.0, back.doubleColumn("Change").get(0));
        assertEquals(1000.25, back.doubleColumn("Change").get(1));
        assertEquals("about 1,250", back.stringColumn("Estimate").get(0));
        assertEquals("n/a", back.stringColumn("Note").get(1));
    }

    @Test
    void onlyPlainNumbersAsArticlesWriteThemAreNumbers() {
        for (String yes : List.of("0", "7", "-3", "1250", "1,250", "2,730,000", "12.5", "-1,000.25", "0.5")) {
            assertTrue(PlainNumbers.isPlain(yes), yes);
        }
        for (String no : List.of("", "about 1,250", "1,250–1,300", "12%", "n/a", "1,25", "12,5", "1,2500", ",250",
                "007", ".5", "5.", "+3", "−3", "1 250", "$5", "1e5", " 12")) {
            assertFalse(PlainNumbers.isPlain(no), no);
        }
        assertEquals(Field.Type.LONG, PlainNumbers.typeOf(tech.tablesaw.api.StringColumn.create("c", "3,000,000,000")));
        assertEquals(null, PlainNumbers.typeOf(tech.tablesaw.api.StringColumn.create("c", "", "")), "no number: text");
    }

    /** Whatever the builder writes, the loader reads: here a table cell of 1.5 MiB. */
    @Test
    void aCellOverOneMebibyteBuildsAndLoads(@TempDir Path tmp) throws IOException {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        String big = "x".repeat(3 << 19);
        Files.writeString(seeds.resolve("big.txt"), "= Big =\n\n| a | b |\n| 1 | " + big + " |\n");
        Datasets built = Datasets.build(seeds);
        built.writePackage(tmp.resolve("out"));
        Datasets back = Datasets.load(tmp.resolve("out"));
        assertEquals(big, back.table("tables/big-1").stringColumn("b").get(0));
    }

    /**
     * The package written to {@code tmp/out} with the roster's hash and size taken out of its descriptor, so that
     * the roster can be edited by hand and read again.
     */
    private static Path rosterOpenToHandEdits(Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        data.writePackage(out);
        Path descriptor = out.resolve("datapackage.json");
        ObjectMapper mapper = new ObjectMapper();
        JsonNode root = mapper.readTree(Files.readString(descriptor));
        ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("resources").get(0)).remove(List.of("hash", "bytes"));
        Files.writeString(descriptor, mapper.writeValueAsString(root));
        return out;
    }

    /**
     * A package edited by hand, then loaded (by {@code Etr.use} in the kernel): a field taken out of the
     * schema, a cell added to a row, a table file deleted. Each is one short line naming the file and
     * the line or row; the first two were univocity's message with its whole parser configuration (2 KB) before.
     */
    @Test
    void aPackageEditedByHandIsRefusedInOneShortLineNamingFileAndLine(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        data.writePackage(out);
        ObjectMapper mapper = new ObjectMapper();
        Path descriptor = out.resolve("datapackage.json");
        String original = Files.readString(descriptor);

        JsonNode root = mapper.readTree(original);
        ((com.fasterxml.jackson.databind.node.ArrayNode) root.get("resources").get(0).get("schema").get("fields")).remove(5);
        Files.writeString(descriptor, mapper.writeValueAsString(root));
        DatasetException fewer = assertThrows(DatasetException.class, () -> DataPackage.read(out));
        assertEquals("roster.csv:1: the header has more columns than the 5 fields of the schema"
                + " [name, ethnicity, position, body, source]", fewer.getMessage());

        root = mapper.readTree(original);
        ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("resources").get(0)).remove(List.of("hash", "bytes"));
        Files.writeString(descriptor, mapper.writeValueAsString(root));
        List<String> lines = Files.readAllLines(out.resolve("roster.csv"));
        lines.set(2, lines.get(2) + ",an extra cell");
        Files.write(out.resolve("roster.csv"), lines);
        DatasetException extra = assertThrows(DatasetException.class, () -> DataPackage.read(out));
        assertEquals("roster.csv:3: the row has 7 cells, more than the 6 fields of the schema"
                + " [name, ethnicity, position, body, source, line]", extra.getMessage());

        Files.delete(out.resolve("roster.csv"));
        DatasetException missing = assertThrows(DatasetException.class, () -> DataPackage.read(out));
        assertEquals(out.resolve("roster.csv") + ": missing: datapackage.json lists it but the folder does not hold it",
                missing.getMessage());
    }

    /**
     * A value edited by hand that its column's type cannot hold (a line number "12a", a date written "12 Nov
     * 1944") is named by file and line, with the column, its type and the value: it was Tablesaw's "Error
     * while adding cell from row 3 and column line(position:5): ... For input string: "12a"", which names
     * neither the line nor what is wrong. A quoted cell that spans lines counts its lines, and so does a blank line left between rows.
     */
    @Test
    void aValueItsColumnCannotHoldIsNamedByFileAndLine(@TempDir Path tmp) throws IOException {
        Path out = rosterOpenToHandEdits(tmp);
        Path roster = out.resolve("roster.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(roster));
        lines.set(3, lines.get(3).replaceAll(",[0-9]+$", ",12a"));
        Files.write(roster, lines);
        DatasetException bad = assertThrows(DatasetException.class, () -> DataPackage.read(out));
        assertEquals("roster.csv:4: column 'line' holds integers; '12a' is not one (fix the cell, or leave it empty for"
                + " a missing value)", bad.getMessage());

        lines.set(1, "\"Elihan\nTore\"" + lines.get(1).substring(lines.get(1).indexOf(',')));
        Files.write(roster, lines);
        bad = assertThrows(DatasetException.class, () -> DataPackage.read(out));
        assertTrue(bad.getMessage().startsWith("roster.csv:5: column 'line' holds integers; '12a' is not one"), bad.getMessage());

        lines.add(2, "");
        Files.write(roster, lines);
        bad = assertThrows(DatasetException.class, () -> DataPackage.read(out));
        assertTrue(bad.getMessage().startsWith("roster.csv:6: column 'line' holds integers; '12a' is not one"), bad.getMessage());
    }

    /**
     * A package's CSV saved again by a spreadsheet in its own encoding (Windows-1252, where {@code Ü} is the byte
     * 0xDC) was read with each such byte replaced by U+FFFD: "Ürümqi" became "\uFFFDr\uFFFDmqi" without a word. It
     * is now named by file, line and byte, as an article's is; a U+FFFD written in the file as UTF-8 is kept.
     */
    @Test
    void bytesThatAreNotUtf8AreNamedByFileLineAndByteNotReplaced(@TempDir Path tmp) throws IOException {
        Path out = rosterOpenToHandEdits(tmp);
        Path roster = out.resolve("roster.csv");
        byte[] utf8 = Files.readAllBytes(roster);
        String text = new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
        Files.write(roster, text.replaceFirst("Uyghur", "\u00dcyghur \uFFFD").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("\u00dcyghur \uFFFD", DataPackage.read(out).resources().get(0).table().stringColumn("ethnicity").get(1));

        Files.write(roster, text.replaceFirst("Uyghur", "\u00dcyghur").getBytes(java.nio.charset.Charset.forName("windows-1252")));
        DatasetException bad = assertThrows(DatasetException.class, () -> DataPackage.read(out));
        assertEquals("roster.csv:3: not valid UTF-8: byte 0xDC at byte " + (text.split("\r?\n")[2].indexOf("Uyghur") + 1)
                + " of the line; the file was saved in another encoding (as a spreadsheet may save CSV): save it as UTF-8"
                + " (\"CSV UTF-8\")", bad.getMessage());

        byte[] cut = java.util.Arrays.copyOf(utf8, utf8.length + 1);
        cut[cut.length - 1] = (byte) 0xC3; // a row of one cell, cut inside its first character
        Files.write(roster, cut);
        bad = assertThrows(DatasetException.class, () -> DataPackage.read(out));
        assertTrue(bad.getMessage().contains("not valid UTF-8: the file ends inside a character"), bad.getMessage());
    }

    /**
     * A stray quote typed at the start of a cell of a package edited by hand opens a quoted cell that no quote
     * closes: the parser reads the rest of the file into that cell. It was 'roster.csv:2: column 'name' holds
     * text; 'Elihan Tore,Uzbek,...' with every later row of the file in the one line (1.4 KB for the roster, the
     * whole file for a larger table) and a reason that reads as nonsense; it now names the quote and its line.
     */
    @Test
    void aQuoteNeverClosedIsNamedByItsLineNotQuotedToTheEndOfTheFile(@TempDir Path tmp) throws IOException {
        Path out = rosterOpenToHandEdits(tmp);
        Path roster = out.resolve("roster.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(roster));
        lines.set(2, "\"" + lines.get(2));
        Files.write(roster, lines);
        DatasetException bad = assertThrows(DatasetException.class, () -> DataPackage.read(out));
        assertEquals("roster.csv:3: a quote opens the cell of column 'name' and is not closed on that line, so the cell"
                + " runs on to line " + lines.size() + "; remove the quote, or write a quote inside a cell as two (\"\")",
                bad.getMessage());

        // the last row, or a quote that the next quote on the line closes: the cells between are read as one
        lines.set(2, lines.get(2).substring(1));
        lines.set(lines.size() - 1, "\"" + lines.get(lines.size() - 1));
        Files.write(roster, lines);
        bad = assertThrows(DatasetException.class, () -> DataPackage.read(out));
        assertEquals("roster.csv:" + lines.size() + ": a quote opens the cell of column 'name' and the next quote closes"
                + " it, so the cells between are read as one (the row has 1 cells, not the 6 of the schema); remove the"
                + " quote, or write a quote inside a cell as two (\"\")", bad.getMessage());
        String last = lines.get(lines.size() - 1).substring(1);
        int second = last.indexOf(',', last.indexOf(',') + 1);
        lines.set(lines.size() - 1, "\"" + last.substring(0, second) + "\"" + last.substring(second));
        Files.write(roster, lines);
        bad = assertThrows(DatasetException.class, () -> DataPackage.read(out));
        assertTrue(bad.getMessage().startsWith("roster.csv:" + lines.size() + ": a quote opens the cell of column 'name' and"
                + " the next quote closes it, so the cells between are read as one (the row has 5 cells, not the 6 of"), bad.getMessage());
    }

    /**
     * A resource path edited by hand to a name no table has (a file renamed Roster.csv), or out of the
     * folder: one line naming it, not an IllegalArgumentException trace, and nothing outside is read.
     */
    @Test
    void aResourcePathThatIsNoTableFileOfThePackageIsNamed(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("p/out");
        data.writePackage(out);
        Files.copy(out.resolve("roster.csv"), tmp.resolve("p/outside.csv"));
        Path descriptor = out.resolve("datapackage.json");
        String original = Files.readString(descriptor);
        for (String path : List.of("Roster.csv", "tables/../../outside.csv", "my roster.csv")) {
            Files.writeString(descriptor, original.replace("\"path\": \"roster.csv\"", "\"path\": \"" + path + "\""));
            DatasetException e = assertThrows(DatasetException.class, () -> DataPackage.read(out));
            assertEquals(descriptor + ": resource 'roster': path '" + path + "' is no table file of a package:"
                    + " one made of a-z, 0-9, '.', '_' and '-', in the folder or in tables/", e.getMessage());
        }
    }

    /**
     * A resource whose path a hand edit made a list of files (Frictionless allows it), took out, replaced by inline
     * rows, or pointed at the tables folder: each named for what it is, not all "is not a CSV file".
     */
    @Test
    void aResourcePathThatIsAListMissingOrNoCsvFileIsNamedForWhatItIs(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        data.writePackage(out);
        Path descriptor = out.resolve("datapackage.json");
        String original = Files.readString(descriptor);
        Map<String, String> says = new LinkedHashMap<>();
        says.put("\"path\": [\"roster.csv\", \"roster-2.csv\"]", "path is a list of 2 files [roster.csv, roster-2.csv];"
                + " a table of the kit is one CSV file: join the files into one and give its name");
        says.put("\"data\": [], \"nopath\": \"roster.csv\"", "its rows are given inline ('data'), no path to its CSV file;"
                + " each table of a package is a CSV file named by 'path'");
        says.put("\"nopath\": \"roster.csv\"", "no path to its CSV file; each table of a package is a CSV file named by 'path'");
        says.put("\"path\": 12", "path 12 is no file name; each table of a package is a CSV file named by 'path'");
        says.put("\"path\": \"tables\"", "path 'tables' is not a CSV file (a name ending in .csv)");
        for (Map.Entry<String, String> edit : says.entrySet()) {
            Files.writeString(descriptor, original.replace("\"path\": \"roster.csv\"", edit.getKey()));
            DatasetException e = assertThrows(DatasetException.class, () -> DataPackage.read(out));
            assertEquals(descriptor + ": resource 'roster': " + edit.getValue(), e.getMessage());
        }
    }

    /**
     * A package edited by hand to list one table twice (a resource copied in {@code datapackage.json}, or a second
     * resource given the path of the first): one line naming the resource, not one table silently shadowing the other.
     */
    @Test
    void aTableListedTwiceInTheDescriptorIsNamed(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        data.writePackage(out);
        Path descriptor = out.resolve("datapackage.json");
        String original = Files.readString(descriptor);
        Files.writeString(descriptor, original.replace("\"path\": \"aid.csv\"", "\"path\": \"roster.csv\""));
        DatasetException e = assertThrows(DatasetException.class, () -> DataPackage.read(out));
        assertEquals(descriptor + ": resource 'aid': path 'roster.csv' is listed twice; each table is one resource",
                e.getMessage());
        // the table-by-table read of a large package kept the second in place of the first: aid was gone from its
        // names and roster was read with aid's schema
        e = assertThrows(DatasetException.class, () -> PackageReader.open(out));
        assertEquals(descriptor + ": resource 'aid': path 'roster.csv' is listed twice; each table is one resource",
                e.getMessage());
    }

    /**
     * A field type edited by hand to a name Table Schema does not have ({@code "int"}, a typo, a number): one line naming
     * the descriptor, the resource, the field and the types Frictionless allows, whole or table by table. It was read
     * silently as text, so {@code line} became a text column and the rows sorted "10" before "9".
     */
    @Test
    void aFieldTypeTableSchemaDoesNotHaveIsRefusedNamingTheResourceAndTheField(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        data.writePackage(out);
        Path descriptor = out.resolve("datapackage.json");
        String original = Files.readString(descriptor);
        String line = "\"name\": \"line\",\n            \"type\": \"integer\"";
        assertTrue(original.contains(line), "the descriptor writes a field as the test expects");
        for (String type : List.of("\"int\"", "\"Integer\"", "\"text\"", "7")) {
            Files.writeString(descriptor, original.replaceFirst(java.util.regex.Pattern.quote(line),
                    "\"name\": \"line\",\n            \"type\": " + java.util.regex.Matcher.quoteReplacement(type)));
            String shown = type.replace('"', '\'');
            String expected = descriptor + ": resource 'roster', field 'line': type " + shown + " is not a Table Schema"
                    + " type; use one of string, number, integer, boolean, date (the types of Frictionless's Table Schema"
                    + " are string, number, integer, boolean, date, time, datetime, year, yearmonth, duration, object,"
                    + " array, geopoint, geojson, list, any)";
            assertEquals(expected, assertThrows(DatasetException.class, () -> DataPackage.read(out)).getMessage());
            assertEquals(expected, assertThrows(DatasetException.class, () -> PackageReader.open(out)).getMessage());
        }
        // a type Table Schema has and the kit has no column for is read as text, as before
        Files.writeString(descriptor, original.replaceFirst(java.util.regex.Pattern.quote(line),
                "\"name\": \"line\",\n            \"type\": \"any\""));
        Table roster = DataPackage.read(out).resources().stream().filter(r -> r.name().equals("roster")).findFirst()
                .orElseThrow().table();
        assertEquals(tech.tablesaw.api.ColumnType.STRING, roster.column("line").type());
    }

    @Test
    void packagedCopyOnTheClasspathHasTheRoster() {
        assertEquals(data.roster().rowCount(), Datasets.packaged().roster().rowCount());
    }

    @Test
    void replacesAPreviousOutputDirectoryWhole(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        data.writePackage(out);
        Files.writeString(out.resolve("stale.csv"), "old");
        data.writePackage(out);
        assertFalse(Files.exists(out.resolve("stale.csv")));
        assertTrue(Files.exists(out.resolve("roster.csv")));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(tmp.resolve(".out.etr-lock"), out), s.sorted().toList(), "no temporary directories left behind");
        }
    }

    /** A path under a regular file cannot be created, for root too (ENOTDIR), unlike a read-only folder. */
    @Test
    void unwritableOutputFailsClearlyAndLeavesNothing(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("file"), "x");
        Path out = file.resolve("out");
        DatasetException e = assertThrows(DatasetException.class, () -> data.writePackage(out));
        assertTrue(e.getMessage().contains("cannot write output directory"), e.getMessage());
        assertTrue(e.getMessage().startsWith(out.toString()), e.getMessage());
        // not 'java.nio.file.FileAlreadyExistsException: .../file', which reads as if out were there already
        assertTrue(e.getMessage().endsWith(": " + file + " is a file, not a folder"), e.getMessage());
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(file), s.toList(), "nothing left behind");
        }
        assertEquals("x", Files.readString(file));
    }

    @Test
    void outputPathThatIsAFileIsRefused(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("file"), "x");
        DatasetException e = assertThrows(DatasetException.class, () -> data.writePackage(file));
        assertTrue(e.getMessage().contains("not a directory"));
        assertEquals("x", Files.readString(file));
    }
}
