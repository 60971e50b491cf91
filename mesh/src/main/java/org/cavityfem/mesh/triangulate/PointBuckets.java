package org.cavityfem.mesh.triangulate;

import java.util.function.IntPredicate;

/** Points sorted into square buckets for nearest-point queries within a given reach. */
final class PointBuckets {

    private final double[] z;
    private final double[] r;
    private final double z0;
    private final double r0;
    private final double cell;
    private final int nz;
    private final int nr;
    /** Points of bucket b are {@code items[start[b] .. start[b + 1] - 1]}. */
    private final int[] start;
    private final int[] items;

    /**
     * @param z point axial coordinates (m)
     * @param r point radial coordinates (m)
     * @param cellSize bucket side (m), positive
     */
    PointBuckets(double[] z, double[] r, double cellSize) {
        this.z = z;
        this.r = r;
        double zMin = Double.POSITIVE_INFINITY;
        double zMax = Double.NEGATIVE_INFINITY;
        double rMin = Double.POSITIVE_INFINITY;
        double rMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < z.length; i++) {
            zMin = Math.min(zMin, z[i]);
            zMax = Math.max(zMax, z[i]);
            rMin = Math.min(rMin, r[i]);
            rMax = Math.max(rMax, r[i]);
        }
        // At most about 16 buckets per point over the points' box (a long thin box too), whatever
        // cell size was asked for.
        double span = Math.max(zMax - zMin, rMax - rMin);
        double area = (zMax - zMin) * (rMax - rMin);
        int n = Math.max(1, z.length);
        this.cell = Math.max(cellSize, Math.max(Math.sqrt(area / (16.0 * n)), span / (16.0 * n)));
        this.z0 = zMin;
        this.r0 = rMin;
        this.nz = (int) ((zMax - zMin) / cell) + 1;
        this.nr = (int) ((rMax - rMin) / cell) + 1;
        start = new int[nz * nr + 1];
        for (int i = 0; i < z.length; i++) {
            start[bucket(i) + 1]++;
        }
        for (int b = 0; b < nz * nr; b++) {
            start[b + 1] += start[b];
        }
        int[] fill = start.clone();
        items = new int[z.length];
        for (int i = 0; i < z.length; i++) {
            items[fill[bucket(i)]++] = i;
        }
    }

    private int bucket(int i) {
        int iz = Math.min(nz - 1, (int) ((z[i] - z0) / cell));
        int ir = Math.min(nr - 1, (int) ((r[i] - r0) / cell));
        return ir * nz + iz;
    }

    /**
     * Distance from (qz, qr) to the nearest point within {@code reach} that {@code accept} takes,
     * or +∞ when there is none. Buckets are visited in rings of growing distance, and the search
     * stops at the first ring lying wholly beyond the nearest accepted point found: along a thin
     * passage the opposite wall is a ring or two away, while a search of the whole reach would visit
     * every point of the wall on either side (quadratic in the samples of a long thin domain).
     */
    double nearest(double qz, double qr, double reach, IntPredicate accept) {
        int iz0 = Math.max(0, (int) Math.floor((qz - reach - z0) / cell));
        int iz1 = Math.min(nz - 1, (int) Math.floor((qz + reach - z0) / cell));
        int ir0 = Math.max(0, (int) Math.floor((qr - reach - r0) / cell));
        int ir1 = Math.min(nr - 1, (int) Math.floor((qr + reach - r0) / cell));
        if (iz0 > iz1 || ir0 > ir1) {
            return Double.POSITIVE_INFINITY;
        }
        int cz = Math.max(iz0, Math.min(iz1, (int) Math.floor((qz - z0) / cell)));
        int cr = Math.max(ir0, Math.min(ir1, (int) Math.floor((qr - r0) / cell)));
        int rings = Math.max(Math.max(cz - iz0, iz1 - cz), Math.max(cr - ir0, ir1 - cr));
        double best2 = reach * reach;
        for (int ring = 0; ring <= rings; ring++) {
            // Every point of ring k lies at least (k - 1) cells from the query.
            double near = (ring - 1) * cell;
            if (ring > 1 && near * near >= best2) {
                break;
            }
            // The ring's rows at cr ± ring and its columns at cz ± ring between them, clipped to the reach.
            int zLo = Math.max(iz0, cz - ring);
            int zHi = Math.min(iz1, cz + ring);
            int rLo = Math.max(ir0, cr - ring + 1);
            int rHi = Math.min(ir1, cr + ring - 1);
            if (cr - ring >= ir0) {
                best2 = scanRow(cr - ring, zLo, zHi, qz, qr, best2, accept);
            }
            if (ring > 0 && cr + ring <= ir1) {
                best2 = scanRow(cr + ring, zLo, zHi, qz, qr, best2, accept);
            }
            if (ring > 0 && cz - ring >= iz0) {
                best2 = scanColumn(cz - ring, rLo, rHi, qz, qr, best2, accept);
            }
            if (ring > 0 && cz + ring <= iz1) {
                best2 = scanColumn(cz + ring, rLo, rHi, qz, qr, best2, accept);
            }
        }
        return best2 < reach * reach ? Math.sqrt(best2) : Double.POSITIVE_INFINITY;
    }

    private double scanRow(int ir, int zLo, int zHi, double qz, double qr, double best2, IntPredicate accept) {
        double best = best2;
        for (int iz = zLo; iz <= zHi; iz++) {
            best = scanBucket(ir * nz + iz, qz, qr, best, accept);
        }
        return best;
    }

    private double scanColumn(int iz, int rLo, int rHi, double qz, double qr, double best2, IntPredicate accept) {
        double best = best2;
        for (int ir = rLo; ir <= rHi; ir++) {
            best = scanBucket(ir * nz + iz, qz, qr, best, accept);
        }
        return best;
    }

    /** The smaller of best2 and the squared distance to the nearest accepted point of bucket b. */
    private double scanBucket(int b, double qz, double qr, double best2, IntPredicate accept) {
        double best = best2;
        for (int k = start[b]; k < start[b + 1]; k++) {
            int j = items[k];
            double dz = z[j] - qz;
            double dr = r[j] - qr;
            double d2 = dz * dz + dr * dr;
            if (d2 < best && accept.test(j)) {
                best = d2;
            }
        }
        return best;
    }
}
