package org.cavityfem.analysis.merit;

import java.util.ArrayList;
import java.util.List;
import org.cavityfem.analysis.field.ReferencePoints;
import org.cavityfem.analysis.wall.WallEdge;
import org.cavityfem.analysis.wall.WallTable;
import org.cavityfem.fem.GaussLegendre;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.Contour;

/**
 * Where {@link ChargeCurrentCheck} evaluates a mode, located once per mesh: the walls it checks, run
 * from their zero-current ends, and for every edge the wall geometry ({@link WallEdge.Station}) at the
 * Gauss points of the charge integral and at the check points, and the stencils of the Faraday
 * current there ({@link FaradayCurrent.Stencil}). None of it depends on the mode; every mode of the
 * mesh then only sums its nodal values at the kept points, each point found by its place in these
 * arrays instead of by a hashed look-up (nine per check point and mode before). Read-only once made:
 * modes analysed in parallel share one instance.
 */
final class ChargeCurrentStencils {

    /** One wall checked from one end: I = sign · ω q along the run. */
    record Run(int sign, List<Step> steps) {
    }

    /**
     * One edge of a run.
     *
     * @param edge index of the edge in the wall table's edges
     * @param samples m: the check points are u(j/m), j = 0..m, m = 2 p
     * @param weights the Gauss weights of each piece's charge integral
     * @param charge stations at the Gauss points of piece j (1..m), at [(j − 1) n + q]
     * @param check stations at the check points
     * @param faraday the Faraday current's stencils at the check points
     */
    record Step(int edge, int samples, double[] weights, WallEdge.Station[] charge, WallEdge.Station[] check,
            FaradayCurrent.Stencil[] faraday) {
    }

    private final int[] elements;
    private final List<Run> runs;

    private ChargeCurrentStencils(int[] elements, List<Run> runs) {
        this.elements = elements;
        this.runs = runs;
    }

    /** The checked walls, in the order the check takes them. */
    List<Run> runs() {
        return runs;
    }

    /** Whether these stencils were made for a wall table with this table's edges. */
    boolean fits(WallTable table) {
        List<WallEdge> edges = table.edges();
        if (edges.size() != elements.length) {
            return false;
        }
        for (int i = 0; i < elements.length; i++) {
            if (edges.get(i).element() != elements[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The stencils of a mesh's walls.
     *
     * @param points the mesh's points (their mesh is the table's)
     * @param table a wall table of any mode of that mesh (only its geometry is read)
     */
    static ChargeCurrentStencils of(ReferencePoints points, WallTable table) {
        if (points.mesh() != table.mesh()) {
            throw new IllegalArgumentException("the points belong to another mesh");
        }
        List<WallEdge> edges = table.edges();
        Contour contour = table.mesh().contour();
        int[] elements = new int[edges.size()];
        for (int i = 0; i < elements.length; i++) {
            elements[i] = edges.get(i).element();
        }
        List<Run> runs = new ArrayList<>();
        for (List<Integer> chain : chains(edges, contour)) {
            int first = edges.get(chain.get(0)).segmentIndex();
            int last = edges.get(chain.get(chain.size() - 1)).segmentIndex();
            int n = contour.size();
            boolean closedLoop = chain.size() == edges.size() && allWall(contour);
            if (closedLoop) {
                continue;
            }
            boolean startFree = zeroCurrent(contour.segment((first + n - 1) % n).kind());
            boolean endFree = zeroCurrent(contour.segment((last + 1) % n).kind());
            if (!startFree && !endFree) {
                continue;
            }
            // From the start of the chain I = −ω q; from its end, run backwards, I = +ω q.
            List<Step> steps = new ArrayList<>();
            for (int k = 0; k < chain.size(); k++) {
                int index = startFree ? chain.get(k) : chain.get(chain.size() - 1 - k);
                steps.add(step(points, edges.get(index), index, !startFree));
            }
            runs.add(new Run(startFree ? -1 : +1, List.copyOf(steps)));
        }
        return new ChargeCurrentStencils(elements, List.copyOf(runs));
    }

    /** The geometry of one edge's check, at the parameters the check used to evaluate. */
    private static Step step(ReferencePoints points, WallEdge edge, int index, boolean backwards) {
        int m = 2 * edge.order();
        GaussLegendre rule = GaussLegendre.of(edge.order() + 4);
        WallEdge.Station[] charge = new WallEdge.Station[m * rule.size()];
        WallEdge.Station[] check = new WallEdge.Station[m + 1];
        FaradayCurrent.Stencil[] faraday = new FaradayCurrent.Stencil[m + 1];
        for (int j = 0; j <= m; j++) {
            double f1 = (double) j / m;
            if (j > 0) {
                double f0 = (double) (j - 1) / m;
                for (int q = 0; q < rule.size(); q++) {
                    charge[(j - 1) * rule.size() + q] = edge.station(u(f0 + rule.nodes()[q] * (f1 - f0), backwards));
                }
            }
            double u = u(f1, backwards);
            check[j] = edge.station(u);
            faraday[j] = FaradayCurrent.stencil(points, edge, u);
        }
        return new Step(index, m, rule.weights(), charge, check, faraday);
    }

    private static double u(double fraction, boolean backwards) {
        return backwards ? 1 - fraction : fraction;
    }

    private static boolean zeroCurrent(BoundaryKind kind) {
        return kind == BoundaryKind.AXIS || kind == BoundaryKind.MAGNETIC;
    }

    private static boolean allWall(Contour contour) {
        for (int i = 0; i < contour.size(); i++) {
            if (zeroCurrent(contour.segment(i).kind())) {
                return false;
            }
        }
        return true;
    }

    /** The edges' indices split into chains of contiguous wall segments. */
    private static List<List<Integer>> chains(List<WallEdge> edges, Contour contour) {
        List<List<Integer>> chains = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            WallEdge e = edges.get(i);
            if (!current.isEmpty()) {
                int previous = edges.get(current.get(current.size() - 1)).segmentIndex();
                boolean contiguous = e.segmentIndex() == previous
                        || e.segmentIndex() == (previous + 1) % contour.size();
                if (!contiguous) {
                    chains.add(current);
                    current = new ArrayList<>();
                }
            }
            current.add(i);
        }
        if (!current.isEmpty()) {
            chains.add(current);
        }
        return chains;
    }
}
