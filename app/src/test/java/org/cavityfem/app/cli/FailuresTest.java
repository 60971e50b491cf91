package org.cavityfem.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cavityfem.casefile.CaseException;
import org.cavityfem.casefile.SourceLocation;
import org.cavityfem.solver.ModeSolver;
import org.cavityfem.study.StudyException;
import org.cavityfem.study.tune.TuneException;
import org.junit.jupiter.api.Test;

/** The one mapping from exceptions to exit statuses and messages. */
class FailuresTest {

    private static final Failures.Context SOLVE = new Failures.Context("case.json", "the modes could not be found",
            "cannot write the result folder");

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CavityCli cli = new CavityCli(ModeSolver::new, System.out,
            new PrintStream(err, true, StandardCharsets.UTF_8));

    private String printed() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void badInputIsTwo() {
        assertEquals(ExitCodes.BAD_INPUT, Failures.report(
                new CaseException("case.json", "mesh", SourceLocation.UNKNOWN, "bad"), SOLVE, cli));
        assertEquals(ExitCodes.BAD_INPUT, Failures.report(new UsageException("--revolved needs 3"), SOLVE, cli));
        assertEquals("error: --revolved needs 3", printed().lines().toList().get(1));
    }

    @Test
    void modesNotFoundIsThree() {
        assertEquals(ExitCodes.SOLVE_FAILED, Failures.report(new StudyException("no convergence"), SOLVE, cli));
        assertEquals(ExitCodes.SOLVE_FAILED, Failures.report(new TuneException("out of reach"), SOLVE, cli));
        assertEquals("error: case.json: the modes could not be found: no convergence\n"
                + "error: case.json: the modes could not be found: out of reach\n", printed().replace("\r", ""));
    }

    @Test
    void unwritableResultIsOneAndAnythingElseGoesToTheInternalErrorHandler() {
        assertEquals(ExitCodes.UNEXPECTED, Failures.report(new IOException("disk full"), SOLVE, cli));
        // A sentence, without Java's exception names.
        assertEquals("error: cannot write the result folder: disk full", printed().strip());
        IllegalStateException bug = new IllegalStateException("bug");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> Failures.report(bug, SOLVE, cli)));
        assertEquals(ExitCodes.UNEXPECTED, Failures.internal(bug, cli));
        assertEquals(List.of("internal error: java.lang.IllegalStateException: bug",
                "(run again with --debug for the stack trace)"), printed().lines().skip(1).toList());
    }
}
