package org.cavityfem.validation.convergence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cavityfem.fem.TriangleNodeLayout;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.SphericalCavity;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.solver.assembly.GeometryMode;
import org.cavityfem.validation.ConvergenceStudy;
import org.junit.jupiter.api.Test;

/**
 * Why the elements follow the exact wall. The same order-3 basis on the sphere, three ways:
 * straight-sided triangles (wall replaced by chords) stall at the O(h²) error of the polygonal
 * domain; classical isoparametric elements (wall interpolated by cubics through the wall nodes)
 * stall at the O(h^{p+1}) = O(h⁴) error of that interpolant (for odd p the interpolation error of
 * each edge does not average out); exact-geometry elements keep the full h^{2p} = h⁶.
 */
class StraightSidedStallTest {

    private static final double A = 0.1;
    private static final double EXACT = 2.743707269992269 / A;

    @Test
    void straightSidedElementsStallAtSecondOrder() {
        List<double[]> straight = new ArrayList<>();
        List<double[]> isoparametric = new ArrayList<>();
        List<double[]> exact = new ArrayList<>();
        ModeSolver polynomial = new ModeSolver().withGeometry(GeometryMode.ISOPARAMETRIC);
        for (double s : new double[] {0.5, 0.35, 0.25, 0.18, 0.125}) {
            Mesh mesh = MeshGenerator.generate(new SphericalCavity(A).contour(), MeshSettings.of(3, s * A));
            double h = ConvergenceStudy.effectiveSize(mesh);
            exact.add(new double[] {h, error(new ModeSolver(), mesh)});
            isoparametric.add(new double[] {h, error(polynomial, mesh)});
            straight.add(new double[] {h, error(polynomial, straighten(mesh))});
        }
        double straightRate = ConvergenceStudy.fittedRate(straight);
        double isoRate = ConvergenceStudy.fittedRate(isoparametric);
        double exactRate = ConvergenceStudy.fittedRate(exact);
        System.out.printf("sphere p=3 rates: straight-sided %.2f, isoparametric %.2f, exact geometry %.2f%n",
                straightRate, isoRate, exactRate);
        assertTrue(straightRate > 1.6 && straightRate < 2.6, "straight-sided rate " + straightRate);
        assertTrue(isoRate > 3.3 && isoRate < 4.7, "isoparametric rate " + isoRate);
        assertTrue(exactRate > 5.4, "exact-geometry rate " + exactRate);
        int last = exact.size() - 1;
        assertTrue(straight.get(last)[1] > 1e4 * exact.get(last)[1], "straight vs exact at the finest mesh");
        assertTrue(isoparametric.get(last)[1] > 10 * exact.get(last)[1], "isoparametric vs exact at the finest mesh");
    }

    private static double error(ModeSolver solver, Mesh mesh) {
        double k2 = solver.solve(mesh, ModeRequest.lowest(1)).modes().get(0).eigenvalue();
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
