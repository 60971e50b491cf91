package org.cavityfem.solver.eigen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cavityfem.solver.linalg.CsrMatrix;
import org.cavityfem.solver.linalg.QdldlFactorizer;
import org.cavityfem.solver.linalg.SupernodalLdlFactorizer;
import org.cavityfem.solver.linalg.SymbolicFactorization;
import org.cavityfem.solver.linalg.SymmetricFactorization;
import org.cavityfem.solver.linalg.SymmetricFactorizer;
import org.cavityfem.solver.testproblems.ModelProblems;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Times the eigen back end on P1 Laplace problems on the unit square (structured right-triangle
 * grid, Dirichlet boundary), stage by stage, and reports the peak heap.
 *
 * <p>{@code mvn -Plong -pl solver -am test} runs the default sizes (≈ 200k
 * and 10⁶ unknowns, 6 lowest modes). As a program: arguments {@code cells [shift] [count]
 * [supernodal|qdldl]}, e.g. {@code 448 0 6 qdldl}; the problem has (cells − 1)² unknowns.
 */
@Tag("slow")
public class EigenBenchmarkTest {

    private static final double TOLERANCE = 1e-13;

    @Test
    void lowestModesAtTwoHundredThousandAndOneMillionUnknowns() {
        for (int cells : new int[] {448, 1001}) {
            EigenSolution solution = run(cells, 0, 6, new SupernodalLdlFactorizer());
            assertTrue(solution.inertia().complete());
            solution.pairs().forEach(p -> assertTrue(p.relativeResidual() < 1e-8, "residual " + p.relativeResidual()));
        }
    }

    public static void main(String[] args) {
        int cells = Integer.parseInt(args[0]);
        double shift = args.length > 1 ? Double.parseDouble(args[1]) : 0;
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        boolean qdldl = args.length > 3 && args[3].equals("qdldl");
        run(cells, shift, count, qdldl ? new QdldlFactorizer() : new SupernodalLdlFactorizer());
    }

    static EigenSolution run(int cells, double shift, int count, SymmetricFactorizer backEnd) {
        CsrMatrix[] km = ModelProblems.triangleGrid(cells);
        CsrMatrix k = km[0];
        CsrMatrix m = km[1];
        System.gc();
        List<MemoryPoolMXBean> heap = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
                heap.add(pool);
            }
        }
        long start = System.nanoTime();
        // The analysis is cached by the back end and reused by every factorisation of the solve.
        SymbolicFactorization symbolic = backEnd instanceof QdldlFactorizer q ? q.analyse(k, m)
                : ((SupernodalLdlFactorizer) backEnd).analyse(k, m);
        long analysed = System.nanoTime();
        TimedFactorizer timed = new TimedFactorizer(backEnd);
        EigenSolution solution = new ShiftInvertEigenSolver(timed).solve(k, m,
                new EigenRequest(shift, count, TOLERANCE, 300));
        long end = System.nanoTime();
        long peak = 0;
        for (MemoryPoolMXBean pool : heap) {
            peak += pool.getPeakUsage().getUsed();
        }
        double factorShift = timed.factorSeconds.get(0);
        double inertia = timed.factorSeconds.stream().skip(1).mapToDouble(Double::doubleValue).sum();
        double eigen = (end - analysed) * 1e-9 - factorShift - inertia;
        double worst = solution.pairs().stream().mapToDouble(EigenPair::relativeResidual).max().orElse(0);
        System.out.printf(Locale.ROOT, "%s n=%d nnz(K)=%d nnz(L) stored=%d structural=%d | analysis %.2f s, "
                + "factor %.2f s, eigen %.2f s (%d solves, %.3f s each), inertia %d factorisations %.2f s, total %.2f s"
                + " | peak heap %.0f MiB | %d pairs, lambda %.6g .. %.6g, max residual %.1e, inertia %d..%d%n",
                backEnd.getClass().getSimpleName(), k.size(), k.nonZeros(), solution.factorNonZeros(),
                symbolic.structuralNonZeros(), (analysed - start) * 1e-9, factorShift, eigen, timed.solves,
                timed.solveSeconds / Math.max(1, timed.solves), timed.factorSeconds.size() - 1, inertia,
                (end - start) * 1e-9, peak / 1048576.0, solution.pairs().size(), solution.pairs().get(0).eigenvalue(),
                solution.pairs().get(solution.pairs().size() - 1).eigenvalue(), worst,
                solution.inertia().eigenvaluesBelowLower(), solution.inertia().eigenvaluesBelowUpper());
        return solution;
    }

    /** Records the time of every factorisation and of all solves. */
    private static final class TimedFactorizer implements SymmetricFactorizer {

        private final SymmetricFactorizer inner;
        final List<Double> factorSeconds = new ArrayList<>();
        double solveSeconds;
        int solves;

        TimedFactorizer(SymmetricFactorizer inner) {
            this.inner = inner;
        }

        @Override
        public SymmetricFactorization factor(CsrMatrix k, CsrMatrix m, double sigma) {
            long t0 = System.nanoTime();
            SymmetricFactorization f = inner.factor(k, m, sigma);
            factorSeconds.add((System.nanoTime() - t0) * 1e-9);
            return new SymmetricFactorization() {
                @Override
                public int size() {
                    return f.size();
                }

                @Override
                public void solve(double[] b, double[] x) {
                    long s0 = System.nanoTime();
                    f.solve(b, x);
                    solveSeconds += (System.nanoTime() - s0) * 1e-9;
                    solves++;
                }

                @Override
                public int negativePivots() {
                    return f.negativePivots();
                }

                @Override
                public long factorNonZeros() {
                    return f.factorNonZeros();
                }
            };
        }
    }
}
