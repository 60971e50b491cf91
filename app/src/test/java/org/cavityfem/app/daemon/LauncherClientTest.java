package org.cavityfem.app.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bash side: the project's {@code cavity} launcher talking to a server started in this JVM. The
 * launcher runs with {@code CAVITY_JAR} naming a stand-in jar (so it never builds), and the state
 * file in a private {@code XDG_RUNTIME_DIR}. When the launcher does not use the server it starts
 * {@code java -jar} on the stand-in, which is no jar: a different status and no run recorded.
 */
class LauncherClientTest {

    private static final Path LAUNCHER = Path.of("..", "cavity").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    private Path jar;
    private Path runtime;
    private Path workdir;
    private DaemonServer server;
    private final List<String> ran = Collections.synchronizedList(new ArrayList<>());

    /** What one launcher process printed and returned. */
    record Result(int status, String out, String err) {
    }

    @BeforeEach
    void setUp() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")),
                "no bash on this machine: the launcher's client is not tested");
        assumeTrue(Files.isExecutable(LAUNCHER), "no launcher script at " + LAUNCHER);
        tmp = tmp.toRealPath();
        jar = Files.writeString(tmp.resolve("cavity.jar"), "a stand-in build");
        runtime = Files.createDirectory(tmp.resolve("run"));
        workdir = Files.createDirectory(tmp.resolve("my work"));
        String identity = JarIdentity.of(jar);
        assumeTrue(identity.equals(stat(jar)), "no GNU stat giving the jar identity (" + stat(jar) + ")");
        server = new DaemonServer(jar, identity, "secret", Duration.ofHours(1), (dir, out, err, args) -> {
            ran.add(dir + " " + String.join(" ", args));
            out.println("in " + dir);
            err.println("progress µ");
            out.print("args " + String.join("|", args));
            return 7;
        }, () -> true);
        server.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.stop("test over");
            server.awaitStop();
        }
    }

    /** The identity as the launcher computes it, or the reason there is none. */
    private static String stat(Path file) {
        try {
            Process p = new ProcessBuilder("stat", "-L", "-c", "%s:%.9Y", file.toString()).redirectErrorStream(true)
                    .start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor() == 0 ? text : "stat failed: " + text;
        } catch (IOException | InterruptedException e) {
            return "no stat: " + e;
        }
    }

    private void writeState(String token, Path servedJar) throws IOException {
        new DaemonState(server.port(), token, ProcessHandle.current().pid(), servedJar, JarIdentity.of(jar))
                .write(DaemonState.file(DaemonState.directory(runtime.toString(), "/nonexistent"), jar));
    }

    private Result launch(String... args) throws Exception {
        // Under CI the launcher starts no server: only the one of this test answers.
        return launch(Map.of("CI", "true"), args);
    }

    private Result launch(Map<String, String> extra, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workdir.toFile());
        Map<String, String> env = pb.environment();
        List.of("CAVITY_JAVA", "CAVITY_JAVA_OPTS", "CAVITY_JIT", "CAVITY_DAEMON", "CI", "PWD").forEach(env::remove);
        env.putAll(extra);
        env.put("CAVITY_JAR", jar.toString());
        env.put("CAVITY_CDS", "off");
        env.put("XDG_RUNTIME_DIR", runtime.toString());
        Process p = pb.start();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
            try {
                return p.getErrorStream().readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        byte[] out = p.getInputStream().readAllBytes();
        int status = p.waitFor();
        return new Result(status, new String(out, StandardCharsets.UTF_8), new String(err.join(), StandardCharsets.UTF_8));
    }

    @Test
    void theLauncherRelaysTheRunExactlyAndExitsWithItsStatus() throws Exception {
        writeState("secret", jar);
        Result r = launch("solve", "case one.json", "", "--set", "name=\"a  b\"");
        assertEquals(new Result(7, "in " + workdir + "\nargs solve|case one.json||--set|name=\"a  b\"", "progress µ\n"), r);
        assertEquals(List.of(workdir + " solve case one.json  --set name=\"a  b\""), ran);
    }

    @Test
    void withAWrongTokenItStartsItsOwnJvm() throws Exception {
        writeState("stolen", jar);
        Result r = launch("solve", "x.json");
        assertNotEquals(7, r.status());
        assertTrue(ran.isEmpty(), "the server ran nothing");
    }

    @Test
    void aStateFileOfAnotherJarOrAnArgumentWithALineBreakIsNotUsed() throws Exception {
        writeState("secret", tmp.resolve("other.jar"));
        assertNotEquals(7, launch("solve", "x.json").status());
        writeState("secret", jar);
        assertNotEquals(7, launch("solve", "x.json", "--set", "name=\"a\nb\"").status());
        assertNotEquals(7, launch("bench", "--quick").status(), "only solve goes to the server");
        assertTrue(ran.isEmpty(), "the server ran nothing");
        assertEquals(7, launch("solve", "x.json").status(), "and with all in order it does");
    }

    /** The log of a server the launcher started for the stand-in jar (which is no jar: it fails at once). */
    private Path startedLog() {
        return Path.of(DaemonState.file(DaemonState.directory(runtime.toString(), "/nonexistent"), jar) + ".log");
    }

    /**
     * With no server, a served command starts one for the next runs: in the background, its output
     * to its log in the private directory (0700, the log 0600), and the run itself in a JVM of its
     * own. The stand-in jar makes that server fail at once, which its log shows.
     */
    @Test
    void withNoServerTheLauncherStartsOneInTheBackground() throws Exception {
        server.stop("not needed");
        Result r = launch(Map.of(), "solve", "x.json");
        assertNotEquals(7, r.status());
        Path log = startedLog();
        assertTrue(Files.exists(log), "a server was started, with its log at " + log);
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(log.getParent())));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(log)));
        String text = "";
        for (int i = 0; i < 600 && !text.contains("DaemonMain"); i++) {
            Thread.sleep(50);
            text = Files.readString(log);
        }
        assertTrue(text.contains("org.cavityfem.app.daemon.DaemonMain"), "the server's JVM wrote: " + text);
        assertTrue(!r.err().contains("DaemonMain") && !r.out().contains("DaemonMain"),
                "nothing of the server reaches the run's own output");
    }

    /** Under CI, with CAVITY_DAEMON=off, for other commands and for another JVM, no server is started. */
    @Test
    void underCiOrWhenTurnedOffNoServerIsStarted() throws Exception {
        server.stop("not needed");
        launch(Map.of("CI", "true"), "solve", "x.json");
        launch(Map.of("CAVITY_DAEMON", "off"), "solve", "x.json");
        launch(Map.of("CAVITY_JAVA_OPTS", "-Xmx1g"), "tune", "x.json");
        launch(Map.of(), "bench", "--quick");
        assertTrue(!Files.exists(startedLog()), "no server was started");
        launch(Map.of("CI", "true", "CAVITY_DAEMON", "on"), "tune", "x.json");
        assertTrue(Files.exists(startedLog()), "CAVITY_DAEMON=on starts one under CI too");
    }

    /** A server that is warming up refuses the run, and the launcher starts no second one. */
    @Test
    void aWarmingServerIsLeftToWarmUp() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        server.warmUp(() -> {
            release.await();
            return "done";
        });
        writeState("secret", jar);
        Result r = launch(Map.of(), "solve", "x.json");
        release.countDown();
        assertNotEquals(7, r.status());
        assertTrue(ran.isEmpty(), "the server ran nothing");
        assertTrue(!Files.exists(startedLog()), "no second server was started");
    }

    /** Ctrl-C while a run is served: the launcher asks the server to cancel it and exits with 130. */
    @Test
    void anInterruptedLauncherCancelsTheRunAndExitsWith130() throws Exception {
        server.stop("replaced");
        server.awaitStop();
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        server = new DaemonServer(jar, JarIdentity.of(jar), "secret", Duration.ofHours(1), (dir, out, err, args) -> {
            out.println("started");
            out.flush();
            started.countDown();
            try {
                Thread.sleep(60_000);
                ran.add("slept");
            } catch (InterruptedException e) {
                ran.add("interrupted");
            }
            return 0;
        }, () -> true);
        server.start();
        writeState("secret", jar);
        ProcessBuilder pb = new ProcessBuilder("setsid", "bash", LAUNCHER.toString(), "solve", "x.json")
                .directory(workdir.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        List.of("CAVITY_JAVA", "CAVITY_JAVA_OPTS", "CAVITY_JIT", "CAVITY_DAEMON", "PWD").forEach(env::remove);
        env.putAll(Map.of("CAVITY_JAR", jar.toString(), "CAVITY_CDS", "off", "XDG_RUNTIME_DIR", runtime.toString(),
                "CI", "true"));
        Process p = pb.start();
        java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8));
        assertEquals("started", in.readLine());
        assertTrue(started.await(60, java.util.concurrent.TimeUnit.SECONDS));
        // setsid made the launcher a process of its own (not ignoring SIGINT as a background job would).
        assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor());
        assertTrue(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "the launcher exited");
        assertEquals(130, p.exitValue());
        assertEquals(List.of("interrupted"), ran);
    }
}
