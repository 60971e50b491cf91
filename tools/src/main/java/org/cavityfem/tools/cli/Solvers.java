package org.cavityfem.tools.cli;

import org.cavityfem.solver.ModeSolver;
import org.cavityfem.solver.eigen.EigenSolveException;

/** The mode solver the command line uses. */
final class Solvers {

    private Solvers() {
    }

    /** The default mode solver. */
    static ModeSolver defaultModeSolver() {
        return new ModeSolver((k, m, request) -> {
            throw new EigenSolveException("INTERIM: eigen back end not merged yet");
        });
    }
}
