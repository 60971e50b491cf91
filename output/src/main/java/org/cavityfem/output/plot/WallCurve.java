package org.cavityfem.output.plot;

/**
 * Wall fields along the metal walls, as plotted: points ordered by arc length, and the peaks.
 *
 * @param arcLength arc length along the walls (m), ascending
 * @param z axial position of each point (m)
 * @param r radius of each point (m)
 * @param magneticField tangential magnetic field H_t = H_phi on the wall (A/m)
 * @param normalElectricField normal electric field E_n on the wall (V/m)
 * @param magneticPeak where |H_t| is largest
 * @param electricPeak where |E_n| is largest
 */
public record WallCurve(double[] arcLength, double[] z, double[] r, double[] magneticField,
        double[] normalElectricField, Peak magneticPeak, Peak electricPeak) {

    /**
     * A peak of a wall field.
     *
     * @param arcLength s of the peak (m)
     * @param z axial position (m)
     * @param r radius (m)
     * @param value the peak magnitude (A/m or V/m)
     */
    public record Peak(double arcLength, double z, double r, double value) {
    }

    public WallCurve {
        int n = arcLength.length;
        if (z.length != n || r.length != n || magneticField.length != n || normalElectricField.length != n) {
            throw new IllegalArgumentException("wall arrays differ in length");
        }
        if (n == 0) {
            throw new IllegalArgumentException("no wall points");
        }
    }

    /** A wall curve whose peaks are its largest samples (the first one on ties). */
    public static WallCurve ofSamples(double[] arcLength, double[] z, double[] r, double[] magneticField,
            double[] normalElectricField) {
        int h = argMaxAbs(magneticField);
        int e = argMaxAbs(normalElectricField);
        return new WallCurve(arcLength, z, r, magneticField, normalElectricField,
                new Peak(arcLength[h], z[h], r[h], Math.abs(magneticField[h])),
                new Peak(arcLength[e], z[e], r[e], Math.abs(normalElectricField[e])));
    }

    private static int argMaxAbs(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (Math.abs(v[i]) > Math.abs(v[best])) {
                best = i;
            }
        }
        return best;
    }
}
