package org.cavityfem.tools.tune;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.cavityfem.postproc.passband.Passband;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.tools.cases.CaseDefinition;
import org.cavityfem.tools.cases.EllipticalGeometry;

/**
 * The two tunings of {@code cavity tune}: one parameter moved until the tuned frequency (the
 * π-mode of a multi-cell cavity, the lowest mode otherwise) meets a target; or end-cell
 * parameters moved until the π-mode field is flat, each end cell's peak axial |E_z| equal to the
 * mean of the inner cells' (one parameter per end, or {@code endCells.X} for both together).
 * Every evaluation re-meshes and re-solves the case and is printed.
 */
public final class Tuning {

    /** Most sweeps over the two end parameters of a flatness tuning. */
    private static final int FLATNESS_SWEEPS = 4;
    /** First trial step of a parameter, relative to its value. */
    private static final double FIRST_STEP = 1e-3;

    private final CaseEvaluator evaluator;
    private final PrintStream out;
    private final int maxIterations;

    /**
     * @param resolved the case, resolved; its geometry must be elliptical
     * @param solver the mode solver
     * @param out where the iterations are printed
     * @param maxIterations most evaluations of one parameter's search
     */
    public Tuning(CaseDefinition resolved, ModeSolver solver, PrintStream out, int maxIterations) {
        this.evaluator = new CaseEvaluator(resolved, solver);
        this.out = out;
        this.maxIterations = maxIterations;
    }

    /**
     * Moves {@code parameter} until the tuned frequency is {@code target} within the relative
     * {@code tolerance}.
     *
     * @return the tuned geometry
     * @throws TuneException when the target is out of reach or not met within the iterations
     */
    public EllipticalGeometry frequency(EllipticalGeometry start, String parameter, double target, double tolerance) {
        out.printf(Locale.ROOT, "tuning %s for f = %.9g MHz (relative tolerance %.1e)%n", parameter, target * 1e-6,
                tolerance);
        out.printf(Locale.ROOT, "%5s %20s %20s %14s%n", "iter", parameter + " (mm)", "f (MHz)", "rel. error");
        double[] last = new double[1];
        RootFinder finder = new RootFinder(maxIterations, (i, p, e) -> out.printf(Locale.ROOT,
                "%5d %20.9f %20.9f %14.3e%n", i, p * 1e3, last[0] * 1e-6, e));
        double value = finder.solve(p -> {
            double f = evaluator.evaluate(start.withParameter(parameter, p)).frequency();
            last[0] = f;
            return (f - target) / target;
        }, start.parameter(parameter), FIRST_STEP * start.parameter(parameter), tolerance, parameter);
        return start.withParameter(parameter, value);
    }

    /**
     * Moves end-cell parameters until the π-mode field is flat: |E_end/E_inner − 1| <= tolerance
     * at each end tuned.
     *
     * @param parameters one or two names: {@code leftEndCell.X}, {@code rightEndCell.X} or {@code endCells.X}
     * @return the tuned geometry
     * @throws TuneException when flatness is out of reach or not met
     */
    public EllipticalGeometry flatness(EllipticalGeometry start, List<String> parameters, double tolerance) {
        EllipticalGeometry g = start;
        for (int sweep = 1; sweep <= FLATNESS_SWEEPS; sweep++) {
            boolean flat = true;
            for (String parameter : parameters) {
                EllipticalGeometry from = g;
                out.printf(Locale.ROOT, "flatness sweep %d: tuning %s (tolerance %.1e on E_end/E_inner - 1)%n", sweep,
                        parameter, tolerance);
                out.printf(Locale.ROOT, "%5s %24s %20s %12s%n", "iter", parameter + " (mm)", "E_end/E_inner - 1",
                        "flatness");
                double[] flatness = new double[1];
                RootFinder finder = new RootFinder(maxIterations, (i, p, e) -> out.printf(Locale.ROOT,
                        "%5d %24.9f %20.6f %11.2f%%%n", i, p * 1e3, e, 100 * flatness[0]));
                int[] evaluations = new int[1];
                double value = finder.solve(p -> {
                    evaluations[0]++;
                    Passband band = passband(from.withParameter(parameter, p));
                    flatness[0] = band.fieldFlatness();
                    return endImbalance(band.piModeCellPeaks(), parameter);
                }, from.parameter(parameter), FIRST_STEP * from.parameter(parameter), tolerance, parameter);
                g = from.withParameter(parameter, value);
                flat &= evaluations[0] == 1;
            }
            if (flat || parameters.size() == 1) {
                return g;
            }
        }
        throw new TuneException(String.format(Locale.ROOT,
                "the end cells did not settle in %d sweeps over %s; tune one end at a time", FLATNESS_SWEEPS,
                String.join(" and ", parameters)));
    }

    private Passband passband(EllipticalGeometry g) {
        return evaluator.evaluate(g).passband().orElseThrow(() -> new TuneException(
                "the TM010 passband was not found among the modes of the case; ask for at least as many modes as cells"));
    }

    /**
     * E_end/E_inner − 1 of the end cell(s) the parameter belongs to: E_inner the mean peak of cells
     * 2..N−1 (of all cells for two cells).
     */
    static double endImbalance(double[] peaks, String parameter) {
        int n = peaks.length;
        double inner = 0;
        int count = 0;
        for (int j = 1; j < n - 1; j++) {
            inner += peaks[j];
            count++;
        }
        if (count == 0) {
            inner = 0.5 * (peaks[0] + peaks[n - 1]);
            count = 1;
        }
        inner /= count;
        if (parameter.startsWith("leftEndCell.")) {
            return peaks[0] / inner - 1;
        }
        if (parameter.startsWith("rightEndCell.")) {
            return peaks[n - 1] / inner - 1;
        }
        return 0.5 * (peaks[0] + peaks[n - 1]) / inner - 1;
    }
}
