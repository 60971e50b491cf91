package org.cavityfem.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cavityfem.sweep.PointRow;
import org.cavityfem.sweep.StudyReader;
import org.cavityfem.sweep.StudySpec;
import org.cavityfem.sweep.Sweep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code cavity sweep STUDY.json [--out DIR] [--workers N]}. */
@Command(name = "sweep",
        mixinStandardHelpOptions = true,
        description = {
            "Study every point of a parameter sweep (grid, list or Latin hypercube over the base case's parameters, "
                    + "each point tuned when the study file asks) on every local core, into one table: "
                    + "results.csv (parameters, every figure of merit, status and reason), plots/ and, on request, "
                    + "a result folder per point.",
            "Resumable: the folder's journal.jsonl records every finished point; run the same command again after "
                    + "a kill and only the missing points are computed. The study file format is in "
                    + "docs/study-format.md."
        })
final class SweepCommand implements Callable<Integer> {

    @ParentCommand
    CavityCli cli;

    @Mixin
    StudyOptions study;

    @Option(names = "--no-plots", description = "Leave out plots/.")
    boolean noPlots;

    @Override
    public Integer call() {
        try {
            StudySpec spec = StudyReader.read(study.studyFile);
            int n = study.workers();
            Path folder = study.folder(spec);
            Throughput clock = Throughput.start();
            Sweep.Outcome o = Sweep.run(spec, folder, n, cli::modeSolver, study.quiet ? null : cli.err(), !noPlots);
            long failed = o.rows().values().stream().filter(r -> !r.ok()).count();
            cli.out().printf(Locale.ROOT, "%d points (%d from the journal, %d failed) on %d worker%s%n",
                    o.rows().size(), o.resumed(), failed, n, n == 1 ? "" : "s");
            for (PointRow r : o.rows().values()) {
                if (!r.ok()) {
                    cli.out().printf(Locale.ROOT, "point %d failed: %s%n", r.index(), r.reason());
                }
            }
            cli.out().println(clock.report(o.rows().size() - o.resumed(), n));
            cli.out().println("results: " + o.table());
            return ExitCodes.OK;
        } catch (Exception e) {
            return Failures.report(e, new Failures.Context(study.studyFile.toString(), "the sweep failed",
                    "cannot write the study folder"), cli);
        }
    }

    /** The worker count asked for, or every available core. */
}
