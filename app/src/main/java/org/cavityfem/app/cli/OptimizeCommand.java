package org.cavityfem.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cavityfem.sweep.Optimization;
import org.cavityfem.sweep.StudyReader;
import org.cavityfem.sweep.StudySpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    StudyOptions study;

    @Override
    public Integer call() {
        try {
            StudySpec spec = StudyReader.read(study.studyFile);
            if (spec.optimize().isEmpty()) {
                throw new UsageException(study.studyFile + ": the study file has no \"optimize\" section; add one, e.g. "
                        + "\"optimize\": {\"objectives\": [\"min EpkOverEacc\", \"min BpkOverEacc_mT_per_MVm\"]}");
            }
            int n = study.workers();
            Path folder = study.folder(spec);
            Throughput clock = Throughput.start();
            Optimization.Outcome o = Optimization.run(spec, folder, n, cli::modeSolver, study.quiet ? null : cli.err());
            cli.out().printf(Locale.ROOT, "%d designs studied, %d on the Pareto front%n", o.rows().size(),
                    o.pareto().size());
            cli.out().println(clock.report(o.computed(), n));
            cli.out().println("results: " + folder.resolve(Optimization.PARETO));
            return ExitCodes.OK;
        } catch (Exception e) {
            return Failures.report(e, new Failures.Context(study.studyFile.toString(), "the optimisation failed",
                    "cannot write the study folder"), cli);
        }
    }
}
