package org.cavityfem.validation.convergence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.TriangleNodeLayout;
import org.cavityfem.mesh.build.SphericalCavity;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.validation.ConvergenceStudy;
import org.junit.jupiter.api.Test;

/**
 * Why the elements are curved: with the same order-3 basis on straight-sided triangles (the wall
 * replaced by chords) the sphere's eigenvalue error stalls at the O(h²) error of the polygonal
 * domain, while curved elements keep h⁶.
 */
class StraightSidedStallTest {

    private static final double A = 0.1;
    private static final double EXACT = 2.743707269992269 / A;

    @Test
    void straightSidedElementsStallAtSecondOrder() {
        List<double[]> straight = new ArrayList<>();
        List<double[]> curved = new ArrayList<>();
        for (double s : new double[] {0.5, 0.25, 0.125}) {
            Mesh mesh = MeshGenerator.generate(new SphericalCavity(A).contour(), MeshSettings.of(3, s * A));
            curved.add(new double[] {s * A, error(mesh)});
            straight.add(new double[] {s * A, error(straighten(mesh))});
        }
        double straightRate = ConvergenceStudy.fittedRate(straight);
        double curvedRate = ConvergenceStudy.fittedRate(curved);
        System.out.printf("sphere p=3: straight-sided rate %.2f, curved rate %.2f%n", straightRate, curvedRate);
        assertTrue(straightRate < 2.6, "straight-sided rate " + straightRate);
        assertTrue(curvedRate > 5.4, "curved rate " + curvedRate);
        assertTrue(straight.get(2)[1] > 100 * curved.get(2)[1], "curved elements must be far more accurate");
    }

    private static double error(Mesh mesh) {
        double k2 = new ModeSolver().solve(mesh, ModeRequest.lowest(1)).modes().get(0).eigenvalue();
        return Math.abs(k2 - EXACT * EXACT) / (EXACT * EXACT);
    }

    /** The same mesh with every high-order node moved to the affine image of its reference position. */
    static Mesh straighten(Mesh mesh) {
        TriangleNodeLayout layout = mesh.layout();
        double[] z = mesh.zArray().clone();
        double[] r = mesh.rArray().clone();
        for (int e = 0; e < mesh.elementCount(); e++) {
            int v0 = mesh.node(e, 0);
            int v1 = mesh.node(e, 1);
            int v2 = mesh.node(e, 2);
            for (int k = 3; k < layout.nodeCount(); k++) {
                double xi = layout.xi(k);
                double eta = layout.eta(k);
                double l0 = 1 - xi - eta;
                int node = mesh.node(e, k);
                z[node] = l0 * mesh.z(v0) + xi * mesh.z(v1) + eta * mesh.z(v2);
                r[node] = l0 * mesh.r(v0) + xi * mesh.r(v1) + eta * mesh.r(v2);
            }
        }
        return new Mesh(mesh.contour(), layout, z, r, mesh.vertexCount(), mesh.elementNodeArray(),
                mesh.boundaryEdges(), mesh.minAngleDeg());
    }
}
