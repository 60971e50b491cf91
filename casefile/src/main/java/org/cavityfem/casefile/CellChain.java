package org.cavityfem.casefile;

import java.util.Optional;
import org.cavityfem.mesh.build.EllipticalHalfCell;
import org.cavityfem.mesh.geometry.BoundaryKind;

/**
 * A whole chain of two or more cells, whose TM010 passband a run labels.
 *
 * @param cells number of cells N
 * @param irisPlanes z of the N + 1 iris planes (m)
 * @param endPlanes kind of the planes closing the ends
 * @param openEnds true when the chain ends in beam pipes or magnetic planes, whose standing waves are
 *     the passband of phases π/N .. π
 * @param midCell the inner half-cell, of which the periodic mid-cell is made
 */
public record CellChain(int cells, double[] irisPlanes, BoundaryKind endPlanes, boolean openEnds,
        EllipticalHalfCell midCell) {

    public CellChain {
        irisPlanes = irisPlanes.clone();
    }

    @Override
    public double[] irisPlanes() {
        return irisPlanes.clone();
    }

    /**
     * Why the passband has no π-mode to label, or empty when it has one: metal or electric planes at
     * the end irises give the other family of standing waves, phases 0 .. (N − 1)π/N.
     */
    public Optional<String> noPiModeReason() {
        if (openEnds) {
            return Optional.empty();
        }
        return Optional.of("a chain closed by " + endPlanes.key() + " planes at its end irises has the 0-mode "
                + "family of standing waves (no pi-mode); give it beam pipes or magnetic end planes");
    }
}
