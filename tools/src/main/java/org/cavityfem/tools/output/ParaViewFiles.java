package org.cavityfem.tools.output;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cavityfem.postproc.field.ModeField;
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
        List<ParaViewExport.ModeOutput> modes = new ArrayList<>();
        for (int i = 0; i < solution.modes().size(); i++) {
            ModeField field = ModeField.of(solution.mesh(), solution.modes().get(i));
            modes.add(new ParaViewExport.ModeOutput(rows.get(i).label(), field,
                    Optional.of(WallLines.of(WallTable.of(field)))));
        }
        return ParaViewExport.write(folder::file, modes, options);
    }
}
