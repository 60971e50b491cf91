package org.cavityfem.casefile;

import java.util.Optional;
import java.util.OptionalDouble;
import org.cavityfem.solver.ModeFamily;
import org.cavityfem.solver.ModeRequest;

/**
 * The {@code solver} section of a case.
 *
 * @param modes number of modes to compute, >= 1; with a frequency window, the most the window may hold
 * @param targetFrequency frequency to find the modes nearest to (Hz); empty for the lowest modes
 * @param tolerance relative convergence tolerance of the eigen iteration
 * @param m azimuthal order, >= 0 (docs/design.md §2.11); 0 for monopole modes
 * @param family TM or TE, for m = 0 (design.md §2.10); TM for m >= 1, where it does not apply
 * @param window every mode with frequency in [from, to] instead of a count (m >= 1)
 */
public record SolverSpec(int modes, OptionalDouble targetFrequency, double tolerance, int m, ModeFamily family,
        Optional<FrequencyWindow> window) {

    /** Case-file value of {@code targetFrequency} asking for the lowest modes. */
    public static final String LOWEST = "lowest";

    /**
     * A frequency window.
     *
     * @param from lower end (Hz), > 0
     * @param to upper end (Hz), > from
     */
    public record FrequencyWindow(double from, double to) {
    }

    /** The monopole TM section. */
    public SolverSpec(int modes, OptionalDouble targetFrequency, double tolerance) {
        this(modes, targetFrequency, tolerance, 0, ModeFamily.TM, Optional.empty());
    }

    /** The defaults: the lowest mode, tolerance {@link ModeRequest#DEFAULT_TOLERANCE}. */
    public static SolverSpec defaults() {
        return new SolverSpec(1, OptionalDouble.empty(), ModeRequest.DEFAULT_TOLERANCE);
    }

    /** True for the monopole TM modes, which the full analysis (figures, walls, passband) covers. */
    public boolean monopoleTm() {
        return m == 0 && family == ModeFamily.TM;
    }

    /** The solver's request for m = 0. */
    public ModeRequest request() {
        return new ModeRequest(modes, targetFrequency.orElse(0), tolerance, family);
    }
}
