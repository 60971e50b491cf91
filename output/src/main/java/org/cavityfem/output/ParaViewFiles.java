package org.cavityfem.output;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.analysis.quantity.Output;
import org.cavityfem.analysis.superconducting.SurfaceColumn;
import org.cavityfem.output.vtk.ParaViewExport;
import org.cavityfem.output.vtk.ParaViewOptions;
import org.cavityfem.output.vtk.WallLines;

/**
 * The ParaView files of a result ({@value ParaViewExport#FOLDER}/), written through the atomic
 * {@link OutputFolder}. Fields are written as in summary.json: scaled to the case's accelerating
 * field (a mode without a voltage on the axis stays at stored energy U = 1 J); each file records
 * the scale in its field data.
 */
public final class ParaViewFiles {

    private ParaViewFiles() {
    }

    /**
     * Writes the files of every mode.
     *
     * @param rows the modes' rows (labels)
     * @param analyses the modes' analyses, in the order of the rows
     * @return the relative names of the files written
     */
    public static List<String> write(OutputFolder folder, List<ModeRow> rows, List<ModeAnalysis> analyses,
            ParaViewOptions options) throws IOException {
        return write(folder, rows, analyses, options, List.of());
    }

    /**
     * Writes the files of every mode, the walls also with the skin-layer columns of
     * docs/superconducting-surface.md.
     *
     * @param rows the modes' rows (labels)
     * @param analyses the modes' analyses, in the order of the rows
     * @param surfaces each mode's skin-layer columns at the wall-table rows ({@link SurfaceColumn#of}
     *     of its profile; those of them the ParaView files write are taken), in the same order; empty
     *     for none
     * @return the relative names of the files written
     */
    public static List<String> write(OutputFolder folder, List<ModeRow> rows, List<ModeAnalysis> analyses,
            ParaViewOptions options, List<List<SurfaceColumn>> surfaces) throws IOException {
        List<ParaViewExport.ModeOutput> modes = new ArrayList<>();
        for (int i = 0; i < analyses.size(); i++) {
            ParaViewExport.ModeOutput mode = ParaViewExport.ModeOutput.of(rows.get(i).label(), analyses.get(i));
            if (!surfaces.isEmpty()) {
                List<SurfaceColumn> surface = SurfaceColumn.in(surfaces.get(i), Output.PARAVIEW);
                mode = new ParaViewExport.ModeOutput(mode.label(), mode.field(),
                        mode.walls().map(w -> withSurfaceColumns(w, surface)), mode.extra());
            }
            modes.add(mode);
        }
        return ParaViewExport.write(folder::file, modes, options);
    }

    private static WallLines withSurfaceColumns(WallLines walls, List<SurfaceColumn> surface) {
        Map<String, double[]> columns = new LinkedHashMap<>(walls.columns());
        for (SurfaceColumn c : surface) {
            columns.put(c.key(), c.values());
        }
        return new WallLines(walls.z(), walls.r(), walls.segment(), columns);
    }
}
