package org.cavityfem.mesh.triangulate;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import org.cavityfem.mesh.geometry.Contour;

/**
 * Target element edge length h(z, r) over the meridian domain:
 * h(x) = min(elementSize, min_i (h_i + (grading − 1)·|x − x_i|)) over wall samples x_i with sizes
 * h_i (bulk, curvature and gap bounds, see {@link WallSamples}). A minimum of cones of slope
 * grading − 1 is Lipschitz with that slope, so elements one size apart differ by at most the
 * factor {@code grading}.
 *
 * <p>Evaluation is O(1): every node of a background grid remembers the sample whose cone is lowest
 * there (propagated between neighbouring nodes by raster sweeps), and a query takes the lowest of
 * the cones its grid cell's four corners remember and of the samples lying in the 3 x 3 cells
 * around it. The second part keeps sizes exact next to features smaller than a grid cell, so the
 * grid can stay coarse.
 */
public final class SizeField {

    /** Background grid nodes at most; beyond a cell from a sample, a coarser grid only blurs sizes slightly. */
    private static final int MAX_GRID_NODES = 250_000;
    private static final double EQUILATERAL_AREA = Math.sqrt(3) / 4;
    /** Triangles a segment much shorter than the local size adds (measured, see shortSegmentTriangles). */
    private static final double SHORT_SEGMENT_TRIANGLES = 4;
    /** Mean sample spacings per grid cell at most. */
    private static final double SAMPLES_PER_CELL = 4;

    private final double maxSize;
    private final double slope;
    private final WallSamples samples;
    private final double z0;
    private final double r0;
    private final double cell;
    private final int nz;
    private final int nr;
    private final int[] owner;
    /** Samples lying in grid cell k: {@code cellSamples[cellStart[k] .. cellStart[k + 1] - 1]}. */
    private final int[] cellStart;
    private final int[] cellSamples;
    private final double expectedTriangles;
    private final double minSize;
    /** Singular joints the size grades towards, and the size asked for at each (m). */
    private final SingularGrading singular;
    /** A further local bound h(z, r) (m), e.g. from error indicators of an earlier solve; null for none. */
    private final DoubleBinaryOperator local;

    private SizeField(Contour contour, double elementSize, double maxArcAngle, double grading, int order,
            boolean singularRefinement, double gradingAccuracy) {
        this.maxSize = elementSize;
        this.slope = grading - 1;
        this.samples = WallSamples.of(contour, elementSize, maxArcAngle);
        double zMin = Double.POSITIVE_INFINITY;
        double zMax = Double.NEGATIVE_INFINITY;
        double rMin = Double.POSITIVE_INFINITY;
        double rMax = Double.NEGATIVE_INFINITY;
        double hMin = elementSize;
        for (int i = 0; i < samples.count; i++) {
            zMin = Math.min(zMin, samples.z[i]);
            zMax = Math.max(zMax, samples.z[i]);
            rMin = Math.min(rMin, samples.r[i]);
            rMax = Math.max(rMax, samples.r[i]);
            hMin = Math.min(hMin, samples.size[i]);
        }
        double area = (zMax - zMin) * (rMax - rMin);
        double span = Math.max(zMax - zMin, rMax - rMin);
        double c = Math.min(0.5 * hMin, span / 8);
        // Many short segments put their samples closer than the sizes ask for (every segment has
        // one): cells of a few mean spacings keep the samples a query looks at few, where cells of
        // half the size would hold hundreds and make meshing quadratic in the number of segments.
        c = Math.min(c, SAMPLES_PER_CELL * samples.perimeter() / samples.count);
        c = Math.max(c, Math.sqrt(area / MAX_GRID_NODES));
        this.cell = c;
        this.z0 = zMin - c;
        this.r0 = rMin - c;
        this.nz = (int) Math.ceil((zMax - zMin) / c) + 3;
        this.nr = (int) Math.ceil((rMax - rMin) / c) + 3;
        this.owner = new int[nz * nr];
        this.cellStart = new int[nz * nr + 1];
        this.cellSamples = new int[samples.count];
        bucketSamples();
        propagate();
        this.singular = singularRefinement ? SingularGrading.of(contour, order, gradingAccuracy, this::wallSize)
                : SingularGrading.none();
        this.minSize = Math.min(hMin, singular.minSize());
        this.expectedTriangles = integrateTriangles() + singular.expectedTriangles(EQUILATERAL_AREA)
                + shortSegmentTriangles(contour);
        this.local = null;
    }

