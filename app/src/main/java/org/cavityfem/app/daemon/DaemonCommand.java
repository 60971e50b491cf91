package org.cavityfem.app.daemon;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cavity daemon start|stop|status}: the optional warm server for {@code cavity solve}. */
@Command(name = "daemon",
        mixinStandardHelpOptions = true,
        description = {
            "Start, stop or show the warm server of this build: while it runs, the cavity launcher sends "
                    + "'cavity solve ...' and 'cavity tune ...' to it instead of starting a JVM, and prints what it "
                    + "answers; output files and messages are the same, and Ctrl-C cancels the run. The launcher "
                    + "also starts one by itself when none runs (not when CI is set; CAVITY_DAEMON=off never, "
                    + "CAVITY_DAEMON=on even under CI).",
            "The server listens on 127.0.0.1 only and answers only requests carrying the secret of its state "
                    + "file (readable by you only, in $XDG_RUNTIME_DIR/cavity or ~/.cache/cavity). It stops "
                    + "after the idle timeout (60 min when the launcher started it), when the jar is rebuilt, and on "
                    + "'cavity daemon stop'. Set CAVITY_DAEMON=off to bypass it for one command.",
            "Exit status of status: 0 when a server runs, 1 when none does."
        })
public final class DaemonCommand implements Callable<Integer> {

    /** The three actions. */
    enum Action { start, stop, status }

    /** How long {@code start} waits for the server to listen, and {@code stop} for it to exit (ms). */
    private static final long WAIT_MS = 60_000;

    @Parameters(index = "0", paramLabel = "start|stop|status", description = "What to do: ${COMPLETION-CANDIDATES}.")
    Action action;

    @Option(names = "--idle-timeout", paramLabel = "MINUTES", defaultValue = "180",
            description = "start: stop the server after this many minutes without a request (default ${DEFAULT-VALUE}).")
    long idleMinutes;

    @Option(names = "--no-warm-up",
            description = "start: do not solve the checkout's cases/pillbox.json a few times first (which makes the "
                    + "first solves of the day as fast as the later ones).")
    boolean noWarmUp;

    @Spec
    CommandSpec spec;

    /** Made by the command line's subcommand table. */
    public DaemonCommand() {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Path> jar = RunningJar.path();
        if (jar.isEmpty()) {
            err.println("error: cavity daemon serves a built jar: run it as ./cavity daemon " + action);
            return 2;
        }
        if (idleMinutes < 1) {
            err.println("error: --idle-timeout needs at least 1 minute, got " + idleMinutes);
            return 2;
        }
        Path file = DaemonState.file(DaemonState.directory(), jar.get());
        Optional<DaemonState> state = DaemonState.read(file);
        Optional<List<String>> ping = state.flatMap(s -> call(s, "ping"));
        switch (action) {
            case status:
                if (ping.isEmpty()) {
                    out.println("cavity daemon: none running for " + jar.get());
                    return 1;
                }
                out.println("cavity daemon: running (state " + file + ")");
                ping.get().stream().skip(1).filter(l -> l.startsWith("o")).forEach(l -> out.println("  " + l.substring(1)));
                return 0;
            case stop:
                if (ping.isEmpty()) {
                    out.println("cavity daemon: none running for " + jar.get());
                    return 0;
                }
                call(state.get(), "stop");
                boolean ended = ProcessHandle.of(state.get().pid())
                        .map(p -> p.onExit().completeOnTimeout(p, WAIT_MS, TimeUnit.MILLISECONDS).join().isAlive())
                        .map(alive -> !alive).orElse(true);
                out.println(ended ? "cavity daemon: stopped (pid " + state.get().pid() + ")"
                        : "cavity daemon: asked to stop; pid " + state.get().pid() + " is still finishing a request");
                return 0;
            default:
                if (ping.isPresent() && state.get().identity().equals(JarIdentity.of(jar.get()))) {
                    out.println("cavity daemon: already running (pid " + state.get().pid() + ", port "
                            + state.get().port() + ")");
                    return 0;
                }
                return start(jar.get(), file, out, err);
        }
    }

    /** Launches the server process, waits until it answers, and warms it up. */
    private int start(Path jar, Path file, PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        DaemonState.makeDirectory(file.getParent());
        Path log = DaemonState.log(file);
        Files.deleteIfExists(log);
        Files.createFile(log, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Process server = new ProcessBuilder(command(jar)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MS);
        Optional<DaemonState> state = Optional.empty();
        while (state.isEmpty()) {
            if (!server.isAlive() && server.exitValue() == DaemonMain.ALREADY_RUNNING) {
                // Another start (a launcher's, say) got there first.
                Optional<DaemonState> other = DaemonState.read(file);
                out.println("cavity daemon: already running" + other.map(s -> " (pid " + s.pid() + ")").orElse(""));
                return 0;
            }
            if (!server.isAlive() || System.nanoTime() > deadline) {
                server.destroy();
                err.println("error: the cavity daemon did not start; its log, " + log + ":");
                Files.readAllLines(log).forEach(err::println);
                return 1;
            }
            Thread.sleep(20);
            state = DaemonState.read(file).filter(s -> s.pid() == server.pid()).filter(s -> call(s, "ping").isPresent());
        }
        out.println("cavity daemon: started (pid " + server.pid() + ", 127.0.0.1:" + state.get().port() + ", log " + log
                + "); ./cavity solve runs in it until " + idleMinutes + " min without a request, a rebuild of the jar, "
                + "or ./cavity daemon stop");
        if (!noWarmUp) {
            // The server warms itself up; wait for it, so that the next solve is a warm one.
            long t0 = System.nanoTime();
            Optional<List<String>> status = call(state.get(), "ping");
            while (status.isPresent() && status.get().contains("owarm-up running") && System.nanoTime() < deadline) {
                Thread.sleep(100);
                status = call(state.get(), "ping");
            }
            out.printf(java.util.Locale.ROOT, "cavity daemon: warmed up in %.1f s%n", (System.nanoTime() - t0) * 1e-9);
        }
        return 0;
    }

    /**
     * The server's command line: this JVM's own options (so {@code CAVITY_JAVA_OPTS=-Xmx8g ./cavity
     * daemon start} gives the server that heap, and by default the same maximum heap as a solve in a
     * JVM of its own, which decides whether a large case fits); the server sets its heap's return to
     * the system itself ({@link HeapReturn}).
     */
    private List<String> command(Path jar) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        // The launcher gives the quick-start compiler only (C1) to solve, not to daemon: a server lives long
        // enough for the optimising one, whose code runs a warm pillbox solve in about 0.05 s of CPU.
        cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        cmd.addAll(List.of("-cp", jar.toString(), DaemonMain.class.getName(), Long.toString(idleMinutes)));
        if (!noWarmUp) {
            cmd.add("--warm-up");
        }
        return cmd;
    }

    private static Optional<List<String>> call(DaemonState state, String verb) {
        return call(state, DaemonClient.control(state, verb));
    }

    /** The reply's lines when the server accepted the request; empty when there is none or it refused. */
    private static Optional<List<String>> call(DaemonState state, Request request) {
        try {
            List<String> reply = DaemonClient.call(state.port(), request, (int) WAIT_MS);
            return !reply.isEmpty() && reply.get(0).equals("accepted") ? Optional.of(reply) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
