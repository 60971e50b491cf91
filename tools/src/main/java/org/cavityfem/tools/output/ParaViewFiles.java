package org.cavityfem.tools.output;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cavityfem.postproc.field.AxisProfile;
import org.cavityfem.postproc.field.ModeField;
import org.cavityfem.postproc.material.Superconductor;
import org.cavityfem.postproc.superconducting.FiniteElementWall;
import org.cavityfem.postproc.superconducting.SurfaceColumn;
import org.cavityfem.postproc.superconducting.SurfaceProfile;
import org.cavityfem.postproc.vtk.ParaViewExport;
import org.cavityfem.postproc.vtk.ParaViewOptions;
import org.cavityfem.postproc.vtk.WallLines;
import org.cavityfem.postproc.wall.WallTable;
import org.cavityfem.solver.ModeSolution;

/**
 * The ParaView files of a result ({@value ParaViewExport#FOLDER}/), written through the atomic
 * {@link OutputFolder}. Fields are written at the solver's normalisation, stored energy U = 1 J,
 * which each file records in its field data.
 */
public final class ParaViewFiles {

    private ParaViewFiles() {
    }

    /**
     * Writes the files of every mode of a solution.
     *
     * @param rows the modes' rows (labels), in the solution's order
     * @return the relative names of the files written
     */
    public static List<String> write(OutputFolder folder, ModeSolution solution, List<ModeRow> rows,
            ParaViewOptions options) throws IOException {
        return write(folder, solution, rows, options, null);
    }

    /**
     * Writes the files of every mode of a solution, the walls with the skin-layer columns of a
     * superconducting wall material (docs/superconducting-surface.md) at the same U = 1 J amplitude.
     *
     * @param rows the modes' rows (labels), in the solution's order
     * @param material the wall material, or null for none of those columns
     * @return the relative names of the files written
     */
    public static List<String> write(OutputFolder folder, ModeSolution solution, List<ModeRow> rows,
            ParaViewOptions options, Superconductor material) throws IOException {
        List<ParaViewExport.ModeOutput> modes = new ArrayList<>();
        for (int i = 0; i < solution.modes().size(); i++) {
            ModeField field = ModeField.of(solution.mesh(), solution.modes().get(i));
            WallTable table = WallTable.of(field);
            WallLines walls = WallLines.of(table);
            if (material != null) {
                walls = withSurfaceColumns(walls, table, field, material);
            }
            modes.add(new ParaViewExport.ModeOutput(rows.get(i).label(), field, Optional.of(walls)));
        }
        return ParaViewExport.write(folder::file, modes, options);
    }

    private static WallLines withSurfaceColumns(WallLines walls, WallTable table, ModeField field,
            Superconductor material) {
        SurfaceProfile profile = SurfaceProfile.of(
                FiniteElementWall.tableRows(table, AxisProfile.of(field), Double.NaN, "none"), material);
        Map<String, double[]> columns = new LinkedHashMap<>(walls.columns());
        for (SurfaceColumn c : SurfaceColumn.of(profile)) {
            columns.put(c.header(), c.values());
        }
        return new WallLines(walls.z(), walls.r(), walls.segment(), columns);
    }
}
