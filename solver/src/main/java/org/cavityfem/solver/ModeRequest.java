package org.cavityfem.solver;

/**
 * Which monopole modes to compute.
 *
 * @param count number of modes wanted, >= 1
 * @param targetFrequency frequency the modes are sought nearest to (Hz); 0 asks for the lowest modes
 * @param tolerance relative convergence tolerance of the eigen iteration
 * @param family TM0 (unknown H_phi) or TE0 (unknown E_phi) modes
 */
public record ModeRequest(int count, double targetFrequency, double tolerance, ModeFamily family) {

    /** Default eigen tolerance: near machine precision, so the discretisation error dominates. */
    public static final double DEFAULT_TOLERANCE = 1e-13;

    public ModeRequest {
        if (count < 1) {
            throw new IllegalArgumentException("number of modes must be >= 1, got " + count);
        }
        if (!(targetFrequency >= 0) || Double.isInfinite(targetFrequency)) {
            throw new IllegalArgumentException("target frequency must be >= 0 Hz, got " + targetFrequency);
        }
        if (!(tolerance > 0 && tolerance < 1e-3)) {
            throw new IllegalArgumentException("eigen tolerance must be in (0, 1e-3), got " + tolerance);
        }
        if (family == null) {
            throw new IllegalArgumentException("mode family must be given (TM or TE)");
        }
    }

    /** A request for TM0 modes. */
    public ModeRequest(int count, double targetFrequency, double tolerance) {
        this(count, targetFrequency, tolerance, ModeFamily.TM);
    }

    /** The same request for the modes of another family. */
    public ModeRequest withFamily(ModeFamily other) {
        return new ModeRequest(count, targetFrequency, tolerance, other);
    }

    /** The lowest {@code count} modes. */
    public static ModeRequest lowest(int count) {
        return new ModeRequest(count, 0, DEFAULT_TOLERANCE);
    }

    /** The {@code count} modes nearest {@code frequency} (Hz). */
    public static ModeRequest near(double frequency, int count) {
        return new ModeRequest(count, frequency, DEFAULT_TOLERANCE);
    }
}
