package org.cavityfem.app.daemon;

import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.cavityfem.app.cli.CavityCli;

/**
 * The server process that {@code cavity daemon start} and the launcher start: {@code java -cp
 * cavity.jar org.cavityfem.app.daemon.DaemonMain IDLE_MINUTES [--warm-up]}. It takes the lock that
 * makes it the only server of its jar ({@link ServerLock}; when another holds it, it exits at once
 * with status 3), listens, writes its state file, warms up when asked, serves until a reason to stop
 * ({@link DaemonServer}), removes the state file if it is still its own, and exits. Its standard
 * output and error go to the log beside the state file.
 */
public final class DaemonMain {

    /** Exit status when another server of the jar runs (or is starting): nothing was started. */
    static final int ALREADY_RUNNING = 3;

    /**
     * How long a new server waits for the lock held by a server of another build, which stops by itself
     * on seeing its jar rebuilt (within a few seconds, unless it is running a request).
     */
    private static final Duration LOCK_PATIENCE = Duration.ofSeconds(10);

    /** The server's lock, referenced for the life of the process (an unreachable channel may be closed). */
    @SuppressWarnings("unused")
    private static FileLock held;

    private DaemonMain() {
    }

    public static void main(String[] args) throws Exception {
        Duration idle = Duration.ofMinutes(Long.parseLong(args[0]));
        Optional<Path> jar = RunningJar.path();
        if (jar.isEmpty()) {
            System.err.println("cavity daemon: the server runs from a built jar (app/target/cavity.jar)");
            System.exit(2);
        }
        String identity = JarIdentity.of(jar.get());
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String token = HexFormat.of().formatHex(secret);
        Path stateFile = DaemonState.file(DaemonState.directory(), jar.get());
        Optional<FileLock> lock = ServerLock.acquire(stateFile, identity, LOCK_PATIENCE);
        held = lock.orElse(null);
        if (lock.isEmpty()) {
            System.out.println(Instant.now() + " cavity daemon: pid " + ProcessHandle.current().pid()
                    + " not started: another server of " + jar.get() + " runs or is starting");
            System.exit(ALREADY_RUNNING);
        }
        HangUp.ignore();
        HeapReturn.configure();
        DaemonServer server = new DaemonServer(jar.get(), identity, token, idle,
                (workdir, out, err, a) -> CavityCli.run(CavityCli.defaultSolvers(), out, err, workdir, a),
                () -> ours(stateFile, token));
        new DaemonState(server.port(), token, ProcessHandle.current().pid(), jar.get(), identity).write(stateFile);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> removeIfOurs(stateFile, token)));
        System.out.println(Instant.now() + " cavity daemon: pid " + ProcessHandle.current().pid() + " serving "
                + jar.get() + " on 127.0.0.1:" + server.port() + ", idle timeout " + idle.toMinutes() + " min");
        server.start();
        if (Arrays.asList(args).contains("--warm-up")) {
            server.warmUp(WarmUpRuns.of(jar.get()));
        }
        String reason = server.awaitStop();
        System.out.println(Instant.now() + " cavity daemon: stopped: " + reason);
        removeIfOurs(stateFile, token);
        System.exit(0);
    }

    /** True while the state file names this server (a second server started for the jar replaces it). */
    private static boolean ours(Path stateFile, String token) {
        return DaemonState.read(stateFile).map(s -> s.token().equals(token)).orElse(false);
    }

    private static void removeIfOurs(Path stateFile, String token) {
        if (ours(stateFile, token)) {
            try {
                Files.deleteIfExists(stateFile);
            } catch (IOException ignored) {
                // A state file left behind names a port nobody answers on: the launcher falls back.
            }
        }
    }
}
