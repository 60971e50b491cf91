package org.cavityfem.validation;

import java.util.function.Supplier;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.mesh.build.SphericalCavity;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolver;

/**
 * A cavity whose lowest monopole TM mode is known in closed form.
 *
 * @param name short name for messages
 * @param contour the wall contour
 * @param exactWaveNumber k of the lowest mode (1/m)
 * @param size characteristic size used to scale element sizes (m)
 */
record ClosedFormCase(String name, Supplier<Contour> contour, double exactWaveNumber, double size) {

    /** j01, first zero of J0 (Abramowitz &amp; Stegun, Table 9.5). */
    static final double J01 = 2.404825557695773;

    /**
     * First root of d/dx[x j1(x)] = 0, i.e. tan x = x / (1 − x²) (A&amp;S 10.1.11 with the TM wall
     * condition below).
     */
    static final double SPHERE_TM_ROOT = 2.743707269992269;

    /**
     * Pillbox of radius R and gap L, TM010: E_z = E0 J0(k r), H_phi = (E0/η) J1(k r), independent of z;
     * E_z(R) = 0 on the outer wall gives k = j01 / R whatever L is (Jackson, Classical
     * Electrodynamics, 3rd ed., §8.7, eq. 8.79 with p = 0).
     */
    static ClosedFormCase pillbox(double radius, double gap) {
        return new ClosedFormCase("pillbox", () -> new Pillbox(radius, gap, 0, 0).contour(), J01 / radius, radius);
    }

    /**
     * Spherical cavity of radius a, lowest axisymmetric TM mode (TM101): from the Debye potential
     * the fields are H_phi = j1(kρ) sin θ and E_θ ∝ (1/ρ) d[ρ j1(kρ)]/dρ sin θ; E_θ(a) = 0 gives
     * d/dx[x j1(x)] = 0 at x = k a (Jackson §9.8 / §8.9; Harrington, Time-Harmonic Electromagnetic
     * Fields, §6-9), whose first root is 2.743707269992269.
     */
    static ClosedFormCase sphere(double radius) {
        return new ClosedFormCase("sphere", () -> new SphericalCavity(radius).contour(), SPHERE_TM_ROOT / radius,
                radius);
    }

    /** Meshes with the given order and element size and returns the lowest mode. */
    Mode solve(int order, double elementSize) {
        return solve(MeshGenerator.generate(contour.get(), MeshSettings.of(order, elementSize)));
    }

    /** Lowest mode on a given mesh. */
    Mode solve(Mesh mesh) {
        return new ModeSolver().solve(mesh, ModeRequest.lowest(1)).modes().get(0);
    }

    /** Relative error of the frequency (equivalently of k). */
    double frequencyError(Mode mode) {
        return Math.abs(mode.waveNumber() - exactWaveNumber) / exactWaveNumber;
    }
}