    /** This field bounded further by {@code local}, with its triangle estimate raised by {@code extra}. */
    private SizeField(SizeField base, DoubleBinaryOperator local, double extra) {
        this.maxSize = base.maxSize;
        this.slope = base.slope;
        this.samples = base.samples;
        this.z0 = base.z0;
        this.r0 = base.r0;
        this.cell = base.cell;
        this.nz = base.nz;
        this.nr = base.nr;
        this.owner = base.owner;
        this.cellStart = base.cellStart;
        this.cellSamples = base.cellSamples;
        this.singular = base.singular;
        this.minSize = base.minSize;
        this.expectedTriangles = base.expectedTriangles + extra;
        this.local = base.local == null ? local : (z, r) -> Math.min(base.local.applyAsDouble(z, r),
                local.applyAsDouble(z, r));
    }

    /**
     * This size field, bounded further by a local size: h'(z, r) = min(h(z, r), local(z, r)). Used by
     * adaptive refinement, whose local sizes come from the error indicators of an earlier solve; the
     * caller keeps {@code local} graded (neighbouring sizes within a moderate factor).
     *
     * @param local target edge length at (z, r) (m), positive
     * @param extraTriangles how many more triangles than this field's estimate the bound asks for
     *     (a count estimate that sizes the refinement's allowance)
     */
    public SizeField limitedBy(DoubleBinaryOperator local, double extraTriangles) {
        return new SizeField(this, local, Math.max(0, extraTriangles));
    }

    /**
     * Size field of a contour.
     *
     * @param elementSize bulk element size (m)
     * @param maxArcAngle largest arc angle an element edge may subtend on a curved wall (rad)
     * @param grading largest size ratio of neighbouring elements (> 1)
     */
    public static SizeField of(Contour contour, double elementSize, double maxArcAngle, double grading) {
        return new SizeField(contour, elementSize, maxArcAngle, grading, 1, false, Double.NaN);
    }

    /**
     * Size field of a contour graded geometrically towards its singular joints
     * ({@link SingularGrading}).
     *
     * @param elementSize bulk element size (m)
     * @param maxArcAngle largest arc angle an element edge may subtend on a curved wall (rad)
     * @param grading largest size ratio of neighbouring elements away from singular joints (> 1)
     * @param order Lagrange order of the elements: sets how far the grading goes
     * @param singularRefinement whether to grade towards singular joints
     */
    public static SizeField of(Contour contour, double elementSize, double maxArcAngle, double grading, int order,
            boolean singularRefinement) {
        return of(contour, elementSize, maxArcAngle, grading, order, singularRefinement, Double.NaN);
    }

    /**
     * Size field of a contour graded towards its singular joints for a relative accuracy rather than
     * for the order's bulk error ({@link SingularGrading}).
     *
     * @param gradingAccuracy the relative accuracy the grading is made for; NaN for the order's bulk error
     */
    public static SizeField of(Contour contour, double elementSize, double maxArcAngle, double grading, int order,
            boolean singularRefinement, double gradingAccuracy) {
        return new SizeField(contour, elementSize, maxArcAngle, grading, order, singularRefinement, gradingAccuracy);
    }

    /** Target edge length at (z, r) (m). */
    public double at(double z, double r) {
        double h = Math.min(wallSize(z, r), singular.at(z, r));
        return local == null ? h : Math.min(h, local.applyAsDouble(z, r));
    }

    /** Target edge length from the wall samples alone (m). */
    private double wallSize(double z, double r) {
        double fz = (z - z0) / cell;
        double fr = (r - r0) / cell;
        int iz = Math.max(0, Math.min(nz - 2, (int) fz));
        int ir = Math.max(0, Math.min(nr - 2, (int) fr));
        int k = ir * nz + iz;
        double h = maxSize;
        h = Math.min(h, cone(owner[k], z, r));
        h = Math.min(h, cone(owner[k + 1], z, r));
        h = Math.min(h, cone(owner[k + nz], z, r));
        h = Math.min(h, cone(owner[k + nz + 1], z, r));
        for (int jr = Math.max(0, ir - 1); jr <= Math.min(nr - 1, ir + 1); jr++) {
            for (int jz = Math.max(0, iz - 1); jz <= Math.min(nz - 1, iz + 1); jz++) {
                int cellIndex = jr * nz + jz;
                for (int q = cellStart[cellIndex]; q < cellStart[cellIndex + 1]; q++) {
                    h = Math.min(h, cone(cellSamples[q], z, r));
                }
            }
        }
        return h;
    }

