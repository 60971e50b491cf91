package org.cavityfem.sweep;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The Pareto plot of an optimisation: the first two objectives of the Pareto points (red), of the
 * other feasible designs (grey) and of the designs below the k_cc floor (light grey).
 */
final class ParetoPlot {

    private ParetoPlot() {
    }

    static void write(StudySpec spec, Collection<PointRow> all, Collection<PointRow> pareto, Path file)
            throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<Objective> objectives = spec.optimize().orElseThrow().objectives();
        Objective x = objectives.get(0);
        Objective y = objectives.size() > 1 ? objectives.get(1) : objectives.get(0);
        XYSeriesCollection data = new XYSeriesCollection();
        OptionalDouble floor = spec.optimize().orElseThrow().minCoupling();
        List<PointRow> feasible = all.stream().filter(r -> r.ok() && (floor.isEmpty()
                || r.figure(Figures.COUPLING) >= floor.getAsDouble())).toList();
        List<PointRow> infeasible = all.stream().filter(r -> !feasible.contains(r)).toList();
        data.addSeries(series("Pareto front", pareto, x, y));
        data.addSeries(series("feasible designs", feasible, x, y));
        data.addSeries(series("designs below the k_cc floor", infeasible, x, y));
        JFreeChart chart = ChartFactory.createScatterPlot("Pareto front of " + spec.name(), x.toString(),
                y.toString(), data, PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.getRenderer().setSeriesPaint(0, new Color(214, 39, 40));
        plot.getRenderer().setSeriesPaint(1, new Color(120, 120, 120));
        plot.getRenderer().setSeriesPaint(2, new Color(215, 215, 215));
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 720, 540);
    }

    private static XYSeries series(String name, Collection<PointRow> rows, Objective x, Objective y) {
        XYSeries s = new XYSeries(name, false, true);
        for (PointRow r : rows) {
            if (r != null && r.ok()) {
                double a = r.figure(x.column());
                double b = r.figure(y.column());
                if (Double.isFinite(a) && Double.isFinite(b)) {
                    s.add(a, b);
                }
            }
        }
        return s;
    }
}
