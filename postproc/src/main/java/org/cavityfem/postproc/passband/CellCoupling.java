package org.cavityfem.postproc.passband;

import java.util.Locale;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolver;

/**
 * Cell-to-cell coupling k_cc = 2(f_π − f_0)/(f_π + f_0) from the 0-mode and π-mode frequencies of
 * one cell of the infinite periodic chain: the cell closed by electric iris planes (0-mode) and by
 * magnetic ones (π-mode).
 *
 * @param zeroModeFrequency f_0 (Hz)
 * @param piModeFrequency f_π (Hz)
 */
public record CellCoupling(double zeroModeFrequency, double piModeFrequency) {

    /** 2(f_π − f_0)/(f_π + f_0). */
    public static double of(double zeroModeFrequency, double piModeFrequency) {
        return 2 * (piModeFrequency - zeroModeFrequency) / (piModeFrequency + zeroModeFrequency);
    }

    /** The coupling k_cc (fraction). */
    public double coupling() {
        return of(zeroModeFrequency, piModeFrequency);
    }

    /**
     * Solves the lowest mode of the periodic cell with each iris-plane condition.
     *
     * @param zeroModeCell the cell closed by electric iris planes
     * @param piModeCell the same cell closed by magnetic iris planes
     * @param settings how to mesh both
     * @param solver the mode solver
     */
    public static CellCoupling solve(Contour zeroModeCell, Contour piModeCell, MeshSettings settings,
            ModeSolver solver) {
        return new CellCoupling(lowest(zeroModeCell, settings, solver), lowest(piModeCell, settings, solver));
    }

    private static double lowest(Contour cell, MeshSettings settings, ModeSolver solver) {
        Mesh mesh = MeshGenerator.generate(cell, settings);
        return solver.solve(mesh, ModeRequest.lowest(1)).modes().get(0).frequency();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "f_0 = %.9g Hz, f_pi = %.9g Hz, k_cc = %.4f %%", zeroModeFrequency,
                piModeFrequency, 100 * coupling());
    }
}
