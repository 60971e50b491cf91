package org.cavityfem.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cavityfem.app.bench.Bench;
import org.cavityfem.app.bench.BenchPlots;
import org.cavityfem.app.bench.BenchRow;
import org.cavityfem.app.bench.Ladder;
import org.cavityfem.app.bench.References;
import org.cavityfem.app.bench.HomBench;
import org.cavityfem.app.bench.MesherBench;
import org.cavityfem.app.bench.TeslaBench;
import org.cavityfem.study.Study;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code cavity bench [--quick] [--plots DIR]}, {@code --tesla}, {@code --hom}, {@code --mesher}. */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Accuracy against cost: the lowest mode of the 115 mm pillbox (k = j01/R) and of the 100 mm sphere "
                    + "(k a = 2.743707269992269) at element orders 1 to 4 along a ladder of element sizes, "
                    + "with the relative frequency error against the closed form and the time of each stage.",
            "Takes about a minute; --quick takes a few seconds."
        })
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    CavityCli cli;

    @Option(names = "--quick", description = "A coarse and a finer mesh at orders 1 and 4 only.")
    boolean quick;

    @Option(names = "--plots", paramLabel = "DIR",
            description = "Also write DIR/bench.csv and, per cavity, convergence_<cavity>.png and .svg: "
                    + "the relative error against unknowns, one line per element order.")
    Path plots;

    @Option(names = "--tesla", description = "Instead: the TESLA mid-cell pi-mode (timed from process start) and "
            + "the 9-cell passband with beam pipes, each against a finer reference solve.")
    boolean tesla;

    @Option(names = "--hom", description = "Instead: modes of azimuthal order m = 1 (pillbox TE111, TM110, TM111 "
            + "and the sphere) against their closed forms, with the gradient kernel's dimension and solve times.")
    boolean hom;

    @Option(names = "--mesher", description = "Instead: the 100 mm sphere's wall as one arc and as polygons of 100, "
            + "1000 and 10000 chords (1000 at most with --quick): elements, unknowns, mesh and solve times.")
    boolean mesher;

    @Override
    public Integer call() {
        Study study = new Study(cli.modeSolver());
        try {
            if (hom) {
                HomBench bench = new HomBench(study, cli.out());
                bench.run(quick);
                return bench.failures() > 0 ? ExitCodes.SOLVE_FAILED : ExitCodes.OK;
            }
            if (mesher) {
                MesherBench bench = new MesherBench(study, cli.out());
                bench.run(quick);
                return bench.failures() > 0 ? ExitCodes.SOLVE_FAILED : ExitCodes.OK;
            }
            if (tesla) {
                new TeslaBench(study, cli.out()).run();
                return ExitCodes.OK;
            }
            Bench bench = new Bench(study, cli.out());
            List<BenchRow> rows = bench.run(References.all(), quick ? Ladder.quick() : Ladder.full());
            if (plots != null) {
                cli.out().println("plots: " + writePlots(rows));
            }
            if (bench.failures() > 0) {
                cli.err().println("error: " + bench.failures() + " bench mesh(es) could not be solved; see the table");
                return ExitCodes.SOLVE_FAILED;
            }
            return ExitCodes.OK;
        } catch (Exception e) {
            return Failures.report(e, new Failures.Context("bench", "the modes could not be found",
                    "cannot write the bench plots"), cli);
        }
    }

    private Path writePlots(List<BenchRow> rows) throws IOException {
        try {
            return BenchPlots.write(plots, References.all(), rows);
        } catch (IllegalArgumentException e) {
            throw new UsageException("cannot write the bench plots: " + e.getMessage());
        }
    }
}
