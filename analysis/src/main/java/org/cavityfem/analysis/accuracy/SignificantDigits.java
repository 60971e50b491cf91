package org.cavityfem.analysis.accuracy;

/**
 * How many significant digits a value with a relative error estimate supports: the digits down to
 * the first one the error can change, so that a value of relative error 3e-7 shows 7 digits
 * (the last of which may be off by a few units).
 */
public final class SignificantDigits {

    /** Fewest digits shown. */
    public static final int MIN = 2;
    /** Most digits shown: what a double holds reliably. */
    public static final int MAX = 15;

    private SignificantDigits() {
    }

    /** The digits for a relative error (NaN or infinite: {@link #MIN}; 0: {@link #MAX}). */
    public static int of(double relativeError) {
        if (relativeError == 0) {
            return MAX;
        }
        if (!Double.isFinite(relativeError) || relativeError < 0) {
            return MIN;
        }
        int digits = (int) Math.floor(-Math.log10(relativeError));
        return Math.max(MIN, Math.min(MAX, digits));
    }
}
