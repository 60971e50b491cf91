package org.cavityfem.study.tune;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cavityfem.analysis.passband.Passband;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.casefile.Geometry;
import org.cavityfem.mesh.geometry.InvalidGeometryException;
import org.cavityfem.study.Study;

/**
 * The two tunings of {@code cavity tune}: one parameter moved until the tuned frequency (the
 * π-mode of a multi-cell cavity, the lowest mode otherwise) meets a target; or end-cell
 * parameters moved until the π-mode field is flat, each end cell's peak axial |E_z| equal to the
 * mean of the inner cells' (one parameter per end, or {@code endCells.X} for both together).
 * Every evaluation is a new study of the case (re-meshed and re-solved) and is printed. A geometry
 * the search cannot leave behind fails as a {@link TuneException}.
 */
public final class Tuning {

    /** First trial step of a parameter, relative to its value. */
    private static final double FIRST_STEP = 1e-3;

    private final CaseEvaluator evaluator;
    private final PrintStream out;
    private final int maxIterations;

    /**
     * @param resolved the case, resolved; its geometry must have tunable parameters
     * @param study the study that meshes and solves every evaluation
     * @param out where the iterations are printed
     * @param maxIterations most evaluations of one parameter's search
     */
    public Tuning(CaseDefinition resolved, Study study, PrintStream out, int maxIterations) {
        this.evaluator = new CaseEvaluator(resolved, study);
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
    public Geometry frequency(Geometry start, String parameter, double target, double tolerance) {
        return tuneFrequency(start, parameter, target, tolerance).geometry();
    }

    /**
     * A frequency tuning's result and how well the tuned parameter is known.
     *
     * @param geometry the tuned geometry
     * @param value the tuned parameter (m)
     * @param slope df/dx at the tuned value, from the two evaluations nearest it (Hz/m)
     * @param frequencyEstimate relative error estimate of the tuned frequency on the case's mesh
     *     (design.md §2.14); NaN when not made (mesh.errorEstimate false, or above the automatic budget)
     * @param uncertainty the parameter's uncertainty from it, f ε / |df/dx| (m); NaN without the estimate
     */
    public record FrequencyTuning(Geometry geometry, double value, double slope, double frequencyEstimate,
            double uncertainty) {
    }

    /**
     * As {@link #frequency}, with the tuned parameter's uncertainty: the frequency's error estimate
     * on the case's mesh (a solve one order higher on the same triangulation) moves the zero by
     * f ε / |df/dx|. Made under the estimates' budget (design.md §2.14): not with
     * {@code mesh.errorEstimate: false}, and without {@code mesh.errorEstimate: true} or
     * {@code mesh.accuracy} only up to {@code AdaptiveSolve.ESTIMATE_BUDGET} unknowns times modes.
     */
    public FrequencyTuning tuneFrequency(Geometry start, String parameter, double target, double tolerance) {
        try {
            return searchFrequency(start, parameter, target, tolerance);
        } catch (InvalidGeometryException e) {
            throw new TuneException(e.getMessage());
        }
    }

    private FrequencyTuning searchFrequency(Geometry start, String parameter, double target, double tolerance) {
        out.printf(Locale.ROOT, "tuning %s for f = %.9g MHz (relative tolerance %.1e)%n", parameter, target * 1e-6,
                tolerance);
        out.printf(Locale.ROOT, "%5s %20s %20s %14s%n", "iter", parameter + " (mm)", "f (MHz)", "rel. error");
        double[] last = new double[1];
        List<double[]> evaluations = new ArrayList<>();
        CaseEvaluator.Evaluation[] lastEvaluation = new CaseEvaluator.Evaluation[1];
        RootFinder finder = new RootFinder(maxIterations, (i, p, e) -> out.printf(Locale.ROOT,
                "%5d %20.9f %20.9f %14.3e%n", i, p * 1e3, last[0] * 1e-6, e));
        double value = finder.solve(p -> {
            CaseEvaluator.Evaluation evaluation = evaluator.evaluate(start.withParameter(parameter, p));
            double f = evaluation.frequency();
            last[0] = f;
            evaluations.add(new double[] {p, f});
            lastEvaluation[0] = evaluation;
            return (f - target) / target;
        }, start.parameter(parameter), FIRST_STEP * start.parameter(parameter), tolerance, parameter);
        Geometry tuned = start.withParameter(parameter, value);
        // The slope from the two evaluations nearest the zero (the secant the finder used last).
        evaluations.sort(java.util.Comparator.comparingDouble(e -> Math.abs(e[0] - value)));
        double slope = evaluations.size() < 2 ? Double.NaN
                : (evaluations.get(1)[1] - evaluations.get(0)[1]) / (evaluations.get(1)[0] - evaluations.get(0)[0]);
        double estimate = Double.NaN;
        String why = evaluator.estimateRefusal(lastEvaluation[0]);
        if (why == null) {
            estimate = evaluator.frequencyEstimate(tuned);
        }
        double uncertainty = target * estimate / Math.abs(slope);
        if (why != null) {
            out.printf(Locale.ROOT, "tuned %s: no uncertainty from the frequency's error estimate (%s)%n", parameter, why);
        } else {
            out.printf(Locale.ROOT, "tuned %s = %.9f mm; frequency estimate %.2g on the case's mesh (against order %d on "
                    + "the same triangulation), df/d%s = %.6g MHz/mm: %s uncertain by %.2g mm (f * estimate / |df/dx|)%n",
                    parameter, value * 1e3, estimate, evaluator.referenceOrder(), parameter, slope * 1e-9, parameter,
                    uncertainty * 1e3);
        }
        return new FrequencyTuning(tuned, value, slope, estimate, uncertainty);
    }

    /**
     * Moves end-cell parameters until the π-mode field is flat: |E_end/E_inner − 1| <= tolerance
     * at each end tuned.
     *
     * @param parameters one or two names: {@code leftEndCell.X}, {@code rightEndCell.X} or {@code endCells.X}
     * @return the tuned geometry
     * @throws TuneException when flatness is out of reach or not met
     */
    public Geometry flatness(Geometry start, List<String> parameters, double tolerance) {
        try {
            return searchFlatness(start, parameters, tolerance);
        } catch (InvalidGeometryException e) {
            throw new TuneException(e.getMessage());
        }
    }

    private Geometry searchFlatness(Geometry start, List<String> parameters, double tolerance) {
        String[] names = parameters.toArray(new String[0]);
        out.printf(Locale.ROOT, "tuning %s for a flat pi-mode field (tolerance %.1e on E_end/E_inner - 1)%n",
                String.join(" and ", names), tolerance);
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%5s", "iter"));
        for (String p : names) {
            header.append(String.format(Locale.ROOT, " %22s", p + " (mm)"));
        }
        for (String p : names) {
            header.append(String.format(Locale.ROOT, " %22s", "E_end/E_inner-1 " + p.substring(0, p.indexOf('.'))
                    .replace("EndCell", "").replace("Cells", "")));
        }
        out.println(header.append(String.format(Locale.ROOT, " %10s %16s", "flatness", "f_pi (MHz)")));
        double[] last = new double[2];
        BroydenSolver solver = new BroydenSolver(maxIterations, (i, x, r) -> {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%5d", i));
            for (double v : x) {
                line.append(String.format(Locale.ROOT, " %22.9f", v * 1e3));
            }
            for (double v : r) {
                line.append(String.format(Locale.ROOT, " %22.6f", v));
            }
            out.println(line.append(String.format(Locale.ROOT, " %9.2f%% %16.9f", 100 * last[0], last[1] * 1e-6)));
        });
        double[] x0 = new double[names.length];
        for (int i = 0; i < names.length; i++) {
            x0[i] = start.parameter(names[i]);
        }
        double[] x = solver.solve(values -> {
            Geometry g = start;
            for (int i = 0; i < names.length; i++) {
                g = g.withParameter(names[i], values[i]);
            }
            Passband band = passband(g);
            last[0] = band.fieldFlatness();
            last[1] = band.piMode().frequency();
            double[] residuals = new double[names.length];
            for (int i = 0; i < names.length; i++) {
                residuals[i] = endImbalance(band.piModeCellPeaks(), names[i]);
            }
            return residuals;
        }, x0, names, tolerance);
        Geometry g = start;
        for (int i = 0; i < names.length; i++) {
            g = g.withParameter(names[i], x[i]);
        }
        return g;
    }

    private Passband passband(Geometry g) {
        return evaluator.evaluate(g).result().passband().orElseThrow(() -> new TuneException(
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
