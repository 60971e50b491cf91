package org.cavityfem.tools.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cavityfem.mesh.geometry.InvalidGeometryException;
import org.cavityfem.solver.eigen.EigenSolveException;
import org.cavityfem.solver.linalg.SingularMatrixException;
import org.cavityfem.tools.cases.CaseDefinition;
import org.cavityfem.tools.cases.CaseException;
import org.cavityfem.tools.cases.CaseWriter;
import org.cavityfem.tools.cases.EllipticalGeometry;
import org.cavityfem.tools.cases.Units;
import org.cavityfem.tools.run.PassbandStep;
import org.cavityfem.tools.run.SolvePipeline;
import org.cavityfem.tools.tune.TuneException;
import org.cavityfem.tools.tune.Tuning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code cavity tune CASE.json --parameter midCell.Req --frequency "1.3 GHz"} or {@code --flatness}. */
@Command(name = "tune",
        mixinStandardHelpOptions = true,
        description = {
            "Adjust one geometric parameter of an elliptical case until the cavity meets a target, re-meshing and "
                    + "re-solving at every step, and write the tuned case.",
            "--frequency: the pi-mode of a multi-cell cavity (the lowest mode otherwise) is brought to the "
                    + "frequency within the relative tolerance.",
            "--flatness: end-cell parameters (leftEndCell.X, rightEndCell.X, or endCells.X for both) are moved "
                    + "until each end cell's peak axial field of the pi-mode equals the inner cells' mean.",
            "Parameters are <half-cell>.<name>: half-cell midCell, leftEndCell, rightEndCell or endCells; name Req, "
                    + "Ri, A, B, a, b or L."
        })
final class TuneCommand implements Callable<Integer> {

    @ParentCommand
    CavityCli cli;

    @Parameters(index = "0", paramLabel = "CASE.json", description = "An elliptical case (see docs/case-format.md).")
    Path caseFile;

    @Option(names = {"-p", "--parameter"}, paramLabel = "NAME", required = true,
            description = "Parameter to adjust, e.g. midCell.Req; --flatness takes one per end (at most two).")
    List<String> parameters = new ArrayList<>();

    @Option(names = {"-f", "--frequency"}, paramLabel = "FREQ", description = "Target frequency, e.g. \"1.3 GHz\".")
    String frequency;

    @Option(names = "--flatness", description = "Tune end cells for a flat pi-mode field.")
    boolean flatness;

    @Option(names = {"-t", "--tolerance"}, paramLabel = "TOL",
            description = "Relative frequency error (default 1e-7), or |E_end/E_inner - 1| for --flatness (default 1e-3).")
    Double tolerance;

    @Option(names = "--max-iterations", paramLabel = "N", defaultValue = "20",
            description = "Most solves per parameter search (default 20).")
    int maxIterations;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Tuned case file (default out/<case name>_tuned.json).")
    Path out;

