package org.cavityfem.mesh;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.CircularArc;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.ContourSegment;
import org.cavityfem.mesh.geometry.Line;
import org.cavityfem.mesh.geometry.Point;
import org.junit.jupiter.api.Test;

class GradingTest {

    private static final double RHO = 0.005;

    /** A 0.1 m x 0.1 m cell whose corner at (0.05, 0.1) is rounded with radius 5 mm (segment 2). */
    private static Contour roundedCell() {
        return Contour.of(List.of(
                line(-0.05, 0, 0.05, 0, "axis"),
                line(0.05, 0, 0.05, 0.1 - RHO, "endPlate.right"),
                new ContourSegment(new CircularArc(new Point(0.05 - RHO, 0.1 - RHO), RHO, 0, Math.PI / 2),
                        BoundaryKind.METAL, "blend"),
                line(0.05 - RHO, 0.1, -0.05, 0.1, "outerWall"),
                line(-0.05, 0.1, -0.05, 0, "endPlate.left")));
    }

    private static ContourSegment line(double z0, double r0, double z1, double r1, String name) {
        return new ContourSegment(new Line(new Point(z0, r0), new Point(z1, r1)), BoundaryKind.METAL, name);
    }

    private static double length(Mesh mesh, int a, int b) {
        return Math.hypot(mesh.z(a) - mesh.z(b), mesh.r(a) - mesh.r(b));
    }

    @Test
    void elementsShrinkToTheArcAndGrowBackToTheBulkSize() {
        double h = 0.01;
        MeshSettings settings = MeshSettings.of(1, h);
        Mesh mesh = MeshGenerator.generate(roundedCell(), settings);
        double arcLimit = RHO * settings.maxArcAngle();

        double shortestOnArc = Double.POSITIVE_INFINITY;
        double longestOnArc = 0;
        for (BoundaryEdge edge : mesh.boundaryEdges()) {
            if (edge.segment() == 2) {
                double len = length(mesh, mesh.node(edge.element(), edge.localEdge()),
                        mesh.node(edge.element(), (edge.localEdge() + 1) % 3));
                shortestOnArc = Math.min(shortestOnArc, len);
                longestOnArc = Math.max(longestOnArc, len);
            }
        }
        assertTrue(longestOnArc <= arcLimit, "arc edges " + longestOnArc + " m exceed ρ·maxArcAngle " + arcLimit + " m");
        assertTrue(shortestOnArc >= 0.7 * arcLimit, "arc edges " + shortestOnArc + " m are finer than needed");

        // Far from the blend (more than 0.04 m away) the median edge is the bulk size.
        double[] bulk = new double[3 * mesh.elementCount()];
        int n = 0;
        for (int e = 0; e < mesh.elementCount(); e++) {
            for (int i = 0; i < 3; i++) {
                int a = mesh.node(e, i);
                int b = mesh.node(e, (i + 1) % 3);
                double mz = 0.5 * (mesh.z(a) + mesh.z(b)) - (0.05 - RHO);
                double mr = 0.5 * (mesh.r(a) + mesh.r(b)) - (0.1 - RHO);
                if (Math.hypot(mz, mr) > 0.04) {
                    bulk[n++] = length(mesh, a, b);
                }
            }
        }
        Arrays.sort(bulk, 0, n);
        double median = bulk[n / 2];
        assertTrue(median > 0.75 * h && median < 1.1 * h, "bulk median edge " + median + " m for a size of " + h + " m");
    }

    /** Neighbouring triangles differ in size by about the grading factor at most. */
    @Test
    void neighbouringElementsAreGraded() {
        Mesh mesh = MeshGenerator.generate(roundedCell(), MeshSettings.of(1, 0.01));
        double[] longest = new double[mesh.elementCount()];
        for (int e = 0; e < mesh.elementCount(); e++) {
            for (int i = 0; i < 3; i++) {
                longest[e] = Math.max(longest[e], length(mesh, mesh.node(e, i), mesh.node(e, (i + 1) % 3)));
            }
        }
        double worst = 1;
        java.util.Map<Long, Integer> edgeOwner = new java.util.HashMap<>();
        for (int e = 0; e < mesh.elementCount(); e++) {
            for (int i = 0; i < 3; i++) {
                int a = mesh.node(e, i);
                int b = mesh.node(e, (i + 1) % 3);
                long key = (long) Math.min(a, b) * Integer.MAX_VALUE + Math.max(a, b);
                Integer other = edgeOwner.putIfAbsent(key, e);
                if (other != null) {
                    double ratio = longest[e] / longest[other];
                    worst = Math.max(worst, Math.max(ratio, 1 / ratio));
                }
            }
        }
        assertTrue(worst < 2.0, "neighbouring elements differ in size by " + worst);
    }
}
