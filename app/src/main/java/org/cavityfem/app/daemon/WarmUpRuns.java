package org.cavityfem.app.daemon;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.cavityfem.app.cli.CavityCli;

/**
 * The server's warm-up: the checkout's {@code cases/pillbox.json} solved three times with every
 * output into a scratch folder, output discarded, so that the JIT has compiled the solve and the
 * writers before the first real request (the first solves in a new JVM take several times longer
 * than the later ones).
 */
final class WarmUpRuns {

    /** Solves made. */
    static final int RUNS = 3;

    private WarmUpRuns() {
    }

    /**
     * The warm-up of the server of {@code jar} ({@code <checkout>/app/target/cavity.jar}); it gives
     * what it did, for {@code cavity daemon status}, and does nothing when the checkout has no pillbox case.
     */
    static DaemonServer.WarmUp of(Path jar) {
        return () -> {
            try {
                return run(jar);
            } finally {
                normalPriority();
            }
        };
    }

    private static String run(Path jar) throws IOException {
        Path root = jar.getParent() == null || jar.getParent().getParent() == null ? null
                : jar.getParent().getParent().getParent();
        Path pillbox = root == null ? null : root.resolve("cases").resolve("pillbox.json");
        if (pillbox == null || !Files.isRegularFile(pillbox)) {
            return "none (no cases/pillbox.json beside the jar)";
        }
        long t0 = System.nanoTime();
        Path scratch = Files.createTempDirectory("cavity-daemon-warm-up-");
        try (PrintStream none = new PrintStream(OutputStream.nullOutputStream())) {
            for (int i = 0; i < RUNS; i++) {
                CavityCli.run(CavityCli.defaultSolvers(), none, none, scratch,
                        "solve", pillbox.toString(), "--out", "out", "--quiet");
            }
        } finally {
            delete(scratch);
        }
        return String.format(Locale.ROOT, "%d solves of %s in %.1f s", RUNS, pillbox, (System.nanoTime() - t0) * 1e-9);
    }

    /**
     * The runs the server serves take the normal priority again: the launcher starts the server in a
     * session whose scheduling group (the kernel's autogroup, /proc/self/autogroup) has the nice
     * value 10, so that its warm-up yields to other work; at 10, a solve it served on a busy machine
     * (load 13 on 2 cores, with the process's own nice value 10 as well) took 53 s against 3 to 6 s in a
     * JVM of its own. Setting a group's nice value back to 0 needs no privilege, unlike a process's
     * own. Nothing happens where there is no such file, or when the server is not a session's leader
     * (started by {@code cavity daemon start}: its group is then that of the user's terminal).
     */
    static void normalPriority() {
        try {
            // Only in a session of its own (the launcher's setsid): else the group is the user's terminal's.
            if (ProcSelfStat.read().session() != ProcessHandle.current().pid()) {
                return;
            }
            Files.writeString(Path.of("/proc/self/autogroup"), "0");
        } catch (IOException | RuntimeException e) {
            // No autogroups (another kernel or system): the server never had a lower priority.
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
