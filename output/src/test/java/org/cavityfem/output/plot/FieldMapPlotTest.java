package org.cavityfem.output.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.mesh.geometry.Contour;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/** Field maps: cell-centre sampling, equal scales on both axes, and colours where the data say. */
class FieldMapPlotTest {

    private static final ModeCaption CAPTION = new ModeCaption("box", "TM0-1", 1e9, "stored energy 1 J");
    /** A closed pillbox, 80 mm radius and 50 mm gap: z in [-25, 25] mm, r in [0, 80] mm. */
    private static final Contour BOX = Pillbox.closed(0.08, 0.05).contour();
    /** A pillbox with beam pipes, much longer than wide: drawn mirrored. */
    private static final Contour LONG = new Pillbox(0.05, 0.04, 0.02, 0.2).contour();

    @Test
    void gridSamplesCellCentresAndMirrorsBelowTheAxis() {
        FieldGrid grid = FieldGrid.sample(0, 4, -2, 2, 4, 2, (z, r) -> z + 10 * r);
        // Cell (i, j) has centre z = i + 0.5, r = -2 + 2 (j + 0.5); the row below the axis sees |r| = 1.
        assertEquals(0.5 + 10, grid.value(0, 0), 1e-15);
        assertEquals(3.5 + 10, grid.value(3, 1), 1e-15);
        assertEquals(3.5 + 10, grid.max(), 1e-15);
    }

    @Test
    void plotAreaHasEqualScalesOnBothAxes() {
        for (boolean mirrored : new boolean[] {false, true}) {
            for (Contour contour : new Contour[] {BOX, LONG}) {
                FieldMapPlot plot = new FieldMapPlot(CAPTION, contour, "|E| (MV/m)", mirrored);
                PlotChart chart = plot.chart("map", plot.sample((z, r) -> 1), 1);
                Rectangle2D area = dataArea(chart);
                XYPlot xy = chart.chart().getXYPlot();
                double mmPerPixelZ = xy.getDomainAxis().getRange().getLength() / area.getWidth();
                double mmPerPixelR = xy.getRangeAxis().getRange().getLength() / area.getHeight();
                assertEquals(1, mmPerPixelZ / mmPerPixelR, 1.5 / Math.min(area.getWidth(), area.getHeight()),
                        "scales differ: " + mmPerPixelZ + " and " + mmPerPixelR + " mm per pixel");
                assertTrue(chart.width() >= FieldMapPlot.MIN_WIDTH);
            }
        }
    }

    @Test
    void colourShowsTheValueInsideAndTheBackgroundOutside() {
        // Inside for z > 0 only: a constant there is the top of the scale; z < 0 stays uncoloured.
        FieldMapPlot plot = new FieldMapPlot(CAPTION, BOX, "|E| (MV/m)", false);
        FieldGrid grid = plot.sample((z, r) -> z > 0 ? 2e6 : Double.NaN);
        PlotChart chart = plot.chart("map", grid, 1e-6);
        PlotImage image = chart.render();
        BufferedImage png = PlotFiles.decodePng(image);
        // The SVG keeps the colours as one embedded PNG image under vector axes and outline.
        var images = PlotFiles.parseSvg(image).getElementsByTagNameNS("http://www.w3.org/2000/svg", "image");
        assertEquals(1, images.getLength());
        assertTrue(((org.w3c.dom.Element) images.item(0)).getAttributeNS("http://www.w3.org/1999/xlink", "href")
                .startsWith("data:image/png;base64,"));
        Rectangle2D area = dataArea(chart);
        int y = (int) area.getCenterY();
        int inside = png.getRGB((int) (area.getX() + 0.75 * area.getWidth()), y) & 0xFFFFFF;
        int outside = png.getRGB((int) (area.getX() + 0.25 * area.getWidth()), y) & 0xFFFFFF;
        assertEquals(new ColorMap(0, 2).rgb(2), inside, String.format("inside %06X", inside));
        assertEquals(0xFFFFFF, outside, String.format("outside %06X", outside));
    }

    @Test
    void titleSaysWhichPartOfThePlaneIsShown() {
        FieldMapPlot half = new FieldMapPlot(CAPTION, BOX, "|E| (MV/m)", false);
        FieldMapPlot whole = new FieldMapPlot(CAPTION, LONG, "|E| (MV/m)", true);
        assertEquals("box TM0-1, 1000.00 MHz: |E| over the meridian half-plane",
                half.chart(half.sample((z, r) -> 1), 1).getTitle().getText());
        JFreeChart mirrored = whole.chart(whole.sample((z, r) -> 1), 1);
        assertEquals("box TM0-1, 1000.00 MHz: |E| over the meridian plane", mirrored.getTitle().getText());
        assertEquals(-mirrored.getXYPlot().getRangeAxis().getUpperBound(),
                mirrored.getXYPlot().getRangeAxis().getLowerBound(), 1e-9);
    }

    private static Rectangle2D dataArea(PlotChart chart) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage img = new BufferedImage(chart.width(), chart.height(), BufferedImage.TYPE_INT_RGB);
        chart.chart().draw(img.createGraphics(), new Rectangle2D.Double(0, 0, chart.width(), chart.height()), info);
        return info.getPlotInfo().getDataArea();
    }
}
