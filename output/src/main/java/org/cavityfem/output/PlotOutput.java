package org.cavityfem.output;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.cavityfem.analysis.merit.FiguresOfMerit;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.analysis.passband.Passband;
import org.cavityfem.output.plot.FieldMapLocations;
import org.cavityfem.output.plot.ModeCaption;
import org.cavityfem.output.plot.ModePlots;
import org.cavityfem.output.plot.PassbandPlots;
import org.cavityfem.output.plot.PlotImage;
import org.cavityfem.output.plot.PlotWarmUp;
import org.cavityfem.output.plot.WallCurves;

/**
 * The {@value #FOLDER}/ part of a result folder, each plot as PNG and SVG: for every mode, E_z on the
 * axis, H_t and E_n along the metal walls and |E| over the meridian plane, at the field level of
 * the figures of merit (the case's E_acc); for a multi-cell cavity, its passband.
 */
public final class PlotOutput {

    /** Sub-folder of the result folder that holds the plots. */
    public static final String FOLDER = "plots";

    private PlotOutput() {
    }

    /**
     * Renders and writes the plots of every mode.
     *
     * @param folder the result folder being written
     * @param caseName the case name, for titles
     * @param rows the per-mode labels, in the order of the solution's modes
     * @param analyses the modes' fields and wall tables at the case's E_acc, in the same order
     * @param passband the passband of a multi-cell cavity, if analysed
     * @return the number of files written
     */
    public static int write(OutputFolder folder, String caseName, List<ModeRow> rows, List<ModeAnalysis> analyses,
            Optional<Passband> passband) throws IOException {
        return write(folder, render(caseName, rows, analyses, passband));
    }

    /**
     * Renders the plots of every mode, and the passband's, without writing them: safe to run on
     * another thread while the other writers work (it reads the analyses only).
     *
     * @return the images in file order: mode by mode, then the passband
     */
    public static List<PlotImage> render(String caseName, List<ModeRow> rows, List<ModeAnalysis> analyses,
            Optional<Passband> passband) {
        PlotWarmUp.plotsBegin();
        // Modes are drawn in parallel (each into its own charts), then listed in mode order; the field
        // maps' cells are located once for the modes' common mesh, and the fields of all modes are
        // evaluated there in one pass.
        FieldMapLocations locations = new FieldMapLocations(analyses.stream().map(ModeAnalysis::field).toList());
        List<List<PlotImage>> perMode = IntStream.range(0, analyses.size()).parallel().mapToObj(i -> {
            ModeAnalysis a = analyses.get(i);
            ModeCaption caption = new ModeCaption(caseName, rows.get(i).label(), a.figures().frequency(),
                    normalisation(a));
            return ModePlots.render(caption, rows.get(i).index(), a.field(), WallCurves.of(a.wall()), locations);
        }).toList();
        List<PlotImage> images = new ArrayList<>();
        perMode.forEach(images::addAll);
        passband.ifPresent(p -> images.add(PassbandPlots.of(caseName, p).render()));
        return List.copyOf(images);
    }

    /**
     * What the plotted fields are scaled to: "E_acc = 1 MV/m (stored energy 0.0123 J)", "E_pk = 40 MV/m
     * (stored energy 3.2 J)", or "stored energy 1 J", with "(V_acc negligible)" or "(no V_acc)" for a
     * mode left at the stored energy under E_acc.
     */
    static String normalisation(ModeAnalysis a) {
        FiguresOfMerit f = a.figures();
        return switch (a.normalization().kind()) {
            case ACCELERATING_FIELD -> String.format(Locale.ROOT, "E_acc = %.4g MV/m (stored energy %.4g J)",
                    f.acceleratingField() * 1e-6, f.storedEnergy());
            case PEAK_SURFACE_FIELD -> String.format(Locale.ROOT, "E_pk = %.4g MV/m (stored energy %.4g J)",
                    f.peakElectricField().value() * 1e-6, f.storedEnergy());
            case STORED_ENERGY -> String.format(Locale.ROOT, "stored energy %.4g J", f.storedEnergy())
                    + (a.normalization().reason() == null ? ""
                            : Double.isFinite(f.acceleratingField()) ? " (V_acc negligible)" : " (no V_acc)");
        };
    }

    /** Writes each plot as {@code plots/<name>.png} and {@code plots/<name>.svg}. */
    public static int write(OutputFolder folder, List<PlotImage> images) throws IOException {
        for (PlotImage image : images) {
            folder.writeBytes(FOLDER + "/" + image.pngFile(), image.png());
            folder.writeBytes(FOLDER + "/" + image.svgFile(), image.svgBytes());
        }
        return 2 * images.size();
    }
}
