package org.etrkit.datasets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.etrkit.datasets.error.DatasetException;
import org.etrkit.datasets.pack.DataPackage;
import org.etrkit.datasets.pack.DataPackage.Source;
import org.etrkit.datasets.pack.PackageReader;
import org.etrkit.datasets.parse.Article;
import org.etrkit.datasets.parse.ArticleParser;
import org.etrkit.datasets.tables.ArticleTables;
import org.etrkit.datasets.tables.Corpus;
import org.etrkit.datasets.tables.CuratedTables;
import org.etrkit.datasets.tables.Rules;
import org.etrkit.datasets.tables.TableSpec;

import tech.tablesaw.api.Table;

/**
 * The published tables: built from seed articles, or loaded from a data package.
 *
 * <pre>{@code
 * Datasets d = Datasets.build(Path.of("seeds"));      // parse and extract
 * Table roster = d.roster();                          // a fresh copy each call
 * d.writePackage(Path.of("out"));                     // CSV + datapackage.json
 * Datasets shipped = Datasets.packaged();             // the copy built from seeds/, on the classpath
 * }</pre>
 *
 * <p>Every lookup returns a copy, so callers may change what they get. A package loaded with
 * {@link #load} reads each table on first use when it is large (see there).
 *
 * <p>A table has the same columns and types whichever way it came: an article's own table
 * ({@code tables/<article>-<n>}) whose column holds only plain numbers as the article writes them
 * ({@code 1,250}, {@code 12.5}, a year) has an int, long or double column there, from {@link #build} as from
 * {@link #load}, and its {@link #spec} says {@code INTEGER}, {@code LONG} or {@code NUMBER}; any other column
 * of such a table is text.
 */
public final class Datasets {

    /** A package up to this size (its CSV files together) is read whole by {@link #load}; a larger one table by table. */
    public static final long READ_WHOLE_BYTES = 16L << 20;

    private final Map<String, Table> tables;
    private final Map<String, TableSpec> specs;
    private final List<Source> sources;
    /** Where the tables not read yet come from; null when every table is in {@link #tables}. */
    private final PackageReader reader;
    /** An in-memory build's tables that {@link #tables} holds typed, as the articles write them, for {@link #writePackage}. */
    private final Map<String, DataPackage.Resource> asWritten;

    /**
     * Wraps tables that match {@code specs} by name; used by the builders and the package reader. A null argument
     * is a {@link NullPointerException}.
     */
    public Datasets(Map<String, Table> tables, Map<String, TableSpec> specs, List<Source> sources) {
        this(tables, specs, sources, Map.of());
    }

    private Datasets(Map<String, Table> tables, Map<String, TableSpec> specs, List<Source> sources,
                     Map<String, DataPackage.Resource> asWritten) {
        sameNames(tables, specs);
        this.tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
        this.specs = Collections.unmodifiableMap(new LinkedHashMap<>(specs));
        this.sources = List.copyOf(sources);
        this.reader = null;
        this.asWritten = Map.copyOf(asWritten);
    }

    /** Throws unless {@code tables} and {@code specs} name the same tables. */
    private static void sameNames(Map<String, Table> tables, Map<String, TableSpec> specs) {
        if (!tables.keySet().equals(specs.keySet())) {
            throw new IllegalArgumentException("tables and specs differ: " + tables.keySet() + " vs " + specs.keySet());
        }
    }

    /**
     * The tables of a build in memory, typed as the package of the build reads them: an article's own table's
     * columns of plain numbers ({@code 1,250}, {@code 12.5}) are int, long or double columns, as
     * {@link DataPackage.Resource#asRead} types them; {@link #writePackage} still writes the articles' text.
     */
    static Datasets built(Map<String, Table> tables, Map<String, TableSpec> specs, List<Source> sources) {
        sameNames(tables, specs);
        Map<String, Table> typed = new LinkedHashMap<>();
        Map<String, TableSpec> typedSpecs = new LinkedHashMap<>();
        Map<String, DataPackage.Resource> asWritten = new LinkedHashMap<>();
        specs.forEach((name, spec) -> {
            DataPackage.Resource text = new DataPackage.Resource(spec, tables.get(name));
            DataPackage.Resource read = text.asRead();
            if (read != text) {
                asWritten.put(name, text);
            }
            typed.put(name, read.table());
            typedSpecs.put(name, read.spec());
        });
        return new Datasets(typed, typedSpecs, sources, asWritten);
    }

