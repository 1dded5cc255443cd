package org.etrkit.plot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.etrkit.plot.internal.Json;
import org.etrkit.plot.internal.Vega;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * The interactive view of a chart made by a plot builder: a Vega-Lite v5 spec with the data inlined,
 * hover text on every mark, and nothing else: no script, no URL, no {@code $schema} link. JupyterLab
 * shows it in place of the PNG (also in untrusted notebooks); code hosts and nbconvert show the PNG.
 *
 * <p>The spec follows the chart's current title, axis titles, size (at most 800 pixels wide),
 * logarithmic axes and axis limits.
 * Charts the plot builders did not make, or whose series were changed after building, have no spec
 * ({@link #supports(Chart)} is false): their PNG is all there is.
 */
public final class VegaLite {

    /** The MIME type JupyterLab renders natively. */
    public static final String MIME_TYPE = "application/vnd.vegalite.v5+json";

    /**
     * The widest view, in pixels: a notebook's column on a 1280-pixel laptop screen with JupyterLab's file browser
     * open is about 870 pixels wide, and a wider view was cut at its right edge. A wider chart's view is drawn this
     * wide (as tall as asked); its PNG keeps the size asked for.
     */
    static final int MAX_WIDTH = 800;

    private VegaLite() {
    }

    /** Whether {@code chart} has an interactive view. */
    public static boolean supports(Chart<?, ?> chart) {
        return PlotModel.of(chart) != null;
    }

    /** The number of data points the view inlines; 0 when there is no view. */
    public static int points(Chart<?, ?> chart) {
        PlotModel m = PlotModel.of(chart);
        return m == null ? 0 : m.values().size();
    }

    /**
     * The spec as a JSON tree (ordered maps, lists, strings, numbers). A chart without a view ({@link #supports} false: not
     * made by a plot builder, or its series changed after) is a {@link PlotException}.
     */
    public static Map<String, Object> spec(Chart<?, ?> chart) {
        PlotModel m = PlotModel.of(chart);
        if (m == null) {
            throw new PlotException("no Vega-Lite view: the chart was not made by a plot builder"
                    + " (VerticalBarPlot, ScatterPlot, ...) or its series changed after");
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        String title = PlotBuilder.viewTitle(chart);   // the PNG's note of a legend left out is not the view's
        spec.put("description", title == null || title.isBlank() ? "chart" : title);
        spec.put("width", viewWidth(chart));
        spec.put("height", chart.getHeight());
        spec.put("autosize", Json.obj("type", "fit", "contains", "padding"));
        // etr_fit_width first: the signal embedMetadata's patch gives its re-measuring (/signals/0)
        spec.put("params", List.of(Json.obj("name", Vega.FIT_WIDTH, "expr", MEASURED + " : " + ASKED_WIDTH),
                Json.obj("name", ASKED_WIDTH, "value", viewWidth(chart))));
        if (title != null && !title.isBlank()) {
            spec.put("title", Json.obj("text", title, "anchor", "middle", "limit", Vega.TO_WIDTH));
        }
        spec.put("data", Json.obj("values", m.values()));
        spec.putAll(m.body().apply(chart));
        spec.put("config", config(m.theme()));
        return spec;
    }

    /** The spec as JSON text; a chart without a view is a {@link PlotException}, as for {@link #spec}. */
    public static String json(Chart<?, ?> chart) {
        return Json.write(spec(chart));
    }

    /** Fonts and palette; colours of text and background only for the dark theme (else JupyterLab's theme decides). */
    private static Map<String, Object> config(PlotTheme theme) {
        Map<String, Object> axis = Json.obj("labelFontSize", 12, "titleFontSize", 13, "titleFontWeight", "normal");
        // two legends (a scatter's colours and shapes) one under the other, each as wide as the view: side by side,
        // the second ran past a 200-pixel view's right edge ("qualifie", "more")
        Map<String, Object> legend = Json.obj("labelFontSize", 12, "titleFontSize", 12, "labelLimit", 420,
                "layout", Json.obj("expr", "{bottom: {anchor: 'start', direction: 'vertical'}}"));
        Map<String, Object> title = Json.obj("fontSize", 16);
        Map<String, Object> config = Json.obj("font", "DejaVu Sans, Verdana, sans-serif",
                "range", Json.obj("category", PlotTheme.paletteHex()),
                "title", title,
                "axis", axis, "legend", legend, "view", Json.obj("stroke", "transparent"));
        if (theme == PlotTheme.DARK) {
            String text = PlotTheme.hex(theme.text());
            String grid = PlotTheme.hex(theme.grid());
            config.put("background", PlotTheme.hex(theme.background()));
            axis.putAll(Json.obj("labelColor", text, "titleColor", text, "gridColor", grid, "domainColor", grid, "tickColor", grid));
            legend.putAll(Json.obj("labelColor", text, "titleColor", text));
            title.put("color", text);
            config.put("text", Json.obj("color", text));
        }
        return config;
    }

    /** A narrower output than this is taken as not measured (not laid out yet): the view keeps the width asked for. */
    private static final int MIN_FIT_WIDTH = 120;
    /** The parameter holding the view's width in the spec (the chart's, at most {@link #MAX_WIDTH}). */
    private static final String ASKED_WIDTH = "etr_asked_width";
    /** The output's width, at most the width asked for, when it can be measured; an expression's condition and value. */
    private static final String MEASURED = "containerSize()[0] >= " + MIN_FIT_WIDTH + " ? min(containerSize()[0], "
            + ASKED_WIDTH + ")";
    /**
     * How often, in milliseconds, a view measures its output again: JupyterLab lays out a cell's output after the view is
     * embedded when the cell is away from the viewport (its windowing: the view measured 0 and kept 800 pixels in a
     * 360-pixel cell), and its side panels open and close with no window resize event.
     */
    static final int REMEASURE_MILLIS = 500;

    /** The kit's style sheet of a view (view.css): its box a block as wide as its output, and its actions menu. */
    private static final String EMBED_STYLE = embedStyle();

    /**
     * Metadata for the display bundle: JupyterLab's embed options. The actions menu keeps "save as PNG/SVG"
     * but not the link that opens the spec in the online editor; the view is drawn as SVG (each mark an
     * element, sharp at any zoom; the point limit keeps it small).
     *
     * <p>The view is drawn as wide as the cell's output when that is narrower than the spec's width (a narrow window,
     * the file browser open), so that it does not scroll sideways: the kit's style sheet ({@code view.css}) is given in
     * place of vega-embed's, which makes the view's box a block as wide as the output (vega-embed's own is an
     * inline-block, as wide as what it holds), and a patch of the compiled view sets its width to the spec's parameter {@code etr_fit_width}: that
     * box's width ({@code containerSize()}), at most the spec's, the spec's where the box cannot be measured; the view
     * measures it again every {@value #REMEASURE_MILLIS} ms (a vega timer), as JupyterLab may lay the output out later.
     * The same sheet draws the actions menu: a small round button at the view's top right, in room kept for it at
     * the box's right, whose links open below it, inside the output, in the notebook theme's colours.
     * vega-embed puts its style sheet in the page once, from the first view drawn: after a view of another kernel's
     * (Altair's), the page keeps vega-embed's own, whose box is an inline-block as wide as the view, so the view cannot
     * measure its output: it is drawn at the spec's width (an 800-pixel view scrolled in a 360-pixel output) or at a
     * width measured during layout (300 pixels there, in two runs of three), with vega-embed's menu. Nothing a display
     * bundle carries can add a style sheet besides (vega-embed takes one per page, JupyterLab drops a {@code <style>}
     * from untrusted HTML, a Vega spec has none). A theme change re-renders no view, so the kit's sheet, once in, stays.
     */
    public static Map<String, Object> embedMetadata() {
        return Json.obj("embed_options", Json.obj("renderer", "svg", "actions",
                Json.obj("export", true, "source", false, "compiled", false, "editor", false),
                "defaultStyle", EMBED_STYLE,
                "patch", List.of(Json.obj("op", "replace", "path", "/width", "value", Json.obj("signal", Vega.FIT_WIDTH)),
                        Json.obj("op", "add", "path", "/signals/0/on", "value", List.of(Json.obj(
                                "events", Json.obj("type", "timer", "throttle", REMEASURE_MILLIS),
                                "update", MEASURED + " : " + Vega.FIT_WIDTH))))));
    }

    /** The width of the view in the spec: the chart's, at most {@link #MAX_WIDTH} (the plots' x encodings use it too). */
    static int viewWidth(Chart<?, ?> chart) {
        return Math.min(chart.getWidth(), MAX_WIDTH);
    }

    private static String embedStyle() {
        try (InputStream in = VegaLite.class.getResourceAsStream("view.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("view.css is missing from the kernel extension's jar", e);
        }
    }

}
