package org.cavityfem.solver.hom;

import java.util.List;
import org.cavityfem.solver.eigen.InertiaCheck;

/**
 * The modes of order m of one mesh.
 *
 * @param m azimuthal order
 * @param dofs the numbering the eigenvectors refer to
 * @param modes ascending in frequency
 * @param inertia Sylvester check over the window of the computed pairs (its counts include the
 *     gradient kernel, which lies below the window)
 * @param kernelDimension the eigenvalue 0's multiplicity, counted exactly: the inertia of K − xM
 *     at a point x below the lowest mode equals it
 * @param unknowns order of K and M
 * @param assemblySeconds wall time of numbering and assembly (s)
 * @param eigenSeconds wall time of the window search, eigen solve and inertia checks (s)
 */
public record AzimuthalSolution(int m, AzimuthalDofs dofs, List<AzimuthalMode> modes, InertiaCheck inertia,
        int kernelDimension, int unknowns, double assemblySeconds, double eigenSeconds) {
}
