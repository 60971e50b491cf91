package org.cavityfem.solver.hom;

import java.util.HashMap;
import java.util.Map;
import org.cavityfem.fem.NedelecTriangle;
import org.cavityfem.fem.TriangleNodeLayout;
import org.cavityfem.mesh.BoundaryEdge;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.solver.assembly.ConstrainedElementDofs;

/**
 * Numbering of the m ≥ 1 unknowns (docs/design.md §2.11): the Nédélec moments of v (q per mesh edge,
 * q(q − 1) per element) and the Lagrange values of w = r E_phi, with
 *
 * <ul>
 *   <li>edges oriented from the lower to the higher global vertex number; an element running an
 *       edge the other way takes moment j with the sign (−1)^{j+1};
 *   <li>tangential v = 0 and w = 0 on metal walls, electric planes and the axis (eliminated);
 *   <li>v = 0 on the axis, the condition that makes ∫ (m²/r)|v|² finite: where an edge leaves the
 *       axis, its tangential trace vanishes at the axis end (its moment 0 is tied to the others);
 *       on an element with an edge on the axis, the normal trace of v on that edge vanishes at q − 1
 *       inner points (q − 1 interior moments are tied to the element's other unknowns). Together
 *       with the vertex conditions this is v = 0 on the axis edge exactly, degree q.
 * </ul>
 *
 * Elements touched by a tie carry a transform ({@link ConstrainedElementDofs}). Immutable.
 */
public final class AzimuthalDofs implements ConstrainedElementDofs {

    private final int localSize;
    private final int size;
    private final int nodalUnknowns;
    private final int[] index;
    private final double[] sign;
    private final Map<Integer, double[]> transforms;
    private final int edgeUnknowns;

    private AzimuthalDofs(int localSize, int size, int nodalUnknowns, int edgeUnknowns, int[] index, double[] sign,
            Map<Integer, double[]> transforms) {
        this.localSize = localSize;
        this.size = size;
        this.nodalUnknowns = nodalUnknowns;
        this.edgeUnknowns = edgeUnknowns;
        this.index = index;
        this.sign = sign;
        this.transforms = transforms;
    }

