package org.cavityfem.analysis.field;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cavityfem.fem.ElementMap;
import org.cavityfem.fem.TriangleQuadrature;
import org.cavityfem.mesh.BoundaryEdge;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.ContourSegment;
import org.cavityfem.mesh.geometry.Line;

/**
 * What {@link DomainVoltage} needs of a mesh, computed once and kept for every mode and every
 * integral of the mesh (each mode asks for its voltage and its ∫ |E_z| dz): the perpendicular
 * magnetic planes, the axis extent, each element's vertices, size and nearest plane corner. Only
 * the window ends inside the axis, which differ between modes and integrals, are left to each
 * integral. Every kept number is the one the integral would compute itself, so the integrals are the
 * same bits with or without it. (Keeping the basis and map at the fine points about the corners as
 * well was tried: tens of megabytes per mesh at order 7, and the TESLA mid-cell's loop got slower.)
 *
 * <p>Immutable after construction: modes analysed in parallel share one instance.
 */
final class DomainVoltageMesh {

    private final Mesh mesh;
    private final double tolerance;
    private final double[] planes;
    private final double axisFrom;
    private final double axisTo;
    /** Per element: the z of its three vertices, then their r. */
    private final double[] vertices;
    private final double[] size;
    /** Per element: the plane corner nearest to a vertex (NaN without planes) and that distance. */
    private final double[] nearestPlane;
    private final double[] planeDistance;
    private final TriangleQuadrature fine;

    private DomainVoltageMesh(Mesh mesh) {
        this.mesh = mesh;
        this.tolerance = 1e-9 * mesh.contour().boundingSize();
        this.planes = perpendicularMagneticPlanes(mesh, tolerance);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (BoundaryEdge edge : mesh.boundaryEdges()) {
            if (mesh.contour().segment(edge.segment()).kind() == BoundaryKind.AXIS) {
                ElementMap map = mesh.elementMap(edge.element());
                double za = map.vertexZ(edge.localEdge());
                double zb = map.vertexZ((edge.localEdge() + 1) % 3);
                lo = Math.min(lo, Math.min(za, zb));
                hi = Math.max(hi, Math.max(za, zb));
            }
        }
        this.axisFrom = lo;
        this.axisTo = hi;
        int elements = mesh.elementCount();
        this.vertices = new double[6 * elements];
        this.size = new double[elements];
        this.nearestPlane = new double[elements];
        this.planeDistance = new double[elements];
        for (int e = 0; e < elements; e++) {
            ElementMap map = mesh.elementMap(e);
            double s = 0;
            for (int v = 0; v < 3; v++) {
                vertices[6 * e + v] = map.vertexZ(v);
                vertices[6 * e + 3 + v] = map.vertexR(v);
            }
            for (int v = 0; v < 3; v++) {
                int w = (v + 1) % 3;
                s = Math.max(s, Math.hypot(vertexZ(e, v) - vertexZ(e, w), vertexR(e, v) - vertexR(e, w)));
            }
            size[e] = s;
            double nearest = Double.NaN;
            double distance = Double.POSITIVE_INFINITY;
            for (double zc : planes) {
                for (int v = 0; v < 3; v++) {
                    double d = Math.hypot(vertexZ(e, v) - zc, vertexR(e, v));
                    if (d < distance) {
                        distance = d;
                        nearest = zc;
                    }
                }
            }
            nearestPlane[e] = nearest;
            planeDistance[e] = distance;
        }
        // Rules collapsed into a corner point: smooth in the angle about it (see DomainVoltage).
        this.fine = TriangleQuadrature.collapsed(2 * mesh.order() + 12, 0);
    }

    /** The data of a mesh; {@link ReferencePoints#voltageMesh()} keeps one per mesh. */
    static DomainVoltageMesh of(Mesh mesh) {
        return new DomainVoltageMesh(mesh);
    }

    /** Distances below which two points are one (m): 1e-9 of the contour's size. */
    double tolerance() {
        return tolerance;
    }

    /** The z of every magnetic segment that is a straight line from the axis at right angles to it (m). */
    double[] planes() {
        return planes;
    }

    /** Smallest z of the axis edges (m). */
    double axisFrom() {
        return axisFrom;
    }

    /** Largest z of the axis edges (m). */
    double axisTo() {
        return axisTo;
    }

    double vertexZ(int element, int v) {
        return vertices[6 * element + v];
    }

    double vertexR(int element, int v) {
        return vertices[6 * element + 3 + v];
    }

    /** The z of the element's three vertices (a new array). */
    double[] vertexZ(int element) {
        return Arrays.copyOfRange(vertices, 6 * element, 6 * element + 3);
    }

    /** The r of the element's three vertices (a new array). */
    double[] vertexR(int element) {
        return Arrays.copyOfRange(vertices, 6 * element + 3, 6 * element + 6);
    }

    /** Longest edge of the element's vertex triangle (m). */
    double size(int element) {
        return size[element];
    }

    /** The z of the plane corner nearest to one of the element's vertices; NaN without planes. */
    double nearestPlane(int element) {
        return nearestPlane[element];
    }

    /** That distance (m); infinite without planes. */
    double planeDistance(int element) {
        return planeDistance[element];
    }

    /** The fine rule the pieces are integrated with. */
    TriangleQuadrature fine() {
        return fine;
    }

    /** The z of every magnetic segment that is a straight line from the axis at right angles to it. */
    private static double[] perpendicularMagneticPlanes(Mesh mesh, double tolerance) {
        List<Double> out = new ArrayList<>();
        for (ContourSegment s : mesh.contour().segments()) {
            if (isPerpendicularPlane(s, tolerance)) {
                Line line = (Line) s.shape();
                out.add(Math.abs(line.from().r()) <= tolerance ? line.from().z() : line.to().z());
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Whether a segment is a magnetic straight line from the axis at right angles to it. */
    static boolean isPerpendicularPlane(ContourSegment s, double tolerance) {
        if (s.kind() != BoundaryKind.MAGNETIC || !(s.shape() instanceof Line line)) {
            return false;
        }
        boolean perpendicular = Math.abs(line.from().z() - line.to().z()) <= tolerance;
        boolean onAxis = Math.abs(line.from().r()) <= tolerance || Math.abs(line.to().r()) <= tolerance;
        return perpendicular && onAxis;
    }
}
