package org.cavityfem.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cavityfem.analysis.superconducting.SurfaceQuantities;
import org.cavityfem.analysis.superconducting.SurfaceSummary;

/**
 * The {@code superconductingSurface} block of a mode in summary.json: the skin-layer electrons at
 * the case's E_acc and as slopes per MV/m, vortex entry at H_c1(T) and where, the vortex heating
 * and how fast it heats (docs/superconducting-surface.md). Values at the peak wall current unless
 * named otherwise.
 */
public final class SurfaceJson {

    private SurfaceJson() {
    }

    /** Adds the block to a mode's node: the quantities of {@link SurfaceQuantities#FIGURES}. */
    public static void addTo(ObjectNode mode, SurfaceSummary s) {
        Json.quantities(mode.putObject("superconductingSurface"), SurfaceQuantities.FIGURES, s);
    }
}
