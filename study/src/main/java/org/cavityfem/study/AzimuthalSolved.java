package org.cavityfem.study;

import org.cavityfem.mesh.Mesh;
import org.cavityfem.solver.hom.AzimuthalSolution;

/**
 * A contour meshed and solved for its modes of azimuthal order m ≥ 1.
 *
 * @param mesh the mesh
 * @param solution the modes, the kernel dimension and the inertia proof
 * @param meshSeconds wall time of meshing (s)
 */
public record AzimuthalSolved(Mesh mesh, AzimuthalSolution solution, double meshSeconds) {
}
