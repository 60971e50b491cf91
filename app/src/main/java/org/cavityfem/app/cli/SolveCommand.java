package org.cavityfem.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cavityfem.analysis.merit.SingularPeak;
import org.cavityfem.casefile.CaseException;
import org.cavityfem.casefile.CaseWriter;
import org.cavityfem.casefile.OutputSpec;
import org.cavityfem.casefile.SourceLocation;
import org.cavityfem.casefile.superfish.AutomeshImport;
import org.cavityfem.casefile.superfish.ImportedCase;
import org.cavityfem.output.AzimuthalResultWriter;
import org.cavityfem.output.ConsoleTable;
import org.cavityfem.output.ResultWriter;
import org.cavityfem.output.plot.PlotWarmUp;
import org.cavityfem.output.vtk.ParaViewOptions;
import org.cavityfem.study.AzimuthalStudyResult;
import org.cavityfem.study.MemoryBudget;
import org.cavityfem.study.PreparedCase;
import org.cavityfem.study.Progress;
import org.cavityfem.study.StudyListener;
import org.cavityfem.study.Study;
import org.cavityfem.study.StudyResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code cavity solve CASE.json|FILE.AF [--out DIR] [--dry-run]}. */
@Command(name = "solve",
        mixinStandardHelpOptions = true,
        description = {
            "Compute the modes of a case and write its result folder: summary.json, modes.csv, "
                    + "<case>_resolved.json (the case with every default filled in), ParaView files under "
                    + "paraview/ (open paraview/modes.pvd) and plots/ (PNG and SVG).",
            "The folder appears only when the run succeeds; an earlier result is replaced then."
        })
final class SolveCommand implements Callable<Integer> {

    @ParentCommand
    CavityCli cli;

