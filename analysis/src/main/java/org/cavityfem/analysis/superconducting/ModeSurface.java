package org.cavityfem.analysis.superconducting;

import org.cavityfem.analysis.field.AxisProfile;
import org.cavityfem.analysis.material.Superconductor;
import org.cavityfem.analysis.merit.ModeAnalysis;

/**
 * The skin-layer analysis of one analysed mode at its figures-of-merit amplitude (the case's E_acc).
 *
 * @param rows the profile at the wall table's rows, in their order (row i is wall-table row i)
 * @param summary the figures, with the peak of |K| on the continuous trace; per-E_acc slopes are NaN
 *     for a mode without accelerating voltage
 */
public record ModeSurface(SurfaceProfile rows, SurfaceSummary summary) {

    /**
     * Analyses a mode.
     *
     * @param analysis the mode's figures of merit and wall table
     * @param material the wall material
     * @param temperature the operating temperature (K)
     */
    public static ModeSurface of(ModeAnalysis analysis, Superconductor material, double temperature) {
        AxisProfile axis = AxisProfile.of(analysis.field());
        double eacc = analysis.figures().acceleratingField();
        SurfaceProfile rows = SurfaceProfile.of(
                FiniteElementWall.tableRows(analysis.wall(), axis, eacc, "V_acc/L"), material);
        SurfaceProfile refined = SurfaceProfile.of(
                FiniteElementWall.of(analysis.wall(), axis, eacc, "V_acc/L"), material);
        return new ModeSurface(rows, SurfaceSummary.of(refined, temperature));
    }
}
