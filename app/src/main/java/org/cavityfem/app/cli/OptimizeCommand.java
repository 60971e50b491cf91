package org.cavityfem.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cavityfem.output.ResultWriter;
import org.cavityfem.sweep.Optimization;
import org.cavityfem.sweep.StudyReader;
import org.cavityfem.sweep.StudySpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code cavity optimize STUDY.json [--out DIR] [--workers N]}. */
@Command(name = "optimize",
        mixinStandardHelpOptions = true,
        description = {
            "Multi-objective optimisation (NSGA-II) of a study's parameters within their bounds, objectives and "
                    + "constraints from its optimize section; every design studied in full (tuned when asked) on "
                    + "every local core.",
            "Writes results.csv (every design), pareto.csv, pareto.png and pareto/<case>.json for each Pareto point."
        })
final class OptimizeCommand implements Callable<Integer> {

    @ParentCommand
    CavityCli cli;

    @Parameters(index = "0", paramLabel = "STUDY.json", description = "The study file (see docs/study-format.md).")
    Path studyFile;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Study folder (default: out/<study name>).")
    Path out;

    @Option(names = {"-w", "--workers"}, paramLabel = "N",
            description = "Worker threads, one solve each (default: every available core).")
    Integer workers;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() {
        try {
            StudySpec spec = StudyReader.read(studyFile);
            if (spec.optimize().isEmpty()) {
                throw new UsageException(studyFile + ": the study file has no \"optimize\" section; add one, e.g. "
                        + "\"optimize\": {\"objectives\": [\"min EpkOverEacc\", \"min BpkOverEacc_mT_per_MVm\"]}");
            }
            int n = SweepCommand.workers(workers);
            Path folder = out != null ? out : ResultWriter.DEFAULT_OUTPUT_ROOT.resolve(spec.name());
            Throughput clock = Throughput.start();
            Optimization.Outcome o = Optimization.run(spec, folder, n, cli::modeSolver, quiet ? null : cli.err());
            cli.out().printf(Locale.ROOT, "%d designs studied, %d on the Pareto front%n", o.rows().size(),
                    o.pareto().size());
            cli.out().println(clock.report(o.computed(), n));
            cli.out().println("results: " + folder.resolve(Optimization.PARETO));
            return ExitCodes.OK;
        } catch (Exception e) {
            return Failures.report(e, new Failures.Context(studyFile.toString(), "the optimisation failed",
                    "cannot write the study folder"), cli);
        }
    }
}
