package org.cavityfem.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cavityfem.mesh.geometry.CircularArc;
import org.cavityfem.mesh.geometry.Point;
import org.junit.jupiter.api.Test;

/**
 * The blended map's Jacobian is continuous up to the element's edges and vertices: on the two
 * straight edges the blend vanishes but its derivative across them does not, so the Jacobian
 * there must be the limit of the Jacobian inside.
 */
class CurvedElementMapTest {

    /** Sector of the unit circle: edge 0 from (1, 0) to (cos 60°, sin 60°) on the arc, vertex 2 at the centre. */
    private static CurvedElementMap sector() {
        CurvedElementMap map = new CurvedElementMap();
        double angle = Math.PI / 3;
        map.reset(1, 0, Math.cos(angle), Math.sin(angle), 0.2, 0.1);
        map.curve(0, new CircularArc(new Point(0, 0), 1, 0, angle), 0, 1);
        return map;
    }

    @Test
    void jacobianOnEdgesAndVerticesIsTheLimitFromInside() {
        CurvedElementMap map = sector();
        double[][] points = {{0, 0}, {1, 0}, {0, 1}, {0, 0.5}, {0.5, 0.5}, {0, 0.2}, {0.7, 0.3}};
        double inset = 1e-7;
        for (double[] p : points) {
            double[] on = new double[6];
            double[] in = new double[6];
            map.evaluate(p[0], p[1], on);
            map.evaluate(p[0] + inset * (1.0 / 3 - p[0]), p[1] + inset * (1.0 / 3 - p[1]), in);
            for (int k = 0; k < 6; k++) {
                assertEquals(in[k], on[k], 1e-5, "component " + k + " at (" + p[0] + ", " + p[1] + ")");
            }
        }
    }

    @Test
    void edgeFollowsTheArcExactly() {
        CurvedElementMap map = sector();
        for (double s = 0; s <= 1; s += 0.125) {
            Point x = map.map(s, 0);
            assertEquals(1, Math.hypot(x.z(), x.r()), 1e-15);
        }
    }
}
