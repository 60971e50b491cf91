package org.cavityfem.solver.eigen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.cavityfem.solver.linalg.CsrMatrix;
import org.cavityfem.solver.linalg.SingularMatrixException;
import org.cavityfem.solver.linalg.SupernodalLdlFactorizer;
import org.cavityfem.solver.linalg.SymmetricFactorization;
import org.cavityfem.solver.linalg.SymmetricFactorizer;
import org.cavityfem.solver.testproblems.ModelProblems;
import org.junit.jupiter.api.Test;

class ShiftInvertEigenSolverTest {

    private static final double TOLERANCE = 1e-13;
    private final ShiftInvertEigenSolver solver = new ShiftInvertEigenSolver();

    @Test
    void lowestModesOfTheOneDimensionalProblemMatchTheClosedForm() {
        int n = 1000;
        CsrMatrix k = ModelProblems.stiffness1d(n);
        CsrMatrix m = ModelProblems.mass1d(n);
        EigenSolution solution = solver.solve(k, m, new EigenRequest(0, 6, TOLERANCE, 300));
        assertEigenvalues(Arrays.copyOf(ModelProblems.eigenvalues1d(n), 6), solution.pairs(), 1e-12);
        assertMOrthonormal(m, solution.pairs());
        // The residual of an exact pair is bounded below by roundoff in K x, about ε·λ_max/λ.
        solution.pairs().forEach(p -> assertTrue(p.relativeResidual() < 1e-9, "residual " + p.relativeResidual()));
        // σ = 0 has no eigenvalue below it, so the lower count is the shift's; the upper needs its own.
        assertEquals(new InertiaCheck(solution.inertia().lower(), solution.inertia().upper(), 0, 6, 6,
                InertiaCheck.Count.SHIFT_FACTORISATION, InertiaCheck.Count.OWN_FACTORISATION), solution.inertia());
        assertTrue(solution.operatorApplications() > 0 && solution.factorNonZeros() >= n - 1);
    }

    @Test
    void degenerateEigenvalueAtTheEdgeOfTheRequestIsReturnedWhole() {
        // λ_i + λ_j: (1,1), (1,2)=(2,1), (2,2), (1,3)=(3,1), ... Asking for 5 cuts the (1,3) pair.
        int n = 30;
        CsrMatrix[] km = ModelProblems.tensorProblem(n);
        EigenSolution solution = solver.solve(km[0], km[1], new EigenRequest(0, 5, TOLERANCE, 300));
        assertEquals(6, solution.pairs().size());
        assertEigenvalues(Arrays.copyOf(ModelProblems.tensorEigenvalues(n), 6), solution.pairs(), 1e-12);
        assertMOrthonormal(km[1], solution.pairs());
        assertTrue(solution.inertia().complete());
        assertEquals(6, solution.inertia().expected());
    }

    @Test
    void shiftInsideTheSpectrumFindsTheNearestEigenvalues() {
        int n = 30;
        CsrMatrix[] km = ModelProblems.tensorProblem(n);
        double[] exact = ModelProblems.tensorEigenvalues(n);
        double sigma = 0.3 * exact[400] + 0.7 * exact[401];
        int count = 8;
        EigenSolution solution = solver.solve(km[0], km[1], new EigenRequest(sigma, count, TOLERANCE, 300));
        double[] nearest = nearestWithWholeClusters(exact, sigma, count);
        assertEigenvalues(nearest, solution.pairs(), 1e-12);
        assertMOrthonormal(km[1], solution.pairs());
        InertiaCheck inertia = solution.inertia();
        assertEquals(countBelow(exact, inertia.lower()), inertia.eigenvaluesBelowLower());
        assertEquals(countBelow(exact, inertia.upper()), inertia.eigenvaluesBelowUpper());
        assertEquals(nearest.length, inertia.found());
        solution.pairs().forEach(p -> assertTrue(p.relativeResidual() < 1e-10, "residual " + p.relativeResidual()));
    }

    @Test
    void shiftOnASingularPencilIsMovedAndTheZeroEigenvalueFound() {
        int elements = 400;
        CsrMatrix k = ModelProblems.neumannStiffness1d(elements);
        CsrMatrix m = ModelProblems.neumannMass1d(elements);
        double[] exact = ModelProblems.neumannEigenvalues1d(elements);
        assertThrows(SingularMatrixException.class, () -> new SupernodalLdlFactorizer().factor(k, m, 0));
        List<EigenPair> pairs = solver.solve(k, m, new EigenRequest(0, 4, TOLERANCE, 300)).pairs();
        assertEquals(4, pairs.size());
        assertTrue(Math.abs(pairs.get(0).eigenvalue()) < 1e-10 * exact[1], "λ0 = " + pairs.get(0).eigenvalue());
        for (int j = 1; j < 4; j++) {
            assertEquals(exact[j], pairs.get(j).eigenvalue(), 1e-12 * exact[j]);
        }
    }

    @Test
    void iterationLimitReportsWhatFailedAndWhatToTry() {
        int n = 2000;
        CsrMatrix k = ModelProblems.stiffness1d(n);
        CsrMatrix m = ModelProblems.mass1d(n);
        double sigma = ModelProblems.eigenvalues1d(n)[1000];
        EigenSolveException e = assertThrows(EigenSolveException.class,
                () -> solver.solve(k, m, new EigenRequest(sigma, 15, TOLERANCE, 1)));
        assertTrue(e.getMessage().contains("maxIterations = 1"), e.getMessage());
        assertTrue(e.getMessage().contains("allow more iterations"), e.getMessage());
    }

