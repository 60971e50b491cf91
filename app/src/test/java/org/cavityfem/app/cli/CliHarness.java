package org.cavityfem.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.cavityfem.solver.ModeSolver;

/** Runs the command line in-process and captures what it prints. */
final class CliHarness {

    /**
     * What one run printed and returned.
     *
     * @param status exit status
     * @param out standard output
     * @param err standard error
     */
    record Run(int status, String out, String err) {
    }

    private CliHarness() {
    }

    static Run run(Supplier<ModeSolver> solvers, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = CavityCli.run(solvers, o, e, args);
        }
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return run(ModeSolver::new, args);
    }
}
