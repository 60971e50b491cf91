package org.cavityfem.validation.hom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.solver.eigen.EigenSolveException;
import org.cavityfem.solver.hom.AzimuthalMode;
import org.cavityfem.solver.hom.AzimuthalModeSolver;
import org.cavityfem.solver.hom.AzimuthalSolution;
import org.cavityfem.units.PhysicalConstants;
import org.junit.jupiter.api.Test;

/**
 * Modes varying as cos(mφ), m = 1 and 2, of the pillbox R = L = 115 mm against the closed forms
 * (Jackson, Classical Electrodynamics, 3rd ed., §8.7, eqs. 8.79–8.80 for a circular guide closed by
 * two plates; Pozar, Microwave Engineering, 4th ed., §6.3):
 *
 * <ul>
 *   <li>TM_mnp: E_z = J_m(j_mn r/R) cos(mφ) cos(pπz/L), E_z(R) = 0 ⇒ k² = (j_mn/R)² + (pπ/L)², p ≥ 0;
 *   <li>TE_mnp: H_z = J_m(j'_mn r/R) cos(mφ) sin(pπz/L), E_φ(R) ∝ J'_m = 0 ⇒ k² = (j'_mn/R)² + (pπ/L)²,
 *       p ≥ 1 (H_z must vanish on the plates).
 * </ul>
 *
 * For a fixed parity (E_r ∝ cos mφ) each (n, p) is one mode; the zeros j_mn, j'_mn are computed by
 * {@link BesselRoots} and checked against Abramowitz &amp; Stegun Table 9.5. For R = L: TE111 at
 * c√(j'11² + π²)/(2πR) = 1510.8021191 MHz, TM110 at c j11/(2πR) = 1589.7731941 MHz and TM111 at
 * c√(j11² + π²)/(2πR) = 2055.8085759 MHz.
 */
class AzimuthalPillboxTest {

    private static final double R = 0.115;
    private static final double C = PhysicalConstants.SPEED_OF_LIGHT;

    /** k·R of all TM_mnp and TE_mnp of the pillbox with L = R below maxKr, ascending. */
    static List<Double> pillbox(int m, double maxKr) {
        List<Double> ks = new ArrayList<>();
        for (double j : BesselRoots.roots(x -> BesselRoots.besselJ(m, x), 0.5, maxKr)) {
            for (int p = 0; p * Math.PI < maxKr; p++) {
                ks.add(Math.hypot(j, p * Math.PI));
            }
        }
        for (double j : BesselRoots.roots(x -> BesselRoots.besselJPrime(m, x), 0.5, maxKr)) {
            for (int p = 1; p * Math.PI < maxKr; p++) {
                ks.add(Math.hypot(j, p * Math.PI));
            }
        }
        ks.removeIf(k -> k >= maxKr);
        ks.sort(null);
        return ks;
    }

    private static Mesh mesh(int order, double size) {
        return MeshGenerator.generate(Pillbox.closed(R, R).contour(), MeshSettings.of(order, size));
    }

    @Test
    void besselZerosAgreeWithTheTable() {
        // A&S Table 9.5: j'11 = 1.84118378, j11 = 3.83170597, j'21 = 3.05423693, j21 = 5.13562230.
        assertEquals(1.841183781340659, BesselRoots.roots(x -> BesselRoots.besselJPrime(1, x), 0.5, 3).get(0), 1e-12);
        assertEquals(3.831705970207512, BesselRoots.roots(x -> BesselRoots.besselJ(1, x), 0.5, 4).get(0), 1e-12);
        assertEquals(3.054236928227140, BesselRoots.roots(x -> BesselRoots.besselJPrime(2, x), 0.5, 4).get(0), 1e-12);
        assertEquals(5.135622301840683, BesselRoots.roots(x -> BesselRoots.besselJ(2, x), 0.5, 6).get(0), 1e-12);
    }

