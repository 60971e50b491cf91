package org.cavityfem.analysis.field;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.cavityfem.fem.LagrangeTriangle;
import org.cavityfem.fem.MapPoint;
import org.cavityfem.mesh.Mesh;

/**
 * The element map and the basis functions at reference points of one mesh, each evaluated once and
 * kept for every mode of the mesh. Evaluating a mode's field at a point is the geometry (the curved
 * element map, the p-th order basis and its gradients) plus a short sum over the element's nodal
 * values; only the sum depends on the mode, so modes that ask for the same points (the axis
 * profiles of every mode of a solution do) share the rest. A mode's fields at a kept point are the
 * same bits as {@link ModeField#inElement} gives. The mesh's data for the domain voltage is kept here
 * too ({@link #voltageMesh()}), and other per-mesh data of the analyses ({@link #perMesh}: the
 * charge-current check keeps its own table of points there, each found by its place in an array
 * rather than by a hashed key).
 *
 * <p>For points that recur across modes; a point asked for once is cheaper without it. Thread-safe:
 * modes analysed in parallel share one instance, and each point is evaluated once.
 */
public final class ReferencePoints {

    /**
     * The geometry at one reference point of an element: the basis functions, their reference
     * derivatives and the element map there. Read-only: one instance serves every mode of the mesh
     * ({@link ModeField#electricField}).
     */
    public record Point(int element, double[] value, double[] dXi, double[] dEta, MapPoint map) {
    }

    private record Key(int element, double xi, double eta) {

        // Written out: a record's generated hashCode and equals run through method handles
        // (java.lang.runtime.ObjectMethods), which the quick-start compiler the solve runs with does
        // not inline; every field evaluation at a kept point asks for both, and they showed in
        // profiles of the figures. The hash mixes every bit of the three components.
        @Override
        public int hashCode() {
            long h = Double.doubleToLongBits(xi) * 0x9E3779B97F4A7C15L;
            h = (h ^ (h >>> 29) ^ Double.doubleToLongBits(eta)) * 0xBF58476D1CE4E5B9L;
            h = (h ^ (h >>> 31) ^ element) * 0x94D049BB133111EBL;
            return (int) (h ^ (h >>> 32));
        }

        // Component by component, as the record's own equals (Double.compare of each double).
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.element == element
                    && Double.doubleToLongBits(k.xi) == Double.doubleToLongBits(xi)
                    && Double.doubleToLongBits(k.eta) == Double.doubleToLongBits(eta);
        }
    }

    private final Mesh mesh;
    private final LagrangeTriangle basis;
    private final ConcurrentHashMap<Key, Point> points = new ConcurrentHashMap<>();
    private volatile DomainVoltageMesh voltageMesh;
    private final ConcurrentHashMap<Class<?>, Object> perMesh = new ConcurrentHashMap<>();

    private ReferencePoints(Mesh mesh) {
        this.mesh = mesh;
        this.basis = LagrangeTriangle.of(mesh.order());
    }

    /** An empty set of points of a mesh. */
    public static ReferencePoints of(Mesh mesh) {
        return new ReferencePoints(mesh);
    }

    /** The mesh the points belong to. */
    public Mesh mesh() {
        return mesh;
    }

    /** Number of points kept so far. */
    public int size() {
        return points.size();
    }

    /** The geometry at (ξ, η) of an element, evaluated on first request. */
    Point at(int element, double xi, double eta) {
        Key key = new Key(element, xi, eta);
        // A kept point is read without a lock (computeIfAbsent locks its bucket unless the point heads
        // it) and without making the evaluation's lambda.
        Point kept = points.get(key);
        if (kept != null) {
            return kept;
        }
        // Modes analysed side by side ask for the same points at about the same time: the second
        // waits for the first's evaluation instead of repeating it.
        return points.computeIfAbsent(key, k -> evaluate(mesh, basis, element, xi, eta));
    }

    /**
     * The element map at (ξ, η) of an element, kept with the point's geometry; read-only: the
     * instance is shared.
     */
    public MapPoint map(int element, double xi, double eta) {
        return at(element, xi, eta).map();
    }

    /**
     * What the domain voltage needs of the mesh (its planes, axis extent and element data), made on
     * first request and kept for every mode: each mode integrates twice (its
     * voltage and its ∫ |E_z| dz), and the modes of a mesh share this instance.
     */
    DomainVoltageMesh voltageMesh() {
        DomainVoltageMesh v = voltageMesh;
        if (v == null) {
            synchronized (this) {
                v = voltageMesh;
                if (v == null) {
                    v = DomainVoltageMesh.of(mesh);
                    voltageMesh = v;
                }
            }
        }
        return v;
    }

    /**
     * The geometry at (ξ, η) of an element, evaluated now and not kept here: for callers that keep
     * their own table of points (a point asked for by every mode, looked up by its place in that
     * table instead of by a hashed key). The same bits as a kept point.
     */
    public Point evaluate(int element, double xi, double eta) {
        return evaluate(mesh, basis, element, xi, eta);
    }

    /**
     * Data of this mesh that every mode's analysis uses, one instance per kind, made on first request
     * by {@code make} (once, also when modes ask at the same time) and kept with the points.
     *
     * @param kind the class of the data, its key
     * @param make makes it from these points
     */
    public <T> T perMesh(Class<T> kind, Function<ReferencePoints, T> make) {
        Object kept = perMesh.get(kind);
        if (kept == null) {
            kept = perMesh.computeIfAbsent(kind, k -> make.apply(this));
        }
        return kind.cast(kept);
    }

    /** The geometry at (ξ, η) of an element, evaluated now and not kept. */
    static Point evaluate(Mesh mesh, LagrangeTriangle basis, int element, double xi, double eta) {
        int n = basis.size();
        double[] value = new double[n];
        double[] dXi = new double[n];
        double[] dEta = new double[n];
        basis.evaluate(xi, eta, value, dXi, dEta);
        MapPoint x = new MapPoint();
        mesh.elementMap(element).evaluate(xi, eta, x);
        return new Point(element, value, dXi, dEta, x);
    }
}
