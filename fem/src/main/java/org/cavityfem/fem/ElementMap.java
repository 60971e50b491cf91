package org.cavityfem.fem;

import java.util.List;

/**
 * The map x(ξ, η) of one triangle from the reference element (0, 0), (1, 0), (0, 1) to the meridian
 * plane. It answers, at any reference point, the physical point, the Jacobian, its determinant and
 * inverse, and physical gradients ({@link MapPoint}); and the other way, the reference point of a
 * physical one ({@link #invert}).
 *
 * <p>Two kinds: {@link #exact} follows curved walls exactly by blending (the default geometry of
 * the solver and of every post-processing step), {@link #isoparametric} is the polynomial
 * interpolant of the element's nodes (the classical isoparametric element, kept for comparison).
 * Both keep the element's vertices and the list of its curved edges.
 *
 * <p>Immutable and thread-safe; evaluation writes into a caller-owned {@link MapPoint}.
 */
public abstract sealed class ElementMap permits BlendedElementMap, IsoparametricElementMap {

    /** Iterations of {@link #invert}'s Newton method; quadratic convergence needs a handful. */
    private static final int NEWTON_ITERATIONS = 40;

    private final double[] vz;
    private final double[] vr;
    private final List<CurvedEdge> curvedEdges;

    ElementMap(double[] vz, double[] vr, List<CurvedEdge> curvedEdges) {
        this.vz = vz;
        this.vr = vr;
        this.curvedEdges = List.copyOf(curvedEdges);
    }

    /**
     * The exact map of a triangle with vertices (vz[i], vr[i]) (m) whose {@code curved} edges follow
     * their curves: affine when the list is empty.
     */
    public static ElementMap exact(double[] vz, double[] vr, List<CurvedEdge> curved) {
        return new BlendedElementMap(vertices(vz), vertices(vr), curved);
    }

    /**
     * The polynomial interpolant of an element's nodes (z[k], r[k]) (m), in the local order of
     * {@code basis}'s layout. {@code curved} lists the edges the element's wall nodes were placed on
     * (the map itself only interpolates them).
     */
    public static ElementMap isoparametric(LagrangeTriangle basis, double[] z, double[] r, List<CurvedEdge> curved) {
        if (z.length != basis.size() || r.length != basis.size()) {
            throw new IllegalArgumentException("an order-" + basis.order() + " element has " + basis.size()
                    + " nodes, got " + z.length + " and " + r.length + " coordinates");
        }
        return new IsoparametricElementMap(basis, z.clone(), r.clone(), curved);
    }

    private static double[] vertices(double[] v) {
        if (v.length != 3) {
            throw new IllegalArgumentException("a triangle has 3 vertices, got " + v.length);
        }
        return v.clone();
    }

    /** Evaluates the map and its Jacobian at reference point (ξ, η). */
    public abstract void evaluate(double xi, double eta, MapPoint out);

    /**
     * Evaluates the map at point q of a tabulated rule; the same as {@link #evaluate(double, double,
     * MapPoint)} at that point, faster where the map can use the tabulated basis.
     */
    public void evaluate(TabulatedBasis table, int q, MapPoint out) {
        evaluate(table.rule().xi()[q], table.rule().eta()[q], out);
    }

    /** The physical point {z, r} (m) at reference point (ξ, η). */
    public double[] point(double xi, double eta) {
        MapPoint x = new MapPoint();
        evaluate(xi, eta, x);
        return new double[] {x.z(), x.r()};
    }

    /** The physical point {z, r} (m) at fraction s along local edge e from its start vertex. */
    public abstract double[] edgePoint(int edge, double s);

    /** Axial coordinate of vertex v (m). */
    public double vertexZ(int v) {
        return vz[v];
    }

    /** Radial coordinate of vertex v (m). */
    public double vertexR(int v) {
        return vr[v];
    }

    /** The element's curved edges, in the order they were given (usually none). */
    public List<CurvedEdge> curvedEdges() {
        return curvedEdges;
    }

    /** True when some edge follows a curve. */
    public boolean isCurved() {
        return !curvedEdges.isEmpty();
    }

    /** The affine map through the vertices, evaluated at vertex 0 (its Jacobian is constant). */
    final void affine(MapPoint out) {
        out.set(vz[0], vr[0], vz[1] - vz[0], vz[2] - vz[0], vr[1] - vr[0], vr[2] - vr[0]);
    }

    /**
     * The reference coordinates {ξ, η} of physical point (z, r) into {@code out}: exact through the
     * vertices' affine map for a straight element, by Newton's method from there for a curved one.
     * The point may lie outside the element (the coordinates then leave the reference triangle).
     *
     * @return false when Newton's method breaks down or runs far outside the element
     */
    public boolean invert(double z, double r, double[] out) {
        MapPoint x = new MapPoint();
        affine(x);
        double dz0 = z - vz[0];
        double dr0 = r - vr[0];
        double xi = x.stepXi(dz0, dr0);
        double eta = x.stepEta(dz0, dr0);
        if (!isCurved()) {
            out[0] = xi;
            out[1] = eta;
            return true;
        }
        double scale = Math.abs(x.zXi()) + Math.abs(x.zEta()) + Math.abs(x.rXi()) + Math.abs(x.rEta());
        for (int it = 0; it < NEWTON_ITERATIONS; it++) {
            evaluate(xi, eta, x);
            double fz = x.z() - z;
            double fr = x.r() - r;
            if (!(Math.abs(x.det()) > 0)) {
                return false;
            }
            double dXi = x.stepXi(fz, fr);
            double dEta = x.stepEta(fz, fr);
            xi -= dXi;
            eta -= dEta;
            if (!Double.isFinite(xi) || Math.abs(xi) > 10 || Math.abs(eta) > 10) {
                return false; // far outside: not this element
            }
            if (Math.abs(dXi) + Math.abs(dEta) < 1e-15 || Math.hypot(fz, fr) < 1e-15 * scale) {
                break;
            }
        }
        out[0] = xi;
        out[1] = eta;
        return true;
    }
}
