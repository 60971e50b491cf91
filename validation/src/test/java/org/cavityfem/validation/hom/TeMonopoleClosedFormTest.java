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
import org.cavityfem.mesh.build.SphericalCavity;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.ContourSegment;
import org.cavityfem.mesh.geometry.Line;
import org.cavityfem.mesh.geometry.Point;
import org.cavityfem.solver.Mode;
import org.cavityfem.solver.ModeFamily;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolution;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.solver.hphi.DofMap;
import org.cavityfem.solver.hphi.HphiAssembler;
import org.cavityfem.units.PhysicalConstants;
import org.junit.jupiter.api.Test;

/**
 * Monopole TE0 modes (E = E_phi φ̂ only) against closed forms, solved in E_phi with E_phi = 0 on the
 * metal walls and the axis (docs/design.md §2.10).
 *
 * <p><b>Pillbox</b> of radius R and gap L (Jackson, Classical Electrodynamics, 3rd ed., §8.7, TE
 * modes with m = 0): E_phi = J1(k_r r) sin(pπz/L) solves (∇² − 1/r²) E_phi + k² E_phi = 0 with
 * k² = k_r² + (pπ/L)². E_phi = 0 on the end plates needs p ≥ 1; E_phi(R) = 0 needs J1(k_r R) = 0,
 * so k_r = j_1n / R, and j_1n = j'_0n because J0' = −J1 (Jackson's x'_0n). For R = L = 115 mm
 * TE011 is at c·√(j11² + π²)/(2πR) = 2055.8085759 MHz, the frequency of TM111 too.
 *
 * <p><b>Sphere</b> of radius a (Jackson §8.9; Harrington, Time-Harmonic Electromagnetic Fields,
 * §6-9): the TE_l modes are E = j_l(kρ) L Y_l0 ∝ j_l(kρ) P_l¹(cos θ) φ̂, azimuthal for m = 0; the
 * tangential E vanishes on ρ = a iff j_l(ka) = 0. Each root of each j_l, l ≥ 1, is one m = 0 TE mode.
 */
class TeMonopoleClosedFormTest {

    private static final double R = 0.115;
    private static final double C = PhysicalConstants.SPEED_OF_LIGHT;

    /** TE0np wave numbers k·R of a pillbox with L = R, ascending (p ≥ 1). */
    private static List<Double> pillboxTe0np(double gapOverRadius, double maxKr) {
        List<Double> ks = new ArrayList<>();
        for (double j1n : BesselRoots.roots(x -> BesselRoots.besselJ(1, x), 0.5, maxKr)) {
            for (int p = 1; p * Math.PI / gapOverRadius < maxKr; p++) {
                double k = Math.hypot(j1n, p * Math.PI / gapOverRadius);
                if (k < maxKr) {
                    ks.add(k);
                }
            }
        }
        ks.sort(null);
        return ks;
    }

    /** m = 0 TE wave numbers k·a of a sphere: every root of every j_l, l ≥ 1, ascending. */
    private static List<Double> sphereTe0(double maxKa) {
        List<Double> ks = new ArrayList<>();
        for (int l = 1; l < 12; l++) {
            int order = l;
            // Scanned from x = l on, where the upward recurrence is stable; j_l has no root below l.
            ks.addAll(BesselRoots.roots(x -> BesselRoots.sphericalJ(order, x), l, maxKa));
        }
        ks.sort(null);
        return ks;
    }

    private static ModeSolution solveTe(Mesh mesh, int count) {
        return new ModeSolver().solve(mesh, ModeRequest.lowest(count).withFamily(ModeFamily.TE));
    }

    @Test
    void referenceRootsAgreeWithTheTables() {
        // A&S Table 9.5: j11 = 3.83170597, j12 = 7.01558667; Table 10.6: first zero of j1 = 4.49340946.
        List<Double> j1 = BesselRoots.roots(x -> BesselRoots.besselJ(1, x), 0.5, 8);
        assertEquals(3.831705970207512, j1.get(0), 1e-13);
        assertEquals(7.015586669815619, j1.get(1), 1e-13);
        assertEquals(4.493409457909064, BesselRoots.roots(x -> BesselRoots.sphericalJ(1, x), 0.5, 5).get(0), 1e-13);
    }

    /** The five lowest TE0np of the pillbox R = L = 115 mm (kR up to 10.2) to 1e-10 at order 6. */
    @Test
    void pillboxTe0npFamily() {
        Mesh mesh = MeshGenerator.generate(Pillbox.closed(R, R).contour(), MeshSettings.of(6, R / 8));
        ModeSolution s = solveTe(mesh, 5);
        List<Double> exact = pillboxTe0np(1, 12);
        assertTrue(s.inertia().complete());
        for (int i = 0; i < 5; i++) {
            Mode mode = s.modes().get(i);
            double error = Math.abs(mode.waveNumber() * R - exact.get(i)) / exact.get(i);
            System.out.printf("pillbox TE0 #%d: kR = %.13f, exact %.13f, error %.2e%n", i + 1,
                    mode.waveNumber() * R, exact.get(i), error);
            assertTrue(error < 1e-10, "TE0 mode " + (i + 1) + " error " + error);
            assertEquals(i + 1, mode.number());
            assertEquals(ModeFamily.TE, mode.family());
            assertTrue(mode.relativeResidual() < 1e-10);
        }
        double te011 = C * exact.get(0) / (2 * Math.PI * R);
        assertEquals(2055.8085759e6, te011, 1e-1);
        assertEquals(0, Math.abs(s.modes().get(0).frequency() - te011) / te011, 1e-10);
    }

