import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.etrkit.kernel.bench.TableRenderBenchmark;
import org.etrkit.kernel.render.DisplayOptions;
import org.etrkit.kernel.render.TableHtml;

/**
 * Writes the HTML that the kernel shows for the tables of TableRenderBenchmark (the table of
 * {@link TableRenderBenchmark#table(int)}, default display options) to {@code OUT_DIR/ours-<rows>.html},
 * so report.py can compare it byte for byte with pandas' HTML. Needs kernel-ext's test classes on the
 * class path.
 *
 * <pre>java -cp kernel-ext/target/test-classes:kernel-ext/target/classes:... scripts/bench/TableHtmlSample.java OUT_DIR 1000 100000 1000000</pre>
 */
public class TableHtmlSample {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        for (int k = 1; k < args.length; k++) {
            int rows = Integer.parseInt(args[k]);
            String html = TableHtml.render(TableRenderBenchmark.table(rows), new DisplayOptions());
            Files.writeString(out.resolve("ours-" + rows + ".html"), html, StandardCharsets.UTF_8);
            System.out.printf("  ours %,9d rows: %,d bytes of HTML%n", rows, html.getBytes(StandardCharsets.UTF_8).length);
        }
    }
}
