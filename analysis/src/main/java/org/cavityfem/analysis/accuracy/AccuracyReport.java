package org.cavityfem.analysis.accuracy;

import java.util.List;
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
 */
public record AccuracyReport(int referenceOrder, List<ModeErrors> modes, Optional<AccuracyTarget> target,
        List<RefinementStep> history, List<String> shortfalls) {

    public AccuracyReport {
        modes = List.copyOf(modes);
        history = List.copyOf(history);
        shortfalls = List.copyOf(shortfalls);
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
