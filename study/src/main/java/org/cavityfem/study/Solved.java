package org.cavityfem.study;

import org.cavityfem.mesh.Mesh;
import org.cavityfem.solver.ModeSolution;

/**
 * A contour meshed and solved.
 *
 * @param solution the modes, with the mesh they live on
 * @param meshSeconds wall time of the meshing (s); assembly and eigen times are in the solution
 */
public record Solved(ModeSolution solution, double meshSeconds) {

    /** The mesh. */
    public Mesh mesh() {
        return solution.mesh();
    }
}