    private int cellOf(int sample) {
        int iz = Math.max(0, Math.min(nz - 1, (int) ((samples.z[sample] - z0) / cell)));
        int ir = Math.max(0, Math.min(nr - 1, (int) ((samples.r[sample] - r0) / cell)));
        return ir * nz + iz;
    }

    private void bucketSamples() {
        for (int s = 0; s < samples.count; s++) {
            cellStart[cellOf(s) + 1]++;
        }
        for (int k = 0; k < nz * nr; k++) {
            cellStart[k + 1] += cellStart[k];
        }
        int[] fill = Arrays.copyOf(cellStart, nz * nr);
        for (int s = 0; s < samples.count; s++) {
            cellSamples[fill[cellOf(s)]++] = s;
        }
    }

    /**
     * Where the walls ask for their smallest size (curvature or a narrow passage; the grading
     * towards singular joints is left out, its small sizes are meant): the wall sample's segment
     * index, coordinates and size {segment, z (m), r (m), size (m)}.
     */
    public double[] finestWall() {
        int best = 0;
        for (int i = 1; i < samples.count; i++) {
            if (samples.size[i] < samples.size[best]) {
                best = i;
            }
        }
        return new double[] {samples.segmentOf(best), samples.z[best], samples.r[best], samples.size[best]};
    }

    /**
     * Why the wall sampling stopped before it resolved every size (too many samples needed, and
     * where), or null when it resolved them: the sizes, and the counts they predict, are then too
     * large near that place.
     */
    public String unresolvedWall() {
        return samples.unresolved();
    }

    /** Smallest size asked for anywhere on the wall (m). */
    public double minSize() {
        return minSize;
    }

    /** Bulk element size (m). */
    public double maxSize() {
        return maxSize;
    }

    /** Number of equilateral triangles of the local size that fill the domain: a count estimate. */
    public double expectedTriangles() {
        return expectedTriangles;
    }

    private double cone(int sample, double z, double r) {
        if (sample < 0) {
            return Double.POSITIVE_INFINITY;
        }
        double dz = z - samples.z[sample];
        double dr = r - samples.r[sample];
        // sqrt rather than Math.hypot: this is the innermost loop, and the overflow guard is not needed.
        return samples.size[sample] + slope * Math.sqrt(dz * dz + dr * dr);
    }

