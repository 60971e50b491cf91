package org.cavityfem.analysis.field;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cavityfem.fem.ElementMap;
import org.cavityfem.fem.LagrangeTriangle;
import org.cavityfem.fem.MapPoint;
import org.cavityfem.fem.TriangleNodeLayout;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.solver.Mode;
import org.cavityfem.units.PhysicalConstants;

/**
 * The electric and magnetic fields of one mode, from its H_phi eigenvector (docs/design.md §2.5):
 *
 * <pre>  E_r = −(1/(ω ε0)) ∂H/∂z,   E_z = (1/(ω ε0 r)) ∂(rH)/∂r  (→ 2 ∂H/∂r / (ω ε0) on the axis)</pre>
 *
 * with the time-quadrature factor 1/i dropped (see {@link FieldSample}). Gradients are taken through
 * the exact element map, so curved elements give the same accuracy as straight ones.
 *
 * <p>The mode's own normalisation is a stored energy of 1 J; {@link #scaledBy} multiplies every
 * field by a factor (and the energy by its square), e.g. to reach a given accelerating field.
 * Immutable; the point locator is built on first use. Safe to share between threads.
 */
public final class ModeField {

    /** Radius below which, relative to the cavity size, E_z takes its on-axis limit. */
    private static final double AXIS_TOLERANCE = 1e-8;

    private final Mesh mesh;
    private final Mode mode;
    private final double scale;
    private final double[] magneticField;
    private final LagrangeTriangle basis;
    private final double omegaEpsilon;
    private final double axisRadius;
    private volatile ElementLocator locator;
    private volatile ReferencePoints points;
    /** {@link AxisProfile#of} of this field, made on first request. */
    private volatile AxisProfile wholeAxis;

