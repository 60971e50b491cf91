package org.cavityfem.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CompletableFuture;
import org.cavityfem.mesh.Mesh;
import org.junit.jupiter.api.Test;

/**
 * A solve prepared in advance ({@link ModeSolver#prepare}: numbering, assembly, symbolic analysis),
 * on another thread while the same solver solves another mesh, and finished later with its request,
 * gives the same bits as the solve made in one go: the refinement loop prepares its reference solve
 * that way while the reported one runs (design.md §2.14). The modes are the pillbox's TM010 and
 * TM011 (R = L = 115 mm), checked against each other here, not against their closed form
 * ({@link ModesBelowCeilingTest} does that).
 */
class PreparedSolveTest {

    private static final double R = 0.115;

    @Test
    void aSolvePreparedOnAnotherThreadWhileAnotherRunsGivesTheSameBits() {
        Mesh p3 = StructuredMeshes.pillbox(R, R, 20, 20, 3);
        Mesh p4 = StructuredMeshes.pillbox(R, R, 20, 20, 4);
        ModeSolution low = new ModeSolver().solve(p3, ModeRequest.lowest(2));
        ModeRequest ceiling = ModeRequest.belowCeiling(2, low.modes().get(1).frequency() * (1 + 1e-6), 1e-13,
                ModeFamily.TM);
        ModeSolution high = new ModeSolver().solve(p4, ceiling);

        ModeSolver shared = new ModeSolver();
        CompletableFuture<ModeSolver.Prepared> prepared = CompletableFuture.supplyAsync(
                () -> shared.prepare(p4, ModeFamily.TM));
        ModeSolution lowAgain = shared.solve(p3, ModeRequest.lowest(2));
        ModeSolution highAgain = shared.solve(prepared.join(), ceiling);

        assertSameBits(low, lowAgain);
        assertSameBits(high, highAgain);
        assertEquals(high.inertia(), highAgain.inertia());
    }

    @Test
    void aPreparedSolveIsForItsFamilyOnly() {
        Mesh p3 = StructuredMeshes.pillbox(R, R, 4, 4, 3);
        ModeSolver solver = new ModeSolver();
        ModeSolver.Prepared tm = solver.prepare(p3, ModeFamily.TM);
        assertThrows(IllegalArgumentException.class, () -> solver.solve(tm, new ModeRequest(1, 0, ModeRequest.lowest(1).tolerance(), ModeFamily.TE)));
    }

    private static void assertSameBits(ModeSolution expected, ModeSolution actual) {
        assertEquals(expected.modes().size(), actual.modes().size());
        assertEquals(expected.unknowns(), actual.unknowns());
        for (int i = 0; i < expected.modes().size(); i++) {
            assertEquals(expected.modes().get(i).eigenvalue(), actual.modes().get(i).eigenvalue(), 0, "mode " + i);
            assertArrayEquals(expected.modes().get(i).magneticField(), actual.modes().get(i).magneticField(),
                    "mode " + i);
        }
    }
}
