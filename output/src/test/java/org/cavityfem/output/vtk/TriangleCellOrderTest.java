package org.cavityfem.output.vtk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cavityfem.fem.TriangleNodeLayout;
import org.junit.jupiter.api.Test;

/**
 * VTK's node order of Lagrange triangles. Reference: the parametric coordinates that VTK 9.1's
 * {@code vtkLagrangeTriangle::GetParametricCoords()} returns, times the order (printed with
 * Debian's python3-vtk9), for orders 5 and 6 where the interior is itself a ring.
 */
class TriangleCellOrderTest {

    @Test
    void latticeOfOrderFiveIsVtks() {
        int[] vtk = {0, 0, 5, 0, 0, 5, 1, 0, 2, 0, 3, 0, 4, 0, 4, 1, 3, 2, 2, 3, 1, 4, 0, 4, 0, 3, 0, 2, 0, 1,
            1, 1, 3, 1, 1, 3, 2, 1, 2, 2, 1, 2};
        assertArrayEquals(vtk, TriangleCellOrder.vtkLattice(5));
    }

    @Test
    void latticeOfOrderSixIsVtks() {
        int[] vtk = {0, 0, 6, 0, 0, 6, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 5, 1, 4, 2, 3, 3, 2, 4, 1, 5, 0, 5, 0, 4,
            0, 3, 0, 2, 0, 1, 1, 1, 4, 1, 1, 4, 2, 1, 3, 1, 3, 2, 2, 3, 1, 3, 1, 2, 2, 2};
        assertArrayEquals(vtk, TriangleCellOrder.vtkLattice(6));
    }

    /** Every order: the permutation puts each local node where VTK expects its (ξ, η). */
    @Test
    void permutationMatchesTheLattice() {
        for (int p = 1; p <= TriangleNodeLayout.MAX_ORDER; p++) {
            TriangleNodeLayout layout = TriangleNodeLayout.of(p);
            int[] ij = TriangleCellOrder.vtkLattice(p);
            int[] map = TriangleCellOrder.vtkToLocal(p);
            boolean[] used = new boolean[map.length];
            for (int k = 0; k < map.length; k++) {
                assertEquals(ij[2 * k], layout.barycentricIndices(map[k])[1], "order " + p + ", point " + k);
                assertEquals(ij[2 * k + 1], layout.barycentricIndices(map[k])[2], "order " + p + ", point " + k);
                used[map[k]] = true;
            }
            for (boolean u : used) {
                assertEquals(true, u);
            }
        }
    }
}
