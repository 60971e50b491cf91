package org.cavityfem.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.CancellationException;
import org.cavityfem.casefile.CaseException;
import org.cavityfem.output.IoProblems;
import org.cavityfem.study.MemoryBudget;
import org.cavityfem.study.StudyException;
import org.cavityfem.study.tune.TuneException;
import org.cavityfem.sweep.Journal;

/**
 * The one mapping from the project's exceptions to exit statuses ({@link ExitCodes}) and the
 * message on standard error: bad input (the case file, the command line) is 2, modes that cannot be
 * found or a target that cannot be reached is 3, a result that cannot be written is 1. Anything
 * else is not expected: it goes on to the command line's handler of internal errors
 * ({@link #internal}, also 1).
 */
final class Failures {

    private Failures() {
    }

    /**
     * What the messages say about the command that failed.
     *
     * @param subject what was being computed, e.g. the case file; empty when nothing in particular
     * @param searchFailed what could not be done when the modes or the target were not found, e.g.
     *     {@code the modes could not be found}
     * @param cannotWrite what could not be written, e.g. {@code cannot write the result folder}
     */
    record Context(String subject, String searchFailed, String cannotWrite) {
    }

    /**
     * Prints the message of a failure (and its stack trace when {@code --debug} was given and the
     * input was not at fault) and gives the exit status.
     *
     * @throws RuntimeException {@code e} itself when it is none of the project's failures
     */
    static int report(Exception e, Context context, CavityCli cli) {
        PrintStream err = cli.err();
        if (cancelled(e)) {
            return ExitCodes.INTERRUPTED;
        }
        if (e instanceof CaseException || e instanceof UsageException || e instanceof Journal.JournalMismatchException
                || e instanceof MemoryBudget.CaseTooLargeException) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof StudyException || e instanceof TuneException) {
            err.println("error: " + context.subject() + ": " + context.searchFailed() + ": " + e.getMessage());
            trace(e, cli);
            return ExitCodes.SOLVE_FAILED;
        }
        if (e instanceof IOException) {
            err.println("error: " + context.cannotWrite() + ": " + IoProblems.describe((IOException) e));
            trace(e, cli);
            return ExitCodes.UNEXPECTED;
        }
        if (e instanceof RuntimeException r) {
            throw r;
        }
        throw new IllegalStateException(e);
    }

    /**
     * Prints an unexpected failure (a bug) with the stack trace when {@code --debug} was given, and
     * gives {@link ExitCodes#UNEXPECTED}.
     */
    static int internal(Exception e, CavityCli cli) {
        PrintStream err = cli.err();
        if (cancelled(e)) {
            return ExitCodes.INTERRUPTED;
        }
        err.println("internal error: " + e);
        if (cli.debug()) {
            e.printStackTrace(err);
        } else {
            err.println("(run again with --debug for the stack trace)");
        }
        return ExitCodes.UNEXPECTED;
    }

    /**
     * True when the command stopped because its run was cancelled (the warm server interrupts a
     * request's thread on Ctrl-C): a {@link CancellationException} from a check, or any failure while
     * the thread is interrupted (an interrupted file write throws {@code ClosedByInterruptException}).
     * Nothing is printed for it, as a process stopped by Ctrl-C prints nothing.
     */
    static boolean cancelled(Throwable e) {
        if (Thread.currentThread().isInterrupted()) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CancellationException) {
                return true;
            }
        }
        return false;
    }

    private static void trace(Exception e, CavityCli cli) {
        if (cli.debug()) {
            e.printStackTrace(cli.err());
        }
    }
}
