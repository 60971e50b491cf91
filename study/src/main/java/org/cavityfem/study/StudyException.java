package org.cavityfem.study;

/**
 * The modes of a study could not be found: the eigen solve did not converge, no mode lies near the
 * target, the matrix is singular, or the inertia check counted modes the solver missed. The
 * message says why, as the solver said it; the cause is the solver's own exception, if any.
 */
public final class StudyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure found by the study itself. */
    public StudyException(String message) {
        super(message);
    }

    /** A failure of the solver, with its message. */
    public StudyException(Throwable cause) {
        super(cause.getMessage(), cause);
    }
}
