package org.cavityfem.output.plot;

import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.cavityfem.analysis.hom.AzimuthalFigures;
import org.cavityfem.analysis.hom.BroadbandImpedance;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The plots of a HOM table (design.md §2.13): the modes' R/Q against frequency, one series per
 * azimuthal order with its unit, and the real part of the broadband impedance built from them
 * ({@link BroadbandImpedance}), longitudinal and transverse each on its own chart.
 */
public final class HomPlots {

    /** File name of the R/Q plot. */
    public static final String ROVERQ = "hom_RoverQ";
    /** File name of the longitudinal impedance plot. */
    public static final String LONGITUDINAL = "hom_impedance_long";
    /** File name of the transverse impedance plot. */
    public static final String TRANSVERSE = "hom_impedance_perp";

    private HomPlots() {
    }

    /** The charts of a HOM table: R/Q, and each impedance that has a contributing mode. */
    public static List<PlotChart> of(String caseName, List<AzimuthalFigures> modes) {
        PlotStyle.headless();
        List<PlotChart> out = new ArrayList<>();
        TreeMap<Integer, XYSeries> byOrder = new TreeMap<>();
        for (AzimuthalFigures f : modes) {
            double rq = f.roverQ();
            if (!(rq > 0) || !Double.isFinite(rq)) {
                continue;
            }
            byOrder.computeIfAbsent(f.m(), m -> new XYSeries(seriesName(m), false, true))
                    .add(f.frequency() * 1e-6, rq);
        }
        if (byOrder.isEmpty()) {
            return out;
        }
        XYSeriesCollection data = new XYSeriesCollection();
        byOrder.values().forEach(data::addSeries);
        LogAxis range = new LogAxis("R/Q, linac convention (unit per order)");
        range.setSmallestValue(1e-12);
        out.add(PassbandPlot.sized(ROVERQ, markers(String.format(Locale.ROOT, "%s: R/Q of the modes", caseName),
                data, range)));
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (AzimuthalFigures f : modes) {
            lo = Math.min(lo, f.frequency());
            hi = Math.max(hi, f.frequency());
        }
        double span = Math.max(hi - lo, 0.05 * hi);
        BroadbandImpedance z = BroadbandImpedance.of(modes, Math.max(lo - 0.1 * span, 0.5 * lo), hi + 0.1 * span);
        if (modes.stream().anyMatch(f -> f.m() == 0 && BroadbandImpedance.contributes(f))) {
            out.add(PassbandPlot.sized(LONGITUDINAL, line(caseName + ": longitudinal impedance of the m = 0 modes",
                    "Re Z_long (Ohm)", z.frequency(), z.longitudinal())));
        }
        if (modes.stream().anyMatch(f -> f.m() == 1 && BroadbandImpedance.contributes(f))) {
            out.add(PassbandPlot.sized(TRANSVERSE, line(caseName + ": transverse impedance of the m = 1 modes",
                    "Re Z_perp (Ohm/m)", z.frequency(), z.transverse())));
        }
        return out;
    }

    private static String seriesName(int m) {
        return switch (m) {
            case 0 -> "m = 0, (R/Q)_long on the axis (Ohm)";
            case 1 -> "m = 1, (R/Q)_perp (Ohm/m)";
            default -> "m = " + m + ", (R/Q)_long at r0 (Ohm)";
        };
    }

    private static JFreeChart markers(String title, XYSeriesCollection data, LogAxis range) {
        NumberAxis domain = new NumberAxis("frequency (MHz)");
        domain.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        XYPlot plot = new XYPlot(data, domain, range, renderer);
        JFreeChart chart = PlotStyle.chart(title, plot, true);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, PlotStyle.series(i));
            renderer.setSeriesShape(i, new Ellipse2D.Double(-5, -5, 10, 10));
        }
        return chart;
    }

    private static JFreeChart line(String title, String rangeLabel, double[] f, double[] z) {
        XYSeries s = new XYSeries(rangeLabel, true, true);
        double peak = 0;
        for (double v : z) {
            peak = Math.max(peak, v);
        }
        double floor = peak * 1e-9;
        for (int i = 0; i < f.length; i++) {
            s.add(f[i] * 1e-6, Math.max(z[i], floor));
        }
        NumberAxis domain = new NumberAxis("frequency (MHz)");
        domain.setAutoRangeIncludesZero(false);
        LogAxis range = new LogAxis(rangeLabel);
        range.setSmallestValue(floor);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), domain, range, renderer);
        renderer.setSeriesPaint(0, PlotStyle.series(0));
        renderer.setSeriesStroke(0, PlotStyle.THIN);
        return PlotStyle.chart(title, plot, false);
    }
}
