package org.cavityfem.postproc.plot;

/**
 * Wall fields along the metal walls, as plotted: points ordered by arc length.
 *
 * @param arcLength arc length along the walls (m), ascending
 * @param z axial position of each point (m)
 * @param r radius of each point (m)
 * @param magneticField tangential magnetic field H_t = H_phi on the wall (A/m)
 * @param normalElectricField normal electric field E_n on the wall (V/m)
 */
public record WallCurve(double[] arcLength, double[] z, double[] r, double[] magneticField,
        double[] normalElectricField) {

    public WallCurve {
        int n = arcLength.length;
        if (z.length != n || r.length != n || magneticField.length != n || normalElectricField.length != n) {
            throw new IllegalArgumentException("wall arrays differ in length");
        }
        if (n == 0) {
            throw new IllegalArgumentException("no wall points");
        }
    }

    /** Index of the point of largest |H_t|, the first one on ties. */
    public int magneticPeak() {
        return argMaxAbs(magneticField);
    }

    /** Index of the point of largest |E_n|, the first one on ties. */
    public int electricPeak() {
        return argMaxAbs(normalElectricField);
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
