package org.cavityfem.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cavityfem.solver.ModeSolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NSGA-II on a problem whose Pareto front follows from closed forms: the closed copper pillbox of
 * radius R = 115 mm (TM010, k = j01/R whatever the gap) with its gap L as the variable, minimising
 * E_pk/E_acc and maximising G·R/Q, E_acc averaged over the gap.
 *
 * <p>With θ = kL/2 the transit-time factor is T = sin θ/θ; the peak surface field is E_0 on the end
 * plates at the axis, so E_pk/E_acc = 1/T = θ/sin θ, rising with L. G = η j01 L / (2 (R + L))
 * and R/Q = 2 L T² / (ω π ε0 R² J1(j01)²) (e.g. Padamsee, Knobloch, Hays, RF Superconductivity
 * for Accelerators, §1.3), so G·R/Q ∝ sin²θ / (L + R), which is largest where
 * d/dL = 0: tan θ = k (L + R) = 2θ + j01, θ_opt = 1.37951, L_opt = 2θ_opt/k = 131.94 mm. The Pareto front is
 * therefore the gaps from the lower bound up to L_opt: no design beyond L_opt is Pareto-optimal.
 */
class OptimizationTest {

    private static final double J01 = 2.404825557695773;
    private static final double R = 0.115;

    @TempDir
    Path dir;

    @Test
    void theFrontOfThePillboxEndsAtTheClosedFormOptimum() throws IOException {
        Path file = StudyFiles.write(dir, """
                {"name": "pillbox-front", "baseCase": "pillbox.json",
                 "parameters": { "gap": { "from": "40 mm", "to": "200 mm" } },
                 "optimize": { "objectives": ["min EpkOverEacc", "max GRoverQ_ohm2"],
                               "population": 12, "generations": 8, "seed": 3 } }
                """);
        Optimization.Outcome o = Optimization.run(StudyReader.read(file), dir.resolve("out"), 2, ModeSolver::new,
                null);
        double best = optimumGap();
        List<PointRow> front = new ArrayList<>(o.pareto().values());
        assertTrue(front.size() >= 5, "front of " + front.size());
        front.sort(Comparator.comparingDouble(r -> r.parameters()[0]));
        for (PointRow r : front) {
            assertTrue(r.parameters()[0] <= best * 1.01, "a Pareto gap beyond L_opt: " + r.parameters()[0]);
            double k = J01 / R;
            double theta = k * r.parameters()[0] / 2;
            assertEquals(theta / Math.sin(theta), r.figure("EpkOverEacc"), 1e-3 * theta / Math.sin(theta));
        }
        for (int i = 1; i < front.size(); i++) {
            assertTrue(front.get(i).figure("EpkOverEacc") > front.get(i - 1).figure("EpkOverEacc"));
            assertTrue(front.get(i).figure(Figures.G_R_OVER_Q) > front.get(i - 1).figure(Figures.G_R_OVER_Q));
        }
        double reached = front.get(front.size() - 1).parameters()[0];
        assertEquals(best, reached, 0.02 * best, "the front's best G*R/Q at the gap L_opt");
        Path cases = dir.resolve("out/pareto");
        try (var files = Files.list(cases)) {
            assertEquals(front.size(), files.count());
        }
        assertTrue(Files.size(dir.resolve("out/pareto.png")) > 0);
        assertEquals(front.size() + 1, Files.readAllLines(dir.resolve("out/" + Optimization.PARETO)).size());

        // Run again on the same folder: the seeded algorithm asks for the same designs, all in the journal.
        String table = Files.readString(dir.resolve("out/" + Optimization.PARETO));
        Optimization.Outcome again = Optimization.run(StudyReader.read(file), dir.resolve("out"), 1, ModeSolver::new,
                null);
        assertEquals(0, again.computed());
        assertEquals(table, Files.readString(dir.resolve("out/" + Optimization.PARETO)));
    }

    /** L_opt = 2θ_opt/k, θ_opt the root of tan θ = 2θ + j01 in (1, π/2), by bisection. */
    private static double optimumGap() {
        double lo = 1;
        double hi = 1.5;
        for (int i = 0; i < 100; i++) {
            double m = 0.5 * (lo + hi);
            if (Math.tan(m) < 2 * m + J01) {
                lo = m;
            } else {
                hi = m;
            }
        }
        return 2 * lo * R / J01;
    }
}