    /** Numbers the unknowns of a mesh of order q (Nédélec and Lagrange order q). */
    public static AzimuthalDofs of(Mesh mesh) {
        int q = mesh.order();
        NedelecTriangle ned = NedelecTriangle.of(q);
        int ne = ned.size();
        int nl = mesh.layout().nodeCount();
        int n = ne + nl;
        int elements = mesh.elementCount();

        boolean[] axisNode = new boolean[mesh.nodeCount()];
        boolean[] fixedNode = new boolean[mesh.nodeCount()];
        // Boundary kind of (element, local edge), or null inside.
        BoundaryKind[] edgeKind = new BoundaryKind[3 * elements];
        for (BoundaryEdge be : mesh.boundaryEdges()) {
            BoundaryKind kind = mesh.contour().segment(be.segment()).kind();
            edgeKind[3 * be.element() + be.localEdge()] = kind;
            if (kind != BoundaryKind.MAGNETIC) {
                for (int local : mesh.layout().edgeNodes(be.localEdge())) {
                    fixedNode[mesh.node(be.element(), local)] = true;
                    if (kind == BoundaryKind.AXIS) {
                        axisNode[mesh.node(be.element(), local)] = true;
                    }
                }
            }
        }
        // Global edges.
        Map<Long, Integer> edgeId = new HashMap<>();
        int[] elementEdge = new int[3 * elements];
        boolean[] reversed = new boolean[3 * elements];
        for (int e = 0; e < elements; e++) {
            for (int le = 0; le < 3; le++) {
                int[] ab = TriangleNodeLayout.edgeVertices(le);
                int a = mesh.node(e, ab[0]);
                int b = mesh.node(e, ab[1]);
                long key = (long) Math.min(a, b) * mesh.nodeCount() + Math.max(a, b);
                Integer id = edgeId.get(key);
                if (id == null) {
                    id = edgeId.size();
                    edgeId.put(key, id);
                }
                elementEdge[3 * e + le] = id;
                reversed[3 * e + le] = a > b;
            }
        }
        int edges = edgeId.size();
        boolean[] fixedEdge = new boolean[edges];
        // For an edge leaving the axis: +1 if its global end is on the axis, −1 if its start, 0 otherwise.
        int[] axisEnd = new int[edges];
        for (int e = 0; e < elements; e++) {
            for (int le = 0; le < 3; le++) {
                int g = elementEdge[3 * e + le];
                BoundaryKind kind = edgeKind[3 * e + le];
                if (kind != null && kind != BoundaryKind.MAGNETIC) {
                    fixedEdge[g] = true;
                }
                int[] ab = TriangleNodeLayout.edgeVertices(le);
                boolean onA = axisNode[mesh.node(e, ab[0])];
                boolean onB = axisNode[mesh.node(e, ab[1])];
                if (onA && onB && kind != BoundaryKind.AXIS) {
                    throw new IllegalStateException("element " + e + " has an edge joining two axis points across "
                            + "the domain; the mesh cannot carry the m >= 1 axis conditions");
                }
                if (onA != onB) {
                    boolean startOnAxis = reversed[3 * e + le] ? onB : onA;
                    axisEnd[g] = startOnAxis ? -1 : 1;
                }
            }
        }
        // Provisional global numbers: edge moments, interior moments, nodes; −1 when eliminated,
        // −2 for a moment 0 tied to the edge's others.
        int next = 0;
        int[] edgeBase = new int[edges];
        for (int g = 0; g < edges; g++) {
            edgeBase[g] = next;
            next += q;
        }
        int edgeUnknowns = next;
        int[] interiorBase = new int[elements];
        int ni = ned.interiorCount();
        for (int e = 0; e < elements; e++) {
            interiorBase[e] = next;
            next += ni;
        }
        int[] nodeBase = new int[mesh.nodeCount()];
        for (int i = 0; i < nodeBase.length; i++) {
            nodeBase[i] = fixedNode[i] ? -1 : next++;
        }
        int provisional = next;
        boolean[] used = new boolean[provisional];

        int[] index = new int[elements * n];
        double[] sign = new double[elements * n];
        Map<Integer, double[]> transforms = new HashMap<>();
        double[] ux = new double[ne];
        double[] uy = new double[ne];
        double[] cu = new double[ne];
        for (int e = 0; e < elements; e++) {
            int base = e * n;
            double[] t = null;
            int axisEdge = -1;
            for (int le = 0; le < 3; le++) {
                if (edgeKind[3 * e + le] == BoundaryKind.AXIS) {
                    axisEdge = le;
                }
            }
            for (int le = 0; le < 3; le++) {
                int g = elementEdge[3 * e + le];
                boolean rev = reversed[3 * e + le];
                for (int j = 0; j < q; j++) {
                    int slot = le * q + j;
                    sign[base + slot] = rev && j % 2 == 0 ? -1 : 1;
                    index[base + slot] = fixedEdge[g] ? -1 : edgeBase[g] + j;
                }
            }
            for (int k = 0; k < ni; k++) {
                sign[base + 3 * q + k] = 1;
                index[base + 3 * q + k] = interiorBase[e] + k;
            }
            for (int k = 0; k < nl; k++) {
                sign[base + ne + k] = 1;
                index[base + ne + k] = nodeBase[mesh.node(e, k)];
            }
            for (int le = 0; le < 3; le++) {
                int g = elementEdge[3 * e + le];
                if (!fixedEdge[g] && axisEnd[g] != 0) {
                    // Tangential trace Σ_j (2j+1) m_j P_j(s) vanishes at the axis end s = ±1:
                    // m_0 = −Σ_{j≥1} (2j+1) (±1)^j m_j, in the edge's global orientation.
                    if (t == null) {
                        t = diagonal(sign, base, n);
                    }
                    int slot0 = le * q;
                    double s0 = sign[base + slot0];
                    t[slot0 * n + slot0] = 0;
                    for (int j = 1; j < q; j++) {
                        double end = axisEnd[g] > 0 || j % 2 == 0 ? 1 : -1;
                        t[slot0 * n + le * q + j] = s0 * -(2 * j + 1) * end;
                    }
                    index[base + slot0] = -1;
                }
            }
            if (axisEdge >= 0 && q > 1) {
                if (t == null) {
                    t = diagonal(sign, base, n);
                }
                tieNormalTrace(ned, q, axisEdge, t, index, base, n, ux, uy, cu);
            }
            if (t != null) {
                for (int a = 0; a < n; a++) {
                    if (index[base + a] < 0) {
                        for (int b = 0; b < n; b++) {
                            t[b * n + a] = 0;
                        }
                    }
                }
                transforms.put(e, t);
            }
            for (int a = 0; a < n; a++) {
                if (index[base + a] >= 0) {
                    used[index[base + a]] = true;
                }
            }
        }
        // Compact numbering of the unknowns in use.
        int[] compact = new int[provisional];
        int count = 0;
        int edgeCount = 0;
        int nodal = 0;
        for (int i = 0; i < provisional; i++) {
            compact[i] = used[i] ? count++ : -1;
            if (used[i] && i < edgeUnknowns) {
                edgeCount++;
            }
        }
        for (int i = 0; i < nodeBase.length; i++) {
            if (nodeBase[i] >= 0 && used[nodeBase[i]]) {
                nodal++;
            }
        }
        for (int i = 0; i < index.length; i++) {
            if (index[i] >= 0) {
                index[i] = compact[index[i]];
            }
        }
        return new AzimuthalDofs(n, count, nodal, edgeCount, index, sign, Map.copyOf(transforms));
    }

    private static double[] diagonal(double[] sign, int base, int n) {
        double[] t = new double[n * n];
        for (int a = 0; a < n; a++) {
            t[a * n + a] = sign[base + a];
        }
        return t;
    }

