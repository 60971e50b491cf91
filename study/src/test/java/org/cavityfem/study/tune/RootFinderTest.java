package org.cavityfem.study.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RootFinderTest {

    /**
     * The pillbox law f ∝ 1/R: the radius giving f_target from f(R0) is R0·f(R0)/f_target exactly;
     * the search lands there in a few evaluations.
     */
    @Test
    void findsTheRadiusOfAnInverseLaw() {
        double r0 = 0.115;
        double f0 = 997.761111611e6;
        double target = 1.3e9;
        List<Double> tried = new ArrayList<>();
        RootFinder finder = new RootFinder(20, (i, p, v) -> tried.add(p));
        double r = finder.solve(p -> (f0 * r0 / p - target) / target, r0, 1e-3 * r0, 1e-12, "R");
        assertEquals(r0 * f0 / target, r, 1e-12 * r0);
        assertTrue(tried.size() <= 12, "evaluations " + tried.size());
    }

    @Test
    void aFlatFunctionIsOutOfReach() {
        RootFinder finder = new RootFinder(20, (i, p, v) -> { });
        TuneException e = assertThrows(TuneException.class, () -> finder.solve(p -> 0.5, 1, 0.01, 1e-9, "x"));
        assertTrue(e.getMessage().contains("does not move the target"), e.getMessage());
    }

    @Test
    void aZeroBeyondTheValidRangeIsOutOfReach() {
        RootFinder finder = new RootFinder(50, (i, p, v) -> { });
        // The zero is at x = −1, but x must stay positive.
        TuneException e = assertThrows(TuneException.class, () -> finder.solve(p -> {
            if (p <= 0) {
                throw new IllegalArgumentException("x must be positive");
            }
            return p + 1;
        }, 1, 0.01, 1e-9, "x"));
        assertTrue(e.getMessage().contains("out of reach"), e.getMessage());
    }

    @Test
    void tooFewIterationsIsReported() {
        RootFinder finder = new RootFinder(3, (i, p, v) -> { });
        TuneException e = assertThrows(TuneException.class,
                () -> finder.solve(p -> Math.atan(p - 3) + 0.1 * Math.sin(5 * p), 0, 0.01, 1e-12, "x"));
        assertTrue(e.getMessage().contains("no convergence in 3"), e.getMessage());
    }

    /** A linear system F(x) = A x − b: Broyden with a difference Jacobian solves it in one step. */
    @Test
    void broydenSolvesALinearPairInOneStep() {
        List<double[]> seen = new ArrayList<>();
        BroydenSolver solver = new BroydenSolver(10, (i, x, r) -> seen.add(x));
        double[] x = solver.solve(v -> new double[] {2 * v[0] + v[1] - 0.3, v[0] - 3 * v[1] + 0.1},
                new double[] {0.11, 0.07}, new String[] {"a", "b"}, 1e-12);
        // 2a + b = 0.3, a − 3b = −0.1 → a = 0.8/7, b = 0.5/7.
        assertEquals(0.8 / 7, x[0], 1e-12);
        assertEquals(0.5 / 7, x[1], 1e-12);
        assertEquals(4, seen.size());
    }
}
