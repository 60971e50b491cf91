package org.cavityfem.solver.fem;

import org.cavityfem.mesh.Mesh;
import org.cavityfem.solver.linalg.CsrMatrix;

/** Assembles the stiffness and mass matrices of the H_phi problem on a mesh. */
public final class HphiAssembler {

    private HphiAssembler() {
    }

    /**
     * Assembles K and M with the Dirichlet nodes of {@code dofs} eliminated.
     *
     * @throws IllegalStateException when an element is inverted
     */
    public static HphiSystem assemble(Mesh mesh, DofMap dofs) {
        return assemble(mesh, dofs, GeometryMode.EXACT);
    }

    /**
     * Assembles K and M with the given treatment of curved walls.
     *
     * @throws IllegalStateException when an element is inverted
     */
    public static HphiSystem assemble(Mesh mesh, DofMap dofs, GeometryMode geometry) {
        SparsityPattern pattern = SparsityPattern.of(mesh, dofs);
        double[] k = new double[pattern.columns().length];
        double[] m = new double[pattern.columns().length];
        ElementIntegrator integrator = new ElementIntegrator(mesh, geometry);
        int n = integrator.localSize();
        double[] ke = new double[n * n];
        double[] me = new double[n * n];
        int[] local = new int[n];
        int[] rowStart = pattern.rowStart();
        int[] columns = pattern.columns();
        for (int e = 0; e < mesh.elementCount(); e++) {
            integrator.integrate(e, ke, me);
            for (int a = 0; a < n; a++) {
                local[a] = dofs.dof(mesh.node(e, a));
            }
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
                    k[pos] += ke[a * n + b];
                    m[pos] += me[a * n + b];
                }
            }
        }
        int size = dofs.size();
        return new HphiSystem(dofs, new CsrMatrix(size, rowStart, columns, k),
                new CsrMatrix(size, rowStart.clone(), columns.clone(), m));
    }
}