    private ModeField(Mesh mesh, Mode mode, double scale, ElementLocator locator, ReferencePoints points) {
        if (mode.magneticField().length != mesh.nodeCount()) {
            throw new IllegalArgumentException("the mode has " + mode.magneticField().length
                    + " nodal values but the mesh has " + mesh.nodeCount() + " nodes");
        }
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("field scale must be positive and finite, got " + scale);
        }
        this.mesh = mesh;
        this.mode = mode;
        this.scale = scale;
        this.magneticField = new double[mesh.nodeCount()];
        double[] h = mode.magneticField();
        for (int i = 0; i < h.length; i++) {
            magneticField[i] = scale * h[i];
        }
        this.basis = LagrangeTriangle.of(mesh.order());
        this.omegaEpsilon = mode.angularFrequency() * PhysicalConstants.EPSILON_0;
        this.axisRadius = AXIS_TOLERANCE * mesh.contour().boundingSize();
        this.locator = locator;
        this.points = points;
    }

    /** The fields of a mode at its own normalisation, a stored energy of 1 J. */
    public static ModeField of(Mesh mesh, Mode mode) {
        return new ModeField(mesh, mode, 1, null, null);
    }

    /**
     * The fields of a mode at 1 J that locate points with a locator already built for the mesh, so
     * that the modes of one mesh share one (locating is a function of the point alone: the fields
     * are the same bits as with a locator of their own).
     */
    public static ModeField of(Mesh mesh, Mode mode, ElementLocator locator) {
        if (locator.mesh() != mesh) {
            throw new IllegalArgumentException("the locator was built for another mesh");
        }
        return new ModeField(mesh, mode, 1, locator, null);
    }

    /**
     * The fields of a mode at 1 J that share with the other modes of the mesh both the point locator
     * and the {@link ReferencePoints} where the wall checks evaluate every mode: the same bits as
     * fields with their own.
     */
    public static ModeField of(Mesh mesh, Mode mode, ElementLocator locator, ReferencePoints points) {
        if (locator.mesh() != mesh || points.mesh() != mesh) {
            throw new IllegalArgumentException("the locator or the points were made for another mesh");
        }
        return new ModeField(mesh, mode, 1, locator, points);
    }

    /**
     * The fields of a mode at 1 J that share with the other modes of the mesh the {@link
     * ReferencePoints} (and the mesh's data for the domain voltage kept there), locating points with
     * a locator of their own when asked to: the same bits as fields with their own.
     */
    public static ModeField of(Mesh mesh, Mode mode, ReferencePoints points) {
        if (points.mesh() != mesh) {
            throw new IllegalArgumentException("the points were made for another mesh");
        }
        return new ModeField(mesh, mode, 1, null, points);
    }

    /** The same mode with every field multiplied by {@code factor} (> 0), its energy by factor². */
    public ModeField scaledBy(double factor) {
        return new ModeField(mesh, mode, scale * factor, locator, points);
    }

    /** The mesh the mode lives on. */
    public Mesh mesh() {
        return mesh;
    }

    /** The mode. */
    public Mode mode() {
        return mode;
    }

    /** Field amplitude relative to the mode's 1 J normalisation. */
    public double scale() {
        return scale;
    }

    /** Stored energy U at this amplitude (J). */
    public double storedEnergy() {
        return scale * scale;
    }

    /** Angular frequency ω (rad/s). */
    public double angularFrequency() {
        return mode.angularFrequency();
    }

    /** H_phi at every node at this amplitude (A/m); a copy. */
    public double[] magneticFieldAtNodes() {
        return magneticField.clone();
    }

    /** The point locator of the mesh. */
    public ElementLocator locator() {
        ElementLocator l = locator;
        if (l == null) {
            synchronized (this) {
                l = locator;
                if (l == null) {
                    l = ElementLocator.of(mesh);
                    locator = l;
                }
            }
        }
        return l;
    }

    /**
     * The reference points shared with the other modes of the mesh (their own when the field was
     * made without), where {@link #inElement(ReferencePoints, int, double, double)} keeps the geometry.
     */
    public ReferencePoints points() {
        ReferencePoints p = points;
        if (p == null) {
            synchronized (this) {
                p = points;
                if (p == null) {
                    p = ReferencePoints.of(mesh);
                    points = p;
                }
            }
        }
        return p;
    }

    /**
     * The fields at (z, r), or empty when the point is outside the mesh.
     *
     * @param z axial coordinate (m)
     * @param r radial coordinate (m)
     */
    public Optional<FieldSample> at(double z, double r) {
        return locator().locate(z, r).map(l -> inElement(l.element(), l.xi(), l.eta()));
    }

    /**
     * The fields at reference coordinates (ξ, η) of an element.
     *
     * @param element element index
     * @param xi reference coordinate ξ = λ1
     * @param eta reference coordinate η = λ2
     */
    public FieldSample inElement(int element, double xi, double eta) {
        return at(ReferencePoints.evaluate(mesh, basis, element, xi, eta));
    }

    /**
     * {@link #inElement} with the geometry of the point taken from {@code points}, the points shared by
     * the modes of this mesh (evaluated there on first request): the same bits, at a fraction of the
     * cost when other modes ask for the same point.
     *
     * @param points points of this mode's mesh
     */
    public FieldSample inElement(ReferencePoints points, int element, double xi, double eta) {
        if (points.mesh() != mesh) {
            throw new IllegalArgumentException("the points belong to another mesh");
        }
        return at(points.at(element, xi, eta));
    }

    /**
     * {@link #inElement} of several modes of one mesh at one point, the geometry evaluated once for
     * all of them: each mode's fields are the same bits as its own {@link #inElement}.
     *
     * @param fields modes sharing one mesh
     * @return their fields at the point, in the same order
     */
    public static FieldSample[] inElement(List<ModeField> fields, int element, double xi, double eta) {
        FieldSample[] out = new FieldSample[fields.size()];
        if (fields.isEmpty()) {
            return out;
        }
        ModeField first = fields.get(0);
        ReferencePoints.Point p = ReferencePoints.evaluate(first.mesh, first.basis, element, xi, eta);
        for (int f = 0; f < out.length; f++) {
            if (fields.get(f).mesh != first.mesh) {
                throw new IllegalArgumentException("the modes' fields belong to different meshes");
            }
            out[f] = fields.get(f).at(p);
        }
        return out;
    }

    /**
     * Working arrays for {@link #inElement(List, int, double, double, Scratch)}: one per thread, reused
     * from point to point of a pass over many points.
     */
    public static final class Scratch {
        private final double[] value;
        private final double[] dXi;
        private final double[] dEta;
        private final double[] h = new double[3];
        private final MapPoint map = new MapPoint();

        /** Scratch for the modes of a mesh of this order. */
        public Scratch(Mesh mesh) {
            int n = LagrangeTriangle.of(mesh.order()).size();
            value = new double[n];
            dXi = new double[n];
            dEta = new double[n];
        }
    }

    /**
     * {@link #inElement(List, int, double, double)} with the point's geometry evaluated into
     * {@code scratch} instead of new arrays: the same bits, for passes over many points (a field map's
     * cells) that would otherwise allocate the geometry of every point.
     *
     * @param out receives the modes' fields, in the order of {@code fields}
     */
    public static void inElement(List<ModeField> fields, int element, double xi, double eta, Scratch scratch,
            FieldSample[] out) {
        if (fields.isEmpty()) {
            return;
        }
        ModeField first = fields.get(0);
        if (scratch.value.length != first.basis.size()) {
            throw new IllegalArgumentException("the scratch is for another order");
        }
        first.basis.evaluate(xi, eta, scratch.value, scratch.dXi, scratch.dEta);
        first.mesh.elementMap(element).evaluate(xi, eta, scratch.map);
        for (int f = 0; f < fields.size(); f++) {
            ModeField field = fields.get(f);
            if (field.mesh != first.mesh) {
                throw new IllegalArgumentException("the modes' fields belong to different meshes");
            }
            NodalInterpolation.valueAndGradient(field.mesh, element, field.magneticField, scratch.value, scratch.dXi,
                    scratch.dEta, scratch.h, 0);
            out[f] = field.sample(scratch.map, scratch.h[0], scratch.h[1], scratch.h[2]);
        }
    }

    /** The profile along the whole axis, made by {@code make} on first request and kept (it is immutable). */
    AxisProfile wholeAxisProfile(java.util.function.Supplier<AxisProfile> make) {
        AxisProfile a = wholeAxis;
        if (a == null) {
            synchronized (this) {
                a = wholeAxis;
                if (a == null) {
                    a = make.get();
                    wholeAxis = a;
                }
            }
        }
        return a;
    }

    /** The fields from the geometry at a point: H and its reference gradient from the element's nodes. */
    private FieldSample at(ReferencePoints.Point p) {
        double[] h = new double[3];
        NodalInterpolation.valueAndGradient(mesh, p.element(), magneticField, p.value(), p.dXi(), p.dEta(), h, 0);
        return sample(p.map(), h[0], h[1], h[2]);
    }

    /**
     * The fields at every node: H_phi is the nodal value; E is averaged over the elements sharing
     * the node (the gradient is discontinuous between elements).
     */
    public NodalFields nodalFields() {
        return nodalFields(List.of(this)).get(0);
    }

    /**
     * {@link #nodalFields()} of several modes of one mesh in one pass over it: the element map is
     * evaluated once per element node for all of them, and each mode's fields are the same bits as
     * its own {@link #nodalFields()}.
     *
     * @param fields modes sharing one mesh
     * @return their nodal fields, in the same order
     */
    public static List<NodalFields> nodalFields(List<ModeField> fields) {
        if (fields.isEmpty()) {
            return List.of();
        }
        Mesh mesh = fields.get(0).mesh;
        for (ModeField f : fields) {
            if (f.mesh != mesh) {
                throw new IllegalArgumentException("the modes' fields belong to different meshes");
            }
        }
        int modes = fields.size();
        int nodes = mesh.nodeCount();
        double[][] er = new double[modes][nodes];
        double[][] ez = new double[modes][nodes];
        int[] count = new int[nodes];
        TriangleNodeLayout layout = mesh.layout();
        LagrangeTriangle basis = fields.get(0).basis;
        int n = basis.size();
        double[][] dXi = new double[n][n];
        double[][] dEta = new double[n][n];
        double[] value = new double[n];
        for (int k = 0; k < n; k++) {
            basis.evaluate(layout.xi(k), layout.eta(k), value, dXi[k], dEta[k]);
        }
        MapPoint x = new MapPoint();
        ModeField[] byMode = fields.toArray(new ModeField[0]);
        // Every mode's values at the element's nodes, gathered once per element (not once per node
        // and mode): [f n + j].
        double[] local = new double[modes * n];
        for (int e = 0; e < mesh.elementCount(); e++) {
            ElementMap map = mesh.elementMap(e);
            for (int j = 0; j < n; j++) {
                int node = mesh.node(e, j);
                for (int f = 0; f < modes; f++) {
                    local[f * n + j] = byMode[f].magneticField[node];
                }
            }
            for (int k = 0; k < n; k++) {
                map.evaluate(layout.xi(k), layout.eta(k), x);
                int node = mesh.node(e, k);
                double[] dXiK = dXi[k];
                double[] dEtaK = dEta[k];
                for (int f = 0; f < modes; f++) {
                    double hXi = 0;
                    double hEta = 0;
                    for (int j = 0; j < n; j++) {
                        double hj = local[f * n + j];
                        hXi += hj * dXiK[j];
                        hEta += hj * dEtaK[j];
                    }
                    // The sample's two components without the sample (C1 does not elide the object).
                    ModeField field = byMode[f];
                    er[f][node] += field.radial(x, hXi, hEta);
                    ez[f][node] += field.axial(x, local[f * n + k], hXi, hEta);
                }
                count[node]++;
            }
        }
        List<NodalFields> out = new ArrayList<>(modes);
        for (int f = 0; f < modes; f++) {
            for (int i = 0; i < nodes; i++) {
                er[f][i] /= count[i];
                ez[f][i] /= count[i];
            }
            out.add(new NodalFields(fields.get(f).magneticFieldAtNodes(), er[f], ez[f]));
        }
        return out;
    }

    /** {@link #nodalFields()} as one sample per node. */
    public FieldSample[] atNodes() {
        NodalFields f = nodalFields();
        FieldSample[] out = new FieldSample[f.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.at(i, mesh.z(i), mesh.r(i));
        }
        return out;
    }

    /** Fields at an evaluated map point from H and its reference gradient. */
    private FieldSample sample(MapPoint x, double h, double hXi, double hEta) {
        return new FieldSample(x.z(), x.r(), h, radial(x, hXi, hEta), axial(x, h, hXi, hEta));
    }

    private double radial(MapPoint x, double hXi, double hEta) {
        double dHdz = x.dz(hXi, hEta);
        return -dHdz / omegaEpsilon;
    }

    private double axial(MapPoint x, double h, double hXi, double hEta) {
        double dHdr = x.dr(hXi, hEta);
        double r = x.r();
        return (r <= axisRadius ? 2 * dHdr : h / r + dHdr) / omegaEpsilon;
    }

    /**
     * E_r and E_z at a point of this mode's mesh whose geometry is given (V/m), written into
     * {@code out[0]} and {@code out[1]}: the bits {@link #inElement} gives there, without making a
     * sample. For checks that evaluate every mode at the same points, kept in their own table.
     *
     * @param point geometry from {@link ReferencePoints#evaluate} of this mesh's points
     * @param out at least 3 long; {@code out[2]} is scratch
     */
    public void electricField(ReferencePoints.Point point, double[] out) {
        NodalInterpolation.valueAndGradient(mesh, point.element(), magneticField, point.value(), point.dXi(),
                point.dEta(), out, 0);
        double h = out[0];
        double hXi = out[1];
        double hEta = out[2];
        out[0] = radial(point.map(), hXi, hEta);
        out[1] = axial(point.map(), h, hXi, hEta);
    }
}
