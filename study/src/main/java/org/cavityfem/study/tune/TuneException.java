package org.cavityfem.study.tune;

/** A tuning that cannot reach its target: out of reach, or no convergence in the iterations allowed. */
public final class TuneException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TuneException(String message) {
        super(message);
    }
}
