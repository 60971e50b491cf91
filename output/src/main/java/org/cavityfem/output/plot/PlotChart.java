package org.cavityfem.output.plot;

import org.jfree.chart.JFreeChart;

/**
 * A chart ready to render, with its file name and image size.
 *
 * @param name file name without extension
 * @param chart the chart
 * @param width image width (px)
 * @param height image height (px)
 */
public record PlotChart(String name, JFreeChart chart, int width, int height) {

    /** Draws the chart as PNG and SVG. */
    public PlotImage render() {
        return PlotImage.render(name, chart, width, height);
    }
}
