package org.cavityfem.solver;

import org.cavityfem.mesh.Mesh;

/** Assembles the H_phi problem on a mesh and solves it for the requested monopole modes. */
public final class ModeSolver {

    /**
     * Computes the requested modes.
     *
     * @throws org.cavityfem.solver.eigen.EigenSolveException when the eigen solve fails or finds no mode
     */
    public ModeSolution solve(Mesh mesh, ModeRequest request) {
        throw new UnsupportedOperationException("TODO(fem): implement");
    }
}
