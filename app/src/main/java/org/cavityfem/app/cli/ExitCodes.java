package org.cavityfem.app.cli;

/** Exit statuses of the {@code cavity} command. */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** An unexpected internal error (a bug, or an unwritable result folder). */
    public static final int UNEXPECTED = 1;
    /** Bad input: the case file, its geometry, or the command line. */
    public static final int BAD_INPUT = 2;
    /** The modes could not be found: no convergence, or no mode near the target frequency. */
    public static final int SOLVE_FAILED = 3;
    /**
     * Interrupted (Ctrl-C): a JVM stopped by SIGINT exits with 128 + 2, and a run cancelled in the
     * warm server ({@code cavity daemon}) ends with the same status, printing nothing more.
     */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
