import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.etrkit.kernel.render.DisplayOptions;
import org.etrkit.kernel.render.TableHtml;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Writes the HTML that the kernel shows for the tables of TableRenderBenchmark (the same shape: int
 * {@code id}, double {@code value} = i * 0.5, string {@code label} = "row i"; default display options)
 * to {@code OUT_DIR/ours-<rows>.html}, so report.py can compare it byte for byte with pandas' HTML.
 *
 * <pre>java -cp kernel-ext/target/classes:... scripts/bench/TableHtmlSample.java OUT_DIR 1000 100000 1000000</pre>
 */
public class TableHtmlSample {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        for (int k = 1; k < args.length; k++) {
            int rows = Integer.parseInt(args[k]);
            IntColumn id = IntColumn.indexColumn("id", rows, 0);
            DoubleColumn value = DoubleColumn.create("value", rows);
            StringColumn label = StringColumn.create("label", rows);
            for (int i = 0; i < rows; i++) {
                value.set(i, i * 0.5);
                label.set(i, "row " + i);
            }
            String html = TableHtml.render(Table.create("t", id, value, label), new DisplayOptions());
            Files.writeString(out.resolve("ours-" + rows + ".html"), html, StandardCharsets.UTF_8);
            System.out.printf("  ours %,9d rows: %,d bytes of HTML%n", rows, html.getBytes(StandardCharsets.UTF_8).length);
        }
    }
}
