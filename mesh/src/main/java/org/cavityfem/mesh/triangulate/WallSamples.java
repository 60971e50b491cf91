package org.cavityfem.mesh.triangulate;

import java.util.Arrays;
import java.util.Locale;
import org.cavityfem.mesh.geometry.Contour;
import org.cavityfem.mesh.geometry.InvalidGeometryException;
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
 *
 * <p>Resampling goes on until the spacing resolves every size, so a passage of any width is found.
 * A wall that asks for elements below {@value #THIN} of the contour's size (a passage or a radius of
 * curvature of some ten nanometres in a cavity of decimetres) is refused with the place that asks
 * for them, and a sampling that would need more than {@value #MAX_SAMPLES} samples stops and says
 * where ({@link #unresolved()}, refused by the mesh plan): such a mesh needs more elements than any
 * heap holds (and, near 1e-16 of the size, more digits than a double has), and refusing it here
 * takes the time of a few resampling passes instead of a meshing that cannot end.
 */
final class WallSamples {

    /** Samples per local element size; the gap width is known to about a quarter element. */
    private static final int PER_ELEMENT = 4;
    /** Smallest element size the wall may ask for, relative to the contour's bounding size. */
    static final double THIN = 1e-7;
    /**
     * Most samples the wall may need: a quarter as many wall edges, i.e. a mesh of well over a
     * million elements along the wall alone, more than the order-4 unknowns a heap of tens of
     * gigabytes can solve (study.MemoryBudget: 110 bytes per unknown and binary digit).
     */
    static final int MAX_SAMPLES = 2_000_000;
    /**
     * Passes made whatever the samples' number (each capped at {@value #MAX_PER_SEGMENT} per
     * segment); beyond them a pass needing more than {@link #MAX_SAMPLES} is not made.
     */
    private static final int FREE_PASSES = 4;
    /** Cap on samples per segment, against absurd size ratios. */
    private static final int MAX_PER_SEGMENT = 200_000;

    final double[] z;
    final double[] r;
    /** Element size asked for at each sample (m). */
    final double[] size;
    final int count;
    /**
     * Why the sampling stopped before it resolved every size (more than {@link #MAX_SAMPLES} samples
     * needed, and where), or null: the sizes are then too large near that place.
     */
    private String unresolved;
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
        double finest = THIN * contour.boundingSize();
        double[][] params = new double[n][];
        long needed = 0;
        for (int s = 0; s < n; s++) {
            Segment shape = contour.segment(s).shape();
            double radius = shape.minCurvatureRadius();
            double h = Math.min(elementSize, radius * maxArcAngle);
            if (h < finest) {
                throw new InvalidGeometryException(String.format(Locale.ROOT,
                        "%s curves with a radius of %.3g m (%s), asking for elements of %.3g m, less than %.0e of the "
                        + "cavity's %.3g m: a feature that fine cannot be meshed; give it a radius of curvature of at "
                        + "least %.3g m (for an elliptic arc, a smaller ratio of its semi-axes)",
                        contour.segment(s).name(), radius, shape.describe(), h, THIN, contour.boundingSize(),
                        finest / maxArcAngle));
            }
            params[s] = uniform(pieces(shape, 0, 1, h));
        }
        WallSamples samples = build(contour, params, elementSize, maxArcAngle);
        samples.checkFinest(contour, finest);
        // A gap narrower than the spacing is measured too wide (by up to half a spacing): sample
        // again between neighbours at a quarter of the smaller of their sizes until the spacing
        // resolves every size. Each pass divides the spacing near a passage by four at least, so
        // the finest size allowed is reached in a few dozen passes.
        for (int pass = 0; ; pass++) {
            boolean refined = false;
            needed = 0;
            int k = 0;
            for (int s = 0; s < n; s++) {
                Segment shape = contour.segment(s).shape();
                double[] t = params[s];
                double[] next = new double[t.length * 2 + 16];
                int m = 0;
                for (int i = 0; i < t.length; i++) {
                    double t1 = i + 1 < t.length ? t[i + 1] : 1.0;
                    double h = Math.min(samples.size[k + i], samples.size[(k + i + 1) % samples.count]);
                    int wanted = pieces(shape, t[i], t1, h);
                    needed += wanted;
                    int split = Math.min(wanted, Math.max(1, MAX_PER_SEGMENT / t.length));
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
            if (pass >= FREE_PASSES && needed > MAX_SAMPLES) {
                samples.unresolved = samples.overBudget(contour, elementSize);
                break;
            }
            samples = build(contour, params, elementSize, maxArcAngle);
            samples.checkFinest(contour, finest);
        }
        return samples;
    }

    /** Refuses sizes below {@code finest} (m), naming where the wall asks for the smallest. */
    private void checkFinest(Contour contour, double finest) {
        int best = finest();
        if (size[best] < finest) {
            throw new InvalidGeometryException(String.format(Locale.ROOT,
                    "the walls come within about %.3g m of each other near (z=%.6g m, r=%.6g m) on %s, asking for "
                    + "elements of %.3g m, less than %.0e of the cavity's %.3g m: a passage that thin cannot be "
                    + "meshed; widen it to at least %.3g m or close it",
                    2 * size[best], z[best], r[best], contour.segment(segment[best]).name(), size[best], THIN,
                    contour.boundingSize(), 2 * finest));
        }
    }

    /** Why a wall needing more than {@link #MAX_SAMPLES} samples is refused, naming its finest place. */
    private String overBudget(Contour contour, double elementSize) {
        int best = finest();
        return String.format(Locale.ROOT,
                "the walls need more than %,d samples at the element size %.3g m (they ask for elements of %.3g m and "
                + "less near (z=%.6g m, r=%.6g m) on %s): a mesh that fine is beyond any heap; raise "
                + "mesh.elementSize, or widen the narrow passage or the sharp curve there",
                MAX_SAMPLES, elementSize, size[best], z[best], r[best], contour.segment(segment[best]).name());
    }

    /**
     * Why the sampling stopped before its spacing resolved every size, or null when it did: the
     * sizes near that place are then too large, and the counts they predict too low.
     */
    String unresolved() {
        return unresolved;
    }

    /** Index of the sample asking for the smallest size. */
    private int finest() {
        int best = 0;
        for (int i = 1; i < count; i++) {
            if (size[i] < size[best]) {
                best = i;
            }
        }
        return best;
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