    /** TE011 at order 4 on the 115 mm pillbox, 1e-10 as the TM010 headline. */
    @Test
    void pillboxTe011AtOrderFour() {
        Mesh mesh = MeshGenerator.generate(Pillbox.closed(R, R).contour(), MeshSettings.of(4, R / 8));
        Mode mode = solveTe(mesh, 1).modes().get(0);
        double exact = Math.hypot(3.831705970207512, Math.PI) / R;
        double error = Math.abs(mode.waveNumber() - exact) / exact;
        System.out.printf("pillbox TE011 p=4: f = %.10f MHz, error %.2e%n", mode.frequency() / 1e6, error);
        assertTrue(error < 1e-10, "error " + error);
    }

    /**
     * A search near a target numbers the mode by its place in the TE0 spectrum: the sixth TE0 mode
     * of the pillbox (inertia count).
     */
    @Test
    void countBelowAFrequencyMatchesTheClosedForm() {
        Mesh mesh = MeshGenerator.generate(Pillbox.closed(R, R).contour(), MeshSettings.of(6, R / 8));
        List<Double> exact = pillboxTe0np(1, 14);
        double f6 = C * exact.get(5) / (2 * Math.PI * R);
        ModeSolution s = new ModeSolver().solve(mesh, ModeRequest.near(f6 * 1.001, 1).withFamily(ModeFamily.TE));
        assertEquals(6, s.modes().get(0).number());
        assertEquals(0, Math.abs(s.modes().get(0).frequency() - f6) / f6, 1e-10);
    }

    /**
     * Symmetry planes: half the pillbox, z ∈ [0, L/2], closed at z = L/2 by a magnetic plane (natural
     * for E_phi: ∂z E_phi = 0) keeps the TE0np with p odd; by an electric plane (E_phi = 0) those
     * with p even. Lowest of each: TE011 (kR = √(j11² + π²)) and TE012 (√(j11² + 4π²)).
     */
    @Test
    void symmetryPlanesSelectOddAndEvenP() {
        double te011 = Math.hypot(3.831705970207512, Math.PI);
        double te012 = Math.hypot(3.831705970207512, 2 * Math.PI);
        for (BoundaryKind plane : new BoundaryKind[] {BoundaryKind.MAGNETIC, BoundaryKind.ELECTRIC}) {
            Contour half = Contour.of(List.of(
                    new ContourSegment(new Line(new Point(0, 0), new Point(R / 2, 0)), BoundaryKind.AXIS, "axis"),
                    new ContourSegment(new Line(new Point(R / 2, 0), new Point(R / 2, R)), plane, "plane"),
                    new ContourSegment(new Line(new Point(R / 2, R), new Point(0, R)), BoundaryKind.METAL, "outer"),
                    new ContourSegment(new Line(new Point(0, R), new Point(0, 0)), BoundaryKind.METAL, "end")));
            Mesh mesh = MeshGenerator.generate(half, MeshSettings.of(5, R / 8));
            double k = solveTe(mesh, 1).modes().get(0).waveNumber() * R;
            double exact = plane == BoundaryKind.MAGNETIC ? te011 : te012;
            assertEquals(0, Math.abs(k - exact) / exact, 1e-10, plane.key());
        }
    }

    /** The six lowest m = 0 TE modes of a sphere of radius 100 mm (ka up to 8.2): curved wall, order 6. */
    @Test
    void sphereTeModesFromSphericalBesselRoots() {
        double a = 0.1;
        Mesh mesh = MeshGenerator.generate(new SphericalCavity(a).contour(), MeshSettings.of(6, a / 6));
        ModeSolution s = solveTe(mesh, 6);
        List<Double> exact = sphereTe0(12);
        for (int i = 0; i < 6; i++) {
            double k = s.modes().get(i).waveNumber() * a;
            double error = Math.abs(k - exact.get(i)) / exact.get(i);
            System.out.printf("sphere TE0 #%d: ka = %.13f, exact %.13f, error %.2e%n", i + 1, k, exact.get(i), error);
            assertTrue(error < 1e-10, "sphere TE mode " + (i + 1) + " error " + error);
        }
    }

    /** U = ½ ε0 ∫ E_phi² dV = 1 J, recomputed from the mass matrix of the TE numbering. */
    @Test
    void teModeIsNormalisedToOneJouleOfElectricEnergy() {
        Mesh mesh = MeshGenerator.generate(Pillbox.closed(R, R).contour(), MeshSettings.of(3, R / 4));
        Mode mode = solveTe(mesh, 1).modes().get(0);
        DofMap dofs = DofMap.of(mesh, ModeFamily.TE.fixedOn());
        var system = HphiAssembler.assemble(mesh, dofs);
        double[] x = dofs.toUnknowns(mode.azimuthalField());
        double[] y = new double[x.length];
        system.mass().multiply(x, y);
        double xmx = 0;
        for (int i = 0; i < x.length; i++) {
            xmx += x[i] * y[i];
        }
        assertEquals(1.0, 0.5 * PhysicalConstants.EPSILON_0 * 2 * Math.PI * xmx, 1e-12);
        assertThrows(IllegalStateException.class, mode::magneticField);
    }
}
