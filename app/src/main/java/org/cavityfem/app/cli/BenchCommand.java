package org.cavityfem.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cavityfem.app.bench.AccuracyBench;
import org.cavityfem.app.bench.Bench;
import org.cavityfem.app.bench.BenchPlots;
import org.cavityfem.app.bench.BenchRow;
import org.cavityfem.app.bench.Ladder;
import org.cavityfem.app.bench.MillionBench;
import org.cavityfem.app.bench.References;
import org.cavityfem.app.bench.HomBench;
import org.cavityfem.app.bench.MesherBench;
import org.cavityfem.app.bench.TeslaBench;
import org.cavityfem.app.bench.WholeProcessBench;
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

    @Option(names = "--accuracy", description = "Instead: refinement to a requested accuracy (mesh.accuracy), "
            + "timed: the pillbox to 1e-8 on every figure against its closed forms, the TESLA mid-cell to 1e-6, "
            + "each beside the same case with estimates only, and the tuned TESLA 9-cell passband to 1e-6.")
    boolean accuracy;

    @Option(names = "--hom", description = "Instead: modes of azimuthal order m = 1 (pillbox TE111, TM110, TM111 "
            + "and the sphere) against their closed forms, with the gradient kernel's dimension and solve times.")
    boolean hom;

    @Option(names = "--whole-process", description = "Instead: ./cavity solve of cases/pillbox.json (with and "
            + "without --no-plots) and cases/tesla-9cell-tuned.json, each in a process of its own, run from the "
            + "project folder; prints the median wall time and the median of every stage of timing_s.")
    boolean wholeProcess;

    @Option(names = "--million", description = "Instead: the pillbox TM010 at order 4 with a million unknowns, "
            + "the eigen solve split into analysis, factorisations and Lanczos, with the peak heap "
            + "(CAVITY_JAVA_OPTS=-Xmx2560m shows it fits 2.5 GiB).")
    boolean million;

    @Option(names = "--nearest", description = "With --million: the three modes nearest 2 GHz (TM011, TM020, "
            + "TM021) instead of TM010, solved with the shift above them (one factorisation proves them) and, in "
            + "the same run, with the shift at the target and the window's ends counted on their own.")
    boolean nearest;

    @Option(names = "--divisions", paramLabel = "N", defaultValue = "205",
            description = "With --million --nearest: element size R/N (default ${DEFAULT-VALUE}: a million "
                    + "unknowns; 72 gives about 124 000). Both routes take the ceiling's size rule out: the first "
                    + "always puts the shift above the window.")
    int divisions;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "Timed runs per case and build for --whole-process (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--baseline", paramLabel = "JAR|LAUNCHER",
            description = "With --whole-process: also run every case with this build of cavity.jar (through "
                    + "this launcher) or with another checkout's launcher script, alternating with the current "
                    + "one, for a before/after comparison in one run.")
    Path baseline;

    @Option(names = "--daemon",
            description = "With --whole-process: also run every case through a warm server of this build (cavity "
                    + "daemon; when none runs, the first run starts one as the launcher does, and that run and the "
                    + "server's warm-up are timed; stopped after, unless one ran), alternating with a JVM "
                    + "of its own.")
    boolean daemon;

    @Option(names = "--launcher", paramLabel = "FILE", defaultValue = "./cavity",
            description = "With --whole-process: the launcher script to run (default: ${DEFAULT-VALUE}).")
    Path launcher;

    @Option(names = "--mesher", description = "Instead: the 100 mm sphere's wall as one arc and as polygons of 100, "
            + "1000 and 10000 chords (1000 at most with --quick): elements, unknowns, mesh and solve times.")
    boolean mesher;

    @Override
    public Integer call() {
        Study study = new Study(cli.modeSolver());
        try {
            if (million) {
                if (nearest) {
                    new MillionBench(cli.out()).runNearest(divisions);
                } else {
                    new MillionBench(cli.out()).run();
                }
                return ExitCodes.OK;
            }
            if (wholeProcess) {
                if (!Files.isExecutable(launcher)) {
                    throw new UsageException("--launcher: no executable launcher script " + launcher
                            + " (run from the project folder or name it)");
                }
                if (baseline != null && !Files.isRegularFile(baseline)) {
                    throw new UsageException("--baseline: no such jar or launcher " + baseline);
                }
                if (runs < 1) {
                    throw new UsageException("--runs: must be at least 1, got " + runs);
                }
                new WholeProcessBench(launcher, Optional.ofNullable(baseline), daemon, runs, cli.out()).run();
                return ExitCodes.OK;
            }
            if (hom) {
                HomBench bench = new HomBench(study, cli.out());
                bench.run(quick);
                return bench.failures() > 0 ? ExitCodes.SOLVE_FAILED : ExitCodes.OK;
            }
            if (accuracy) {
                new AccuracyBench(study, cli.out()).run();
                return ExitCodes.OK;
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
