package org.cavityfem.tools.cases;

import java.util.Objects;
import org.cavityfem.postproc.vtk.ParaViewOptions;
import org.cavityfem.postproc.vtk.VtkEncoding;

/**
 * The {@code output} section of a case: how the result files are written.
 *
 * @param paraviewEncoding {@code binary} (appended raw, the default) or {@code ascii} ParaView files
 * @param revolvedSteps angular steps of the revolved 3D wall view under paraview/; 0 for none
 * @param plots whether the result folder gets plots/ (PNG and SVG plots of every mode)
 */
public record OutputSpec(VtkEncoding paraviewEncoding, int revolvedSteps, boolean plots) {

    public OutputSpec {
        Objects.requireNonNull(paraviewEncoding, "paraviewEncoding");
    }

    /** The defaults: binary ParaView files, no revolved view, plots. */
    public static OutputSpec defaults() {
        return new OutputSpec(VtkEncoding.BINARY, 0, true);
    }

    /** A copy with another encoding. */
    public OutputSpec withParaviewEncoding(VtkEncoding encoding) {
        return new OutputSpec(encoding, revolvedSteps, plots);
    }

    /** A copy with another number of revolved-view steps. */
    public OutputSpec withRevolvedSteps(int steps) {
        return new OutputSpec(paraviewEncoding, steps, plots);
    }

    /** A copy with plots switched on or off. */
    public OutputSpec withPlots(boolean on) {
        return new OutputSpec(paraviewEncoding, revolvedSteps, on);
    }

    /** The ParaView writer's options. */
    public ParaViewOptions paraView() {
        return new ParaViewOptions(paraviewEncoding, revolvedSteps);
    }
}