    @Test
    void missingEigenvaluesFailTheInertiaCheck() {
        // A factoriser that reports one eigenvalue too many below the upper end of any window.
        SupernodalLdlFactorizer honest = new SupernodalLdlFactorizer();
        SymmetricFactorizer lying = (k, m, sigma) -> {
            SymmetricFactorization f = honest.factor(k, m, sigma);
            return sigma <= 0 ? f : new Overcounting(f);
        };
        int n = 500;
        CsrMatrix k = ModelProblems.stiffness1d(n);
        CsrMatrix m = ModelProblems.mass1d(n);
        EigenSolveException e = assertThrows(EigenSolveException.class,
                () -> new ShiftInvertEigenSolver(lying).solve(k, m, new EigenRequest(0, 3, TOLERANCE, 300)));
        assertTrue(e.getMessage().contains("inertia check failed on the window"), e.getMessage());
        assertTrue(e.getMessage().contains("so 4 eigenvalues lie in the window, but 3 were found"), e.getMessage());
    }

    @Test
    void repeatedSolvesAreBitForBitIdentical() {
        CsrMatrix[] km = ModelProblems.tensorProblem(24);
        EigenRequest request = new EigenRequest(300, 7, TOLERANCE, 300);
        List<EigenPair> first = solver.solve(km[0], km[1], request).pairs();
        List<EigenPair> second = new ShiftInvertEigenSolver().solve(km[0], km[1], request).pairs();
        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i).eigenvalue(), second.get(i).eigenvalue(), 0);
            assertEquals(first.get(i).relativeResidual(), second.get(i).relativeResidual(), 0);
            assertArrayEquals(first.get(i).vector(), second.get(i).vector(), 0);
        }
    }

    @Test
    void smallProblemsAreSolvedDenselyUpToTheWholeSpectrum() {
        int n = 40;
        CsrMatrix k = ModelProblems.stiffness1d(n);
        CsrMatrix m = ModelProblems.mass1d(n);
        double[] exact = ModelProblems.eigenvalues1d(n);
        EigenSolution all = solver.solve(k, m, new EigenRequest(0, n, TOLERANCE, 300));
        assertEigenvalues(exact, all.pairs(), 1e-12);
        assertMOrthonormal(m, all.pairs());
        assertTrue(all.inertia().complete());
        EigenSolution near = solver.solve(k, m, new EigenRequest(exact[20], 3, TOLERANCE, 300));
        assertEigenvalues(Arrays.copyOfRange(exact, 19, 22), near.pairs(), 1e-12);
        assertThrows(EigenSolveException.class, () -> solver.solve(k, m, new EigenRequest(0, n + 1, TOLERANCE, 300)));
    }

    @Test
    void signIsFixedByTheLargestComponent() {
        CsrMatrix k = ModelProblems.stiffness1d(300);
        CsrMatrix m = ModelProblems.mass1d(300);
        for (EigenPair p : solver.solve(k, m, new EigenRequest(0, 4, TOLERANCE, 300)).pairs()) {
            double largest = 0;
            for (double v : p.vector()) {
                if (Math.abs(v) > Math.abs(largest)) {
                    largest = v;
                }
            }
            assertTrue(largest > 0);
        }
    }

    /** The count eigenvalues nearest σ, extended by any equal to the farthest of them. */
    private static double[] nearestWithWholeClusters(double[] exact, double sigma, int count) {
        double[] distances = Arrays.stream(exact).map(x -> Math.abs(x - sigma)).sorted().toArray();
        double reach = distances[count - 1] * (1 + 1e-10);
        return Arrays.stream(exact).filter(x -> Math.abs(x - sigma) <= reach).toArray();
    }

    private static int countBelow(double[] sorted, double x) {
        int c = 0;
        while (c < sorted.length && sorted[c] < x) {
            c++;
        }
        return c;
    }

    private static void assertEigenvalues(double[] expected, List<EigenPair> pairs, double relative) {
        assertEquals(expected.length, pairs.size());
        for (int i = 0; i < expected.length; i++) {
            double lambda = pairs.get(i).eigenvalue();
            assertTrue(Math.abs(lambda - expected[i]) <= relative * Math.abs(expected[i]),
                    "eigenvalue " + i + ": " + lambda + " instead of " + expected[i]);
        }
    }

    private static void assertMOrthonormal(CsrMatrix m, List<EigenPair> pairs) {
        double[] mx = new double[m.size()];
        for (EigenPair p : pairs) {
            m.multiply(p.vector(), mx);
            for (EigenPair q : pairs) {
                double dot = 0;
                for (int i = 0; i < mx.length; i++) {
                    dot += q.vector()[i] * mx[i];
                }
                assertEquals(p == q ? 1 : 0, dot, 1e-10);
            }
        }
    }

    /** Reports one more negative pivot than there is. */
    private record Overcounting(SymmetricFactorization f) implements SymmetricFactorization {
        @Override
        public int size() {
            return f.size();
        }

        @Override
        public void solve(double[] b, double[] x) {
            f.solve(b, x);
        }

        @Override
        public int negativePivots() {
            return f.negativePivots() + 1;
        }

        @Override
        public long factorNonZeros() {
            return f.factorNonZeros();
        }
    }
}