    @Override
    public Integer call() {
        PrintStream stdout = cli.out();
        PrintStream stderr = cli.err();
        try {
            SolvePipeline.Prepared prepared = SolvePipeline.prepare(caseFile);
            CaseDefinition c = prepared.resolved();
            EllipticalGeometry start = checkRequest(c);
            Tuning tuning = new Tuning(c, cli.modeSolver(), stdout, maxIterations);
            EllipticalGeometry tuned;
            String what;
            if (flatness) {
                tuned = tuning.flatness(start, parameters, tolerance != null ? tolerance : 1e-3);
                what = "flat pi-mode field";
            } else {
                double target = Units.parse(frequency, Units.Dimension.FREQUENCY);
                tuned = tuning.frequency(start, parameters.get(0), target, tolerance != null ? tolerance : 1e-7);
                what = "f = " + Units.format(target, Units.Dimension.FREQUENCY);
            }
            StringBuilder note = new StringBuilder(c.description().isEmpty() ? "" : c.description() + "; ");
            note.append("tuned for ").append(what).append(':');
            for (String p : parameters) {
                note.append(String.format(Locale.ROOT, " %s = %s", p,
                        Units.format(tuned.parameter(p), Units.Dimension.LENGTH)));
            }
            CaseDefinition result = c.withGeometry(tuned).withDescription(note.toString());
            Path target = out != null ? out : SolvePipeline.DEFAULT_OUTPUT_ROOT.resolve(c.name() + "_tuned.json");
            writeAtomically(target, CaseWriter.toJson(result));
            for (String p : parameters) {
                stdout.printf(Locale.ROOT, "%s: %.9f mm -> %.9f mm%n", p, start.parameter(p) * 1e3,
                        tuned.parameter(p) * 1e3);
            }
            stdout.println("tuned case: " + target);
            return ExitCodes.OK;
        } catch (CaseException e) {
            stderr.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (BadRequest | Units.QuantityFormatException e) {
            stderr.println("error: " + caseFile + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (TuneException | EigenSolveException | SingularMatrixException | InvalidGeometryException e) {
            stderr.println("error: " + caseFile + ": tuning failed: " + e.getMessage());
            return ExitCodes.SOLVE_FAILED;
        } catch (IOException e) {
            stderr.println("error: cannot write the tuned case: " + e);
            return ExitCodes.UNEXPECTED;
        }
    }

    /** Checks the command line against the case; the starting geometry. */
    private EllipticalGeometry checkRequest(CaseDefinition c) {
        if (!(c.geometry() instanceof EllipticalGeometry g)) {
            throw new BadRequest("tuning needs an elliptical geometry (\"type\": \"elliptical\"), this case is \""
                    + c.geometry().type() + "\"");
        }
        if (flatness == (frequency != null)) {
            throw new BadRequest("give exactly one target: --frequency FREQ or --flatness");
        }
        for (String p : parameters) {
            if (!EllipticalGeometry.parameterNames().contains(p)) {
                try {
                    g.parameter(p);
                } catch (IllegalArgumentException e) {
                    throw new BadRequest(e.getMessage());
                }
            }
        }
        if (maxIterations < 2) {
            throw new BadRequest("--max-iterations must be at least 2, got " + maxIterations);
        }
        if (tolerance != null && !(tolerance > 0 && tolerance < 1)) {
            throw new BadRequest("--tolerance must be in (0, 1), got " + tolerance);
        }
        if (!flatness) {
            if (parameters.size() != 1) {
                throw new BadRequest("--frequency tunes one parameter, got " + parameters.size());
            }
            return g;
        }
        if (!PassbandStep.applies(c)) {
            throw new BadRequest("--flatness needs a whole cavity of at least 2 cells (no mid-plane half model)");
        }
        if (!PassbandStep.openEnds(g)) {
            throw new BadRequest("--flatness needs the pi-mode, which a chain closed by " + g.endPlanes().key()
                    + " planes at its end irises does not have; give it beam pipes or magnetic end planes");
        }
        if (parameters.size() > 2) {
            throw new BadRequest("--flatness tunes at most two parameters (one per end), got " + parameters.size());
        }
        for (String p : parameters) {
            if (p.startsWith("midCell.")) {
                throw new BadRequest("--flatness moves end-cell parameters (leftEndCell.X, rightEndCell.X or "
                        + "endCells.X), not " + p);
            }
        }
        if (parameters.size() == 2 && (parameters.stream().anyMatch(p -> p.startsWith(EllipticalGeometry.BOTH_ENDS))
                || parameters.get(0).split("\\.")[0].equals(parameters.get(1).split("\\.")[0]))) {
            throw new BadRequest("with two parameters --flatness needs one on leftEndCell and one on rightEndCell");
        }
        if (c.solver().modes() < g.cells()) {
            throw new BadRequest(String.format(Locale.ROOT,
                    "--flatness needs the whole passband: the case asks for %d modes but has %d cells; set "
                            + "solver.modes to at least %d", c.solver().modes(), g.cells(), g.cells()));
        }
        return g;
    }

    private static void writeAtomically(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".tuned-", ".json");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A command line that does not fit the case. */
    private static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }
}
