package org.cavityfem.validation;

import java.util.List;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.mesh.MeshGenerator;
import org.cavityfem.mesh.MeshSettings;
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
     * @return {effective h = sqrt(area / elements) (m), relative error of the eigenvalue k²}
     */
    public double[] point(int order, double relativeSize) {
        Mesh mesh = MeshGenerator.generate(closedForm.contour().get(),
                MeshSettings.of(order, relativeSize * closedForm.size()));
        Mode mode = closedForm.solve(mesh);
        double exact = closedForm.exactWaveNumber() * closedForm.exactWaveNumber();
        return new double[] {effectiveSize(mesh), Math.abs(mode.eigenvalue() - exact) / exact};
    }

    /**
     * Mesh size measured from the mesh itself, sqrt(area / elements) (m): unstructured meshes made
     * with a nominal size h do not have exactly proportional element counts, so rates are fitted
     * against this.
     */
    public static double effectiveSize(Mesh mesh) {
        return Math.sqrt(mesh.contour().area() / mesh.elementCount());
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
