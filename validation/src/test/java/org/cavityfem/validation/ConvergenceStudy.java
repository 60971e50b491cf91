package org.cavityfem.validation;

import java.util.List;
import org.cavityfem.solver.Mode;

/** Errors of the lowest mode of a closed-form case against element size, and the fitted rate. */
public final class ConvergenceStudy {

    private final ClosedFormCase closedForm;

    private ConvergenceStudy(ClosedFormCase closedForm) {
        this.closedForm = closedForm;
    }

    /** The paper's pillbox, R = L = 115 mm. */
    public static ConvergenceStudy pillbox() {
        return new ConvergenceStudy(ClosedFormCase.pillbox(0.115, 0.115));
    }

    /** Sphere of radius 100 mm. */
    public static ConvergenceStudy sphere() {
        return new ConvergenceStudy(ClosedFormCase.sphere(0.1));
    }

    /** Case name. */
    public String name() {
        return closedForm.name();
    }

    /**
     * Solves at one element size.
     *
     * @param order element order
     * @param relativeSize element size as a fraction of the cavity size
     * @return {h (m), relative error of the eigenvalue k²}
     */
    public double[] point(int order, double relativeSize) {
        double h = relativeSize * closedForm.size();
        Mode mode = closedForm.solve(order, h);
        double exact = closedForm.exactWaveNumber() * closedForm.exactWaveNumber();
        return new double[] {h, Math.abs(mode.eigenvalue() - exact) / exact};
    }

    /** Least-squares slope of log(error) against log(h). */
    public static double fittedRate(List<double[]> points) {
        int n = points.size();
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (double[] p : points) {
            double x = Math.log(p[0]);
            double y = Math.log(p[1]);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }
}