    /** The tables of an opened package, each read on first use. */
    private Datasets(PackageReader reader) {
        this.tables = new ConcurrentHashMap<>();
        Map<String, TableSpec> s = new LinkedHashMap<>();
        reader.specs().forEach(spec -> s.put(spec.name(), spec));
        this.specs = Collections.unmodifiableMap(s);
        this.sources = reader.sources();
        this.reader = reader;
        this.asWritten = Map.of();
    }

    /**
     * Parses every {@code *.txt} article in {@code seedsDir} (in file name order) with the shipped rules; the
     * tables are typed as the package of the build reads them (see above). A bad article throws a
     * {@link DatasetException} naming its file and line.
     */
    public static Datasets build(Path seedsDir) {
        return builder().build(seedsDir);
    }

    /**
     * Parses every {@code *.txt} article in {@code seedsDir} (in file name order) with {@code rules}; mistakes as for
     * {@link #build(Path)}, and null rules are a {@link NullPointerException}.
     */
    public static Datasets build(Path seedsDir, Rules rules) {
        return builder().rules(rules).build(seedsDir);
    }

    /** A build with options: rules, threads, progress. */
    public static DatasetBuilder builder() {
        return new DatasetBuilder();
    }

    /**
     * The articles of a seeds directory, parsed, in file name order. A folder without articles, or a bad article
     * (the first in name order, with its file and line), is a {@link DatasetException}.
     */
    public static List<Article> readArticles(Path seedsDir) {
        List<Path> files = DatasetBuilder.articleFiles(seedsDir);
        // parsed in parallel; the first bad file in name order is the one reported
        List<Object> parsed = files.parallelStream().<Object>map(f -> {
            try {
                return ArticleParser.parse(f);
            } catch (DatasetException e) {
                return e;
            }
        }).toList();
        List<Article> articles = new ArrayList<>();
        for (Object o : parsed) {
            if (o instanceof DatasetException e) {
                throw e;
            }
            articles.add((Article) o);
        }
        return articles;
    }

    /**
     * Builds every table from parsed articles, article by article as a build from files does; throws nothing of its
     * own (a null list or rules is a {@link NullPointerException}).
     */
    public static Datasets fromArticles(List<Article> articles, Rules rules) {
        DatasetBuilder.MemorySink sink = new DatasetBuilder.MemorySink();
        for (Article a : articles) {
            sink.accept(new ArticlePipeline.ArticleRows(List.of(a), 0,
                    CuratedTables.ofArticles(List.of(Corpus.Entry.of(a)), rules), ArticleTables.of(a)));
        }
        return sink.datasets();
    }

    /**
     * Reads a data package directory written by {@link #writePackage} or the {@code build} command.
     *
     * <p>A package of up to {@link #READ_WHOLE_BYTES} is read whole, every file checked against its
     * SHA-256 hash, and a build replacing the folder meanwhile is waited for (see
     * {@link DataPackage#read}): what is returned is one whole package, the old or the new. A larger
     * package, such as the build of a large corpus, would take long to read whole, so only its
     * {@code datapackage.json} is read now and each table is read (and checked) on first use; if a build
     * replaces the folder before a table is used, using it throws, saying to load the folder again,
     * rather than mix two packages. A folder that holds no package, or a package that does not match its
     * descriptor (a file missing, changed or malformed), is a {@link DatasetException} naming the file.
     */
    public static Datasets load(Path packageDir) {
        return load(packageDir, READ_WHOLE_BYTES);
    }

    /** {@link #load(Path)} with another size up to which the package is read whole. */
    static Datasets load(Path packageDir, long readWholeBytes) {
        PackageReader reader = PackageReader.open(packageDir);
        return reader.bytes() <= readWholeBytes ? of(DataPackage.read(packageDir)) : new Datasets(reader);
    }

