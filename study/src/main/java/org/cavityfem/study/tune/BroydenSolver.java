package org.cavityfem.study.tune;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * Solves F(x) = 0 for a few parameters x (one per end cell) when each evaluation of F is a mesh and
 * an eigen solve: a forward-difference Jacobian at the start, then Broyden's rank-one updates
 * (superlinear near the zero, one evaluation per step). Steps are limited to a fraction of the
 * parameters, and parameter values the geometry rejects end the search with a clear message.
 */
public final class BroydenSolver {

    /** Observes each evaluation: iteration (from 0), parameters, residuals. */
    public interface Listener {
        void evaluated(int iteration, double[] parameters, double[] residuals);
    }

    /** Forward-difference step, relative to each parameter. */
    private static final double DIFFERENCE_STEP = 2e-4;
    /** Largest step of one parameter in one iteration, relative to its value. */
    private static final double MAX_STEP = 0.05;

    private final int maxIterations;
    private final Listener listener;

    /**
     * @param maxIterations most evaluations of F
     * @param listener told of every evaluation
     */
    public BroydenSolver(int maxIterations, Listener listener) {
        this.maxIterations = maxIterations;
        this.listener = listener;
    }

    /**
     * A zero of F with every |F_i| <= tolerance.
     *
     * @param f the residuals; throws IllegalArgumentException for parameters the geometry rejects
     * @param start starting parameters (m)
     * @param names parameter names, for messages
     * @throws TuneException when the zero is out of reach or not found within the iterations
     */
    public double[] solve(Function<double[], double[]> f, double[] start, String[] names, double tolerance) {
        int n = start.length;
        int[] iteration = {0};
        double[] x = start.clone();
        double[] fx = evaluate(f, x, iteration, names);
        if (converged(fx, tolerance)) {
            return x;
        }
        double[][] jacobian = new double[n][n];
        for (int j = 0; j < n; j++) {
            double[] xj = x.clone();
            double h = DIFFERENCE_STEP * Math.abs(x[j]);
            xj[j] += h;
            double[] fj = evaluate(f, xj, iteration, names);
            for (int i = 0; i < n; i++) {
                jacobian[i][j] = (fj[i] - fx[i]) / h;
            }
        }
        while (iteration[0] < maxIterations) {
            double[] dx = solveLinear(jacobian, negate(fx), names);
            double scale = 1;
            for (int j = 0; j < n; j++) {
                scale = Math.min(scale, MAX_STEP * Math.abs(x[j]) / Math.max(Math.abs(dx[j]), 1e-300));
            }
            for (int j = 0; j < n; j++) {
                dx[j] *= scale;
            }
            double[] xNew = new double[n];
            for (int j = 0; j < n; j++) {
                xNew[j] = x[j] + dx[j];
            }
            double[] fNew = evaluate(f, xNew, iteration, names);
            if (converged(fNew, tolerance)) {
                return xNew;
            }
            // Broyden: J += (ΔF − J Δx) Δxᵀ / (Δxᵀ Δx).
            double dx2 = 0;
            for (double d : dx) {
                dx2 += d * d;
            }
            for (int i = 0; i < n; i++) {
                double jdx = 0;
                for (int j = 0; j < n; j++) {
                    jdx += jacobian[i][j] * dx[j];
                }
                double r = (fNew[i] - fx[i]) - jdx;
                for (int j = 0; j < n; j++) {
                    jacobian[i][j] += r * dx[j] / dx2;
                }
            }
            x = xNew;
            fx = fNew;
        }
        throw new TuneException(String.format(Locale.ROOT,
                "no convergence in %d evaluations: the last had %s with residuals %s; raise --max-iterations or the "
                        + "tolerance", maxIterations, describe(names, x), Arrays.toString(fx)));
    }

    private double[] evaluate(Function<double[], double[]> f, double[] x, int[] iteration, String[] names) {
        double[] fx;
        try {
            fx = f.apply(x.clone());
        } catch (IllegalArgumentException e) {
            throw new TuneException(String.format(Locale.ROOT,
                    "the target is out of reach: the search reached %s, where the geometry is invalid (%s)",
                    describe(names, x), e.getMessage()));
        }
        listener.evaluated(iteration[0]++, x.clone(), fx.clone());
        return fx;
    }

    private static boolean converged(double[] fx, double tolerance) {
        for (double v : fx) {
            if (!(Math.abs(v) <= tolerance)) {
                return false;
            }
        }
        return true;
    }

    private static double[] negate(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = -v[i];
        }
        return out;
    }

    /** Gaussian elimination with partial pivoting of a small system. */
    private static double[] solveLinear(double[][] a, double[] b, String[] names) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
                    pivot = row;
                }
            }
            if (!(Math.abs(m[pivot][col]) > 0)) {
                throw new TuneException("the target does not depend on " + String.join(" and ", names)
                        + " (zero sensitivity); choose another parameter");
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            for (int row = col + 1; row < n; row++) {
                double factor = m[row][col] / m[col][col];
                for (int k = col; k <= n; k++) {
                    m[row][k] -= factor * m[col][k];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = m[i][n];
            for (int k = i + 1; k < n; k++) {
                s -= m[i][k] * x[k];
            }
            x[i] = s / m[i][i];
        }
        return x;
    }

    private static String describe(String[] names, double[] x) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            b.append(i > 0 ? ", " : "").append(String.format(Locale.ROOT, "%s = %.9g m", names[i], x[i]));
        }
        return b.toString();
    }
}
