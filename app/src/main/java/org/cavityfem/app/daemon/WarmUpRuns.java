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
        };
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
