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
 * <p>A point y of the contour counts as the opposite wall of a passage seen from x when the contour
 * between them is more than twice as long as the straight distance |x − y| (the contour has to
 * leave and come back, so |x − y| is a passage width, not the chord of one smooth wall or of a
 * corner) and the two walls face each other across the domain (each lies within 60° of the
 * other's inward normal; walls facing each other through metal, like the two faces of a thin
 * iris, do not count). Tips of thin features, where the length ratio drops to π/2, are covered by
 * the curvature bound instead. The two walls of a corner sharper than 60° are not a passage: its
 * width shrinks to nothing at the apex, and {@link SharpCorners} handles it.
 */
final class WallSamples {

    /** Samples per local element size; the gap width is known to about a quarter element. */
    private static final int PER_ELEMENT = 4;
    /** Resampling passes at most; each brings the spacing to a quarter of the sizes found so far. */
    private static final int MAX_PASSES = 4;
    /** Cap on samples per segment, against absurd size ratios. */
    private static final int MAX_PER_SEGMENT = 200_000;

    final double[] z;
    final double[] r;
    /** Element size asked for at each sample (m). */
    final double[] size;
    final int count;
    /** Unit inward normal (left of the contour direction). */
    private final double[] normalZ;
    private final double[] normalR;
    private final int[] segment;

    private WallSamples(double[] z, double[] r, double[] size, double[] normalZ, double[] normalR, int[] segment) {
        this.z = z;
        this.r = r;
        this.size = size;
        this.normalZ = normalZ;
        this.normalR = normalR;
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
        WallSamples samples = build(contour, params, elementSize, maxArcAngle);
        // A gap narrower than the spacing is measured too wide (by up to half a spacing): sample
        // again between neighbours at a quarter of the smaller of their sizes until the spacing
        // resolves every size.
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            boolean refined = false;
            int k = 0;
            for (int s = 0; s < n; s++) {
                Segment shape = contour.segment(s).shape();
                double[] t = params[s];
                double[] next = new double[t.length * 2 + 16];
                int m = 0;
                for (int i = 0; i < t.length; i++) {
                    double t1 = i + 1 < t.length ? t[i + 1] : 1.0;
                    double h = Math.min(samples.size[k + i], samples.size[(k + i + 1) % samples.count]);
                    int split = Math.min(pieces(shape, t[i], t1, h), Math.max(1, MAX_PER_SEGMENT / t.length));
                    refined |= split > 1;
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
            if (!refined) {
                break;
            }
            samples = build(contour, params, elementSize, maxArcAngle);
        }
        return samples;
    }

    /** Index of the segment sample i lies on. */
    int segmentOf(int i) {
        return segment[i];
    }

    /** Length of the polygon through the samples (m). */
    double perimeter() {
        double total = 0;
        for (int i = 0; i < count; i++) {
            int j = (i + 1) % count;
            total += Math.hypot(z[j] - z[i], r[j] - r[i]);
        }
        return total;
    }

    /** Pieces needed on [t0, t1] for a spacing of size / PER_ELEMENT along the arc. */
    private static int pieces(Segment shape, double t0, double t1, double size) {
        double speed = 0;
        for (int q = 0; q <= 8; q++) {
            Point d = shape.derivativeAt(t0 + (t1 - t0) * q / 8);
            speed = Math.max(speed, Math.hypot(d.z(), d.r()));
        }
        double arc = speed * (t1 - t0);
        // The small allowance keeps an interval that is already fine enough from splitting on rounding.
        return (int) Math.min(MAX_PER_SEGMENT, Math.max(1, Math.ceil(PER_ELEMENT * arc / size - 1e-6)));
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
        double[] nz = new double[total];
        double[] nr = new double[total];
        int[] seg = new int[total];
        int k = 0;
        for (int s = 0; s < params.length; s++) {
            Segment shape = contour.segment(s).shape();
            for (double t : params[s]) {
                Point p = shape.pointAt(t);
                Point d = shape.derivativeAt(t);
                double speed = Math.sqrt(d.z() * d.z() + d.r() * d.r());
                z[k] = p.z();
                r[k] = p.r();
                nz[k] = -d.r() / speed;
                nr[k] = d.z() / speed;
                seg[k] = s;
                size[k++] = Math.min(elementSize, shape.curvatureRadiusAt(t) * maxArcAngle);
            }
        }
        WallSamples w = new WallSamples(z, r, size, nz, nr, seg);
        w.applyGaps(SharpCorners.sharpStarts(contour));
        return w;
    }

    /** Lowers each sample's size to half the width of the narrowest passage it borders. */
    private void applyGaps(boolean[] sharpStart) {
        int segments = sharpStart.length;
        double[] along = new double[count + 1];
        for (int i = 0; i < count; i++) {
            int j = (i + 1) % count;
            along[i + 1] = along[i] + Math.hypot(z[j] - z[i], r[j] - r[i]);
        }
        double perimeter = along[count];
        // Buckets two mean sample spacings wide (PointBuckets keeps at most about 16 per sample):
        // a few samples each, and the ring search stops at the nearest passage.
        PointBuckets buckets = new PointBuckets(z, r, 2 * perimeter / count);
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
                boolean facing = dz * normalZ[from] + dr * normalR[from] >= 0.5 * d
                        && -(dz * normalZ[j] + dr * normalR[j]) >= 0.5 * d;
                int si = segment[from];
                int sj = segment[j];
                boolean sameSharpCorner = (sj == (si + 1) % segments && sharpStart[sj])
                        || (si == (sj + 1) % segments && sharpStart[si]);
                return a > 2 * d && facing && !sameSharpCorner;
            });
        }
        for (int i = 0; i < count; i++) {
            if (gap[i] < Double.POSITIVE_INFINITY) {
                size[i] = Math.min(size[i], 0.5 * gap[i]);
            }
        }
    }
}