    /**
     * Ties q − 1 interior moments so that the component of v across the axis edge vanishes at q − 1
     * inner points of that edge (in reference coordinates; v = 0 there is map independent).
     */
    private static void tieNormalTrace(NedelecTriangle ned, int q, int axisEdge, double[] t, int[] index, int base,
            int n, double[] ux, double[] uy, double[] cu) {
        double[][] vertices = {{0, 0}, {1, 0}, {0, 1}};
        int[] ab = TriangleNodeLayout.edgeVertices(axisEdge);
        double tx = vertices[ab[1]][0] - vertices[ab[0]][0];
        double ty = vertices[ab[1]][1] - vertices[ab[0]][1];
        int ne = ned.size();
        int rows = q - 1;
        // A T: the constraint rows on the element's (already tied) slots.
        double[] at = new double[rows * n];
        for (int i = 0; i < rows; i++) {
            double s = (i + 1.0) / q;
            ned.evaluate(vertices[ab[0]][0] + s * tx, vertices[ab[0]][1] + s * ty, ux, uy, cu);
            for (int a = 0; a < ne; a++) {
                // Component along the reference normal (−ty, tx).
                double c = -ty * ux[a] + tx * uy[a];
                if (c == 0) {
                    continue;
                }
                for (int b = 0; b < n; b++) {
                    at[i * n + b] += c * t[a * n + b];
                }
            }
        }
        // Gaussian elimination with full pivoting over the interior slots that are unknowns.
        int first = 3 * q;
        int last = ne;
        int[] slave = new int[rows];
        boolean[] taken = new boolean[n];
        for (int i = 0; i < rows; i++) {
            int pr = -1;
            int pc = -1;
            double best = 0;
            for (int r = i; r < rows; r++) {
                for (int c = first; c < last; c++) {
                    if (!taken[c] && index[base + c] >= 0 && Math.abs(at[r * n + c]) > best) {
                        best = Math.abs(at[r * n + c]);
                        pr = r;
                        pc = c;
                    }
                }
            }
            if (pr < 0 || best < 1e-12) {
                throw new IllegalStateException("axis condition of an m >= 1 element could not be tied to interior "
                        + "moments");
            }
            for (int b = 0; b < n; b++) {
                double tmp = at[pr * n + b];
                at[pr * n + b] = at[i * n + b];
                at[i * n + b] = tmp;
            }
            double d = at[i * n + pc];
            for (int b = 0; b < n; b++) {
                at[i * n + b] /= d;
            }
            for (int r = 0; r < rows; r++) {
                if (r != i && at[r * n + pc] != 0) {
                    double f = at[r * n + pc];
                    for (int b = 0; b < n; b++) {
                        at[r * n + b] -= f * at[i * n + b];
                    }
                }
            }
            slave[i] = pc;
            taken[pc] = true;
        }
        // Row i now reads y_slave[i] + Σ_{b not slave} at[i, b] y_b = 0.
        double[] old = t.clone();
        for (int i = 0; i < rows; i++) {
            int s = slave[i];
            for (int b = 0; b < n; b++) {
                if (taken[b] || index[base + b] < 0) {
                    continue;
                }
                double g = -at[i * n + b];
                if (g == 0) {
                    continue;
                }
                for (int a = 0; a < n; a++) {
                    t[a * n + b] += old[a * n + s] * g;
                }
            }
            index[base + s] = -1;
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int localSize() {
        return localSize;
    }

    @Override
    public void element(int element, int[] idx, double[] sgn) {
        System.arraycopy(index, element * localSize, idx, 0, localSize);
        System.arraycopy(sign, element * localSize, sgn, 0, localSize);
    }

    @Override
    public double[] transform(int element) {
        return transforms.get(element);
    }

    /**
     * The coefficients of element e's local functions (Nédélec, then Lagrange) for a vector of
     * unknowns: signs and ties applied, eliminated functions 0.
     */
    public void localCoefficients(int element, double[] unknowns, double[] out) {
        int base = element * localSize;
        double[] t = transforms.get(element);
        for (int a = 0; a < localSize; a++) {
            if (t == null) {
                int i = index[base + a];
                out[a] = i < 0 ? 0 : sign[base + a] * unknowns[i];
            } else {
                double sum = 0;
                for (int b = 0; b < localSize; b++) {
                    int i = index[base + b];
                    if (i >= 0) {
                        sum += t[a * localSize + b] * unknowns[i];
                    }
                }
                out[a] = sum;
            }
        }
    }

    /** Lagrange (w) unknowns: the dimension of the gradient kernel, eigenvalue k = 0. */
    public int kernelDimension() {
        return nodalUnknowns;
    }

    /** Nédélec edge-moment unknowns. */
    public int edgeUnknowns() {
        return edgeUnknowns;
    }

    /** Elements carrying a transform (axis ties). */
    public int tiedElements() {
        return transforms.size();
    }

}