    /**
     * The data package built from the project's {@code seeds/}, shipped on the classpath; read once. A jar without it,
     * or with a damaged copy, is a {@link DatasetException} (in the class's initialisation).
     */
    public static Datasets packaged() {
        return Packaged.INSTANCE;
    }

    private static final class Packaged {
        static final Datasets INSTANCE = of(DataPackage.readResource(DataPackage.RESOURCE_ROOT));
    }

    private static Datasets of(DataPackage p) {
        Map<String, Table> tables = new LinkedHashMap<>();
        Map<String, TableSpec> specs = new LinkedHashMap<>();
        for (DataPackage.Resource r : p.resources()) {
            tables.put(r.name(), r.table());
            specs.put(r.name(), r.spec());
        }
        return new Datasets(tables, specs, p.sources());
    }

    /** The tables, their specs and sources as a data package (the tables are not copied). */
    private DataPackage toPackage() {
        List<DataPackage.Resource> resources = new ArrayList<>();
        specs.forEach((name, spec) -> resources.add(asWritten.containsKey(name) ? asWritten.get(name)
                : new DataPackage.Resource(spec, raw(name))));
        return new DataPackage(resources, sources);
    }

    /**
     * Writes CSV files and {@code datapackage.json} to {@code outDir}, replacing it whole or not at all;
     * see {@link DataPackage#write}. A folder that cannot be written is a {@link DatasetException}.
     */
    public void writePackage(Path outDir) {
        toPackage().write(outDir);
    }

    /** The table names, curated tables first, then {@code tables/<article>-<n>}. */
    public List<String> names() {
        return List.copyOf(specs.keySet());
    }

    /** A copy of the table {@code name}; an unknown name throws, listing the names there are. */
    public Table table(String name) {
        return raw(name).copy();
    }

    /** The spec (columns, types, description) of table {@code name}; an unknown name throws, as {@link #table} does. */
    public TableSpec spec(String name) {
        known(name);
        return specs.get(name);
    }

    /**
     * The number of rows of table {@code name}, without copying it (nor reading it, when it is not read yet); an
     * unknown name throws, as {@link #table} does.
     */
    public int rowCount(String name) {
        known(name);
        Table t = tables.get(name);
        return t != null || reader == null ? raw(name).rowCount() : Math.toIntExact(reader.rowCount(name));
    }

    /** The source articles, in build order. */
    public List<Source> sources() {
        return sources;
    }

    private Table raw(String name) {
        known(name);
        return reader == null ? tables.get(name) : tables.computeIfAbsent(name, reader::read);
    }

    /** Throws for a name that is not a table, listing those there are (the articles' own tables in one item). */
    private void known(String name) {
        if (name == null || !specs.containsKey(name)) {
            List<String> curated = specs.keySet().stream().filter(n -> !n.startsWith("tables/")).toList();
            long own = specs.size() - curated.size();
            String list = String.join(", ", curated) + (own == 0 ? ""
                    : own <= 10 ? ", " + String.join(", ", specs.keySet().stream().filter(n -> n.startsWith("tables/")).toList())
                    : ", and " + own + " tables tables/<article>-<n>");
            throw new DatasetException("no table '" + name + "'; tables: " + list);
        }
    }

    /** The Interim Government Council: name, ethnicity, position, body, source, line. */
    public Table roster() {
        return table("roster");
    }

    /** Population counts and shares by region and group. */
    public Table demographics() {
        return table("demographics");
    }

    /** Soviet aid figures. */
    public Table aid() {
        return table("aid");
    }

    /** Troop counts by force and side. */
    public Table troops() {
        return table("troops");
    }

    /** Every quantity in every article. */
    public Table mentions() {
        return table("mentions");
    }

    /** Every dated sentence. */
    public Table timeline() {
        return table("timeline");
    }

    /** Every infobox entry. */
    public Table infobox() {
        return table("infobox");
    }
}
