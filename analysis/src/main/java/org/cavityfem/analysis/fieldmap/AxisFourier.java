package org.cavityfem.analysis.fieldmap;

import org.cavityfem.analysis.field.AxisProfile;
import org.cavityfem.analysis.field.FieldSample;
import org.cavityfem.analysis.field.ModeField;

/**
 * The Fourier series of the on-axis field E_z(0, z) over its axial extent [z0, z0 + L], in the form
 * Impact-T's rfdata files hold it (Impact-T manual, the "rfdata" Fourier coefficients of the SolRF
 * and EMfld elements):
 *
 * <pre>  E_z(z) / E_peak = a0/2 + Σ_{n=1..N} a_n cos(2πn(z − z_mid)/L) + b_n sin(2πn(z − z_mid)/L)</pre>
 *
 * with z_mid the centre of the interval and the field scaled to a peak |E_z| of 1. The
 * coefficients are a_n = (2/L) ∫ E_z cos(...) dz, b_n likewise, integrated by the trapezoidal rule
 * on a uniform sampling of E_z(0, z) (at least 4000 points, 16 per period of the highest
 * harmonic). The reconstruction error is the largest over those samples and the points half-way
 * between them.
 *
 * @param zStart start of the interval (m)
 * @param length L (m)
 * @param peak the peak |E_z| the coefficients are relative to (V/m), with its sign
 * @param coefficients a0, a1, b1, a2, b2, ... (2N + 1 numbers)
 * @param maxRelativeError the largest |E_z − series| over the profile's samples, relative to the peak
 */
public record AxisFourier(double zStart, double length, double peak, double[] coefficients, double maxRelativeError) {

    private static final int MIN_SAMPLES = 4000;

    /**
     * The series of N harmonics of a mode's on-axis field over the axis part of its contour.
     *
     * @param field the mode
     * @param harmonics N, at least 0
     * @throws IllegalArgumentException when the mode has no field on the axis
     */
    public static AxisFourier of(ModeField field, int harmonics) {
        if (harmonics < 0) {
            throw new IllegalArgumentException("the number of Fourier harmonics must be at least 0, got " + harmonics);
        }
        double[] profileZ = AxisProfile.of(field).z();
        if (profileZ.length < 2) {
            throw new IllegalArgumentException("the mode has no field on the axis");
        }
        double z0 = profileZ[0];
        double length = profileZ[profileZ.length - 1] - z0;
        // A uniform sampling fine enough for the highest harmonic (at least 16 points per period)
        // and for the field itself; the trapezoidal rule on it integrates the products.
        int m = Math.max(MIN_SAMPLES, 16 * harmonics);
        double[] z = new double[m + 1];
        double[] f = new double[m + 1];
        for (int i = 0; i <= m; i++) {
            z[i] = i == m ? z0 + length : z0 + length * i / m;
            f[i] = field.at(z[i], 0).map(FieldSample::axialElectricField).orElse(0.0);
        }
        double peak = 0;
        for (double v : f) {
            if (Math.abs(v) > Math.abs(peak)) {
                peak = v;
            }
        }
        if (peak == 0) {
            throw new IllegalArgumentException("the mode's on-axis field vanishes");
        }
        double mid = z0 + length / 2;
        double h = length / m;
        double[] c = new double[2 * harmonics + 1];
        for (int n = 0; n <= harmonics; n++) {
            double k = 2 * Math.PI * n / length;
            double a = 0;
            double b = 0;
            for (int i = 0; i <= m; i++) {
                double w = (i == 0 || i == m) ? 0.5 * h : h;
                double u = k * (z[i] - mid);
                a += w * f[i] * Math.cos(u);
                b += w * f[i] * Math.sin(u);
            }
            if (n == 0) {
                c[0] = 2 * a / length / peak;
            } else {
                c[2 * n - 1] = 2 * a / length / peak;
                c[2 * n] = 2 * b / length / peak;
            }
        }
        AxisFourier partial = new AxisFourier(z0, length, peak, c, 0);
        // The error at the samples and half-way between them (twice as dense as the integration).
        double err = 0;
        for (int i = 0; i <= m; i++) {
            err = Math.max(err, Math.abs(f[i] / peak - partial.value(z[i])));
            if (i < m) {
                double zh = z0 + length * (i + 0.5) / m;
                double fh = field.at(zh, 0).map(FieldSample::axialElectricField).orElse(0.0);
                err = Math.max(err, Math.abs(fh / peak - partial.value(zh)));
            }
        }
        return new AxisFourier(z0, length, peak, c, err);
    }

    /** The series at z, relative to the peak. */
    public double value(double z) {
        double u = 2 * Math.PI * (z - zStart - length / 2) / length;
        double s = coefficients[0] / 2;
        for (int n = 1; 2 * n < coefficients.length; n++) {
            s += coefficients[2 * n - 1] * Math.cos(n * u) + coefficients[2 * n] * Math.sin(n * u);
        }
        return s;
    }
}
