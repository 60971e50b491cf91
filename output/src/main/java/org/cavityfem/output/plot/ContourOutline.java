package org.cavityfem.output.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.ContourSegment;
import org.cavityfem.mesh.geometry.Line;
import org.cavityfem.mesh.geometry.Point;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The cavity outline as chart series: one poly-line per contour segment (curves finely sampled),
 * metal walls solid black, symmetry planes dashed grey; segments on the axis are left out (the
 * axis is the plot's own line). Optionally mirrored about the axis as well.
 */
final class ContourOutline {

    /**
     * Points per curved segment: on an iris arc 60 px across the chords are about a pixel long and
     * stray from the curve by a small fraction of a pixel.
     */
    private static final int CURVE_POINTS = 64;

    private static final BasicStroke WALL = new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke PLANE = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            10f, new float[] {8f, 6f}, 0f);

    private final XYSeriesCollection series = new XYSeriesCollection();
    private final XYLineAndShapeRenderer renderer = new SeriesPathRenderer(true, false, true);
    private final List<Boolean> walls = new ArrayList<>();

    /**
     * @param contour the cavity contour (m)
     * @param mirrored also draw the mirror image below the axis
     */
    ContourOutline(Contour contour, boolean mirrored) {
        int n = 0;
        for (double sign : mirrored ? new double[] {1, -1} : new double[] {1}) {
            for (ContourSegment segment : contour.segments()) {
                if (segment.kind() == BoundaryKind.AXIS) {
                    continue;
                }
                XYSeries s = new XYSeries("segment " + n, false, true);
                int points = segment.shape() instanceof Line ? 2 : CURVE_POINTS;
                for (int i = 0; i < points; i++) {
                    Point p = segment.shape().pointAt(i / (points - 1.0));
                    s.add(p.z() * PlotUnits.MM_PER_M, sign * p.r() * PlotUnits.MM_PER_M, false);
                }
                series.addSeries(s);
                walls.add(segment.kind() == BoundaryKind.METAL);
                n++;
            }
        }
    }

    /** Sets the line styles; call after the chart theme, which resets series styles. */
    void style() {
        renderer.setDefaultSeriesVisibleInLegend(false);
        for (int i = 0; i < walls.size(); i++) {
            renderer.setSeriesPaint(i, walls.get(i) ? Color.BLACK : Color.GRAY);
            renderer.setSeriesStroke(i, walls.get(i) ? WALL : PLANE);
        }
    }

    /** The outline, one series per segment (mm). */
    XYSeriesCollection dataset() {
        return series;
    }

    /** Draws each segment in the style of its boundary kind. */
    XYLineAndShapeRenderer renderer() {
        return renderer;
    }
}
