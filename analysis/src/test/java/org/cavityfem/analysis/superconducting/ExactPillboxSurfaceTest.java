package org.cavityfem.analysis.superconducting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cavityfem.analysis.material.Materials;
import org.cavityfem.analysis.material.Superconductor;
import org.junit.jupiter.api.Test;

/**
 * The skin-layer figures of the exact TM010 pillbox (r0 = l0 = 0.115 m, niobium), each derived here
 * from the closed-form fields E_z = E0 J0(kr), H_phi = (E0/η0) J1(kr), k = j01/r0, E_acc = E0/√2
 * (the paper's definition), with J0 and J1 from their power series (Abramowitz & Stegun 9.1.10).
 */
class ExactPillboxSurfaceTest {

    private static final double EPS0 = 8.8541878128e-12;
    private static final double ETA0 = 1.25663706212e-6 * 299_792_458.0;
    private static final double E_CHARGE = 1.602176634e-19;
    private static final double J01 = 2.404825557695773;
    /** First maximum of J1, at the first zero of J1' (A&S Table 9.5). */
    private static final double J1_PEAK_ARGUMENT = 1.8411837813406593;

    private final Superconductor nb = Materials.niobium();
    private final ExactPillbox pillbox = ExactPillbox.paper();
    private final SurfaceSummary summary =
            SurfaceSummary.of(SurfaceProfile.of(pillbox.wallFields(1e6, 4000), nb), 2.0);

    /** J_n(x) = Σ (−1)^m (x/2)^{2m+n}/(m!(m+n)!), A&S 9.1.10. */
    static double besselJ(int n, double x) {
        double term = Math.pow(x / 2, n);
        for (int i = 2; i <= n; i++) {
            term /= i;
        }
        double sum = term;
        for (int m = 1; m < 60; m++) {
            term *= -(x / 2) * (x / 2) / (m * (double) (m + n));
            sum += term;
        }
        return sum;
    }

    @Test
    void besselFunctionsOfTheLibraryMatchTheSeries() {
        for (double x = 0; x < 6; x += 0.37) {
            assertEquals(besselJ(0, x), ExactPillbox.besselJ0(x), 1e-13);
            assertEquals(besselJ(1, x), ExactPillbox.besselJ1(x), 1e-13);
        }
        assertEquals(0, besselJ(0, J01), 1e-15);
    }

    @Test
    void plateChargeIsTheIntegralOfTheBesselCharge() {
        // q0 = ∫ ε0 E0 J0(kr) 2πr dr = 2π ε0 E0 r0 J1(j01)/k = 2π ε0 √2 r0² J1(j01)/j01 per unit E_acc.
        double r0 = 0.115;
        double expected = 2 * Math.PI * EPS0 * Math.sqrt(2) * r0 * r0 * besselJ(1, J01) / J01;
        assertEquals(expected, summary.plateChargePerEacc(), 1e-6 * expected);
        // The paper's linear-charge Coulomb model gives 0.62309e-12, 2.8 times more.
        assertEquals(2.77, 0.62309e-12 / expected, 0.01);
    }

    @Test
    void peakSurfaceFieldIsTheMaximumOfJ1OnThePlate() {
        // H_pk = (√2/η0) J1(1.84118) per unit E_acc, at r = 1.84118/2.40483 r0 = 0.7656 r0 on a plate.
        double expected = Math.sqrt(2) / ETA0 * besselJ(1, J1_PEAK_ARGUMENT);
        assertEquals(expected, summary.peakSurfaceFieldPerEacc(), 1e-6 * expected);
        assertEquals(J1_PEAK_ARGUMENT / J01, summary.peakCurrentSample().r() / 0.115, 1e-3);
        // E_acc/H_pk = η0/(√2 J1max) = 1.2152 η0 = 457.8 Ω (the paper's model: 164 Ω).
        assertEquals(ETA0 / (Math.sqrt(2) * besselJ(1, J1_PEAK_ARGUMENT)), summary.spaceImpedance(), 1e-3);
    }

    @Test
    void centreFieldEqualsThePlateChargeDensityOverEpsilonZero() {
        // E_z(0, z) = E0 and σ(r = 0) = ε0 E0: E_c ε0/D0 = 1 (the paper's Coulomb integral: 0.27818).
        assertEquals(1, summary.centreFieldCoefficient(), 1e-12);
        double d0PerEacc = EPS0 * Math.sqrt(2);
        assertEquals(d0PerEacc * 40e-9 * 40e-9 / E_CHARGE, summary.electronsPerCoherenceAreaPerEacc(), 1e-18);
    }

    @Test
    void velocityExcursionAndHeatingFollowFromThePeakCurrent() {
        double hpk = Math.sqrt(2) / ETA0 * besselJ(1, J1_PEAK_ARGUMENT);
        double ne = nb.conductionElectronDensity();
        double v0 = hpk / (ne * E_CHARGE * 40e-9);
        double omega = 299_792_458.0 * J01 / 0.115;
        assertEquals(v0, summary.velocityPerEacc(SkinLayer.SUPERCONDUCTING), 1e-6 * v0);
        assertEquals(v0 / omega, summary.excursionPerEacc(), 1e-6 * v0 / omega);
        double phi0 = 6.62607015e-34 / (2 * E_CHARGE);
        double el = phi0 / (40e-9 * 40e-9) * v0;
        assertEquals(el, summary.lorentzFieldPerEacc(), 1e-6 * el);
        assertEquals(0.5 * 6.2e6 * el * el, summary.heatingPerEaccSquared(), 1e-5 * 0.5 * 6.2e6 * el * el);
        // Vortices enter where H_pk = H_c1(2 K) = 1.43e5 (1 − (2/9.25)²) A/m.
        double hc1 = 1.43e5 * (1 - 4 / (9.25 * 9.25));
        assertEquals(hc1 / hpk, summary.vortexEntryField(2.0), 1e-6 * hc1 / hpk);
    }

    @Test
    void chargeAndCurrentAreTiedByContinuityAlongTheWall() {
        // I(r) = 2π r (E0/η0) J1(kr) and ω q(r) = ω 2π ε0 E0 r J1(kr)/k are equal (ω/k = c, ε0 c = 1/η0).
        assertTrue(summary.continuityMismatch() < 1e-6, "mismatch " + summary.continuityMismatch());
        // The charge of one plate comes back out on the other: q returns to zero at the far axis.
        SurfaceProfile profile = summary.profile();
        assertEquals(0, profile.enclosedCharge(profile.size() - 1), 1e-9 * summary.largestCharge());
    }
}
