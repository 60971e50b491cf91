package org.cavityfem.solver.eigen;

import dev.ludovic.netlib.arpack.ARPACK;
import dev.ludovic.netlib.arpack.JavaARPACK;
import org.cavityfem.solver.linalg.CsrMatrix;
import org.cavityfem.solver.linalg.SymmetricFactorization;
import org.netlib.util.doubleW;
import org.netlib.util.intW;

/**
 * ARPACK's implicitly restarted Lanczos method (dsaupd/dseupd) in generalized shift-invert mode 3:
 * the operator OP = (K − σM)⁻¹ M is symmetric in the M inner product, and its largest-magnitude
 * eigenvalues θ = 1/(λ − σ) belong to the eigenvalues λ of (K, M) nearest σ.
 *
 * <p>The pure-Java ARPACK is used so results do not depend on native libraries, and its Fortran
 * SAVE variables are static fields: runs are therefore serialised on one lock.
 */
final class ShiftInvertLanczos {

    private static final Object ARPACK_STATE = new Object();
    /** Reverse-communication requests of dsaupd. */
    private static final int INITIAL_OPERATOR = -1;
    private static final int OPERATOR_WITH_MX = 1;
    private static final int MASS_PRODUCT = 2;
    private static final int DONE = 99;
    /** dsaupd info values that are not errors. */
    private static final int MAX_ITERATIONS_REACHED = 1;
    private static final int NO_SHIFTS_APPLIED = 3;

    /** netlib's switch for trying its native ARPACK first (dev.ludovic.netlib.arpack.InstanceBuilder). */
    static final String ALLOW_NATIVE = "dev.ludovic.netlib.arpack.allowNative";

    static {
        // The solver asks for the Java implementation only (JavaARPACK.getInstance()), but netlib's
        // instance builder tries the native one first whenever it is first used: it copies its JNI
        // library from the jar into a temporary file (whose name seeds a SecureRandom) and fails to
        // load it where no system ARPACK is installed, tens of milliseconds of every solve in a JVM of
        // its own (README, "Whole-process speed"). Unless set otherwise, it is told not to.
        if (System.getProperty(ALLOW_NATIVE) == null) {
            System.setProperty(ALLOW_NATIVE, "false");
        }
    }

    private ShiftInvertLanczos() {
    }

    /** Number of Lanczos vectors: ARPACK's advice of at least 2·nev, and never fewer than 20. */
    static int defaultBasisSize(int nev, int n) {
        return Math.min(n, Math.max(2 * nev + 1, 20));
    }

    /**
     * Computes the {@code nev} eigenpairs nearest σ.
     *
     * @param shifted the factorisation of K − σM
     * @param ncv Lanczos basis size, nev &lt; ncv ≤ n
     * @throws EigenSolveException when ARPACK reports an error or too few pairs converge
     */
    static ComputedPairs run(CsrMatrix m, SymmetricFactorization shifted, double sigma, int nev, int ncv,
            double tolerance, int maxIterations) {
        return run(m, shifted, sigma, nev, ncv, tolerance, maxIterations, false);
    }

    /**
     * Computes the {@code nev} eigenpairs nearest σ, or with {@code belowShift} the {@code nev}
     * nearest σ from below: those of the most negative θ = 1/(λ − σ) (ARPACK's "SA"). When nev is
     * the number of eigenvalues below σ, these are all of them, and no eigenvalue above σ has to
     * converge, however near σ it lies.
     *
     * @param shifted the factorisation of K − σM
     * @param ncv Lanczos basis size, nev &lt; ncv ≤ n
     * @throws EigenSolveException when ARPACK reports an error or too few pairs converge
     */
    static ComputedPairs run(CsrMatrix m, SymmetricFactorization shifted, double sigma, int nev, int ncv,
            double tolerance, int maxIterations, boolean belowShift) {
        return run(m, shifted, sigma, nev, ncv, tolerance, maxIterations, belowShift ? "SA" : "LM");
    }

    /**
     * Computes {@code nev} eigenpairs chosen by ARPACK's {@code which}: "LM" the nearest σ, "SA" the
     * nearest from below (most negative θ = 1/(λ − σ)), "LA" the nearest from above.
     */
    static ComputedPairs run(CsrMatrix m, SymmetricFactorization shifted, double sigma, int nev, int ncv,
            double tolerance, int maxIterations, String which) {
        int n = m.size();
        if (nev < 1 || nev >= n || ncv <= nev || ncv > n) {
            throw new IllegalArgumentException("need 0 < nev < ncv <= n, got nev = " + nev + ", ncv = " + ncv
                    + ", n = " + n);
        }
        synchronized (ARPACK_STATE) {
            return iterate(JavaARPACK.getInstance(), m, shifted, sigma, nev, ncv, tolerance, maxIterations,
                    which);
        }
    }

