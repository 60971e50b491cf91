package org.cavityfem.mesh;

import java.util.List;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.mesh.build.SphericalCavity;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.CircularArc;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.ContourSegment;
import org.cavityfem.mesh.geometry.EllipticArc;
import org.cavityfem.mesh.geometry.Line;
import org.cavityfem.mesh.geometry.Point;

/** Contours the mesh tests share, each with its exact enclosed area. */
enum TestContours {
    /** Pillbox, radius 0.1 m, gap 0.08 m: area 0.008 m². */
    PILLBOX(Pillbox.closed(0.1, 0.08).contour(), 0.1 * 0.08, 0.02),
    /** Pillbox with 0.03 m x 0.06 m beam pipes: area 0.008 + 2 · 0.0018 m². */
    PILLBOX_WITH_PIPES(new Pillbox(0.1, 0.08, 0.03, 0.06).contour(), 0.1 * 0.08 + 2 * 0.03 * 0.06, 0.015),
    /** Sphere of radius 0.1 m: half disc π a² / 2. */
    SPHERE(new SphericalCavity(0.1).contour(), Math.PI * 0.01 / 2, 0.03),
    /**
     * Coaxial line 0.01 m < r < 0.03 m, 0 < z < 0.1 m, closed at z = 0 by a semicircle bulging to
     * -z: rectangle 0.002 m² plus half disc π (0.01)² / 2. Its gap (0.02 m) is narrower than two
     * bulk elements.
     */
    COAX(coax(), 0.1 * 0.02 + Math.PI * 1e-4 / 2, 0.03),
    /** Half ellipse with semi-axes 0.15 m (z) and 0.08 m (r): π a b / 2. */
    HALF_ELLIPSE(halfEllipse(), Math.PI * 0.15 * 0.08 / 2, 0.03);

    final Contour contour;
    final double area;
    final double elementSize;

    TestContours(Contour contour, double area, double elementSize) {
        this.contour = contour;
        this.area = area;
        this.elementSize = elementSize;
    }

    private static Contour coax() {
        return Contour.of(List.of(
                line(0, 0.01, 0.1, 0.01, "coax.inner"),
                line(0.1, 0.01, 0.1, 0.03, "coax.end"),
                line(0.1, 0.03, 0, 0.03, "coax.outer"),
                new ContourSegment(new CircularArc(new Point(0, 0.02), 0.01, Math.PI / 2, Math.PI),
                        BoundaryKind.METAL, "coax.cap")));
    }

    private static Contour halfEllipse() {
        return Contour.of(List.of(
                new ContourSegment(new EllipticArc(new Point(0, 0), 0.15, 0.08, 0, Math.PI), BoundaryKind.METAL,
                        "ellipse.wall"),
                line(-0.15, 0, 0.15, 0, "ellipse.axis")));
    }

    private static ContourSegment line(double z0, double r0, double z1, double r1, String name) {
        return new ContourSegment(new Line(new Point(z0, r0), new Point(z1, r1)), BoundaryKind.METAL, name);
    }
}
