package org.cavityfem.solver.eigen;

/** The eigen solve failed: no convergence, a singular shift, or an inconsistent result. */
public class EigenSolveException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EigenSolveException(String message) {
        super(message);
    }

    public EigenSolveException(String message, Throwable cause) {
        super(message, cause);
    }
}
