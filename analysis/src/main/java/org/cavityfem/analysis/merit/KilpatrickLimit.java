package org.cavityfem.analysis.merit;

/**
 * The Kilpatrick breakdown field E_K of a normal-conducting surface, from
 * f = 1.64 E_K² exp(−8.5 / E_K), f in MHz and E_K in MV/m (W. D. Kilpatrick, Rev. Sci. Instrum. 28
 * (1957) 824, in the form of T. J. Boyd, LA-UR-82-1442 (1982); T. P. Wangler, RF Linear
 * Accelerators, 2nd ed., eq. 5.33).
 */
public final class KilpatrickLimit {

    private KilpatrickLimit() {
    }

    /** E_K at frequency f (V/m), solved by bisection (the right-hand side rises with E_K). */
    public static double field(double frequency) {
        double megahertz = frequency * 1e-6;
        double lo = 1e-3;
        double hi = 1e4;
        for (int i = 0; i < 200 && hi - lo > 1e-13 * hi; i++) {
            double mid = 0.5 * (lo + hi);
            if (1.64 * mid * mid * Math.exp(-8.5 / mid) < megahertz) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi) * 1e6;
    }
}
