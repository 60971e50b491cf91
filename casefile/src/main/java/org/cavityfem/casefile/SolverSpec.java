package org.cavityfem.casefile;

import java.util.List;
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
 * @param scan the orders solved, in case order: {@code (m, family)} alone, or every order of an
 *     {@code m} list (each family of a {@code family} list for m = 0); never empty, first = (m, family)
 * @param offset r0 of the longitudinal R/Q of TE0 and m >= 1 modes (m), > 0 (design.md §2.13)
 * @param externalQ external (damping) Q of every mode of the HOM table without one of its own; empty for none
 * @param modeExternalQ external Q of single modes, by order, family (m = 0) and number
 */
public record SolverSpec(int modes, OptionalDouble targetFrequency, double tolerance, int m, ModeFamily family,
        Optional<FrequencyWindow> window, List<Order> scan, double offset, OptionalDouble externalQ,
        List<ModeQ> modeExternalQ) {

    /**
     * The external Q of one mode.
     *
     * @param m its azimuthal order
     * @param family TM or TE for m = 0; TM for m >= 1
     * @param number its place in the spectrum of its order (and family), 1 for the lowest
     * @param q the external Q, > 0
     */
    public record ModeQ(int m, ModeFamily family, int number, double q) {
    }

    /** The external Q of mode {@code number} of an order: its own, else the default, else NaN. */
    public double externalQ(int order, ModeFamily of, int number) {
        for (ModeQ e : modeExternalQ) {
            if (e.m() == order && e.number() == number && (order > 0 || e.family() == of)) {
                return e.q();
            }
        }
        return externalQ.orElse(Double.NaN);
    }

    /** Default {@link #offset()}: 10 mm (m), stated in summary.json with every longitudinal R/Q at r0. */
    public static final double DEFAULT_OFFSET = 0.01;

    /**
     * One azimuthal order of a scan.
     *
     * @param m azimuthal order, >= 0
     * @param family TM or TE for m = 0; TM for m >= 1, where it does not apply
     */
    public record Order(int m, ModeFamily family) {

        /** True for the monopole TM modes. */
        public boolean monopoleTm() {
            return m == 0 && family == ModeFamily.TM;
        }
    }

    public SolverSpec {
        scan = List.copyOf(scan);
        modeExternalQ = List.copyOf(modeExternalQ);
        if (scan.isEmpty() || scan.get(0).m() != m || scan.get(0).family() != family) {
            throw new IllegalArgumentException("the scan must start with (m, family) = (" + m + ", " + family + ")");
        }
    }

    /** A single order, no external Q, the default offset. */
    public SolverSpec(int modes, OptionalDouble targetFrequency, double tolerance, int m, ModeFamily family,
            Optional<FrequencyWindow> window) {
        this(modes, targetFrequency, tolerance, m, family, window, List.of(new Order(m, family)), DEFAULT_OFFSET,
                OptionalDouble.empty(), List.of());
    }

    /** True when the case asks for more than one order (a HOM scan). */
    public boolean isScan() {
        return scan.size() > 1;
    }

    /** This request restricted to one order of its scan (the window and count apply to each). */
    public SolverSpec forOrder(Order order) {
        return new SolverSpec(modes, targetFrequency, tolerance, order.m(), order.family(),
                order.m() == 0 ? Optional.empty() : window, List.of(order), offset, externalQ, modeExternalQ);
    }

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
        return !isScan() && m == 0 && family == ModeFamily.TM;
    }

    /** The solver's request for m = 0. */
    public ModeRequest request() {
        return new ModeRequest(modes, targetFrequency.orElse(0), tolerance, family);
    }
}
