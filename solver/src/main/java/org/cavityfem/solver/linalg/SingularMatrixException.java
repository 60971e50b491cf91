package org.cavityfem.solver.linalg;

/** A zero pivot met during factorisation: the matrix is singular to working precision. */
public class SingularMatrixException extends ArithmeticException {
    private static final long serialVersionUID = 1L;

    public SingularMatrixException(String message) {
        super(message);
    }
}
