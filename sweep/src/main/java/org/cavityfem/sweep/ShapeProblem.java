package org.cavityfem.sweep;

import java.util.ArrayList;
import java.util.List;
import org.cavityfem.casefile.EllipticalGeometry;
import org.cavityfem.casefile.Geometry;
import org.cavityfem.mesh.build.EllipticalHalfCell;
import org.uma.jmetal.problem.doubleproblem.impl.AbstractDoubleProblem;
import org.uma.jmetal.solution.doublesolution.DoubleSolution;

/**
 * The optimisation problem of a study for jMetal: the variables within their bounds, the
 * objectives as minimised values, and the constraints (wall angle, iris wall thickness, k_cc
 * floor in percent, and the point's study succeeding) as values that are negative when violated;
 * jMetal's NSGA-II ranks on the objectives alone, so an infeasible design is also given objectives
 * worse than every feasible one's (Deb's constraint domination). Solutions
 * are evaluated in batches by {@link PoolEvaluator}; {@link #evaluate} alone is not used.
 */
final class ShapeProblem extends AbstractDoubleProblem {

    /** The value of an objective of a point that failed or broke a geometric constraint. */
    static final double PENALTY = 1e30;

    /** The objectives of an infeasible design start here, above any figure's value. */
    static final double INFEASIBLE = 1e15;

    private final StudySpec spec;
    private final OptimizeSpec optimize;

    ShapeProblem(StudySpec spec) {
        this.spec = spec;
        this.optimize = spec.optimize().orElseThrow();
        List<Double> lower = new ArrayList<>();
        List<Double> upper = new ArrayList<>();
        for (Variable v : spec.variables()) {
            lower.add(v.lower());
            upper.add(v.upper());
        }
        variableBounds(lower, upper);
        numberOfObjectives(optimize.objectives().size());
        numberOfConstraints(4);
        name(spec.name());
    }

    @Override
    public DoubleSolution evaluate(DoubleSolution solution) {
        throw new UnsupportedOperationException("solutions are evaluated in batches by the point pool");
    }

    /** The variables of a solution (m). */
    static double[] values(DoubleSolution s) {
        return s.variables().stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * The geometric constraints of a point before it is studied (wall angle minus its minimum in
     * degrees, iris wall thickness minus its minimum in mm), negative when violated.
     */
    double[] geometric(Geometry g) {
        double angle = 0;
        double thickness = 0;
        if (g instanceof EllipticalGeometry e) {
            for (String cell : List.of("midCell", "leftEndCell", "rightEndCell")) {
                EllipticalHalfCell h = e.halfCell(cell);
                if (optimize.minWallAngleDeg().isPresent()) {
                    angle = Math.min(angle, h.wallAngleDeg() - optimize.minWallAngleDeg().getAsDouble());
                }
                if (optimize.minWallThickness().isPresent()) {
                    thickness = Math.min(thickness,
                            (2 * h.parameter("a") - optimize.minWallThickness().getAsDouble()) * 1e3);
                }
            }
        }
        return new double[] {angle, thickness};
    }

    /** Sets a solution's objectives and constraints from its row (null when not studied). */
    void assign(DoubleSolution s, PointRow row, double[] geometric) {
        double[] c = s.constraints();
        c[0] = geometric[0];
        c[1] = geometric[1];
        c[2] = 0;
        c[3] = 0;
        if (row == null || !row.ok()) {
            c[3] = -1;
            // A design kept from its study by the wall constraints is graded by how far it is from
            // them; one whose study failed has nothing to grade it by.
            double wall = -(c[0] + c[1]);
            for (int i = 0; i < optimize.objectives().size(); i++) {
                s.objectives()[i] = row == null && wall > 0 ? INFEASIBLE + wall : PENALTY;
            }
            return;
        }
        if (optimize.minCoupling().isPresent()) {
            double k = row.figure(Figures.COUPLING);
            c[2] = Double.isNaN(k) ? -1 : Math.min(0, (k - optimize.minCoupling().getAsDouble()) * 100);
        }
        double violation = -(Math.min(0, c[0]) + Math.min(0, c[1]) + c[2]);
        if (violation > 0) {
            // Deb's constraint domination through the objectives: every feasible design dominates every
            // infeasible one, and of two infeasible designs the one closer to feasible dominates.
            for (int i = 0; i < optimize.objectives().size(); i++) {
                s.objectives()[i] = INFEASIBLE + violation;
            }
            return;
        }
        for (int i = 0; i < optimize.objectives().size(); i++) {
            Objective o = optimize.objectives().get(i);
            double v = row.figure(o.column());
            s.objectives()[i] = Double.isNaN(v) ? PENALTY : o.minimised(v);
        }
    }

    /** True when every constraint holds. */
    static boolean feasible(DoubleSolution s) {
        for (double c : s.constraints()) {
            if (c < 0) {
                return false;
            }
        }
        return true;
    }
}
