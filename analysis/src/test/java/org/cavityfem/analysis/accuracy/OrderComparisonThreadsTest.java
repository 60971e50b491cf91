package org.cavityfem.analysis.accuracy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.solver.ModeFamily;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolution;
import org.cavityfem.solver.ModeSolver;
import org.junit.jupiter.api.Test;

/**
 * {@link OrderComparison} tabulates the elements in parallel but sums them in element order: its
 * pairing, overlaps and indicators are the same bits on one thread as on several. The pillbox's
 * three lowest TM modes at orders 3 and 4 on one triangulation of more than one block of elements.
 */
class OrderComparisonThreadsTest {

    private static final double R = 0.115;

    @Test
    void theComparisonIsTheSameBitsOnAnyNumberOfThreads() throws Exception {
        List<Mesh> meshes = MeshGenerator.generate(Pillbox.closed(R, R).contour(), MeshSettings.of(3, 0.004), null, 0,
                3, 4);
        // Rule of order 4 + 2 = 6 Gauss points squared, 3 + 3 modes.
        int block = OrderComparison.Tabulation.blockElements(36, 6);
        assertTrue(meshes.get(0).elementCount() > block, meshes.get(0).elementCount() + " elements, " + block
                + " a block: more than one block");
        ModeSolution low = new ModeSolver().solve(meshes.get(0), ModeRequest.lowest(3));
        ModeSolution high = new ModeSolver().solve(meshes.get(1), ModeRequest.belowCeiling(3,
                low.modes().get(2).frequency() * (1 + 1e-6), 1e-13, ModeFamily.TM));
        OrderComparison one = compare(1, meshes, low, high);
        for (int threads : new int[] {2, 3}) {
            OrderComparison many = compare(threads, meshes, low, high);
            for (int i = 0; i < low.modes().size(); i++) {
                assertEquals(one.match(i), many.match(i));
                assertEquals(one.overlap(i), many.overlap(i), 0);
                assertArrayEquals(one.indicators(i), many.indicators(i), threads + " threads, mode " + i);
            }
        }
        // The pairing itself: each mode with its better-resolved self, nearly the same field.
        for (int i = 0; i < 3; i++) {
            assertEquals(i, one.match(i));
            assertTrue(one.overlap(i) > 0.999999, "overlap " + one.overlap(i));
        }
    }

    private static OrderComparison compare(int threads, List<Mesh> meshes, ModeSolution low, ModeSolution high)
            throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> OrderComparison.of(meshes.get(0), low.modes(), meshes.get(1), high.modes()))
                    .get();
        } finally {
            pool.shutdown();
        }
    }
}
