package org.cavityfem.app.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.cavityfem.output.OutputFolder;
import org.cavityfem.output.plot.ConvergencePlot;
import org.cavityfem.output.plot.PlotImage;

/**
 * The bench's measurements as a folder: {@value #CSV} (one row per mesh, units in the header) and,
 * per reference cavity, the relative frequency error against unknowns on log–log axes, one line per
 * element order ({@code convergence_<cavity>.png} and {@code .svg}). The folder appears complete or
 * not at all, and replaces only an earlier bench folder (one holding {@value #CSV}).
 */
public final class BenchPlots {

    /** The table file; its presence marks a bench folder. */
    public static final String CSV = "bench.csv";

    private BenchPlots() {
    }

    /**
     * Writes the folder.
     *
     * @param target the folder
     * @param references the cavities measured, in table order
     * @param rows the measurements
     * @return the folder written
     */
    public static Path write(Path target, List<Reference> references, List<BenchRow> rows) throws IOException {
        List<PlotImage> images = images(references, rows);
        try (OutputFolder folder = OutputFolder.create(target, CSV)) {
            for (PlotImage image : images) {
                folder.writeBytes(image.pngFile(), image.png());
                folder.writeBytes(image.svgFile(), image.svgBytes());
            }
            folder.writeText(CSV, csv(rows));
            return folder.commit();
        }
    }

    /** One convergence plot per reference that has rows. */
    static List<PlotImage> images(List<Reference> references, List<BenchRow> rows) {
        List<PlotImage> images = new ArrayList<>();
        for (Reference ref : references) {
            List<ConvergencePlot.Series> series = series(ref.name(), rows);
            if (!series.isEmpty()) {
                images.add(ConvergencePlot.image("convergence_" + ref.name(),
                        ref.name() + ": lowest mode against its closed form", "relative frequency error", series));
            }
        }
        return images;
    }

    /** One series per element order, ascending, of the rows of one reference. */
    static List<ConvergencePlot.Series> series(String reference, List<BenchRow> rows) {
        TreeMap<Integer, List<BenchRow>> byOrder = new TreeMap<>();
        for (BenchRow row : rows) {
            if (row.reference().equals(reference)) {
                byOrder.computeIfAbsent(row.order(), o -> new ArrayList<>()).add(row);
            }
        }
        List<ConvergencePlot.Series> series = new ArrayList<>();
        byOrder.forEach((order, list) -> series.add(new ConvergencePlot.Series("order " + order,
                list.stream().mapToDouble(BenchRow::unknowns).toArray(),
                list.stream().mapToDouble(BenchRow::relativeError).toArray())));
        return series;
    }

    static String csv(List<BenchRow> rows) {
        StringBuilder b = new StringBuilder("case,order,element size (m),elements,unknowns,relative error,"
                + "mesh (s),assembly (s),eigen (s),total (s)\n");
        for (BenchRow r : rows) {
            b.append(String.format(Locale.ROOT, "%s,%d,%.17g,%d,%d,%.17g,%.6f,%.6f,%.6f,%.6f%n", r.reference(),
                    r.order(), r.elementSize(), r.elements(), r.unknowns(), r.relativeError(), r.meshSeconds(),
                    r.assembleSeconds(), r.eigenSeconds(), r.totalSeconds()));
        }
        return b.toString();
    }
}
