package org.cavityfem.casefile;

import java.util.OptionalDouble;
import org.cavityfem.solver.ModeRequest;

/**
 * The {@code solver} section of a case.
 *
 * @param modes number of modes to compute, >= 1
 * @param targetFrequency frequency to find the modes nearest to (Hz); empty for the lowest modes
 * @param tolerance relative convergence tolerance of the eigen iteration
 */
public record SolverSpec(int modes, OptionalDouble targetFrequency, double tolerance) {

    /** Case-file value of {@code targetFrequency} asking for the lowest modes. */
    public static final String LOWEST = "lowest";

    /** The defaults: the lowest mode, tolerance {@link ModeRequest#DEFAULT_TOLERANCE}. */
    public static SolverSpec defaults() {
        return new SolverSpec(1, OptionalDouble.empty(), ModeRequest.DEFAULT_TOLERANCE);
    }

    /** The solver's request. */
    public ModeRequest request() {
        return new ModeRequest(modes, targetFrequency.orElse(0), tolerance);
    }
}
