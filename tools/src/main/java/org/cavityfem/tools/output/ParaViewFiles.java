package org.cavityfem.tools.output;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.cavityfem.postproc.merit.ModeAnalysis;
import org.cavityfem.postproc.vtk.ParaViewExport;
import org.cavityfem.postproc.vtk.ParaViewOptions;

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
        List<ParaViewExport.ModeOutput> modes = new ArrayList<>();
        for (int i = 0; i < analyses.size(); i++) {
            modes.add(ParaViewExport.ModeOutput.of(rows.get(i).label(), analyses.get(i)));
        }
        return ParaViewExport.write(folder::file, modes, options);
    }
}
