package org.cavityfem.solver.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import org.cavityfem.solver.testproblems.DenseReference;
import org.cavityfem.solver.testproblems.ModelProblems;
import org.cavityfem.solver.testproblems.SparseBuilder;
import org.junit.jupiter.api.Test;

class SupernodalLdlTest {

    private final SupernodalLdlFactorizer factorizer = new SupernodalLdlFactorizer();

    @Test
    void solvesRandomPositiveDefiniteSystemsLikeDenseElimination() {
        for (long seed = 1; seed <= 4; seed++) {
            CsrMatrix a = ModelProblems.randomSymmetric(400, 8, 0.5, 0, seed);
            SymmetricFactorization f = factorizer.factor(a, zero(a.size()), 0);
            assertEquals(0, f.negativePivots());
            assertMatchesDense(a, f, seed);
        }
    }

    @Test
    void solvesRandomIndefiniteSystemsAndCountsTheirNegativeEigenvalues() {
        for (long seed = 11; seed <= 14; seed++) {
            CsrMatrix a = ModelProblems.randomSymmetric(400, 8, 0.5, 0.4, seed);
            SymmetricFactorization f = factorizer.factor(a, zero(a.size()), 0);
            assertEquals(DenseReference.negativeEigenvalues(ModelProblems.toDense(a)), f.negativePivots());
            assertMatchesDense(a, f, seed);
        }
    }

    @Test
    void shiftInsideTheSpectrumCountsTheEigenvaluesBelowIt() {
        int n = 24;
        CsrMatrix[] km = ModelProblems.tensorProblem(n);
        double[] exact = ModelProblems.tensorEigenvalues(n);
        // Midway between two distinct eigenvalues, well inside the spectrum.
        int below = 137;
        while (exact[below] == exact[below - 1]) {
            below++;
        }
        double sigma = 0.5 * (exact[below - 1] + exact[below]);
        SymmetricFactorization f = factorizer.factor(km[0], km[1], sigma);
        assertEquals(below, f.negativePivots());
        CsrMatrix shifted = ModelProblems.add(km[0], scaled(km[1], -sigma));
        assertMatchesDense(shifted, f, 5);
    }

    @Test
    void agreesWithTheIndependentQdldlFactorisation() {
        CsrMatrix[] km = ModelProblems.triangleGrid(60);
        double sigma = 2000;
        SymmetricFactorization supernodal = factorizer.factor(km[0], km[1], sigma);
        SymmetricFactorization qdldl = new QdldlFactorizer().factor(km[0], km[1], sigma);
        assertTrue(supernodal.negativePivots() > 10);
        assertEquals(qdldl.negativePivots(), supernodal.negativePivots());
        assertTrue(supernodal.factorNonZeros() >= qdldl.factorNonZeros());
        double[] b = randomVector(km[0].size(), 8);
        double[] x = new double[b.length];
        double[] y = new double[b.length];
        supernodal.solve(b, x);
        qdldl.solve(b, y);
        double difference = 0;
        double size = 0;
        for (int i = 0; i < x.length; i++) {
            difference = Math.max(difference, Math.abs(x[i] - y[i]));
            size = Math.max(size, Math.abs(y[i]));
        }
        assertTrue(difference <= 1e-10 * size, "solutions differ by " + difference / size);
    }

    @Test
    void patternIsTheUnionOfTheStiffnessAndMassPatterns() {
        // M with a pattern K lacks (and K entries M lacks): K − σM must still be formed exactly.
        CsrMatrix k = ModelProblems.stiffness1d(60);
        SparseBuilder mb = new SparseBuilder(60);
        for (int i = 0; i < 60; i++) {
            mb.add(i, i, 1.0 + i / 60.0);
        }
        mb.addSymmetric(3, 40, 0.25);
        CsrMatrix m = mb.build();
        double sigma = 7.5;
        SymmetricFactorization f = factorizer.factor(k, m, sigma);
        assertMatchesDense(ModelProblems.add(k, scaled(m, -sigma)), f, 9);
    }

    @Test
    void tridiagonalMatrixFactorsWithoutFill() {
        CsrMatrix k = ModelProblems.stiffness1d(500);
        UnionPattern union = UnionPattern.of(k, ModelProblems.mass1d(500));
        int[] order = FillReducingOrdering.compute(union);
        int[] position = FillReducingOrdering.inverse(order);
        int[] counts = EliminationTree.columnCounts(union, order, position,
                EliminationTree.parents(union, order, position));
        assertEquals(499, java.util.Arrays.stream(counts).sum());
        // Merged supernodes store some explicit zeros on top of that.
        assertTrue(factorizer.factor(k, k, 0.5).factorNonZeros() >= 499);
    }

    @Test
    void singularShiftIsReported() {
        CsrMatrix k = ModelProblems.neumannStiffness1d(50);
        CsrMatrix m = ModelProblems.neumannMass1d(50);
        SingularMatrixException e = assertThrows(SingularMatrixException.class, () -> factorizer.factor(k, m, 0));
        assertTrue(e.getMessage().contains("singular"), e.getMessage());
    }

