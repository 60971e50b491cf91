package org.cavityfem.solver.assembly;

import java.util.concurrent.CancellationException;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.solver.form.FormKernel;
import org.cavityfem.solver.form.TransformableFormKernel;
import org.cavityfem.solver.linalg.CsrMatrix;

/**
 * Assembles the stiffness and mass matrices of any weak form on a mesh: for each element, the
 * element matrices from {@link ElementIntegrator} (element map, quadrature, the form's kernel), then
 * the scatter into CSR through the form's numbering of unknowns, with eliminated unknowns skipped
 * and edge signs applied.
 *
 * <p>It knows no particular form. A new one, for instance the mixed Nédélec–Lagrange form of the
 * dipole and TE modes, plugs in as a {@link FormKernel} (local size = edge plus nodal functions;
 * its tabulation carries both bases; its point contribution maps them with the Jacobian) and an
 * {@link ElementDofs} (global edge and node unknowns, the edge signs, −1 on eliminated ones).
 * Neither this class nor the eigen solver changes: they see only the pair K, M.
 */
public final class FormAssembler {

    private FormAssembler() {
    }

    /**
     * Assembles K and M of {@code form} over the unknowns of {@code dofs}.
     *
     * @param geometry how elements on curved walls are mapped
     * @throws IllegalArgumentException when the form and the numbering disagree on the local size
     * @throws IllegalStateException when an element is inverted
     * @throws CancellationException when the thread is interrupted (checked every 64 elements)
     */
    public static <T> FormSystem assemble(Mesh mesh, FormKernel<T> form, ElementDofs dofs, GeometryMode geometry) {
        int n = form.localSize();
        if (dofs.localSize() != n) {
            throw new IllegalArgumentException("the form has " + n + " local unknowns per element, the numbering "
                    + dofs.localSize());
        }
        SparsityPattern pattern = SparsityPattern.of(dofs, mesh.elementCount());
        double[] k = new double[pattern.columns().length];
        double[] m = new double[pattern.columns().length];
        ElementIntegrator<T> integrator = new ElementIntegrator<>(mesh, form, geometry);
        double[] ke = new double[n * n];
        double[] me = new double[n * n];
        int[] local = new int[n];
        double[] sign = new double[n];
        boolean constrained = dofs instanceof ConstrainedElementDofs;
        for (int e = 0; e < mesh.elementCount(); e++) {
            // A cancelled run (an interrupted thread: the warm server on Ctrl-C) stops here, once per
            // 64 elements: a read of the thread's flag beside thousands of operations per element.
            if ((e & 63) == 0 && Thread.currentThread().isInterrupted()) {
                throw new CancellationException("the assembly was cancelled");
            }
            if (constrained && ((ConstrainedElementDofs) dofs).transform(e) != null) {
                continue;
            }
            integrator.integrate(e, ke, me);
            dofs.element(e, local, sign);
            scatter(pattern, local, sign, ke, me, k, m);
        }
        if (dofs instanceof ConstrainedElementDofs withTransforms) {
            finishConstrained(mesh, form, withTransforms, integrator, pattern, k, m, ke, me, local, sign);
        }
        return system(dofs.size(), pattern, k, m);
    }

    /**
     * Adds element matrices into K and M at the element's unknowns: row and column of local
     * unknown a go to global unknown local[a] (none when negative) with the sign sign[a] (±1, exact,
     * so Lagrange forms, all +1, add the element entries unchanged; null for no signs).
     */
    private static void scatter(SparsityPattern pattern, int[] local, double[] sign, double[] ke, double[] me,
            double[] k, double[] m) {
        int n = local.length;
        for (int a = 0; a < n; a++) {
            int i = local[a];
            if (i < 0) {
                continue;
            }
            for (int b = 0; b < n; b++) {
                int j = local[b];
                if (j < 0) {
                    continue;
                }
                int pos = pattern.position(i, j);
                if (sign == null) {
                    k[pos] += ke[a * n + b];
                    m[pos] += me[a * n + b];
                } else {
                    double s = sign[a] * sign[b];
                    k[pos] += s * ke[a * n + b];
                    m[pos] += s * me[a * n + b];
                }
            }
        }
    }

    private static FormSystem system(int size, SparsityPattern pattern, double[] k, double[] m) {
        return new FormSystem(new CsrMatrix(size, pattern.rowStart(), pattern.columns(), k),
                new CsrMatrix(size, pattern.rowStart().clone(), pattern.columns().clone(), m));
    }

    /** Adds the elements with a transform T: their matrices are Tᵀ K_e T, then scattered unsigned. */
    private static <T> void finishConstrained(Mesh mesh, FormKernel<T> form, ConstrainedElementDofs dofs,
            ElementIntegrator<T> integrator, SparsityPattern pattern, double[] k, double[] m, double[] ke,
            double[] me, int[] local, double[] sign) {
        int n = dofs.localSize();
        double[] kt = new double[n * n];
        double[] mt = new double[n * n];
        double[] tmp = new double[n * n];
        for (int e = 0; e < mesh.elementCount(); e++) {
            double[] t = dofs.transform(e);
            if (t == null) {
                continue;
            }
            dofs.element(e, local, sign);
            if (form instanceof TransformableFormKernel<T> direct) {
                direct.transform(t);
                integrator.integrate(e, kt, mt);
                direct.transform(null);
            } else {
                integrator.integrate(e, ke, me);
                congruence(ke, t, n, tmp, kt);
                congruence(me, t, n, tmp, mt);
                // Tᵀ (A T) is symmetric only to rounding; the factorisation reads one triangle, the
                // residuals both.
                symmetrise(kt, n);
                symmetrise(mt, n);
            }
            scatter(pattern, local, null, kt, mt, k, m);
        }
    }

    private static void symmetrise(double[] a, int n) {
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double v = 0.5 * (a[i * n + j] + a[j * n + i]);
                a[i * n + j] = v;
                a[j * n + i] = v;
            }
        }
    }

    /** out = Tᵀ A T for dense row-major n × n matrices. */
    private static void congruence(double[] matrix, double[] t, int n, double[] tmp, double[] out) {
        java.util.Arrays.fill(tmp, 0);
        for (int i = 0; i < n; i++) {
            for (int l = 0; l < n; l++) {
                double v = matrix[i * n + l];
                if (v == 0) {
                    continue;
                }
                for (int b = 0; b < n; b++) {
                    tmp[i * n + b] += v * t[l * n + b];
                }
            }
        }
        java.util.Arrays.fill(out, 0);
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < n; a++) {
                double v = t[i * n + a];
                if (v == 0) {
                    continue;
                }
                for (int b = 0; b < n; b++) {
                    out[a * n + b] += v * tmp[i * n + b];
                }
            }
        }
    }
}