    @Parameters(index = "0", paramLabel = "CASE.json", description = "The case file (see docs/case-format.md), or a Superfish Automesh file (.AF, .AM; "
                    + "see docs/superfish.md).")
    Path caseFile;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Result folder (default: out/<case name>).")
    Path out;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Set a value of the case, e.g. --set mesh.order=6 --set mesh.elementSize=\"5 mm\"; checked "
                    + "like the file and recorded in the resolved case. Repeatable.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--dry-run",
            description = "Check the case and print it resolved (defaults filled in); mesh and solve nothing.")
    boolean dryRun;

    @Option(names = "--no-plots",
            description = "Leave out plots/ (PNG and SVG plots of every mode; overrides output.plots).")
    boolean noPlots;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on standard error.")
    boolean quiet;

    @Option(names = "--ascii",
            description = "ParaView files in ASCII text instead of appended binary (overrides output.paraviewEncoding).")
    boolean ascii;

    @Option(names = "--revolved", arity = "0..1", paramLabel = "STEPS",
            fallbackValue = "" + ParaViewOptions.DEFAULT_REVOLVED_STEPS,
            description = "Also write the walls revolved around the axis in 3D, in STEPS angular steps "
                    + "(default ${FALLBACK-VALUE}; overrides output.revolvedSteps).")
    Integer revolvedSteps;

    /** The Superfish file's case when the input is an Automesh file, else null. */
    private ImportedCase imported;

    @Override
    public Integer call() {
        PrintStream stdout = cli.out();
        PrintStream stderr = cli.err();
        try {
            if (dryRun) {
                PreparedCase prepared = prepare(stderr);
                stdout.print(CaseWriter.toJson(prepared.resolved()));
                stderr.println(caseFile + ": the case is valid (dry run: nothing was meshed or written)");
                return ExitCodes.OK;
            }
            if (revolvedSteps != null && (revolvedSteps < 3 || revolvedSteps > 3600)) {
                throw new UsageException("--revolved needs 3 to 3600 angular steps, got " + revolvedSteps);
            }
            // A run cancelled in the warm server stops at the next stage (Cancellable).
            StudyListener progress = Cancellable.of(new Progress(stderr, quiet));
            PreparedCase prepared = prepare(stderr).withOutput(this::override);
            // The folder as the user names it (in messages) and where it is written (CavityCli#resolve).
            Path target = ResultWriter.target(prepared.resolved(), out);
            Path folder = cli.resolve(target);
            ResultWriter.checkTarget(prepared.caseFile().file(), folder);
            // After the case is read, so that it does not compete with the reading.
            WarmUp.start();
            if (!prepared.resolved().solver().monopoleTm()) {
                AzimuthalStudyResult result = new Study(cli.modeSolver(), progress).runAzimuthal(prepared);
                AzimuthalResultWriter.write(result, folder);
                AzimuthalConsole.print(result, stdout);
                stdout.println("results: " + target);
                return ExitCodes.OK;
            }
            if (prepared.resolved().output().plots()) {
                // Java2D, fonts and the chart library load on the idle core while the case is solved.
                PlotWarmUp.start();
            }
            StudyResult result = new Study(cli.modeSolver(), progress).run(prepared);
            ResultWriter.Written written;
            try {
                written = ResultWriter.write(result, folder, progress);
            } catch (IllegalArgumentException e) {
                // A field map the case asks for cannot be made (its grid misses the cavity, say).
                throw new UsageException(caseFile + ": " + e.getMessage());
            }
            ConsoleTable.print(written.report(), stdout);
            if (result.solution().unknowns() > QuickStartCompiler.LARGE_UNKNOWNS && QuickStartCompiler.only()) {
                stderr.printf(Locale.ROOT, "note: %d unknowns solved with the quick-start compiler only (C1), which "
                        + "./cavity uses for solve; at this size CAVITY_JIT=full ./cavity solve ... (the JVM's default compilers "
                        + "and collector) factorises several times faster%n", result.solution().unknowns());
            }
            for (int i = 0; i < result.analyses().size(); i++) {
                int mode = i;
                SingularPeak.ofElectricPeak(result.analyses().get(i))
                        .ifPresent(w -> stderr.println("warning: mode " + mode + ": " + w));
            }
            // The writers return the folder they were given, here the resolved one; print it as named.
            stdout.println("results: " + target);
            return ExitCodes.OK;
        } catch (Exception e) {
            return Failures.report(imported == null ? e : inImportedFile(e), new Failures.Context(caseFile.toString(),
                    "the modes could not be found", "cannot write the result folder"), cli);
        }
    }

    /**
     * A mesh error of an imported Superfish file placed at the {@code &po} line that drew the segment
     * it names, instead of the generated case's JSON path.
     */
    private Exception inImportedFile(Exception e) {
        if (e instanceof CaseException c) {
            return imported.locate(c);
        }
        if (e instanceof MemoryBudget.CaseTooLargeException) {
            return imported.locate(new CaseException(imported.file(), "mesh", SourceLocation.UNKNOWN, e.getMessage()));
        }
        return e;
    }

    /** A case file, or a Superfish Automesh file (.AF, .AM) imported on the way. */
    private PreparedCase prepare(PrintStream stderr) {
        if (!AutomeshImport.isAutomeshFile(caseFile)) {
            return PreparedCase.read(cli.resolve(caseFile), caseFile.toString(), sets);
        }
        if (!sets.isEmpty()) {
            throw new UsageException("--set applies to case files; import " + caseFile
                    + " first (cavity import), then set values in the case it writes");
        }
        imported = AutomeshImport.read(cli.resolve(caseFile), caseFile.toString());
        imported.notes().forEach(n -> stderr.println("note: " + n));
        return ImportedCases.prepare(imported);
    }

    private OutputSpec override(OutputSpec fromCase) {
        OutputSpec o = ascii ? fromCase.withParaviewEncoding(OutputSpec.Encoding.ASCII) : fromCase;
        o = noPlots ? o.withPlots(false) : o;
        return revolvedSteps != null ? o.withRevolvedSteps(revolvedSteps) : o;
    }
}
