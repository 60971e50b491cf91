package org.cavityfem.output.plot;

/**
 * Leaves out the points of a drawn polyline that the image cannot show: a point is dropped when
 * every point between its neighbours that stay lies within {@link #TOLERANCE} pixels of the straight
 * segment that replaces them.
 *
 * <p>A wall trace has about 2 900 points on a plot about 1 000 pixels wide, three or more points per
 * pixel column where the curve is smooth. Replacing a run of points by the chord between its ends
 * when all of them lie within ε of that chord moves the line by at most ε both ways (the run is a
 * connected path from one end to the other, so its projection covers the chord; Hausdorff distance
 * ≤ ε), and so moves the edge of the stroked line (width 2.2 px, round joins) by at most ε. With
 * ε = 1/256 px, the horizontal step of Java2D's antialiasing rasteriser (Marlin: 256 sub-pixel
 * columns and 8 sample rows per pixel), a pixel's covered area changes by at most about
 * 2√2·ε ≈ 0.011 (both edges of the line crossing it), about 3 levels of 255. Where an edge runs
 * nearly along one of the 8 sample rows, that small a move can still carry it across the row's
 * centre, which changes the pixel by up to the row's share: 1/8 of full coverage, 32 levels.
 * {@code PixelThinningTest} renders the plots both ways and asserts that bound, on pixels touching
 * or bordering a curve only; on the tuned 9-cell's plots the largest change is 23 levels, on 0.28 %
 * of their pixels, a shift of an antialiased edge by a fraction of a pixel that the eye does not
 * see. The SVG carries the same thinned path: the tuned 9-cell's wall-field SVGs are 27 % smaller.
 *
 * <p>The classic per-column rule (first, last, minimum and maximum of each pixel column: M4) draws
 * the same pixels as the full curve without antialiasing, but keeps four points a column and so
 * leaves out nothing at three points a column; the chord rule here removes most points of smooth
 * stretches and keeps every sharp feature (a corner's point is far from any chord across it).
 *
 * <p>Runs are capped at {@link #MAX_RUN} points so the work stays linear in the number of points.
 */
final class PixelThinning {

    /** Largest distance (px) of a dropped point from the segment drawn instead. */
    static final float TOLERANCE = 1f / 256;

    /** Most points one chord may replace. */
    static final int MAX_RUN = 48;

    private PixelThinning() {
    }

    /**
     * The indices of the points of {@code x[from..to)}, {@code y[from..to)} (image coordinates, no
     * NaN) to keep, written to {@code keep} from 0; the first and last are always kept.
     *
     * @return how many were written
     */
    static int keep(float[] x, float[] y, int from, int to, int[] keep) {
        int n = 0;
        if (to <= from) {
            return 0;
        }
        keep[n++] = from;
        int anchor = from;
        int end = from + 1;
        while (end < to - 1) {
            int candidate = end + 1;
            if (candidate - anchor <= MAX_RUN && withinChord(x, y, anchor, candidate)) {
                end = candidate;
            } else {
                keep[n++] = end;
                anchor = end;
                end = anchor + 1;
            }
        }
        if (end < to && end > from) {
            keep[n++] = end;
        }
        return n;
    }

    /** Whether every point strictly between {@code a} and {@code b} lies within the tolerance of segment a–b. */
    private static boolean withinChord(float[] x, float[] y, int a, int b) {
        double ax = x[a];
        double ay = y[a];
        double dx = x[b] - ax;
        double dy = y[b] - ay;
        double length2 = dx * dx + dy * dy;
        double tolerance2 = (double) TOLERANCE * TOLERANCE;
        for (int i = a + 1; i < b; i++) {
            double px = x[i] - ax;
            double py = y[i] - ay;
            double t = length2 > 0 ? Math.max(0, Math.min(1, (px * dx + py * dy) / length2)) : 0;
            double ex = px - t * dx;
            double ey = py - t * dy;
            if (ex * ex + ey * ey > tolerance2) {
                return false;
            }
        }
        return true;
    }
}
