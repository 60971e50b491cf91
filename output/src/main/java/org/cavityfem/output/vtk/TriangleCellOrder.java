package org.cavityfem.output.vtk;

import java.util.concurrent.ConcurrentHashMap;
import org.cavityfem.fem.TriangleNodeLayout;

/**
 * The VTK cell type of an order-p triangle and the order in which VTK expects its nodes.
 *
 * <p>VTK's Lagrange triangle (vtkHigherOrderTriangle, VTK 9) lists its nodes ring by ring: the three
 * vertices (0, 0), (1, 0), (0, 1) of the parametric triangle, then the inner nodes of edge 0 (v0→v1),
 * edge 1 (v1→v2) and edge 2 (v2→v0), each from the edge's start; then the interior nodes, which form
 * a triangle of order p − 3 listed the same way (its vertices, its edges, its interior), until a
 * single centre node (p divisible by 3) or nothing is left. The first ring agrees with
 * {@link TriangleNodeLayout}; the interior rows of that layout must be reordered for p ≥ 4.
 *
 * <p>Order 1 is written as VTK_TRIANGLE (5), order 2 as VTK_QUADRATIC_TRIANGLE (22, the same six
 * nodes, understood by every VTK reader) and higher orders as VTK_LAGRANGE_TRIANGLE (69).
 */
public final class TriangleCellOrder {

    /** VTK_TRIANGLE. */
    public static final int VTK_TRIANGLE = 5;
    /** VTK_QUADRATIC_TRIANGLE. */
    public static final int VTK_QUADRATIC_TRIANGLE = 22;
    /** VTK_LAGRANGE_TRIANGLE. */
    public static final int VTK_LAGRANGE_TRIANGLE = 69;

    private static final ConcurrentHashMap<Integer, int[]> CACHE = new ConcurrentHashMap<>();

    private TriangleCellOrder() {
    }

    /** VTK cell type for order-p triangles. */
    public static int cellType(int order) {
        return switch (order) {
            case 1 -> VTK_TRIANGLE;
            case 2 -> VTK_QUADRATIC_TRIANGLE;
            default -> VTK_LAGRANGE_TRIANGLE;
        };
    }

    /**
     * For each VTK point position of an order-p cell, the local node of {@link TriangleNodeLayout}
     * that goes there. Shared: do not modify.
     */
    public static int[] vtkToLocal(int order) {
        return CACHE.computeIfAbsent(order, TriangleCellOrder::build);
    }

    /**
     * Lattice points (i, j) = p·(ξ, η) in VTK's point order for order p: {@code [2k]} = i,
     * {@code [2k + 1]} = j of point k.
     */
    public static int[] vtkLattice(int order) {
        int n = (order + 1) * (order + 2) / 2;
        int[] ij = new int[2 * n];
        int k = 0;
        int low = 0;
        int high = order;
        for (int ring = order; ring > 0; ring -= 3) {
            // vertices of this ring
            k = put(ij, k, low, low);
            k = put(ij, k, high, low);
            k = put(ij, k, low, high);
            // edge 0 (v0→v1), edge 1 (v1→v2), edge 2 (v2→v0), inner nodes only
            for (int s = 1; s < ring; s++) {
                k = put(ij, k, low + s, low);
            }
            for (int s = 1; s < ring; s++) {
                k = put(ij, k, high - s, low + s);
            }
            for (int s = 1; s < ring; s++) {
                k = put(ij, k, low, high - s);
            }
            low += 1;
            high -= 2;
            if (ring == 3) {
                k = put(ij, k, low, low); // the centre node left when p is a multiple of 3
            }
        }
        if (k != n) {
            throw new IllegalStateException("order " + order + ": " + k + " lattice points, expected " + n);
        }
        return ij;
    }

    private static int put(int[] ij, int k, int i, int j) {
        ij[2 * k] = i;
        ij[2 * k + 1] = j;
        return k + 1;
    }

    private static int[] build(int order) {
        TriangleNodeLayout layout = TriangleNodeLayout.of(order);
        int[] localAt = new int[(order + 1) * (order + 1)];
        java.util.Arrays.fill(localAt, -1);
        for (int k = 0; k < layout.nodeCount(); k++) {
            int[] a = layout.barycentricIndices(k);
            localAt[a[1] * (order + 1) + a[2]] = k;
        }
        int[] ij = vtkLattice(order);
        int[] map = new int[layout.nodeCount()];
        for (int k = 0; k < map.length; k++) {
            map[k] = localAt[ij[2 * k] * (order + 1) + ij[2 * k + 1]];
            if (map[k] < 0) {
                throw new IllegalStateException("order " + order + ": no local node at " + ij[2 * k] + "," + ij[2 * k + 1]);
            }
        }
        return map;
    }
}
