package org.cavityfem.validation.hom;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.SphericalCavity;
import org.cavityfem.solver.hom.AzimuthalModeSolver;
import org.cavityfem.solver.hom.AzimuthalSolution;
import org.junit.jupiter.api.Test;

/**
 * Modes of order m = 1, 2 of a spherical cavity of radius a against the spherical Bessel roots
 * (Jackson, Classical Electrodynamics, 3rd ed., §8.9 and §9.7; Harrington, Time-Harmonic
 * Electromagnetic Fields, §6-9). With Debye potentials ψ = j_l(kρ) P_l^m(cos θ) cos(mφ):
 *
 * <ul>
 *   <li>TE_l (E = ∇ × (ρ ψ), tangential E ∝ j_l(kρ)): j_l(ka) = 0;
 *   <li>TM_l (tangential E ∝ (1/ρ) d[ρ j_l(kρ)]/dρ): d/dx[x j_l(x)] = 0 at x = ka, i.e.
 *       x j_{l−1}(x) − l j_l(x) = 0 (from j_l' = j_{l−1} − (l+1) j_l / x, A&amp;S 10.1.22);
 * </ul>
 *
 * every l ≥ m, each root one mode of the cos(mφ) parity. The wall is curved, so the accuracy and
 * the rate h^{2q} need the exact element map with the covariant Piola transform.
 */
class AzimuthalSphereTest {

    private static final double A = 0.1;

    static List<Double> sphere(int m, double maxKa) {
        List<Double> ks = new ArrayList<>();
        for (int l = Math.max(m, 1); l < 14; l++) {
            int order = l;
            double from = Math.max(0.5, l - 1);
            ks.addAll(BesselRoots.roots(x -> BesselRoots.sphericalJ(order, x), Math.max(0.5, l), maxKa));
            ks.addAll(BesselRoots.roots(
                    x -> x * BesselRoots.sphericalJ(order - 1, x) - order * BesselRoots.sphericalJ(order, x), from,
                    maxKa));
        }
        ks.sort(null);
        return ks;
    }

    private static Mesh mesh(int order, double size) {
        return MeshGenerator.generate(new SphericalCavity(A).contour(), MeshSettings.of(order, size));
    }

    @Test
    void dipoleAndQuadrupoleModesToOneInTenBillion() {
        for (int m = 1; m <= 2; m++) {
            List<Double> exact = sphere(m, 7);
            AzimuthalSolution s = new AzimuthalModeSolver().lowest(mesh(6, A / 5), m, exact.size(), 1e-13);
            assertTrue(s.inertia().complete());
            for (int i = 0; i < exact.size(); i++) {
                double k = s.modes().get(i).waveNumber() * A;
                double error = Math.abs(k - exact.get(i)) / exact.get(i);
                System.out.printf("sphere m=%d #%d: ka = %.13f, exact %.13f, error %.2e%n", m, i + 1, k,
                        exact.get(i), error);
                assertTrue(error < 1e-10, "m=" + m + " mode " + (i + 1) + " error " + error);
            }
        }
    }

    /**
     * Rate on the curved wall: the lowest m = 1 and m = 2 modes at orders 2 and 3 on meshes of size
     * a/3 and a/6; the observed order log(e1/e2)/log 2 is at least 2q − 0.5 (it is 2q for h → 0).
     */
    @Test
    void ratesAreTwoQOnTheCurvedWall() {
        for (int m = 1; m <= 2; m++) {
            double exact = sphere(m, 4).get(0);
            for (int q = 2; q <= 3; q++) {
                double e1 = error(q, A / 3, m, exact);
                double e2 = error(q, A / 6, m, exact);
                double rate = Math.log(e1 / e2) / Math.log(2);
                System.out.printf("sphere m=%d q=%d: errors %.2e, %.2e, rate %.2f%n", m, q, e1, e2, rate);
                assertTrue(rate > 2 * q - 0.5, "m=" + m + " q=" + q + " rate " + rate);
            }
        }
    }

    private static double error(int q, double h, int m, double exact) {
        double k = new AzimuthalModeSolver().lowest(mesh(q, h), m, 1, 1e-13).modes().get(0).waveNumber() * A;
        return Math.abs(k - exact) / exact;
    }
}
