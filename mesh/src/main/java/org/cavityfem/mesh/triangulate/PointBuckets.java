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
        // At most about 16 buckets per point, whatever cell size was asked for.
        double span = Math.max(zMax - zMin, rMax - rMin);
        this.cell = Math.max(cellSize, span / Math.max(1, Math.sqrt(z.length) * 4));
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
     * or +∞ when there is none.
     */
    double nearest(double qz, double qr, double reach, IntPredicate accept) {
        int iz0 = Math.max(0, (int) Math.floor((qz - reach - z0) / cell));
        int iz1 = Math.min(nz - 1, (int) Math.floor((qz + reach - z0) / cell));
        int ir0 = Math.max(0, (int) Math.floor((qr - reach - r0) / cell));
        int ir1 = Math.min(nr - 1, (int) Math.floor((qr + reach - r0) / cell));
        double best2 = reach * reach;
        boolean found = false;
        for (int ir = ir0; ir <= ir1; ir++) {
            for (int iz = iz0; iz <= iz1; iz++) {
                int b = ir * nz + iz;
                for (int k = start[b]; k < start[b + 1]; k++) {
                    int j = items[k];
                    double dz = z[j] - qz;
                    double dr = r[j] - qr;
                    double d2 = dz * dz + dr * dr;
                    if (d2 < best2 && accept.test(j)) {
                        best2 = d2;
                        found = true;
                    }
                }
            }
        }
        return found ? Math.sqrt(best2) : Double.POSITIVE_INFINITY;
    }
}
