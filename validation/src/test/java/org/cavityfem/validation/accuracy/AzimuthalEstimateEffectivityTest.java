package org.cavityfem.validation.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.math3.special.BesselJ;
import org.cavityfem.analysis.accuracy.ModeErrors;
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
import org.cavityfem.study.adapt.AzimuthalEstimates;
import org.cavityfem.units.PhysicalConstants;
import org.junit.jupiter.api.Test;

/**
 * Effectivity (estimate / true error) of the error estimates of TE0 and m ≥ 1 modes (design.md
 * §2.14): the relative difference to a solve of the same formulation one order higher on the same
 * triangulation, modes paired by field overlap ({@code AzimuthalEstimates}), against closed forms
 * of the closed pillbox (radius R = 115 mm, gap L = 115 and 50 mm), at orders 3 and 4; every
 * effectivity must lie within a factor 10 of 1, and a true error at rounding level (below 1e-12)
 * must get an estimate below 1e-10.
 *
 * <p>Closed forms (Jackson, Classical Electrodynamics, 3rd ed., §8.7; derived in
 * {@code validation.hom.AzimuthalFiguresTest}): <b>TM110</b>, k = j11/R; at a stored energy of 1 J,
 * E_z = A J1(kr) cos φ with A² = 4/(ε0 L π R² J0(j11)²); G = η0 k R L/(2(R + L)); E_pk = A J1(j'11)
 * (at r = j'11/k on the end plates, j'11 = 1.8411837813406593, A&amp;S Table 9.5); H_pk = A/(2η0) on the
 * axis at the end plates (|∇E_z| = kA/2 there). <b>TE011</b>, k² = (j'01/R)² + (π/L)², j'01 = j11
 * = 3.831705970207512; G = η0 k³ R² L/(2(j'01² L/R + 2π² R²/L²)).
 *
 * <p>The table this test prints is in docs/validation.md ("Error estimates of TE0 and m ≥ 1
 * modes"), made by {@code mvn -B -o -q test -pl validation -am -Dtest=AzimuthalEstimateEffectivityTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class AzimuthalEstimateEffectivityTest {

    private static final double R = 0.115;
    private static final double J11 = 3.831705970207512;
    private static final double J11_PRIME = 1.8411837813406593;
    private static final double ETA = PhysicalConstants.ETA_0;
    private static final double EPS0 = PhysicalConstants.EPSILON_0;
    private static final double RS = 1e-3;
    private static final double ROUNDING = 1e-12;
    private static final double QUIET = 1e-10;
    private static final double H = 0.04;

    private final List<String> failures = new ArrayList<>();
    private final AzimuthalAnalysis analysis = new AzimuthalAnalysis(new FixedResistance(RS), 0.01, 1e4);

    @Test
    void pillboxTm110TwoAspectRatiosTwoOrders() {
        for (double gap : new double[] {0.115, 0.05}) {
            for (int order : new int[] {3, 4}) {
                List<Mesh> meshes = meshes(gap, order);
                AzimuthalSolution a = new AzimuthalModeSolver().lowest(meshes.get(0), 1, 2, 1e-13);
                AzimuthalSolution b = new AzimuthalModeSolver().lowest(meshes.get(1), 1, 3, 1e-13);
                List<AzimuthalFigures> fa = analysis.of(meshes.get(0), ElementLocator.of(meshes.get(0)), a.dofs(), 1,
                        a.modes());
                List<AzimuthalFigures> fb = analysis.of(meshes.get(1), ElementLocator.of(meshes.get(1)), b.dofs(), 1,
                        b.modes());
                List<ModeErrors> errors = AzimuthalEstimates.of(meshes.get(0), fa, Optional.empty(), Optional.of(a),
                        meshes.get(1), fb, Optional.empty(), Optional.of(b));
                double k = J11 / R;
                int i = nearest(fa, k);
                AzimuthalFigures f = fa.get(i);
                ModeErrors e = errors.get(i);
                assertTrue(e.matched(), "TM110 has a match");
                assertEquals(i, e.referenceIndex(), "TM110 matches the reference's TM110");
                double j0 = BesselJ.value(0, J11);
                double amplitude = Math.sqrt(4 / (EPS0 * gap * Math.PI * R * R * j0 * j0));
                String name = String.format(Locale.ROOT, "TM110, L = %.0f mm", gap * 1e3);
                check(name, order, "frequency_Hz", k, f.waveNumber(), e);
                check(name, order, "G_ohm", ETA * k * R * gap / (2 * (R + gap)), f.geometryFactor(), e);
                check(name, order, "Epk_V_per_m", amplitude * BesselJ.value(1, J11_PRIME), f.electricPeak().value(), e);
                check(name, order, "Hpk_A_per_m", amplitude / (2 * ETA), f.magneticPeak().value(), e);
            }
        }
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    @Test
    void pillboxTe011TwoAspectRatiosTwoOrders() {
        for (double gap : new double[] {0.115, 0.05}) {
            for (int order : new int[] {3, 4}) {
                List<Mesh> meshes = meshes(gap, order);
                ModeSolution a = new ModeSolver().solve(meshes.get(0), ModeRequest.lowest(1).withFamily(ModeFamily.TE));
                ModeSolution b = new ModeSolver().solve(meshes.get(1), ModeRequest.lowest(2).withFamily(ModeFamily.TE));
                List<AzimuthalFigures> fa = a.modes().stream().map(m -> analysis.ofTeMonopole(meshes.get(0), m)).toList();
                List<AzimuthalFigures> fb = b.modes().stream().map(m -> analysis.ofTeMonopole(meshes.get(1), m)).toList();
                List<ModeErrors> errors = AzimuthalEstimates.of(meshes.get(0), fa, Optional.of(a), Optional.empty(),
                        meshes.get(1), fb, Optional.of(b), Optional.empty());
                ModeErrors e = errors.get(0);
                assertEquals(0, e.referenceIndex(), "TE011 matches the reference's TE011");
                double k = Math.hypot(J11 / R, Math.PI / gap);
                double g = ETA * Math.pow(k, 3) * R * R * gap / (2 * (J11 * J11 * gap / R + 2 * Math.PI * Math.PI * R * R
                        / (gap * gap)));
                String name = String.format(Locale.ROOT, "TE011, L = %.0f mm", gap * 1e3);
                check(name, order, "frequency_Hz", k, fa.get(0).waveNumber(), e);
                check(name, order, "G_ohm", g, fa.get(0).geometryFactor(), e);
                check(name, order, "Q0", g / RS, fa.get(0).q0(), e);
            }
        }
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    /** The order-p and order-(p + 1) meshes of one triangulation of the pillbox. */
    private static List<Mesh> meshes(double gap, int order) {
        return MeshGenerator.generate(Pillbox.closed(R, gap).contour(), MeshSettings.of(order, H), null, 0, order,
                order + 1);
    }

    /** The index of the mode whose wave number is nearest k (also used by {@link AzimuthalRefinementTest}). */
    static int nearest(List<AzimuthalFigures> modes, double k) {
        int best = 0;
        for (int i = 1; i < modes.size(); i++) {
            if (Math.abs(modes.get(i).waveNumber() - k) < Math.abs(modes.get(best).waveNumber() - k)) {
                best = i;
            }
        }
        return best;
    }

    private void check(String name, int order, String key, double exact, double computed, ModeErrors e) {
        double trueError = Math.abs(computed - exact) / Math.abs(exact);
        double estimate = e.of(key).orElse(Double.NaN);
        double effectivity = estimate / trueError;
        boolean ok = trueError < ROUNDING ? estimate < QUIET : effectivity >= 0.1 && effectivity <= 10;
        String line = String.format(Locale.ROOT, "| %s | %d | %.0f | %s | %.2e | %.2e | %s |", name, order, H * 1e3,
                key, trueError, estimate, trueError < ROUNDING ? "(rounding)"
                        : String.format(Locale.ROOT, "%.2f", effectivity));
        System.out.println(line);
        if (!ok) {
            failures.add(line);
        }
    }
}
