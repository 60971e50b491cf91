package org.cavityfem.analysis.hom;

import org.cavityfem.fem.ElementMap;
import org.cavityfem.fem.LagrangeTriangle;
import org.cavityfem.fem.MapPoint;
import org.cavityfem.fem.NedelecTriangle;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.solver.hom.AzimuthalDofs;

/**
 * The meridian field (E_z, E_r, E_phi) of an m ≥ 1 mode at a point of an element, from its
 * unknowns: (E_z, E_r) = v − ∇w/m, E_phi = w / r (design.md §2.11), v through the covariant Piola
 * map. The fields of the polarisation solved for are E_z cos mφ, E_r cos mφ, E_phi sin mφ. Not
 * thread-safe.
 */
public final class AzimuthalField {

    private final Mesh mesh;
    private final AzimuthalDofs dofs;
    private final int m;
    private final double[] unknowns;
    private final NedelecTriangle edge;
    private final LagrangeTriangle nodal;
    private final double[] local;
    // The basis at the current point: own work arrays, or rows of a Tabulation.
    private double[] ux;
    private double[] uy;
    private double[] cu;
    private double[] phi;
    private double[] dXi;
    private double[] dEta;
    private final double[][] own;
    private ElementMap map;
    private int mapped = -1;
    private final MapPoint point = new MapPoint();
    private int cached = -1;

    /**
     * @param unknowns the mode's eigenvector over {@code dofs}
     */
    public AzimuthalField(Mesh mesh, AzimuthalDofs dofs, int m, double[] unknowns) {
        this.mesh = mesh;
        this.dofs = dofs;
        this.m = m;
        this.unknowns = unknowns;
        this.edge = NedelecTriangle.of(mesh.order());
        this.nodal = LagrangeTriangle.of(mesh.order());
        this.local = new double[dofs.localSize()];
        this.ux = new double[edge.size()];
        this.uy = new double[edge.size()];
        this.cu = new double[edge.size()];
        this.phi = new double[nodal.size()];
        this.dXi = new double[nodal.size()];
        this.dEta = new double[nodal.size()];
        this.own = new double[][] {ux, uy, cu, phi, dXi, dEta};
    }

    /**
     * The basis functions tabulated at the points of a rule on the reference triangle, the same for
     * every element: {@link #locate(int, Tabulation, int)} then only evaluates the element's map.
     */
    public final class Tabulation {
        private final double[] xi;
        private final double[] eta;
        private final double[][][] values;

        private Tabulation(double[] xi, double[] eta) {
            this.xi = xi.clone();
            this.eta = eta.clone();
            values = new double[xi.length][][];
            for (int q = 0; q < xi.length; q++) {
                double[][] v = {new double[edge.size()], new double[edge.size()], new double[edge.size()],
                    new double[nodal.size()], new double[nodal.size()], new double[nodal.size()]};
                edge.evaluate(xi[q], eta[q], v[0], v[1], v[2]);
                nodal.evaluate(xi[q], eta[q], v[3], v[4], v[5]);
                values[q] = v;
            }
        }
    }

    /** Tabulates the basis at the points (ξ_q, η_q). */
    public Tabulation tabulate(double[] xi, double[] eta) {
        return new Tabulation(xi, eta);
    }

    /** As {@link #locate(int, double, double)} at point q of a tabulation. */
    public void locate(int element, Tabulation table, int q) {
        mapOf(element).evaluate(table.xi[q], table.eta[q], point);
        double[][] v = table.values[q];
        ux = v[0];
        uy = v[1];
        cu = v[2];
        phi = v[3];
        dXi = v[4];
        dEta = v[5];
    }

    private ElementMap mapOf(int element) {
        if (element != mapped) {
            map = mesh.isCurved(element) ? mesh.elementMap(element) : mesh.isoparametricMap(element);
            mapped = element;
        }
        return map;
    }

    /**
     * The field at reference point (ξ, η) of element e: out = {z, r, E_z, E_r, E_phi, v_r} (m, V/m),
     * v_r = E_r + ∂r(r E_phi)/m, so that (∇×E)_z = m v_r / r. E_phi is not evaluated on the axis
     * itself (r = 0), where it is reported as NaN. When {@code out} has room for eight values it
     * also receives out[6] = v_z (V/m), so that (∇×E)_r = −m v_z / r, and out[7] = curl v =
     * (∇×E)_phi = ∂z E_r − ∂r E_z (V/m²), through the covariant Piola map (curl v = curl̂ v̂ / det J).
     */
    public void evaluate(int element, double xi, double eta, double[] out) {
        if (element != cached) {
            dofs.localCoefficients(element, unknowns, local);
            cached = element;
        }
        locate(element, xi, eta);
        combine(local, out);
    }

    /**
     * Evaluates element e's map and the basis functions at (ξ, η), for {@link #combine} with the
     * local coefficients of any number of modes of the same order on the same mesh.
     */
    public void locate(int element, double xi, double eta) {
        mapOf(element).evaluate(xi, eta, point);
        ux = own[0];
        uy = own[1];
        cu = own[2];
        phi = own[3];
        dXi = own[4];
        dEta = own[5];
        edge.evaluate(xi, eta, ux, uy, cu);
        nodal.evaluate(xi, eta, phi, dXi, dEta);
    }

    /** Local coefficients of element e of a mode's unknowns, for {@link #combine} ({@code into} of {@link #localSize()}). */
    public void localCoefficients(int element, double[] modeUnknowns, double[] into) {
        dofs.localCoefficients(element, modeUnknowns, into);
    }

    /** The element order of the mesh the field lives on. */
    public int order() {
        return mesh.order();
    }

    /** Length of an element's local coefficient vector. */
    public int localSize() {
        return dofs.localSize();
    }

    /**
     * The field of the mode with element coefficients {@code coefficients} at the point of the last
     * {@link #locate}; {@code out} as in {@link #evaluate}.
     */
    public void combine(double[] coefficients, double[] out) {
        double vz = 0;
        double vr = 0;
        double curl = 0;
        int ne = edge.size();
        for (int a = 0; a < ne; a++) {
            vz += coefficients[a] * (point.xiZ() * ux[a] + point.etaZ() * uy[a]);
            vr += coefficients[a] * (point.xiR() * ux[a] + point.etaR() * uy[a]);
            curl += coefficients[a] * cu[a];
        }
        double w = 0;
        double wz = 0;
        double wr = 0;
        for (int a = 0; a < phi.length; a++) {
            double c = coefficients[ne + a];
            w += c * phi[a];
            wz += c * point.dz(dXi[a], dEta[a]);
            wr += c * point.dr(dXi[a], dEta[a]);
        }
        out[0] = point.z();
        out[1] = point.r();
        out[2] = vz - wz / m;
        out[3] = vr - wr / m;
        out[4] = point.r() > 0 ? w / point.r() : Double.NaN;
        out[5] = vr;
        if (out.length >= 8) {
            out[6] = vz;
            out[7] = curl / point.det();
        }
    }

    /** det J at the point of the last {@link #locate} (m²). */
    public double determinant() {
        return point.det();
    }

    /** det J of element e's map at (ξ, η) (m²). */
    public double determinant(int element, double xi, double eta) {
        ElementMap map = mesh.isCurved(element) ? mesh.elementMap(element) : mesh.isoparametricMap(element);
        map.evaluate(xi, eta, point);
        return point.det();
    }
}