    @Test
    void analysisIsReusedForTheSameMatrices() {
        CsrMatrix[] km = ModelProblems.tensorProblem(10);
        assertSame(factorizer.analyse(km[0], km[1]), factorizer.analyse(km[0], km[1]));
    }

    /**
     * A cancelled run (the warm server interrupts its thread on Ctrl-C) gets the cancellation from a
     * factorisation, not a factor: the analysis checks before it starts. The flag is left set, as
     * the caller reads it.
     */
    @Test
    void anInterruptedThreadGetsTheCancellationInsteadOfAFactor() {
        CsrMatrix[] km = ModelProblems.tensorProblem(10);
        try {
            Thread.currentThread().interrupt();
            assertThrows(CancellationException.class, () -> factorizer.factor(km[0], km[1], 1));
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    /**
     * The numeric factorisation of an analysis already made checks once per supernode, so a shift
     * factorised again (the inertia window's ends) is cancelled too; the cancelled attempt leaves
     * the analysis as it was: the next factorisation has the same pivot count and solution as one
     * made by a fresh factorizer.
     */
    @Test
    void theFactorisationOfAnAnalysedPatternIsCancelledAndLeavesTheAnalysisIntact() {
        CsrMatrix[] km = ModelProblems.triangleGrid(30);
        SymbolicFactorization analysis = factorizer.analyse(km[0], km[1]);
        try {
            Thread.currentThread().interrupt();
            assertThrows(CancellationException.class, () -> analysis.factor(2000));
        } finally {
            Thread.interrupted();
        }
        SymmetricFactorization again = analysis.factor(2000);
        SymmetricFactorization fresh = new SupernodalLdlFactorizer().factor(km[0], km[1], 2000);
        assertEquals(fresh.negativePivots(), again.negativePivots());
        double[] b = randomVector(again.size(), 7);
        double[] x = new double[b.length];
        double[] y = new double[b.length];
        again.solve(b, x);
        fresh.solve(b, y);
        assertArrayEquals(y, x, 0.0);
    }

    @Test
    void solveMayOverwriteItsRightHandSide() {
        CsrMatrix a = ModelProblems.randomSymmetric(200, 6, 1, 0.3, 21);
        SymmetricFactorization f = factorizer.factor(a, zero(a.size()), 0);
        double[] b = randomVector(a.size(), 3);
        double[] x = new double[a.size()];
        f.solve(b, x);
        f.solve(b, b);
        assertArrayEquals(x, b);
    }

    private static void assertMatchesDense(CsrMatrix a, SymmetricFactorization f, long seed) {
        double[][] dense = ModelProblems.toDense(a);
        double[] b = randomVector(a.size(), seed);
        double[] x = new double[a.size()];
        f.solve(b, x);
        double backward = DenseReference.backwardError(dense, x, b);
        assertTrue(backward < 1e-13, "backward error " + backward);
        double[] reference = DenseReference.solve(dense, b);
        double difference = 0;
        double size = 0;
        for (int i = 0; i < x.length; i++) {
            difference = Math.max(difference, Math.abs(x[i] - reference[i]));
            size = Math.max(size, Math.abs(reference[i]));
        }
        assertTrue(difference <= 1e-12 * size, "solutions differ by " + difference / size);
    }

    private static double[] randomVector(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 2 * random.nextDouble() - 1;
        }
        return v;
    }

    private static CsrMatrix zero(int n) {
        return new CsrMatrix(n, new int[n + 1], new int[0], new double[0]);
    }

    private static CsrMatrix scaled(CsrMatrix a, double factor) {
        double[] v = a.values().clone();
        for (int i = 0; i < v.length; i++) {
            v[i] *= factor;
        }
        return new CsrMatrix(a.size(), a.rowStart(), a.columns(), v);
    }

    @Test
    void anAnalysisPreparedInAdvanceWaitsBesideTheLastUntilItsFirstFactorisation() {
        CsrMatrix a = ModelProblems.randomSymmetric(400, 8, 0.5, 0, 21);
        CsrMatrix b = ModelProblems.randomSymmetric(400, 8, 0.5, 0, 22);
        CsrMatrix za = zero(a.size());
        CsrMatrix zb = zero(b.size());
        SupernodalLdlFactorizer f = new SupernodalLdlFactorizer();
        SymbolicFactorization first = f.analyse(a, za);
        f.prepare(b, zb);
        // The prepared one does not evict the one in use (its inertia checks still factorise it) ...
        assertSame(first, f.analyse(a, za));
        SymbolicFactorization second = f.analyse(b, zb);
        assertSame(second, f.analyse(b, zb));
        // ... and once factorised with, it is the last, and the one before is let go.
        assertNotSame(first, f.analyse(a, za));
        // The same factor either way.
        SymmetricFactorization prepared = new SupernodalLdlFactorizer().factor(b, zb, 0);
        SupernodalLdlFactorizer g = new SupernodalLdlFactorizer();
        g.prepare(b, zb);
        double[] x = new double[b.size()];
        double[] y = new double[b.size()];
        double[] rhs = new double[b.size()];
        java.util.Arrays.fill(rhs, 1);
        prepared.solve(rhs, x);
        g.factor(b, zb, 0).solve(rhs, y);
        assertArrayEquals(x, y);
    }
}
