package org.cavityfem.mesh;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cavityfem.mesh.geometry.BoundaryKind;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.ContourSegment;
import org.cavityfem.mesh.geometry.Line;
import org.cavityfem.mesh.geometry.Point;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A gap narrower than the element size still gets at least two elements across; the two faces of
 * a thin metal fin, close to each other only through metal, are not a gap.
 */
class NarrowGapTest {

    private static final double INNER = 0.01;

    /** Coaxial slot 0 < z < 0.1 m between r = INNER and r = INNER + gap. */
    private static Contour slot(double gap) {
        double outer = INNER + gap;
        return Contour.of(List.of(
                line(0, INNER, 0.1, INNER, "slot.inner"),
                line(0.1, INNER, 0.1, outer, "slot.right"),
                line(0.1, outer, 0, outer, "slot.outer"),
                line(0, outer, 0, INNER, "slot.left")));
    }

    private static ContourSegment line(double z0, double r0, double z1, double r1, String name) {
        return new ContourSegment(new Line(new Point(z0, r0), new Point(z1, r1)), BoundaryKind.METAL, name);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.02, 0.002})
    void noEdgeSpansTheGap(double gap) {
        Mesh mesh = MeshGenerator.generate(slot(gap), MeshSettings.of(1, 0.03));
        double tol = 1e-12;
        int spanning = 0;
        for (int e = 0; e < mesh.elementCount(); e++) {
            for (int i = 0; i < 3; i++) {
                int a = mesh.node(e, i);
                int b = mesh.node(e, (i + 1) % 3);
                boolean aInner = Math.abs(mesh.r(a) - INNER) < tol;
                boolean bInner = Math.abs(mesh.r(b) - INNER) < tol;
                boolean aOuter = Math.abs(mesh.r(a) - INNER - gap) < tol;
                boolean bOuter = Math.abs(mesh.r(b) - INNER - gap) < tol;
                if ((aInner && bOuter) || (aOuter && bInner)) {
                    spanning++;
                }
            }
        }
        assertTrue(spanning == 0, spanning + " element edges join the two walls of a " + gap + " m gap");
        assertTrue(mesh.minAngleDeg() >= 25);
    }

    /** A 0.1 m x 0.1 m box with a 2 mm thick fin hanging from its top wall down to r = 0.03 m. */
    private static Contour boxWithFin() {
        return Contour.of(List.of(
                line(0, 0, 0.1, 0, "box.axis"),
                line(0.1, 0, 0.1, 0.1, "box.right"),
                line(0.1, 0.1, 0.051, 0.1, "box.topRight"),
                line(0.051, 0.1, 0.051, 0.03, "fin.right"),
                line(0.051, 0.03, 0.049, 0.03, "fin.tip"),
                line(0.049, 0.03, 0.049, 0.1, "fin.left"),
                line(0.049, 0.1, 0, 0.1, "box.topLeft"),
                line(0, 0.1, 0, 0, "box.left")));
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 5})
    void finFacesKeepTheBulkSize(int faceSegment) {
        double h = 0.01;
        Mesh mesh = MeshGenerator.generate(boxWithFin(), MeshSettings.of(1, h));
        double longest = 0;
        for (BoundaryEdge edge : mesh.boundaryEdges()) {
            if (edge.segment() == faceSegment) {
                int a = mesh.node(edge.element(), edge.localEdge());
                int b = mesh.node(edge.element(), (edge.localEdge() + 1) % 3);
                longest = Math.max(longest, Math.hypot(mesh.z(a) - mesh.z(b), mesh.r(a) - mesh.r(b)));
            }
        }
        assertTrue(longest > 0.5 * h, "fin face edges are at most " + longest + " m for a size of " + h + " m");
    }
}
