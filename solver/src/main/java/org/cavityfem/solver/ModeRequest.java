package org.cavityfem.solver;

/**
 * Which monopole modes to compute.
 *
 * @param count number of modes wanted, >= 1
 * @param targetFrequency frequency the modes are sought nearest to (Hz); 0 asks for the lowest modes
 * @param tolerance relative convergence tolerance of the eigen iteration
 * @param family TM0 (unknown H_phi) or TE0 (unknown E_phi) modes
 * @param ceilingFrequency for a lowest-modes request, a frequency (Hz) the caller knows to lie above
 *     the {@code count} lowest modes ({@link #belowCeiling}); 0 when none is known
 */
public record ModeRequest(int count, double targetFrequency, double tolerance, ModeFamily family,
        double ceilingFrequency) {

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
        if (!(ceilingFrequency >= 0) || Double.isInfinite(ceilingFrequency)) {
            throw new IllegalArgumentException("ceiling frequency must be >= 0 Hz (0: none), got " + ceilingFrequency);
        }
        if (ceilingFrequency > 0 && targetFrequency != 0) {
            throw new IllegalArgumentException("a ceiling frequency (" + ceilingFrequency + " Hz) bounds a request "
                    + "for the lowest modes, not one for the modes nearest " + targetFrequency + " Hz");
        }
    }

    /** A request without a known ceiling. */
    public ModeRequest(int count, double targetFrequency, double tolerance, ModeFamily family) {
        this(count, targetFrequency, tolerance, family, 0);
    }

    /** A request for TM0 modes. */
    public ModeRequest(int count, double targetFrequency, double tolerance) {
        this(count, targetFrequency, tolerance, ModeFamily.TM);
    }

    /** The same request for the modes of another family. */
    public ModeRequest withFamily(ModeFamily other) {
        return new ModeRequest(count, targetFrequency, tolerance, other, ceilingFrequency);
    }

    /** True when the caller gave a ceiling above the wanted modes. */
    public boolean hasCeiling() {
        return ceilingFrequency > 0;
    }

    /**
     * The lowest modes up to a ceiling the caller knows: at least {@code count} of them lie below
     * {@code ceilingFrequency} (for the reference solve of an error estimate, one order higher on the
     * same triangulation, the min-max principle puts them there: docs/design.md §2.14). The solver
     * factorises at the ceiling, whose negative pivots count every eigenvalue below it, so that one
     * factorisation both drives the iteration and proves the modes complete (design.md §2.4), and no
     * order-1 estimate of the spectrum is made. Every mode below the ceiling is returned, so there
     * may be more than {@code count}; when fewer than {@code count} lie below it (the caller was
     * wrong), the {@code count} lowest are returned, proved by a factorisation above them. The
     * ceiling decides the cost, never the proof.
     *
     * @param ceilingFrequency Hz, > 0
     */
    public static ModeRequest belowCeiling(int count, double ceilingFrequency, double tolerance, ModeFamily family) {
        if (!(ceilingFrequency > 0)) {
            throw new IllegalArgumentException("ceiling frequency must be > 0 Hz, got " + ceilingFrequency);
        }
        return new ModeRequest(count, 0, tolerance, family, ceilingFrequency);
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
