package org.cavityfem.analysis.field;

import java.util.Optional;
import org.cavityfem.fem.CurvedEdge;
import org.cavityfem.fem.ElementMap;
import org.cavityfem.mesh.Mesh;

/**
 * Finds the element holding a point of the meridian plane, and the point's reference coordinates
 * in it. Elements are binned by bounding box on a uniform grid with about one element per cell, so
 * a query inspects a handful of candidates whatever the mesh size; the reference coordinates come
 * from the inverse of the element's exact map ({@link ElementMap#invert}).
 * Thread-safe after construction.
 */
public final class ElementLocator {

    /** How far outside the reference triangle (in barycentric units) a point may be and still count. */
    private static final double INSIDE_TOLERANCE = 1e-9;
    /** Samples per curved edge used to bound its bulge. */
    private static final int EDGE_SAMPLES = 8;

    /**
     * Where a point lies.
     *
     * @param element element index
     * @param xi reference coordinate ξ = λ1
     * @param eta reference coordinate η = λ2
     */
    public record Location(int element, double xi, double eta) {
    }

    private final Mesh mesh;
    private final double zMin;
    private final double rMin;
    private final double cellZ;
    private final double cellR;
    private final int nz;
    private final int nr;
    /** Candidates of grid cell c: elements[start[c] .. start[c + 1]). */
    private final int[] start;
    private final int[] elements;

    private ElementLocator(Mesh mesh) {
        this.mesh = mesh;
        int n = mesh.elementCount();
        double[] box = new double[4 * n];
        double z0 = Double.POSITIVE_INFINITY;
        double z1 = Double.NEGATIVE_INFINITY;
        double r0 = Double.POSITIVE_INFINITY;
        double r1 = Double.NEGATIVE_INFINITY;
        for (int e = 0; e < n; e++) {
            bound(e, box);
            z0 = Math.min(z0, box[4 * e]);
            z1 = Math.max(z1, box[4 * e + 1]);
            r0 = Math.min(r0, box[4 * e + 2]);
            r1 = Math.max(r1, box[4 * e + 3]);
        }
        double width = Math.max(z1 - z0, 1e-300);
        double height = Math.max(r1 - r0, 1e-300);
        double cell = Math.sqrt(width * height / Math.max(n, 1));
        this.nz = (int) Math.max(1, Math.min(4096, Math.ceil(width / cell)));
        this.nr = (int) Math.max(1, Math.min(4096, Math.ceil(height / cell)));
        this.zMin = z0;
        this.rMin = r0;
        this.cellZ = width / nz;
        this.cellR = height / nr;
        int[] count = new int[nz * nr + 1];
        for (int e = 0; e < n; e++) {
            for (int ir = row(box[4 * e + 2]); ir <= row(box[4 * e + 3]); ir++) {
                for (int iz = column(box[4 * e]); iz <= column(box[4 * e + 1]); iz++) {
                    count[ir * nz + iz + 1]++;
                }
            }
        }
        for (int c = 0; c < nz * nr; c++) {
            count[c + 1] += count[c];
        }
        this.start = count.clone();
        this.elements = new int[count[nz * nr]];
        int[] fill = count;
        for (int e = 0; e < n; e++) {
            int iz0 = column(box[4 * e]);
            int iz1 = column(box[4 * e + 1]);
            int ir0 = row(box[4 * e + 2]);
            int ir1 = row(box[4 * e + 3]);
            for (int ir = ir0; ir <= ir1; ir++) {
                for (int iz = iz0; iz <= iz1; iz++) {
                    elements[fill[ir * nz + iz]++] = e;
                }
            }
        }
    }

    /** Builds the locator of a mesh (time and memory linear in the number of elements). */
    public static ElementLocator of(Mesh mesh) {
        return new ElementLocator(mesh);
    }

    /** The mesh searched. */
    public Mesh mesh() {
        return mesh;
    }

    /**
     * The element holding (z, r) and the point's reference coordinates there; empty when the point
     * is outside the mesh. A point on an edge shared by two elements is given to the one with the
     * lower index.
     *
     * @param z axial coordinate (m)
     * @param r radial coordinate (m)
     */
    public Optional<Location> locate(double z, double r) {
        int iz = (int) Math.floor((z - zMin) / cellZ);
        int ir = (int) Math.floor((r - rMin) / cellR);
        if (iz == nz) {
            iz--; // the far edge of the box belongs to the last column
        }
        if (ir == nr) {
            ir--;
        }
        if (iz < 0 || ir < 0 || iz >= nz || ir >= nr) {
            return Optional.empty();
        }
        int c = ir * nz + iz;
        double[] xe = new double[2];
        Location best = null;
        double bestOutside = INSIDE_TOLERANCE;
        for (int k = start[c]; k < start[c + 1]; k++) {
            int e = elements[k];
            if (!mesh.elementMap(e).invert(z, r, xe)) {
                continue;
            }
            double outside = Math.max(-xe[0], Math.max(-xe[1], xe[0] + xe[1] - 1));
            if (outside <= 0) {
                return Optional.of(new Location(e, xe[0], xe[1]));
            }
            if (outside <= bestOutside) {
                bestOutside = outside;
                double xi = Math.max(0, xe[0]);
                double eta = Math.max(0, xe[1]);
                double sum = xi + eta;
                if (sum > 1) {
                    xi /= sum;
                    eta /= sum;
                }
                best = new Location(e, xi, eta);
            }
        }
        return Optional.ofNullable(best);
    }

    private void bound(int e, double[] box) {
        double z0 = Double.POSITIVE_INFINITY;
        double z1 = Double.NEGATIVE_INFINITY;
        double r0 = Double.POSITIVE_INFINITY;
        double r1 = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < 3; v++) {
            int node = mesh.node(e, v);
            z0 = Math.min(z0, mesh.z(node));
            z1 = Math.max(z1, mesh.z(node));
            r0 = Math.min(r0, mesh.r(node));
            r1 = Math.max(r1, mesh.r(node));
        }
        if (mesh.isCurved(e)) {
            ElementMap map = mesh.elementMap(e);
            for (CurvedEdge edge : map.curvedEdges()) {
                for (int k = 1; k < EDGE_SAMPLES; k++) {
                    double[] p = map.edgePoint(edge.localEdge(), k / (double) EDGE_SAMPLES);
                    z0 = Math.min(z0, p[0]);
                    z1 = Math.max(z1, p[0]);
                    r0 = Math.min(r0, p[1]);
                    r1 = Math.max(r1, p[1]);
                }
            }
            // The samples miss the bulge between them by at most a small fraction of the element.
            double pad = 0.02 * Math.max(z1 - z0, r1 - r0);
            z0 -= pad;
            z1 += pad;
            r0 -= pad;
            r1 += pad;
        }
        double pad = 1e-9 * Math.max(z1 - z0, r1 - r0);
        box[4 * e] = z0 - pad;
        box[4 * e + 1] = z1 + pad;
        box[4 * e + 2] = r0 - pad;
        box[4 * e + 3] = r1 + pad;
    }

    private int column(double z) {
        return Math.max(0, Math.min(nz - 1, (int) Math.floor((z - zMin) / cellZ)));
    }

    private int row(double r) {
        return Math.max(0, Math.min(nr - 1, (int) Math.floor((r - rMin) / cellR)));
    }
}
