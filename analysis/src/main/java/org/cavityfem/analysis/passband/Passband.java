package org.cavityfem.analysis.passband;

import java.util.List;
import java.util.Optional;

/**
 * The fundamental (TM010-like) passband of an N-cell cavity.
 *
 * <p>Field flatness is min_j E_j / max_j E_j over the cells j of the π-mode, E_j the peak |E_z|
 * on the axis inside cell j (1 for a perfectly flat field).
 *
 * @param cells N
 * @param modes the N modes, m = 1..N (π-mode last)
 * @param dispersion the coupled-oscillator relation fitted to them
 * @param piModeCellPeaks peak |E_z| on the axis per cell of the π-mode, over the largest of them
 * @param periodicCell k_cc from the 0/π pair of the periodic mid-cell, when computed
 */
public record Passband(int cells, List<PassbandMode> modes, DispersionFit dispersion, double[] piModeCellPeaks,
        Optional<CellCoupling> periodicCell) {

    public Passband {
        modes = List.copyOf(modes);
        piModeCellPeaks = piModeCellPeaks.clone();
    }

    /** The π-mode. */
    public PassbandMode piMode() {
        return modes.get(modes.size() - 1);
    }

    /**
     * Cell-to-cell coupling from the passband, 2(f_π − f_0)/(f_π + f_0) with f_π the computed
     * π-mode frequency and f_0 the 0-mode frequency of the fitted dispersion relation.
     */
    public double coupling() {
        return CellCoupling.of(dispersion.zeroModeFrequency(), piMode().frequency());
    }

    /** Field flatness of the π-mode, min/max of the per-cell peak axial fields (fraction). */
    public double fieldFlatness() {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (double p : piModeCellPeaks) {
            min = Math.min(min, p);
            max = Math.max(max, p);
        }
        return min / max;
    }

    /** The same passband with the periodic-cell coupling attached. */
    public Passband withPeriodicCell(CellCoupling coupling) {
        return new Passband(cells, modes, dispersion, piModeCellPeaks, Optional.of(coupling));
    }

    /** Label of the mode of index {@code modeIndex} when it belongs to the passband. */
    public Optional<String> labelOf(int modeIndex) {
        return modes.stream().filter(m -> m.modeIndex() == modeIndex).map(PassbandMode::label).findFirst();
    }
}
