package org.cavityfem.study.tune;

import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * Finds a zero of a scalar function of one parameter that costs a mesh and an eigen solve per
 * evaluation: secant steps from the start value until the zero is bracketed, then the Illinois
 * variant of regula falsi (superlinear, and it never leaves the bracket). Parameter values the
 * geometry rejects (the function throws {@link IllegalArgumentException}) are stepped back from
 * by halving the step.
 */
public final class RootFinder {

    /** Observes each evaluation: iteration (from 0), parameter value, function value. */
    public interface Listener {
        void evaluated(int iteration, double parameter, double value);
    }

    /** Largest relative step of the parameter in one secant step. */
    private static final double MAX_STEP = 0.2;

    private final int maxIterations;
    private final Listener listener;

    /**
     * @param maxIterations most function evaluations
     * @param listener told of every evaluation
     */
    public RootFinder(int maxIterations, Listener listener) {
        this.maxIterations = maxIterations;
        this.listener = listener;
    }

    /**
     * A zero of {@code f}, to |f| <= tolerance.
     *
     * @param f the function; throws IllegalArgumentException for parameters it cannot take
     * @param start first parameter value
     * @param firstStep first trial step of the parameter (same unit), non-zero
     * @param tolerance |f| accepted at the zero
     * @param what name of the parameter, for messages
     * @throws TuneException when the zero is out of reach or not found within the iterations
     */
    public double solve(DoubleUnaryOperator f, double start, double firstStep, double tolerance, String what) {
        int iteration = 0;
        double x0 = start;
        double f0 = evaluate(f, x0, iteration++, what, true);
        if (Math.abs(f0) <= tolerance) {
            return x0;
        }
        double x1 = x0 + firstStep;
        double f1 = Double.NaN;
        while (iteration < maxIterations) {
            try {
                f1 = evaluate(f, x1, iteration++, what, false);
                break;
            } catch (IllegalArgumentException e) {
                x1 = x0 + 0.5 * (x1 - x0);
            }
        }
        if (Double.isNaN(f1)) {
            throw new TuneException(String.format(Locale.ROOT,
                    "%s cannot move from %.9g: every trial value next to it makes the geometry invalid", what, x0));
        }
        // Secant phase: walk towards the zero until it is bracketed.
        while (iteration < maxIterations && Math.abs(f1) > tolerance && f0 * f1 > 0) {
            double slope = (f1 - f0) / (x1 - x0);
            if (!(Math.abs(slope) > 0) || Double.isInfinite(slope)) {
                throw new TuneException(String.format(Locale.ROOT,
                        "%s does not move the target: the value stays at %.6g for %s = %.9g and %.9g", what, f1, what,
                        x0, x1));
            }
            double step = -f1 / slope;
            double limit = MAX_STEP * Math.max(Math.abs(x1), Math.abs(firstStep));
            if (Math.abs(step) > limit) {
                step = Math.copySign(limit, step);
            }
            double x2 = x1 + step;
            double f2;
            try {
                f2 = evaluate(f, x2, iteration++, what, false);
            } catch (IllegalArgumentException e) {
                throw new TuneException(String.format(Locale.ROOT,
                        "the target is out of reach: reaching it needs %s = %.9g, where the geometry is invalid (%s)",
                        what, x2, e.getMessage()));
            }
            x0 = x1;
            f0 = f1;
            x1 = x2;
            f1 = f2;
        }
        if (Math.abs(f1) <= tolerance) {
            return x1;
        }
        if (f0 * f1 > 0) {
            throw notConverged(what, x1, f1);
        }
        // Illinois phase inside the bracket: when the same end is kept twice, its value is halved.
        double a = x0;
        double fa = f0;
        double b = x1;
        double fb = f1;
        while (iteration < maxIterations) {
            double c = (a * fb - b * fa) / (fb - fa);
            double fc = evaluate(f, c, iteration++, what, false);
            if (Math.abs(fc) <= tolerance) {
                return c;
            }
            if (fc * fb < 0) {
                a = b;
                fa = fb;
            } else {
                fa /= 2;
            }
            b = c;
            fb = fc;
        }
        throw notConverged(what, b, fb);
    }

    private TuneException notConverged(String what, double x, double fx) {
        return new TuneException(String.format(Locale.ROOT,
                "no convergence in %d evaluations: the last had %s = %.9g with a remaining error of %.3g; raise "
                        + "--max-iterations or the tolerance (the mesh may not resolve the tolerance asked for)",
                maxIterations, what, x, fx));
    }

    private double evaluate(DoubleUnaryOperator f, double x, int iteration, String what, boolean first) {
        double value;
        try {
            value = f.applyAsDouble(x);
        } catch (IllegalArgumentException e) {
            if (first) {
                throw new TuneException("the starting geometry is invalid: " + e.getMessage());
            }
            throw e;
        }
        listener.evaluated(iteration, x, value);
        return value;
    }
}
