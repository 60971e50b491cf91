package org.cavityfem.study;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress lines for the user, one per finished stage, with the time since the run began:
 * {@code [  0.412 s] mesh      1 204 elements, order 4, ...}. Written to standard error so that
 * standard output carries only results. The command line's {@link StudyListener}.
 */
public final class Progress implements StudyListener {

    private final PrintStream err;
    private final boolean quiet;
    private final long start = System.nanoTime();

    /**
     * @param err where the lines go
     * @param quiet true to print nothing
     */
    public Progress(PrintStream err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    /** A progress reporter that prints nothing. */
    public static Progress silent() {
        return new Progress(System.err, true);
    }

    /** Seconds since this reporter was made. */
    public double elapsed() {
        return (System.nanoTime() - start) * 1e-9;
    }

    /** Prints one stage line. */
    @Override
    public void stage(String stage, String detail) {
        if (!quiet) {
            err.printf(Locale.ROOT, "[%8.3f s] %-9s %s%n", elapsed(), stage, detail);
        }
    }

    /** Prints a line about a stage under way, marked with "..." at its end. */
    @Override
    public void working(String stage, String detail) {
        if (!quiet) {
            err.printf(Locale.ROOT, "[%8.3f s] %-9s %s ...%n", elapsed(), stage, detail);
        }
    }

    /** Prints a warning line (also when quiet). */
    @Override
    public void warn(String message) {
        err.println("warning: " + message);
    }
}
