package org.cavityfem.study.adapt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.cavityfem.analysis.accuracy.AccuracyTarget;
import org.cavityfem.analysis.accuracy.PassbandErrors;
import org.cavityfem.analysis.accuracy.PeriodicCellStep;
import org.cavityfem.analysis.accuracy.QuantityErrors;
import org.cavityfem.analysis.passband.CellCoupling;
import org.cavityfem.mesh.MeshSettings;

/**
 * The error estimate of the periodic mid-cell's cell-to-cell coupling k_cc (design.md §2.14), and
 * its own refinement when a target is set. The two cells (electric and magnetic iris planes) are
 * solved at order p and p + 1 on the same triangulations, and |k_p − k_{p+1}|/|k_p| is the estimate,
 * as for every figure. k_cc = 2(f_π − f_0)/(f_π + f_0) ≈ 2 % is a small difference of two
 * frequencies, so its relative estimate is about 1/k_cc times theirs. With a target the cells'
 * order is raised up to {@link AdaptiveSolve#MAX_ADAPTIVE_ORDER}, then their element size halved,
 * until the estimate meets the figures' target; an estimate that stops falling, or the iteration
 * limit, ends the loop with a shortfall. The loop is the cells' own: the cavity's mesh is not
 * touched, and its steps are recorded apart from the cavity's ({@link Result#history()}, summary.json
 * {@code accuracy.periodicCellHistory}).
 */
public final class PeriodicCellAccuracy {

    /** summary.json key of the estimate, among the passband's {@code errors}. */
    public static final String KEY = PassbandErrors.PERIODIC_COUPLING;
    /** Most pairs of solves of the loop. */
    static final int MAX_ITERATIONS = 8;

    /** Solves both cells at {@code settings}' order and one higher on the same triangulations: {low, high}. */
    @FunctionalInterface
    public interface CellSolver {
        CellCoupling[] solve(MeshSettings settings);
    }

    /**
     * The outcome.
     *
     * @param coupling the reported periodic cell (the last order-p pair)
     * @param estimate its relative estimate
     * @param settings the cells' mesh settings it was solved with
     * @param shortfall why the target was not met, when it was not
     * @param history one entry per pair of solves, the last one's action {@link PeriodicCellStep#DONE}
     *     or {@link PeriodicCellStep#STOP}
     */
    public record Result(CellCoupling coupling, double estimate, MeshSettings settings, Optional<String> shortfall,
            List<PeriodicCellStep> history) {

        public Result {
            history = List.copyOf(history);
        }
    }

    private PeriodicCellAccuracy() {
    }

    /**
     * Estimates the periodic cell's k_cc, refining the cells until the target's figures class is met
     * when there is a target.
     *
     * @param start the cells' mesh settings without refinement (what the passband step solved)
     * @param target the figures' target, or empty for the estimate alone
     * @param progress one line per pair of solves
     */
    public static Result run(MeshSettings start, Optional<AccuracyTarget> target, CellSolver cells,
            Consumer<String> progress) {
        MeshSettings settings = start;
        double previous = Double.NaN;
        List<PeriodicCellStep> history = new ArrayList<>();
        for (int iteration = 0;; iteration++) {
            long t = System.nanoTime();
            CellCoupling[] pair = cells.solve(settings);
            double seconds = (System.nanoTime() - t) * 1e-9;
            double estimate = QuantityErrors.relative(pair[0].coupling(), pair[1].coupling());
            String line = String.format(Locale.ROOT, "periodic mid-cell: order %d, element size %.4g mm, k_cc %.6f %%, "
                    + "estimate %.2g", settings.order(), settings.elementSize() * 1e3, 100 * pair[0].coupling(), estimate);
            progress.accept(line);
            if (target.isEmpty() || estimate <= target.get().figures()) {
                history.add(step(iteration, settings, pair[0], estimate, PeriodicCellStep.DONE, seconds));
                return new Result(pair[0], estimate, settings, Optional.empty(), history);
            }
            double goal = target.get().figures();
            Optional<String> stop = Optional.empty();
            if (iteration > 0 && !(estimate * 2 < previous)) {
                stop = Optional.of(String.format(Locale.ROOT, "its estimate went from %.2g to %.2g", previous, estimate));
            } else if (iteration + 1 >= MAX_ITERATIONS) {
                stop = Optional.of("the limit of " + MAX_ITERATIONS + " iterations was reached");
            }
            if (stop.isPresent()) {
                history.add(step(iteration, settings, pair[0], estimate, PeriodicCellStep.STOP, seconds));
                return new Result(pair[0], estimate, settings, Optional.of(String.format(Locale.ROOT,
                        "passband.%s: the periodic mid-cell's k_cc estimate %.2g is above its target %.1e: %s",
                        KEY, estimate, goal, stop.get())), history);
            }
            previous = estimate;
            boolean raise = settings.order() < AdaptiveSolve.MAX_ADAPTIVE_ORDER;
            history.add(step(iteration, settings, pair[0], estimate,
                    raise ? PeriodicCellStep.RAISE_ORDER : PeriodicCellStep.HALVE_SIZE, seconds));
            settings = raise ? settings.withOrder(settings.order() + 1)
                    : settings.withElementSize(settings.elementSize() / 2);
        }
    }

    private static PeriodicCellStep step(int iteration, MeshSettings settings, CellCoupling reported, double estimate,
            String action, double seconds) {
        return new PeriodicCellStep(iteration, settings.order(), settings.elementSize(), reported.coupling(), estimate,
                action, seconds);
    }
}
