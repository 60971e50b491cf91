package org.cavityfem.analysis.fieldmap;

/**
 * A rectangular grid of points over z_min ≤ z ≤ z_max, r_min ≤ r ≤ r_max: nz × nr intervals,
 * (nz + 1)(nr + 1) points, the ends included (as Superfish's SF7 counts them).
 *
 * @param zMin first z (m)
 * @param zMax last z (m), above zMin
 * @param nz intervals along z, at least 1
 * @param rMin first r (m), at least 0
 * @param rMax last r (m), above rMin
 * @param nr intervals along r, at least 1
 */
public record GridSpec(double zMin, double zMax, int nz, double rMin, double rMax, int nr) {

    public GridSpec {
        if (nz < 1 || nr < 1) {
            throw new IllegalArgumentException("a field map grid needs at least 1 interval along z and along r, got "
                    + nz + " x " + nr);
        }
        if (!(zMax > zMin) || !(rMax > rMin) || !(rMin >= 0)) {
            throw new IllegalArgumentException("a field map grid needs z_min < z_max and 0 <= r_min < r_max, got z "
                    + zMin + " ... " + zMax + " m, r " + rMin + " ... " + rMax + " m");
        }
    }

    /** z of point column i (m), 0 ≤ i ≤ nz. */
    public double z(int i) {
        return i == nz ? zMax : zMin + (zMax - zMin) * i / nz;
    }

    /** r of point row j (m), 0 ≤ j ≤ nr. */
    public double r(int j) {
        return j == nr ? rMax : rMin + (rMax - rMin) * j / nr;
    }

    /** Number of points, (nz + 1)(nr + 1). */
    public int points() {
        return (nz + 1) * (nr + 1);
    }
}
