package org.cavityfem.solver.hom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cavityfem.mesh.Mesh;
import org.cavityfem.solver.ModeFamily;
import org.cavityfem.solver.StructuredMeshes;
import org.cavityfem.solver.hphi.DofMap;
import org.junit.jupiter.api.Test;

/**
 * The m ≥ 1 numbering on a structured pillbox mesh: the gradient kernel has the dimension of the
 * Lagrange space of r E_phi, whose nodes are those of E_phi for TE0 (fixed on the axis and the metal);
 * the elements that touch the axis carry the tie transforms; TM110 (k = j11/R, Jackson §8.7) comes out
 * at order 4 with the kernel kept out of the count.
 */
class AzimuthalDofsTest {

    private static final double R = 0.115;

    @Test
    void kernelIsTheLagrangeSpaceAndAxisElementsAreTied() {
        Mesh mesh = StructuredMeshes.pillbox(R, R, 4, 4, 3);
        AzimuthalDofs dofs = AzimuthalDofs.of(mesh);
        assertEquals(DofMap.of(mesh, ModeFamily.TE.fixedOn()).size(), dofs.kernelDimension());
        // Every element with a vertex on the axis: 4 axis cells of 2 triangles, each tied.
        assertEquals(8, dofs.tiedElements());
        // Order 3 on a 4 × 4 grid: 169 nodes, 48 on the axis or the metal, so 121 Lagrange unknowns;
        // 56 edges, 16 on the boundary, 40 × 3 moments less one tied moment on each of the 7 edges
        // leaving the axis (3 vertical, 4 diagonal): 113; 32 × 6 interior moments less 2 tied on
        // each of the 4 elements with an axis edge: 184.
        assertEquals(121, dofs.kernelDimension());
        assertEquals(113, dofs.edgeUnknowns());
        assertEquals(121 + 113 + 184, dofs.size());
    }

    @Test
    void tm110OnAStructuredMesh() {
        Mesh mesh = StructuredMeshes.pillbox(R, R, 6, 6, 4);
        AzimuthalSolution s = new AzimuthalModeSolver().lowest(mesh, 1, 2, 1e-13);
        double exact = 3.831705970207512 / R;
        assertEquals(2, s.modes().get(1).number());
        assertEquals(0, Math.abs(s.modes().get(1).waveNumber() - exact) / exact, 1e-9);
        assertTrue(s.inertia().complete());
        assertThrows(IllegalArgumentException.class, () -> new AzimuthalModeSolver().lowest(mesh, 0, 1, 1e-13));
    }
}
