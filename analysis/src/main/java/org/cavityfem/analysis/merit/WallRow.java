package org.cavityfem.analysis.merit;

import org.cavityfem.analysis.wall.WallPoint;
import org.cavityfem.mesh.geometry.BoundaryKind;

/**
 * One row of a mode's wall table with the quantities that need the surface resistance and the
 * stored energy.
 *
 * <p>Slater sensitivities: pushing a ring of wall of meridian width ds outwards (into the metal)
 * by δ enlarges the cavity by ΔV = 2π r δ ds and shifts the frequency by
 * Δf = −f (μ0 H_t² − ε0 E_n²) ΔV / (4 U) (J. C. Slater, Microwave Electronics, 1950, ch. 4; peak
 * amplitudes, so 4U = ∫ (μ0 H² + ε0 E²) dV). {@code dfDz} and {@code dfDr} are that shift per metre
 * of displacement of the ring in +z and +r, per metre of its meridian width:
 * dF/dZ = −f (μ0 H² − ε0 E²) 2π r n_z / (4U) with n the outward normal of the cavity (into the
 * wall), and likewise dF/dR with n_r. Summed over a segment times ds they give the frequency
 * derivative for moving that whole segment.
 *
 * @param point the fields at the wall point
 * @param boundary kind of the wall there: metal or electric plane
 * @param normalZ z component of the unit normal from the wall into the cavity
 * @param normalR r component of that normal
 * @param powerDensity dP/dA = (R_s/2) H_t² on metal walls, 0 on electric symmetry planes (W/m²)
 * @param dfDz dF/dZ (Hz/m per m of wall, i.e. Hz/m²)
 * @param dfDr dF/dR (Hz/m per m of wall, i.e. Hz/m²)
 */
public record WallRow(WallPoint point, BoundaryKind boundary, double normalZ, double normalR, double powerDensity,
        double dfDz, double dfDr) {
}
