package org.cavityfem.tools.output;

import java.io.IOException;
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
     * @return the relative names of the files written
     */
    public static List<String> write(OutputFolder folder, ModeSolution solution, ParaViewOptions options)
            throws IOException {
        List<ParaViewExport.ModeOutput> modes = solution.modes().stream()
                .map(m -> {
                    ModeField field = ModeField.of(solution.mesh(), m);
                    return new ParaViewExport.ModeOutput(field, Optional.of(WallLines.of(WallTable.of(field))));
                })
                .toList();
        return ParaViewExport.write(folder::file, modes, options);
    }
}
