package org.etrkit.kernel;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.etrkit.kernel.magics.Export;
import org.etrkit.kernel.magics.Magics;
import org.etrkit.kernel.render.ChartImages;
import org.etrkit.kernel.render.ChartRenderer;
import org.etrkit.kernel.render.RowRenderer;
import org.etrkit.kernel.render.TableHtml;
import org.etrkit.kernel.render.TableRenderer;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;

import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The JJava extension: listed in {@code META-INF/services/org.dflib.jjava.jupyter.Extension}, so the
 * kernel installs it at start when the jar is on {@code JJAVA_CLASSPATH}, or when a notebook adds the
 * jar with {@code %jars}. It registers the Tablesaw (tables and rows) and XChart renderers, the
 * {@code %datasets} and {@code %export} magics, and the imports that make {@link Etr}, Tablesaw, XChart and the plot API
 * ({@code Plot}, {@code VerticalBarPlot}, ...) usable with no set-up line. Installing twice in one kernel
 * does nothing the second time; a failure is reported and never stops the kernel. Every renderer and
 * magic is registered through {@link Guard}, so that an {@code Error} in one (out of memory on a huge
 * table) is reported in one line and the kernel answers the next request.
 */
public final class EtrExtension implements Extension {

    /** The imports run in the notebook's shell when the extension is installed. */
    private static final List<String> IMPORTS = List.of(
            "import org.etrkit.kernel.Etr;",
            // over JJava's display(x), which also shows the new output's id as the cell's result
            "import static org.etrkit.kernel.Notebook.display;",
            "import tech.tablesaw.api.*;",
            "import tech.tablesaw.columns.numbers.*;",
            "import tech.tablesaw.selection.Selection;",
            "import static tech.tablesaw.aggregate.AggregateFunctions.*;",
            "import org.knowm.xchart.*;",
            "import org.knowm.xchart.style.*;",
            "import org.knowm.xchart.style.markers.SeriesMarkers;",
            "import org.etrkit.plot.*;");

    private static final Map<BaseKernel, Boolean> INSTALLED = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public void install(BaseKernel kernel) {
        if (INSTALLED.putIfAbsent(kernel, Boolean.TRUE) != null) {
            return;
        }
        try {
            LanguageVersion.useFeatureRelease(kernel);   // committed notebooks open unmodified on any JDK 17
            warmUpInBackground();
            // every renderer and magic through Guard: an Error in one must not leave the kernel deaf
            kernel.getRenderer().createRegistration(Table.class)
                    .preferring(MIMEType.TEXT_HTML)
                    .supporting(MIMEType.TEXT_PLAIN)
                    .register(Guard.render("table", new TableRenderer(Etr.display(), Etr::articles)));
            kernel.getRenderer().createRegistration(Row.class)
                    .preferring(MIMEType.TEXT_PLAIN)
                    .register(Guard.render("row", new RowRenderer()));
            kernel.getRenderer().createRegistration(Chart.class)
                    .preferring(MIMEType.IMAGE_PNG, ChartRenderer.VEGA_LITE)
                    .supporting(MIMEType.IMAGE_SVG, MIMEType.TEXT_PLAIN)
                    .register(Guard.render("chart", new ChartRenderer(Etr.display())));
            kernel.getMagicsRegistry().registerLineMagic("datasets", Guard.magic("datasets", (BaseKernel k, List<String> args) -> {
                Table list = Magics.datasets(Etr.datasets(), args);
                k.display(k.getRenderer().render(list));
                k.getIO().out.println("Etr.help() lists the API; %help NAME shows a method or class.");
                return null;
            }));
            kernel.getMagicsRegistry().registerLineMagic("export", Guard.magic("export", (BaseKernel k, List<String> args) -> {
                Export.Result r = Magics.export(Etr.datasets(), args, Path.of("").toAbsolutePath());
                k.getIO().out.println(r);
                return null;
            }));
            kernel.getMagicsRegistry().registerLineMagic("help", Guard.magic("help", (BaseKernel k, List<String> args) -> {
                k.getIO().out.println(Magics.help(args));
                return null;
            }));
            // JJava answers an unknown magic with a 4-line trace and has no hook for one: the likely misspellings
            // of ours are registered, each naming the magic meant in one line
            Magics.misspellings(List.of("datasets", "export", "help"), kernel.getMagicsRegistry().getLineMagicNames())
                    .forEach((typed, meant) -> kernel.getMagicsRegistry().registerLineMagic(typed,
                            Guard.magic(typed, (BaseKernel k, List<String> args) -> {
                                throw new org.etrkit.kernel.error.EtrException(Magics.misspelt(typed, meant));
                            })));
            kernel.eval(String.join("\n", IMPORTS));
        } catch (Throwable t) {
            // an exception here would stop the kernel at start; report it and carry on without us
            System.err.println("etr-kernel-ext: not fully installed: " + t);
        }
    }

    /**
     * Loads the tables, renders one and draws a small chart on a background thread while the kernel
     * finishes starting, so the first {@code Etr.roster()} or chart in a notebook finds the classes
     * loaded and the fonts read.
     */
    private static void warmUpInBackground() {
        Thread t = new Thread(() -> {
            try {
                TableHtml.render(Etr.roster(), Etr.display());
                CategoryChart chart = new CategoryChartBuilder().width(120).height(80).title("warm-up").build();
                chart.addSeries("s", List.of("a", "b"), List.of(1, 2));
                ChartImages.png(chart, 1.0);
            } catch (Throwable ignored) {
                // the first real call reports any problem
            }
        }, "etr-warm-up");
        t.setDaemon(true);
        t.start();
    }
}
