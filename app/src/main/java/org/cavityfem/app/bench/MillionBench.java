package org.cavityfem.app.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
import org.cavityfem.mesh.build.Pillbox;
import org.cavityfem.solver.ModeRequest;
import org.cavityfem.solver.ModeSolution;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.solver.assembly.GeometryMode;
import org.cavityfem.solver.eigen.ShiftInvertEigenSolver;
import org.cavityfem.solver.linalg.CsrMatrix;
import org.cavityfem.solver.linalg.SupernodalLdlFactorizer;
import org.cavityfem.solver.linalg.SymbolicFactorization;
import org.cavityfem.solver.linalg.SymmetricFactorization;
import org.cavityfem.solver.linalg.SymmetricFactorizer;
import org.cavityfem.units.PhysicalConstants;

/**
 * The million-unknown target: the 115 mm pillbox's TM010 at order 4 with about 10⁶ unknowns
 * (element size R/205), the eigen solve split into the symbolic analysis (ordering, elimination
 * tree, supernodes), each numeric factorisation of the order-4 pencil and the rest (Lanczos, the
 * order-1 solve that places the shift, finishing), with where each inertia count came from, the peak
 * heap of the whole run and the frequency error against k = j01/R. A measurement, never a test.
 */
public final class MillionBench {

    static final double RADIUS = 0.115;
    /** R/205 at order 4: 1.01 million unknowns. */
    static final int DIVISIONS = 205;

    private final PrintStream out;

    public MillionBench(PrintStream out) {
        this.out = out;
    }

    /** Runs the solve once and prints its stages. */
    public void run() {
        resetPeaks();
        long t0 = System.nanoTime();
        Mesh mesh = MeshGenerator.generate(Pillbox.closed(RADIUS, RADIUS).contour(), MeshSettings.of(4, RADIUS / DIVISIONS));
        double meshSeconds = (System.nanoTime() - t0) * 1e-9;
        Timed factorizer = new Timed(new SupernodalLdlFactorizer());
        ModeSolution s = new ModeSolver(new ShiftInvertEigenSolver(factorizer), GeometryMode.EXACT)
                .solve(mesh, ModeRequest.lowest(1));
        double k = PhysicalConstants.J01 / RADIUS;
        double error = Math.abs(s.modes().get(0).waveNumber() - k) / k;
        out.printf(Locale.ROOT, "pillbox R = L = %.0f mm, order 4, h = R/%d: %d elements, %d unknowns, "
                + "%d factor entries%n", RADIUS * 1e3, DIVISIONS, mesh.elementCount(), s.unknowns(), s.factorNonZeros());
        out.printf(Locale.ROOT, "  mesh %.2f s, assemble %.2f s, eigen %.2f s incl. the inertia proof%n", meshSeconds,
                s.assemblySeconds(), s.eigenSeconds());
        out.printf(Locale.ROOT, "  of the eigen solve: symbolic analysis %.2f s, %d numeric factorisation%s %s s, "
                + "Lanczos, the order-1 estimate that places the shift, and the rest %.2f s%n", factorizer.analysisSeconds, factorizer.factorCount,
                factorizer.factorCount == 1 ? "" : "s", factorizer.factorTimes.toString().trim(),
                s.eigenSeconds() - factorizer.analysisSeconds - factorizer.factorSeconds);
        out.printf(Locale.ROOT, "  inertia window [%.6g, %.6g]: %d below (%s), %d below (%s), %d found, complete %b%n",
                s.inertia().lower(), s.inertia().upper(), s.inertia().eigenvaluesBelowLower(),
                s.inertia().lowerCount().key(), s.inertia().eigenvaluesBelowUpper(), s.inertia().upperCount().key(),
                s.inertia().found(), s.inertia().complete());
        out.printf(Locale.ROOT, "  frequency error %.2e; peak heap %.2f GiB (of -Xmx %.2f GiB)%n", error,
                peakHeap() / (double) (1L << 30), Runtime.getRuntime().maxMemory() / (double) (1L << 30));
    }

    /** Target of {@link #runNearest}: 2 GHz, between TM011 (1.642 GHz) and TM020 (2.290 GHz). */
    static final double NEAREST_TARGET_HZ = 2e9;

