package org.cavityfem.validation.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.math3.special.BesselJ;
import org.cavityfem.analysis.accuracy.AccuracyReport;
import org.cavityfem.analysis.accuracy.ModeErrors;
import org.cavityfem.analysis.accuracy.ZeroFigures;
import org.cavityfem.analysis.field.ElementLocator;
import org.cavityfem.analysis.hom.AzimuthalAnalysis;
import org.cavityfem.analysis.hom.AzimuthalFigures;
import org.cavityfem.analysis.hom.AzimuthalQuantities;
import org.cavityfem.analysis.hom.TransverseImpedance;
import org.cavityfem.analysis.resistance.FixedResistance;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.solver.hom.AzimuthalModeSolver;
import org.cavityfem.solver.hom.AzimuthalSolution;
import org.cavityfem.study.AzimuthalStudyResult;
import org.cavityfem.study.PreparedCase;
import org.cavityfem.study.Study;
import org.cavityfem.study.StudyListener;
import org.cavityfem.study.adapt.AzimuthalEstimates;
import org.cavityfem.units.PhysicalConstants;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transverse figures of m = 2 modes at the axis limit (design.md §2.12: V_perp = |∫ c_2(z)
 * e^{ikz} dz| / k², c_2 = lim E_z / r², (R/Q)_perp = V_perp² / (ωU), U = 1 J) and their estimates,
 * against closed forms of the closed pillbox R = 115 mm, gaps L = 115 and 50 mm, at orders 3 and 4
 * on elements of 40 mm (the order-p and order-(p + 1) meshes of one triangulation, as the study
 * makes them); every effectivity (estimate / true error) must lie within [0.1, 10].
 *
 * <p><b>TM210</b> (Jackson, Classical Electrodynamics, 3rd ed., §8.7): E_z = E0 J2(kr) cos 2φ,
 * k = j21/R, independent of z, E_r = E_φ = 0 at the moment of peak E. Near the axis J2(x) = x²/8 +
 * O(x⁴) (A&amp;S 9.1.10), so c_2 = E0 k²/8 and V_perp = E0 (k²/8) |∫_0^L e^{ikz} dz| / k² = E0 L T/8
 * with T = sin(kL/2)/(kL/2). The stored energy U = (ε0/2) ∫ E_z² dV = (ε0/2) E0² L π ∫_0^R J2(kr)²
 * r dr = (ε0/4) π E0² L R² J3(j21)² (A&amp;S 11.4.5 with J2(j21) = 0, J2' = −J3 there). Hence
 *
 * <pre>
 *   (R/Q)_perp = V_perp² / (ωU) = η0 L T² / (16 π R j21 J3(j21)²)        (Ω, linac; circuit half)
 * </pre>
 *
 * (the m = 1 form of {@code TransverseImpedanceTest} with 1/(2^m m!)² for 1/4 and J3 for J2), and at
 * U = 1 J, E0² = 4 / (ε0 π L R² J3(j21)²). <b>TM211</b>: E_z = E0 J2(γr) cos(πz/L) cos 2φ, γ = j21/R, k² = γ² + (π/L)²,
 * so c_2 = E0 (γ²/8) cos(πz/L) and, with e^{iπ} = −1, |∫_0^L cos(πz/L) e^{ikz} dz| = 2k |cos(kL/2)| /
 * (k² − (π/L)²) = 2k |cos(kL/2)| / γ²: V_perp = E0 |cos(kL/2)| / (4k). Its transverse field E_t =
 * −(π/(Lγ²)) sin(πz/L) ∇_t ψ (Jackson (8.50)) with ∫ |∇_t ψ|² dA = γ² ∫ ψ² dA gives ∫ |E|² dV =
 * (L/2)(k²/γ²) ∫ ψ² dA, U = (ε0/8) π E0² R² J3(j21)² L k²/γ², and
 *
 * <pre>
 *   (R/Q)_perp = η0 γ² cos²(kL/2) / (2 π R² J3(j21)² L k⁵)                      (Ω, linac)
 * </pre>
 *
 * <b>TE211</b>: a TE mode of the pillbox has E_z ≡ 0
 * (Jackson §8.7), so its c_2, V_perp and (R/Q)_perp are zero, which the estimates must report as zero
 * by symmetry (no estimate) rather than as a figure without a digit: before the m ≥ 2 limit was taken
 * from the interpolant's r² coefficient, E_z / r² a step of 1e-4 from the axis gave TE211 1.1e-3 Z0
 * with an estimate of 0.99, and TM210 estimates of 0.2–0.7 at order 5.
 */
class QuadrupoleTransverseTest {

    private static final double R = 0.115;
    private static final double J21 = 5.135622301840683;
    private static final double ETA = PhysicalConstants.ETA_0;
    private static final double EPS0 = PhysicalConstants.EPSILON_0;
    private static final double H = 0.04;

    private final List<String> failures = new ArrayList<>();
    private final AzimuthalAnalysis analysis = new AzimuthalAnalysis(new FixedResistance(1e-3), 0.01, 1e4);

    @Test
    void pillboxTm21pAndTe211TwoAspectRatiosTwoOrders() {
        for (double gap : new double[] {0.115, 0.05}) {
            for (int order : new int[] {4, 5}) {
                List<Mesh> meshes = MeshGenerator.generate(Pillbox.closed(R, gap).contour(), MeshSettings.of(order, H),
                        null, 0, order, order + 1);
                AzimuthalSolution a = new AzimuthalModeSolver().lowest(meshes.get(0), 2, 4, 1e-13);
                AzimuthalSolution b = new AzimuthalModeSolver().lowest(meshes.get(1), 2, 5, 1e-13);
                List<AzimuthalFigures> fa = analysis.of(meshes.get(0), ElementLocator.of(meshes.get(0)), a.dofs(), 2,
                        a.modes());
                List<AzimuthalFigures> fb = analysis.of(meshes.get(1), ElementLocator.of(meshes.get(1)), b.dofs(), 2,
                        b.modes());
                List<ModeErrors> errors = AzimuthalEstimates.of(meshes.get(0), fa, Optional.empty(), Optional.of(a),
                        meshes.get(1), fb, Optional.empty(), Optional.of(b));
                for (double[] mode : new double[][] {{J21, 0}, {J21, 1}}) {
                    tm(gap, order, mode[0], (int) mode[1], fa, errors);
                }
                // TE211: E_z ≡ 0, so its transverse figures are zero by symmetry.
                double kTe = Math.hypot(3.054236928227140 / R, Math.PI / gap);
                int te = AzimuthalEstimateEffectivityTest.nearest(fa, kTe);
                AzimuthalFigures g = fa.get(te);
                System.out.printf(Locale.ROOT, "| TE211, L = %.0f mm | %d | (R/Q)_perp = %.2e Ohm = %.1e Z0 | zero: %s |%n",
                        gap * 1e3, order, g.transverse(TransverseImpedance::roverQLinac),
                        g.transverse(TransverseImpedance::roverQLinac) / ETA, errors.get(te).zero().get("RoverQ_perp_linac_ohm"));
                assertEquals(kTe, g.waveNumber(), 1e-4 * kTe, "TE211");
                assertTrue(errors.get(te).zero().containsKey("RoverQ_perp_linac_ohm")
                        && errors.get(te).zero().containsKey("Vperp_V"), "TE211's transverse figures are zero: "
                                + errors.get(te).zero());
            }
        }
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    /**
     * m = 3 (the general m ≥ 2 path), TM310 of the pillbox R = 115 mm, L = 50 mm (at L = R its kL/2 is
     * near π and T near 0): the same derivation with J3(x) = x³/48 + O(x⁵), so c_3 = E0 k³/48, V_perp =
     * E0 L T/48, U = (ε0/4) π E0² L R² J4(j31)², and in general for TM_m10 (R/Q)_perp = 4 η0 L T² /
     * ((2^m m!)² π j R J_{m+1}(j)²), j = j31 = 6.380161895923984 (A&amp;S Table 9.5); effectivity within
     * [0.1, 10] at orders 5 and 6. A third derivative at the axis converges slowly: true errors 9.6e-2,
     * 1.2e-1, 2.9e-3 and 2.0e-3 at orders 4 to 7 on 40 mm elements, estimates 0.24 to 1.68 of them.
     */
    @Test
    void pillboxTm310TwoOrders() {
        double j = 6.380161895923984;
        double gap = 0.05;
        for (int order : new int[] {5, 6}) {
            List<Mesh> meshes = MeshGenerator.generate(Pillbox.closed(R, gap).contour(), MeshSettings.of(order, H), null,
                    0, order, order + 1);
            AzimuthalSolution a = new AzimuthalModeSolver().lowest(meshes.get(0), 3, 3, 1e-13);
            AzimuthalSolution b = new AzimuthalModeSolver().lowest(meshes.get(1), 3, 4, 1e-13);
            List<AzimuthalFigures> fa = analysis.of(meshes.get(0), ElementLocator.of(meshes.get(0)), a.dofs(), 3,
                    a.modes());
            List<AzimuthalFigures> fb = analysis.of(meshes.get(1), ElementLocator.of(meshes.get(1)), b.dofs(), 3,
                    b.modes());
            List<ModeErrors> errors = AzimuthalEstimates.of(meshes.get(0), fa, Optional.empty(), Optional.of(a),
                    meshes.get(1), fb, Optional.empty(), Optional.of(b));
            double k = j / R;
            int i = AzimuthalEstimateEffectivityTest.nearest(fa, k);
            AzimuthalFigures f = fa.get(i);
            assertEquals(k, f.waveNumber(), 1e-4 * k, "TM310");
            double t = Math.sin(k * gap / 2) / (k * gap / 2);
            double j4 = BesselJ.value(4, j);
            double rq = 4 * ETA * gap * t * t / (48.0 * 48.0 * Math.PI * j * R * j4 * j4);
            check("TM310, L = 50 mm", order, "RoverQ_perp_linac_ohm", rq, f.transverse(TransverseImpedance::roverQLinac),
                    errors.get(i));
        }
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    /**
     * {@code mesh.accuracy} 1e-6 on the window 2.10–2.16 GHz of m = 2 around TM210 (2130.77 MHz; the
     * nearest m = 2 modes, TE211 at 1817.9 MHz and TM211 at 2497.8 MHz, lie outside), R = L = 115 mm:
     * the refinement loop (design.md §2.14) must end with every target met and TM210's V_perp and
     * (R/Q)_perp (closed forms in the class comment) within 1e-6 of their closed forms, each estimate
     * within [0.1, 10] of its true error. Before the m = 2 limit was the r² coefficient, these
     * estimates stayed near 0.2 and the loop took them out as noise.
     */
    @Test
    void refinedToATargetTm210ReachesItsClosedForm(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tm210.json");
        Files.writeString(file, """
                {"name": "tm210", "geometry": {"type": "pillbox", "radius": "115 mm", "gap": "115 mm"},
                 "mesh": {"order": 4, "elementSize": "40 mm", "accuracy": 1e-6},
                 "solver": {"m": 2, "from": "2.10 GHz", "to": "2.16 GHz", "modes": 2}}
                """);
        AzimuthalStudyResult r = new Study(new ModeSolver(), StudyListener.none()).runAzimuthal(PreparedCase.read(file));
        AccuracyReport a = r.accuracy().orElseThrow();
        assertTrue(a.met(), () -> "shortfalls: " + a.shortfalls());
        double k = J21 / R;
        int i = AzimuthalEstimateEffectivityTest.nearest(r.modes(), k);
        AzimuthalFigures f = r.modes().get(i);
        ModeErrors e = r.errors(i).orElseThrow();
        double t = Math.sin(k * R / 2) / (k * R / 2);
        double j3 = BesselJ.value(3, J21);
        double e0 = Math.sqrt(4 / (EPS0 * Math.PI * R * R * R * j3 * j3));
        double rq = ETA * R * t * t / (16 * Math.PI * R * J21 * j3 * j3);
        System.out.printf(Locale.ROOT, "TM210 to 1e-6: %d iterations, last %d elements, order %d%n", a.history().size(),
                a.history().get(a.history().size() - 1).elements(), r.mesh().order());
        double v = ZeroFigures.value(AzimuthalQuantities.TABLE, "Vperp_V", f);
        double q = f.transverse(TransverseImpedance::roverQLinac);
        for (double[] c : new double[][] {{e0 * R * t / 8, v, e.of("Vperp_V").orElse(Double.NaN)},
            {rq, q, e.of("RoverQ_perp_linac_ohm").orElse(Double.NaN)}}) {
            double trueError = Math.abs(c[1] / c[0] - 1);
            System.out.printf(Locale.ROOT, "| TM210, L = 115 mm, target 1e-6 | %.9g | true error %.2e | estimate %.2e |%n",
                    c[1], trueError, c[2]);
            assertTrue(trueError <= 1e-6, "true error " + trueError);
            assertTrue(c[2] / trueError >= 0.1 && c[2] / trueError <= 10, "effectivity " + c[2] / trueError);
        }
    }

    /**
     * {@code mesh.accuracy} 1e-6 on TM211 of the same pillbox (the window 2.45–2.55 GHz of m = 2 around
     * its 2497.83 MHz; TM210 at 2130.8 MHz and TE212 at 2898 MHz lie outside): (R/Q)_perp and V_perp
     * (closed forms in the class comment; V_perp² = (R/Q)_perp ω U at U = 1 J) within 1e-6 of them, each
     * estimate within [0.1, 10] of its true error. The loop halves the elements on the axis while an
     * m ≥ 2 mode's axis limit misses its target (design.md §2.14); without that its estimates stalled
     * near 3.5e-5 and the loop gave them up as non-converging.
     */
    @Test
    void refinedToATargetTm211ReachesItsClosedForm(@TempDir Path dir) throws Exception {
        double gamma = J21 / R;
        double k = Math.hypot(gamma, Math.PI / R);
        double j3 = BesselJ.value(3, J21);
        double c = Math.cos(k * R / 2);
        double rq = ETA * gamma * gamma * c * c / (2 * Math.PI * R * R * j3 * j3 * R * Math.pow(k, 5));
        refined(dir, "tm211", 2, R, "2.45 GHz", "2.55 GHz", k, rq);
    }

    /**
     * {@code mesh.accuracy} 1e-6 on TM310 of the pillbox R = 115 mm, L = 50 mm (the window 2.60–2.70
     * GHz of m = 3 around its 2647.3 MHz; TE311 at 3.47 GHz lies outside), against the closed form of
     * {@link #pillboxTm310TwoOrders}: a third derivative at the axis, which stalled near 3.5e-5 before
     * the axis was refined for it.
     */
    @Test
    @Tag("slow")
    void refinedToATargetTm310ReachesItsClosedForm(@TempDir Path dir) throws Exception {
        double j = 6.380161895923984;
        double gap = 0.05;
        double k = j / R;
        double t = Math.sin(k * gap / 2) / (k * gap / 2);
        double j4 = BesselJ.value(4, j);
        double rq = 4 * ETA * gap * t * t / (48.0 * 48.0 * Math.PI * j * R * j4 * j4);
        refined(dir, "tm310", 3, gap, "2.60 GHz", "2.70 GHz", k, rq);
    }

    /** Refines the window to 1e-6 and checks the mode of wave number k against its (R/Q)_perp. */
    private static void refined(Path dir, String name, int m, double gap, String from, String to, double k, double rq)
            throws Exception {
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, String.format(Locale.ROOT, """
                {"name": "%s", "geometry": {"type": "pillbox", "radius": "115 mm", "gap": "%s mm"},
                 "mesh": {"order": 4, "elementSize": "40 mm", "accuracy": 1e-6},
                 "solver": {"m": %d, "from": "%s", "to": "%s", "modes": 2}}
                """, name, gap * 1e3, m, from, to));
        AzimuthalStudyResult r = new Study(new ModeSolver(), StudyListener.none()).runAzimuthal(PreparedCase.read(file));
        AccuracyReport a = r.accuracy().orElseThrow();
        assertTrue(a.met(), () -> "shortfalls: " + a.shortfalls());
        int i = AzimuthalEstimateEffectivityTest.nearest(r.modes(), k);
        AzimuthalFigures f = r.modes().get(i);
        ModeErrors e = r.errors(i).orElseThrow();
        assertEquals(k, f.waveNumber(), 1e-9 * k, name);
        System.out.printf(Locale.ROOT, "%s to 1e-6: %d iterations, last %d elements, %d unknowns, order %d%n", name,
                a.history().size(), a.history().get(a.history().size() - 1).elements(),
                a.history().get(a.history().size() - 1).unknowns(), r.mesh().order());
        double vPerp = Math.sqrt(rq * 2 * Math.PI * f.frequency() * f.storedEnergy());
        double v = ZeroFigures.value(AzimuthalQuantities.TABLE, "Vperp_V", f);
        double q = f.transverse(TransverseImpedance::roverQLinac);
        for (double[] c : new double[][] {{vPerp, v, e.of("Vperp_V").orElse(Double.NaN)},
            {rq, q, e.of("RoverQ_perp_linac_ohm").orElse(Double.NaN)}}) {
            double trueError = Math.abs(c[1] / c[0] - 1);
            System.out.printf(Locale.ROOT, "| %s, target 1e-6 | %.9g | true error %.2e | estimate %.2e |%n", name, c[1],
                    trueError, c[2]);
            assertTrue(trueError <= 1e-6, name + ": true error " + trueError);
            assertTrue(c[2] / trueError >= 0.1 && c[2] / trueError <= 10, name + ": effectivity " + c[2] / trueError);
        }
    }

    /** TM21p of root j = j21, p = 0 or 1: its transverse figures against the closed forms. */
    private void tm(double gap, int order, double j, int p, List<AzimuthalFigures> fa, List<ModeErrors> errors) {
        double gamma = j / R;
        double k = Math.hypot(gamma, p * Math.PI / gap);
        int i = AzimuthalEstimateEffectivityTest.nearest(fa, k);
        AzimuthalFigures f = fa.get(i);
        ModeErrors e = errors.get(i);
        String name = String.format(Locale.ROOT, "TM21%d, L = %.0f mm", p, gap * 1e3);
        assertEquals(k, f.waveNumber(), 1e-4 * k, name);
        assertEquals("TM-like", f.family(), name);
        double j3 = BesselJ.value(3, j);
        double rq;
        if (p == 0) {
            double t = Math.sin(k * gap / 2) / (k * gap / 2);
            rq = ETA * gap * t * t / (16 * Math.PI * R * j * j3 * j3);
            double e0 = Math.sqrt(4 / (EPS0 * Math.PI * gap * R * R * j3 * j3));
            check(name, order, "Vperp_V", e0 * gap * t / 8, ZeroFigures.value(AzimuthalQuantities.TABLE, "Vperp_V", f), e);
        } else {
            double c = Math.cos(k * gap / 2);
            rq = ETA * gamma * gamma * c * c / (2 * Math.PI * R * R * j3 * j3 * gap * Math.pow(k, 5));
        }
        check(name, order, "RoverQ_perp_linac_ohm", rq, f.transverse(TransverseImpedance::roverQLinac), e);
        check(name, order, "RoverQ_perp_circuit_ohm", rq / 2, f.transverse(TransverseImpedance::roverQCircuit), e);
    }

    private void check(String name, int order, String key, double exact, double computed, ModeErrors e) {
        double trueError = Math.abs(computed - exact) / Math.abs(exact);
        double estimate = e.of(key).orElse(Double.NaN);
        double effectivity = estimate / trueError;
        String line = String.format(Locale.ROOT, "| %s | %d | %.0f | %s | %.2e | %.2e | %.2f |", name, order, H * 1e3,
                key, trueError, estimate, effectivity);
        System.out.println(line);
        if (!(effectivity >= 0.1 && effectivity <= 10)) {
            failures.add(line);
        }
    }
}
