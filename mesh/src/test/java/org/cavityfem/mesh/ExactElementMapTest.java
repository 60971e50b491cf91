package org.cavityfem.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cavityfem.fem.CurvedEdge;
import org.cavityfem.fem.ElementMap;
import org.cavityfem.fem.MapPoint;
import org.cavityfem.mesh.geometry.CircularArc;
import org.cavityfem.mesh.geometry.Point;
import org.junit.jupiter.api.Test;

/**
 * The exact map of an element on a contour arc: its Jacobian is continuous up to the element's
 * edges and vertices (on the two straight edges the blend vanishes but its derivative across them
 * does not, so the Jacobian there must be the limit of the Jacobian inside), and its curved edge
 * is the arc.
 */
class ExactElementMapTest {

    /** Sector of the unit circle: edge 0 from (1, 0) to (cos 60°, sin 60°) on the arc, vertex 2 at the centre. */
    private static ElementMap sector() {
        double angle = Math.PI / 3;
        return ElementMap.exact(new double[] {1, Math.cos(angle), 0.2}, new double[] {0, Math.sin(angle), 0.1},
                List.of(new CurvedEdge(0, new CircularArc(new Point(0, 0), 1, 0, angle), 0, 1)));
    }

    private static double[] components(MapPoint x) {
        return new double[] {x.z(), x.r(), x.zXi(), x.zEta(), x.rXi(), x.rEta()};
    }

    @Test
    void jacobianOnEdgesAndVerticesIsTheLimitFromInside() {
        ElementMap map = sector();
        double[][] points = {{0, 0}, {1, 0}, {0, 1}, {0, 0.5}, {0.5, 0.5}, {0, 0.2}, {0.7, 0.3}};
        double inset = 1e-7;
        MapPoint x = new MapPoint();
        for (double[] p : points) {
            map.evaluate(p[0], p[1], x);
            double[] on = components(x);
            map.evaluate(p[0] + inset * (1.0 / 3 - p[0]), p[1] + inset * (1.0 / 3 - p[1]), x);
            double[] in = components(x);
            for (int k = 0; k < 6; k++) {
                assertEquals(in[k], on[k], 1e-5, "component " + k + " at (" + p[0] + ", " + p[1] + ")");
            }
        }
    }

    @Test
    void edgeFollowsTheArcExactly() {
        ElementMap map = sector();
        for (double s = 0; s <= 1; s += 0.125) {
            double[] x = map.point(s, 0);
            assertEquals(1, Math.hypot(x[0], x[1]), 1e-15);
        }
    }
}
