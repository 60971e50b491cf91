package org.cavityfem.validation.accuracy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cavityfem.analysis.accuracy.OrderComparison;
import org.cavityfem.analysis.accuracy.PeakLocations;
import org.cavityfem.analysis.accuracy.QuantityErrors;
import org.cavityfem.analysis.merit.FiguresOfMerit;
import org.cavityfem.analysis.merit.MeritSettings;
import org.cavityfem.analysis.merit.ModeAnalysis;
import org.cavityfem.analysis.merit.ModeQuantities;
import org.cavityfem.analysis.resistance.FixedResistance;
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
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolution;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.units.PhysicalConstants;
import org.junit.jupiter.api.Test;

/**
 * Effectivity (estimate / true error) of the error estimate of design.md §2.14, the relative
 * difference |Q_p − Q_{p+1}| / |Q_p| to a solve one order higher on the same triangulation,
 * against closed forms; every effectivity must lie within a factor 10 of 1. A true error at
 * rounding level (below 1e-12) has no meaningful effectivity: there the estimate must stay below
 * 1e-10 (no false alarm).
 *
 * <p>Closed forms of the pillbox TM010 (radius R, gap L; Jackson, Classical Electrodynamics, 3rd
 * ed., §8.7; derived in {@code PillboxFiguresOfMeritTest}): k = j01/R; E_z = E0 J0(kr),
 * H_phi = (E0/η) J1(kr); T = sin(kL/2)/(kL/2); G = j01 η L / (2(R + L)); R/Q (linac) =
 * 2 L T² / (π ω ε0 R² J1(j01)²), circuit half of it; E_pk/E_acc = 1/T (on the axis at the plates);
 * H_pk = (E0/η) J1(j'11) at r = (j'11/j01) R on the plates (j'11 = 1.8411837813406593, A&amp;S
 * Table 9.5), so B_pk/E_acc = μ0 J1(j'11) / (η T) and E_acc/H_pk = η T / J1(j'11). The sphere's
 * lowest TM mode: k a = 2.743707269992269 (Jackson §8.9; Harrington §6-9). The shorted coaxial
 * line's TEM mode: k = π/L (Pozar, Microwave Engineering, 4th ed., §6.1).
 *
 * <p>The table this test prints is in docs/validation.md ("Error estimates"), made by
 * {@code mvn -B -o -q test -pl validation -am -Dtest=ErrorEstimateEffectivityTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ErrorEstimateEffectivityTest {

    private static final double J01 = PhysicalConstants.J01;
    private static final double J11_PRIME = 1.8411837813406593;
    private static final double ETA = PhysicalConstants.ETA_0;
    private static final double EPS0 = PhysicalConstants.EPSILON_0;
    private static final double MU0 = PhysicalConstants.MU_0;
    private static final double C = PhysicalConstants.SPEED_OF_LIGHT;
    private static final double RS = 0.01;
    private static final double EACC = 1e6;
    /** True errors below this are rounding; their estimate must stay below {@link #QUIET}. */
    private static final double ROUNDING = 1e-12;
    private static final double QUIET = 1e-10;

    private final List<String> failures = new ArrayList<>();

    @Test
    void pillboxFiguresTwoAspectRatiosTwoOrders() {
        double r = 0.115;
        for (double gap : new double[] {0.115, 0.05}) {
            for (int order : new int[] {3, 4}) {
                for (double h : new double[] {0.04, 0.02}) {
                    pillbox(r, gap, order, h);
                }
            }
        }
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    @Test
    void sphereAndCoaxFrequencies() {
        double a = 0.1;
        for (int order : new int[] {2, 3}) {
            for (double h : new double[] {0.04, 0.02}) {
                Pair s = Pair.solve(new SphericalCavity(a).contour(), order, h);
                check("sphere a = 100 mm", order, h, "frequency", 2.743707269992269 / a, s.low().waveNumber(),
                        s.estimate("k_per_m"));
            }
        }
        double inner = 0.02;
        double outer = 0.06;
        double length = 0.1;
        Contour coax = Contour.of(List.of(
                new ContourSegment(new Line(new Point(0, inner), new Point(length, inner)), BoundaryKind.METAL, "inner"),
                new ContourSegment(new Line(new Point(length, inner), new Point(length, outer)), BoundaryKind.METAL,
                        "end"),
                new ContourSegment(new Line(new Point(length, outer), new Point(0, outer)), BoundaryKind.METAL, "outer"),
                new ContourSegment(new Line(new Point(0, outer), new Point(0, inner)), BoundaryKind.METAL, "start")));
        for (int order : new int[] {2, 3}) {
            for (double h : new double[] {0.04, 0.02}) {
                Pair s = Pair.solve(coax, order, h);
                check("coax TEM", order, h, "frequency", Math.PI / length, s.low().waveNumber(),
                        s.estimate("k_per_m"));
            }
        }
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    private void pillbox(double r, double gap, int order, double h) {
        Pair s = Pair.solve(new Pillbox(r, gap, 0, 0).contour(), order, h);
        MeritSettings settings = new MeritSettings(EACC, gap, 1, new FixedResistance(RS));
        ModeAnalysis a = ModeAnalysis.of(s.mesh(), s.low(), settings);
        ModeAnalysis b = ModeAnalysis.of(s.reference(), s.high(), settings);
        Map<String, Double> est = QuantityErrors.of(ModeQuantities.FIGURES, a, b, s.mesh().contour().boundingSize());
        PeakLocations.estimate(a, b, s.mesh().contour().boundingSize(), est);
        FiguresOfMerit f = a.figures();
        double k = J01 / r;
        double t = Math.sin(k * gap / 2) / (k * gap / 2);
        double j1 = org.apache.commons.math3.special.BesselJ.value(1, J01);
        double j1max = org.apache.commons.math3.special.BesselJ.value(1, J11_PRIME);
        double omega = C * k;
        double rOverQ = 2 * gap * t * t / (Math.PI * omega * EPS0 * r * r * j1 * j1);
        String name = String.format(Locale.ROOT, "pillbox R = %.0f mm, L = %.0f mm", r * 1e3, gap * 1e3);
        check(name, order, h, "frequency", k, s.low().waveNumber(), QuantityErrors.relative(s.low().waveNumber(),
                s.high().waveNumber()));
        check(name, order, h, "G_ohm", J01 * ETA * gap / (2 * (r + gap)), f.geometryFactor(), est.get("G_ohm"));
        check(name, order, h, "RoverQ_ohm", rOverQ, f.rOverQ(), est.get("RoverQ_ohm"));
        check(name, order, h, "RoverQ_circuit_ohm", rOverQ / 2, f.rOverQCircuit(), est.get("RoverQ_circuit_ohm"));
        check(name, order, h, "transitTimeFactor", t, f.transitTimeFactor(), est.get("transitTimeFactor"));
        check(name, order, h, "EpkOverEacc", 1 / t, f.peakElectricOverAccelerating(), est.get("EpkOverEacc"));
        check(name, order, h, "BpkOverEacc_mT_per_MVm", MU0 * j1max / (ETA * t) * 1e9,
                f.peakFluxOverAccelerating(), est.get("BpkOverEacc_mT_per_MVm"));
        check(name, order, h, "EaccOverHpk_ohm", ETA * t / j1max, f.acceleratingOverPeakMagnetic(),
                est.get("EaccOverHpk_ohm"));
        // H_pk location: r = (j'11/j01) R on a plate z = ±L/2; error as distance over the cavity size.
        double rPeak = J11_PRIME / J01 * r;
        double dz = Math.abs(Math.abs(f.peakMagneticField().z()) - gap / 2);
        double locationError = Math.hypot(dz, f.peakMagneticField().r() - rPeak) / s.mesh().contour().boundingSize();
        checkAbsolute(name, order, h, "Hpk_location_m", locationError, est.get("Hpk_location_m"));
    }

    private void check(String name, int order, double h, String key, double exact, double computed, double estimate) {
        checkAbsolute(name, order, h, key, Math.abs(computed - exact) / Math.abs(exact), estimate);
    }

    private void checkAbsolute(String name, int order, double h, String key, double trueError, double estimate) {
        double effectivity = estimate / trueError;
        boolean ok = trueError < ROUNDING ? estimate < QUIET : effectivity >= 0.1 && effectivity <= 10;
        String line = String.format(Locale.ROOT, "| %s | %d | %.0f | %s | %.2e | %.2e | %s |", name, order, h * 1e3, key,
                trueError, estimate, trueError < ROUNDING ? "(rounding)" : String.format(Locale.ROOT, "%.2f",
                        effectivity));
        System.out.println(line);
        if (!ok) {
            failures.add(line);
        }
    }

    /** The order-p solve and the order-(p + 1) reference on one triangulation, lowest mode matched. */
    private record Pair(Mesh mesh, Mode low, Mesh reference, Mode high, OrderComparison comparison) {

        static Pair solve(Contour contour, int order, double h) {
            List<Mesh> meshes = MeshGenerator.generate(contour, MeshSettings.of(order, h), null, 0, order, order + 1);
            ModeSolution a = new ModeSolver().solve(meshes.get(0), ModeRequest.lowest(1));
            ModeSolution b = new ModeSolver().solve(meshes.get(1), ModeRequest.lowest(2));
            OrderComparison c = OrderComparison.of(meshes.get(0), a.modes(), meshes.get(1), b.modes());
            assertTrue(c.match(0) == 0, "the lowest mode matches the reference's lowest");
            return new Pair(meshes.get(0), a.modes().get(0), meshes.get(1), b.modes().get(c.match(0)), c);
        }

        double estimate(String key) {
            return key.equals("k_per_m") ? QuantityErrors.relative(low.waveNumber(), high.waveNumber())
                    : Double.NaN;
        }
    }
}
