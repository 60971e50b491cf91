package org.cavityfem.analysis.accuracy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The error estimates of a study's modes and, when the case asked for an accuracy, how the
 * refinement went.
 *
 * @param referenceOrder the element order of the reference solve the estimates compare with
 * @param modes one entry per reported mode, in the solution's order
 * @param target the requested accuracy, when there was one
 * @param history the refinement iterations (one entry without refinement)
 * @param shortfalls one sentence per quantity that did not reach its target, naming it and why;
 *     empty when every target was met or none was set
 * @param policy where the target came from: {@link #CASE}, {@link #DEFAULT} or {@link #ESTIMATES}
 * @param passband relative estimates of the passband's figures ({@code cellToCellCoupling},
 *     {@code fieldFlatness}, keyed as in summary.json's {@code passband}) against the reference solve's
 *     passband; empty without a passband or when the reference's was not found
 * @param periodicCellHistory the periodic mid-cell's own steps (its k_cc estimate and refinement,
 *     apart from the cavity's {@code history}); empty without a periodic cell
 */
public record AccuracyReport(int referenceOrder, List<ModeErrors> modes, Optional<AccuracyTarget> target,
        List<RefinementStep> history, List<String> shortfalls, String policy, Map<String, Double> passband,
        List<PeriodicCellStep> periodicCellHistory) {

    /** The target is the case's {@code mesh.accuracy}. */
    public static final String CASE = "mesh.accuracy";
    /** No {@code mesh.accuracy}; the case was small enough for the default target. */
    public static final String DEFAULT = "default";
    /** Estimates only, no target: asked for ({@code mesh.errorEstimate: true}) or above the default's budget. */
    public static final String ESTIMATES = "estimates only";

    public AccuracyReport {
        passband = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(passband));
        modes = List.copyOf(modes);
        history = List.copyOf(history);
        periodicCellHistory = List.copyOf(periodicCellHistory);
        shortfalls = List.copyOf(shortfalls);
        if (!policy.equals(CASE) && !policy.equals(DEFAULT) && !policy.equals(ESTIMATES)) {
            throw new IllegalArgumentException("unknown accuracy policy " + policy);
        }
        if (target.isEmpty() != policy.equals(ESTIMATES)) {
            throw new IllegalArgumentException("policy " + policy + " does not match target " + target);
        }
    }

    /** A report without a periodic cell. */
    public AccuracyReport(int referenceOrder, List<ModeErrors> modes, Optional<AccuracyTarget> target,
            List<RefinementStep> history, List<String> shortfalls, String policy, Map<String, Double> passband) {
        this(referenceOrder, modes, target, history, shortfalls, policy, passband, List.of());
    }

    /** A report without passband estimates. */
    public AccuracyReport(int referenceOrder, List<ModeErrors> modes, Optional<AccuracyTarget> target,
            List<RefinementStep> history, List<String> shortfalls, String policy) {
        this(referenceOrder, modes, target, history, shortfalls, policy, Map.of());
    }

    /** A report whose target, when present, is the case's own. */
    public AccuracyReport(int referenceOrder, List<ModeErrors> modes, Optional<AccuracyTarget> target,
            List<RefinementStep> history, List<String> shortfalls) {
        this(referenceOrder, modes, target, history, shortfalls, target.isPresent() ? CASE : ESTIMATES);
    }

    /** The estimates of mode i. */
    public ModeErrors mode(int i) {
        return modes.get(i);
    }

    /** Whether every requested target was met (true when none was set). */
    public boolean met() {
        return shortfalls.isEmpty();
    }
}