    private static ComputedPairs iterate(ARPACK arpack, CsrMatrix m, SymmetricFactorization shifted, double sigma,
            int nev, int ncv, double tolerance, int maxIterations, String which) {
        int n = m.size();
        double[] resid = startVector(n);
        double[] v = new double[n * ncv];
        int[] iparam = new int[11];
        iparam[0] = 1; // exact shifts
        iparam[2] = maxIterations;
        iparam[6] = 3; // generalized shift-invert
        int[] ipntr = new int[11];
        double[] workd = new double[3 * n];
        int lworkl = ncv * (ncv + 8);
        double[] workl = new double[lworkl];
        doubleW tol = new doubleW(tolerance);
        intW ido = new intW(0);
        intW info = new intW(1); // resid holds the start vector
        double[] x = new double[n];
        double[] y = new double[n];
        int applications = 0;
        while (true) {
            // A cancelled run (an interrupted thread: the warm server on Ctrl-C) stops here, once per step.
            if (Thread.currentThread().isInterrupted()) {
                throw new java.util.concurrent.CancellationException("the eigen solve was cancelled");
            }
            arpack.dsaupd(ido, "G", n, which, nev, tol, resid, ncv, v, n, iparam, ipntr, workd, workl, lworkl, info);
            if (ido.val == DONE) {
                break;
            }
            int in = ipntr[0] - 1;
            int out = ipntr[1] - 1;
            if (ido.val == INITIAL_OPERATOR) {
                System.arraycopy(workd, in, x, 0, n);
                m.multiply(x, y);
                shifted.solve(y, y);
                applications++;
            } else if (ido.val == OPERATOR_WITH_MX) {
                System.arraycopy(workd, ipntr[2] - 1, x, 0, n);
                shifted.solve(x, y);
                applications++;
            } else if (ido.val == MASS_PRODUCT) {
                System.arraycopy(workd, in, x, 0, n);
                m.multiply(x, y);
            } else {
                throw new EigenSolveException("ARPACK dsaupd made an unexpected request ido = " + ido.val);
            }
            System.arraycopy(y, 0, workd, out, n);
        }
        int converged = iparam[4];
        int iterations = iparam[2];
        if (info.val == MAX_ITERATIONS_REACHED) {
            throw new EigenSolveException("the Lanczos iteration reached maxIterations = " + maxIterations + " with "
                    + converged + " of " + nev + " eigenpairs converged to tolerance " + tolerance + " near shift "
                    + sigma + "; allow more iterations, relax the tolerance, or move the shift closer to the "
                    + "wanted eigenvalues");
        }
        if (info.val == NO_SHIFTS_APPLIED) {
            throw new EigenSolveException("the Lanczos iteration could not apply shifts (ARPACK dsaupd info = 3) "
                    + "with " + ncv + " basis vectors for " + nev + " eigenpairs; ask for fewer eigenpairs or move "
                    + "the shift");
        }
        if (info.val != 0) {
            throw new EigenSolveException("ARPACK dsaupd failed with info = " + info.val + " (n = " + n + ", nev = "
                    + nev + ", ncv = " + ncv + ", shift " + sigma + ")");
        }
        if (converged < nev) {
            throw new EigenSolveException("only " + converged + " of " + nev + " eigenpairs converged near shift "
                    + sigma + " after " + iterations + " iterations; allow more iterations or relax the tolerance");
        }
        double[] d = new double[nev];
        double[] z = new double[n * nev];
        intW nevW = new intW(nev);
        intW eupdInfo = new intW(0);
        arpack.dseupd(true, "A", new boolean[ncv], d, z, n, sigma, "G", n, which, nevW, tol.val, resid, ncv, v, n,
                iparam, ipntr, workd, workl, lworkl, eupdInfo);
        if (eupdInfo.val != 0) {
            throw new EigenSolveException("ARPACK dseupd failed with info = " + eupdInfo.val + " (n = " + n
                    + ", nev = " + nev + ", ncv = " + ncv + ", shift " + sigma + "); try another shift or a larger "
                    + "tolerance");
        }
        return new ComputedPairs(d, z, iterations, applications);
    }

    /**
     * A fixed pseudo-random start vector (SplitMix64 of the index), so that runs are reproducible
     * bit for bit while no eigenvector is (by symmetry) orthogonal to it, as a constant vector
     * would be to every mode odd about the middle of a symmetric domain.
     */
    static double[] startVector(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            long z = (i + 1) * 0x9E3779B97F4A7C15L;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            z ^= z >>> 31;
            v[i] = (z >>> 11) * 0x1.0p-53 - 0.5;
        }
        return v;
    }
}
