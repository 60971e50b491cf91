package org.cavityfem.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cavityfem.casefile.Geometry;
import org.uma.jmetal.problem.Problem;
import org.uma.jmetal.solution.doublesolution.DoubleSolution;
import org.uma.jmetal.util.evaluator.SolutionListEvaluator;

/**
 * Evaluates jMetal's population on the point pool: every solution gets the next point index, so
 * that a seeded optimisation numbers its points the same way each time and a resumed one finds its
 * finished points in the journal. Points that break a geometric constraint are not studied.
 */
final class PoolEvaluator implements SolutionListEvaluator<DoubleSolution> {

    private static final long serialVersionUID = 1L;

    /** The solution attribute holding its point index. */
    private static final String POINT = "cavity.point";

    private final transient ShapeProblem problem;
    private final transient PointEvaluator points;
    private final transient PointPool pool;
    private final transient ProgressBar bar;
    private final transient Map<Integer, PointRow> rows = new TreeMap<>();
    private int next;

    PoolEvaluator(ShapeProblem problem, PointEvaluator points, PointPool pool, ProgressBar bar) {
        this.problem = problem;
        this.points = points;
        this.pool = pool;
        this.bar = bar;
    }

    @Override
    public List<DoubleSolution> evaluate(List<DoubleSolution> population, Problem<DoubleSolution> p) {
        Map<Integer, double[]> batch = new TreeMap<>();
        Map<Integer, double[]> geometric = new HashMap<>();
        Map<Integer, DoubleSolution> byIndex = new HashMap<>();
        for (DoubleSolution s : population) {
            int index = next++;
            double[] values = ShapeProblem.values(s);
            byIndex.put(index, s);
            s.attributes().put(POINT, index);
            double[] g;
            try {
                Geometry geometry = points.caseOf(index, values).geometry();
                g = problem.geometric(geometry);
            } catch (IllegalArgumentException e) {
                g = new double[] {0, 0};
            }
            geometric.put(index, g);
            if (g[0] >= 0 && g[1] >= 0) {
                batch.put(index, values);
            } else {
                bar.step(false);
            }
        }
        Map<Integer, PointRow> done;
        try {
            done = pool.run(batch, bar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows.putAll(done);
        for (Map.Entry<Integer, DoubleSolution> e : byIndex.entrySet()) {
            problem.assign(e.getValue(), done.get(e.getKey()), geometric.get(e.getKey()));
        }
        return population;
    }

    /** Every studied point's row, by index. */
    Map<Integer, PointRow> rows() {
        return rows;
    }

    /** The point index of an evaluated solution. */
    static int indexOf(DoubleSolution s) {
        return (Integer) s.attributes().get(POINT);
    }

    @Override
    public void shutdown() {
        // The pool belongs to the optimisation, which closes it.
    }
}
