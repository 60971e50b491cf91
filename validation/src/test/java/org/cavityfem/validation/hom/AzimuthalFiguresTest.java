package org.cavityfem.validation.hom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cavityfem.analysis.field.ElementLocator;
import org.cavityfem.analysis.hom.AzimuthalAnalysis;
import org.cavityfem.analysis.hom.AzimuthalFigures;
import org.cavityfem.analysis.resistance.FixedResistance;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.solver.ModeFamily;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolution;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.solver.hom.AzimuthalModeSolver;
import org.cavityfem.solver.hom.AzimuthalSolution;
import org.cavityfem.units.PhysicalConstants;
import org.junit.jupiter.api.Test;

/**
 * Wall loss, Q0, G, peak surface fields and the longitudinal R/Q at an offset of pillbox modes
 * (R = L = 115 mm, R_s = 1 mΩ) against closed forms (design.md §2.13), derived here.
 *
 * <p><b>TM110.</b> E_z = A J1(kr) cos φ, k = j11/R, independent of z, H = ẑ × ∇E_z / (iωμ0). With
 * ∫_0^R J1(kr)² r dr = (R²/2) J0(j11)² (A&amp;S 11.4.5, J1' = J0 at a zero of J1) and ∫ cos² φ dφ = π,
 * U = (ε0/2) A² L π (R²/2) J0(j11)². The end plates carry |H|² = |∇E_z|²/(ωμ0)², whose integral is
 * k² ∫ E_z² dA (Green, E_z = 0 on r = R), the cylinder H_phi = A k J1'(j11) cos φ/(ωμ0) over the area
 * π R L; so P = (R_s/2) (A k J0(j11)/(ωμ0))² π R (R + L) and G = Q0 R_s = η0 k R L / (2 (R + L)), the
 * TM010 form. E_pk is E_z on the end plates, A J1(j'11) at r = j'11/k; |∇E_z| over φ is largest on the
 * axis, k A/2 (J1'(0) = 1/2, J1(x)/x → 1/2), so H_pk = A/(2 η0) at r = 0 on an end plate. The
 * longitudinal voltage at r0 is A J1(k r0) L T (T the transit factor), so the longitudinal R/Q at r0
 * over (k r0)² times the axis limit (R/Q)_perp is (2 J1(k r0)/(k r0))² exactly; at r0 = 10 mm the
 * longitudinal R/Q at r0 divided by (k r0)² is 45.27 Ω against the limit's 46.548 Ω.
 *
 * <p><b>TE011.</b> E_phi = B J1(x r/R) sin(πz/L), x = j'01 = j11, k² = (x/R)² + (π/L)². With
 * H_z ∝ (x/R) J0(xr/R) sin(πz/L) on the cylinder and H_r ∝ (π/L) J1(xr/R) on the end plates,
 * U = ε0 π R² L B² J0(x)²/4 and P = (R_s/2) π B² J0(x)² [x² L/R + 2 (π/L)² R²]/(ωμ0)², so
 * G = η0 k³ R² L / (2 (x² L/R + 2 π² R²/L²)) = 665.7 Ω for R = L. E vanishes on the walls and so does
 * E_z everywhere: E_pk = 0 and the longitudinal R/Q is 0.
 */
class AzimuthalFiguresTest {

    private static final double R = 0.115;
    private static final double J11 = 3.831705970207512;
    private static final double J1_PRIME_1 = 1.841183781340659;
    private static final double RS = 1e-3;

