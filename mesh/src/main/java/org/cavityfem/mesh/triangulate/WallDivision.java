package org.cavityfem.mesh.triangulate;

import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.Point;
import org.cavityfem.mesh.geometry.Segment;

/**
 * Splits each contour segment into edges that follow the size field: N = ⌈∫ ds / h⌉ edges with
 * equal shares of ∫ ds / h, vertices at exact curve parameters.
 */
final class WallDivision {

    /** Table points per expected edge when inverting ∫ ds / h. */
    private static final int TABLE_PER_EDGE = 32;
    /** Lets a segment be up to 10 % of an element longer than N·h before it takes another edge. */
    private static final double ROUNDING_SLACK = 0.1;

    private WallDivision() {
    }

    /**
     * Vertex parameters of each segment, starting with t = 0 and excluding t = 1 (the start of
     * the next segment).
     */
    static double[][] divide(Contour contour, SizeField size, double maxArcAngle) {
        double[][] params = new double[contour.size()][];
        for (int s = 0; s < contour.size(); s++) {
            params[s] = divide(contour.segment(s).shape(), size, maxArcAngle);
        }
        return params;
    }

    private static double[] divide(Segment shape, SizeField size, double maxArcAngle) {
        int table = 64;
        double[] cumulative = tabulate(shape, size, maxArcAngle, table);
        double total = cumulative[table];
        if (total * TABLE_PER_EDGE > table) {
            table = (int) Math.min(1 << 24, Math.ceil(total) * TABLE_PER_EDGE);
            cumulative = tabulate(shape, size, maxArcAngle, table);
            total = cumulative[table];
        }
        int edges = Math.max(1, (int) Math.ceil(total - ROUNDING_SLACK));
        double[] t = new double[edges];
        int k = 0;
        for (int e = 1; e < edges; e++) {
            double target = total * e / edges;
            while (cumulative[k + 1] < target) {
                k++;
            }
            double f = (target - cumulative[k]) / (cumulative[k + 1] - cumulative[k]);
            t[e] = (k + f) / table;
        }
        return t;
    }

    /** ∫_0^{i/n} |p'(t)| / h(p(t)) dt for i = 0..n (trapezoid rule). */
    private static double[] tabulate(Segment shape, SizeField size, double maxArcAngle, int n) {
        double[] cumulative = new double[n + 1];
        double previous = density(shape, size, maxArcAngle, 0);
        for (int i = 1; i <= n; i++) {
            double current = density(shape, size, maxArcAngle, (double) i / n);
            cumulative[i] = cumulative[i - 1] + 0.5 * (previous + current) / n;
            previous = current;
        }
        return cumulative;
    }

    private static double density(Segment shape, SizeField size, double maxArcAngle, double t) {
        Point p = shape.pointAt(t);
        Point d = shape.derivativeAt(t);
        double h = Math.min(size.at(p.z(), p.r()), shape.curvatureRadiusAt(t) * maxArcAngle);
        return Math.sqrt(d.z() * d.z() + d.r() * d.r()) / h;
    }
}
