package org.cavityfem.solver;

import java.util.List;
import org.cavityfem.mesh.Mesh;
import org.cavityfem.solver.eigen.InertiaCheck;

/**
 * The modes of one mesh, with the size and cost of the discrete problem.
 *
 * @param mesh the mesh solved on
 * @param modes modes, ascending in frequency
 * @param inertia proof that no mode inside the computed window was missed
 * @param unknowns degrees of freedom after the Dirichlet nodes were eliminated
 * @param matrixNonZeros stored entries of the stiffness matrix
 * @param factorNonZeros stored entries of the LDLᵀ factor
 * @param assemblySeconds wall time of assembly (s)
 * @param eigenSeconds wall time of the eigen solve, including the inertia checks (s)
 */
public record ModeSolution(Mesh mesh, List<Mode> modes, InertiaCheck inertia, int unknowns, long matrixNonZeros,
        long factorNonZeros, double assemblySeconds, double eigenSeconds) {
}
