package org.cavityfem.analysis.accuracy;

import java.util.Map;
import java.util.Set;

/**
 * Requested relative accuracies of the reported quantities, by class: the frequency (and the wave
 * number), the figures (every other per-mode quantity: figures of merit, peak fields and their
 * locations; and the passband's k_cc and field flatness) and, when asked for, the
 * superconducting-surface figures.
 *
 * @param frequency largest relative error of the frequency, in (0, 1)
 * @param figures largest relative error of every other quantity, in (0, 1)
 * @param surface largest relative error of the superconducting-surface figures, in (0, 1); NaN when
 *     they are estimated but not targets ({@code mesh.accuracy} without {@code "surface"})
 */
public record AccuracyTarget(double frequency, double figures, double surface) {

    /** Prefix of a superconducting-surface figure's key among the loop's estimates. */
    public static final String SURFACE_PREFIX = "superconductingSurface.";
    /** Prefix of a passband figure's key (k_cc, field flatness) among the loop's estimates. */
    public static final String PASSBAND_PREFIX = "passband.";

    /**
     * The target of a case without {@code mesh.accuracy} that is small enough for the default
     * refinement (docs/case-format.md, design.md §2.14): 1e-8 on the frequency and on every figure.
     */
    public static final AccuracyTarget DEFAULT = new AccuracyTarget(1e-8, 1e-8);

    /** Keys of the frequency class. */
    public static final Set<String> FREQUENCY_KEYS = Set.of("frequency_Hz", "k_per_m");

    public AccuracyTarget {
        if (!(frequency > 0 && frequency < 1) || !(figures > 0 && figures < 1)
                || !(Double.isNaN(surface) || surface > 0 && surface < 1)) {
            throw new IllegalArgumentException("accuracy targets must lie in (0, 1), got frequency " + frequency
                    + ", figures " + figures + ", surface " + surface);
        }
    }

    /** Targets on the frequency and the figures; the superconducting-surface figures are not targets. */
    public AccuracyTarget(double frequency, double figures) {
        this(frequency, figures, Double.NaN);
    }

    /** Whether the superconducting-surface figures are targets. */
    public boolean surfaceTargets() {
        return !Double.isNaN(surface);
    }

    /** One target for every quantity. */
    public static AccuracyTarget of(double all) {
        return new AccuracyTarget(all, all);
    }

    /**
     * Finest target of a location (a key ending in {@code ocation_m}), relative to the cavity size: a
     * maximum is found by searching values that are flat there, f(x0 + δ) = f(x0)(1 − (δ/ℓ)²/2), ℓ the
     * wall's length scale of the field, so a value known to ε leaves the place uncertain by √(2ε) ℓ:
     * rounding and the derivative in E_n (ε ≈ 1e-13) give about 5e-7 ℓ. Measured: the TESLA mid-cell's
     * E_pk location stalls between 1e-7 and 4e-7 of the cell size from order 7 on. The loop asks no
     * more than 1e-6 (0.1 µm on a 10 cm cavity).
     */
    public static final double LOCATION_FLOOR = 1e-6;

    /** The target of a per-mode or surface quantity key. */
    public double of(String key) {
        if (FREQUENCY_KEYS.contains(key)) {
            return frequency;
        }
        double target = key.startsWith(SURFACE_PREFIX) ? surface : figures;
        return key.endsWith("ocation_m") ? Math.max(target, LOCATION_FLOOR) : target;
    }

    /** The first key of {@code errors} whose estimate exceeds its target, or null when all meet it. */
    public String firstMissed(Map<String, Double> errors) {
        for (Map.Entry<String, Double> e : errors.entrySet()) {
            if (!(e.getValue() <= of(e.getKey()))) {
                return e.getKey();
            }
        }
        return null;
    }
}