    /**
     * The three modes nearest 2 GHz on the mesh of h = R/divisions ({@link #DIVISIONS} for a
     * million unknowns), twice in one run: with the shift above them
     * (the route of {@link ModeSolver}) and with it at the target ({@link ModeSolver#withShiftAtTarget}),
     * each with its numeric factorisations of the order-4 pencil, eigen time, inertia counts and the
     * frequencies' relative errors against the closed forms (TM011 k² = (j01/R)² + (π/R)², TM020
     * j02/R, TM021 k² = (j02/R)² + (π/R)², Jackson eq. 8.79).
     */
    public void runNearest(int divisions) {
        Mesh mesh = MeshGenerator.generate(Pillbox.closed(RADIUS, RADIUS).contour(), MeshSettings.of(4, RADIUS / divisions));
        double j01 = PhysicalConstants.J01;
        double j02 = 5.520078110286311;
        double[] exact = {Math.hypot(j01, Math.PI) / RADIUS, j02 / RADIUS, Math.hypot(j02, Math.PI) / RADIUS};
        out.printf(Locale.ROOT, "pillbox R = L = %.0f mm, order 4, h = R/%d: %d elements; the 3 modes nearest %.3g GHz%n",
                RADIUS * 1e3, divisions, mesh.elementCount(), NEAREST_TARGET_HZ / 1e9);
        for (boolean above : new boolean[] {true, false}) {
            resetPeaks();
            Timed factorizer = new Timed(new SupernodalLdlFactorizer());
            ModeSolver solver = new ModeSolver(new ShiftInvertEigenSolver(factorizer), GeometryMode.EXACT);
            long cpu = processCpuNanos();
            ModeSolution s = (above ? solver.withNearestCeilingAbove(0) : solver.withShiftAtTarget()).solve(mesh,
                    ModeRequest.near(NEAREST_TARGET_HZ, 3));
            double cpuSeconds = (processCpuNanos() - cpu) * 1e-9;
            double worst = 0;
            for (int i = 0; i < 3; i++) {
                worst = Math.max(worst, Math.abs(s.modes().get(i).waveNumber() - exact[i]) / exact[i]);
            }
            out.printf(Locale.ROOT, "  shift %s: %d unknowns, eigen %.2f s incl. the inertia proof (assembly and "
                    + "eigen: process CPU %.2f s); analysis %.2f s, %d numeric factorisation%s %s s, the rest "
                    + "(Lanczos%s, finishing) %.2f s%n",
                    above ? "above the window" : "at the target  ", s.unknowns(), s.eigenSeconds(), cpuSeconds,
                    factorizer.analysisSeconds, factorizer.factorCount, factorizer.factorCount == 1 ? "" : "s",
                    factorizer.factorTimes.toString().trim(), above ? ", the order-1 estimate" : "",
                    s.eigenSeconds() - factorizer.analysisSeconds - factorizer.factorSeconds);
            out.printf(Locale.ROOT, "    window [%.6g, %.6g]: %d below (%s), %d below (%s), %d found, complete %b; "
                    + "largest frequency error %.2e; peak heap %.2f GiB%n",
                    s.inertia().lower(), s.inertia().upper(), s.inertia().eigenvaluesBelowLower(),
                    s.inertia().lowerCount().key(), s.inertia().eigenvaluesBelowUpper(), s.inertia().upperCount().key(),
                    s.inertia().found(), s.inertia().complete(), worst, peakHeap() / (double) (1L << 30));
        }
    }

    /** CPU time of the whole process (all threads): under a shared machine's load, the fairer clock. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** The back end with a stopwatch on its symbolic analysis and on each numeric factorisation. */
    private static final class Timed implements SymmetricFactorizer {
        private final SupernodalLdlFactorizer inner;
        double analysisSeconds;
        double factorSeconds;
        int factorCount;
        final StringBuilder factorTimes = new StringBuilder();

        Timed(SupernodalLdlFactorizer inner) {
            this.inner = inner;
        }

        @Override
        public SymmetricFactorization factor(CsrMatrix k, CsrMatrix m, double sigma) {
            long t0 = System.nanoTime();
            SymbolicFactorization symbolic = inner.analyse(k, m);
            long t1 = System.nanoTime();
            SymmetricFactorization f = symbolic.factor(sigma);
            long t2 = System.nanoTime();
            analysisSeconds += (t1 - t0) * 1e-9;
            factorSeconds += (t2 - t1) * 1e-9;
            factorCount++;
            factorTimes.append(factorCount > 1 ? " + " : "").append(String.format(Locale.ROOT, "%.2f", (t2 - t1) * 1e-9));
            return f;
        }
    }
}
