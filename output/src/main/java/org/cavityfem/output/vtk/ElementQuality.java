package org.cavityfem.output.vtk;

import org.cavityfem.fem.ElementMap;
import org.cavityfem.fem.MapPoint;
import org.cavityfem.mesh.Mesh;

/**
 * Per-element quality of a curved mesh, as cell data for ParaView.
 *
 * <ul>
 *   <li>minimum angle (degrees) of the straight triangle through the element's vertices (the
 *       quantity the mesher guarantees);</li>
 *   <li>scaled Jacobian: min det J / max det J of the exact curved map over the order-2p lattice of
 *       the reference triangle (vertices included); 1 for a straight-sided element, smaller the more
 *       the wall bends it, ≤ 0 if it folds;</li>
 *   <li>whether the element has an edge on a curved wall (1) or not (0).</li>
 * </ul>
 *
 * @param minAngleDeg smallest vertex angle per element (deg)
 * @param scaledJacobian min/max ratio of the map's Jacobian determinant per element (dimensionless)
 * @param curved 1 for elements with a curved edge, else 0
 */
public record ElementQuality(double[] minAngleDeg, double[] scaledJacobian, byte[] curved) {

    /** Quality of every element of a mesh. */
    public static ElementQuality of(Mesh mesh) {
        int elements = mesh.elementCount();
        double[] angle = new double[elements];
        double[] jacobian = new double[elements];
        byte[] curved = new byte[elements];
        int lattice = 2 * mesh.order();
        MapPoint x = new MapPoint();
        for (int e = 0; e < elements; e++) {
            angle[e] = minimumAngle(mesh, e);
            jacobian[e] = 1;
            if (!mesh.isCurved(e)) {
                continue;
            }
            ElementMap map = mesh.elementMap(e);
            curved[e] = 1;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i <= lattice; i++) {
                for (int j = 0; i + j <= lattice; j++) {
                    map.evaluate((double) i / lattice, (double) j / lattice, x);
                    min = Math.min(min, x.det());
                    max = Math.max(max, x.det());
                }
            }
            jacobian[e] = min / max;
        }
        return new ElementQuality(angle, jacobian, curved);
    }

    private static double minimumAngle(Mesh mesh, int element) {
        double[] z = new double[3];
        double[] r = new double[3];
        for (int k = 0; k < 3; k++) {
            z[k] = mesh.z(mesh.node(element, k));
            r[k] = mesh.r(mesh.node(element, k));
        }
        double min = Double.POSITIVE_INFINITY;
        for (int k = 0; k < 3; k++) {
            int a = (k + 1) % 3;
            int b = (k + 2) % 3;
            double ux = z[a] - z[k];
            double uy = r[a] - r[k];
            double vx = z[b] - z[k];
            double vy = r[b] - r[k];
            double angle = Math.atan2(Math.abs(ux * vy - uy * vx), ux * vx + uy * vy);
            min = Math.min(min, angle);
        }
        return Math.toDegrees(min);
    }
}
