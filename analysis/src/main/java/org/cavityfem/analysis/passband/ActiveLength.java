package org.cavityfem.analysis.passband;

import org.cavityfem.units.PhysicalConstants;

/**
 * The default active length of an N-cell cavity of β = 1 cells: N half-wavelengths of its π-mode,
 * L_active = N λ/2 = N c / (2 f_π) (TESLA 9-cell at 1.3 GHz: 1.0377 m).
 */
public final class ActiveLength {

    private ActiveLength() {
    }

    /**
     * L_active (m).
     *
     * @param cells number of cells N
     * @param piModeFrequency f_π (Hz)
     */
    public static double ofCells(int cells, double piModeFrequency) {
        return cells * PhysicalConstants.SPEED_OF_LIGHT / (2 * piModeFrequency);
    }
}
