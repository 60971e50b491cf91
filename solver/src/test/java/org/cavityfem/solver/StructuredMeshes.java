package org.cavityfem.solver;

import java.util.ArrayList;
import java.util.List;
import org.cavityfem.fem.TriangleNodeLayout;
import org.cavityfem.mesh.BoundaryEdge;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.ContourSegment;
import org.cavityfem.mesh.geometry.Line;
import org.cavityfem.mesh.geometry.Point;

/**
 * Structured meshes of a rectangle [z0, z1] × [0, R] (a pillbox), independent of the unstructured
 * mesher so that the assembly can be tested on its own: each grid cell is split into two
 * triangles and the order-p nodes are points of a p-times finer lattice.
 */
public final class StructuredMeshes {

    private StructuredMeshes() {
    }

    /** Rectangle with the axis at r = 0, metal elsewhere (kinds of the other three sides given). */
    public static Mesh rectangle(double z0, double z1, double radius, int nz, int nr, int order,
            BoundaryKind right, BoundaryKind top, BoundaryKind left) {
        Contour contour = Contour.of(List.of(
                new ContourSegment(new Line(new Point(z0, 0), new Point(z1, 0)), BoundaryKind.AXIS, "axis"),
                new ContourSegment(new Line(new Point(z1, 0), new Point(z1, radius)), right, "right"),
                new ContourSegment(new Line(new Point(z1, radius), new Point(z0, radius)), top, "top"),
                new ContourSegment(new Line(new Point(z0, radius), new Point(z0, 0)), left, "left")));
        TriangleNodeLayout layout = TriangleNodeLayout.of(order);
        int p = order;
        int cols = p * nz + 1;
        int rows = p * nr + 1;
        // Number lattice points so that the vertices (multiples of p in both directions) come first.
        int[] id = new int[cols * rows];
        int next = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int j = 0; j < rows; j++) {
                for (int i = 0; i < cols; i++) {
                    boolean vertex = i % p == 0 && j % p == 0;
                    if (vertex == (pass == 0)) {
                        id[i + j * cols] = next++;
                    }
                }
            }
        }
        int vertexCount = (nz + 1) * (nr + 1);
        double[] z = new double[cols * rows];
        double[] r = new double[cols * rows];
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < cols; i++) {
                z[id[i + j * cols]] = z0 + (z1 - z0) * i / (cols - 1);
                r[id[i + j * cols]] = radius * j / (rows - 1);
            }
        }
        int per = layout.nodeCount();
        int[] table = new int[2 * nz * nr * per];
        List<BoundaryEdge> edges = new ArrayList<>();
        int e = 0;
        for (int j = 0; j < nr; j++) {
            for (int i = 0; i < nz; i++) {
                int[] a = {i * p, j * p};
                int[] b = {(i + 1) * p, j * p};
                int[] c = {(i + 1) * p, (j + 1) * p};
                int[] d = {i * p, (j + 1) * p};
                for (int[][] tri : new int[][][] {{a, b, c}, {a, c, d}}) {
                    for (int k = 0; k < per; k++) {
                        int[] w = layout.barycentricIndices(k);
                        int li = (w[0] * tri[0][0] + w[1] * tri[1][0] + w[2] * tri[2][0]) / p;
                        int lj = (w[0] * tri[0][1] + w[1] * tri[1][1] + w[2] * tri[2][1]) / p;
                        table[e * per + k] = id[li + lj * cols];
                    }
                    boolean lower = tri[1] == b;
                    if (lower && j == 0) {
                        edges.add(new BoundaryEdge(e, 0, 0, (double) i / nz, (double) (i + 1) / nz));
                    }
                    if (lower && i == nz - 1) {
                        edges.add(new BoundaryEdge(e, 1, 1, (double) j / nr, (double) (j + 1) / nr));
                    }
                    if (!lower && j == nr - 1) {
                        edges.add(new BoundaryEdge(e, 1, 2, 1 - (double) (i + 1) / nz, 1 - (double) i / nz));
                    }
                    if (!lower && i == 0) {
                        edges.add(new BoundaryEdge(e, 2, 3, 1 - (double) (j + 1) / nr, 1 - (double) j / nr));
                    }
                    e++;
                }
            }
        }
        return new Mesh(contour, layout, z, r, vertexCount, table, edges, 45.0);
    }

    /** Pillbox of radius R and gap L, metal all round. */
    public static Mesh pillbox(double radius, double gap, int nz, int nr, int order) {
        return rectangle(0, gap, radius, nz, nr, order, BoundaryKind.METAL, BoundaryKind.METAL, BoundaryKind.METAL);
    }
}
