package org.cavityfem.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The plots of a study's table: every figure against every parameter (one PNG each, the points
 * that failed left out), and a scatter matrix of the parameters and the main figures.
 */
public final class SweepPlots {

    /** The figures of the scatter matrix, when they vary. */
    static final List<String> MATRIX_FIGURES = List.of(Figures.FREQUENCY, "EpkOverEacc", "BpkOverEacc_mT_per_MVm",
            "G_ohm", "RoverQ_ohm", Figures.G_R_OVER_Q, Figures.COUPLING);

    private SweepPlots() {
    }

    /** One plotted column: name and value of every successful row. */
    record Column(String name, double[] values) {
        boolean varies() {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double v : values) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
            return max > min;
        }
    }

    /** Writes the plots into {@code folder}. */
    public static void write(StudySpec spec, Collection<PointRow> rows, Path folder) throws IOException {
        // Draw without a display, as the result folders' plots do.
        System.setProperty("java.awt.headless", "true");
        Files.createDirectories(folder);
        List<PointRow> ok = rows.stream().filter(PointRow::ok).toList();
        if (ok.isEmpty()) {
            return;
        }
        List<Column> parameters = new ArrayList<>();
        for (int j = 0; j < spec.variables().size(); j++) {
            int jj = j;
            parameters.add(new Column(spec.variables().get(j).column(),
                    ok.stream().mapToDouble(r -> r.parameters()[jj]).toArray()));
        }
        spec.tune().ifPresent(t -> parameters.add(new Column(t.column(),
                ok.stream().mapToDouble(PointRow::tuned).toArray())));
        List<Column> figures = new ArrayList<>();
        for (String f : Figures.columns()) {
            int i = Figures.index(f);
            figures.add(new Column(f, ok.stream().mapToDouble(r -> r.figures()[i]).toArray()));
        }
        for (Column p : parameters) {
            for (Column f : figures) {
                if (f.varies()) {
                    scatter(p, f, folder.resolve(f.name() + "_vs_" + p.name() + ".png"));
                }
            }
        }
        List<Column> matrix = new ArrayList<>(parameters);
        figures.stream().filter(f -> MATRIX_FIGURES.contains(f.name()) && f.varies()).forEach(matrix::add);
        matrix.removeIf(c -> !c.varies());
        if (matrix.size() >= 2) {
            ImageIO.write(matrix(matrix), "png", folder.resolve("scatter_matrix.png").toFile());
        }
    }

    private static void scatter(Column x, Column y, Path file) throws IOException {
        XYSeries s = new XYSeries(y.name(), false, true);
        for (int i = 0; i < x.values().length; i++) {
            if (Double.isFinite(x.values()[i]) && Double.isFinite(y.values()[i])) {
                s.add(x.values()[i], y.values()[i]);
            }
        }
        JFreeChart chart = ChartFactory.createScatterPlot(y.name() + " against " + x.name(), x.name(), y.name(),
                new XYSeriesCollection(s), PlotOrientation.VERTICAL, false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 640, 480);
    }

    /** Every column against every other, histograms of the points on the diagonal left as names. */
    private static BufferedImage matrix(List<Column> columns) {
        int n = columns.size();
        int cell = 150;
        int margin = 20;
        BufferedImage image = new BufferedImage(n * cell + 2 * margin, n * cell + 2 * margin,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        for (int row = 0; row < n; row++) {
            for (int col = 0; col < n; col++) {
                int x0 = margin + col * cell;
                int y0 = margin + row * cell;
                g.setColor(Color.GRAY);
                g.setStroke(new BasicStroke(1f));
                g.drawRect(x0 + 2, y0 + 2, cell - 4, cell - 4);
                if (row == col) {
                    g.setColor(Color.BLACK);
                    g.drawString(columns.get(row).name(), x0 + 6, y0 + cell / 2);
                    continue;
                }
                double[] xs = columns.get(col).values();
                double[] ys = columns.get(row).values();
                double[] bx = range(xs);
                double[] by = range(ys);
                g.setColor(new Color(31, 119, 180));
                for (int i = 0; i < xs.length; i++) {
                    if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
                        continue;
                    }
                    double px = x0 + 8 + (cell - 16) * (xs[i] - bx[0]) / (bx[1] - bx[0]);
                    double py = y0 + cell - 8 - (cell - 16) * (ys[i] - by[0]) / (by[1] - by[0]);
                    g.fill(new Ellipse2D.Double(px - 2, py - 2, 4, 4));
                }
            }
        }
        g.dispose();
        return image;
    }

    private static double[] range(double[] v) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            if (Double.isFinite(x)) {
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
        }
        return max > min ? new double[] {min, max} : new double[] {min - 1, min + 1};
    }
}
