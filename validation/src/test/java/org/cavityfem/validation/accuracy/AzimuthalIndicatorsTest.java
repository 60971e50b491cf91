package org.cavityfem.validation.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cavityfem.analysis.accuracy.AzimuthalComparison;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.solver.hom.AzimuthalModeSolver;
import org.cavityfem.solver.hom.AzimuthalSolution;
import org.junit.jupiter.api.Test;

/**
 * The element indicators of m ≥ 1 modes (design.md §2.14) are the pencil's energy norm of the
 * difference to the p + 1 solution. On straight elements the order-p space lies inside the
 * order-(p + 1) one, and for any u_p of it with Rayleigh quotient λ_p and the eigenpair (u, λ) of the
 * larger space, both of unit mass norm, a(u_p − u) − λ b(u_p − u) = λ_p − λ (Babuška and Osborn,
 * Eigenvalue problems, Handbook of Numerical Analysis II, 1991, Lemma 9.1; expand a(u_p − u, u_p − u)
 * with a(u, ·) = λ b(u, ·)). With Σ η_e² = a(e)/λ and the field difference ||e||_b, that is
 *
 * <pre>  Σ η_e² − ||e||_b² = (λ_p − λ_{p+1}) / λ_{p+1}</pre>
 *
 * which this test checks on the pillbox (R = L = 115 mm, all elements straight) for TE111, TM110 and
 * TM111 at orders 3 and 4: an indicator in another norm, or summed over the wrong elements, fails it.
 */
class AzimuthalIndicatorsTest {

    @Test
    void indicatorsAddUpToTheEigenvalueIdentityOnNestedSpaces() {
        for (int order : new int[] {3, 4}) {
            List<Mesh> meshes = MeshGenerator.generate(Pillbox.closed(0.115, 0.115).contour(),
                    MeshSettings.of(order, 0.04), null, 0, order, order + 1);
            AzimuthalSolution a = new AzimuthalModeSolver().lowest(meshes.get(0), 1, 3, 1e-13);
            AzimuthalSolution b = new AzimuthalModeSolver().lowest(meshes.get(1), 1, 4, 1e-13);
            AzimuthalComparison c = AzimuthalComparison.of(meshes.get(0), a, meshes.get(1), b);
            for (int i = 0; i < 3; i++) {
                assertEquals(i, c.match(i), "mode " + i + " pairs with its own");
                double[] eta = c.indicators(i);
                assertEquals(meshes.get(0).elementCount(), eta.length);
                double sum = 0;
                for (double v : eta) {
                    assertTrue(v >= 0);
                    sum += v;
                }
                double kp = a.modes().get(i).waveNumber();
                double kq = b.modes().get(i).waveNumber();
                double identity = (kp * kp - kq * kq) / (kq * kq);
                double d = c.fieldDifference(i);
                assertEquals(identity, sum - d * d, 0.02 * identity,
                        "order " + order + ", mode " + i + ": sum " + sum + ", field difference² " + d * d);
            }
        }
    }
}
