package org.cavityfem.output.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.image.BufferedImage;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/**
 * Charts drawn one after another into the thread's reused image have the pixels a new image of
 * their own gives ({@code JFreeChart.createBufferedImage}, which the PNGs came from before): what an
 * earlier chart left is cleared, including where the next chart draws nothing opaque. A thread keeps
 * one image per size, so charts of alternating sizes reuse theirs.
 */
class PlotCanvasTest {

    @Test
    void reusedImageHasTheSamePixelsAsANewOne() {
        // A dark chart first, so that any pixel it left behind would show in the light ones after it.
        JFreeChart dark = chart("dark", 0.3);
        dark.setBackgroundPaint(java.awt.Color.BLACK);
        dark.getPlot().setBackgroundPaint(java.awt.Color.DARK_GRAY);
        JFreeChart light = chart("light", 2.0);
        // Transparent backgrounds: the chart leaves the image's own pixels where it draws nothing.
        JFreeChart clear = chart("transparent", 5.0);
        clear.setBackgroundPaint(null);
        clear.getPlot().setBackgroundPaint(null);
        int width = 320;
        int height = 200;
        BufferedImage first = PlotImage.drawn(dark, width, height);
        assertArrayEquals(pixels(dark.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null)),
                pixels(first));
        for (JFreeChart c : new JFreeChart[] {light, clear, dark}) {
            int[] fresh = pixels(c.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null));
            BufferedImage reused = PlotImage.drawn(c, width, height);
            assertSame(first, reused, "the thread's image is reused");
            assertArrayEquals(fresh, pixels(reused), c.getTitle().getText());
        }
        // Another size gets an image of its own, with the same pixels as a new one.
        assertArrayEquals(pixels(light.createBufferedImage(200, 100, BufferedImage.TYPE_INT_RGB, null)),
                pixels(PlotImage.drawn(light, 200, 100)));
        // Back to the first size (as a mode's axis, wall and field-map charts alternate): its image is
        // still the thread's, cleared of the charts drawn into it before.
        BufferedImage again = PlotImage.drawn(light, width, height);
        assertSame(first, again, "the image of the first size is kept beside the other size's");
        assertArrayEquals(pixels(light.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null)),
                pixels(again));
    }

    private static JFreeChart chart(String title, double slope) {
        XYSeries s = new XYSeries("y");
        for (int i = 0; i <= 50; i++) {
            s.add(i, slope * Math.sin(0.2 * i) + 0.01 * i * i);
        }
        return ChartFactory.createXYLineChart(title, "x", "y", new XYSeriesCollection(s), PlotOrientation.VERTICAL,
                true, false, false);
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
