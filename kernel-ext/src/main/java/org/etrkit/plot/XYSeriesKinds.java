package org.etrkit.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The two kinds of series {@link ScatterPlot} and {@link TimelinePlot} draw in the PNG: markers alone, one colour,
 * and lines without markers (ranges, periods) that the legend leaves out, their markers' entry standing for them.
 */
final class XYSeriesKinds {

    private XYSeriesKinds() {
    }

    /** Adds a series of markers at ({@code xs}, {@code ys}), shaped {@code marker}, in {@code colour}. */
    static void addMarkers(XYChart chart, String name, List<Double> xs, List<Double> ys, Marker marker, Color colour) {
        XYSeries s = chart.addSeries(name, xs, ys);
        s.setMarker(marker);
        s.setMarkerColor(colour);
        s.setLineColor(colour);
    }

    /**
     * Adds lines through ({@code xs}, {@code ys}), a NaN ending each, in {@code colour} and {@code stroke}, with no
     * marker and no legend entry.
     */
    static void addUnlistedLine(XYChart chart, String name, List<Double> xs, List<Double> ys, Color colour,
                                BasicStroke stroke) {
        XYSeries s = chart.addSeries(name, xs, ys);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(colour);
        s.setLineStyle(stroke);
        s.setShowInLegend(false);
    }
}
