package org.cavityfem.tools.output;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.cavityfem.postproc.field.ModeField;
import org.cavityfem.postproc.plot.ModeCaption;
import org.cavityfem.postproc.plot.ModePlots;
import org.cavityfem.postproc.passband.Passband;
import org.cavityfem.postproc.plot.PassbandPlots;
import org.cavityfem.postproc.plot.PlotImage;
import org.cavityfem.postproc.plot.WallCurve;
import org.cavityfem.postproc.plot.WallCurves;
import org.cavityfem.postproc.wall.WallTable;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.ModeSolution;

/**
 * The {@value #FOLDER}/ part of a result folder, each plot as PNG and SVG: for every mode, E_z on the
 * axis, H_t and E_n along the metal walls and |E| over the meridian plane; for a multi-cell cavity,
 * its passband.
 */
public final class PlotOutput {

    /** Sub-folder of the result folder that holds the plots. */
    public static final String FOLDER = "plots";

    /** How the plotted fields are normalised. */
    static final String NORMALISATION = "stored energy 1 J";

    private PlotOutput() {
    }

    /**
     * Renders and writes the plots of every mode.
     *
     * @param folder the result folder being written
     * @param caseName the case name, for titles
     * @param solution the modes and their mesh
     * @param rows the per-mode labels, in the order of the solution's modes
     * @param passband the passband of a multi-cell cavity, if analysed
     * @return the number of files written
     */
    public static int write(OutputFolder folder, String caseName, ModeSolution solution, List<ModeRow> rows,
            Optional<Passband> passband) throws IOException {
        int files = 0;
        for (int i = 0; i < solution.modes().size(); i++) {
            Mode mode = solution.modes().get(i);
            ModeCaption caption = new ModeCaption(caseName, rows.get(i).label(), mode.frequency(), NORMALISATION);
            ModeField field = ModeField.of(solution.mesh(), mode);
            WallCurve wall = WallCurves.of(WallTable.of(field));
            files += write(folder, ModePlots.render(caption, mode.index(), field, wall));
        }
        if (passband.isPresent()) {
            files += write(folder, List.of(PassbandPlots.of(caseName, passband.get()).render()));
        }
        return files;
    }

    /** Writes each plot as {@code plots/<name>.png} and {@code plots/<name>.svg}. */
    static int write(OutputFolder folder, List<PlotImage> images) throws IOException {
        for (PlotImage image : images) {
            folder.writeBytes(FOLDER + "/" + image.pngFile(), image.png());
            folder.writeBytes(FOLDER + "/" + image.svgFile(), image.svgBytes());
        }
        return 2 * images.size();
    }
}
