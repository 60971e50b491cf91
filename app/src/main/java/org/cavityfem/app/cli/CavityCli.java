package org.cavityfem.app.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.Locale;
import java.util.function.Supplier;
import org.cavityfem.solver.ModeSolver;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code cavity} command: {@code cavity solve CASE.json}, {@code cavity bench}. Results go to
 * standard output, progress and errors to standard error; the exit status is one of
 * {@link ExitCodes}. The subcommands are added by {@link Subcommands}, only the one a command line
 * names when it names one.
 */
@Command(name = "cavity",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Monopole (TM0n) eigenmodes of axisymmetric accelerating cavities by curved high-order "
                + "finite elements.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:success",
            "1:unexpected internal error",
            "2:bad input (case file, geometry, command line)",
            "3:the modes could not be found (no convergence, no mode near the target)"
        })
public final class CavityCli implements Callable<Integer> {

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print the stack trace of internal errors.")
    boolean debug;

    @Spec
    CommandSpec spec;

    private final Supplier<ModeSolver> solvers;
    private final PrintStream out;
    private final PrintStream err;
    private final Path workdir;

    /**
     * @param solvers makes the mode solver used by {@code solve} and {@code bench}
     * @param out standard output (results)
     * @param err standard error (progress and errors)
     */
    public CavityCli(Supplier<ModeSolver> solvers, PrintStream out, PrintStream err) {
        this(solvers, out, err, null);
    }

    /**
     * @param workdir the directory relative paths of the command line are read and written in, an
     *     absolute path; null for the process's working directory
     */
    private CavityCli(Supplier<ModeSolver> solvers, PrintStream out, PrintStream err, Path workdir) {
        this.solvers = solvers;
        this.out = out;
        this.err = err;
        this.workdir = workdir;
    }

    /**
     * Picocli's switch for its converters of java.time and java.sql types: it registers them by
     * reflecting over those classes each time it makes a command's model, which loaded 82 classes of
     * those packages for a pillbox solve in a JVM of its own (README, "Whole-process speed"); no
     * option of {@code cavity} has such a type.
     */
    static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        // A JVM of its own only: a warm server (DaemonMain) has made its models long since.
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, "java\\.(sql|time)\\..*");
        }
        System.exit(run(defaultSolvers(), System.out, System.err, args));
    }

    /** The mode solvers of {@link #main} (and of the warm server): the numerical libraries' log quiet first. */
    public static Supplier<ModeSolver> defaultSolvers() {
        return () -> {
            NetlibLog.quiet();
            return new ModeSolver();
        };
    }

    /**
     * Runs the command line without exiting.
     *
     * @return the exit status, one of {@link ExitCodes}
     */
    public static int run(Supplier<ModeSolver> solvers, PrintStream out, PrintStream err, String... args) {
        return run(solvers, out, err, null, args);
    }

    /**
     * Runs the command line without exiting, as if started in another working directory: a warm
     * server ({@code cavity daemon}) runs each request in the directory the request came from. A JVM
     * cannot change its own working directory, so the commands resolve the paths they read and write
     * against {@code workdir} ({@link #resolve}) and keep the paths as typed for their messages and
     * results, which are then the same as from a process started there.
     *
     * @param workdir an absolute directory, or null for the process's working directory
     * @return the exit status, one of {@link ExitCodes}
     */
    public static int run(Supplier<ModeSolver> solvers, PrintStream out, PrintStream err, Path workdir,
            String... args) {
        CavityCli cli = new CavityCli(solvers, out, err, workdir);
        CommandLine cmd = new CommandLine(cli);
        Subcommands.addNeeded(cmd, args);
        cmd.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cmd.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> Failures.internal(ex, cli));
        try {
            return cmd.execute(args);
        } catch (OutOfMemoryError e) {
            // The estimate before the solve (MemoryBudget) should have refused such a case; say what to
            // change rather than print the error's trace.
            err.printf(Locale.ROOT, "error: out of memory (this Java may use %.1f GiB of heap): run with a larger "
                    + "heap, e.g. CAVITY_JAVA_OPTS=-Xmx%dg, or coarsen the mesh (a larger mesh.elementSize or a lower "
                    + "mesh.order)%n", Runtime.getRuntime().maxMemory() / (double) (1L << 30),
                    2 * (Runtime.getRuntime().maxMemory() >> 30) + 1);
            return ExitCodes.UNEXPECTED;
        }
    }

    /** Without a subcommand: show the usage and fail. */
    @Override
    public Integer call() {
        err.println("missing command: use 'cavity solve CASE.json' or 'cavity bench'");
        spec.commandLine().usage(err);
        return ExitCodes.BAD_INPUT;
    }

    /** Makes a mode solver. */
    ModeSolver modeSolver() {
        return solvers.get();
    }

    /** Standard output. */
    PrintStream out() {
        return out;
    }

    /** Standard error. */
    PrintStream err() {
        return err;
    }

    /**
     * Where a path of the command line is read or written: itself when absolute or when the command
     * runs in the process's working directory, otherwise resolved against the request's.
     */
    Path resolve(Path path) {
        return workdir == null || path.isAbsolute() ? path : workdir.resolve(path);
    }

    /** True when stack traces were asked for. */
    boolean debug() {
        return debug;
    }
}
