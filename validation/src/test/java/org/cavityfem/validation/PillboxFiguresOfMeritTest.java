package org.cavityfem.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cavityfem.analysis.merit.FiguresOfMerit;
import org.cavityfem.analysis.merit.MeritSettings;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.analysis.merit.WallRow;
import org.cavityfem.analysis.resistance.FixedResistance;
import org.cavityfem.analysis.wall.WallPoint;
import org.cavityfem.analysis.wall.WallTable;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.units.PhysicalConstants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Figures of merit and wall fields of the TM010 mode of the closed pillbox R = L = 115 mm against
 * closed forms, every figure to 1e-8 relative; subclasses fix the mesh. Pointwise wall fields
 * converge like h^p, E_n and the axial E_z (hence V_acc and the E_acc scaling of U and P) like
 * h^(p−1) to h^p, so 1e-8 needs order 8 at 20 mm or order 4 at 2.5 mm. Order 3 needs about 1.5 mm
 * (17 600 elements, 15 s: U, H_pk, E_pk within 3e-9, E_n at wall vertices 1.1e-8), too slow for
 * the default test run.
 *
 * <p>The field (Jackson, Classical Electrodynamics, 3rd ed., §8.7): E_z = E0 J0(kr),
 * H_phi = (E0/η) J1(kr), k = j01/R, η = μ0 c, independent of z. With E_acc = 1 MV/m over the
 * active length L (the gap, the pillbox default), each closed form below is derived in its test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PillboxFiguresOfMeritTest {

    /** Element order of the mesh. */
    abstract int order();

    /** Element size of the mesh (m). */
    abstract double elementSize();

    private static final double R = 0.115;
    private static final double L = 0.115;
    private static final double J01 = PhysicalConstants.J01;
    private static final double ETA = PhysicalConstants.ETA_0;
    private static final double EPS0 = PhysicalConstants.EPSILON_0;
    private static final double MU0 = PhysicalConstants.MU_0;
    private static final double C = PhysicalConstants.SPEED_OF_LIGHT;
    private static final double EACC = 1e6;
    private static final double RS = 0.01;
    private static final double TOL = 1e-8;

    private static final double K = J01 / R;
    private static final double OMEGA = C * K;
    /** T = sin(kL/2)/(kL/2): ∫_{−L/2}^{L/2} e^{ikz} dz = L sin(kL/2)/(kL/2). */
    private static final double T = Math.sin(K * L / 2) / (K * L / 2);
    /** V = E0 L T and E_acc = V/L, so E0 = E_acc / T. */
    private static final double E0 = EACC / T;

    private ModeAnalysis analysis;

    @BeforeAll
    void solve() {
        Mesh mesh = MeshGenerator.generate(Pillbox.closed(R, L).contour(), MeshSettings.of(order(), elementSize()));
        Mode mode = new ModeSolver().solve(mesh, ModeRequest.lowest(1)).modes().get(0);
        analysis = ModeAnalysis.of(mesh, mode, new MeritSettings(EACC, L, 1, new FixedResistance(RS)));
    }

    private FiguresOfMerit figures() {
        return analysis.figures();
    }

    private static void close(double expected, double actual) {
        assertEquals(expected, actual, TOL * Math.abs(expected), () -> "relative error "
                + Math.abs(actual / expected - 1));
    }

    /** Sign of the computed mode (its H is determined up to sign). */
    private double modeSign() {
        WallPoint p = analysis.wall().points().get(analysis.wall().points().size() / 2);
        return Math.signum(p.surfaceCurrent());
    }

    /**
     * U = ½ ε0 ∫ E_z² dV = ½ ε0 E0² L ∫0^R J0(kr)² 2πr dr = (π/2) ε0 E0² L R² J1(j01)²
     * (∫0^a J0(kx)² x dx = (a²/2) J1(ka)² when J0(ka) = 0; A&amp;S 11.4.5).
     */
    @Test
    void storedEnergy() {
        double j1 = Bessel.j1(J01);
        close(Math.PI / 2 * EPS0 * E0 * E0 * L * R * R * j1 * j1, figures().storedEnergy());
    }

    /**
     * P = (R_s/2) ∮ H² dA: the cylinder gives (E0/η)² J1(j01)² 2πRL, each plate
     * (E0/η)² ∫0^R J1(kr)² 2πr dr = (E0/η)² π R² J1(j01)² (A&amp;S 11.4.5 with J1'(j01) = −J1(j01)/j01),
     * so P = R_s π R (L + R) (E0/η)² J1(j01)².
     */
    @Test
    void powerLossQ0AndG() {
        double j1 = Bessel.j1(J01);
        double p = RS * Math.PI * R * (L + R) * (E0 / ETA) * (E0 / ETA) * j1 * j1;
        close(p, figures().powerLoss());
        // Q0 = ωU/P = j01 η L / (2 R_s (R + L)); G = Q0 R_s.
        double g = J01 * ETA * L / (2 * (R + L));
        close(g / RS, figures().q0());
        close(g, figures().geometryFactor());
    }

    /** V_acc = E0 L T, T = sin(kL/2)/(kL/2), E_acc = V/L; R/Q = V²/(ωU), circuit half of it, k = ω(R/Q)/4. */
    @Test
    void voltageTransitTimeAndRoverQ() {
        close(E0 * L * T, figures().voltage());
        close(T, figures().transitTimeFactor());
        close(EACC, figures().acceleratingField());
        double j1 = Bessel.j1(J01);
        double u = Math.PI / 2 * EPS0 * E0 * E0 * L * R * R * j1 * j1;
        double rOverQ = Math.pow(E0 * L * T, 2) / (OMEGA * u);
        // Simplified: 2 L T² / (π ω ε0 R² J1(j01)²).
        close(2 * L * T * T / (Math.PI * OMEGA * EPS0 * R * R * j1 * j1), rOverQ);
        close(rOverQ, figures().rOverQ());
        close(rOverQ / 2, figures().rOverQCircuit());
        close(OMEGA * rOverQ / 4, figures().lossFactor());
    }

    /** E_n on the plates is E0 J0(kr), largest (E0) on the axis: E_pk/E_acc = 1/T. */
    @Test
    void peakElectricFieldOnTheAxis() {
        close(E0, figures().peakElectricField().value());
        close(1 / T, figures().peakElectricOverAccelerating());
        assertTrue(figures().peakElectricField().r() < 2e-3 * R);
    }

    /**
     * H on the plates is (E0/η) J1(kr), largest where J1'(x) = 0, x = j'11 = 1.8411837813406593
     * (found here by Newton's method on J1' = J0 − J1/x), r = j'11/j01 R = 0.76562 R; on the
     * cylinder it is only (E0/η) J1(j01). B_pk/E_acc = μ0 J1max/(η T) = J1max/(c T);
     * E_acc/H_pk = η T / J1max.
     */
    @Test
    void peakMagneticFieldOnTheEndPlates() {
        double x = 1.84;
        for (int i = 0; i < 50; i++) {
            double f = Bessel.j0(x) - Bessel.j1(x) / x;
            // d/dx (J0 − J1/x) = −J1 − J1'/x + J1/x² = −J1 − (J0 − J1/x)/x + J1/x².
            double df = -Bessel.j1(x) - f / x + Bessel.j1(x) / (x * x);
            x -= f / df;
        }
        assertEquals(0.76562, x / J01, 5e-6);
        double j1max = Bessel.j1(x);
        close(E0 / ETA * j1max, figures().peakMagneticField().value());
        assertEquals(x / J01 * R, figures().peakMagneticField().r(), 1e-5 * R);
        assertEquals(L / 2, Math.abs(figures().peakMagneticField().z()), 1e-15);
        close(MU0 * E0 / ETA * j1max, figures().peakFluxDensity());
        close(j1max / (C * T) * 1e9, figures().peakFluxOverAccelerating());
        close(ETA * T / j1max, figures().acceleratingOverPeakMagnetic());
        close(E0 / ETA * Bessel.j1(J01), figures().outerWallMagneticField());
    }

    /**
     * Along the walls K = H_phi = (E0/η) J1(kr) (on the cylinder J1(j01)); on the right plate
     * (n = −z into the cavity) E_n = −E0 J0(kr), on the left plate +E0 J0(kr); σ = ε0 E_n.
     */
    @Test
    void wallFieldsAlongTheContour() {
        double sign = modeSign();
        WallTable wall = analysis.wall();
        double hScale = E0 / ETA;
        int checked = 0;
        for (WallPoint p : wall.points()) {
            double kr = K * p.r();
            assertEquals(sign * hScale * Bessel.j1(kr), p.surfaceCurrent(), TOL * hScale, () -> "K at " + p);
            double plate = p.segmentName().endsWith("right") ? -1 : p.segmentName().endsWith("left") ? 1 : 0;
            double en = plate * sign * E0 * Bessel.j0(kr);
            assertEquals(en, p.normalElectricField(), TOL * E0, () -> "E_n at " + p);
            assertEquals(EPS0 * en, p.surfaceCharge(), TOL * EPS0 * E0, () -> "sigma at " + p);
            checked++;
        }
        assertTrue(checked > 100);
    }

    /**
     * Slater: f = c j01/(2πR) does not depend on L, so moving a plate leaves it unchanged
     * (∫ dF/dZ ds = 0 over a plate), and df/dR = −f/R for the cylinder (∫ dF/dR ds = −f/R). The row
     * at mid-cylinder has E = 0 and H = (E0/η) J1(j01): dF/dR = −f μ0 H² 2πR / (4U).
     */
    @Test
    void slaterSensitivities() {
        double f = figures().frequency();
        double cylinder = 0;
        double rightPlate = 0;
        double scale = 0;
        WallRow previous = null;
        for (WallRow row : analysis.rows()) {
            if (previous != null && previous.point().segment() == row.point().segment()) {
                double ds = row.point().arcLength() - previous.point().arcLength();
                if (row.point().segmentName().equals("pillbox.outerWall")) {
                    cylinder += 0.5 * (row.dfDr() + previous.dfDr()) * ds;
                }
                if (row.point().segmentName().equals("pillbox.endPlate.right")) {
                    rightPlate += 0.5 * (row.dfDz() + previous.dfDz()) * ds;
                    scale += 0.5 * (Math.abs(row.dfDz()) + Math.abs(previous.dfDz())) * ds;
                }
            }
            previous = row;
        }
        // Trapezoid sums over the sampled rows: second-order accurate in the sample spacing.
        assertEquals(-f / R, cylinder, 1e-5 * f / R);
        assertEquals(0, rightPlate, 1e-4 * scale);
        double h = E0 / ETA * Bessel.j1(J01);
        for (WallRow row : analysis.rows()) {
            if (row.point().segmentName().equals("pillbox.outerWall")) {
                close(-f * MU0 * h * h * 2 * Math.PI * R / (4 * figures().storedEnergy()), row.dfDr());
                assertEquals(0, row.dfDz(), 1e-12 * Math.abs(row.dfDr()));
            }
        }
    }
}
