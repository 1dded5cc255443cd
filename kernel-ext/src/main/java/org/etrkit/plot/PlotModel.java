package org.etrkit.plot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.function.Function;

import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.series.AxesChartSeries;
import org.knowm.xchart.internal.series.AxesChartSeriesCategory;
import org.knowm.xchart.internal.series.AxesChartSeriesNumericalNoErrorBars;
import org.knowm.xchart.internal.series.Series;

/**
 * What a plot builder knows about the chart it made, for its interactive (Vega-Lite) view: the rows as
 * inlined data, the marks and encodings (read against the chart's current titles, size and axis
 * settings), the theme, and the chart's series as built. When the series change afterwards (a series
 * added, removed or given other data), the model no longer describes the chart and is not used. It lives
 * beside the builders, not in {@code internal}, since it holds their {@link PlotTheme}: {@code internal}
 * never uses this package.
 *
 * @param values  one object per data point, keys safe for Vega-Lite
 * @param body    the marks and encodings ({@code mark}/{@code encoding} or {@code layer}) for the chart
 * @param theme   the theme the chart was built with
 * @param series  the series names and sizes as built
 */
record PlotModel(List<Map<String, Object>> values, Function<Chart<?, ?>, Map<String, Object>> body,
                        PlotTheme theme, List<String> series) {

    private static final Map<Chart<?, ?>, PlotModel> MODELS = Collections.synchronizedMap(new WeakHashMap<>());

    PlotModel {
        values = List.copyOf(values);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(theme, "theme");
        series = List.copyOf(series);
    }

    /** Records the model of {@code chart} (replacing any earlier one) and returns the chart. */
    static <C extends Chart<?, ?>> C attach(C chart, List<Map<String, Object>> values,
                                                   Function<Chart<?, ?>, Map<String, Object>> body, PlotTheme theme) {
        MODELS.put(chart, new PlotModel(values, body, theme, fingerprint(chart)));
        return chart;
    }

    /** The model of {@code chart}, or null when it was not made by a plot builder or its series changed since. */
    static PlotModel of(Chart<?, ?> chart) {
        PlotModel m = MODELS.get(chart);
        return m != null && m.series.equals(fingerprint(chart)) ? m : null;
    }

    /** Each series as "name:size:identity of its data". */
    static List<String> fingerprint(Chart<?, ?> chart) {
        List<String> f = new ArrayList<>();
        for (Map.Entry<String, ? extends Series> e : chart.getSeriesMap().entrySet()) {
            Series s = e.getValue();
            String data = "";
            if (s instanceof AxesChartSeriesNumericalNoErrorBars n) {
                data = n.getXData().length + "@" + System.identityHashCode(n.getYData());
            } else if (s instanceof AxesChartSeriesCategory c) {
                data = c.getXData().size() + "@" + System.identityHashCode(c.getYData());
            } else if (s instanceof AxesChartSeries) {
                data = "?";
            }
            f.add(e.getKey() + ":" + data);
        }
        return f;
    }
}
