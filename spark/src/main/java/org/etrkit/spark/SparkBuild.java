package org.etrkit.spark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.etrkit.datasets.DatasetBuilder;
import org.etrkit.datasets.Shard;
import org.etrkit.datasets.error.DatasetException;
import org.etrkit.datasets.tables.Rules;

/**
 * The dataset build on Apache Spark: the per-article work (read, parse, analyse, rows of every table) runs
 * on Spark's executors, and the driver writes the package with the builder's own writer. The package is
 * the one {@code java -jar etr-datasets.jar build} writes for the same folder, byte for byte.
 *
 * <pre>
 * SparkBuild --seeds DIR --out DIR [--master URL] [--partitions N] [--rules FILE]
 * </pre>
 *
 * <p>How: the driver lists the articles in the builder's order ({@link DatasetBuilder#articleFiles}) and
 * hands Spark their paths, cut into partitions of consecutive articles. Each task builds {@link Shard}s of
 * up to {@value #BATCH_ARTICLES} articles with {@link Shard#build} and returns them as bytes; the results
 * are kept on the executors (memory, then their disks), and the driver fetches them a partition at a time, in
 * order, into {@link Shard#merge}, which writes the package as {@code build} does: the curated tables in
 * article order, the articles' own tables, and {@code datapackage.json} with every size and hash. Nothing of
 * the build's logic is here.
 *
 * <p>{@code --master} is Spark's master URL ({@code local[2]}, {@code spark://host:7077}, {@code yarn}, ...);
 * without it, the one {@code spark-submit} or {@code -Dspark.master} gives, else {@code local[*]}. On a
 * cluster the executors read the articles (and {@code --rules}) at the paths the driver lists, so the folder
 * must be on a file system every node mounts at the same path.
 */
public final class SparkBuild {

    /** Articles in one shard: as many as the builder's own batches hold at most. */
    static final int BATCH_ARTICLES = 64;

    /** A partition holds this many bytes of articles at most, so that large corpora get more tasks. */
    static final long PARTITION_BYTES = 64L << 20;

    private static final String USAGE = """
            usage: SparkBuild --seeds DIR --out DIR [--master URL] [--partitions N] [--rules FILE]

              the builder's `build`, with the per-article work on Spark's executors; same output bytes
              --master      Spark master URL (default: spark-submit's, else local[*])
              --partitions  how many Spark tasks (default: 4 per core, and one per 64 MB of articles at least)
              --rules       classification rules (JSON) instead of the built-in ones; every executor reads it
            """;