    @Test
    void pillboxTm110WallFiguresAndOffsetRoverQ() {
        Mesh mesh = MeshGenerator.generate(Pillbox.closed(R, R).contour(), MeshSettings.of(6, R / 8));
        AzimuthalSolution s = new AzimuthalModeSolver().lowest(mesh, 1, 2, 1e-13);
        AzimuthalAnalysis analysis = new AzimuthalAnalysis(new FixedResistance(RS), 0.01, 1e4);
        AzimuthalFigures f = analysis.of(mesh, ElementLocator.of(mesh), s.dofs(), 1, s.modes().get(1));
        double k = J11 / R;
        double eta = PhysicalConstants.ETA_0;
        double g = eta * k * R * R / (2 * (R + R));
        double j0 = BesselRoots.besselJ(0, J11);
        double a = Math.sqrt(4 / (PhysicalConstants.EPSILON_0 * R * Math.PI * R * R * j0 * j0));
        double x = k * 0.01;
        double ratio = Math.pow(2 * BesselRoots.besselJ(1, x) / x, 2);
        System.out.printf("TM110: G %.9f (exact %.9f) ohm, Epk %.9e (exact %.9e) V/m at r = %.6f (exact %.6f) m, "
                + "Hpk %.9e (exact %.9e) A/m at r = %.2e m, (R/Q)_long(10 mm)/(k r0)^2 %.6f ohm, ratio %.9f "
                + "(exact %.9f)%n", f.geometryFactor(), g, f.electricPeak().value(), a * BesselRoots.besselJ(1,
                J1_PRIME_1), f.electricPeak().r(), J1_PRIME_1 / k, f.magneticPeak().value(), a / (2 * eta),
                f.magneticPeak().r(), f.offsetRoverQ() / (x * x),
                f.offsetRoverQ() / (x * x) / f.transverse().roverQLinac(), ratio);
        assertEquals("TM-like m=1 #2", f.label());
        assertEquals(1, f.storedEnergy(), 0);
        assertEquals(0, Math.abs(f.geometryFactor() - g) / g, 1e-7);
        assertEquals(f.geometryFactor() / RS, f.q0(), 1e-9 * f.q0());
        assertEquals(f.angularFrequency() / f.q0(), f.powerLoss(), 1e-9 * f.powerLoss());
        double epk = a * BesselRoots.besselJ(1, J1_PRIME_1);
        assertEquals(0, Math.abs(f.electricPeak().value() - epk) / epk, 1e-6);
        assertEquals(J1_PRIME_1 / k, f.electricPeak().r(), 1e-4 * R);
        assertEquals(R / 2, Math.abs(f.electricPeak().z()), 1e-12);
        assertEquals(0, Math.abs(f.magneticPeak().value() - a / (2 * eta)) / (a / (2 * eta)), 1e-6);
        assertEquals(0, f.magneticPeak().r(), 1e-5 * R);
        assertEquals(PhysicalConstants.MU_0 * f.magneticPeak().value(), f.peakFluxDensity(), 0);
        assertEquals(ratio, f.offsetRoverQ() / (x * x) / f.transverse().roverQLinac(), 1e-7);
        assertEquals(45.27, f.offsetRoverQ() / (x * x), 5e-3);
        assertEquals(1 / (1 / f.q0() + 1e-4), f.loadedQ(), 1e-9 * f.loadedQ());
        assertEquals(f.transverse().roverQLinacPerMetre() * f.loadedQ(), f.impedance(), 1e-9 * f.impedance());
    }

    @Test
    void pillboxTe011GeometryFactor() {
        Mesh mesh = MeshGenerator.generate(Pillbox.closed(R, R).contour(), MeshSettings.of(6, R / 8));
        ModeSolution s = new ModeSolver().solve(mesh, ModeRequest.lowest(1).withFamily(ModeFamily.TE));
        AzimuthalFigures f = new AzimuthalAnalysis(new FixedResistance(RS), 0.01, Double.NaN)
                .ofTeMonopole(mesh, s.modes().get(0));
        double x = J11;
        double k = Math.hypot(x / R, Math.PI / R);
        double g = PhysicalConstants.ETA_0 * Math.pow(k, 3) * R * R * R
                / (2 * (x * x * R / R + 2 * Math.PI * Math.PI * R * R / (R * R)));
        System.out.printf("TE011: G %.9f ohm (exact %.9f), Epk %.3e V/m, Hpk %.6e A/m%n", f.geometryFactor(), g,
                f.electricPeak().value(), f.magneticPeak().value());
        assertEquals(665.7, g, 0.05);
        assertEquals("TE0#1", f.label());
        assertEquals(0, Math.abs(f.geometryFactor() - g) / g, 1e-7);
        assertTrue(f.electricPeak().value() < 1e-9 * f.magneticPeak().value() * PhysicalConstants.ETA_0);
        assertEquals(0, f.offsetRoverQ(), 0);
        assertTrue(Double.isNaN(f.loadedQ()));
    }
}
