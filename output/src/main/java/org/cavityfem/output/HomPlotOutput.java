package org.cavityfem.output;

import java.io.IOException;
import org.cavityfem.output.plot.HomPlots;
import org.cavityfem.output.plot.PlotChart;
import org.cavityfem.study.AzimuthalStudyResult;

/** Writes the plots of a HOM table into {@code plots/} (PNG and SVG, as every plot). */
final class HomPlotOutput {

    private HomPlotOutput() {
    }

    /** Writes the plots; returns the number of files. */
    static int write(OutputFolder folder, AzimuthalStudyResult study) throws IOException {
        int files = 0;
        for (PlotChart chart : HomPlots.of(study.resolved().name(), study.byFrequency())) {
            files += PlotOutput.write(folder, java.util.List.of(chart.render()));
        }
        return files;
    }
}
