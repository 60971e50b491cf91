package org.cavityfem.app.cli;

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
import org.cavityfem.casefile.CaseDefinition;
import org.cavityfem.casefile.CaseReader;
import org.cavityfem.casefile.CaseWriter;
import org.cavityfem.casefile.CellChain;
import org.cavityfem.casefile.EllipticalGeometry;
import org.cavityfem.casefile.Geometry;
import org.cavityfem.output.ResultWriter;
import org.cavityfem.study.PreparedCase;
import org.cavityfem.study.Study;
import org.cavityfem.study.tune.Tuning;
import org.cavityfem.units.Units;
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
        try {
            // Read and written where the command runs (CavityCli#resolve), named as typed.
            PreparedCase prepared = PreparedCase.read(cli.resolve(caseFile), caseFile.toString(), List.of());
            CaseDefinition c = prepared.resolved();
            Geometry start = checkRequest(c);
            Tuning tuning = new Tuning(c, new Study(cli.modeSolver()), stdout, maxIterations);
            Geometry tuned;
            String what;
            if (flatness) {
                tuned = tuning.flatness(start, parameters, tolerance != null ? tolerance : 1e-3);
                what = "flat pi-mode field";
            } else {
                double target = frequencyTarget();
                tuned = tuning.frequency(start, parameters.get(0), target, tolerance != null ? tolerance : 1e-7);
                what = "f = " + Units.format(target, Units.Dimension.FREQUENCY);
            }
            StringBuilder note = new StringBuilder(c.description().isEmpty() ? "" : c.description() + "; ");
            note.append("tuned for ").append(what).append(':');
            for (String p : parameters) {
                note.append(String.format(Locale.ROOT, " %s = %s", p,
                        Units.format(tuned.parameter(p), Units.Dimension.LENGTH)));
            }
            Path target = out != null ? out : ResultWriter.DEFAULT_OUTPUT_ROOT.resolve(c.name() + "_tuned.json");
            CaseDefinition result = c.withGeometry(tuned).withDescription(note.toString())
                    .withName(tunedName(c.name(), target));
            writeAtomically(cli.resolve(target), CaseWriter.toJson(result));
            for (String p : parameters) {
                stdout.printf(Locale.ROOT, "%s: %.9f mm -> %.9f mm%n", p, start.parameter(p) * 1e3,
                        tuned.parameter(p) * 1e3);
            }
            stdout.println("tuned case: " + target + " (name " + result.name() + ", so its results go to "
                    + ResultWriter.DEFAULT_OUTPUT_ROOT.resolve(result.name()) + ", not over the original's)");
            return ExitCodes.OK;
        } catch (Exception e) {
            return Failures.report(e, new Failures.Context(caseFile.toString(), "tuning failed",
                    "cannot write the tuned case"), cli);
        }
    }

    /**
     * The tuned case's name: the stem of the file it is written to (flat.json names it "flat"), so
     * that solving it never writes over the untuned case's result folder; the original name with
     * "-tuned" when the stem is not a valid name or is the original name itself.
     */
    static String tunedName(String original, Path target) {
        String file = target.getFileName().toString();
        String stem = file.endsWith(".json") ? file.substring(0, file.length() - 5) : file;
        if (CaseReader.NAME.matcher(stem).matches() && !stem.equals(original)) {
            return stem;
        }
        String name = original + "-tuned";
        return name.length() <= 100 ? name : original.substring(0, 94) + "-tuned";
    }

    private double frequencyTarget() {
        try {
            return Units.parse(frequency, Units.Dimension.FREQUENCY);
        } catch (Units.QuantityFormatException e) {
            throw badRequest(e.getMessage());
        }
    }

    /** Checks the command line against the case; the starting geometry. */
    private Geometry checkRequest(CaseDefinition c) {
        Geometry g = c.geometry();
        if (g.parameterNames().isEmpty()) {
            throw badRequest("tuning needs a geometry with parameters (elliptical or pillbox), this case is \""
                    + g.type() + "\"");
        }
        if (flatness == (frequency != null)) {
            throw badRequest("give exactly one target: --frequency FREQ or --flatness");
        }
        for (String p : parameters) {
            if (!g.parameterNames().contains(p)) {
                try {
                    g.parameter(p);
                } catch (IllegalArgumentException e) {
                    throw badRequest(e.getMessage());
                }
            }
        }
        if (maxIterations < 2) {
            throw badRequest("--max-iterations must be at least 2, got " + maxIterations);
        }
        if (tolerance != null && !(tolerance > 0 && tolerance < 1)) {
            throw badRequest("--tolerance must be in (0, 1), got " + tolerance);
        }
        if (!flatness) {
            if (parameters.size() != 1) {
                throw badRequest("--frequency tunes one parameter, got " + parameters.size());
            }
            return g;
        }
        if (g.cellChain().isEmpty()) {
            throw badRequest("--flatness needs a whole cavity of at least 2 cells (no mid-plane half model)");
        }
        CellChain chain = g.cellChain().get();
        if (!chain.openEnds()) {
            throw badRequest("--flatness needs the pi-mode, which a chain closed by " + chain.endPlanes().key()
                    + " planes at its end irises does not have; give it beam pipes or magnetic end planes");
        }
        if (parameters.size() > 2) {
            throw badRequest("--flatness tunes at most two parameters (one per end), got " + parameters.size());
        }
        for (String p : parameters) {
            if (p.startsWith("midCell.")) {
                throw badRequest("--flatness moves end-cell parameters (leftEndCell.X, rightEndCell.X or "
                        + "endCells.X), not " + p);
            }
        }
        if (parameters.size() == 2 && (parameters.stream().anyMatch(p -> p.startsWith(EllipticalGeometry.BOTH_ENDS))
                || parameters.get(0).split("\\.")[0].equals(parameters.get(1).split("\\.")[0]))) {
            throw badRequest("with two parameters --flatness needs one on leftEndCell and one on rightEndCell");
        }
        if (c.solver().modes() < chain.cells()) {
            throw badRequest(String.format(Locale.ROOT,
                    "--flatness needs the whole passband: the case asks for %d modes but has %d cells; set "
                            + "solver.modes to at least %d", c.solver().modes(), chain.cells(), chain.cells()));
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
    private UsageException badRequest(String message) {
        return new UsageException(caseFile + ": " + message);
    }
}
