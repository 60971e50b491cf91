package org.cavityfem.mesh.triangulate;

import java.util.Arrays;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.Point;
import org.cavityfem.mesh.geometry.Segment;

/**
 * Dense points along the contour, each carrying the element size the wall asks for there: the
 * bulk size, the curvature bound ρ·maxArcAngle, and a gap bound that puts at least two elements
 * across any narrow passage (a thin iris, a coaxial gap, two walls closer than a few elements).
 *
 * <p>A point y of the contour counts as a separate wall seen from x when the contour between them
 * is more than twice as long as the straight distance |x − y|: the contour has to leave and come
 * back, so |x − y| is a passage width, not the chord of one smooth wall or of a corner. Tips of
 * thin features, where that ratio drops to π/2, are covered by the curvature bound instead.
 */
final class WallSamples {

    /** Samples per local element size; the gap width is known to about a quarter element. */
    private static final int PER_ELEMENT = 4;
    /** Cap on samples per segment, against absurd size ratios. */
    private static final int MAX_PER_SEGMENT = 200_000;

    final double[] z;
    final double[] r;
    /** Element size asked for at each sample (m). */
    final double[] size;
    /** Contour segment of each sample. */
    final int[] segment;
    final int count;

    private WallSamples(double[] z, double[] r, double[] size, int[] segment) {
        this.z = z;
        this.r = r;
        this.size = size;
        this.segment = segment;
        this.count = z.length;
    }

    /**
     * Samples the contour and sizes each sample.
     *
     * @param elementSize bulk element size (m)
     * @param maxArcAngle largest arc angle per element edge (rad)
     */
    static WallSamples of(Contour contour, double elementSize, double maxArcAngle) {
        int n = contour.size();
        double[][] params = new double[n][];
        for (int s = 0; s < n; s++) {
            Segment shape = contour.segment(s).shape();
            double h = Math.min(elementSize, shape.minCurvatureRadius() * maxArcAngle);
            params[s] = uniform(pieces(shape, 0, 1, h));
        }
        WallSamples coarse = build(contour, params, elementSize, maxArcAngle);
        // Where a gap asked for finer elements than the first spacing resolves, sample again
        // between neighbours at a quarter of the smaller of their sizes.
        int k = 0;
        for (int s = 0; s < n; s++) {
            Segment shape = contour.segment(s).shape();
            double[] t = params[s];
            double[] next = new double[t.length * 4 + 16];
            int m = 0;
            for (int i = 0; i < t.length; i++) {
                double t1 = i + 1 < t.length ? t[i + 1] : 1.0;
                double h = Math.min(coarse.size[k + i], coarse.size[(k + i + 1) % coarse.count]);
                int split = Math.min(pieces(shape, t[i], t1, h), Math.max(1, MAX_PER_SEGMENT / t.length));
                for (int j = 0; j < split; j++) {
                    if (m == next.length) {
                        next = Arrays.copyOf(next, 2 * m);
                    }
                    next[m++] = t[i] + (t1 - t[i]) * j / split;
                }
            }
            k += t.length;
            params[s] = Arrays.copyOf(next, m);
        }
        return build(contour, params, elementSize, maxArcAngle);
    }

    /** Pieces needed on [t0, t1] for a spacing of size / PER_ELEMENT along the arc. */
    private static int pieces(Segment shape, double t0, double t1, double size) {
        double speed = 0;
        for (int q = 0; q <= 8; q++) {
            Point d = shape.derivativeAt(t0 + (t1 - t0) * q / 8);
            speed = Math.max(speed, Math.hypot(d.z(), d.r()));
        }
        double arc = 1.1 * speed * (t1 - t0);
        return (int) Math.min(MAX_PER_SEGMENT, Math.max(1, Math.ceil(PER_ELEMENT * arc / size)));
    }

    private static double[] uniform(int pieces) {
        double[] t = new double[pieces];
        for (int i = 0; i < pieces; i++) {
            t[i] = (double) i / pieces;
        }
        return t;
    }

    /** Samples at the given parameters (each segment from t = 0, excluding t = 1: the next corner). */
    private static WallSamples build(Contour contour, double[][] params, double elementSize, double maxArcAngle) {
        int total = 0;
        for (double[] t : params) {
            total += t.length;
        }
        double[] z = new double[total];
        double[] r = new double[total];
        double[] size = new double[total];
        int[] seg = new int[total];
        int k = 0;
        for (int s = 0; s < params.length; s++) {
            Segment shape = contour.segment(s).shape();
            for (double t : params[s]) {
                Point p = shape.pointAt(t);
                z[k] = p.z();
                r[k] = p.r();
                size[k] = Math.min(elementSize, shape.curvatureRadiusAt(t) * maxArcAngle);
                seg[k++] = s;
            }
        }
        WallSamples w = new WallSamples(z, r, size, seg);
        w.applyGaps();
        return w;
    }

    /** Lowers each sample's size to half the width of the narrowest passage it borders. */
    private void applyGaps() {
        double[] along = new double[count + 1];
        for (int i = 0; i < count; i++) {
            int j = (i + 1) % count;
            along[i + 1] = along[i] + Math.hypot(z[j] - z[i], r[j] - r[i]);
        }
        double perimeter = along[count];
        double largest = 0;
        for (double h : size) {
            largest = Math.max(largest, h);
        }
        // Buckets a quarter of the longest reach wide: a few dozen per query wherever it is.
        PointBuckets buckets = new PointBuckets(z, r, 0.5 * largest);
        double[] gap = new double[count];
        for (int i = 0; i < count; i++) {
            final int from = i;
            double reach = 2 * size[i];
            gap[i] = buckets.nearest(z[i], r[i], reach, j -> {
                double dz = z[j] - z[from];
                double dr = r[j] - r[from];
                double d = Math.sqrt(dz * dz + dr * dr);
                double a = Math.abs(along[j] - along[from]);
                a = Math.min(a, perimeter - a);
                return a > 2 * d;
            });
        }
        for (int i = 0; i < count; i++) {
            if (gap[i] < Double.POSITIVE_INFINITY) {
                size[i] = Math.min(size[i], 0.5 * gap[i]);
            }
        }
    }
}
