package org.cavityfem.analysis.accuracy;

import java.util.Map;
import java.util.Optional;

/**
 * The error estimates of one reported mode.
 *
 * @param referenceIndex the matched mode of the reference solve, -1 when none matched (then every
 *     map is empty and the mode's numbers carry no estimate)
 * @param overlap field overlap with that mode (1 = the same field), 0 when unmatched
 * @param fieldDifference relative energy-norm difference of the two fields (§2.14), NaN when unmatched
 * @param values relative estimates of the per-mode quantities (solver results and figures of
 *     merit), keyed as in summary.json
 * @param surface relative estimates of the superconducting-surface figures, keyed as in that block
 * @param singular when the mode's E_pk sits at a re-entrant corner: why it has no finite value
 * @param zero the figures that are zero by symmetry ({@link ZeroFigures}), each with its reason,
 *     keyed as in summary.json; they have no entry in {@code values}
 */
public record ModeErrors(int referenceIndex, double overlap, double fieldDifference, Map<String, Double> values,
        Map<String, Double> surface, Optional<String> singular, Map<String, String> zero) {

    public ModeErrors {
        values = new java.util.LinkedHashMap<>(values);
        values.keySet().removeAll(zero.keySet());
        values = java.util.Collections.unmodifiableMap(values);
        surface = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(surface));
        zero = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(zero));
    }

    /** Estimates without figures that are zero by symmetry. */
    public ModeErrors(int referenceIndex, double overlap, double fieldDifference, Map<String, Double> values,
            Map<String, Double> surface, Optional<String> singular) {
        this(referenceIndex, overlap, fieldDifference, values, surface, singular, Map.of());
    }

    /** An unmatched mode: no estimate. */
    public static ModeErrors unmatched() {
        return new ModeErrors(-1, 0, Double.NaN, Map.of(), Map.of(), Optional.empty());
    }

    /** Whether the mode was matched and has estimates. */
    public boolean matched() {
        return referenceIndex >= 0;
    }

    /**
     * The figures that have no significant digit though the mode is resolved, key → reason
     * ({@link ZeroFigures#withoutDigits}): they keep their estimates but are no refinement targets. An
     * E_pk at a re-entrant corner ({@link #singular}) is not among them: it is reported as singular.
     */
    public Map<String, String> withoutDigits() {
        if (singular.isEmpty()) {
            return ZeroFigures.withoutDigits(values);
        }
        // An E_pk at a re-entrant corner has its own verdict (no finite value): not "no digit".
        Map<String, String> out = new java.util.LinkedHashMap<>(ZeroFigures.withoutDigits(values));
        out.keySet().removeAll(SINGULAR_KEYS);
        return out;
    }

    /** The figures a singular E_pk takes with it (study.adapt.AdaptiveSolve's electric peak keys). */
    private static final java.util.Set<String> SINGULAR_KEYS = java.util.Set.of("Epk_V_per_m", "EpkOverEacc",
            "kilpatrickRatio", "Epk_location_m");

    /** The estimate of a per-mode quantity, when it has one. */
    public Optional<Double> of(String key) {
        return Optional.ofNullable(values.get(key));
    }
}
