package org.cavityfem.study;

import java.util.List;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.analysis.superconducting.ModeSurface;
import org.cavityfem.casefile.SuperconductorSpec;

/**
 * The superconducting-surface step of a run: the skin-layer electrons of every analysed mode at the
 * case's E_acc, for the case's {@code superconductor} material and temperature; in parallel over the
 * modes, each mode's computation sequential (the same bits for any number of threads).
 */
public final class SurfaceStage {

    private SurfaceStage() {
    }

    /** One result per analysed mode, in its order. */
    public static List<ModeSurface> analyse(List<ModeAnalysis> analyses, SuperconductorSpec spec) {
        return (analyses.size() > 1 ? analyses.parallelStream() : analyses.stream()).map(a -> ModeSurface.of(a, spec.material(), spec.temperature())).toList();
    }
}
