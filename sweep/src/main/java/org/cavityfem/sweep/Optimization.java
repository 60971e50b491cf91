package org.cavityfem.sweep;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.casefile.CaseWriter;
import org.cavityfem.casefile.Geometry;
import org.cavityfem.solver.ModeSolver;
import org.uma.jmetal.algorithm.multiobjective.nsgaii.NSGAII;
import org.uma.jmetal.algorithm.multiobjective.nsgaii.NSGAIIBuilder;
import org.uma.jmetal.operator.crossover.impl.SBXCrossover;
import org.uma.jmetal.operator.mutation.impl.PolynomialMutation;
import org.uma.jmetal.solution.doublesolution.DoubleSolution;
import org.uma.jmetal.util.pseudorandom.JMetalRandom;

/**
 * A multi-objective optimisation of a study with jMetal's NSGA-II (SBX crossover, probability 0.9,
 * index 20; polynomial mutation, probability 1/variables, index 20 — the algorithm's usual
 * settings). Each evaluated design is a point of the study, studied on the worker pool and kept in
 * the folder's journal, so an optimisation resumes like a sweep. Writes results.csv (every point),
 * pareto.csv (the feasible non-dominated points of the last population), the Pareto plot and the
 * case file of every Pareto point under pareto/.
 */
public final class Optimization {

    /** File name of the Pareto table. */
    public static final String PARETO = "pareto.csv";

    private Optimization() {
    }

    /**
     * What an optimisation found.
     *
     * @param pareto the Pareto points' rows, by index
     * @param rows every studied point's row, by index
     * @param computed points computed in this run (the others came from the journal)
     */
    public record Outcome(Map<Integer, PointRow> pareto, Map<Integer, PointRow> rows, int computed) {
    }

    /**
     * Runs the optimisation of {@code spec} (which has an {@code optimize} section).
     *
     * @throws IOException when the folder cannot be written
     */
    public static Outcome run(StudySpec spec, Path folder, int workers, Supplier<ModeSolver> solvers,
            PrintStream progress) throws IOException {
        OptimizeSpec o = spec.optimize().orElseThrow();
        JMetalRandom.getInstance().setSeed(o.seed());
        ShapeProblem problem = new ShapeProblem(spec);
        PointEvaluator points = new PointEvaluator(spec, solvers);
        int total = o.population() * (o.generations() + 1);
        try (Journal journal = Journal.open(folder, spec.fingerprint());
                PointPool pool = new PointPool(points, journal, null, workers)) {
            ProgressBar bar = new ProgressBar(progress, "optimize", total, 0);
            PoolEvaluator evaluator = new PoolEvaluator(problem, points, pool, bar);
            NSGAII<DoubleSolution> nsga = new NSGAIIBuilder<>(problem, new SBXCrossover(0.9, 20.0),
                    new PolynomialMutation(1.0 / spec.variables().size(), 20.0), o.population())
                    .setMaxEvaluations(total).setSolutionListEvaluator(evaluator).build();
            nsga.run();
            bar.finish();
            // The front is taken here rather than from the algorithm's result(), which ranks infeasible
            // designs with the feasible ones: the feasible designs of the last population that no other
            // feasible one dominates.
            List<DoubleSolution> feasible = nsga.getPopulation().stream().filter(ShapeProblem::feasible).toList();
            // A design copied unchanged into a later generation appears once, at its first index.
            Map<Integer, PointRow> pareto = new TreeMap<>();
            List<double[]> taken = new ArrayList<>();
            List<DoubleSolution> byIndex = new ArrayList<>(feasible);
            byIndex.sort(Comparator.comparingInt(PoolEvaluator::indexOf));
            for (DoubleSolution s : byIndex) {
                if (feasible.stream().noneMatch(t -> dominates(t.objectives(), s.objectives()))
                        && taken.stream().noneMatch(t -> Arrays.equals(t, s.objectives()))) {
                    taken.add(s.objectives());
                    int index = PoolEvaluator.indexOf(s);
                    pareto.put(index, evaluator.rows().get(index));
                }
            }
            ResultTable.write(spec, evaluator.rows().values(), folder, ResultTable.FILE);
            ResultTable.write(spec, pareto.values(), folder, PARETO);
            writeCases(spec, points, pareto, folder.resolve("pareto"));
            ParetoPlot.write(spec, evaluator.rows().values(), pareto.values(), folder.resolve("pareto.png"));
            return new Outcome(pareto, evaluator.rows(), pool.computed());
        }
    }

    /** True when {@code a} is nowhere worse and somewhere better than {@code b} (all minimised). */
    static boolean dominates(double[] a, double[] b) {
        boolean better = false;
        for (int i = 0; i < a.length; i++) {
            if (a[i] > b[i]) {
                return false;
            }
            better |= a[i] < b[i];
        }
        return better;
    }

    private static void writeCases(StudySpec spec, PointEvaluator points, Map<Integer, PointRow> pareto, Path dir)
            throws IOException {
        Files.createDirectories(dir);
        for (PointRow r : pareto.values()) {
            CaseDefinition c = points.caseOf(r.index(), r.parameters());
            if (spec.tune().isPresent()) {
                Geometry g = c.geometry().withParameter(spec.tune().get().parameter(), r.tuned());
                c = c.withGeometry(g);
            }
            List<String> objectives = new ArrayList<>();
            for (Objective ob : spec.optimize().orElseThrow().objectives()) {
                objectives.add(ob.column() + " = " + r.figure(ob.column()));
            }
            c = c.withDescription("Pareto point " + r.index() + " of study " + spec.name() + ": "
                    + String.join(", ", objectives));
            Files.writeString(dir.resolve(c.name() + ".json"), CaseWriter.toJson(c), StandardCharsets.UTF_8);
        }
    }
}
