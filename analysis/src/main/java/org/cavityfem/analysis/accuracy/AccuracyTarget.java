package org.cavityfem.analysis.accuracy;

import java.util.Map;
import java.util.Set;

/**
 * Requested relative accuracies of the reported quantities, by class: the frequency (and the wave
 * number) and the figures (every other estimated quantity: figures of merit, peak fields and their
 * locations, the superconducting-surface figures).
 *
 * @param frequency largest relative error of the frequency, in (0, 1)
 * @param figures largest relative error of every other quantity, in (0, 1)
 */
public record AccuracyTarget(double frequency, double figures) {

    /** Keys of the frequency class. */
    public static final Set<String> FREQUENCY_KEYS = Set.of("frequency_Hz", "k_per_m");

    public AccuracyTarget {
        if (!(frequency > 0 && frequency < 1) || !(figures > 0 && figures < 1)) {
            throw new IllegalArgumentException("accuracy targets must lie in (0, 1), got frequency " + frequency
                    + ", figures " + figures);
        }
    }

    /** One target for every quantity. */
    public static AccuracyTarget of(double all) {
        return new AccuracyTarget(all, all);
    }

    /** The target of a per-mode or surface quantity key. */
    public double of(String key) {
        return FREQUENCY_KEYS.contains(key) ? frequency : figures;
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