    private void propagate() {
        Arrays.fill(owner, -1);
        for (int s = 0; s < samples.count; s++) {
            int iz = (int) ((samples.z[s] - z0) / cell);
            int ir = (int) ((samples.r[s] - r0) / cell);
            for (int jr = Math.max(0, ir - 1); jr <= Math.min(nr - 1, ir + 2); jr++) {
                for (int jz = Math.max(0, iz - 1); jz <= Math.min(nz - 1, iz + 2); jz++) {
                    offer(jr * nz + jz, s);
                }
            }
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int ir = 0; ir < nr; ir++) {
                for (int iz = 0; iz < nz; iz++) {
                    int k = ir * nz + iz;
                    if (iz > 0) {
                        offer(k, owner[k - 1]);
                    }
                    if (ir > 0) {
                        offer(k, owner[k - nz]);
                        if (iz > 0) {
                            offer(k, owner[k - nz - 1]);
                        }
                        if (iz < nz - 1) {
                            offer(k, owner[k - nz + 1]);
                        }
                    }
                }
            }
            for (int ir = nr - 1; ir >= 0; ir--) {
                for (int iz = nz - 1; iz >= 0; iz--) {
                    int k = ir * nz + iz;
                    if (iz < nz - 1) {
                        offer(k, owner[k + 1]);
                    }
                    if (ir < nr - 1) {
                        offer(k, owner[k + nz]);
                        if (iz < nz - 1) {
                            offer(k, owner[k + nz + 1]);
                        }
                        if (iz > 0) {
                            offer(k, owner[k + nz - 1]);
                        }
                    }
                }
            }
        }
    }

    /** Makes sample s the owner of grid node k if its cone is lower there. */
    private void offer(int k, int s) {
        if (s < 0 || s == owner[k]) {
            return;
        }
        double nodeZ = z0 + (k % nz) * cell;
        double nodeR = r0 + (k / nz) * cell;
        if (owner[k] < 0 || cone(s, nodeZ, nodeR) < cone(owner[k], nodeZ, nodeR)) {
            owner[k] = s;
        }
    }

    /**
     * Sums cell area over equilateral-triangle area at the cell centres inside the wall polygon.
     * Rows are a grid cell apart, or a quarter of the domain's height when it is thinner than four
     * cells (a long thin gap); an interval of a row too short to hold a column centre (a domain
     * thinner than a cell along z) counts with its length at its midpoint, so that a thin domain is
     * never missed between the sampling points.
     */
    private double integrateTriangles() {
        int n = samples.count;
        double rMin = Double.POSITIVE_INFINITY;
        double rMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            rMin = Math.min(rMin, samples.r[i]);
            rMax = Math.max(rMax, samples.r[i]);
        }
        double dr = rMax > rMin ? Math.min(cell, (rMax - rMin) / 4) : cell;
        int rows = (int) Math.ceil((rMax - rMin) / dr) + 1;
        int[] rowStart = new int[rows + 1];
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            int lo = firstRow(Math.min(samples.r[i], samples.r[j]), rMin, dr, rows);
            int hi = firstRow(Math.max(samples.r[i], samples.r[j]), rMin, dr, rows);
            for (int row = lo; row < hi; row++) {
                rowStart[row + 1]++;
            }
        }
        for (int row = 0; row < rows; row++) {
            rowStart[row + 1] += rowStart[row];
        }
        double[] crossing = new double[rowStart[rows]];
        int[] fill = rowStart.clone();
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double ra = samples.r[i];
            double rb = samples.r[j];
            int lo = firstRow(Math.min(ra, rb), rMin, dr, rows);
            int hi = firstRow(Math.max(ra, rb), rMin, dr, rows);
            for (int row = lo; row < hi; row++) {
                double rc = rMin + (row + 0.5) * dr;
                double f = (rc - ra) / (rb - ra);
                crossing[fill[row]++] = samples.z[i] + f * (samples.z[j] - samples.z[i]);
            }
        }
        double total = 0;
        for (int row = 0; row < rows; row++) {
            Arrays.sort(crossing, rowStart[row], rowStart[row + 1]);
            double rc = rMin + (row + 0.5) * dr;
            for (int k = rowStart[row]; k + 1 < rowStart[row + 1]; k += 2) {
                int first = (int) Math.ceil((crossing[k] - z0) / cell - 0.5);
                int last = (int) Math.floor((crossing[k + 1] - z0) / cell - 0.5);
                if (first > last) {
                    double h = at(0.5 * (crossing[k] + crossing[k + 1]), rc);
                    total += (crossing[k + 1] - crossing[k]) * dr / (EQUILATERAL_AREA * h * h);
                }
                for (int col = first; col <= last; col++) {
                    double h = at(z0 + (col + 0.5) * cell, rc);
                    total += cell * dr / (EQUILATERAL_AREA * h * h);
                }
            }
        }
        return total;
    }

    /**
     * Triangles that segments shorter than the size asked for add: each is at least one wall edge,
     * and the refinement grades from its length L up to the local size h. Along a wall of such
     * segments that is a strip whose count per segment, ∫ L dd / (a (L + κ d)²) = (1 − L/h)/(a κ),
     * is a constant; {@value #SHORT_SEGMENT_TRIANGLES} is what the refinement makes (κ ≈ 0.6),
     * measured on half discs written as polygons of 100 to 10 000 segments.
     */
    private double shortSegmentTriangles(Contour contour) {
        double total = 0;
        for (var s : contour.segments()) {
            var mid = s.shape().pointAt(0.5);
            double h = wallSize(mid.z(), mid.r());
            double length = s.shape().length();
            if (length < h) {
                total += SHORT_SEGMENT_TRIANGLES * (1 - length / h);
            }
        }
        return total;
    }

    /** First row (of height dr from rMin) whose centre lies at or above r. */
    private static int firstRow(double r, double rMin, double dr, int rows) {
        return Math.max(0, Math.min(rows, (int) Math.ceil((r - rMin) / dr - 0.5)));
    }
}