    private SparkBuild() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the job and returns the exit status: 0 done, 1 the input cannot be built, 2 a usage error. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        String seeds = null;
        String outDir = null;
        String master = null;
        String rules = null;
        int partitions = 0;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                out.print(USAGE);
                return 0;
            }
            if (!List.of("--seeds", "--out", "--master", "--partitions", "--rules").contains(a)) {
                err.print("unknown option '" + a + "'\n" + USAGE);
                return 2;
            }
            if (i + 1 >= args.length || args[i + 1].isBlank()) {
                err.print("option " + a + " needs a value\n" + USAGE);
                return 2;
            }
            String v = args[++i];
            switch (a) {
                case "--seeds" -> seeds = v;
                case "--out" -> outDir = v;
                case "--master" -> master = v;
                case "--rules" -> rules = v;
                default -> {
                    try {
                        partitions = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        partitions = 0;
                    }
                    if (partitions < 1) {
                        err.print("--partitions needs a whole number from 1, not '" + v + "'\n" + USAGE);
                        return 2;
                    }
                }
            }
        }
        if (seeds == null || outDir == null) {
            err.print("SparkBuild needs --seeds DIR and --out DIR\n" + USAGE);
            return 2;
        }
        try {
            long start = System.nanoTime();
            List<Path> files = DatasetBuilder.articleFiles(Path.of(seeds));
            if (rules != null) {
                Rules.load(Path.of(rules)); // a bad rule file is reported here, once, not by every task
            }
            SparkConf conf = new SparkConf().setAppName("etr-datasets build " + seeds)
                    .setIfMissing("spark.ui.enabled", "false");
            if (master != null) {
                conf.setMaster(master);
            } else {
                conf.setIfMissing("spark.master", "local[*]");
            }
            if (conf.get("spark.master").startsWith("local")) {
                // one JVM: nothing needs to reach the driver from another machine
                conf.setIfMissing("spark.driver.host", "127.0.0.1").setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            }
            try (JavaSparkContext sc = new JavaSparkContext(conf)) {
                sc.setLogLevel("WARN");
                int n = partitions(sc, files, partitions);
                DatasetBuilder.Summary s = build(sc, files, n, rules, Path.of(outDir));
                out.printf("wrote %,d tables from %,d articles to %s with Spark (%s, %d partitions) in %.1f s%n",
                        s.curatedRows().size() + s.articleTables(), s.articles(),
                        Path.of(outDir).toAbsolutePath().normalize(), sc.master(), n,
                        (System.nanoTime() - start) / 1e9);
            }
            return 0;
        } catch (Exception e) { // Spark throws its checked SparkException from Scala code
            DatasetException d = datasetCause(e);
            if (d == null) {
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
            err.println("error: " + d.getMessage());
            return 1;
        }
    }

    /** How many partitions: {@code requested}, or 4 per core and one per {@link #PARTITION_BYTES} at least. */
    static int partitions(JavaSparkContext sc, List<Path> files, int requested) {
        long bytes = files.stream().mapToLong(f -> f.toFile().length()).sum();
        long n = requested > 0 ? requested
                : Math.max(4L * sc.defaultParallelism(), (bytes + PARTITION_BYTES - 1) / PARTITION_BYTES);
        return (int) Math.max(1, Math.min(n, files.size()));
    }

    /**
     * Builds the package of {@code files} (in the builder's order) on {@code sc} into {@code outDir}, in
     * {@code n} partitions: shards made by the executors, merged in order by this driver.
     */
    static DatasetBuilder.Summary build(JavaSparkContext sc, List<Path> files, int n, String rules, Path outDir) {
        List<String> paths = files.stream().map(f -> f.toAbsolutePath().toString()).toList();
        // parallelize keeps the list's order: partition i holds a run of consecutive articles
        JavaRDD<byte[]> shards = sc.parallelize(paths, n)
                .mapPartitions(it -> shardsOf(it, rules))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            shards.count(); // every partition at once, on every executor
            Iterator<byte[]> inOrder = shards.toLocalIterator(); // then a partition at a time, in order
            return Shard.merge(new Iterator<>() {
                private int k;

                @Override
                public boolean hasNext() {
                    return inOrder.hasNext();
                }

                @Override
                public Shard next() {
                    return Shard.fromBytes(inOrder.next(), "shard " + (++k) + " from Spark");
                }
            }, outDir);
        } finally {
            shards.unpersist(false);
        }
    }

    /** On an executor: the shards of a partition's articles, {@value #BATCH_ARTICLES} articles each, as bytes. */
    static Iterator<byte[]> shardsOf(Iterator<String> paths, String rules) {
        Rules r = ExecutorRules.of(rules);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return paths.hasNext();
            }

            @Override
            public byte[] next() {
                List<Path> batch = new ArrayList<>(BATCH_ARTICLES);
                while (paths.hasNext() && batch.size() < BATCH_ARTICLES) {
                    batch.add(Path.of(paths.next()));
                }
                return Shard.build(batch, r).toBytes();
            }
        };
    }

    /** The rules, read once per executor JVM. */
    private static final class ExecutorRules {
        private static final Map<String, Rules> LOADED = new ConcurrentHashMap<>();

        static Rules of(String file) {
            return file == null ? Rules.defaults() : LOADED.computeIfAbsent(file, f -> Rules.load(Path.of(f)));
        }
    }

    /** The builder's error inside what Spark throws (a failed task's exception comes back as a cause). */
    static DatasetException datasetCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof DatasetException d) {
                return d;
            }
        }
        return null;
    }
}