    /** TE111, TM110, TM111 at their closed-form frequencies (j'11, j11, j'01 = j11), to 1e-10 at order 4. */
    @Test
    void dipoleHeadlineModesAtOrderFour() {
        AzimuthalSolution s = new AzimuthalModeSolver().lowest(mesh(4, R / 8), 1, 3, 1e-13);
        double[] exactMHz = {1510.8021191, 1589.7731941, 2055.8085759};
        List<Double> exact = pillbox(1, 6);
        for (int i = 0; i < 3; i++) {
            AzimuthalMode mode = s.modes().get(i);
            double fExact = C * exact.get(i) / (2 * Math.PI * R);
            assertEquals(exactMHz[i], fExact / 1e6, 1e-7);
            double error = Math.abs(mode.frequency() - fExact) / fExact;
            System.out.printf("pillbox m=1 #%d: f = %.10f MHz, exact %.10f, error %.2e, residual %.1e%n", i + 1,
                    mode.frequency() / 1e6, fExact / 1e6, error, mode.relativeResidual());
            assertTrue(error < 1e-10, "mode " + (i + 1) + " error " + error);
            assertEquals(i + 1, mode.number());
            assertTrue(mode.relativeResidual() < 1e-10);
        }
        assertTrue(s.inertia().complete());
    }

    /** The TM1np and TE1np families up to kR = 8 (eight modes) to 1e-10 at order 6. */
    @Test
    void dipoleFamilies() {
        checkFamily(1, 8, mesh(6, R / 4));
    }

    /** The TM2np and TE2np families up to kR = 8 to 1e-10 at order 6. */
    @Test
    void quadrupoleFamilies() {
        checkFamily(2, 8, mesh(6, R / 4));
    }

    private static void checkFamily(int m, double maxKr, Mesh mesh) {
        List<Double> exact = pillbox(m, maxKr);
        AzimuthalSolution s = new AzimuthalModeSolver().lowest(mesh, m, exact.size(), 1e-13);
        assertTrue(s.inertia().complete());
        for (int i = 0; i < exact.size(); i++) {
            double k = s.modes().get(i).waveNumber() * R;
            double error = Math.abs(k - exact.get(i)) / exact.get(i);
            System.out.printf("pillbox m=%d #%d: kR = %.13f, exact %.13f, error %.2e%n", m, i + 1, k, exact.get(i),
                    error);
            assertTrue(error < 1e-10, "m=" + m + " mode " + (i + 1) + " error " + error);
        }
    }

    /**
     * No spurious and no missing modes: the number of m = 1 modes below 3.5 GHz that the inertia
     * count reports (kernel excluded) equals the analytic count, on a coarse order-2 mesh whose
     * frequencies are still off by 1e-4 — the count does not depend on accuracy.
     */
    @Test
    void countBelowAFrequencyIsTheAnalyticCount() {
        double to = 3.5e9;
        int analytic = pillbox(1, 2 * Math.PI * to * R / C).size();
        AzimuthalSolution s = new AzimuthalModeSolver().window(mesh(3, R / 4), 1, 1e8, to, 100, 1e-13);
        System.out.printf("m=1 modes below %.3g Hz: %d found, %d analytic, kernel %d%n", to, s.modes().size(),
                analytic, s.kernelDimension());
        assertEquals(analytic, s.modes().size());
        assertEquals(analytic, s.inertia().found());
        assertTrue(s.inertia().complete());
    }

    @Test
    void windowsThatAreEmptyOrTooWideAreRefused() {
        Mesh mesh = mesh(2, R / 3);
        assertThrows(EigenSolveException.class, () -> new AzimuthalModeSolver().window(mesh, 1, 1e8, 1e9, 10, 1e-13));
        assertThrows(EigenSolveException.class, () -> new AzimuthalModeSolver().window(mesh, 1, 1e8, 5e9, 3, 1e-13));
    }
}
